<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dialogsmith::Engine::GenerationEngine</name>
    <message numerus="yes">
        <source>The model &quot;%1&quot; answered with an empty message %n time(s) in a row.</source>
        <translation>
            <numerusform>The model &quot;%1&quot; answered with an empty message %n time in a row.</numerusform>
            <numerusform>The model &quot;%1&quot; answered with an empty message %n times in a row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n rate-limited</source>
        <translation>
            <numerusform> · %n rate-limited</numerusform>
            <numerusform> · %n rate-limited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: generating %n conversation(s).</source>
        <translation>
            <numerusform>Run %1: generating %n conversation.</numerusform>
            <numerusform>Run %1: generating %n conversations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectSpec</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Wrote %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n conversation to %1.</numerusform>
            <numerusform>Wrote %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 is complete, but %n conversation(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>Run %1 is complete, but %n conversation failed; &quot;generate --retry-failed&quot; retries it.</numerusform>
            <numerusform>Run %1 is complete, but %n conversations failed; &quot;generate --retry-failed&quot; retries them.</numerusform>
        </translation>
    </message>
</context>
</TS>
