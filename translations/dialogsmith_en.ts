<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DatasetImport</name>
    <message numerus="yes">
        <source>… and %n more bad line(s).</source>
        <translation>
            <numerusform>… and %n more bad line.</numerusform>
            <numerusform>… and %n more bad lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n seed</numerusform>
            <numerusform>%n seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkView</name>
    <message numerus="yes">
        <source>… and %n more chunk(s), not shown here.</source>
        <translation>
            <numerusform>… and %n more chunk, not shown here.</numerusform>
            <numerusform>… and %n more chunks, not shown here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier chunk(s), not shown here.</source>
        <translation>
            <numerusform>%n earlier chunk, not shown here.</numerusform>
            <numerusform>%n earlier chunks, not shown here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConnectionTest</name>
    <message numerus="yes">
        <source>%1 Model listed by the server (%n model(s) offered)</source>
        <translation>
            <numerusform>%1 Model listed by the server (%n model offered)</numerusform>
            <numerusform>%1 Model listed by the server (%n models offered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConversationEditor</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 with %3 · %n exchange(s) of %4 planned</source>
        <translation>
            <numerusform>%1 · %2 with %3 · %n exchange of %4 planned</numerusform>
            <numerusform>%1 · %2 with %3 · %n exchanges of %4 planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not in the list of %n</source>
        <translation>
            <numerusform>not in the list of %n</numerusform>
            <numerusform>not in the list of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) shared</source>
        <translation>
            <numerusform>%n passage shared</numerusform>
            <numerusform>%n passages shared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CoverageView</name>
    <message numerus="yes">
        <source>%1 complete samples; %n value(s) have less than half their planned share (tinted).</source>
        <translation>
            <numerusform>%1 complete samples; %n value has less than half its planned share (tinted).</numerusform>
            <numerusform>%1 complete samples; %n values have less than half their planned share (tinted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CrossingModel</name>
    <message numerus="yes">
        <source>%1 × %2: %n sample(s)</source>
        <translation>
            <numerusform>%1 × %2: %n sample</numerusform>
            <numerusform>%1 × %2: %n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetModel</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetView</name>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln conversation(s)</source>
        <translation>
            <numerusform>%1 of %Ln conversation</numerusform>
            <numerusform>%1 of %Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No conversation matches&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see all %Ln conversation(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;No conversation matches&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see the %Ln conversation.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;No conversation matches&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see all %Ln conversations.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln conversation(s)…</source>
        <translation>
            <numerusform>Approving %Ln conversation…</numerusform>
            <numerusform>Approving %Ln conversations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %Ln conversation(s)…</source>
        <translation>
            <numerusform>Rejecting %Ln conversation…</numerusform>
            <numerusform>Rejecting %Ln conversations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DocumentEditor</name>
    <message numerus="yes">
        <source>%1 in %n document(s).</source>
        <translation>
            <numerusform>%1 in %n document.</numerusform>
            <numerusform>%1 in %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Document(s)</source>
        <translation>
            <numerusform>Add %n Document</numerusform>
            <numerusform>Add %n Documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Document(s)</source>
        <translation>
            <numerusform>Delete %n Document</numerusform>
            <numerusform>Delete %n Documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added. Some files could not be added or were read with something left out:</source>
        <translation>
            <numerusform>%n document added. Some files could not be added or were read with something left out:</numerusform>
            <numerusform>%n documents added. Some files could not be added or were read with something left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing the chunks: %1 of %n document(s) cut…</source>
        <translation>
            <numerusform>Indexing the chunks: %1 of %n document cut…</numerusform>
            <numerusform>Indexing the chunks: %1 of %n documents cut…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) indexed.</source>
        <translation>
            <numerusform>%n chunk indexed.</numerusform>
            <numerusform>%n chunks indexed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n best matching chunk(s):</source>
        <translation>
            <numerusform>The %n best matching chunk:</numerusform>
            <numerusform>The %n best matching chunks:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) found:</source>
        <translation>
            <numerusform>%n chunk found:</numerusform>
            <numerusform>%n chunks found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesModel</name>
    <message numerus="yes">
        <source>%1 (%n duplicate(s))</source>
        <translation>
            <numerusform>%1 (%n duplicate)</numerusform>
            <numerusform>%1 (%n duplicates)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesWindow</name>
    <message numerus="yes">
        <source>Keep Conversation %1, Reject %n Other(s)</source>
        <translation>
            <numerusform>Keep Conversation %1, Reject %n Other</numerusform>
            <numerusform>Keep Conversation %1, Reject %n Others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Duplicate(s)</source>
        <translation>
            <numerusform>Reject %n Duplicate</numerusform>
            <numerusform>Reject %n Duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No duplicates among the %n complete sample(s). Samples are compared as runs complete them and as you edit them.</source>
        <translation>
            <numerusform>No duplicates among the %n complete sample. Samples are compared as runs complete them and as you edit them.</numerusform>
            <numerusform>No duplicates among the %n complete samples. Samples are compared as runs complete them and as you edit them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 samples: %2 exact and %3 near duplicates in %n group(s).</source>
        <translation>
            <numerusform>%1 samples: %2 exact and %3 near duplicates in %n group.</numerusform>
            <numerusform>%1 samples: %2 exact and %3 near duplicates in %n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Engine::GenerationEngine</name>
    <message numerus="yes">
        <source>The model &quot;%1&quot; answered with an empty message %n time(s) in a row.</source>
        <translation>
            <numerusform>The model &quot;%1&quot; answered with an empty message %n time in a row.</numerusform>
            <numerusform>The model &quot;%1&quot; answered with an empty message %n times in a row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model &quot;%1&quot; gave no usable reply %n time(s) in a row: %2</source>
        <translation>
            <numerusform>The model &quot;%1&quot; gave no usable reply %n time in a row: %2</numerusform>
            <numerusform>The model &quot;%1&quot; gave no usable reply %n times in a row: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExpandTopicsDialog</name>
    <message numerus="yes">
        <source>This topic is already %n levels deep, the most a topic tree may have.</source>
        <translation>
            <numerusform>This topic is already %n level deep, the most a topic tree may have.</numerusform>
            <numerusform>This topic is already %n levels deep, the most a topic tree may have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests: too many. Ask for fewer topics per level or fewer levels.</source>
        <translation>
            <numerusform>%n request: too many. Ask for fewer topics per level or fewer levels.</numerusform>
            <numerusform>%n requests: too many. Ask for fewer topics per level or fewer levels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n request(s)</source>
        <translation>
            <numerusform>Up to %n request</numerusform>
            <numerusform>Up to %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Topic(s)</source>
        <translation>
            <numerusform>&amp;Add %n Topic</numerusform>
            <numerusform>&amp;Add %n Topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s) to review.</source>
        <translation>
            <numerusform>%n new topic to review.</numerusform>
            <numerusform>%n new topics to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a sibling already has the name.</source>
        <translation>
            <numerusform>%n suggestion skipped: a sibling already has the name.</numerusform>
            <numerusform>%n suggestions skipped: a sibling already has the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Approved only (%Ln)</source>
        <translation>
            <numerusform>&amp;Approved only (%Ln)</numerusform>
            <numerusform>&amp;Approved only (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All that are not &amp;rejected (%Ln)</source>
        <translation>
            <numerusform>All that are not &amp;rejected (%Ln)</numerusform>
            <numerusform>All that are not &amp;rejected (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaves out %Ln sample(s): %1.</source>
        <translation>
            <numerusform>Leaves out %Ln sample: %1.</numerusform>
            <numerusform>Leaves out %Ln samples: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged yet (kept).</source>
        <translation>
            <numerusform>%Ln not judged yet (kept).</numerusform>
            <numerusform>%Ln not judged yet (kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected in the &amp;dataset (%Ln)</source>
        <translation>
            <numerusform>Selected in the &amp;dataset (%Ln)</numerusform>
            <numerusform>Selected in the &amp;dataset (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln sample</numerusform>
            <numerusform>%Ln samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train: %Ln sample(s), validation: %1.</source>
        <translation>
            <numerusform>Train: %Ln sample, validation: %1.</numerusform>
            <numerusform>Train: %Ln samples, validation: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export are already in %1. Replace them?</source>
        <translation>
            <numerusform>%Ln file of this export is already in %1. Replace it?</numerusform>
            <numerusform>%Ln files of this export are already in %1. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: %1.</source>
        <translation>
            <numerusform>Left out %Ln: %1.</numerusform>
            <numerusform>Left out %Ln: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ImportController</name>
    <message numerus="yes">
        <source>%1 has %n bad line(s). Skip them and import the rest?</source>
        <translation>
            <numerusform>%1 has %n bad line. Skip it and import the rest?</numerusform>
            <numerusform>%1 has %n bad lines. Skip them and import the rest?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::JudgeDialog</name>
    <message numerus="yes">
        <source>%n sample(s) will be judged.</source>
        <translation>
            <numerusform>%n sample will be judged.</numerusform>
            <numerusform>%n samples will be judged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LiveConversationsModel</name>
    <message numerus="yes">
        <source>complete, %n message(s)</source>
        <translation>
            <numerusform>complete, %n message</numerusform>
            <numerusform>complete, %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModeSettingsBox</name>
    <message numerus="yes">
        <source>Remove %n Seed Instruction(s)</source>
        <translation>
            <numerusform>Remove %n Seed Instruction</numerusform>
            <numerusform>Remove %n Seed Instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Seed Instruction(s)</source>
        <translation>
            <numerusform>Paste %n Seed Instruction</numerusform>
            <numerusform>Paste %n Seed Instructions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModelField</name>
    <message numerus="yes">
        <source>The server offers %n model(s): pick one from the list.</source>
        <translation>
            <numerusform>The server offers %n model: pick it from the list.</numerusform>
            <numerusform>The server offers %n models: pick one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PersonaEditor</name>
    <message numerus="yes">
        <source>Add %n Suggested Persona(s)</source>
        <translation>
            <numerusform>Add %n Suggested Persona</numerusform>
            <numerusform>Add %n Suggested Personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::QualityBar</name>
    <message numerus="yes">
        <source>%1 below, %Ln not judged (kept)</source>
        <translation>
            <numerusform>%1 below, %Ln not judged (kept)</numerusform>
            <numerusform>%1 below, %Ln not judged (kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged</source>
        <translation>
            <numerusform>%Ln not judged</numerusform>
            <numerusform>%Ln not judged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ReviewPanel</name>
    <message numerus="yes">
        <source>%n message(s): %1</source>
        <translation>
            <numerusform>%n message: %1</numerusform>
            <numerusform>%n messages: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunController</name>
    <message numerus="yes">
        <source>The design has %n problem(s) to fix before a run can start:</source>
        <translation>
            <numerusform>The design has %n problem to fix before a run can start:</numerusform>
            <numerusform>The design has %n problems to fix before a run can start:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunPanel</name>
    <message numerus="yes">
        <source>Run %1 complete, %n sample(s) failed</source>
        <translation>
            <numerusform>Run %1 complete, %n sample failed</numerusform>
            <numerusform>Run %1 complete, %n samples failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunSettingsEditor</name>
    <message numerus="yes">
        <source>The run makes %1 × %n generation(s) = %2 samples.</source>
        <translation>
            <numerusform>The run makes %1 × %n generation = %2 samples.</numerusform>
            <numerusform>The run makes %1 × %n generations = %2 samples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time: &lt;b&gt;%1&lt;/b&gt; with %n sample(s) at once</source>
        <translation>
            <numerusform>Time: &lt;b&gt;%1&lt;/b&gt; with %n sample at once</numerusform>
            <numerusform>Time: &lt;b&gt;%1&lt;/b&gt; with %n samples at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each answer of the project&apos;s complete, not rejected conversations that has no preference pair yet is a prompt: the run makes at most %n sample(s), fewer when there are fewer such answers.</source>
        <translation>
            <numerusform>Each answer of the project&apos;s complete, not rejected conversations that has no preference pair yet is a prompt: the run makes at most %n sample, fewer when there are fewer such answers.</numerusform>
            <numerusform>Each answer of the project&apos;s complete, not rejected conversations that has no preference pair yet is a prompt: the run makes at most %n samples, fewer when there are fewer such answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::SuggestPersonasDialog</name>
    <message numerus="yes">
        <source>&amp;Add %n Persona(s)</source>
        <translation>
            <numerusform>&amp;Add %n Persona</numerusform>
            <numerusform>&amp;Add %n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) to review.</source>
        <translation>
            <numerusform>%n persona to review.</numerusform>
            <numerusform>%n personas to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a persona already has the name.</source>
        <translation>
            <numerusform>%n suggestion skipped: a persona already has the name.</numerusform>
            <numerusform>%n suggestions skipped: a persona already has the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TemplateEditor</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in this template:</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem&lt;/b&gt; in this template:</numerusform>
            <numerusform>&lt;b&gt;%n problems&lt;/b&gt; in this template:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TopicEditor</name>
    <message numerus="yes">
        <source>%1 %, spread over %n subtopic(s)</source>
        <translation>
            <numerusform>%1 %, spread over %n subtopic</numerusform>
            <numerusform>%1 %, spread over %n subtopics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Suggested Topic(s)</source>
        <translation>
            <numerusform>Add %n Suggested Topic</numerusform>
            <numerusform>Add %n Suggested Topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructionRecipe</name>
    <message numerus="yes">
        <source>It is shorter than %n word(s).</source>
        <translation>
            <numerusform>It is shorter than %n word.</numerusform>
            <numerusform>It is shorter than %n words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferenceRecipe</name>
    <message numerus="yes">
        <source>The pair was dropped: all %n response(s) say the same.</source>
        <translation>
            <numerusform>The pair was dropped: all %n response says the same.</numerusform>
            <numerusform>The pair was dropped: all %n responses say the same.</numerusform>
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
        <source>%n refusal(s) or boilerplate</source>
        <translation>
            <numerusform>%n refusal or boilerplate</numerusform>
            <numerusform>%n refusals or boilerplate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty or truncated</source>
        <translation>
            <numerusform>%n empty or truncated</numerusform>
            <numerusform>%n empty or truncated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the wrong language</source>
        <translation>
            <numerusform>%n in the wrong language</numerusform>
            <numerusform>%n in the wrong language</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too short</source>
        <translation>
            <numerusform>%n too short</numerusform>
            <numerusform>%n too short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <translation>
            <numerusform>%n too long</numerusform>
            <numerusform>%n too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judged below %1</source>
        <translation>
            <numerusform>%n judged below %1</numerusform>
            <numerusform>%n judged below %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n by the quality settings: %1 (--all includes them).</source>
        <translation>
            <numerusform>Left out %n by the quality settings: %1 (--all includes them).</numerusform>
            <numerusform>Left out %n by the quality settings: %1 (--all includes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) signed in %1 s.</source>
        <translation>
            <numerusform>%n sample signed in %1 s.</numerusform>
            <numerusform>%n samples signed in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 is complete, but %n sample(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>Run %1 is complete, but %n sample failed; &quot;generate --retry-failed&quot; retries it.</numerusform>
            <numerusform>Run %1 is complete, but %n samples failed; &quot;generate --retry-failed&quot; retries them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Added %n document.</numerusform>
            <numerusform>Added %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s documents have %n chunk(s).</source>
        <translation>
            <numerusform>The project&apos;s documents have %n chunk.</numerusform>
            <numerusform>The project&apos;s documents have %n chunks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 sample(s) skipped: %2 does not take them.</source>
        <translation>
            <numerusform>%n %1 sample skipped: %2 does not take it.</numerusform>
            <numerusform>%n %1 samples skipped: %2 does not take them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quality settings leave out %n: %1.</source>
        <translation>
            <numerusform>The quality settings leave out %n: %1.</numerusform>
            <numerusform>The quality settings leave out %n: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n record(s)</source>
        <translation>
            <numerusform>  %1: %n record</numerusform>
            <numerusform>  %1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n sample(s): %1.</source>
        <translation>
            <numerusform>Skipped %n sample: %1.</numerusform>
            <numerusform>Skipped %n samples: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad line(s); nothing was imported. Fix them, or import the rest with --skip-bad-lines:</source>
        <translation>
            <numerusform>%1 has %n bad line; nothing was imported. Fix it, or import the rest with --skip-bad-lines:</numerusform>
            <numerusform>%1 has %n bad lines; nothing was imported. Fix them, or import the rest with --skip-bad-lines:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad line(s) of %1:</source>
        <translation>
            <numerusform>Skipped %n bad line of %1:</numerusform>
            <numerusform>Skipped %n bad lines of %1:</numerusform>
        </translation>
    </message>
</context>
</TS>
