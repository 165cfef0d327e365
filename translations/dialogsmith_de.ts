<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChunkStore</name>
    <message>
        <source>Cannot read the document chunks: %1</source>
        <translation>Die Dokumentausschnitte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the document chunks: %1</source>
        <translation>Die Dokumentausschnitte können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cutting the documents into chunks was cancelled.</source>
        <translation>Das Zerlegen der Dokumente in Ausschnitte wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no chunk %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Ausschnitt %1.</translation>
    </message>
    <message>
        <source>Document %1 has no chunk %2.</source>
        <translation>Dokument %1 hat keinen Ausschnitt %2.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>User personas</source>
        <translation>Nutzer-Personas</translation>
    </message>
    <message>
        <source>Assistant personas</source>
        <translation>Assistenten-Personas</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Strukturen</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>Die Beispiele können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(kein Szenario)</translation>
    </message>
    <message>
        <source>(no structure)</source>
        <translation>(keine Struktur)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>CurationStore</name>
    <message>
        <source>Cannot change the project: %1</source>
        <translation>Das Projekt kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the project: its file is read-only. Open a writable copy to curate it.</source>
        <translation>Das Projekt kann nicht geändert werden: Die Datei ist schreibgeschützt. Zum Kuratieren eine beschreibbare Kopie öffnen.</translation>
    </message>
    <message>
        <source>The project has no conversation %1.</source>
        <translation>Das Projekt hat kein Gespräch %1.</translation>
    </message>
    <message>
        <source>Cannot keep the turns through %1: turns are counted from 0.</source>
        <translation>Die Beiträge bis %1 können nicht behalten werden: Beiträge werden ab 0 gezählt.</translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>Gespräch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s conversations: %1</source>
        <translation>Die Gespräche des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5, not %1.</source>
        <translation>Eine Bewertung reicht von 1 bis 5, nicht %1.</translation>
    </message>
    <message>
        <source>A message cannot be empty: delete the turn instead.</source>
        <translation>Eine Nachricht darf nicht leer sein: Stattdessen den Beitrag löschen.</translation>
    </message>
    <message>
        <source>The project has no turn %1.</source>
        <translation>Das Projekt hat keinen Beitrag %1.</translation>
    </message>
    <message>
        <source>Cannot put turn %1 back into conversation %2: its place is taken.</source>
        <translation>Beitrag %1 kann nicht wieder in Gespräch %2 eingefügt werden: Sein Platz ist belegt.</translation>
    </message>
    <message>
        <source>Conversation %1 is not a branch: only branches can be removed this way.</source>
        <translation>Gespräch %1 ist kein Zweig: Nur Zweige können auf diese Weise entfernt werden.</translation>
    </message>
    <message>
        <source>Conversation %1 has branches of its own: remove them first.</source>
        <translation>Gespräch %1 hat eigene Zweige: Diese zuerst entfernen.</translation>
    </message>
    <message>
        <source>Only a removed branch can be put back.</source>
        <translation>Nur ein entfernter Zweig kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The project has no alternative response %1.</source>
        <translation>Das Projekt hat keine alternative Antwort %1.</translation>
    </message>
    <message>
        <source>Alternative %1 is not a response but a %2: only a rejected or unranked response can become the answer.</source>
        <translation>Alternative %1 ist keine Antwort, sondern ein(e) %2: Nur eine abgelehnte oder noch nicht gereihte Antwort kann zur Antwort werden.</translation>
    </message>
    <message>
        <source>Alternative response %1 is empty: it cannot become the answer.</source>
        <translation>Die alternative Antwort %1 ist leer: Sie kann nicht zur Antwort werden.</translation>
    </message>
    <message>
        <source>Conversation %1 has no message %2 for alternative response %3 to take the place of.</source>
        <translation>Gespräch %1 hat keine Nachricht %2, deren Platz die alternative Antwort %3 einnehmen könnte.</translation>
    </message>
    <message>
        <source>Message %1 of conversation %2 is not an answer: alternative response %3 can only take the place of an assistant&apos;s message.</source>
        <translation>Nachricht %1 von Gespräch %2 ist keine Antwort: Die alternative Antwort %3 kann nur den Platz einer Nachricht des Assistenten einnehmen.</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad line(s).</source>
        <translation>
            <numerusform>… und %n weitere fehlerhafte Zeile.</numerusform>
            <numerusform>… und %n weitere fehlerhafte Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB.</source>
        <translation>die Zeile ist länger als %1 MiB.</translation>
    </message>
    <message>
        <source>the record has none of &quot;messages&quot; (openai), &quot;conversations&quot; (sharegpt) or &quot;instruction&quot; (alpaca).</source>
        <translation>der Eintrag hat weder „messages“ (openai) noch „conversations“ (sharegpt) noch „instruction“ (alpaca).</translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation>%1 enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Cannot write the project: %1</source>
        <translation>Das Projekt kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DatasetQuery</name>
    <message>
        <source>Cannot read the conversations: %1</source>
        <translation>Die Gespräche können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>invalid JSON at column %1: %2.</source>
        <translation>ungültiges JSON in Spalte %1: %2.</translation>
    </message>
    <message>
        <source>the line is JSON but not an object.</source>
        <translation>die Zeile ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>message %1 is a system message after the conversation started.</source>
        <translation>Nachricht %1 ist eine Systemnachricht nach Beginn des Gesprächs.</translation>
    </message>
    <message>
        <source>message %1 has the unknown role &quot;%2&quot;.</source>
        <translation>Nachricht %1 hat die unbekannte Rolle „%2“.</translation>
    </message>
    <message>
        <source>message %1 is empty.</source>
        <translation>Nachricht %1 ist leer.</translation>
    </message>
    <message>
        <source>message %1 is an answer before any question: a conversation starts with the user.</source>
        <translation>Nachricht %1 ist eine Antwort vor jeder Frage: Ein Gespräch beginnt mit dem Nutzer.</translation>
    </message>
    <message>
        <source>message %1 is the second %2 message in a row.</source>
        <translation>Nachricht %1 ist die zweite %2-Nachricht in Folge.</translation>
    </message>
    <message>
        <source>the record has no messages.</source>
        <translation>der Eintrag hat keine Nachrichten.</translation>
    </message>
    <message>
        <source>the last message is a question with no answer.</source>
        <translation>die letzte Nachricht ist eine Frage ohne Antwort.</translation>
    </message>
    <message>
        <source>the record has no &quot;%1&quot;.</source>
        <translation>der Eintrag hat kein „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a list.</source>
        <translation>„%1“ ist %2, keine Liste.</translation>
    </message>
    <message>
        <source>message %1 is %2, not an object.</source>
        <translation>Nachricht %1 ist %2, kein Objekt.</translation>
    </message>
    <message>
        <source>message %1 has no &quot;%2&quot;.</source>
        <translation>Nachricht %1 hat kein „%2“.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; of message %2 is %3, not text.</source>
        <translation>„%1“ von Nachricht %2 ist %3, kein Text.</translation>
    </message>
    <message>
        <source>message %1 has the unknown &quot;from&quot; &quot;%2&quot; (human, gpt or system).</source>
        <translation>Nachricht %1 hat den unbekannten „from“-Wert „%2“ (human, gpt oder system).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not text.</source>
        <translation>„%1“ ist %2, kein Text.</translation>
    </message>
    <message>
        <source>&quot;history&quot; is %1, not a list.</source>
        <translation>„history“ ist %1, keine Liste.</translation>
    </message>
    <message>
        <source>history entry %1 is not a [question, answer] pair of texts.</source>
        <translation>Eintrag %1 von „history“ ist kein Textpaar [Frage, Antwort].</translation>
    </message>
    <message>
        <source>history entry %1 has an empty question or answer.</source>
        <translation>Eintrag %1 von „history“ hat eine leere Frage oder Antwort.</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is empty.</source>
        <translation>„instruction“ ist leer.</translation>
    </message>
    <message>
        <source>&quot;output&quot; is empty.</source>
        <translation>„output“ ist leer.</translation>
    </message>
</context>
<context>
    <name>Deduplicator</name>
    <message>
        <source>Cannot read the duplicate signatures: %1</source>
        <translation>Die Duplikat-Signaturen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the duplicate signatures: %1</source>
        <translation>Die Duplikat-Signaturen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Finding duplicates was cancelled.</source>
        <translation>Die Duplikatsuche wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario</numerusform>
            <numerusform>%n Szenarien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n Seed-Anweisung</numerusform>
            <numerusform>%n Seed-Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Evol-Instruct directions: %1</source>
        <translation>Evol-Instruct-Richtungen: %1</translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Nichts Neues hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>DesignStore</name>
    <message>
        <source>Cannot read the project&apos;s design: %1</source>
        <translation>Der Entwurf des Projekts kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the project&apos;s design</source>
        <translation>Entwurf des Projekts</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s documents: %1</source>
        <translation>Die Dokumente des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the project&apos;s design: %1</source>
        <translation>Der Entwurf des Projekts kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A studio for synthetic training data: design conversations, generate them with teacher models, curate them and export them for fine-tuning.</source>
        <translation>Ein Studio für synthetische Trainingsdaten: Gespräche entwerfen, mit Lehrermodellen erzeugen, kuratieren und für das Fine-Tuning exportieren.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Lizenziert unter der &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChatView</name>
    <message>
        <source>Select a conversation to watch it being written.</source>
        <translation>Ein Gespräch auswählen, um zuzusehen, wie es geschrieben wird.</translation>
    </message>
    <message>
        <source>Waiting for the first message…</source>
        <translation>Warten auf die erste Nachricht…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>%1 · writing…</source>
        <translation>%1 · schreibt…</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkSearch</name>
    <message>
        <source>Cannot make a folder for the search index: %1</source>
        <translation>Für den Suchindex kann kein Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the search index: %1</source>
        <translation>Der Suchindex kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the search index&apos;s documents.</source>
        <translation>Die Dokumente des Suchindex können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The search index does not match the documents.</source>
        <translation>Der Suchindex passt nicht zu den Dokumenten.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkSearchModel</name>
    <message>
        <source>§%1 · %2</source>
        <translation>§%1 · %2</translation>
    </message>
    <message>
        <source>Chunk %1 of &quot;%2&quot;, from character %3. Select it to see it in its document.</source>
        <translation>Ausschnitt %1 von „%2“, ab Zeichen %3. Auswählen, um ihn in seinem Dokument zu sehen.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkView</name>
    <message>
        <source>Chunk %1 · characters %2–%3 · %4 long</source>
        <translation>Ausschnitt %1 · Zeichen %2–%3 · %4 lang</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more chunk(s), not shown here.</source>
        <translation>
            <numerusform>… und %n weiterer Ausschnitt, hier nicht angezeigt.</numerusform>
            <numerusform>… und %n weitere Ausschnitte, hier nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chunk %1 · characters %2–%3 · %4 long · first %5 shared with chunk %6</source>
        <translation>Ausschnitt %1 · Zeichen %2–%3 · %4 lang · die ersten %5 gemeinsam mit Ausschnitt %6</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier chunk(s), not shown here.</source>
        <translation>
            <numerusform>%n früherer Ausschnitt, hier nicht angezeigt.</numerusform>
            <numerusform>%n frühere Ausschnitte, hier nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConnectionTest</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the server for its models, a streamed answer and JSON output (Ctrl+T)</source>
        <translation>Den Server nach seinen Modellen, einer gestreamten Antwort und JSON-Ausgabe fragen (Strg+T)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>%1 Reachable</source>
        <translation>%1 Erreichbar</translation>
    </message>
    <message>
        <source>%1 Key accepted</source>
        <translation>%1 Schlüssel akzeptiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 Model listed by the server (%n model(s) offered)</source>
        <translation>
            <numerusform>%1 Modell vom Server gelistet (%n Modell angeboten)</numerusform>
            <numerusform>%1 Modell vom Server gelistet (%n Modelle angeboten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Streaming</source>
        <translation>%1 Streaming</translation>
    </message>
    <message>
        <source>%1 Reports token usage</source>
        <translation>%1 Meldet Tokenverbrauch</translation>
    </message>
    <message>
        <source>%1 JSON output</source>
        <translation>%1 JSON-Ausgabe</translation>
    </message>
    <message>
        <source>First byte after %1 ms</source>
        <translation>Erstes Byte nach %1 ms</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConversationEditor</name>
    <message>
        <source>being generated</source>
        <translation>wird erzeugt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Generate the rest of this conversation with the models of its run</source>
        <translation>Den Rest dieses Gesprächs mit den Modellen seines Durchlaufs erzeugen</translation>
    </message>
    <message>
        <source>A document that is no longer in the project</source>
        <translation>Ein Dokument, das nicht mehr im Projekt ist</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>Conversation %1 (branch of %2)</source>
        <translation>Gespräch %1 (Zweig von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 with %3 · %n exchange(s) of %4 planned</source>
        <translation>
            <numerusform>%1 · %2 mit %3 · %n von %4 geplanten Runden</numerusform>
            <numerusform>%1 · %2 mit %3 · %n von %4 geplanten Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>The project file is read-only.</source>
        <translation>Die Projektdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Wait until the conversation is generated.</source>
        <translation>Warten, bis das Gespräch erzeugt ist.</translation>
    </message>
    <message>
        <source>A run is in progress: regenerating and branching are possible when it is paused or done.</source>
        <translation>Ein Durchlauf ist aktiv: Neu erzeugen und Abzweigen sind möglich, wenn er pausiert oder beendet ist.</translation>
    </message>
    <message>
        <source>This project file is read-only: you can read its conversations but not review or change them. Make the file writable, or open a copy, to curate.</source>
        <translation>Diese Projektdatei ist schreibgeschützt: Ihre Gespräche können gelesen, aber nicht geprüft oder geändert werden. Zum Kuratieren die Datei beschreibbar machen oder eine Kopie öffnen.</translation>
    </message>
    <message>
        <source>This conversation is not finished: Continue generates the rest of it.</source>
        <translation>Dieses Gespräch ist nicht fertig: „Fortsetzen“ erzeugt den Rest.</translation>
    </message>
    <message>
        <source>Generating the rest of the conversation with the models of its run…</source>
        <translation>Der Rest des Gesprächs wird mit den Modellen seines Durchlaufs erzeugt…</translation>
    </message>
    <message>
        <source>Stopped: the messages generated so far are kept. Undo takes the whole change back.</source>
        <translation>Gestoppt: Die bisher erzeugten Nachrichten bleiben erhalten. „Rückgängig“ nimmt die ganze Änderung zurück.</translation>
    </message>
    <message>
        <source>The conversation could not be generated.</source>
        <translation>Das Gespräch konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Conversation %1 could not be generated: %2</source>
        <translation>Gespräch %1 konnte nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <source>Previous conversation in the dataset&apos;s order (K)</source>
        <translation>Vorheriges Gespräch in der Reihenfolge des Datensatzes (K)</translation>
    </message>
    <message>
        <source>Next conversation in the dataset&apos;s order (J)</source>
        <translation>Nächstes Gespräch in der Reihenfolge des Datensatzes (J)</translation>
    </message>
    <message>
        <source>Stop generating: what is complete is kept (Esc)</source>
        <translation>Erzeugung stoppen: Was fertig ist, bleibt erhalten (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>not in the list of %n</source>
        <translation>
            <numerusform>nicht in der Liste mit %n Eintrag</numerusform>
            <numerusform>nicht in der Liste mit %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>The place in the dataset view&apos;s list, as filtered and sorted</source>
        <translation>Die Position in der Liste der Datensatzansicht, gefiltert und sortiert</translation>
    </message>
    <message>
        <source>Approve Conversation %1</source>
        <translation>Gespräch %1 freigeben</translation>
    </message>
    <message>
        <source>Reject Conversation %1</source>
        <translation>Gespräch %1 ablehnen</translation>
    </message>
    <message>
        <source>Clear Review of Conversation %1</source>
        <translation>Prüfung von Gespräch %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Rate Conversation %1 with %2 of 5</source>
        <translation>Gespräch %1 mit %2 von 5 bewerten</translation>
    </message>
    <message>
        <source>Clear Rating of Conversation %1</source>
        <translation>Bewertung von Gespräch %1 entfernen</translation>
    </message>
    <message>
        <source>Change Notes of Conversation %1</source>
        <translation>Notizen zu Gespräch %1 ändern</translation>
    </message>
    <message>
        <source>Edit Message %1</source>
        <translation>Nachricht %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete Message %1</source>
        <translation>Nachricht %1 löschen</translation>
    </message>
    <message>
        <source>Regenerate Conversation %1 from Message %2</source>
        <translation>Gespräch %1 ab Nachricht %2 neu erzeugen</translation>
    </message>
    <message>
        <source>Branch Conversation %1 from Message %2</source>
        <translation>Gespräch %1 ab Nachricht %2 abzweigen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Reading the document chunks this conversation drew on…</source>
        <translation>Die Dokumentausschnitte, auf die sich dieses Gespräch stützt, werden gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt; is not grounded in a document chunk.</source>
        <translation>&lt;b&gt;Nachricht %1&lt;/b&gt; stützt sich auf keinen Dokumentausschnitt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grounded in&lt;/b&gt; %1, which cannot be shown: the document is gone or has no such chunk.</source>
        <translation>&lt;b&gt;Gestützt auf&lt;/b&gt; %1, das nicht angezeigt werden kann: Das Dokument fehlt oder hat keinen solchen Ausschnitt.</translation>
    </message>
    <message>
        <source>no passage shared word for word</source>
        <translation>keine wörtlich gemeinsame Passage</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) shared</source>
        <translation>
            <numerusform>%n gemeinsame Passage</numerusform>
            <numerusform>%n gemeinsame Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1 drew on&lt;/b&gt; %2 · %3</source>
        <translation>&lt;b&gt;Nachricht %1 stützt sich auf&lt;/b&gt; %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grounded in&lt;/b&gt; %1 · %2</source>
        <translation>&lt;b&gt;Gestützt auf&lt;/b&gt; %1 · %2</translation>
    </message>
    <message>
        <source>Prefer Response %1 for Message %2</source>
        <translation>Antwort %1 für Nachricht %2 vorziehen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CoverageModel</name>
    <message>
        <source>Under-represented: planned %1 of the samples, made %2</source>
        <translation>Unterrepräsentiert: geplant %1 der Beispiele, erzeugt %2</translation>
    </message>
    <message>
        <source>Not in the design any more: samples made before it changed</source>
        <translation>Nicht mehr im Entwurf: Beispiele, die vor der Änderung erzeugt wurden</translation>
    </message>
    <message>
        <source>Approved among the reviewed samples</source>
        <translation>Freigegeben unter den geprüften Beispielen</translation>
    </message>
    <message>
        <source>The share of samples the design&apos;s weights plan for it</source>
        <translation>Der Anteil der Beispiele, den die Gewichte des Entwurfs dafür vorsehen</translation>
    </message>
    <message>
        <source>The share of the complete samples that have it</source>
        <translation>Der Anteil der fertigen Beispiele, die es haben</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CoverageView</name>
    <message>
        <source>The factor whose values make the rows of the heat map</source>
        <translation>Der Faktor, dessen Werte die Zeilen der Heatmap bilden</translation>
    </message>
    <message>
        <source>The factor whose values make the columns of the heat map</source>
        <translation>Der Faktor, dessen Werte die Spalten der Heatmap bilden</translation>
    </message>
    <message>
        <source>C&amp;ross:</source>
        <translation>K&amp;reuzen:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>&amp;mit:</translation>
    </message>
    <message>
        <source>Counting the samples…</source>
        <translation>Beispiele werden gezählt…</translation>
    </message>
    <message>
        <source>Cannot count the samples: %1</source>
        <translation>Die Beispiele können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No complete samples yet. Start a run (Run ▸ Start): this view fills as samples arrive.</source>
        <translation>Noch keine fertigen Beispiele. Einen Durchlauf starten (Ausführen ▸ Starten): Diese Ansicht füllt sich, während Beispiele eintreffen.</translation>
    </message>
    <message>
        <source>%1 complete samples; every value of the design has at least half its planned share.</source>
        <translation>%1 fertige Beispiele; jeder Wert des Entwurfs hat mindestens die Hälfte seines geplanten Anteils.</translation>
    </message>
    <message numerus="yes">
        <source>%1 complete samples; %n value(s) have less than half their planned share (tinted).</source>
        <translation>
            <numerusform>%1 fertige Beispiele; %n Wert hat weniger als die Hälfte seines geplanten Anteils (getönt).</numerusform>
            <numerusform>%1 fertige Beispiele; %n Werte haben weniger als die Hälfte ihres geplanten Anteils (getönt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CrossingModel</name>
    <message numerus="yes">
        <source>%1 × %2: %n sample(s)</source>
        <translation>
            <numerusform>%1 × %2: %n Beispiel</numerusform>
            <numerusform>%1 × %2: %n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 rejected, %3 unreviewed</source>
        <translation>%1 freigegeben, %2 abgelehnt, %3 ungeprüft</translation>
    </message>
    <message>
        <source>Planned %1 of the samples, made %2</source>
        <translation>Geplant %1 der Beispiele, erzeugt %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Conversation %1 of run %2</source>
        <translation>Gespräch %1 von Durchlauf %2</translation>
    </message>
    <message>
        <source>Generation failed.</source>
        <translation>Erzeugung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Still being generated, or waiting for the run to resume.</source>
        <translation>Wird noch erzeugt oder wartet darauf, dass der Durchlauf fortgesetzt wird.</translation>
    </message>
    <message>
        <source>User: %1
Assistant: %2</source>
        <translation>Nutzer: %1
Assistent: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The conversation&apos;s number in the project</source>
        <translation>Die Nummer des Gesprächs im Projekt</translation>
    </message>
    <message>
        <source>Generation (running, failed) or, once complete, curation (generated, edited, approved, rejected)</source>
        <translation>Erzeugung (läuft, fehlgeschlagen) oder, sobald vollständig, Kuratierung (erzeugt, bearbeitet, freigegeben, abgelehnt)</translation>
    </message>
    <message>
        <source>The simulated user → the assistant</source>
        <translation>Der simulierte Nutzer → der Assistent</translation>
    </message>
    <message>
        <source>Messages in the conversation</source>
        <translation>Nachrichten im Gespräch</translation>
    </message>
    <message>
        <source>Tokens of the conversation&apos;s messages, as the models counted them when writing them</source>
        <translation>Tokens der Nachrichten des Gesprächs, wie die Modelle sie beim Schreiben gezählt haben</translation>
    </message>
    <message>
        <source>A reviewer&apos;s rating, 1 to 5</source>
        <translation>Die Bewertung durch eine prüfende Person, 1 bis 5</translation>
    </message>
    <message>
        <source>The judge model&apos;s score</source>
        <translation>Die Wertung des Judge-Modells</translation>
    </message>
    <message>
        <source>When the conversation last changed</source>
        <translation>Wann sich das Gespräch zuletzt geändert hat</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Evol-Instruct</source>
        <translation>Evol-Instruct</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>Wissens-Q&amp;A</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Refusals and boilerplate</source>
        <translation>Ablehnungen und Floskeln</translation>
    </message>
    <message>
        <source>Empty or truncated</source>
        <translation>Leer oder abgeschnitten</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Falsche Sprache</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <source>message %1 is empty</source>
        <translation>Nachricht %1 ist leer</translation>
    </message>
    <message>
        <source>message %1 stopped at the token limit</source>
        <translation>Nachricht %1 endete am Token-Limit</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>keine Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged below %1</source>
        <translation>Vom Judge unter %1 bewertet</translation>
    </message>
    <message>
        <source>Duplicate of #%1</source>
        <translation>Duplikat von #%1</translation>
    </message>
    <message>
        <source>Dropped by a rule of its mode.</source>
        <translation>Von einer Regel seines Modus verworfen.</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source> (rule switched off)</source>
        <translation> (Regel ausgeschaltet)</translation>
    </message>
    <message>
        <source>Near duplicate of #%1 (similarity %2)</source>
        <translation>Beinahe-Duplikat von #%1 (Ähnlichkeit %2)</translation>
    </message>
    <message>
        <source>Exact duplicate of #%1</source>
        <translation>Exaktes Duplikat von #%1</translation>
    </message>
    <message>
        <source>No filter rule catches it</source>
        <translation>Keine Filterregel greift</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>The kind of sample: conversation, instruction, Evol-Instruct, knowledge Q&amp;A, preference, embedding</source>
        <translation>Die Art des Beispiels: Gespräch, Anweisung, Evol-Instruct, Wissens-Q&amp;A, Präferenz, Embedding</translation>
    </message>
    <message>
        <source>What the quality settings leave out the sample for (filter rules, judge threshold, duplicates)</source>
        <translation>Weshalb die Qualitätseinstellungen das Beispiel auslassen (Filterregeln, Judge-Schwelle, Duplikate)</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetView</name>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the conversations again</source>
        <translation>Die Gespräche neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the conversations&apos; text</source>
        <translation>Den Text der Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the conversation in the editor (Return, double-click)</source>
        <translation>Das Gespräch im Editor öffnen (Eingabetaste, Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>F&amp;reigeben</translation>
    </message>
    <message>
        <source>Approve the selected conversations for export</source>
        <translation>Die ausgewählten Gespräche für den Export freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected conversations: they are never exported</source>
        <translation>Die ausgewählten Gespräche ablehnen: Sie werden nie exportiert</translation>
    </message>
    <message>
        <source>Search the conversations&apos; text (%1)</source>
        <translation>Den Text der Gespräche durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Conversations that contain every word, in any of their turns; &quot;quoted words&quot; must occur together. The last word also matches longer words while you type.</source>
        <translation>Gespräche, die jedes Wort enthalten, in einem beliebigen ihrer Beiträge; „Wörter in Anführungszeichen“ müssen zusammen vorkommen. Das letzte Wort passt während der Eingabe auch auf längere Wörter.</translation>
    </message>
    <message>
        <source>Cannot read the conversations</source>
        <translation>Die Gespräche können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Where generation is</source>
        <translation>Stand der Erzeugung</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Stand</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Where curation is</source>
        <translation>Stand der Kuratierung</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Jede Prüfung</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>The least rating a conversation has</source>
        <translation>Die Mindestbewertung eines Gesprächs</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>The least score the judge model gave</source>
        <translation>Die Mindestwertung durch das Judge-Modell</translation>
    </message>
    <message>
        <source>Judge ≥ </source>
        <translation>Judge ≥ </translation>
    </message>
    <message>
        <source>Any judge score</source>
        <translation>Jede Judge-Wertung</translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation>Thema enthält…</translation>
    </message>
    <message>
        <source>Conversations whose topic path contains this text</source>
        <translation>Gespräche, deren Themenpfad diesen Text enthält</translation>
    </message>
    <message>
        <source>Persona contains…</source>
        <translation>Persona enthält…</translation>
    </message>
    <message>
        <source>Conversations where the user or the assistant persona&apos;s name contains this text</source>
        <translation>Gespräche, bei denen der Name der Nutzer- oder Assistenten-Persona diesen Text enthält</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every conversation</source>
        <translation>Alle Gespräche anzeigen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln Gespräch</numerusform>
            <numerusform>%Ln Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln conversation(s)</source>
        <translation>
            <numerusform>%1 von %Ln Gespräch</numerusform>
            <numerusform>%1 von %Ln Gesprächen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No conversations yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start a run with Run ▸ Start (%1). Conversations appear here as they are written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Gespräche&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Einen Durchlauf mit Ausführen ▸ Starten (%1) beginnen. Gespräche erscheinen hier, sobald sie geschrieben werden.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No conversation matches&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see all %Ln conversation(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Kein Gespräch passt&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Filter zurücksetzen&lt;/a&gt;, um %Ln Gespräch zu sehen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Kein Gespräch passt&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Filter zurücksetzen&lt;/a&gt;, um alle %Ln Gespräche zu sehen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln conversation(s)…</source>
        <translation>
            <numerusform>%Ln Gespräch wird freigegeben…</numerusform>
            <numerusform>%Ln Gespräche werden freigegeben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %Ln conversation(s)…</source>
        <translation>
            <numerusform>%Ln Gespräch wird abgelehnt…</numerusform>
            <numerusform>%Ln Gespräche werden abgelehnt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the review</source>
        <translation>Die Prüfung kann nicht geändert werden</translation>
    </message>
    <message>
        <source>The quality filters could not be brought up to date: %1</source>
        <translation>Die Qualitätsfilter konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>The kind of sample</source>
        <translation>Die Art des Beispiels</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DocumentEditor</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add text or Markdown files as documents (%1)</source>
        <translation>Text- oder Markdown-Dateien als Dokumente hinzufügen (%1)</translation>
    </message>
    <message>
        <source>&amp;Paste as Document…</source>
        <translation>Als Dokument &amp;einfügen…</translation>
    </message>
    <message>
        <source>Add the text on the clipboard as a document (%1)</source>
        <translation>Den Text in der Zwischenablage als Dokument hinzufügen (%1)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected document (F2)</source>
        <translation>Das ausgewählte Dokument umbenennen (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected documents (Del)</source>
        <translation>Die ausgewählten Dokumente löschen (Entf)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>The longest a chunk may be. Chunks end after a paragraph or sentence where possible.</source>
        <translation>Die maximale Länge eines Ausschnitts. Ausschnitte enden nach Möglichkeit nach einem Absatz oder Satz.</translation>
    </message>
    <message>
        <source>How far a chunk may start before the previous one ends, so no passage is cut in two for good. Less than the chunk size.</source>
        <translation>Wie weit ein Ausschnitt vor dem Ende des vorherigen beginnen darf, damit keine Passage endgültig zerteilt wird. Kleiner als die Ausschnittgröße.</translation>
    </message>
    <message>
        <source>Chunk &amp;size:</source>
        <translation>Ausschnitt&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Überlappung:</translation>
    </message>
    <message>
        <source>C&amp;hunks</source>
        <translation>&amp;Ausschnitte</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>The selected document as generation cuts it: numbered chunks on alternating backgrounds, the text shared with the previous chunk shaded darker.</source>
        <translation>Das ausgewählte Dokument so, wie die Erzeugung es zerschneidet: nummerierte Ausschnitte auf wechselndem Hintergrund, der mit dem vorherigen Ausschnitt gemeinsame Text dunkler schattiert.</translation>
    </message>
    <message>
        <source>The selected document&apos;s text.</source>
        <translation>Der Text des ausgewählten Dokuments.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunking&lt;/b&gt; (all documents)</source>
        <translation>&lt;b&gt;Aufteilung in Ausschnitte&lt;/b&gt; (alle Dokumente)</translation>
    </message>
    <message>
        <source>Chunks alternate in colour. The start of a chunk shaded in the previous chunk&apos;s colour is the overlap: text both chunks contain.</source>
        <translation>Ausschnitte wechseln sich farblich ab. Der Anfang eines Ausschnitts, der in der Farbe des vorherigen schattiert ist, ist die Überlappung: Text, den beide Ausschnitte enthalten.</translation>
    </message>
    <message>
        <source>Change Chunk Size</source>
        <translation>Ausschnittgröße ändern</translation>
    </message>
    <message>
        <source>Change Chunk Overlap</source>
        <translation>Überlappung ändern</translation>
    </message>
    <message>
        <source>Add a document to see its text here.</source>
        <translation>Ein Dokument hinzufügen, um seinen Text hier zu sehen.</translation>
    </message>
    <message>
        <source>Select a document to see its text.</source>
        <translation>Ein Dokument auswählen, um seinen Text zu sehen.</translation>
    </message>
    <message>
        <source>Add a document to see how it is cut into chunks.</source>
        <translation>Ein Dokument hinzufügen, um zu sehen, wie es in Ausschnitte zerlegt wird.</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>Ein Dokument auswählen, um seine Ausschnitte zu sehen.</translation>
    </message>
    <message>
        <source>… (the preview shows the first %1 characters)</source>
        <translation>… (die Vorschau zeigt die ersten %1 Zeichen)</translation>
    </message>
    <message>
        <source>No documents: conversations will not be grounded.</source>
        <translation>Keine Dokumente: Gespräche beruhen auf keinem Dokument.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n document(s).</source>
        <translation>
            <numerusform>%1 in %n Dokument.</numerusform>
            <numerusform>%1 in %n Dokumenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n Ausschnitt</numerusform>
            <numerusform>%n Ausschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Document(s)</source>
        <translation>
            <numerusform>%n Dokument hinzufügen</numerusform>
            <numerusform>%n Dokumente hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Document &quot;%1&quot;</source>
        <translation>Dokument „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Document(s)</source>
        <translation>
            <numerusform>%n Dokument löschen</numerusform>
            <numerusform>%n Dokumente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No documents yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Conversations can be grounded in documents: each conversation draws a chunk of one and talks about it.&lt;/p&gt;&lt;p&gt;Drop text, Markdown, HTML or PDF files here, choose &lt;i&gt;Add Files…&lt;/i&gt;, or copy text and choose &lt;i&gt;Paste as Document…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Dokumente.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gespräche können auf Dokumenten beruhen: Jedes Gespräch zieht einen Ausschnitt aus einem Dokument und spricht darüber.&lt;/p&gt;&lt;p&gt;Text-, Markdown-, HTML- oder PDF-Dateien hier ablegen, &lt;i&gt;Dateien hinzufügen…&lt;/i&gt; wählen oder Text kopieren und &lt;i&gt;Als Dokument einfügen…&lt;/i&gt; wählen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading file %1 of %2: page %3 of %4…</source>
        <translation>Datei %1 von %2 wird gelesen: Seite %3 von %4…</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>Datei %1 von %2 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added. Some files could not be added or were read with something left out:</source>
        <translation>
            <numerusform>%n Dokument hinzugefügt. Einige Dateien konnten nicht hinzugefügt werden oder wurden unvollständig gelesen:</numerusform>
            <numerusform>%n Dokumente hinzugefügt. Einige Dateien konnten nicht hinzugefügt werden oder wurden unvollständig gelesen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in Chunks</source>
        <translation>In Ausschnitten &amp;suchen</translation>
    </message>
    <message>
        <source>Search all chunks (%1)</source>
        <translation>Alle Ausschnitte durchsuchen (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finds the chunks of every document that contain all the words typed. &lt;code&gt;&quot;exact phrase&quot;&lt;/code&gt; finds words side by side; the last word also finds words it begins. ↓ and ↑ move through the results, Return shows one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Findet die Ausschnitte aller Dokumente, die alle eingegebenen Wörter enthalten. &lt;code&gt;&quot;genaue Phrase&quot;&lt;/code&gt; findet Wörter direkt nebeneinander; das letzte Wort findet auch Wörter, die damit beginnen. ↓ und ↑ wechseln zwischen den Treffern, Eingabe zeigt einen an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a chunk to see it in its document</source>
        <translation>Einen Ausschnitt auswählen, um ihn in seinem Dokument zu sehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunks found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefundene Ausschnitte&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Indexing the chunks: %1 of %n document(s) cut…</source>
        <translation>
            <numerusform>Ausschnitte werden indiziert: %1 von %n Dokument zerlegt…</numerusform>
            <numerusform>Ausschnitte werden indiziert: %1 von %n Dokumenten zerlegt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the chunks…</source>
        <translation>Ausschnitte werden indiziert…</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>Die Suche ist nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) indexed.</source>
        <translation>
            <numerusform>%n Ausschnitt indiziert.</numerusform>
            <numerusform>%n Ausschnitte indiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no documents to search: add some first.</source>
        <translation>Es gibt keine Dokumente zum Durchsuchen: zuerst welche hinzufügen.</translation>
    </message>
    <message>
        <source>The documents changed: indexing them again…</source>
        <translation>Die Dokumente haben sich geändert: Sie werden neu indiziert…</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Ein Wort zum Suchen eingeben.</translation>
    </message>
    <message>
        <source>Searching once the chunks are indexed…</source>
        <translation>Die Suche beginnt, sobald die Ausschnitte indiziert sind…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No chunk contains &quot;%1&quot;.</source>
        <translation>Kein Ausschnitt enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The %n best matching chunk(s):</source>
        <translation>
            <numerusform>Der %n am besten passende Ausschnitt:</numerusform>
            <numerusform>Die %n am besten passenden Ausschnitte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) found:</source>
        <translation>
            <numerusform>%n Ausschnitt gefunden:</numerusform>
            <numerusform>%n Ausschnitte gefunden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DocumentListModel</name>
    <message>
        <source>Pasted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename.</source>
        <translation>Doppelklicken oder F2 drücken, um umzubenennen.</translation>
    </message>
    <message>
        <source>Where the text came from.</source>
        <translation>Woher der Text stammt.</translation>
    </message>
    <message>
        <source>How many chunks the document is cut into with the current chunk settings.</source>
        <translation>In wie viele Ausschnitte das Dokument mit den aktuellen Einstellungen zerlegt wird.</translation>
    </message>
    <message>
        <source>Rename Document</source>
        <translation>Dokument umbenennen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Ausschnitte</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicateFinder</name>
    <message>
        <source>Cannot open %1 to find duplicates: %2</source>
        <translation>%1 kann zur Duplikatsuche nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesModel</name>
    <message>
        <source>Cannot read the duplicates: %1</source>
        <translation>Die Duplikate können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n duplicate(s))</source>
        <translation>
            <numerusform>%1 (%n Duplikat)</numerusform>
            <numerusform>%1 (%n Duplikate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Beinahe</translation>
    </message>
    <message>
        <source>The same text as the original once case, punctuation and spacing are set aside</source>
        <translation>Derselbe Text wie das Original, wenn man Groß-/Kleinschreibung, Satzzeichen und Leerraum außer Acht lässt</translation>
    </message>
    <message>
        <source>Most of its word sequences are in the original too</source>
        <translation>Die meisten seiner Wortfolgen stehen auch im Original</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesWindow</name>
    <message>
        <source>Duplicates — %1</source>
        <translation>Duplikate — %1</translation>
    </message>
    <message>
        <source>How similar two samples must be to count as near duplicates: the estimated share of word sequences they have in common. Higher finds fewer, closer copies.</source>
        <translation>Wie ähnlich sich zwei Beispiele sein müssen, um als Beinahe-Duplikate zu gelten: der geschätzte Anteil gemeinsamer Wortfolgen. Höher findet weniger, engere Kopien.</translation>
    </message>
    <message>
        <source>Near-duplicate &amp;threshold:</source>
        <translation>&amp;Schwelle für Beinahe-Duplikate:</translation>
    </message>
    <message>
        <source>Keep the original and reject the other samples of its group (Ctrl+1)</source>
        <translation>Das Original behalten und die anderen Beispiele seiner Gruppe ablehnen (Strg+1)</translation>
    </message>
    <message>
        <source>Keep this duplicate and reject the other samples of its group (Ctrl+2)</source>
        <translation>Dieses Duplikat behalten und die anderen Beispiele seiner Gruppe ablehnen (Strg+2)</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>Dieses behalten</translation>
    </message>
    <message>
        <source>&amp;Reject All Duplicates</source>
        <translation>Alle Duplikate a&amp;blehnen</translation>
    </message>
    <message>
        <source>Keep the original of every group and reject its duplicates</source>
        <translation>Von jeder Gruppe das Original behalten und seine Duplikate ablehnen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Duplikate werden gesucht…</translation>
    </message>
    <message>
        <source>Reading samples: %v of %m</source>
        <translation>Beispiele werden gelesen: %v von %m</translation>
    </message>
    <message>
        <source>Comparing samples: %v of %m</source>
        <translation>Beispiele werden verglichen: %v von %m</translation>
    </message>
    <message>
        <source>Cannot read the duplicates: %1</source>
        <translation>Die Duplikate können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; · conversation %1 · %2</source>
        <translation>&lt;b&gt;Original&lt;/b&gt; · Gespräch %1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 duplicate&lt;/b&gt; · conversation %2 · similarity %3 % · %4</source>
        <translation>&lt;b&gt;%1 Duplikat&lt;/b&gt; · Gespräch %2 · Ähnlichkeit %3 % · %4</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Beinahe</translation>
    </message>
    <message numerus="yes">
        <source>Keep Conversation %1, Reject %n Other(s)</source>
        <translation>
            <numerusform>Gespräch %1 behalten, %n anderes ablehnen</numerusform>
            <numerusform>Gespräch %1 behalten, %n andere ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat ablehnen</numerusform>
            <numerusform>%n Duplikate ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Cannot change the review: %1</source>
        <translation>Die Prüfung kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Cannot find duplicates: %1</source>
        <translation>Duplikate können nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>The project is read-only: duplicates cannot be looked for or rejected.</source>
        <translation>Das Projekt ist schreibgeschützt: Duplikate können weder gesucht noch abgelehnt werden.</translation>
    </message>
    <message numerus="yes">
        <source>No duplicates among the %n complete sample(s). Samples are compared as runs complete them and as you edit them.</source>
        <translation>
            <numerusform>Keine Duplikate unter dem %n fertigen Beispiel. Beispiele werden verglichen, sobald Durchläufe sie fertigstellen und während Sie sie bearbeiten.</numerusform>
            <numerusform>Keine Duplikate unter den %n fertigen Beispielen. Beispiele werden verglichen, sobald Durchläufe sie fertigstellen und während Sie sie bearbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Duplicate Threshold</source>
        <translation>Duplikat-Schwelle ändern</translation>
    </message>
    <message numerus="yes">
        <source>%1 samples: %2 exact and %3 near duplicates in %n group(s).</source>
        <translation>
            <numerusform>%1 Beispiele: %2 exakte und %3 ähnliche Duplikate in %n Gruppe.</numerusform>
            <numerusform>%1 Beispiele: %2 exakte und %3 ähnliche Duplikate in %n Gruppen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::EditorParts</name>
    <message>
        <source>This project is read-only: %1. You can look at the design but not change it; File ▸ Save As… makes a copy you can edit.</source>
        <translation>Dieses Projekt ist schreibgeschützt: %1. Der Entwurf kann angesehen, aber nicht geändert werden; Datei ▸ Speichern unter… legt eine bearbeitbare Kopie an.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Engine::GenerationEngine</name>
    <message>
        <source>Cannot generate into %1: the project file cannot be written.</source>
        <translation>Erzeugen in %1 nicht möglich: Die Projektdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no run to retry: the project has not generated anything yet.</source>
        <translation>Es gibt keinen Durchlauf, der wiederholt werden kann: Das Projekt hat noch nichts erzeugt.</translation>
    </message>
    <message>
        <source>the design of run %1</source>
        <translation>Entwurf von Durchlauf %1</translation>
    </message>
    <message>
        <source>Run %1 cannot be resumed: its document &quot;%2&quot; was changed or removed since it started. Start a new run instead.</source>
        <translation>Durchlauf %1 kann nicht fortgesetzt werden: Sein Dokument „%2“ wurde seit dem Start geändert oder entfernt. Stattdessen einen neuen Durchlauf starten.</translation>
    </message>
    <message>
        <source>The project has no provider profile: add one that says which model to use.</source>
        <translation>Das Projekt hat kein Anbieterprofil: Eines hinzufügen, das festlegt, welches Modell verwendet wird.</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one for the user simulator and the one for the assistant in the generation settings.</source>
        <translation>Das Projekt hat mehrere Anbieterprofile: In den Erzeugungseinstellungen das Profil für den Nutzersimulator und das für den Assistenten auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>The model &quot;%1&quot; answered with an empty message %n time(s) in a row.</source>
        <translation>
            <numerusform>Das Modell „%1“ hat %n-mal in Folge mit einer leeren Nachricht geantwortet.</numerusform>
            <numerusform>Das Modell „%1“ hat %n-mal in Folge mit einer leeren Nachricht geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The budget of $%1 is used up ($%2 spent).</source>
        <translation>Das Budget von $%1 ist aufgebraucht ($%2 ausgegeben).</translation>
    </message>
    <message>
        <source>The budget of %1 tokens is used up (%2 used).</source>
        <translation>Das Budget von %1 Tokens ist aufgebraucht (%2 verbraucht).</translation>
    </message>
    <message>
        <source>No conversation to continue was given.</source>
        <translation>Es wurde kein fortzusetzendes Gespräch angegeben.</translation>
    </message>
    <message>
        <source>Conversations %1 and %2 come from different runs: continue them one run at a time.</source>
        <translation>Die Gespräche %1 und %2 stammen aus verschiedenen Durchläufen: Jeweils nur Gespräche eines Durchlaufs fortsetzen.</translation>
    </message>
    <message>
        <source>Conversation %1 cannot be continued: its draw does not match a planned conversation of run %2.</source>
        <translation>Gespräch %1 kann nicht fortgesetzt werden: Die gezogene Kombination entspricht keinem geplanten Gespräch von Durchlauf %2.</translation>
    </message>
    <message>
        <source>Conversation %1 is complete: it is not waiting to be continued.</source>
        <translation>Gespräch %1 ist abgeschlossen: Es wartet nicht darauf, fortgesetzt zu werden.</translation>
    </message>
    <message>
        <source>Conversation %1 failed: it is not waiting to be continued.</source>
        <translation>Gespräch %1 ist fehlgeschlagen: Es wartet nicht darauf, fortgesetzt zu werden.</translation>
    </message>
    <message>
        <source>The project has no provider profile: add one that says which model judges.</source>
        <translation>Das Projekt hat kein Anbieterprofil: Eines hinzufügen, das festlegt, welches Modell bewertet.</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one that judges in the judge settings.</source>
        <translation>Das Projekt hat mehrere Anbieterprofile: In den Judge-Einstellungen dasjenige wählen, das bewertet.</translation>
    </message>
    <message>
        <source>The judge profile &quot;%1&quot; is none of the project&apos;s provider profiles.</source>
        <translation>Das Judge-Profil „%1“ ist keines der Anbieterprofile des Projekts.</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s samples: %1</source>
        <translation>Die Beispiele des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The model &quot;%1&quot; gave no usable reply %n time(s) in a row: %2</source>
        <translation>
            <numerusform>Das Modell „%1“ hat %n-mal hintereinander keine brauchbare Antwort gegeben: %2</numerusform>
            <numerusform>Das Modell „%1“ hat %n-mal hintereinander keine brauchbare Antwort gegeben: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>It waited for another sample of the run that did not finish.</source>
        <translation>Es hat auf ein anderes Beispiel des Durchlaufs gewartet, das nicht fertig wurde.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Engine::Planner</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExpandTopicsDialog</name>
    <message>
        <source>the answer holds no list of topics</source>
        <translation>die Antwort enthält keine Themenliste</translation>
    </message>
    <message>
        <source>the list holds no topic names</source>
        <translation>die Liste enthält keine Themennamen</translation>
    </message>
    <message>
        <source>Expand with Model</source>
        <translation>Mit Modell erweitern</translation>
    </message>
    <message>
        <source>Generate top-level topics for this project.</source>
        <translation>Themen der obersten Ebene für dieses Projekt erzeugen.</translation>
    </message>
    <message>
        <source>Generate subtopics of “%1”.</source>
        <translation>Unterthemen von „%1“ erzeugen.</translation>
    </message>
    <message>
        <source>The model profile that writes the topics (Tools › Providers…).</source>
        <translation>Das Modellprofil, das die Themen schreibt (Extras › Anbieter…).</translation>
    </message>
    <message>
        <source>&amp;Model profile:</source>
        <translation>&amp;Modellprofil:</translation>
    </message>
    <message>
        <source>How many subtopics to ask for under each topic.</source>
        <translation>Wie viele Unterthemen pro Thema angefragt werden.</translation>
    </message>
    <message>
        <source>&amp;Topics per level:</source>
        <translation>&amp;Themen pro Ebene:</translation>
    </message>
    <message>
        <source>1 adds one level of subtopics; more grows a whole tree, one request per topic.</source>
        <translation>1 fügt eine Ebene Unterthemen hinzu; mehr lässt einen ganzen Baum wachsen, mit einer Anfrage pro Thema.</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>&amp;Ebenen:</translation>
    </message>
    <message>
        <source>Anything the model should keep in mind when it suggests topics.</source>
        <translation>Alles, was das Modell beim Vorschlagen von Themen berücksichtigen soll.</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>Hin&amp;weise:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Er&amp;zeugen</translation>
    </message>
    <message>
        <source>Ask the model. Suggestions appear below for review before anything is added.</source>
        <translation>Das Modell fragen. Vorschläge erscheinen unten zur Prüfung, bevor etwas hinzugefügt wird.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop asking: the suggestions so far stay for review.</source>
        <translation>Nicht mehr fragen: Die bisherigen Vorschläge bleiben zur Prüfung erhalten.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Uncheck what you do not want; double-click or press F2 to rewrite a name.</source>
        <translation>Bei allem, was nicht gewünscht ist, das Häkchen entfernen; doppelklicken oder F2 drücken, um einen Namen umzuschreiben.</translation>
    </message>
    <message>
        <source>&amp;Add Checked Topics</source>
        <translation>Markierte Themen &amp;hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>This topic is already %n levels deep, the most a topic tree may have.</source>
        <translation>
            <numerusform>Dieses Thema ist bereits %n Ebene tief, das Maximum für einen Themenbaum.</numerusform>
            <numerusform>Dieses Thema ist bereits %n Ebenen tief, das Maximum für einen Themenbaum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests: too many. Ask for fewer topics per level or fewer levels.</source>
        <translation>
            <numerusform>%n Anfrage: zu viele. Weniger Themen pro Ebene oder weniger Ebenen anfragen.</numerusform>
            <numerusform>%n Anfragen: zu viele. Weniger Themen pro Ebene oder weniger Ebenen anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n request(s)</source>
        <translation>
            <numerusform>Bis zu %n Anfrage</numerusform>
            <numerusform>Bis zu %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 von %2 Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Topic(s)</source>
        <translation>
            <numerusform>%n Thema &amp;hinzufügen</numerusform>
            <numerusform>%n Themen &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Topics</source>
        <translation>Themen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Stopped. The suggestions so far are below.</source>
        <translation>Gestoppt. Die bisherigen Vorschläge stehen unten.</translation>
    </message>
    <message>
        <source>The model&apos;s answer for “%1” was not a list of topics (%2). It said: %3</source>
        <translation>Die Antwort des Modells für „%1“ war keine Themenliste (%2). Sie lautete: %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>no JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s) to review.</source>
        <translation>
            <numerusform>%n neues Thema zu prüfen.</numerusform>
            <numerusform>%n neue Themen zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a sibling already has the name.</source>
        <translation>
            <numerusform>%n Vorschlag übersprungen: Ein Geschwisterthema hat bereits diesen Namen.</numerusform>
            <numerusform>%n Vorschläge übersprungen: Ein Geschwisterthema hat bereits diesen Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some requests failed. The suggestions so far are below.</source>
        <translation>Einige Anfragen sind fehlgeschlagen. Die bisherigen Vorschläge stehen unten.</translation>
    </message>
    <message>
        <source>Optional, e.g. “for high-school students” or “practical, not historical”</source>
        <translation>Optional, z. B. „für Oberstufenschüler“ oder „praktisch, nicht historisch“</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Export::PreferenceWriter</name>
    <message>
        <source>no rejected response</source>
        <translation>keine abgelehnte Antwort</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Export::TripletWriter</name>
    <message>
        <source>no query and positive</source>
        <translation>keine Anfrage und kein Positiv</translation>
    </message>
    <message>
        <source>no hard negative</source>
        <translation>kein hartes Negativ</translation>
    </message>
    <message>
        <source>no negative</source>
        <translation>kein Negativ</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExportDialog</name>
    <message>
        <source>Export as %1</source>
        <translation>Als %1 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approved only (%Ln)</source>
        <translation>
            <numerusform>Nur &amp;freigegebene (%Ln)</numerusform>
            <numerusform>Nur &amp;freigegebene (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All that are not &amp;rejected (%Ln)</source>
        <translation>
            <numerusform>Alle nicht &amp;abgelehnten (%Ln)</numerusform>
            <numerusform>Alle nicht &amp;abgelehnten (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the &amp;system prompt</source>
        <translation>&amp;Systemprompt einbeziehen</translation>
    </message>
    <message>
        <source>Include &amp;metadata</source>
        <translation>&amp;Metadaten einbeziehen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Den Export stoppen; es wird keine Datei geschrieben</translation>
    </message>
    <message>
        <source>(checking the latest samples…)</source>
        <translation>(die neuesten Beispiele werden geprüft…)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>judged below %1 — %2</source>
        <translation>unter %1 bewertet — %2</translation>
    </message>
    <message>
        <source>duplicates — %1</source>
        <translation>Duplikate — %1</translation>
    </message>
    <message numerus="yes">
        <source>Leaves out %Ln sample(s): %1.</source>
        <translation>
            <numerusform>Lässt %Ln Beispiel aus: %1.</numerusform>
            <numerusform>Lässt %Ln Beispiele aus: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged yet (kept).</source>
        <translation>
            <numerusform>%Ln noch nicht bewertet (behalten).</numerusform>
            <numerusform>%Ln noch nicht bewertet (behalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no complete sample to export yet.</source>
        <translation>Das Projekt hat noch kein fertiges Beispiel zum Exportieren.</translation>
    </message>
    <message>
        <source>The format trainers read: each writes the samples of the kinds it takes</source>
        <translation>Das Format, das Trainer lesen: Jedes schreibt die Beispiele der Arten, die es aufnimmt</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>The complete samples a reviewer approved</source>
        <translation>Die fertigen Beispiele, die eine prüfende Person freigegeben hat</translation>
    </message>
    <message>
        <source>Every complete sample except the rejected ones; failed and unfinished samples never are exported</source>
        <translation>Jedes fertige Beispiel außer den abgelehnten; fehlgeschlagene und unfertige Beispiele werden nie exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Selected in the &amp;dataset (%Ln)</source>
        <translation>
            <numerusform>Im &amp;Datensatz ausgewählte (%Ln)</numerusform>
            <numerusform>Im &amp;Datensatz ausgewählte (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select samples in the dataset view first</source>
        <translation>Zuerst Beispiele in der Datensatzansicht auswählen</translation>
    </message>
    <message>
        <source>The complete samples selected in the dataset view</source>
        <translation>Die in der Datensatzansicht ausgewählten fertigen Beispiele</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Samples the filter r&amp;ules catch</source>
        <translation>Beispiele, die die Filter&amp;regeln erfassen</translation>
    </message>
    <message>
        <source>No filter rule is switched on (the dataset view&apos;s Quality bar)</source>
        <translation>Keine Filterregel ist eingeschaltet (Qualitätsleiste der Datensatzansicht)</translation>
    </message>
    <message>
        <source>The rules switched on in the dataset view: %1</source>
        <translation>Die in der Datensatzansicht eingeschalteten Regeln: %1</translation>
    </message>
    <message>
        <source>D&amp;uplicates (the first of each group stays)</source>
        <translation>D&amp;uplikate (das erste jeder Gruppe bleibt)</translation>
    </message>
    <message>
        <source>Exact and near copies of an earlier sample, as dedup found them</source>
        <translation>Exakte und beinahe gleiche Kopien eines früheren Beispiels, wie die Duplikatsuche sie gefunden hat</translation>
    </message>
    <message>
        <source>Samples &amp;judged below:</source>
        <translation>Beispiele mit &amp;Judge-Wertung unter:</translation>
    </message>
    <message>
        <source>A minimum judge score; samples not judged yet are kept</source>
        <translation>Die Mindestwertung durch den Judge; noch nicht bewertete Beispiele bleiben erhalten</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Starts each record with the system prompt its first answer was written under</source>
        <translation>Beginnt jeden Eintrag mit dem Systemprompt, unter dem seine erste Antwort geschrieben wurde</translation>
    </message>
    <message>
        <source>Adds a &quot;metadata&quot; object to each record (CSV: columns): topic, personas, scenario, structure, document, judge score, the run and the models that wrote it</source>
        <translation>Fügt jedem Eintrag ein „metadata“-Objekt hinzu (CSV: Spalten): Thema, Personas, Szenario, Struktur, Dokument, Judge-Wertung, den Durchlauf und die Modelle, die es geschrieben haben</translation>
    </message>
    <message>
        <source>One per rejected response</source>
        <translation>Ein Paar pro abgelehnter Antwort</translation>
    </message>
    <message>
        <source>Best against worst only</source>
        <translation>Nur beste gegen schlechteste</translation>
    </message>
    <message>
        <source>Which pairs a preference sample gives: the chosen answer against each response the judge ranked lower, or only against the lowest</source>
        <translation>Welche Paare ein Präferenzbeispiel ergibt: die gewählte Antwort gegen jede Antwort, die der Judge niedriger gereiht hat, oder nur gegen die niedrigste</translation>
    </message>
    <message>
        <source>All, hard ones first</source>
        <translation>Alle, harte zuerst</translation>
    </message>
    <message>
        <source>Hard negatives only</source>
        <translation>Nur harte Negative</translation>
    </message>
    <message>
        <source>One triplet per negative: the verified hard negatives from related chunks, and the easy ones from other documents</source>
        <translation>Ein Triplett pro Negativ: die überprüften harten Negative aus verwandten Ausschnitten und die leichten aus anderen Dokumenten</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>&amp;Paare:</translation>
    </message>
    <message>
        <source>&amp;Negatives:</source>
        <translation>&amp;Negative:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>M&amp;ischen</translation>
    </message>
    <message>
        <source>Writes the records in a random order; the same seed gives the same order</source>
        <translation>Schreibt die Einträge in zufälliger Reihenfolge; derselbe Startwert ergibt dieselbe Reihenfolge</translation>
    </message>
    <message>
        <source>S&amp;plit into train and validation:</source>
        <translation>In &amp;Training und Validierung aufteilen:</translation>
    </message>
    <message>
        <source>Draws a share of the samples at random (with the seed) into validation.jsonl; every record of a sample goes to the same file</source>
        <translation>Zieht einen Anteil der Beispiele zufällig (mit dem Startwert) in validation.jsonl; alle Einträge eines Beispiels kommen in dieselbe Datei</translation>
    </message>
    <message>
        <source> % train</source>
        <translation> % Training</translation>
    </message>
    <message>
        <source>Stratified &amp;by topic</source>
        <translation>Nach Thema &amp;geschichtet</translation>
    </message>
    <message>
        <source>Draws the validation share from each topic, so both files cover every topic</source>
        <translation>Zieht den Validierungsanteil aus jedem Thema, sodass beide Dateien jedes Thema abdecken</translation>
    </message>
    <message>
        <source>The random seed of the shuffle and the split</source>
        <translation>Der Zufallsstartwert für das Mischen und die Aufteilung</translation>
    </message>
    <message>
        <source>Write a dataset &amp;card (README.md)</source>
        <translation>Datensatz&amp;karte schreiben (README.md)</translation>
    </message>
    <message>
        <source>A README.md as the Hugging Face Hub reads it: licence, task, languages, files and splits, and how the data was made (models, settings, counts, filters)</source>
        <translation>Eine README.md, wie der Hugging Face Hub sie liest: Lizenz, Aufgabe, Sprachen, Dateien und Aufteilungen sowie wie die Daten entstanden sind (Modelle, Einstellungen, Anzahlen, Filter)</translation>
    </message>
    <message>
        <source>The licence id the Hub knows; check the terms of the models that wrote the data</source>
        <translation>Die Lizenz-ID, die der Hub kennt; die Bedingungen der Modelle prüfen, die die Daten geschrieben haben</translation>
    </message>
    <message>
        <source>The languages of the data, as ISO 639-1 codes separated by spaces or commas</source>
        <translation>Die Sprachen der Daten als ISO-639-1-Codes, durch Leerzeichen oder Kommas getrennt</translation>
    </message>
    <message>
        <source>With a split or a card, the export is a folder.</source>
        <translation>Mit Aufteilung oder Datensatzkarte ist der Export ein Ordner.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Spra&amp;chen:</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>Vorschau der ersten Einträge</translation>
    </message>
    <message>
        <source>Nothing to write with these options.</source>
        <translation>Mit diesen Optionen gibt es nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Nothing is left out but rejected, failed and unfinished samples.</source>
        <translation>Ausgelassen werden nur abgelehnte, fehlgeschlagene und unfertige Beispiele.</translation>
    </message>
    <message>
        <source>None of the selected samples is caught.</source>
        <translation>Keines der ausgewählten Beispiele wird erfasst.</translation>
    </message>
    <message>
        <source>Writes %1 from %2.</source>
        <translation>Schreibt %1 für %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln Beispiel</numerusform>
            <numerusform>%Ln Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train: %Ln sample(s), validation: %1.</source>
        <translation>
            <numerusform>Training: %Ln Beispiel, Validierung: %1.</numerusform>
            <numerusform>Training: %Ln Beispiele, Validierung: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples of kinds this format does not take are not written: %1.</source>
        <translation>Beispiele von Arten, die dieses Format nicht aufnimmt, werden nicht geschrieben: %1.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export are already in %1. Replace them?</source>
        <translation>
            <numerusform>%Ln Datei dieses Exports liegt bereits in %1. Ersetzen?</numerusform>
            <numerusform>%Ln Dateien dieses Exports liegen bereits in %1. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation>Der Export wurde abgebrochen; in %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 from %2 to %3 (%4).</source>
        <translation>%1 für %2 nach %3 geschrieben (%4).</translation>
    </message>
    <message>
        <source>Train: %1 records, validation: %2.</source>
        <translation>Training: %1 Einträge, Validierung: %2.</translation>
    </message>
    <message>
        <source>Not written: %1.</source>
        <translation>Nicht geschrieben: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: %1.</source>
        <translation>
            <numerusform>%Ln ausgelassen: %1.</numerusform>
            <numerusform>%Ln ausgelassen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ImportController</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Es kann nichts importiert werden: %1</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>JSONL datasets (*.jsonl);;All files (*)</source>
        <translation>JSONL-Datensätze (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import InstructLab Taxonomy</source>
        <translation>InstructLab-Taxonomie importieren</translation>
    </message>
    <message>
        <source>Import Auto Data Fountain Folder</source>
        <translation>Ordner von Auto Data Fountain importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad line(s). Skip them and import the rest?</source>
        <translation>
            <numerusform>%1 hat %n fehlerhafte Zeile. Überspringen und den Rest importieren?</numerusform>
            <numerusform>%1 hat %n fehlerhafte Zeilen. Überspringen und den Rest importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip and Import</source>
        <translation>Überspringen und importieren</translation>
    </message>
    <message>
        <source>Reading the taxonomy…</source>
        <translation>Die Taxonomie wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the Auto Data Fountain folder…</source>
        <translation>Der Ordner von Auto Data Fountain wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be merged into the design; nothing was changed:
%2</source>
        <translation>%1 kann nicht in den Entwurf übernommen werden; es wurde nichts geändert:
%2</translation>
    </message>
    <message>
        <source>Nothing new: the design already has everything in %1.</source>
        <translation>Nichts Neues: Der Entwurf enthält bereits alles aus %1.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Add to the design: %1?</source>
        <translation>Zum Entwurf hinzufügen: %1?</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::JudgeDialog</name>
    <message>
        <source>Judge Samples</source>
        <translation>Beispiele bewerten</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The whole &amp;sample</source>
        <translation>Das ganze &amp;Beispiel</translation>
    </message>
    <message>
        <source>Each &amp;answer (the sample scores as its worst answer)</source>
        <translation>Jede &amp;Antwort (das Beispiel erhält die Wertung seiner schlechtesten Antwort)</translation>
    </message>
    <message>
        <source>Judge &amp;again the samples this rubric already judged</source>
        <translation>Die von dieser Rubrik bereits bewerteten Beispiele &amp;erneut bewerten</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Judge:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Wertung:</translation>
    </message>
    <message>
        <source>A judge model scores each complete sample on the rubric and says why. The scores show in the dataset, which can keep only the samples above a threshold.</source>
        <translation>Ein Judge-Modell bewertet jedes fertige Beispiel nach der Rubrik und begründet es. Die Wertungen erscheinen im Datensatz, der nur die Beispiele über einer Schwelle behalten kann.</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>The project has no provider profile to judge with: add one in Tools ▸ Providers…</source>
        <translation>Das Projekt hat kein Anbieterprofil zum Bewerten: Unter Extras › Anbieter… eines hinzufügen</translation>
    </message>
    <message>
        <source>There is no sample to judge on this rubric.</source>
        <translation>Es gibt kein Beispiel, das nach dieser Rubrik zu bewerten ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) will be judged.</source>
        <translation>
            <numerusform>%n Beispiel wird bewertet.</numerusform>
            <numerusform>%n Beispiele werden bewertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::JudgeSettings</name>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>The scales a judge can score on; choose one to edit it below</source>
        <translation>Die Skalen, auf denen ein Judge bewerten kann; eine auswählen, um sie unten zu bearbeiten</translation>
    </message>
    <message>
        <source>Add R&amp;ubric</source>
        <translation>R&amp;ubrik hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rubric</source>
        <translation>Rubrik entfernen</translation>
    </message>
    <message>
        <source>A name, for example 1-10</source>
        <translation>Ein Name, zum Beispiel 1-10</translation>
    </message>
    <message>
        <source>The lowest score of the scale</source>
        <translation>Die niedrigste Wertung der Skala</translation>
    </message>
    <message>
        <source>The highest score of the scale; more than the lowest</source>
        <translation>Die höchste Wertung der Skala; mehr als die niedrigste</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>What the judge looks for, and what each score means</source>
        <translation>Worauf der Judge achtet und was jede Wertung bedeutet</translation>
    </message>
    <message>
        <source>The rubric judging uses; the dataset&apos;s score threshold is on its scale</source>
        <translation>Die Rubrik, die beim Bewerten verwendet wird; die Wertungsschwelle des Datensatzes bezieht sich auf ihre Skala</translation>
    </message>
    <message>
        <source>The provider profile that scores samples</source>
        <translation>Das Anbieterprofil, das Beispiele bewertet</translation>
    </message>
    <message>
        <source>The whole conversation</source>
        <translation>Das ganze Gespräch</translation>
    </message>
    <message>
        <source>Each assistant turn</source>
        <translation>Jeder Assistenten-Beitrag</translation>
    </message>
    <message>
        <source>Score a sample once, or each of its answers</source>
        <translation>Ein Beispiel einmal bewerten oder jede seiner Antworten</translation>
    </message>
    <message>
        <source>Rubrics:</source>
        <translation>Rubriken:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>Crite&amp;ria:</source>
        <translation>Krite&amp;rien:</translation>
    </message>
    <message>
        <source>Rubric &amp;in use:</source>
        <translation>Verwendete Rubr&amp;ik:</translation>
    </message>
    <message>
        <source>Judge pro&amp;file:</source>
        <translation>Judge-Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>&amp;Wertung:</translation>
    </message>
    <message>
        <source>Rename Rubric</source>
        <translation>Rubrik umbenennen</translation>
    </message>
    <message>
        <source>Change Rubric Scale</source>
        <translation>Skala der Rubrik ändern</translation>
    </message>
    <message>
        <source>Edit Rubric Criteria</source>
        <translation>Kriterien der Rubrik bearbeiten</translation>
    </message>
    <message>
        <source>Choose Rubric</source>
        <translation>Rubrik wählen</translation>
    </message>
    <message>
        <source>Choose Judge Profile</source>
        <translation>Judge-Profil wählen</translation>
    </message>
    <message>
        <source>Judge Each Turn</source>
        <translation>Jeden Beitrag bewerten</translation>
    </message>
    <message>
        <source>Judge Whole Conversations</source>
        <translation>Ganze Gespräche bewerten</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>The assistant&apos;s profile</source>
        <translation>Das Profil des Assistenten</translation>
    </message>
    <message>
        <source>Rubric %1</source>
        <translation>Rubrik %1</translation>
    </message>
    <message>
        <source>Score how well the answer serves the user: correct, complete, clear.</source>
        <translation>Bewerte, wie gut die Antwort dem Nutzer dient: korrekt, vollständig, klar.</translation>
    </message>
    <message>
        <source>Add Rubric</source>
        <translation>Rubrik hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::KeyField</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>N&amp;one (a local server without a key)</source>
        <translation>&amp;Keiner (ein lokaler Server ohne Schlüssel)</translation>
    </message>
    <message>
        <source>Stored in the ke&amp;ychain</source>
        <translation>Im Schlüsselbund &amp;gespeichert</translation>
    </message>
    <message>
        <source>The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) keeps the key; the project names only the account</source>
        <translation>Der Schlüsselbund des Betriebssystems (Secret Service, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung) verwahrt den Schlüssel; das Projekt nennt nur das Konto</translation>
    </message>
    <message>
        <source>From an en&amp;vironment variable</source>
        <translation>Aus einer &amp;Umgebungsvariable</translation>
    </message>
    <message>
        <source>The studio and the CLI read the key from this variable when they start</source>
        <translation>Das Studio und die CLI lesen den Schlüssel beim Start aus dieser Variable</translation>
    </message>
    <message>
        <source>The name the key is stored under in the keychain</source>
        <translation>Der Name, unter dem der Schlüssel im Schlüsselbund gespeichert ist</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Written to the keychain when you press Store (or Return); never saved in the project</source>
        <translation>Wird beim Klick auf „Speichern“ (oder mit der Eingabetaste) in den Schlüsselbund geschrieben; nie im Projekt gespeichert</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write the key to the keychain now</source>
        <translation>Den Schlüssel jetzt in den Schlüsselbund schreiben</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Type a new key in place of the stored one</source>
        <translation>Einen neuen Schlüssel anstelle des gespeicherten eingeben</translation>
    </message>
    <message>
        <source>R&amp;emove Key</source>
        <translation>Schlüssel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Delete the stored key from the keychain</source>
        <translation>Den gespeicherten Schlüssel aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>The environment variable the studio and the CLI read the key from</source>
        <translation>Die Umgebungsvariable, aus der das Studio und die CLI den Schlüssel lesen</translation>
    </message>
    <message>
        <source>Keychain account:</source>
        <translation>Schlüsselbund-Konto:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Name the keychain account first.</source>
        <translation>Zuerst das Schlüsselbund-Konto benennen.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The keychain cannot be read.</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1
Put the key in an environment variable instead (for example %2) and choose &quot;From an environment variable&quot;.</source>
        <translation>%1
Den Schlüssel stattdessen in eine Umgebungsvariable legen (zum Beispiel %2) und „Aus einer Umgebungsvariable“ wählen.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The keychain could not store the key: %1
The key was not saved anywhere. Without a keychain, set the environment variable %2 to the key before starting Dialogsmith and choose &quot;From an environment variable&quot; above.</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht speichern: %1
Der Schlüssel wurde nirgends gespeichert. Ohne Schlüsselbund vor dem Start von Dialogsmith die Umgebungsvariable %2 auf den Schlüssel setzen und oben „Aus einer Umgebungsvariable“ wählen.</translation>
    </message>
    <message>
        <source>it is not available</source>
        <translation>er ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The keychain could not remove the key: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LiveConversationsModel</name>
    <message>
        <source>(no topic)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>complete, %n message(s)</source>
        <translation>
            <numerusform>vollständig, %n Nachricht</numerusform>
            <numerusform>vollständig, %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>#%1 %2
%3 ↔ %4 · %5</source>
        <translation>#%1 %2
%3 ↔ %4 · %5</translation>
    </message>
    <message>
        <source>Conversation %1 of the run plan
Topic: %2
User: %3
Assistant: %4</source>
        <translation>Gespräch %1 des Durchlaufplans
Thema: %2
Nutzer: %3
Assistent: %4</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Grounded in: %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stopped, %1 of %2 messages</source>
        <translation>gestoppt, %1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LivePreviewPanel</name>
    <message>
        <source>No run in progress.
Conversations appear here, turn by turn, while they are being written.</source>
        <translation>Kein Durchlauf aktiv.
Gespräche erscheinen hier Beitrag für Beitrag, während sie geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The conversations being written, newest first, and the latest finished ones</source>
        <translation>Die Gespräche, die gerade geschrieben werden, neueste zuerst, und die zuletzt fertiggestellten</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <source>%1 asks, %2 answers</source>
        <translation>%1 fragt, %2 antwortet</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation>Struktur: %1</translation>
    </message>
    <message>
        <source>Grounded in %1, chunk %2</source>
        <translation>Grundlage: %1, Ausschnitt %2</translation>
    </message>
    <message>
        <source>Grounded in %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the run was cancelled; Run ▸ Start resumes it</source>
        <translation>der Durchlauf wurde abgebrochen; Ausführen ▸ Starten setzt ihn fort</translation>
    </message>
    <message>
        <source>the run reached its budget</source>
        <translation>der Durchlauf hat sein Budget erreicht</translation>
    </message>
    <message>
        <source>the run failed</source>
        <translation>der Durchlauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>der Durchlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the run ended</source>
        <translation>der Durchlauf ist beendet</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::HttpTransport</name>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS ist auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::LlmClient</name>
    <message>
        <source>there is no provider profile named &quot;%1&quot;</source>
        <translation>es gibt kein Anbieterprofil namens „%1“</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine</source>
        <translation>%1 verwendet unverschlüsseltes http zu einem anderen Rechner</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no keychain is available here</source>
        <translation>hier ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>the keychain has no key named &quot;%1&quot;</source>
        <translation>der Schlüsselbund enthält keinen Schlüssel namens „%1“</translation>
    </message>
    <message>
        <source>the profile has no endpoint</source>
        <translation>das Profil hat keinen Endpunkt</translation>
    </message>
    <message>
        <source>the answer is larger than 64 MiB</source>
        <translation>die Antwort ist größer als 64 MiB</translation>
    </message>
    <message>
        <source>the stream is larger than 64 MiB</source>
        <translation>der Stream ist größer als 64 MiB</translation>
    </message>
    <message>
        <source>a stream line is too long</source>
        <translation>eine Zeile im Stream ist zu lang</translation>
    </message>
    <message>
        <source>the server redirected to %1; set the base URL to where it points</source>
        <translation>der Server hat auf %1 umgeleitet; die Basis-URL auf dieses Ziel setzen</translation>
    </message>
    <message>
        <source>the stream closed before its last event</source>
        <translation>der Stream wurde vor seinem letzten Ereignis geschlossen</translation>
    </message>
    <message>
        <source>the server asked to wait %1 s before retrying</source>
        <translation>der Server hat gebeten, vor einem erneuten Versuch %1 s zu warten</translation>
    </message>
    <message>
        <source>no content for %1 ms</source>
        <translation>%1 ms lang kein Inhalt</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>Eine neue Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the changes to the project</source>
        <translation>Die Änderungen am Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name and continue there</source>
        <translation>Das Projekt unter einem neuen Namen speichern und dort weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Dialogsmith</source>
        <translation>Dialogsmith beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the current view</source>
        <translation>Die aktuelle Ansicht durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start generating with the project&apos;s run settings</source>
        <translation>Erzeugung mit den Durchlauf-Einstellungen des Projekts starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the run after the turns in flight</source>
        <translation>Den Durchlauf anhalten, sobald die laufenden Beiträge fertig sind</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run now; completed turns are kept</source>
        <translation>Den Durchlauf sofort beenden; fertige Beiträge bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Anbieter…</translation>
    </message>
    <message>
        <source>Set up the teacher models of this project</source>
        <translation>Die Lehrermodelle dieses Projekts einrichten</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language and other settings of the studio</source>
        <translation>Sprache und weitere Einstellungen des Studios</translation>
    </message>
    <message>
        <source>&amp;About Dialogsmith</source>
        <translation>Über &amp;Dialogsmith</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Live Preview</source>
        <translation>Live-Vorschau</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Dialogsmith projects (*.%1)</source>
        <translation>Dialogsmith-Projekte (*.%1)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Opened %1 read-only: the file cannot be written</source>
        <translation>%1 schreibgeschützt geöffnet: Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to the design of &quot;%1&quot;?</source>
        <translation>Die Änderungen am Entwurf von „%1“ speichern?</translation>
    </message>
    <message>
        <source>A run is in progress in this project. Cancel it first (Run ▸ Cancel).</source>
        <translation>In diesem Projekt ist ein Durchlauf aktiv. Zuerst den Durchlauf abbrechen (Ausführen ▸ Abbrechen).</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the paused run</source>
        <translation>Den pausierten Durchlauf fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Judge Samples…</source>
        <translation>Beispiele &amp;bewerten…</translation>
    </message>
    <message>
        <source>Score the project&apos;s samples on a rubric with a judge model</source>
        <translation>Die Beispiele des Projekts mit einem Judge-Modell nach einer Rubrik bewerten</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>&amp;Abdeckung</translation>
    </message>
    <message>
        <source>How the samples spread over topics, personas and the other factors, planned versus made</source>
        <translation>Wie sich die Beispiele auf Themen, Personas und die anderen Faktoren verteilen, geplant gegenüber erzeugt</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplikate…</translation>
    </message>
    <message>
        <source>Groups of exact and near duplicate samples, and which of them to keep</source>
        <translation>Gruppen exakter und beinahe gleicher Beispiele und welche davon behalten werden</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Dataset (JSONL)…</source>
        <translation>&amp;Datensatz (JSONL)…</translation>
    </message>
    <message>
        <source>Add the records of an openai, sharegpt or alpaca JSONL file as samples</source>
        <translation>Die Einträge einer JSONL-Datei im Format openai, sharegpt oder alpaca als Beispiele hinzufügen</translation>
    </message>
    <message>
        <source>&amp;InstructLab Taxonomy…</source>
        <translation>&amp;InstructLab-Taxonomie…</translation>
    </message>
    <message>
        <source>Add the seeds, topics and documents of a folder of qna.yaml files to the design</source>
        <translation>Die Seed-Anweisungen, Themen und Dokumente eines Ordners mit qna.yaml-Dateien zum Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Auto Data Fountain Folder…</source>
        <translation>Ordner von &amp;Auto Data Fountain…</translation>
    </message>
    <message>
        <source>Add the roles, prompts, directions and diagram of setup.yaml and diagram.mermaid to the design</source>
        <translation>Die Rollen, Prompts, Richtungen und das Diagramm aus setup.yaml und diagram.mermaid zum Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModeSettingsBox</name>
    <message>
        <source>Add constraints</source>
        <translation>Bedingungen hinzufügen</translation>
    </message>
    <message>
        <source>Deepen</source>
        <translation>Vertiefen</translation>
    </message>
    <message>
        <source>Concretise</source>
        <translation>Konkretisieren</translation>
    </message>
    <message>
        <source>Require more reasoning</source>
        <translation>Mehr Schlussfolgern verlangen</translation>
    </message>
    <message>
        <source>Breadth (a new instruction)</source>
        <translation>Breite (eine neue Anweisung)</translation>
    </message>
    <message>
        <source>Example instructions the generated ones are modelled on. Double-click or F2 to edit; Insert adds one, Delete removes the selected, Ctrl+V pastes one per line.</source>
        <translation>Beispielanweisungen, nach deren Vorbild die erzeugten gestaltet werden. Doppelklick oder F2 zum Bearbeiten; Einfg fügt eine hinzu, Entf entfernt die ausgewählten, Strg+V fügt eine pro Zeile ein.</translation>
    </message>
    <message>
        <source>No seed instructions yet: add some, or paste several lines at once.</source>
        <translation>Noch keine Seed-Anweisungen: welche hinzufügen oder mehrere Zeilen auf einmal einfügen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a seed instruction (Insert)</source>
        <translation>Eine Seed-Anweisung hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected seed instructions (Delete)</source>
        <translation>Die ausgewählten Seed-Anweisungen entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Paste Lines</source>
        <translation>Zeilen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add every non-empty line of the clipboard as a seed instruction (Ctrl+V in the list)</source>
        <translation>Jede nicht leere Zeile der Zwischenablage als Seed-Anweisung hinzufügen (Strg+V in der Liste)</translation>
    </message>
    <message>
        <source>How many seed instructions each request shows the model</source>
        <translation>Wie viele Seed-Anweisungen jede Anfrage dem Modell zeigt</translation>
    </message>
    <message>
        <source>Seeds &amp;per request:</source>
        <translation>Seeds &amp;pro Anfrage:</translation>
    </message>
    <message>
        <source>Seed instructions:</source>
        <translation>Seed-Anweisungen:</translation>
    </message>
    <message>
        <source>Change Seeds per Request</source>
        <translation>Seeds pro Anfrage ändern</translation>
    </message>
    <message>
        <source>Evolve in Direction %1</source>
        <translation>In Richtung %1 weiterentwickeln</translation>
    </message>
    <message>
        <source>Do Not Evolve in Direction %1</source>
        <translation>Nicht in Richtung %1 weiterentwickeln</translation>
    </message>
    <message>
        <source>How many times in a row each instruction is evolved; every generation is a sample</source>
        <translation>Wie oft nacheinander jede Anweisung weiterentwickelt wird; jede Generation ist ein Beispiel</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>Richtungen:</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>&amp;Generationen:</translation>
    </message>
    <message>
        <source>Change Generations</source>
        <translation>Generationen ändern</translation>
    </message>
    <message>
        <source>Check each answer&apos;s &amp;faithfulness to its chunk</source>
        <translation>Die &amp;Treue jeder Antwort zu ihrem Ausschnitt prüfen</translation>
    </message>
    <message>
        <source>A judge reads the chunk and the answer; an unfaithful answer is dropped with the judge&apos;s reason</source>
        <translation>Ein Judge liest den Ausschnitt und die Antwort; eine untreue Antwort wird mit der Begründung des Judges verworfen</translation>
    </message>
    <message>
        <source>Check Faithfulness</source>
        <translation>Treue prüfen</translation>
    </message>
    <message>
        <source>Do Not Check Faithfulness</source>
        <translation>Treue nicht prüfen</translation>
    </message>
    <message>
        <source>Prompts it writes</source>
        <translation>Selbst geschriebene Prompts</translation>
    </message>
    <message>
        <source>Prompts written as the instruction mode writes them, from the seed instructions; every response is new</source>
        <translation>Prompts, wie der Anweisungsmodus sie aus den Beispielanweisungen schreibt; jede Antwort ist neu</translation>
    </message>
    <message>
        <source>The assistant turns of the project&apos;s conversations</source>
        <translation>Die Assistenten-Beiträge der Gespräche des Projekts</translation>
    </message>
    <message>
        <source>Each assistant turn of the project&apos;s conversations is answered again; its own answer is one of the responses</source>
        <translation>Jeder Assistenten-Beitrag der Gespräche des Projekts wird neu beantwortet; seine eigene Antwort ist eine der Antworten</translation>
    </message>
    <message>
        <source>What the responses answer. From conversations, each assistant turn of the project&apos;s complete, not rejected conversation-mode samples is a prompt (the conversation up to that turn) and its own answer is one of the responses, so responses − 1 new answers are asked for. Turns that have a preference pair already are skipped; the run&apos;s count is the most samples it makes. The seed instructions are not used.</source>
        <translation>Worauf die Antworten antworten. Aus Gesprächen ist jeder Assistenten-Beitrag der abgeschlossenen, nicht abgelehnten Gesprächsbeispiele ein Prompt (das Gespräch bis zu diesem Beitrag), und seine eigene Antwort ist eine der Antworten, daher werden Antworten − 1 neue Antworten angefordert. Beiträge, die schon ein Präferenzpaar haben, werden übersprungen; die Anzahl des Laufs ist die Höchstzahl der Beispiele. Die Beispielanweisungen werden nicht verwendet.</translation>
    </message>
    <message>
        <source>The seed instructions are not used: each prompt is one of the project&apos;s conversations up to an assistant turn, and that turn&apos;s answer is one of the responses.</source>
        <translation>Die Beispielanweisungen werden nicht verwendet: Jeder Prompt ist eines der Gespräche des Projekts bis zu einem Assistenten-Beitrag, und dessen Antwort ist eine der Antworten.</translation>
    </message>
    <message>
        <source>Responses per prompt for the judge to rank, at least two; from conversations, the turn&apos;s own answer is one of them</source>
        <translation>Antworten pro Prompt, die der Richter reiht, mindestens zwei; aus Gesprächen ist die eigene Antwort des Beitrags eine davon</translation>
    </message>
    <message>
        <source>Who writes the responses, in turn; none ticked: the assistant profile</source>
        <translation>Wer die Antworten der Reihe nach schreibt; keines angehakt: das Assistentenprofil</translation>
    </message>
    <message>
        <source>The temperature of response %1</source>
        <translation>Die Temperatur von Antwort %1</translation>
    </message>
    <message>
        <source>Change Response Temperature</source>
        <translation>Antworttemperatur ändern</translation>
    </message>
    <message>
        <source>Prompts &amp;from:</source>
        <translation>Prompts &amp;aus:</translation>
    </message>
    <message>
        <source>&amp;Responses:</source>
        <translation>&amp;Antworten:</translation>
    </message>
    <message>
        <source>Response profiles:</source>
        <translation>Antwortprofile:</translation>
    </message>
    <message>
        <source>Temperatures:</source>
        <translation>Temperaturen:</translation>
    </message>
    <message>
        <source>Answer the Project&apos;s Conversations</source>
        <translation>Die Gespräche des Projekts beantworten</translation>
    </message>
    <message>
        <source>Answer Prompts It Writes</source>
        <translation>Selbst geschriebene Prompts beantworten</translation>
    </message>
    <message>
        <source>Change Responses</source>
        <translation>Antworten ändern</translation>
    </message>
    <message>
        <source>Choose Response Profiles</source>
        <translation>Antwortprofile wählen</translation>
    </message>
    <message>
        <source>Search queries asked for each chunk; each becomes the anchor of one triplet</source>
        <translation>Suchanfragen, die für jeden Ausschnitt gestellt werden; jede wird zum Anker eines Tripletts</translation>
    </message>
    <message>
        <source>Per query: chunks of other passages that BM25 ranks high but that do not answer it</source>
        <translation>Pro Anfrage: Ausschnitte anderer Passagen, die BM25 hoch einstuft, die sie aber nicht beantworten</translation>
    </message>
    <message>
        <source>Per query: random chunks of other documents</source>
        <translation>Pro Anfrage: zufällige Ausschnitte anderer Dokumente</translation>
    </message>
    <message>
        <source>A judge &amp;verifies each hard negative</source>
        <translation>Ein Judge &amp;überprüft jedes harte Negativ</translation>
    </message>
    <message>
        <source>A candidate that answers the query after all is not used as a negative</source>
        <translation>Ein Kandidat, der die Anfrage doch beantwortet, wird nicht als Negativ verwendet</translation>
    </message>
    <message>
        <source>&amp;Queries per chunk:</source>
        <translation>&amp;Anfragen pro Ausschnitt:</translation>
    </message>
    <message>
        <source>&amp;Hard negatives:</source>
        <translation>&amp;Harte Negative:</translation>
    </message>
    <message>
        <source>&amp;Easy negatives:</source>
        <translation>&amp;Leichte Negative:</translation>
    </message>
    <message>
        <source>Change Queries per Chunk</source>
        <translation>Anfragen pro Ausschnitt ändern</translation>
    </message>
    <message>
        <source>Change Hard Negatives</source>
        <translation>Harte Negative ändern</translation>
    </message>
    <message>
        <source>Change Easy Negatives</source>
        <translation>Leichte Negative ändern</translation>
    </message>
    <message>
        <source>Verify Hard Negatives</source>
        <translation>Harte Negative überprüfen</translation>
    </message>
    <message>
        <source>Do Not Verify Hard Negatives</source>
        <translation>Harte Negative nicht überprüfen</translation>
    </message>
    <message>
        <source>The profile that ranks responses, checks faithfulness and verifies negatives</source>
        <translation>Das Profil, das Antworten reiht, Treue prüft und Negative überprüft</translation>
    </message>
    <message>
        <source>&amp;Judge profile:</source>
        <translation>&amp;Judge-Profil:</translation>
    </message>
    <message>
        <source>Choose Judge Profile</source>
        <translation>Judge-Profil wählen</translation>
    </message>
    <message>
        <source>The assistant&apos;s profile</source>
        <translation>Das Profil des Assistenten</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Remove Seed Instruction</source>
        <translation>Seed-Anweisung entfernen</translation>
    </message>
    <message>
        <source>Add Seed Instruction</source>
        <translation>Seed-Anweisung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Seed Instruction</source>
        <translation>Seed-Anweisung bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Seed Instruction(s)</source>
        <translation>
            <numerusform>%n Seed-Anweisung entfernen</numerusform>
            <numerusform>%n Seed-Anweisungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Seed Instruction(s)</source>
        <translation>
            <numerusform>%n Seed-Anweisung einfügen</numerusform>
            <numerusform>%n Seed-Anweisungen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModelField</name>
    <message>
        <source>Type a model name or list the server&apos;s models</source>
        <translation>Einen Modellnamen eingeben oder die Modelle des Servers auflisten lassen</translation>
    </message>
    <message>
        <source>The model the server runs for this profile, exactly as the server names it</source>
        <translation>Das Modell, das der Server für dieses Profil ausführt, genau so benannt wie vom Server</translation>
    </message>
    <message>
        <source>&amp;List Models</source>
        <translation>Modelle auf&amp;listen</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>Den Server fragen, welche Modelle er anbietet</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be listed: %1</source>
        <translation>Die Modelle des Servers konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s): pick one from the list.</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an: Es aus der Liste wählen.</numerusform>
            <numerusform>Der Server bietet %n Modelle an: Eines aus der Liste wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModelRequest</name>
    <message>
        <source>This project has no model profile yet. Add one in Tools › Providers…, then try again.</source>
        <translation>Dieses Projekt hat noch kein Modellprofil. Unter Extras › Anbieter… eines hinzufügen und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The model could not be asked. Check the profile in Tools › Providers… and try again.</source>
        <translation>Das Modell konnte nicht gefragt werden. Das Profil unter Extras › Anbieter… prüfen und es erneut versuchen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PasteDocumentDialog</name>
    <message>
        <source>Paste as Document</source>
        <translation>Als Dokument einfügen</translation>
    </message>
    <message>
        <source>A title for the document</source>
        <translation>Ein Titel für das Dokument</translation>
    </message>
    <message>
        <source>Paste or type the document&apos;s text here.</source>
        <translation>Den Text des Dokuments hier einfügen oder eingeben.</translation>
    </message>
    <message>
        <source>Add Document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PersonaEditor</name>
    <message>
        <source>All personas</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>Show the personas of one side only</source>
        <translation>Nur die Personas einer Seite anzeigen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>e.g. Mia, Dr. Okafor</source>
        <translation>z. B. Mia, Dr. Okafor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>User: asks the questions</source>
        <translation>Nutzer: stellt die Fragen</translation>
    </message>
    <message>
        <source>Assistant: answers them</source>
        <translation>Assistent: beantwortet sie</translation>
    </message>
    <message>
        <source>Each conversation draws one user persona and one assistant persona.</source>
        <translation>Jedes Gespräch zieht eine Nutzer-Persona und eine Assistenten-Persona.</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Who this is, in a sentence or two: background, age, situation</source>
        <translation>Wer das ist, in ein, zwei Sätzen: Hintergrund, Alter, Situation</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>student of the tutor</source>
        <translation>Schüler der Nachhilfelehrkraft</translation>
    </message>
    <message>
        <source>customer of the support agent</source>
        <translation>Kunde des Kundendienstes</translation>
    </message>
    <message>
        <source>patient of the doctor</source>
        <translation>Patient des Arztes</translation>
    </message>
    <message>
        <source>client of the counsellor</source>
        <translation>Klient des Beraters</translation>
    </message>
    <message>
        <source>new employee and their mentor</source>
        <translation>neuer Mitarbeiter und sein Mentor</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>journalist interviewing an expert</source>
        <translation>Journalist, der eine Fachperson interviewt</translation>
    </message>
    <message>
        <source>curious stranger</source>
        <translation>neugierige fremde Person</translation>
    </message>
    <message>
        <source>How the two speakers relate</source>
        <translation>Wie die beiden Sprechenden zueinander stehen</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>Bez&amp;iehung:</translation>
    </message>
    <message>
        <source>curious</source>
        <translation>neugierig</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>cheerful</source>
        <translation>fröhlich</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>selbstsicher</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>verwirrt</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <source>impatient</source>
        <translation>ungeduldig</translation>
    </message>
    <message>
        <source>sceptical</source>
        <translation>skeptisch</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>geduldig</translation>
    </message>
    <message>
        <source>encouraging</source>
        <translation>ermutigend</translation>
    </message>
    <message>
        <source>How they feel during the conversation</source>
        <translation>Wie sie sich während des Gesprächs fühlen</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>S&amp;timmung:</translation>
    </message>
    <message>
        <source>knows nothing about the subject</source>
        <translation>weiß nichts über das Thema</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>Anfänger</translation>
    </message>
    <message>
        <source>high-school level</source>
        <translation>Oberstufenniveau</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>mittleres Niveau</translation>
    </message>
    <message>
        <source>university level</source>
        <translation>Hochschulniveau</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>fortgeschritten</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>What they know about the topic</source>
        <translation>Was sie über das Thema wissen</translation>
    </message>
    <message>
        <source>&amp;Knowledge level:</source>
        <translation>&amp;Wissensstand:</translation>
    </message>
    <message>
        <source>e.g. pass tomorrow&apos;s exam, fix the printer, understand the diagnosis</source>
        <translation>z. B. morgen die Prüfung bestehen, den Drucker reparieren, die Diagnose verstehen</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>e.g. short questions, informal, many typos; precise and formal</source>
        <translation>z. B. kurze Fragen, locker, viele Tippfehler; präzise und förmlich</translation>
    </message>
    <message>
        <source>Speaking s&amp;tyle:</source>
        <translation>S&amp;prechstil:</translation>
    </message>
    <message>
        <source>The language they speak</source>
        <translation>Die Sprache, die sie sprechen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>How often this persona is drawn compared with the others of its side: weight 2 is drawn twice as often as weight 1; 0 never.</source>
        <translation>Wie oft diese Persona im Vergleich zu den anderen ihrer Seite gezogen wird: Gewicht 2 wird doppelt so oft gezogen wie Gewicht 1; 0 nie.</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Select a persona to edit it.</source>
        <translation>Eine Persona auswählen, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>Persona &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Eine Persona hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected persona</source>
        <translation>Eine Kopie der ausgewählten Persona hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Die ausgewählte Persona löschen</translation>
    </message>
    <message>
        <source>&amp;Suggest Personas…</source>
        <translation>Personas &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Let a model suggest personas, for review before they are added</source>
        <translation>Ein Modell Personas vorschlagen lassen, zur Prüfung, bevor sie hinzugefügt werden</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Change Persona Side</source>
        <translation>Seite der Persona ändern</translation>
    </message>
    <message>
        <source>Edit Persona Description</source>
        <translation>Beschreibung der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Edit Persona Relationship</source>
        <translation>Beziehung der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Edit Persona Mood</source>
        <translation>Stimmung der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Edit Persona Knowledge Level</source>
        <translation>Wissensstand der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Edit Persona Language</source>
        <translation>Sprache der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Edit Persona Goal</source>
        <translation>Ziel der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Edit Persona Speaking Style</source>
        <translation>Sprechstil der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Change Persona Weight</source>
        <translation>Gewicht der Persona ändern</translation>
    </message>
    <message>
        <source>No personas yet.

Add one (Insert) or let a model suggest some (Ctrl+E). A run needs at least one user and one assistant persona.</source>
        <translation>Noch keine Personas.

Eine hinzufügen (Einfg) oder ein Modell welche vorschlagen lassen (Strg+E). Ein Durchlauf braucht mindestens eine Nutzer- und eine Assistenten-Persona.</translation>
    </message>
    <message>
        <source>No persona of this side.</source>
        <translation>Keine Persona auf dieser Seite.</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate Persona</source>
        <translation>Persona duplizieren</translation>
    </message>
    <message>
        <source>Delete Persona “%1”</source>
        <translation>Persona „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Suggested Persona(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Persona hinzufügen</numerusform>
            <numerusform>%n vorgeschlagene Personas hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PersonaListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Plays the user: the simulator asks its questions.</source>
        <translation>Spielt den Nutzer: Der Simulator stellt seine Fragen.</translation>
    </message>
    <message>
        <source>Plays the assistant: answers the user.</source>
        <translation>Spielt den Assistenten: antwortet dem Nutzer.</translation>
    </message>
    <message>
        <source>How often this persona is drawn compared with the others of its side.</source>
        <translation>Wie oft diese Persona im Vergleich zu den anderen ihrer Seite gezogen wird.</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Change Persona Weight</source>
        <translation>Gewicht der Persona ändern</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Dialogsmith starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Dialogsmith wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProfileForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>e.g. teacher, local-llama</source>
        <translation>z. B. teacher, local-llama</translation>
    </message>
    <message>
        <source>The profile&apos;s name, as the run settings refer to it</source>
        <translation>Der Name des Profils, unter dem die Durchlauf-Einstellungen darauf verweisen</translation>
    </message>
    <message>
        <source>The kind of server: it decides how requests are written</source>
        <translation>Die Art des Servers: Sie bestimmt, wie Anfragen geschrieben werden</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (llama.cpp, vLLM, Ollama, …)</source>
        <translation>OpenAI-kompatibler Server (llama.cpp, vLLM, Ollama, …)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>The server&apos;s address, used exactly as written (OpenAI-compatible: up to and including /v1)</source>
        <translation>Die Adresse des Servers, genau so verwendet wie eingegeben (OpenAI-kompatibel: bis einschließlich /v1)</translation>
    </message>
    <message>
        <source>Further servers of the same model, separated by spaces (optional)</source>
        <translation>Weitere Server mit demselben Modell, durch Leerzeichen getrennt (optional)</translation>
    </message>
    <message>
        <source>Calls are spread over all servers and fail over between them</source>
        <translation>Aufrufe werden auf alle Server verteilt und weichen bei Ausfällen aufeinander aus</translation>
    </message>
    <message>
        <source>Allow sending the key over plain http to other hosts than this computer</source>
        <translation>Senden des Schlüssels über unverschlüsseltes http an andere Hosts als diesen Computer erlauben</translation>
    </message>
    <message>
        <source>Only on a network you trust: anyone on the way can read a key sent over http</source>
        <translation>Nur in einem vertrauenswürdigen Netzwerk: Jeder auf dem Übertragungsweg kann einen über http gesendeten Schlüssel mitlesen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>More ser&amp;vers:</source>
        <translation>&amp;Weitere Server:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Requests in flight at once, over all servers</source>
        <translation>Gleichzeitig laufende Anfragen, über alle Server</translation>
    </message>
    <message>
        <source>Requests started per minute, over all servers</source>
        <translation>Pro Minute gestartete Anfragen, über alle Server</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Output is counted as max tokens up front</source>
        <translation>Die Ausgabe wird vorab mit der maximalen Tokenzahl angerechnet</translation>
    </message>
    <message>
        <source>Tries per request, the first included; 429s and server errors are retried</source>
        <translation>Versuche pro Anfrage, der erste eingeschlossen; 429er und Serverfehler werden wiederholt</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer</source>
        <translation>Wie lange auf das erste Byte einer Antwort gewartet wird</translation>
    </message>
    <message>
        <source>A stream that sends nothing for this long is dropped and retried</source>
        <translation>Ein Stream, der so lange nichts sendet, wird abgebrochen und wiederholt</translation>
    </message>
    <message>
        <source>Concurrent requests:</source>
        <translation>Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>Anfragen pro Minute:</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>Tokens pro Minute:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>First byte timeout:</source>
        <translation>Zeitlimit erstes Byte:</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Zeitlimit bei Leerlauf:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Per million tokens of the prompt</source>
        <translation>Pro Million Tokens des Prompts</translation>
    </message>
    <message>
        <source>Per million tokens the model writes</source>
        <translation>Pro Million Tokens, die das Modell schreibt</translation>
    </message>
    <message>
        <source>Per million prompt tokens the server had cached (often cheaper)</source>
        <translation>Pro Million Prompt-Tokens, die der Server im Cache hatte (oft günstiger)</translation>
    </message>
    <message>
        <source>Per million prompt tokens written to the server&apos;s cache (Anthropic)</source>
        <translation>Pro Million Prompt-Tokens, die in den Cache des Servers geschrieben werden (Anthropic)</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Cached input:</source>
        <translation>Gecachte Eingabe:</translation>
    </message>
    <message>
        <source>Cache write:</source>
        <translation>Cache-Schreiben:</translation>
    </message>
    <message>
        <source>US dollars per million tokens, once the profile names a model</source>
        <translation>US-Dollar pro Million Tokens, sobald das Profil ein Modell nennt</translation>
    </message>
    <message>
        <source>US dollars per million tokens of %1, for cost estimates and budgets</source>
        <translation>US-Dollar pro Million Tokens von %1, für Kostenschätzungen und Budgets</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProjectNavigator</name>
    <message>
        <source>No project is open.
Create one with File ▸ New or open one with File ▸ Open.</source>
        <translation>Kein Projekt geöffnet.
Ein Projekt mit Datei ▸ Neu anlegen oder mit Datei ▸ Öffnen öffnen.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Click a part of the project to open its editor</source>
        <translation>Auf einen Teil des Projekts klicken, um seinen Editor zu öffnen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProjectSession</name>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>die Datei %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The project&apos;s provider profiles: each is a model on a server</source>
        <translation>Die Anbieterprofile des Projekts: jedes ein Modell auf einem Server</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile (Ctrl+N)</source>
        <translation>Ein Profil hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected profile (its stored key stays in the keychain)</source>
        <translation>Das ausgewählte Profil entfernen (sein gespeicherter Schlüssel bleibt im Schlüsselbund)</translation>
    </message>
    <message>
        <source>No provider profile yet.
Add one to say which model writes the conversations: a local OpenAI-compatible server, OpenAI, Anthropic or Gemini.</source>
        <translation>Noch kein Anbieterprofil.
Eines hinzufügen, um festzulegen, welches Modell die Gespräche schreibt: ein lokaler OpenAI-kompatibler Server, OpenAI, Anthropic oder Gemini.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: the key needs a keychain account or an environment variable.</source>
        <translation>%1: Der Schlüssel braucht ein Schlüsselbund-Konto oder eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Edit Providers</source>
        <translation>Anbieter bearbeiten</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>Eine Kopie des ausgewählten Profils hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::QualityBar</name>
    <message>
        <source>Leaves out samples with a refusal or AI boilerplate (&quot;As an AI language model&quot;, &quot;I&apos;m sorry, but I can&apos;t assist&quot;), in English, German, Indonesian and Chinese</source>
        <translation>Lässt Beispiele mit einer Ablehnung oder KI-Floskel aus („As an AI language model“, „I&apos;m sorry, but I can&apos;t assist“), auf Englisch, Deutsch, Indonesisch und Chinesisch</translation>
    </message>
    <message>
        <source>Filter Refusals</source>
        <translation>Ablehnungen filtern</translation>
    </message>
    <message>
        <source>Keep Refusals</source>
        <translation>Ablehnungen behalten</translation>
    </message>
    <message>
        <source>Leaves out samples with an empty message or one the model stopped at its token limit</source>
        <translation>Lässt Beispiele mit einer leeren Nachricht aus oder mit einer, die das Modell am Token-Limit beendet hat</translation>
    </message>
    <message>
        <source>Filter Truncated Samples</source>
        <translation>Abgeschnittene Beispiele filtern</translation>
    </message>
    <message>
        <source>Keep Truncated Samples</source>
        <translation>Abgeschnittene Beispiele behalten</translation>
    </message>
    <message>
        <source>Leaves out samples with a message in another language than the user persona&apos;s (or, when the persona names none, the language given here). Only messages long enough for a sure detection count.</source>
        <translation>Lässt Beispiele mit einer Nachricht in einer anderen Sprache als der der Nutzer-Persona aus (oder, wenn die Persona keine nennt, der hier angegebenen Sprache). Nur Nachrichten, die lang genug für eine sichere Erkennung sind, zählen.</translation>
    </message>
    <message>
        <source>Filter Wrong Language</source>
        <translation>Falsche Sprache filtern</translation>
    </message>
    <message>
        <source>Keep Wrong Language</source>
        <translation>Falsche Sprache behalten</translation>
    </message>
    <message>
        <source>Leaves out samples whose shortest message has fewer characters than this</source>
        <translation>Lässt Beispiele aus, deren kürzeste Nachricht weniger Zeichen hat als dies</translation>
    </message>
    <message>
        <source>Filter Short Samples</source>
        <translation>Kurze Beispiele filtern</translation>
    </message>
    <message>
        <source>Keep Short Samples</source>
        <translation>Kurze Beispiele behalten</translation>
    </message>
    <message>
        <source>Leaves out samples whose longest message has more characters than this</source>
        <translation>Lässt Beispiele aus, deren längste Nachricht mehr Zeichen hat als dies</translation>
    </message>
    <message>
        <source>Filter Long Samples</source>
        <translation>Lange Beispiele filtern</translation>
    </message>
    <message>
        <source>Keep Long Samples</source>
        <translation>Lange Beispiele behalten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The expected language when the user persona names none, for example German</source>
        <translation>Die erwartete Sprache, wenn die Nutzer-Persona keine nennt, zum Beispiel Deutsch</translation>
    </message>
    <message>
        <source>Change Expected Language</source>
        <translation>Erwartete Sprache ändern</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Change Length Limit</source>
        <translation>Längengrenze ändern</translation>
    </message>
    <message>
        <source>&lt; </source>
        <translation>&lt; </translation>
    </message>
    <message>
        <source>&gt; </source>
        <translation>&gt; </translation>
    </message>
    <message>
        <source>Judge score ≥ </source>
        <translation>Judge-Wertung ≥ </translation>
    </message>
    <message>
        <source>No judge threshold</source>
        <translation>Keine Judge-Schwelle</translation>
    </message>
    <message>
        <source>Leaves out samples the judge scored below this, on the scale of the rubric judging uses. Samples not judged yet are kept.</source>
        <translation>Lässt Beispiele aus, die der Judge darunter bewertet hat, auf der Skala der beim Bewerten verwendeten Rubrik. Noch nicht bewertete Beispiele bleiben erhalten.</translation>
    </message>
    <message>
        <source>Change Judge Threshold</source>
        <translation>Judge-Schwelle ändern</translation>
    </message>
    <message>
        <source>Exact and near duplicates of an earlier sample: hidden (the first of each group stays, and only it is exported), or listed right after the sample they repeat</source>
        <translation>Exakte und Beinahe-Duplikate eines früheren Beispiels: ausgeblendet (das erste jeder Gruppe bleibt, und nur es wird exportiert) oder direkt nach dem Beispiel aufgeführt, das sie wiederholen</translation>
    </message>
    <message>
        <source>Hide Duplicates</source>
        <translation>Duplikate ausblenden</translation>
    </message>
    <message>
        <source>Keep Duplicates</source>
        <translation>Duplikate behalten</translation>
    </message>
    <message>
        <source>Lists the samples the quality settings leave out too, greyed, with what caught them in the Quality column</source>
        <translation>Führt auch die Beispiele auf, die die Qualitätseinstellungen auslassen, ausgegraut, mit dem Grund in der Spalte Qualität</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <source>Leaves out samples the judge scored below this, on the scale of the rubric &quot;%1&quot; (%2 to %3). Samples not judged yet are kept.</source>
        <translation>Lässt Beispiele aus, die der Judge darunter bewertet hat, auf der Skala der Rubrik „%1“ (%2 bis %3). Noch nicht bewertete Beispiele bleiben erhalten.</translation>
    </message>
    <message>
        <source>Checking samples… %1 of %2</source>
        <translation>Beispiele werden geprüft… %1 von %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refusals and boilerplate</source>
        <translation>Ablehnungen und Floskeln</translation>
    </message>
    <message>
        <source>Empty or truncated</source>
        <translation>Leer oder abgeschnitten</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Falsche Sprache</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message numerus="yes">
        <source>%1 below, %Ln not judged (kept)</source>
        <translation>
            <numerusform>%1 darunter, %Ln nicht bewertet (behalten)</numerusform>
            <numerusform>%1 darunter, %Ln nicht bewertet (behalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged</source>
        <translation>
            <numerusform>%Ln nicht bewertet</numerusform>
            <numerusform>%Ln nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide duplicates (keep the first) — %1</source>
        <translation>Duplikate ausblenden (das erste behalten) — %1</translation>
    </message>
    <message>
        <source>Group duplicates — %1</source>
        <translation>Duplikate gruppieren — %1</translation>
    </message>
    <message>
        <source>Duplicates in place — %1</source>
        <translation>Duplikate an Ort und Stelle — %1</translation>
    </message>
    <message>
        <source>Show removed (%1)</source>
        <translation>Entfernte anzeigen (%1)</translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation>Entfernte anzeigen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ReviewPanel</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Edited, not reviewed yet</source>
        <translation>Bearbeitet, noch nicht geprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve this conversation for export (A)</source>
        <translation>Dieses Gespräch für den Export freigeben (A)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reject this conversation: it is left out of every export (R)</source>
        <translation>Dieses Gespräch ablehnen: Es wird bei jedem Export ausgelassen (R)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Keys 1 to 5 rate, 0 clears the rating</source>
        <translation>Die Tasten 1 bis 5 bewerten, 0 entfernt die Bewertung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on this conversation: what is good, what to fix…</source>
        <translation>Notizen zu diesem Gespräch: was gut ist, was zu korrigieren ist…</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>Entnommen aus</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Judge score</source>
        <translation>Judge-Wertung</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Open the original (conversation %1)</source>
        <translation>Original öffnen (Gespräch %1)</translation>
    </message>
    <message>
        <source>Kept as you type; Edit ▸ Undo takes a change back (N puts the cursor here)</source>
        <translation>Wird während der Eingabe übernommen; Bearbeiten ▸ Rückgängig nimmt eine Änderung zurück (N setzt den Cursor hierher)</translation>
    </message>
    <message>
        <source>Keys: A approve · R reject · 1–5 rate · N notes · J / K next and previous</source>
        <translation>Tasten: A freigeben · R ablehnen · 1–5 bewerten · N Notizen · J / K nächstes und vorheriges</translation>
    </message>
    <message>
        <source>Rate %1 of 5 (key %1); click the current rating again to clear it</source>
        <translation>Mit %1 von 5 bewerten (Taste %1); die aktuelle Bewertung erneut anklicken, um sie zu entfernen</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>The document chunks this conversation drew on: click one to see it, with the passages its messages share marked</source>
        <translation>Die Dokumentausschnitte, auf die sich dieses Gespräch stützt: einen anklicken, um ihn zu sehen, mit markierten Passagen, die seine Nachrichten teilen</translation>
    </message>
    <message>
        <source>The document chunk, as the run cut it; the passages the message shares with it are marked</source>
        <translation>Der Dokumentausschnitt, wie der Durchlauf ihn zerlegt hat; die Passagen, die die Nachricht mit ihm teilt, sind markiert</translation>
    </message>
    <message>
        <source>§%1 · %2</source>
        <translation>§%1 · %2</translation>
    </message>
    <message>
        <source>the conversation&apos;s</source>
        <translation>die des Gesprächs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunks used&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verwendete Ausschnitte&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s): %1</source>
        <translation>
            <numerusform>%n Nachricht: %1</numerusform>
            <numerusform>%n Nachrichten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunController</name>
    <message>
        <source>Open or create a project first.</source>
        <translation>Zuerst ein Projekt öffnen oder anlegen.</translation>
    </message>
    <message>
        <source>A run is in progress: pause or cancel it first.</source>
        <translation>Ein Durchlauf ist aktiv: Zuerst pausieren oder abbrechen.</translation>
    </message>
    <message>
        <source>The project file %1 is read-only: runs write what they generate into it.</source>
        <translation>Die Projektdatei %1 ist schreibgeschützt: Durchläufe schreiben ihre Ergebnisse hinein.</translation>
    </message>
    <message>
        <source>The project has no provider profile. Add one under Tools ▸ Providers… to say which model writes the conversations.</source>
        <translation>Das Projekt hat kein Anbieterprofil. Unter Extras ▸ Anbieter… eines hinzufügen, um festzulegen, welches Modell die Gespräche schreibt.</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one for the user simulator and the one for the assistant in the Runs section.</source>
        <translation>Das Projekt hat mehrere Anbieterprofile: Im Bereich „Durchläufe“ das Profil für den Nutzersimulator und das für den Assistenten auswählen.</translation>
    </message>
    <message>
        <source>The run settings name the provider profile &quot;%1&quot;, which the project does not have.</source>
        <translation>Die Durchlauf-Einstellungen nennen das Anbieterprofil „%1“, das es im Projekt nicht gibt.</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n problem(s) to fix before a run can start:</source>
        <translation>
            <numerusform>Der Entwurf hat %n Problem, das vor dem Start eines Durchlaufs behoben werden muss:</numerusform>
            <numerusform>Der Entwurf hat %n Probleme, die vor dem Start eines Durchlaufs behoben werden müssen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The design could not be saved, so the run did not start: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden, daher wurde der Durchlauf nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>Der Durchlauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The design could not be saved, so judging did not start: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden, daher hat das Bewerten nicht begonnen: %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunPanel</name>
    <message>
        <source>No run in progress</source>
        <translation>Kein Durchlauf aktiv</translation>
    </message>
    <message>
        <source>%p% · ETA —</source>
        <translation>%p% · Restzeit —</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>Ratenbegrenzt (429)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Input and output tokens the run has used, against its token budget</source>
        <translation>Ein- und Ausgabe-Tokens, die der Durchlauf verbraucht hat, gemessen an seinem Token-Budget</translation>
    </message>
    <message>
        <source>What the run has cost so far (from the project&apos;s prices), against its budget</source>
        <translation>Was der Durchlauf bisher gekostet hat (nach den Preisen des Projekts), gemessen an seinem Budget</translation>
    </message>
    <message>
        <source>Messages completed per minute, over the last minute</source>
        <translation>Fertiggestellte Nachrichten pro Minute, über die letzte Minute</translation>
    </message>
    <message>
        <source>Requests the provider refused with 429 (too many requests) in the last minute, and in this session; the engine waits and retries them</source>
        <translation>Anfragen, die der Anbieter mit 429 (zu viele Anfragen) abgelehnt hat, in der letzten Minute und in dieser Sitzung; die Engine wartet und wiederholt sie</translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>Restzeit —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (%2 insgesamt)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Run %1 running</source>
        <translation>Durchlauf %1 läuft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused: messages in flight finish, no new ones start</source>
        <translation>Pausiert: Laufende Nachrichten werden fertig, keine neuen beginnen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Run %1 complete</source>
        <translation>Durchlauf %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Run %1 cancelled: Start resumes it</source>
        <translation>Durchlauf %1 abgebrochen: „Starten“ setzt ihn fort</translation>
    </message>
    <message>
        <source>Run %1 stopped at its budget</source>
        <translation>Durchlauf %1 beim Erreichen seines Budgets gestoppt</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Durchlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Samples done</source>
        <translation>Fertige Beispiele</translation>
    </message>
    <message>
        <source>Samples (conversations, pairs, triplets…) complete in this run, of those planned</source>
        <translation>Beispiele (Gespräche, Paare, Tripletts…), die in diesem Durchlauf fertig sind, von den geplanten</translation>
    </message>
    <message>
        <source>Samples that failed: the dataset shows why</source>
        <translation>Fehlgeschlagene Beispiele: Der Datensatz zeigt, warum</translation>
    </message>
    <message>
        <source>Samples being written now</source>
        <translation>Beispiele, die gerade geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 complete, %n sample(s) failed</source>
        <translation>
            <numerusform>Durchlauf %1 fertig, %n Beispiel fehlgeschlagen</numerusform>
            <numerusform>Durchlauf %1 fertig, %n Beispiele fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunSettingsEditor</name>
    <message>
        <source>provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <translation>etwa %1 Tage</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>Runs of this project</source>
        <translation>Durchläufe dieses Projekts</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the runs again from the project file (they also refresh every few seconds)</source>
        <translation>Die Durchläufe erneut aus der Projektdatei lesen (sie werden auch alle paar Sekunden aktualisiert)</translation>
    </message>
    <message>
        <source>Run ▸ Start (F5) resumes the last run if it was interrupted, else starts a new one with the settings above.</source>
        <translation>Ausführen ▸ Starten (F5) setzt den letzten Durchlauf fort, falls er unterbrochen wurde, und startet sonst einen neuen mit den obigen Einstellungen.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Exchanges (a question and its answer) per conversation, drawn from this range</source>
        <translation>Beiträge (je eine Frage und ihre Antwort) pro Gespräch, aus diesem Bereich gezogen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Chance that a follow-up question moves on to another chunk of the same document</source>
        <translation>Wahrscheinlichkeit, dass eine Folgefrage zu einem anderen Ausschnitt desselben Dokuments wechselt</translation>
    </message>
    <message>
        <source>When the user simulator replies with this, the conversation ends early</source>
        <translation>Wenn der Nutzersimulator dies antwortet, endet das Gespräch vorzeitig</translation>
    </message>
    <message>
        <source>&amp;Turns:</source>
        <translation>&amp;Beiträge:</translation>
    </message>
    <message>
        <source>&amp;Grounding probability:</source>
        <translation>Wahrscheinlichkeit für &amp;Dokumentbezug:</translation>
    </message>
    <message>
        <source>&amp;Drift probability:</source>
        <translation>Wahrscheinlichkeit für Ausschnitt&amp;wechsel:</translation>
    </message>
    <message>
        <source>&amp;End marker:</source>
        <translation>&amp;Endmarke:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>The provider profile that answers: the model being distilled</source>
        <translation>Das Anbieterprofil, das antwortet: das Modell, das destilliert wird</translation>
    </message>
    <message>
        <source>User simulator</source>
        <translation>Nutzersimulator</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>Top p:</source>
        <translation>Top p:</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2; lowest value: the provider&apos;s default</source>
        <translation>Sampling-Temperatur, 0 bis 2; kleinster Wert: Standard des Anbieters</translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1; lowest value: the provider&apos;s default</source>
        <translation>Nucleus-Sampling, 0 bis 1; kleinster Wert: Standard des Anbieters</translation>
    </message>
    <message>
        <source>The longest message this side may write, in tokens</source>
        <translation>Die längste Nachricht, die diese Seite schreiben darf, in Tokens</translation>
    </message>
    <message>
        <source>Pace and budget</source>
        <translation>Tempo und Budget</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>The run stops (resumably) once it has cost this much, by the project&apos;s prices</source>
        <translation>Der Durchlauf stoppt (fortsetzbar), sobald er so viel gekostet hat, nach den Preisen des Projekts</translation>
    </message>
    <message>
        <source>The run stops (resumably) once it has used this many tokens, input and output</source>
        <translation>Der Durchlauf stoppt (fortsetzbar), sobald er so viele Tokens verbraucht hat, Ein- und Ausgabe</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>Budget (&amp;USD):</source>
        <translation>Budget (&amp;USD):</translation>
    </message>
    <message>
        <source>Budget (to&amp;kens):</source>
        <translation>Budget (&amp;Tokens):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Change Turns</source>
        <translation>Beiträge ändern</translation>
    </message>
    <message>
        <source>Change Grounding Probability</source>
        <translation>Wahrscheinlichkeit für Dokumentbezug ändern</translation>
    </message>
    <message>
        <source>Change Drift Probability</source>
        <translation>Wahrscheinlichkeit für Ausschnittwechsel ändern</translation>
    </message>
    <message>
        <source>Change End Marker</source>
        <translation>Endmarke ändern</translation>
    </message>
    <message>
        <source>Choose User Simulator Profile</source>
        <translation>Profil des Nutzersimulators wählen</translation>
    </message>
    <message>
        <source>Choose Assistant Profile</source>
        <translation>Profil des Assistenten wählen</translation>
    </message>
    <message>
        <source>Change Temperature</source>
        <translation>Temperatur ändern</translation>
    </message>
    <message>
        <source>Change Top P</source>
        <translation>Top p ändern</translation>
    </message>
    <message>
        <source>Change Max Tokens</source>
        <translation>Max. Tokens ändern</translation>
    </message>
    <message>
        <source>Change Concurrency</source>
        <translation>Parallelität ändern</translation>
    </message>
    <message>
        <source>Change Budget</source>
        <translation>Budget ändern</translation>
    </message>
    <message>
        <source>Change Token Budget</source>
        <translation>Token-Budget ändern</translation>
    </message>
    <message>
        <source>Change Seed</source>
        <translation>Seed ändern</translation>
    </message>
    <message>
        <source>No profile: add one under Tools ▸ Providers…</source>
        <translation>Kein Profil: Unter Extras ▸ Anbieter… eines hinzufügen</translation>
    </message>
    <message>
        <source>%1 (the only profile)</source>
        <translation>%1 (das einzige Profil)</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Profil wählen…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tokens (%2 in, %3 out; at most %4 out if every message reaches its max tokens)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Tokens (%2 ein, %3 aus; höchstens %4 aus, wenn jede Nachricht ihre max. Tokens erreicht)</translation>
    </message>
    <message>
        <source>Cost: &lt;b&gt;about %1&lt;/b&gt; (at most %2)</source>
        <translation>Kosten: &lt;b&gt;etwa %1&lt;/b&gt; (höchstens %2)</translation>
    </message>
    <message>
        <source>Cost: &lt;b&gt;unknown&lt;/b&gt;: the project has no prices for these models (Tools ▸ Providers…)</source>
        <translation>Kosten: &lt;b&gt;unbekannt&lt;/b&gt;: Das Projekt hat keine Preise für diese Modelle (Extras ▸ Anbieter…)</translation>
    </message>
    <message>
        <source>No price for %1: counted as free.</source>
        <translation>Kein Preis für %1: als kostenlos gerechnet.</translation>
    </message>
    <message>
        <source>The budget is likely to stop the run before it is complete (it can be resumed with a larger one).</source>
        <translation>Das Budget wird den Durchlauf wahrscheinlich stoppen, bevor er fertig ist (mit einem größeren Budget kann er fortgesetzt werden).</translation>
    </message>
    <message>
        <source>Assumes %1 exchanges a conversation, questions of about %2 and answers of about %3 tokens (at most their max tokens), prompts of %4 tokens plus the history and the chunk, %5 s to the first token and %6 tokens per second per stream.</source>
        <translation>Angenommen werden %1 Runden pro Gespräch, Fragen mit etwa %2 und Antworten mit etwa %3 Tokens (höchstens ihre max. Tokens), Prompts mit %4 Tokens zuzüglich Verlauf und Ausschnitt, %5 s bis zum ersten Token und %6 Tokens pro Sekunde je Stream.</translation>
    </message>
    <message>
        <source>The end marker cannot be empty.</source>
        <translation>Die Endmarke darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Die Durchläufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Evolved instructions (Evol-Instruct)</source>
        <translation>Weiterentwickelte Anweisungen (Evol-Instruct)</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>Wissens-Q&amp;A</translation>
    </message>
    <message>
        <source>Preference pairs</source>
        <translation>Präferenzpaare</translation>
    </message>
    <message>
        <source>Embedding triplets</source>
        <translation>Embedding-Tripletts</translation>
    </message>
    <message>
        <source>Single-turn instruction and response pairs, modelled on your seed instructions; a bad instruction is dropped before it costs a response.</source>
        <translation>Anweisung-Antwort-Paare mit einem Beitrag, nach dem Vorbild Ihrer Seed-Anweisungen; eine schlechte Anweisung wird verworfen, bevor sie eine Antwort kostet.</translation>
    </message>
    <message>
        <source>Instructions made harder (in depth) or new ones of the same domain (in breadth), over several generations, each answered.</source>
        <translation>Anweisungen, die schwieriger gemacht werden (in die Tiefe) oder neue desselben Gebiets (in die Breite), über mehrere Generationen, jede beantwortet.</translation>
    </message>
    <message>
        <source>Questions and answers grounded in the chunks of your documents, each checked for faithfulness to its chunk.</source>
        <translation>Fragen und Antworten, gestützt auf die Ausschnitte Ihrer Dokumente, jeweils auf Treue zu ihrem Ausschnitt geprüft.</translation>
    </message>
    <message>
        <source>Several responses to a prompt, ranked by a judge: chosen and rejected, with the judge&apos;s reasons.</source>
        <translation>Mehrere Antworten auf einen Prompt, von einem Judge gereiht: gewählt und abgelehnt, mit den Begründungen des Judges.</translation>
    </message>
    <message>
        <source>Search queries each chunk answers, with hard negatives from other chunks: anchor, positive and negative triplets.</source>
        <translation>Suchanfragen, die jeder Ausschnitt beantwortet, mit harten Negativen aus anderen Ausschnitten: Anker-, Positiv- und Negativ-Tripletts.</translation>
    </message>
    <message>
        <source>Multi-turn conversations between a simulated user and the assistant.</source>
        <translation>Gespräche mit mehreren Beiträgen zwischen einem simulierten Nutzer und dem Assistenten.</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <source>&amp;Instructions to evolve:</source>
        <translation>Weiterzuentwickelnde &amp;Anweisungen:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts:</translation>
    </message>
    <message>
        <source>&amp;Triplets:</source>
        <translation>&amp;Tripletts:</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Gespräche:</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Was erzeugt wird</translation>
    </message>
    <message>
        <source>The kind of training data a run makes (CLI: --mode)</source>
        <translation>Die Art der Trainingsdaten, die ein Durchlauf erzeugt (CLI: --mode)</translation>
    </message>
    <message>
        <source>How many samples a new run plans</source>
        <translation>Wie viele Beispiele ein neuer Durchlauf plant</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Choose Mode %1</source>
        <translation>Modus %1 wählen</translation>
    </message>
    <message>
        <source>Change Count</source>
        <translation>Anzahl ändern</translation>
    </message>
    <message>
        <source>Share of samples grounded in a chunk of a document (when there are documents)</source>
        <translation>Anteil der Beispiele, die auf einen Dokumentausschnitt gestützt sind (wenn es Dokumente gibt)</translation>
    </message>
    <message>
        <source>The provider profile that plays the user and writes the questions and instructions</source>
        <translation>Das Anbieterprofil, das den Nutzer spielt und die Fragen und Anweisungen schreibt</translation>
    </message>
    <message>
        <source>Samples written at once; the profiles&apos; own limits apply too</source>
        <translation>Gleichzeitig geschriebene Beispiele; die eigenen Grenzen der Profile gelten ebenfalls</translation>
    </message>
    <message>
        <source>The same seed and design plan the same samples</source>
        <translation>Derselbe Seed und Entwurf planen dieselben Beispiele</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Verankerung</translation>
    </message>
    <message>
        <source>%1: settings</source>
        <translation>%1: Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>The run makes %1 × %n generation(s) = %2 samples.</source>
        <translation>
            <numerusform>Der Durchlauf erzeugt %1 × %n Generation = %2 Beispiele.</numerusform>
            <numerusform>Der Durchlauf erzeugt %1 × %n Generationen = %2 Beispiele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A needs documents: add one under Documents to ground the questions in.</source>
        <translation>Wissens-Q&amp;A braucht Dokumente: eines unter Dokumente hinzufügen, auf das sich die Fragen stützen.</translation>
    </message>
    <message>
        <source>Embedding triplets need documents: add one under Documents for the queries to be about.</source>
        <translation>Embedding-Tripletts brauchen Dokumente: eines unter Dokumente hinzufügen, um das es in den Anfragen geht.</translation>
    </message>
    <message>
        <source>Easy negatives come from other documents: with one document there are none.</source>
        <translation>Leichte Negative stammen aus anderen Dokumenten: Bei nur einem Dokument gibt es keine.</translation>
    </message>
    <message>
        <source>Evol needs instructions to evolve: add seed instructions below, or make instruction samples first.</source>
        <translation>Evol braucht Anweisungen zum Weiterentwickeln: unten Seed-Anweisungen hinzufügen oder zuerst Anweisungsbeispiele erzeugen.</translation>
    </message>
    <message>
        <source>Choose at least one direction to evolve in.</source>
        <translation>Mindestens eine Richtung zum Weiterentwickeln wählen.</translation>
    </message>
    <message>
        <source>Preference pairs need at least two responses.</source>
        <translation>Präferenzpaare brauchen mindestens zwei Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>Time: &lt;b&gt;%1&lt;/b&gt; with %n sample(s) at once</source>
        <translation>
            <numerusform>Zeit: &lt;b&gt;%1&lt;/b&gt; mit %n Beispiel gleichzeitig</numerusform>
            <numerusform>Zeit: &lt;b&gt;%1&lt;/b&gt; mit %n Beispielen gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumes %1 samples of %2 model calls each, instructions and questions of about %3 and answers of about %4 tokens, verdicts of about %5, prompts of %6 tokens plus the chunk, %7 s to the first token and %8 tokens per second per stream.</source>
        <translation>Angenommen werden %1 Beispiele mit je %2 Modellaufrufen, Anweisungen und Fragen von etwa %3 und Antworten von etwa %4 Tokens, Urteile von etwa %5, Prompts von %6 Tokens plus dem Ausschnitt, %7 s bis zum ersten Token und %8 Tokens pro Sekunde pro Stream.</translation>
    </message>
    <message>
        <source>Samp&amp;les, at most:</source>
        <translation>Beisp&amp;iele, höchstens:</translation>
    </message>
    <message numerus="yes">
        <source>Each answer of the project&apos;s complete, not rejected conversations that has no preference pair yet is a prompt: the run makes at most %n sample(s), fewer when there are fewer such answers.</source>
        <translation>
            <numerusform>Jede Antwort der abgeschlossenen, nicht abgelehnten Gespräche des Projekts ohne Präferenzpaar ist ein Prompt: Der Lauf erzeugt höchstens %n Beispiel, weniger, wenn es weniger solche Antworten gibt.</numerusform>
            <numerusform>Jede Antwort der abgeschlossenen, nicht abgelehnten Gespräche des Projekts ohne Präferenzpaar ist ein Prompt: Der Lauf erzeugt höchstens %n Beispiele, weniger, wenn es weniger solche Antworten gibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preference pairs from conversations need conversations to answer again: make conversation samples first (complete ones that are not rejected), or choose prompts as the source.</source>
        <translation>Präferenzpaare aus Gesprächen brauchen Gespräche, die neu beantwortet werden: Erzeugen Sie zuerst Gesprächsbeispiele (abgeschlossene, nicht abgelehnte) oder wählen Sie Prompts als Quelle.</translation>
    </message>
    <message>
        <source>Assumes %1 samples (the most the run makes) of %2 model calls each, each an assistant turn of a conversation of %3 exchanges answered again with the conversation before it, questions of about %4 and answers of about %5 tokens, verdicts of about %6, prompts of %7 tokens plus the history and the chunk, %8 s to the first token and %9 tokens per second per stream.</source>
        <translation>Angenommen: %1 Beispiele (die Höchstzahl des Laufs) mit je %2 Modellaufrufen, jedes ein Assistenten-Beitrag eines Gesprächs mit %3 Wechseln, neu beantwortet mit dem Gespräch davor, Fragen von etwa %4 und Antworten von etwa %5 Tokens, Urteile von etwa %6, Prompts von %7 Tokens plus Verlauf und Abschnitt, %8 s bis zum ersten Token und %9 Tokens pro Sekunde je Stream.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunsModel</name>
    <message>
        <source>running or interrupted</source>
        <translation>läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>abgebrochen (fortsetzbar)</translation>
    </message>
    <message>
        <source>stopped at the budget</source>
        <translation>beim Budget gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Grund für den Stopp</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::SampleDetails</name>
    <message>
        <source>a constraint added</source>
        <translation>eine Bedingung hinzugefügt</translation>
    </message>
    <message>
        <source>deepened</source>
        <translation>vertieft</translation>
    </message>
    <message>
        <source>made concrete</source>
        <translation>konkretisiert</translation>
    </message>
    <message>
        <source>more reasoning required</source>
        <translation>mehr Schlussfolgern verlangt</translation>
    </message>
    <message>
        <source>in breadth: a new instruction of the same domain</source>
        <translation>in die Breite: eine neue Anweisung desselben Gebiets</translation>
    </message>
    <message>
        <source>Rejected response</source>
        <translation>Abgelehnte Antwort</translation>
    </message>
    <message>
        <source>Response not ranked yet</source>
        <translation>Antwort noch nicht gereiht</translation>
    </message>
    <message>
        <source>Hard negative</source>
        <translation>Hartes Negativ</translation>
    </message>
    <message>
        <source>Easy negative</source>
        <translation>Leichtes Negativ</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Faithfulness</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Reihung</translation>
    </message>
    <message>
        <source>Negative check</source>
        <translation>Negativ-Prüfung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Evolved instruction</source>
        <translation>Weiterentwickelte Anweisung</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>Wissens-Q&amp;A</translation>
    </message>
    <message>
        <source>Preference pair</source>
        <translation>Präferenzpaar</translation>
    </message>
    <message>
        <source>Embedding triplet</source>
        <translation>Embedding-Triplett</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Generation %1, %2.</source>
        <translation>Generation %1, %2.</translation>
    </message>
    <message>
        <source>Evolved from:</source>
        <translation>Weiterentwickelt aus:</translation>
    </message>
    <message>
        <source>The judge found the answer faithful to its chunk.</source>
        <translation>Der Judge hat die Antwort als treu zu ihrem Ausschnitt befunden.</translation>
    </message>
    <message>
        <source>The judge found the answer unfaithful to its chunk.</source>
        <translation>Der Judge hat die Antwort als untreu zu ihrem Ausschnitt befunden.</translation>
    </message>
    <message>
        <source>The judge ranked the responses %1, best first.</source>
        <translation>Der Judge hat die Antworten so gereiht: %1, die beste zuerst.</translation>
    </message>
    <message>
        <source>Judges&apos; verdicts</source>
        <translation>Urteile der Judges</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>the whole sample</source>
        <translation>das ganze Beispiel</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>chunk %1 of %2</source>
        <translation>Ausschnitt %1 von %2</translation>
    </message>
    <message>
        <source>a removed document</source>
        <translation>ein entferntes Dokument</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>Judge: %1</translation>
    </message>
    <message>
        <source>&amp;Prefer This Response</source>
        <translation>Diese Antwort &amp;vorziehen</translation>
    </message>
    <message>
        <source>Make this response the chosen answer; the current answer becomes a rejected response in its place (Ctrl+Z undoes)</source>
        <translation>Diese Antwort zur gewählten machen; die bisherige Antwort wird an ihrer Stelle eine abgelehnte (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Answers message %1 of conversation %2 again: the messages before it are copied from there, and its own answer was one of the responses.</source>
        <translation>Beantwortet Nachricht %1 von Gespräch %2 neu: Die Nachrichten davor sind von dort kopiert, und ihre eigene Antwort war eine der Antworten.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ScenarioEditor</name>
    <message>
        <source>Q&amp;A</source>
        <translation>F&amp;A</translation>
    </message>
    <message>
        <source>The user asks questions and the assistant answers them clearly and directly; follow-up questions dig deeper into the answers.</source>
        <translation>Der Nutzer stellt Fragen, und der Assistent beantwortet sie klar und direkt; Folgefragen gehen tiefer auf die Antworten ein.</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Debatte</translation>
    </message>
    <message>
        <source>The user takes a position and argues for it; the assistant challenges it with counter-arguments and evidence, and both refine their views.</source>
        <translation>Der Nutzer bezieht eine Position und argumentiert dafür; der Assistent hinterfragt sie mit Gegenargumenten und Belegen, und beide schärfen ihre Standpunkte.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>The assistant explains the topic step by step and at length, like a teacher giving a lecture; the user asks for clarification or examples now and then.</source>
        <translation>Der Assistent erklärt das Thema Schritt für Schritt und ausführlich, wie eine Lehrkraft in einer Vorlesung; der Nutzer bittet ab und zu um Erläuterungen oder Beispiele.</translation>
    </message>
    <message>
        <source>Tutoring</source>
        <translation>Nachhilfe</translation>
    </message>
    <message>
        <source>The assistant guides the user to work things out themselves with hints and questions instead of giving the answers away, and checks their understanding.</source>
        <translation>Der Assistent leitet den Nutzer mit Hinweisen und Fragen an, selbst auf die Lösung zu kommen, statt die Antworten vorwegzunehmen, und prüft sein Verständnis.</translation>
    </message>
    <message>
        <source>All Four</source>
        <translation>Alle vier</translation>
    </message>
    <message>
        <source>Add &amp;Standard</source>
        <translation>&amp;Standard hinzufügen</translation>
    </message>
    <message>
        <source>Add one of the standard structures: Q&amp;A, debate, lecture, tutoring</source>
        <translation>Eine der Standardstrukturen hinzufügen: F&amp;A, Debatte, Vortrag, Nachhilfe</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::StartPage</name>
    <message>
        <source>Design conversations, generate them with teacher models, curate them, and export training data.</source>
        <translation>Gespräche entwerfen, mit Lehrermodellen erzeugen, kuratieren und als Trainingsdaten exportieren.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Start an empty project file for topics, personas, documents and the data generated from them.</source>
        <translation>Eine leere Projektdatei für Themen, Personas, Dokumente und die daraus erzeugten Daten anlegen.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Continue with a .dialogsmith project file.</source>
        <translation>Mit einer .dialogsmith-Projektdatei weiterarbeiten.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>Geöffnete Projekte erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::SuggestPersonasDialog</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>the answer holds no list of personas with names</source>
        <translation>die Antwort enthält keine Liste von Personas mit Namen</translation>
    </message>
    <message>
        <source>Suggest Personas</source>
        <translation>Personas vorschlagen</translation>
    </message>
    <message>
        <source>Let a model suggest personas for this project. You review and edit them before they are added.</source>
        <translation>Ein Modell Personas für dieses Projekt vorschlagen lassen. Vor dem Hinzufügen können sie geprüft und bearbeitet werden.</translation>
    </message>
    <message>
        <source>The model profile that writes the personas (Tools › Providers…).</source>
        <translation>Das Modellprofil, das die Personas schreibt (Extras › Anbieter…).</translation>
    </message>
    <message>
        <source>&amp;Model profile:</source>
        <translation>&amp;Modellprofil:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>Users and assistants</source>
        <translation>Nutzer und Assistenten</translation>
    </message>
    <message>
        <source>Users only</source>
        <translation>Nur Nutzer</translation>
    </message>
    <message>
        <source>Assistants only</source>
        <translation>Nur Assistenten</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Optional, e.g. “students aged 14 to 18, some struggling”</source>
        <translation>Optional, z. B. „Schüler zwischen 14 und 18, einige mit Schwierigkeiten“</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>Hin&amp;weise:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Er&amp;zeugen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Knowledge level</source>
        <translation>Wissensstand</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Speaking style</source>
        <translation>Sprechstil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Uncheck what you do not want; double-click or press F2 to rewrite a field.</source>
        <translation>Bei allem, was nicht gewünscht ist, das Häkchen entfernen; doppelklicken oder F2 drücken, um ein Feld umzuschreiben.</translation>
    </message>
    <message>
        <source>&amp;Add Personas</source>
        <translation>Personas &amp;hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Persona(s)</source>
        <translation>
            <numerusform>%n Persona &amp;hinzufügen</numerusform>
            <numerusform>%n Personas &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>The model&apos;s answer was not a list of personas (%1). It said: %2</source>
        <translation>Die Antwort des Modells war keine Liste von Personas (%1). Sie lautete: %2</translation>
    </message>
    <message>
        <source>no JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) to review.</source>
        <translation>
            <numerusform>%n Persona zu prüfen.</numerusform>
            <numerusform>%n Personas zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a persona already has the name.</source>
        <translation>
            <numerusform>%n Vorschlag übersprungen: Eine Persona hat bereits diesen Namen.</numerusform>
            <numerusform>%n Vorschläge übersprungen: Eine Persona hat bereits diesen Namen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TemplateEditor</name>
    <message>
        <source>System Prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Opening Question</source>
        <translation>Eröffnungsfrage</translation>
    </message>
    <message>
        <source>Follow-up Question</source>
        <translation>Folgefrage</translation>
    </message>
    <message>
        <source>Answer Turn</source>
        <translation>Antwortbeitrag</translation>
    </message>
    <message>
        <source>The assistant&apos;s system prompt: who it is, who it talks with and what grounds its answers.</source>
        <translation>Der Systemprompt des Assistenten: wer er ist, mit wem er spricht und worauf seine Antworten beruhen.</translation>
    </message>
    <message>
        <source>Asks the user simulator for the message that opens a conversation.</source>
        <translation>Fragt den Nutzersimulator nach der Nachricht, die ein Gespräch eröffnet.</translation>
    </message>
    <message>
        <source>Asks the user simulator for each follow-up message, from the conversation so far.</source>
        <translation>Fragt den Nutzersimulator nach jeder Folgenachricht, auf Grundlage des bisherigen Gesprächs.</translation>
    </message>
    <message>
        <source>The latest user message as the assistant model receives it.</source>
        <translation>Die letzte Nutzernachricht, wie das Assistentenmodell sie erhält.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the assistant&apos;s system prompt</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — der Systemprompt des Assistenten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the user simulator is asked for the opening question</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — was der Nutzersimulator für die Eröffnungsfrage gefragt wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the user simulator is asked for the second question</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — was der Nutzersimulator für die zweite Frage gefragt wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the question as the assistant model receives it</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — die Frage, wie das Assistentenmodell sie erhält</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item itself.</source>
        <translation>Innerhalb von {{#each}}: das Element selbst.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item&apos;s position from 0.</source>
        <translation>Innerhalb von {{#each}}: die Position des Elements ab 0.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item&apos;s position from 1.</source>
        <translation>Innerhalb von {{#each}}: die Position des Elements ab 1.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: true for the first item.</source>
        <translation>Innerhalb von {{#each}}: true beim ersten Element.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: true for the last item.</source>
        <translation>Innerhalb von {{#each}}: true beim letzten Element.</translation>
    </message>
    <message>
        <source>An empty template renders nothing. Type {{ to insert a variable.</source>
        <translation>Eine leere Vorlage rendert nichts. {{ eingeben, um eine Variable einzufügen.</translation>
    </message>
    <message>
        <source>Edit %1 Template</source>
        <translation>Vorlage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Replace this template with the one Dialogsmith ships (undoable).</source>
        <translation>Diese Vorlage durch die mit Dialogsmith ausgelieferte ersetzen (rückgängig machbar).</translation>
    </message>
    <message>
        <source>Double-click a problem to go to it.</source>
        <translation>Doppelklick auf ein Problem springt dorthin.</translation>
    </message>
    <message>
        <source>&amp;New Sample</source>
        <translation>&amp;Neues Beispiel</translation>
    </message>
    <message>
        <source>Draw another conversation from the design: topic, personas and chunk (Ctrl+R)</source>
        <translation>Ein anderes Gespräch aus dem Entwurf ziehen: Thema, Personas und Ausschnitt (Strg+R)</translation>
    </message>
    <message>
        <source>The provider profile &quot;Try it&quot; sends the prompt to.</source>
        <translation>Das Anbieterprofil, an das „Ausprobieren“ den Prompt sendet.</translation>
    </message>
    <message>
        <source>&amp;Try It</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Die Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <source>Choose Try It to send the rendered prompt to the profile and watch the reply arrive here.</source>
        <translation>„Ausprobieren“ wählen, um den gerenderten Prompt an das Profil zu senden und die Antwort hier eintreffen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Reset %1 Template</source>
        <translation>Vorlage „%1“ zurücksetzen</translation>
    </message>
    <message>
        <source>The server did not answer properly: trying again (attempt %1)…</source>
        <translation>Der Server hat nicht richtig geantwortet: neuer Versuch (Versuch %1)…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>No problems in this template.</source>
        <translation>Keine Probleme in dieser Vorlage.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in this template:</source>
        <translation>
            <numerusform>&lt;b&gt;%n Problem&lt;/b&gt; in dieser Vorlage:</numerusform>
            <numerusform>&lt;b&gt;%n Probleme&lt;/b&gt; in dieser Vorlage:</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>Die Vorlage %1 kann nicht gerendert werden: %2</translation>
    </message>
    <message>
        <source>Fix the problems listed under the template to see the preview.</source>
        <translation>Die unter der Vorlage aufgeführten Probleme beheben, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not rendered:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht gerendert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>… (%1 characters in all; the preview shows the first %2)</source>
        <translation>… (%1 Zeichen insgesamt; die Vorschau zeigt die ersten %2)</translation>
    </message>
    <message>
        <source>The template renders nothing for this sample.</source>
        <translation>Die Vorlage rendert für dieses Beispiel nichts.</translation>
    </message>
    <message>
        <source>The project has no topics yet, so an example stands in.</source>
        <translation>Das Projekt hat noch keine Themen, daher wird ein Beispiel verwendet.</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Asks: %1 · Answers: %2</source>
        <translation>Fragt: %1 · Antwortet: %2</translation>
    </message>
    <message>
        <source>Chunk %1 of &quot;%2&quot;</source>
        <translation>Ausschnitt %1 von „%2“</translation>
    </message>
    <message>
        <source>Not grounded in a chunk (see the grounding probability)</source>
        <translation>Beruht auf keinem Ausschnitt (siehe Wahrscheinlichkeit für Dokumentbezug)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beispiel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Chunk:</source>
        <translation>Ausschnitt:</translation>
    </message>
    <message>
        <source>Send the rendered prompt to the profile and stream the reply below (Ctrl+Return)</source>
        <translation>Den gerenderten Prompt an das Profil senden und die Antwort unten streamen (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Add a provider profile (Tools ▸ Providers…) to try templates with a model.</source>
        <translation>Ein Anbieterprofil hinzufügen (Extras ▸ Anbieter…), um Vorlagen mit einem Modell auszuprobieren.</translation>
    </message>
    <message>
        <source>No provider profile yet: add one in Tools ▸ Providers…</source>
        <translation>Noch kein Anbieterprofil: Unter Extras ▸ Anbieter… eines hinzufügen</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1…</translation>
    </message>
    <message>
        <source>Receiving from %1…</source>
        <translation>Empfang von %1…</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Fertig nach %1 s</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not rendered:&lt;/b&gt; %1 Showing the last rendering.</source>
        <translation>&lt;b&gt;Nicht gerendert:&lt;/b&gt; %1 Angezeigt wird die letzte Darstellung.</translation>
    </message>
    <message>
        <source>Done in %1 s · %2 tokens in, %3 out</source>
        <translation>Fertig nach %1 s · %2 Tokens ein, %3 aus</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Instruction &amp;&amp; Evol</source>
        <translation>Anweisung &amp;&amp; Evol</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;&amp;A</source>
        <translation>Wissens-Q&amp;&amp;A</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>The templates of a conversation. The system prompt and the answer turn also write the answers of the instruction, evol, knowledge Q&amp;A and preference modes.</source>
        <translation>Die Vorlagen eines Gesprächs. Der System-Prompt und der Antwortbeitrag schreiben auch die Antworten der Modi Anweisung, Evol, Wissens-Q&amp;A und Präferenz.</translation>
    </message>
    <message>
        <source>Instruction mode writes new instructions from seed examples; evol rewrites them. Their answers use the conversation&apos;s system prompt and answer turn.</source>
        <translation>Der Modus Anweisung schreibt neue Anweisungen aus Seed-Beispielen; Evol schreibt sie um. Ihre Antworten verwenden den System-Prompt und den Antwortbeitrag des Gesprächs.</translation>
    </message>
    <message>
        <source>Questions a chunk answers, and the judge&apos;s check that an answer keeps to its chunk.</source>
        <translation>Fragen, die ein Ausschnitt beantwortet, und die Prüfung des Judges, ob eine Antwort bei ihrem Ausschnitt bleibt.</translation>
    </message>
    <message>
        <source>The judge that ranks the responses to a prompt. The prompts come from the instruction template, the responses from the answer turn.</source>
        <translation>Der Judge, der die Antworten auf einen Prompt reiht. Die Prompts stammen aus der Anweisungsvorlage, die Antworten aus dem Antwortbeitrag.</translation>
    </message>
    <message>
        <source>Search queries a chunk answers, and the judge&apos;s check that a hard negative does not answer its query.</source>
        <translation>Suchanfragen, die ein Ausschnitt beantwortet, und die Prüfung des Judges, dass ein hartes Negativ seine Anfrage nicht beantwortet.</translation>
    </message>
    <message>
        <source>New Instruction</source>
        <translation>Neue Anweisung</translation>
    </message>
    <message>
        <source>Evolved Instruction</source>
        <translation>Weiterentwickelte Anweisung</translation>
    </message>
    <message>
        <source>Question from a Chunk</source>
        <translation>Frage aus einem Ausschnitt</translation>
    </message>
    <message>
        <source>Faithfulness Check</source>
        <translation>Treueprüfung</translation>
    </message>
    <message>
        <source>Ranking Judge</source>
        <translation>Reihungs-Judge</translation>
    </message>
    <message>
        <source>Search Queries</source>
        <translation>Suchanfragen</translation>
    </message>
    <message>
        <source>Negative Check</source>
        <translation>Negativ-Prüfung</translation>
    </message>
    <message>
        <source>Rubric Judge</source>
        <translation>Rubrik-Judge</translation>
    </message>
    <message>
        <source>Asks for a new instruction modelled on some of the seed instructions (instruction and preference modes).</source>
        <translation>Fordert eine neue Anweisung nach dem Vorbild einiger Seed-Anweisungen an (Modi Anweisung und Präferenz).</translation>
    </message>
    <message>
        <source>Asks for an instruction evolved in the direction drawn (evol mode).</source>
        <translation>Fordert eine in der gezogenen Richtung weiterentwickelte Anweisung an (Modus Evol).</translation>
    </message>
    <message>
        <source>Asks for a question the chunk answers (knowledge Q&amp;A mode).</source>
        <translation>Fordert eine Frage an, die der Ausschnitt beantwortet (Modus Wissens-Q&amp;A).</translation>
    </message>
    <message>
        <source>Asks a judge whether an answer keeps to its chunk (knowledge Q&amp;A mode).</source>
        <translation>Fragt einen Judge, ob eine Antwort bei ihrem Ausschnitt bleibt (Modus Wissens-Q&amp;A).</translation>
    </message>
    <message>
        <source>Asks a judge to rank the responses to a prompt (preference mode).</source>
        <translation>Bittet einen Judge, die Antworten auf einen Prompt zu reihen (Modus Präferenz).</translation>
    </message>
    <message>
        <source>Asks for search queries the chunk answers (embedding mode).</source>
        <translation>Fordert Suchanfragen an, die der Ausschnitt beantwortet (Modus Embedding).</translation>
    </message>
    <message>
        <source>Asks a judge whether a chunk answers a query, to confirm a hard negative (embedding mode).</source>
        <translation>Fragt einen Judge, ob ein Ausschnitt eine Anfrage beantwortet, um ein hartes Negativ zu bestätigen (Modus Embedding).</translation>
    </message>
    <message>
        <source>Asks a judge to score a sample on the rubric in use.</source>
        <translation>Bittet einen Judge, ein Beispiel nach der verwendeten Rubrik zu bewerten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for a new instruction</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — die Anfrage nach einer neuen Anweisung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request to evolve the first instruction</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — die Anfrage, die erste Anweisung weiterzuentwickeln</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for a question about the chunk</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — die Anfrage nach einer Frage zum Ausschnitt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked about the sample answer</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — was der Judge zur Beispielantwort gefragt wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked to rank</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — was der Judge reihen soll</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for search queries about the chunk</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — die Anfrage nach Suchanfragen zum Ausschnitt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked about a chunk and a query</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — was der Judge zu einem Ausschnitt und einer Anfrage gefragt wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked to score</source>
        <translation>&lt;b&gt;Gerendert&lt;/b&gt; — was der Judge bewerten soll</translation>
    </message>
    <message>
        <source>Inside {{#each %1}}: %2</source>
        <translation>Innerhalb von {{#each %1}}: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The template is empty:&lt;/b&gt; a run of a mode that uses it cannot start. Reset it to the default or write a prompt.</source>
        <translation>&lt;b&gt;Die Vorlage ist leer:&lt;/b&gt; Ein Durchlauf eines Modus, der sie verwendet, kann nicht starten. Sie auf den Standard zurücksetzen oder einen Prompt schreiben.</translation>
    </message>
    <message>
        <source>The judge that scores samples on the rubric in use (Run ▸ Judge Samples…).</source>
        <translation>Der Judge, der Beispiele nach der verwendeten Rubrik bewertet (Ausführen ▸ Beispiele bewerten…).</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TopicEditor</name>
    <message>
        <source>Drag a topic to move it, or drop it on another to make it a subtopic.</source>
        <translation>Ein Thema ziehen, um es zu verschieben, oder auf einem anderen ablegen, um es zu dessen Unterthema zu machen.</translation>
    </message>
    <message>
        <source>No topics yet.

Add one with Add Topic (Insert), or let a model suggest some with Expand with Model (Ctrl+E).</source>
        <translation>Noch keine Themen.

Eines mit „Thema hinzufügen“ (Einfg) hinzufügen oder ein Modell mit „Mit Modell erweitern“ (Strg+E) welche vorschlagen lassen.</translation>
    </message>
    <message>
        <source>What conversations under this topic are about</source>
        <translation>Worum es in Gesprächen unter diesem Thema geht</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How often this topic is drawn compared with its siblings: a topic of weight 2 is drawn twice as often as one of weight 1; 0 never.</source>
        <translation>Wie oft dieses Thema im Vergleich zu seinen Geschwisterthemen gezogen wird: Ein Thema mit Gewicht 2 wird doppelt so oft gezogen wie eines mit Gewicht 1; 0 nie.</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>The share of all conversations drawn under this topic: the weight shares multiplied down the path.</source>
        <translation>Der Anteil aller Gespräche, die unter diesem Thema gezogen werden: die Gewichtsanteile entlang des Pfads multipliziert.</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Anteil:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Optional: what the topic covers, for the prompts ({{topic_description}}) and for the model when it suggests subtopics.</source>
        <translation>Optional: was das Thema umfasst, für die Prompts ({{topic_description}}) und für das Modell, wenn es Unterthemen vorschlägt.</translation>
    </message>
    <message>
        <source>Select a topic to edit its description and weight.</source>
        <translation>Ein Thema auswählen, um seine Beschreibung und sein Gewicht zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Add Topic</source>
        <translation>Thema &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a topic after the selected one</source>
        <translation>Ein Thema nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Subtopic</source>
        <translation>&amp;Unterthema hinzufügen</translation>
    </message>
    <message>
        <source>Add a subtopic to the selected topic</source>
        <translation>Dem ausgewählten Thema ein Unterthema hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation>Das ausgewählte Thema umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected topic and its subtopics</source>
        <translation>Das ausgewählte Thema und seine Unterthemen löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected topic up among its siblings</source>
        <translation>Das ausgewählte Thema unter seinen Geschwisterthemen nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Move the selected topic down among its siblings</source>
        <translation>Das ausgewählte Thema unter seinen Geschwisterthemen nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Expand with Model…</source>
        <translation>Mit Modell &amp;erweitern…</translation>
    </message>
    <message>
        <source>Let a model suggest subtopics of the selected topic (or top-level topics), for review before they are added</source>
        <translation>Ein Modell Unterthemen des ausgewählten Themas (oder Themen der obersten Ebene) vorschlagen lassen, zur Prüfung, bevor sie hinzugefügt werden</translation>
    </message>
    <message>
        <source>Rename the selected topic (F2)</source>
        <translation>Das ausgewählte Thema umbenennen (F2)</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Thema umbenennen</translation>
    </message>
    <message>
        <source>Change Topic Weight</source>
        <translation>Gewicht des Themas ändern</translation>
    </message>
    <message>
        <source>Edit Topic Description</source>
        <translation>Beschreibung des Themas bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Suggest Topics with Model…</source>
        <translation>Themen mit Modell &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 %, spread over %n subtopic(s)</source>
        <translation>
            <numerusform>%1 %, verteilt auf %n Unterthema</numerusform>
            <numerusform>%1 %, verteilt auf %n Unterthemen</numerusform>
        </translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>Add Subtopic</source>
        <translation>Unterthema hinzufügen</translation>
    </message>
    <message>
        <source>Delete Topic “%1”</source>
        <translation>Thema „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete Topic “%1” and Its Subtopics</source>
        <translation>Thema „%1“ und seine Unterthemen löschen</translation>
    </message>
    <message>
        <source>Move Topic Up</source>
        <translation>Thema nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Topic Down</source>
        <translation>Thema nach unten verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Suggested Topic(s)</source>
        <translation>
            <numerusform>%n vorgeschlagenes Thema hinzufügen</numerusform>
            <numerusform>%n vorgeschlagene Themen hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TopicTreeModel</name>
    <message>
        <source>How often this topic is drawn compared with its siblings. Double-click to change it.</source>
        <translation>Wie oft dieses Thema im Vergleich zu seinen Geschwisterthemen gezogen wird. Zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <source>The share of all conversations that will be about this topic.</source>
        <translation>Der Anteil aller Gespräche, die von diesem Thema handeln werden.</translation>
    </message>
    <message>
        <source>The share of all conversations that will be about this topic or one of its subtopics.</source>
        <translation>Der Anteil aller Gespräche, die von diesem Thema oder einem seiner Unterthemen handeln werden.</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Thema umbenennen</translation>
    </message>
    <message>
        <source>Change Topic Weight</source>
        <translation>Gewicht des Themas ändern</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>What conversations are about. Generation draws a topic, then one of its subtopics, down to a leaf.</source>
        <translation>Worum es in Gesprächen geht. Die Erzeugung zieht ein Thema, dann eines seiner Unterthemen, bis hinunter zu einem Blatt.</translation>
    </message>
    <message>
        <source>How often a topic is drawn compared with its siblings.</source>
        <translation>Wie oft ein Thema im Vergleich zu seinen Geschwisterthemen gezogen wird.</translation>
    </message>
    <message>
        <source>The share of all conversations each topic gets: the weight shares multiplied down the path.</source>
        <translation>Der Anteil aller Gespräche, den jedes Thema erhält: die Gewichtsanteile entlang des Pfads multipliziert.</translation>
    </message>
    <message>
        <source>Move Topic</source>
        <translation>Thema verschieben</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TurnBubble</name>
    <message>
        <source>%1 (writing…)</source>
        <translation>%1 (schreibt…)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>A person changed this message; the generated text is kept. Hover the message to see it.</source>
        <translation>Eine Person hat diese Nachricht geändert; der erzeugte Text bleibt erhalten. Mit der Maus über die Nachricht fahren, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this message in place (double-click the text, too)</source>
        <translation>Diese Nachricht direkt hier bearbeiten (auch per Doppelklick auf den Text)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate from here: drop this message and the ones after it, and let the models continue the conversation</source>
        <translation>Ab hier neu erzeugen: Diese Nachricht und die folgenden verwerfen und die Modelle das Gespräch fortsetzen lassen</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Abzweigen</translation>
    </message>
    <message>
        <source>Branch from here: keep this conversation and make an alternative that continues differently from this message on</source>
        <translation>Ab hier abzweigen: Dieses Gespräch behalten und eine Alternative anlegen, die ab dieser Nachricht anders weitergeht</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>Die Nachricht unverändert lassen (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep the changed text (Ctrl+Enter); Edit ▸ Undo takes it back</source>
        <translation>Den geänderten Text übernehmen (Strg+Eingabetaste); Bearbeiten ▸ Rückgängig nimmt ihn zurück</translation>
    </message>
    <message>
        <source>The document chunk this message drew on: click to see it in the review panel with the passages it shares marked</source>
        <translation>Der Dokumentausschnitt, auf den sich diese Nachricht stützt: klicken, um ihn im Prüfbereich mit den markierten gemeinsamen Passagen zu sehen</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TurnList</name>
    <message>
        <source>Model: %1 (profile %2)</source>
        <translation>Modell: %1 (Profil %2)</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Latency: %1 s</source>
        <translation>Latenz: %1 s</translation>
    </message>
    <message>
        <source>Cost: $%1</source>
        <translation>Kosten: $%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fertiggestellt: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Grounded in: %1, chunk %2</source>
        <translation>Grundlage: %1, Ausschnitt %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Edited. The generated text was:</source>
        <translation>Bearbeitet. Der erzeugte Text lautete:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>This conversation is not in the project (any more).</source>
        <translation>Dieses Gespräch ist nicht (mehr) im Projekt.</translation>
    </message>
    <message>
        <source>No messages yet: the conversation is waiting to be generated.</source>
        <translation>Noch keine Nachrichten: Das Gespräch wartet darauf, erzeugt zu werden.</translation>
    </message>
    <message>
        <source>This conversation has no messages.</source>
        <translation>Dieses Gespräch hat keine Nachrichten.</translation>
    </message>
    <message>
        <source>§%1 · %2</source>
        <translation>§%1 · %2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::WeightedListModel</name>
    <message>
        <source>The share of all conversations drawn with this one.</source>
        <translation>Der Anteil aller Gespräche, die mit diesem Eintrag gezogen werden.</translation>
    </message>
    <message>
        <source>Rename Structure</source>
        <translation>Struktur umbenennen</translation>
    </message>
    <message>
        <source>Edit Scenario</source>
        <translation>Szenario bearbeiten</translation>
    </message>
    <message>
        <source>Edit Structure Description</source>
        <translation>Beschreibung der Struktur bearbeiten</translation>
    </message>
    <message>
        <source>Change Scenario Weight</source>
        <translation>Gewicht des Szenarios ändern</translation>
    </message>
    <message>
        <source>Change Structure Weight</source>
        <translation>Gewicht der Struktur ändern</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::WeightedListPane</name>
    <message>
        <source>&lt;b&gt;Scenarios&lt;/b&gt;: the situations conversations happen in. Each conversation draws one ({{scenario}} in the templates).</source>
        <translation>&lt;b&gt;Szenarien&lt;/b&gt;: die Situationen, in denen Gespräche stattfinden. Jedes Gespräch zieht eines ({{scenario}} in den Vorlagen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conversation structures&lt;/b&gt;: what kind of conversation it is and how it goes. Each conversation draws one ({{structure}}, {{structure_description}}).</source>
        <translation>&lt;b&gt;Gesprächsstrukturen&lt;/b&gt;: welche Art von Gespräch es ist und wie es verläuft. Jedes Gespräch zieht eine ({{structure}}, {{structure_description}}).</translation>
    </message>
    <message>
        <source>No scenarios: conversations happen in no particular situation. Add one with Add Scenario (Insert).</source>
        <translation>Keine Szenarien: Gespräche finden in keiner bestimmten Situation statt. Eines mit „Szenario hinzufügen“ (Einfg) hinzufügen.</translation>
    </message>
    <message>
        <source>No structures: conversations are free-form. Add one, or the standard ones with Add Standard.</source>
        <translation>Keine Strukturen: Gespräche verlaufen frei. Eine hinzufügen oder die Standardstrukturen mit „Standard hinzufügen“.</translation>
    </message>
    <message>
        <source>Scenario &amp;text:</source>
        <translation>Szenario&amp;text:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>e.g. “The night before an exam, the student is revising alone and is stuck.”</source>
        <translation>z. B. „Am Abend vor einer Prüfung lernt der Schüler allein und kommt nicht weiter.“</translation>
    </message>
    <message>
        <source>How this kind of conversation goes, for the prompts, e.g. “The user takes a position; the assistant challenges it.”</source>
        <translation>Wie diese Art von Gespräch verläuft, für die Prompts, z. B. „Der Nutzer bezieht eine Position; der Assistent hinterfragt sie.“</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>Szenario &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add Structure</source>
        <translation>Struktur &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Ein Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Add a structure</source>
        <translation>Eine Struktur hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Das ausgewählte Szenario löschen</translation>
    </message>
    <message>
        <source>Delete the selected structure</source>
        <translation>Die ausgewählte Struktur löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected one up</source>
        <translation>Den ausgewählten Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move the selected one down</source>
        <translation>Den ausgewählten Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <source>Edit Scenario</source>
        <translation>Szenario bearbeiten</translation>
    </message>
    <message>
        <source>Edit Structure Description</source>
        <translation>Beschreibung der Struktur bearbeiten</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>Neue Struktur</translation>
    </message>
    <message>
        <source>Add Structure</source>
        <translation>Struktur hinzufügen</translation>
    </message>
    <message>
        <source>Add Structure “%1”</source>
        <translation>Struktur „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete Structure “%1”</source>
        <translation>Struktur „%1“ löschen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>New structure %1</source>
        <translation>Neue Struktur %1</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>%1 is not a text document (it looks binary).</source>
        <translation>%1 ist kein Textdokument (die Datei scheint binär zu sein).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: the byte at offset %2 (line %3) is not part of a UTF-8 character. Save it as UTF-8 and add it again.</source>
        <translation>%1 ist kein gültiger UTF-8-Text: Das Byte an Position %2 (Zeile %3) gehört zu keinem UTF-8-Zeichen. Die Datei als UTF-8 speichern und erneut hinzufügen.</translation>
    </message>
    <message>
        <source>%1 starts with a Unicode byte order mark but the text after it is not valid in that encoding.</source>
        <translation>%1 beginnt mit einer Unicode-Bytereihenfolgemarkierung, aber der Text danach ist in dieser Kodierung nicht gültig.</translation>
    </message>
    <message>
        <source>%1 declares an encoding Dialogsmith does not know; it was read as UTF-8.</source>
        <translation>%1 gibt eine Kodierung an, die Dialogsmith nicht kennt; die Datei wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <source>%1 has bytes that are not valid in its encoding; they were replaced by �.</source>
        <translation>%1 enthält Bytes, die in der Kodierung der Datei nicht gültig sind; sie wurden durch � ersetzt.</translation>
    </message>
    <message>
        <source>%1 nests its elements more than %2 levels deep, deeper than any real page; Dialogsmith does not read it.</source>
        <translation>%1 verschachtelt die Elemente mehr als %2 Ebenen tief, tiefer als jede echte Seite; Dialogsmith liest die Datei nicht.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file: it is an HTML page.</source>
        <translation>%1 ist keine PDF-Datei, sondern eine HTML-Seite.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file (it does not start with %PDF-).</source>
        <translation>%1 ist keine PDF-Datei (sie beginnt nicht mit %PDF-).</translation>
    </message>
    <message>
        <source>%1 is encrypted; Dialogsmith cannot read it without its password.</source>
        <translation>%1 ist verschlüsselt; Dialogsmith kann die Datei ohne das Passwort nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the end of the PDF) and no text could be read from it.</source>
        <translation>%1 ist unvollständig (die Datei endet vor dem Ende des PDF), und es konnte kein Text daraus gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scanned PDF needs OCR first).</source>
        <translation>%1 hat keine Textebene (ein gescanntes PDF braucht zuerst eine Texterkennung per OCR).</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read: %2</source>
        <translation>%1 ist ein beschädigtes PDF, das nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read.</source>
        <translation>%1 ist ein beschädigtes PDF, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the end of the PDF): pages may be missing.</source>
        <translation>%1 ist unvollständig (die Datei endet vor dem Ende des PDF): Möglicherweise fehlen Seiten.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pages have no text (scanned pages need OCR first).</source>
        <translation>%1: %2 von %3 Seiten haben keinen Text (gescannte Seiten brauchen zuerst eine Texterkennung per OCR).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 has no text, only markup.</source>
        <translation>%1 enthält keinen Text, nur Markup.</translation>
    </message>
    <message>
        <source>%1 has no text (only white space).</source>
        <translation>%1 enthält keinen Text (nur Leerraum).</translation>
    </message>
    <message>
        <source>%1 has more text than a project document may hold (%2 million characters).</source>
        <translation>%1 enthält mehr Text, als ein Projektdokument aufnehmen kann (%2 Millionen Zeichen).</translation>
    </message>
    <message>
        <source>The pasted document</source>
        <translation>Das eingefügte Dokument</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Dokumente (%1);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>EmbeddingRecipe</name>
    <message>
        <source>Embedding triplets need documents: add a document whose chunks the queries are about.</source>
        <translation>Embedding-Tripletts brauchen Dokumente: ein Dokument hinzufügen, um dessen Ausschnitte es in den Anfragen geht.</translation>
    </message>
</context>
<context>
    <name>EvolRecipe</name>
    <message>
        <source>Cannot read the project&apos;s instructions: %1</source>
        <translation>Die Anweisungen des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Evol needs instructions to evolve: add seed instructions in the run settings, or make instruction samples first.</source>
        <translation>Evol braucht Anweisungen zum Weiterentwickeln: Seed-Anweisungen in den Durchlauf-Einstellungen hinzufügen oder zuerst Anweisungsbeispiele erzeugen.</translation>
    </message>
    <message>
        <source>it is a refusal or boilerplate (&quot;%1&quot;).</source>
        <translation>es ist eine Ablehnung oder Floskel („%1“).</translation>
    </message>
    <message>
        <source>it copies its parent.</source>
        <translation>es kopiert seine Vorlage.</translation>
    </message>
    <message>
        <source>it copies the words of the prompt that asked for it (&quot;%1&quot;).</source>
        <translation>es kopiert die Wörter des Prompts, der danach gefragt hat („%1“).</translation>
    </message>
    <message>
        <source>it is shorter than its parent (%1 characters, its parent %2).</source>
        <translation>es ist kürzer als seine Vorlage (%1 Zeichen, die Vorlage %2).</translation>
    </message>
    <message>
        <source>The evolution was dropped: its answer is a refusal (&quot;%1&quot;).</source>
        <translation>Die Weiterentwicklung wurde verworfen: Ihre Antwort ist eine Ablehnung („%1“).</translation>
    </message>
    <message>
        <source>The evolution was dropped: %1</source>
        <translation>Die Weiterentwicklung wurde verworfen: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>OpenAI messages</source>
        <translation>OpenAI-Nachrichten</translation>
    </message>
    <message>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <source>DPO (conversational)</source>
        <translation>DPO (Gesprächsformat)</translation>
    </message>
    <message>
        <source>DPO (plain text)</source>
        <translation>DPO (reiner Text)</translation>
    </message>
    <message>
        <source>Triplets (sentence-transformers)</source>
        <translation>Tripletts (sentence-transformers)</translation>
    </message>
    <message>
        <source>Turns (Kolosal Plane)</source>
        <translation>Beiträge (Kolosal Plane)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>One sample per line as {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}: OpenAI fine-tuning, TRL&apos;s SFTTrainer, Axolotl&apos;s chat_template, LLaMA-Factory.</source>
        <translation>Ein Beispiel pro Zeile als {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}: Fine-Tuning von OpenAI, SFTTrainer von TRL, chat_template von Axolotl, LLaMA-Factory.</translation>
    </message>
    <message>
        <source>One sample per line as {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}: LLaMA-Factory&apos;s and Axolotl&apos;s ShareGPT format.</source>
        <translation>Ein Beispiel pro Zeile als {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}: das ShareGPT-Format von LLaMA-Factory und Axolotl.</translation>
    </message>
    <message>
        <source>One sample per line as instruction, input, output, system and history (the earlier exchanges): LLaMA-Factory&apos;s Alpaca format.</source>
        <translation>Ein Beispiel pro Zeile als instruction, input, output, system und history (die früheren Runden): das Alpaca-Format von LLaMA-Factory.</translation>
    </message>
    <message>
        <source>Preference pairs for TRL&apos;s DPOTrainer: prompt, chosen and rejected as message lists, one line per rejected response.</source>
        <translation>Präferenzpaare für den DPOTrainer von TRL: prompt, chosen und rejected als Nachrichtenlisten, eine Zeile pro abgelehnter Antwort.</translation>
    </message>
    <message>
        <source>Preference pairs for TRL&apos;s DPOTrainer as plain text: prompt, chosen and rejected strings, one line per rejected response.</source>
        <translation>Präferenzpaare für den DPOTrainer von TRL als reiner Text: prompt, chosen und rejected als Zeichenketten, eine Zeile pro abgelehnter Antwort.</translation>
    </message>
    <message>
        <source>Embedding triplets for sentence-transformers: anchor, positive and negative, one line per negative, hard negatives first.</source>
        <translation>Embedding-Tripletts für sentence-transformers: anchor, positive und negative, eine Zeile pro Negativ, harte Negative zuerst.</translation>
    </message>
    <message>
        <source>One line per answer with the conversation before it (chat_history), the answer (llm_response) and its grounding document, as Kolosal Plane writes them.</source>
        <translation>Eine Zeile pro Antwort mit dem vorangehenden Gespräch (chat_history), der Antwort (llm_response) und ihrem Bezugsdokument, wie Kolosal Plane sie schreibt.</translation>
    </message>
    <message>
        <source>One row per sample with its topic, personas and each exchange in a user and an assistant column, for spreadsheets.</source>
        <translation>Eine Zeile pro Beispiel mit Thema, Personas und jeder Runde in einer Nutzer- und einer Assistentenspalte, für Tabellenkalkulationen.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>Die Beispiele können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 samples (the %2 format does not take them)</source>
        <translation>%1-Beispiele (das Format %2 nimmt sie nicht auf)</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a file, and an export with a split or a dataset card is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist eine Datei, und ein Export mit Aufteilung oder Datensatzkarte ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder cannot be made.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FilterChecker</name>
    <message>
        <source>Cannot check the samples against the filters: %1</source>
        <translation>Die Beispiele können nicht mit den Filtern geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>FountainImport</name>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: a setup.yaml holds a mapping (initial_prompt, user_role, …).</source>
        <translation>%1: Eine setup.yaml enthält ein Mapping (initial_prompt, user_role, …).</translation>
    </message>
    <message>
        <source>placeholder %1</source>
        <translation>Platzhalter %1</translation>
    </message>
    <message>
        <source>%1, line %2: the evolving direction (%3) has no template variable in a conversation&apos;s templates; it was left out (a comment marks the place). The directions became Evol-Instruct directions.</source>
        <translation>%1, Zeile %2: Die Weiterentwicklungsrichtung (%3) hat keine Vorlagenvariable in den Vorlagen eines Gesprächs; sie wurde ausgelassen (ein Kommentar markiert die Stelle). Die Richtungen wurden zu Evol-Instruct-Richtungen.</translation>
    </message>
    <message>
        <source>%1, line %2: the placeholder (%3) has no template variable; it was left out (a comment marks the place).</source>
        <translation>%1, Zeile %2: Der Platzhalter (%3) hat keine Vorlagenvariable; er wurde ausgelassen (ein Kommentar markiert die Stelle).</translation>
    </message>
    <message>
        <source>%1 has no setup.yaml: it is not an Auto Data Fountain folder.</source>
        <translation>%1 hat keine setup.yaml: Es ist kein Ordner von Auto Data Fountain.</translation>
    </message>
    <message>
        <source>%1 has no diagram.mermaid: no scenario was added.</source>
        <translation>%1 hat keine diagram.mermaid: Es wurde kein Szenario hinzugefügt.</translation>
    </message>
    <message>
        <source>The user&apos;s role in the Auto Data Fountain set-up.</source>
        <translation>Die Rolle des Nutzers in der Konfiguration von Auto Data Fountain.</translation>
    </message>
    <message>
        <source>The assistant&apos;s role in the Auto Data Fountain set-up.</source>
        <translation>Die Rolle des Assistenten in der Konfiguration von Auto Data Fountain.</translation>
    </message>
    <message>
        <source>%1: output_format was left out: Dialogsmith asks for one message at a time, not whole conversations as JSON. Read the starter and user turn templates through: they now ask the user simulator for its next message.</source>
        <translation>%1: output_format wurde ausgelassen: Dialogsmith fragt jeweils nach einer Nachricht, nicht nach ganzen Gesprächen als JSON. Die Vorlagen für die Eröffnungsfrage und die Folgefrage durchsehen: Sie fragen den Nutzersimulator jetzt nach seiner nächsten Nachricht.</translation>
    </message>
    <message>
        <source>%1: the evolving direction &quot;%2&quot; matches no Evol-Instruct direction; it was left out.</source>
        <translation>%1: Die Weiterentwicklungsrichtung „%2“ entspricht keiner Evol-Instruct-Richtung; sie wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <translation>die Antwort des Servers ist kein gültiges HTTP (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
</context>
<context>
    <name>InstructionRecipe</name>
    <message>
        <source>It is a refusal or boilerplate (&quot;%1&quot;).</source>
        <translation>Es ist eine Ablehnung oder Floskel („%1“).</translation>
    </message>
    <message numerus="yes">
        <source>It is shorter than %n word(s).</source>
        <translation>
            <numerusform>Sie ist kürzer als %n Wort.</numerusform>
            <numerusform>Sie ist kürzer als %n Wörter.</numerusform>
        </translation>
    </message>
    <message>
        <source>It copies the instruction it was made from: &quot;%1&quot;.</source>
        <translation>Sie kopiert die Anweisung, aus der sie entstand: „%1“.</translation>
    </message>
    <message>
        <source>The instruction was dropped: %1</source>
        <translation>Die Anweisung wurde verworfen: %1</translation>
    </message>
</context>
<context>
    <name>JudgeRecipe</name>
    <message>
        <source>There is no rubric &quot;%1&quot; to judge with.</source>
        <translation>Es gibt keine Rubrik „%1“ zum Bewerten.</translation>
    </message>
    <message>
        <source>It has no message to judge.</source>
        <translation>Es hat keine Nachricht zum Bewerten.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Put the key in an environment variable instead.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (%1). Den Schlüssel stattdessen in einer Umgebungsvariablen hinterlegen.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused (%1).</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain denied access (%1).</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The key could not be deleted from the system keychain (%1).</source>
        <translation>Der Schlüssel konnte nicht aus dem Systemschlüsselbund gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet (%1).</translation>
    </message>
</context>
<context>
    <name>KnowledgeRecipe</name>
    <message>
        <source>Knowledge Q&amp;A needs documents: add a document to ground the questions in.</source>
        <translation>Wissens-Q&amp;A braucht Dokumente: ein Dokument hinzufügen, auf das sich die Fragen stützen.</translation>
    </message>
    <message>
        <source>The answer was dropped: the judge found it unfaithful to its chunk.</source>
        <translation>Die Antwort wurde verworfen: Der Judge hat sie als untreu zu ihrem Ausschnitt befunden.</translation>
    </message>
    <message>
        <source>The answer was dropped: the judge found it unfaithful to its chunk (%1)</source>
        <translation>Die Antwort wurde verworfen: Der Judge hat sie als untreu zu ihrem Ausschnitt befunden (%1)</translation>
    </message>
</context>
<context>
    <name>MermaidReader</name>
    <message>
        <source>exactly one</source>
        <translation>genau eins</translation>
    </message>
    <message>
        <source>zero or one</source>
        <translation>null oder eins</translation>
    </message>
    <message>
        <source>one or more</source>
        <translation>eins oder mehr</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>null oder mehr</translation>
    </message>
    <message>
        <source>line %1: not a node or link: %2</source>
        <translation>Zeile %1: weder Knoten noch Verbindung: %2</translation>
    </message>
    <message>
        <source>line %1: could not read &quot;%2&quot;</source>
        <translation>Zeile %1: „%2“ konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>line %1: the diagram is too long; the rest was not read.</source>
        <translation>Zeile %1: Das Diagramm ist zu lang; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>the entity %1 is not closed by &apos;}&apos;.</source>
        <translation>die Entität %1 wird nicht mit „}“ geschlossen.</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entitäten:</translation>
    </message>
    <message>
        <source>is linked to</source>
        <translation>ist verbunden mit</translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation>Beziehungen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anmerkungen:</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>someone who wants to learn about the topic</source>
        <translation>jemand, der etwas über das Thema lernen möchte</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>a knowledgeable, helpful assistant</source>
        <translation>ein kenntnisreicher, hilfsbereiter Assistent</translation>
    </message>
    <message>
        <source>The project has no topics: add at least one topic to generate conversations about.</source>
        <translation>Das Projekt hat keine Themen: Mindestens ein Thema hinzufügen, zu dem Gespräche erzeugt werden sollen.</translation>
    </message>
</context>
<context>
    <name>PreferenceRecipe</name>
    <message>
        <source>The preference responses name the profile &quot;%1&quot;, which the project does not have.</source>
        <translation>Die Präferenzantworten nennen das Profil „%1“, das es im Projekt nicht gibt.</translation>
    </message>
    <message>
        <source>The prompt was dropped: %1</source>
        <translation>Der Prompt wurde verworfen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The pair was dropped: all %n response(s) say the same.</source>
        <translation>
            <numerusform>Das Paar wurde verworfen: Die %n Antwort sagt dasselbe.</numerusform>
            <numerusform>Das Paar wurde verworfen: Alle %n Antworten sagen dasselbe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>Gespräch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Conversation %1 no longer has an answer at message %2 to answer again.</source>
        <translation>Gespräch %1 hat keine Antwort bei Nachricht %2 mehr, die neu beantwortet werden könnte.</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s preference pairs: %1</source>
        <translation>Die Präferenzpaare des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s conversations: %1</source>
        <translation>Die Gespräche des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Preference pairs from conversations need conversations to answer again: make conversation samples first (complete ones that are not rejected).</source>
        <translation>Präferenzpaare aus Gesprächen brauchen Gespräche, die neu beantwortet werden: Erzeugen Sie zuerst Gesprächsbeispiele (abgeschlossene, nicht abgelehnte).</translation>
    </message>
    <message>
        <source>Every answer of the project&apos;s conversations already has its preference pair: make more conversations first, or choose prompts as the source.</source>
        <translation>Jede Antwort der Gespräche des Projekts hat bereits ihr Präferenzpaar: Erzeugen Sie zuerst weitere Gespräche oder wählen Sie Prompts als Quelle.</translation>
    </message>
    <message>
        <source>Sample %1 has no conversation to answer again.</source>
        <translation>Beispiel %1 hat kein Gespräch, das neu beantwortet werden könnte.</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1/%2 conversations</source>
        <translation>%1/%2 Gespräche</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 tokens</source>
        <translation> · %1 Tokens</translation>
    </message>
    <message numerus="yes">
        <source> · %n rate-limited</source>
        <translation>
            <numerusform> · %n ratenbegrenzt</numerusform>
            <numerusform> · %n ratenbegrenzt</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 messages/s</source>
        <translation> · %1 Nachrichten/s</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · Restzeit %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 conversations already done.</source>
        <translation>Durchlauf %1 wird fortgesetzt: %2 von %3 Gesprächen bereits erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: generating %n conversation(s).</source>
        <translation>
            <numerusform>Durchlauf %1: %n Gespräch wird erzeugt.</numerusform>
            <numerusform>Durchlauf %1: %n Gespräche werden erzeugt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: the file that is there cannot be replaced.</source>
        <translation>%1 kann nicht angelegt werden: Die dort vorhandene Datei kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (not an SQLite database, or damaged).</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Dialogsmith-Projekt (keine SQLite-Datenbank oder beschädigt).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (it has no project metadata).</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Dialogsmith-Projekt (es enthält keine Projektmetadaten).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (its metadata names no Dialogsmith format).</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Dialogsmith-Projekt (seine Metadaten nennen kein Dialogsmith-Format).</translation>
    </message>
    <message>
        <source>Cannot open %1: its format version &quot;%2&quot; is not valid.</source>
        <translation>%1 kann nicht geöffnet werden: Die Formatversion „%2“ ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by a newer Dialogsmith (project format %2; this version reads up to format %3). Update Dialogsmith to open it.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei wurde mit einer neueren Dialogsmith-Version erstellt (Projektformat %2; diese Version liest bis Format %3). Dialogsmith aktualisieren, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project over itself (%1).</source>
        <translation>Eine Kopie des Projekts kann nicht über das Projekt selbst gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot save to %1: the file that is there cannot be replaced.</source>
        <translation>Speichern in %1 nicht möglich: Die dort vorhandene Datei kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by an older Dialogsmith and must be updated, but it cannot be written. Make it writable, or open a copy.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei wurde mit einer älteren Dialogsmith-Version erstellt und muss aktualisiert werden, ist aber nicht beschreibbar. Die Datei beschreibbar machen oder eine Kopie öffnen.</translation>
    </message>
    <message>
        <source>Cannot open %1: updating it from format %2 failed: %3</source>
        <translation>%1 kann nicht geöffnet werden: Die Aktualisierung von Format %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>ProjectSpec</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 liegt nicht zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>unbekannter Schlüssel; war &quot;%1&quot; gemeint?</translation>
    </message>
    <message>
        <source>unknown key.</source>
        <translation>unbekannter Schlüssel.</translation>
    </message>
    <message>
        <source>expected text in double quotes, found %1.</source>
        <translation>Text in doppelten Anführungszeichen erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a number, found %1.</source>
        <translation>Zahl erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a number or null, found %1.</source>
        <translation>Zahl oder null erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3.</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, %3 gefunden.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>expected an object {…}, found %1.</source>
        <translation>Objekt {…} erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a list […], found %1.</source>
        <translation>Liste […] erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>true oder false erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>names no file.</source>
        <translation>nennt keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: only a spec read from a file can refer to files.</source>
        <translation>%1 kann nicht gelesen werden: Nur eine aus einer Datei gelesene Spezifikation kann auf Dateien verweisen.</translation>
    </message>
    <message>
        <source>%1 is an absolute path: files are named relative to the spec&apos;s folder.</source>
        <translation>%1 ist ein absoluter Pfad: Dateien werden relativ zum Ordner der Spezifikation angegeben.</translation>
    </message>
    <message>
        <source>%1 is outside the spec&apos;s folder.</source>
        <translation>%1 liegt außerhalb des Ordners der Spezifikation.</translation>
    </message>
    <message>
        <source>there is no file %1 in %2.</source>
        <translation>in %2 gibt es keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 leads outside the spec&apos;s folder.</source>
        <translation>%1 führt aus dem Ordner der Spezifikation heraus.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (documents are read as plain text or Markdown).</source>
        <translation>%1 ist kein UTF-8-Text (Dokumente werden als reiner Text oder Markdown gelesen).</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>%1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>topics are nested more than %1 deep.</source>
        <translation>Themen sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>expected a topic (its name in double quotes, or an object {&quot;name&quot;: …}), found %1.</source>
        <translation>Thema erwartet (sein Name in doppelten Anführungszeichen oder ein Objekt {&quot;name&quot;: …}), %1 gefunden.</translation>
    </message>
    <message>
        <source>a persona, an object {&quot;name&quot;: …}</source>
        <translation>eine Persona, ein Objekt {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not &quot;user&quot; or &quot;assistant&quot;.</source>
        <translation>%1 ist nicht &quot;user&quot; oder &quot;assistant&quot;.</translation>
    </message>
    <message>
        <source>a scenario (its description in double quotes, or an object)</source>
        <translation>ein Szenario (seine Beschreibung in doppelten Anführungszeichen oder ein Objekt)</translation>
    </message>
    <message>
        <source>a structure (its name in double quotes, or an object)</source>
        <translation>eine Struktur (ihr Name in doppelten Anführungszeichen oder ein Objekt)</translation>
    </message>
    <message>
        <source>a document, an object {&quot;title&quot;: …, &quot;text&quot;: …}</source>
        <translation>ein Dokument, ein Objekt {&quot;title&quot;: …, &quot;text&quot;: …}</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; or &quot;file&quot;, not both.</source>
        <translation>entweder &quot;text&quot; oder &quot;file&quot; angeben, nicht beides.</translation>
    </message>
    <message>
        <source>a document needs its &quot;text&quot; or a &quot;file&quot; to read it from.</source>
        <translation>ein Dokument braucht &quot;text&quot; oder eine Datei in &quot;file&quot;, aus der der Text gelesen wird.</translation>
    </message>
    <message>
        <source>the template&apos;s text, or an object {&quot;file&quot;: …}</source>
        <translation>der Text der Vorlage oder ein Objekt {&quot;file&quot;: …}</translation>
    </message>
    <message>
        <source>needs &quot;file&quot;: the template file to read.</source>
        <translation>braucht &quot;file&quot;: die einzulesende Vorlagendatei.</translation>
    </message>
    <message>
        <source>a provider profile, an object {&quot;name&quot;: …}</source>
        <translation>ein Anbieterprofil, ein Objekt {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>an endpoint, an object {&quot;baseUrl&quot;: …}</source>
        <translation>ein Endpunkt, ein Objekt {&quot;baseUrl&quot;: …}</translation>
    </message>
    <message>
        <source>the model&apos;s prices, an object {&quot;input&quot;: …, &quot;output&quot;: …}</source>
        <translation>die Preise des Modells, ein Objekt {&quot;input&quot;: …, &quot;output&quot;: …}</translation>
    </message>
    <message>
        <source>give both &quot;min&quot; and &quot;max&quot;, or one number for a fixed number of turns.</source>
        <translation>sowohl &quot;min&quot; als auch &quot;max&quot; angeben oder eine einzelne Zahl für eine feste Anzahl von Beiträgen.</translation>
    </message>
    <message>
        <source>expected a number of turns or an object {&quot;min&quot;: …, &quot;max&quot;: …}, found %1.</source>
        <translation>Anzahl von Beiträgen oder ein Objekt {&quot;min&quot;: …, &quot;max&quot;: …} erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>a persona needs a name.</source>
        <translation>eine Persona braucht einen Namen.</translation>
    </message>
    <message>
        <source>every %1 persona has weight 0: at least one must have more.</source>
        <translation>alle Personas der Seite %1 haben das Gewicht 0: Mindestens eine muss ein höheres haben.</translation>
    </message>
    <message>
        <source>a scenario needs a description.</source>
        <translation>ein Szenario braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>a structure needs a name.</source>
        <translation>eine Struktur braucht einen Namen.</translation>
    </message>
    <message>
        <source>a document needs a title.</source>
        <translation>ein Dokument braucht einen Titel.</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
    <message>
        <source>the document has no text.</source>
        <translation>das Dokument hat keinen Text.</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2: the overlap must be less than the chunk size.</source>
        <translation>%1 liegt nicht zwischen 0 und %2: Die Überlappung muss kleiner als die Ausschnittgröße sein.</translation>
    </message>
    <message>
        <source>%1 is not a weight: a weight is a number from 0 to %2.</source>
        <translation>%1 ist kein Gewicht: Ein Gewicht ist eine Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>every weight is 0: at least one must be more, or nothing can be drawn.</source>
        <translation>alle Gewichte sind 0: Mindestens eines muss größer sein, sonst kann nichts gezogen werden.</translation>
    </message>
    <message>
        <source>a topic needs a name.</source>
        <translation>ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <source>the template is empty.</source>
        <translation>die Vorlage ist leer.</translation>
    </message>
    <message>
        <source>%1 is also the name of providers[%2]: every profile needs a name of its own.</source>
        <translation>%1 ist auch der Name von providers[%2]: Jedes Profil braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>a price needs the name of its model.</source>
        <translation>ein Preis braucht den Namen seines Modells.</translation>
    </message>
    <message>
        <source>%1 is not a price: dollars per million tokens, at least 0.</source>
        <translation>%1 ist kein Preis: Dollar pro Million Tokens, mindestens 0.</translation>
    </message>
    <message>
        <source>%1 is none of the spec&apos;s provider profiles (%2).</source>
        <translation>%1 ist keines der Anbieterprofile der Spezifikation (%2).</translation>
    </message>
    <message>
        <source>%1 is more than max (%2).</source>
        <translation>%1 ist größer als max (%2).</translation>
    </message>
    <message>
        <source>%1 is not an amount of dollars of at least 0.</source>
        <translation>%1 ist kein Dollarbetrag von mindestens 0.</translation>
    </message>
    <message>
        <source>the end marker is empty: the user simulator could not end a conversation.</source>
        <translation>die Endmarkierung ist leer: Der Nutzersimulator könnte kein Gespräch beenden.</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply.</source>
        <translation>das JSON ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>the JSON is too large.</source>
        <translation>das JSON ist zu groß.</translation>
    </message>
    <message>
        <source>there is more after the spec&apos;s closing brace.</source>
        <translation>nach der schließenden geschweiften Klammer der Spezifikation folgt noch etwas.</translation>
    </message>
    <message>
        <source>this text is not valid UTF-8.</source>
        <translation>dieser Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>the JSON ends too early: the file is cut short, or a bracket, brace or quote is not closed.</source>
        <translation>das JSON endet zu früh: Die Datei ist abgeschnitten, oder eine eckige oder geschweifte Klammer oder ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key.</source>
        <translation>nach einem Schlüssel wird „:“ erwartet.</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two values.</source>
        <translation>zwischen zwei Werten wird „,“ erwartet.</translation>
    </message>
    <message>
        <source>expected a value: text in double quotes, a number, true, false, null, a list or an object (keys need double quotes too).</source>
        <translation>Wert erwartet: Text in doppelten Anführungszeichen, eine Zahl, true, false, null, eine Liste oder ein Objekt (auch Schlüssel brauchen doppelte Anführungszeichen).</translation>
    </message>
    <message>
        <source>this is not a number JSON allows (or it is too large).</source>
        <translation>dies ist keine in JSON zulässige Zahl (oder sie ist zu groß).</translation>
    </message>
    <message>
        <source>this is not an escape sequence JSON allows (a backslash in text is written \\).</source>
        <translation>dies ist keine in JSON zulässige Escape-Sequenz (ein Backslash im Text wird als \\ geschrieben).</translation>
    </message>
    <message>
        <source>the text is not closed by &apos;&quot;&apos;.</source>
        <translation>der Text wird nicht mit „&quot;“ geschlossen.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the spec is larger than %1 MiB.</source>
        <translation>die Spezifikation ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>the spec is empty.</source>
        <translation>die Spezifikation ist leer.</translation>
    </message>
    <message>
        <source>the spec is a list; a spec is an object {&quot;format&quot;: &quot;%1&quot;, …}.</source>
        <translation>die Spezifikation ist eine Liste; eine Spezifikation ist ein Objekt {&quot;format&quot;: &quot;%1&quot;, …}.</translation>
    </message>
    <message>
        <source>the key %1 appears twice in the same object.</source>
        <translation>der Schlüssel %1 kommt im selben Objekt zweimal vor.</translation>
    </message>
    <message>
        <source>missing: a Dialogsmith spec starts with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>fehlt: Eine Dialogsmith-Spezifikation beginnt mit &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;: this is not a Dialogsmith spec.</source>
        <translation>%1 ist nicht &quot;%2&quot;: Dies ist keine Dialogsmith-Spezifikation.</translation>
    </message>
    <message>
        <source>missing: a spec says which version of the format it is written in, such as &quot;version&quot;: %1.</source>
        <translation>fehlt: Eine Spezifikation gibt an, in welcher Version des Formats sie geschrieben ist, etwa &quot;version&quot;: %1.</translation>
    </message>
    <message>
        <source>%1 is not a spec version: versions are whole numbers from 1.</source>
        <translation>%1 ist keine Spezifikationsversion: Versionen sind ganze Zahlen ab 1.</translation>
    </message>
    <message>
        <source>written by a newer Dialogsmith: spec version %1, this version reads up to %2.</source>
        <translation>mit einer neueren Dialogsmith-Version geschrieben: Spezifikationsversion %1, diese Version liest bis %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>expected a key in double quotes, a &apos;,&apos; between members, or the &apos;}&apos; that closes the object.</source>
        <translation>Schlüssel in doppelten Anführungszeichen, „,“ zwischen Einträgen oder „}“ am Ende des Objekts erwartet.</translation>
    </message>
    <message>
        <source>expected a &apos;,&apos; between items, or the &apos;]&apos; that closes the list.</source>
        <translation>„,“ zwischen Elementen oder „]“ am Ende der Liste erwartet.</translation>
    </message>
    <message>
        <source>text cannot hold a line break or other control character as it is: write \n for a line break, \t for a tab.</source>
        <translation>Text darf keinen Zeilenumbruch und kein anderes Steuerzeichen unverändert enthalten: \n für einen Zeilenumbruch und \t für einen Tabulator schreiben.</translation>
    </message>
    <message>
        <source>%1 is not a mode; the modes are %2.</source>
        <translation>%1 ist kein Modus; die Modi sind %2.</translation>
    </message>
    <message>
        <source>%1 is not a direction; the directions are %2.</source>
        <translation>%1 ist keine Richtung; die Richtungen sind %2.</translation>
    </message>
    <message>
        <source>a rubric, an object {&quot;name&quot;: …}</source>
        <translation>eine Rubrik, ein Objekt {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>a seed instruction is empty.</source>
        <translation>eine Seed-Anweisung ist leer.</translation>
    </message>
    <message>
        <source>choose at least one direction to evolve in.</source>
        <translation>mindestens eine Richtung zum Weiterentwickeln wählen.</translation>
    </message>
    <message>
        <source>give at least one temperature for the responses.</source>
        <translation>mindestens eine Temperatur für die Antworten angeben.</translation>
    </message>
    <message>
        <source>%1 is not less than max_characters (%2).</source>
        <translation>%1 ist nicht kleiner als max_characters (%2).</translation>
    </message>
    <message>
        <source>a rubric needs a name.</source>
        <translation>eine Rubrik braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is also the name of rubrics[%2]: every rubric needs a name of its own.</source>
        <translation>%1 ist auch der Name von rubrics[%2]: Jede Rubrik braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>%1 is not more than min (%2).</source>
        <translation>%1 ist nicht größer als min (%2).</translation>
    </message>
    <message>
        <source>a rubric needs its criteria.</source>
        <translation>eine Rubrik braucht ihre Kriterien.</translation>
    </message>
    <message>
        <source>there is no rubric to judge with: add one to judge.rubrics.</source>
        <translation>es gibt keine Rubrik zum Bewerten: eine zu judge.rubrics hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is none of the rubrics (%2).</source>
        <translation>%1 ist keine der Rubriken (%2).</translation>
    </message>
    <message>
        <source>%1 is not a source of prompts; it is &quot;prompts&quot; or &quot;conversations&quot;.</source>
        <translation>%1 ist keine Quelle für Prompts; möglich sind &quot;prompts&quot; oder &quot;conversations&quot;.</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>Check the API key of profile &quot;%1&quot; (Tools ▸ Providers).</source>
        <translation>Den API-Schlüssel des Profils „%1“ prüfen (Extras ▸ Anbieter).</translation>
    </message>
    <message>
        <source>Check the model name and base URL of profile &quot;%1&quot;.</source>
        <translation>Modellnamen und Basis-URL des Profils „%1“ prüfen.</translation>
    </message>
    <message>
        <source>The account behind profile &quot;%1&quot; has no quota or credit left; the run was stopped.</source>
        <translation>Das Konto hinter dem Profil „%1“ hat kein Kontingent und kein Guthaben mehr; der Durchlauf wurde beendet.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; would send its key over plain http to another machine. Use https, or allow plain http for this profile explicitly.</source>
        <translation>Das Profil „%1“ würde seinen Schlüssel über unverschlüsseltes http an einen anderen Rechner senden. https verwenden oder unverschlüsseltes http für dieses Profil ausdrücklich erlauben.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key: store one in Tools ▸ Providers or set its environment variable.</source>
        <translation>Das Profil „%1“ hat keinen API-Schlüssel: Einen unter Extras ▸ Anbieter hinterlegen oder die zugehörige Umgebungsvariable setzen.</translation>
    </message>
    <message>
        <source>The server rejected the request of profile &quot;%1&quot;.</source>
        <translation>Der Server hat die Anfrage des Profils „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2.</source>
        <translation>Profil „%1“: %2.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2: %3)</source>
        <translation>%1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer arrived in time</source>
        <translation>es ist keine Antwort rechtzeitig eingetroffen</translation>
    </message>
    <message>
        <source>the stream stalled</source>
        <translation>der Stream ist ins Stocken geraten</translation>
    </message>
    <message>
        <source>the stream ended early</source>
        <translation>der Stream endete vorzeitig</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>ratenbegrenzt</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>der Server ist überlastet</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not in the expected format</source>
        <translation>die Antwort des Servers hat nicht das erwartete Format</translation>
    </message>
    <message>
        <source>the server reported an error during the stream</source>
        <translation>der Server hat während des Streams einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>the API key was refused</source>
        <translation>der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>Kontingent erschöpft</translation>
    </message>
    <message>
        <source>refused to send a key over plain http</source>
        <translation>das Senden eines Schlüssels über unverschlüsseltes http wurde verweigert</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>no complete exchange (a question and its answer)</source>
        <translation>keine vollständige Runde (eine Frage und ihre Antwort)</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>Cannot write to the project: %1</source>
        <translation>In das Projekt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s runs: %1</source>
        <translation>Die Durchläufe des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The project has no run %1.</source>
        <translation>Das Projekt hat keinen Durchlauf %1.</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s conversations: %1</source>
        <translation>Die Gespräche des Durchlaufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>Gespräch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Conversation %1 is damaged: message %2 is missing.</source>
        <translation>Gespräch %1 ist beschädigt: Nachricht %2 fehlt.</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s calls: %1</source>
        <translation>Die Aufrufe des Durchlaufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>Das Projekt kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <source>Can you explain %1 to me?</source>
        <translation>Kannst du mir %1 erklären?</translation>
    </message>
    <message>
        <source>(%1&apos;s answer would be here: try the system prompt or the answer template to get one.)</source>
        <translation>(Hier stünde die Antwort von %1: Den Systemprompt oder die Antwortvorlage ausprobieren, um eine zu erhalten.)</translation>
    </message>
</context>
<context>
    <name>SampleReader</name>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>Die Beispiele können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the samples: the project is not an open SQLite database.</source>
        <translation>Die Beispiele können nicht gelesen werden: Das Projekt ist keine geöffnete SQLite-Datenbank.</translation>
    </message>
</context>
<context>
    <name>TaxonomyImport</name>
    <message>
        <source>%1: a qna.yaml holds a mapping (version, created_by, seed_examples, …).</source>
        <translation>%1: Eine qna.yaml enthält ein Mapping (version, created_by, seed_examples, …).</translation>
    </message>
    <message>
        <source>version must be a whole number.</source>
        <translation>version muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>document must be a mapping (repo, commit, patterns).</source>
        <translation>document muss ein Mapping sein (repo, commit, patterns).</translation>
    </message>
    <message>
        <source>seed_examples is missing.</source>
        <translation>seed_examples fehlt.</translation>
    </message>
    <message>
        <source>seed_examples must be a list.</source>
        <translation>seed_examples muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be a mapping.</source>
        <translation>%1 muss ein Mapping sein.</translation>
    </message>
    <message>
        <source>%1.questions_and_answers must be a list.</source>
        <translation>%1.questions_and_answers muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be a mapping (question, answer).</source>
        <translation>%1 muss ein Mapping sein (question, answer).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 has no qna.yaml files: it is not an InstructLab taxonomy.</source>
        <translation>%1 enthält keine qna.yaml-Dateien: Es ist keine InstructLab-Taxonomie.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: its documents are in %2, which is not on this machine; nothing is downloaded. Clone it next to the taxonomy (or name a local folder) and import again to add them; the seed examples&apos; contexts were added instead.</source>
        <translation>%1: Die Dokumente liegen in %2, das sich nicht auf diesem Rechner befindet; es wird nichts heruntergeladen. Es neben die Taxonomie klonen (oder einen lokalen Ordner angeben) und erneut importieren, um sie hinzuzufügen; stattdessen wurden die Kontexte der Seed-Beispiele hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: %2 files match its patterns; the first %3 were read.</source>
        <translation>%1: %2 Dateien passen zu den Mustern; die ersten %3 wurden gelesen.</translation>
    </message>
    <message>
        <source>%1: no file in %2 matches its patterns (%3).</source>
        <translation>%1: Keine Datei in %2 passt zu den Mustern (%3).</translation>
    </message>
    <message>
        <source>%1: the documents were read as they are in %2, whatever its checked-out commit (the taxonomy names %3).</source>
        <translation>%1: Die Dokumente wurden so gelesen, wie sie in %2 vorliegen, unabhängig vom ausgecheckten Commit (die Taxonomie nennt %3).</translation>
    </message>
    <message>
        <source>%1 (seed contexts)</source>
        <translation>%1 (Seed-Kontexte)</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The comment is not closed by &apos;--}}&apos;.</source>
        <translation>Der Kommentar wird nicht mit „--}}“ geschlossen.</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed by &apos;}}&apos;.</source>
        <translation>„{{“ wird nicht mit „}}“ geschlossen.</translation>
    </message>
    <message>
        <source>The tag names no variable.</source>
        <translation>Das Tag nennt keine Variable.</translation>
    </message>
    <message>
        <source>Unknown helper &apos;#%1&apos;: use #if, #unless or #each.</source>
        <translation>Unbekannte Hilfsfunktion „#%1“: #if, #unless oder #each verwenden.</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; needs a variable.</source>
        <translation>„{{#%1}}“ braucht eine Variable.</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; takes one variable, not &apos;%2&apos;.</source>
        <translation>„{{#%1}}“ erwartet genau eine Variable, nicht „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a variable name.</source>
        <translation>„%1“ ist kein Variablenname.</translation>
    </message>
    <message>
        <source>Unknown section end &apos;{{/%1}}&apos;.</source>
        <translation>Unbekanntes Abschnittsende „{{/%1}}“.</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; takes nothing after the name.</source>
        <translation>Nach dem Namen in „{{/%1}}“ darf nichts weiter stehen.</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; takes no condition: nest an &apos;{{#if}}&apos; inside it.</source>
        <translation>„{{else}}“ nimmt keine Bedingung an: Stattdessen ein „{{#if}}“ darin verschachteln.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only available inside &apos;{{#each}}&apos;.</source>
        <translation>„%1“ ist nur innerhalb von „{{#each}}“ verfügbar.</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>Abschnitte sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; is only allowed directly inside &apos;{{#if}}&apos; or &apos;{{#unless}}&apos;.</source>
        <translation>„{{else}}“ ist nur direkt innerhalb von „{{#if}}“ oder „{{#unless}}“ erlaubt.</translation>
    </message>
    <message>
        <source>A second &apos;{{else}}&apos; in the same &apos;{{#%1}}&apos;.</source>
        <translation>Ein zweites „{{else}}“ im selben „{{#%1}}“.</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; has no matching &apos;{{#%1}}&apos;.</source>
        <translation>Zu „{{/%1}}“ gibt es kein passendes „{{#%1}}“.</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; closes &apos;{{#%2}}&apos; from line %3, column %4.</source>
        <translation>„{{/%1}}“ schließt „{{#%2}}“ aus Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; is not closed by &apos;{{/%1}}&apos;.</source>
        <translation>„{{#%1}}“ wird nicht mit „{{/%1}}“ geschlossen.</translation>
    </message>
    <message>
        <source>The template produces too much text: rendering stopped here.</source>
        <translation>Die Vorlage erzeugt zu viel Text: Die Ausgabe wurde hier abgebrochen.</translation>
    </message>
    <message>
        <source>No value for &apos;%1&apos;.</source>
        <translation>Kein Wert für „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a value of a type templates do not support (%2).</source>
        <translation>„%1“ enthält einen Wert eines Typs, den Vorlagen nicht unterstützen (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list and cannot be written as text: use &apos;{{#each %1}}&apos;.</source>
        <translation>„%1“ ist eine Liste und kann nicht als Text ausgegeben werden: „{{#each %1}}“ verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a map and cannot be written as text: write one of its fields.</source>
        <translation>„%1“ ist eine Map und kann nicht als Text ausgegeben werden: Eines ihrer Felder ausgeben.</translation>
    </message>
    <message>
        <source>&apos;{{#each %1}}&apos; needs a list, but &apos;%1&apos; is %2.</source>
        <translation>„{{#each %1}}“ braucht eine Liste, aber „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;.</source>
        <translation>Unbekannte Variable „%1“.</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;: &apos;%2&apos; is %3 and has no fields.</source>
        <translation>Unbekannte Variable „%1“: „%2“ ist %3 und hat keine Felder.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>TemplateSet</name>
    <message>
        <source>The %1 template is not part of this run.</source>
        <translation>Die Vorlage %1 gehört nicht zu diesem Durchlauf.</translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>Die Vorlage %1 kann nicht gerendert werden: %2</translation>
    </message>
</context>
<context>
    <name>VariableSchema</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>The persona&apos;s name.</source>
        <translation>Der Name der Persona.</translation>
    </message>
    <message>
        <source>Who the persona is, in a sentence or two.</source>
        <translation>Wer die Persona ist, in ein bis zwei Sätzen.</translation>
    </message>
    <message>
        <source>How the persona relates to the other speaker (for example &quot;student of&quot;).</source>
        <translation>Die Beziehung der Persona zum Gesprächspartner (zum Beispiel „Schüler von“).</translation>
    </message>
    <message>
        <source>The persona&apos;s mood in this conversation.</source>
        <translation>Die Stimmung der Persona in diesem Gespräch.</translation>
    </message>
    <message>
        <source>How much the persona knows about the topic (for example &quot;beginner&quot;).</source>
        <translation>Der Kenntnisstand der Persona zum Thema (zum Beispiel „Anfänger“).</translation>
    </message>
    <message>
        <source>What the persona wants from the conversation.</source>
        <translation>Das Ziel, das die Persona mit dem Gespräch verfolgt.</translation>
    </message>
    <message>
        <source>How the persona talks.</source>
        <translation>Der Sprechstil der Persona.</translation>
    </message>
    <message>
        <source>The language the persona speaks.</source>
        <translation>Die Sprache, die die Persona spricht.</translation>
    </message>
    <message>
        <source>Who spoke: &quot;user&quot; or &quot;assistant&quot;.</source>
        <translation>Wer gesprochen hat: „user“ oder „assistant“.</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>Was gesagt wurde.</translation>
    </message>
    <message>
        <source>The topic&apos;s own name, the last step of its path.</source>
        <translation>Der eigene Name des Themas, die letzte Stufe seines Pfads.</translation>
    </message>
    <message>
        <source>The topic with its parents, such as &quot;Mathematics › Calculus › Derivatives&quot;.</source>
        <translation>Das Thema mit seinen übergeordneten Themen, etwa „Mathematik › Analysis › Ableitungen“.</translation>
    </message>
    <message>
        <source>The topic&apos;s description; may be empty.</source>
        <translation>Die Beschreibung des Themas; kann leer sein.</translation>
    </message>
    <message>
        <source>The persona who asks: the user side of the conversation.</source>
        <translation>Die Persona, die fragt: die Nutzerseite des Gesprächs.</translation>
    </message>
    <message>
        <source>The persona who answers: the assistant side.</source>
        <translation>Die Persona, die antwortet: die Assistentenseite.</translation>
    </message>
    <message>
        <source>The situation the conversation happens in.</source>
        <translation>Die Situation, in der das Gespräch stattfindet.</translation>
    </message>
    <message>
        <source>The kind of conversation: Q&amp;A, debate, lecture or tutoring.</source>
        <translation>Die Art des Gesprächs: Frage und Antwort, Debatte, Vortrag oder Nachhilfe.</translation>
    </message>
    <message>
        <source>The part of a document the conversation is grounded in; empty without documents.</source>
        <translation>Der Dokumentausschnitt, auf dem das Gespräch beruht; leer, wenn es keine Dokumente gibt.</translation>
    </message>
    <message>
        <source>The title of the document the chunk comes from; empty without documents.</source>
        <translation>Der Titel des Dokuments, aus dem der Ausschnitt stammt; leer, wenn es keine Dokumente gibt.</translation>
    </message>
    <message>
        <source>How many turns the conversation will have.</source>
        <translation>Wie viele Beiträge das Gespräch haben wird.</translation>
    </message>
    <message>
        <source>How many turns follow the one being written.</source>
        <translation>Wie viele Beiträge auf den gerade geschriebenen folgen.</translation>
    </message>
    <message>
        <source>Whether this is the conversation&apos;s first turn.</source>
        <translation>Ob dies der erste Beitrag des Gesprächs ist.</translation>
    </message>
    <message>
        <source>The name of the persona who spoke.</source>
        <translation>Der Name der Persona, die gesprochen hat.</translation>
    </message>
    <message>
        <source>How that kind of conversation goes; may be empty.</source>
        <translation>Wie diese Art von Gespräch abläuft; kann leer sein.</translation>
    </message>
    <message>
        <source>The messages so far, oldest first: each has role, speaker and content.</source>
        <translation>Die bisherigen Nachrichten, die älteste zuerst: Jede hat role, speaker und content.</translation>
    </message>
    <message>
        <source>The user message being answered; empty in the user simulator&apos;s prompts.</source>
        <translation>Die Nutzernachricht, die beantwortet wird; leer in den Prompts des Nutzersimulators.</translation>
    </message>
    <message>
        <source>The number of the turn (a question and its answer) being written, from 1.</source>
        <translation>Die Nummer des gerade geschriebenen Beitrags (eine Frage und ihre Antwort), ab 1.</translation>
    </message>
    <message>
        <source>What the user simulator replies to end the conversation early.</source>
        <translation>Was der Nutzersimulator antwortet, um das Gespräch vorzeitig zu beenden.</translation>
    </message>
    <message>
        <source>The rubric&apos;s name.</source>
        <translation>Der Name der Rubrik.</translation>
    </message>
    <message>
        <source>The lowest score of the scale.</source>
        <translation>Die niedrigste Wertung der Skala.</translation>
    </message>
    <message>
        <source>The highest score of the scale.</source>
        <translation>Die höchste Wertung der Skala.</translation>
    </message>
    <message>
        <source>What the judge looks for, as the user wrote it.</source>
        <translation>Worauf der Judge achtet, wie der Nutzer es geschrieben hat.</translation>
    </message>
    <message>
        <source>Example instructions the new one is modelled on.</source>
        <translation>Beispielanweisungen, nach deren Vorbild die neue gestaltet wird.</translation>
    </message>
    <message>
        <source>Add a constraint or requirement.</source>
        <translation>Eine Bedingung oder Anforderung hinzufügen.</translation>
    </message>
    <message>
        <source>Ask about the subject in more depth.</source>
        <translation>Tiefer nach dem Thema fragen.</translation>
    </message>
    <message>
        <source>Replace general ideas with concrete cases.</source>
        <translation>Allgemeine Vorstellungen durch konkrete Fälle ersetzen.</translation>
    </message>
    <message>
        <source>Require several steps of reasoning.</source>
        <translation>Mehrere Schritte des Schlussfolgerns verlangen.</translation>
    </message>
    <message>
        <source>Write a new instruction of the same domain.</source>
        <translation>Eine neue Anweisung desselben Gebiets schreiben.</translation>
    </message>
    <message>
        <source>The instruction to evolve.</source>
        <translation>Die weiterzuentwickelnde Anweisung.</translation>
    </message>
    <message>
        <source>The direction drawn for this evolution: one field is true.</source>
        <translation>Die für diese Weiterentwicklung gezogene Richtung: Ein Feld ist wahr.</translation>
    </message>
    <message>
        <source>Which evolution of the original instruction this is, from 1.</source>
        <translation>Die wievielte Weiterentwicklung der ursprünglichen Anweisung dies ist, ab 1.</translation>
    </message>
    <message>
        <source>The answer to check against the chunk.</source>
        <translation>Die Antwort, die gegen den Ausschnitt geprüft wird.</translation>
    </message>
    <message>
        <source>The response&apos;s text.</source>
        <translation>Der Text der Antwort.</translation>
    </message>
    <message>
        <source>The responses to rank, in the order they are numbered.</source>
        <translation>Die zu reihenden Antworten, in der Reihenfolge ihrer Nummerierung.</translation>
    </message>
    <message>
        <source>The rubric the judge ranks by.</source>
        <translation>Die Rubrik, nach der der Judge reiht.</translation>
    </message>
    <message>
        <source>How many queries to write.</source>
        <translation>Wie viele Anfragen zu schreiben sind.</translation>
    </message>
    <message>
        <source>The search query the chunk may or may not answer.</source>
        <translation>Die Suchanfrage, die der Ausschnitt beantworten kann oder nicht.</translation>
    </message>
    <message>
        <source>The rubric to score on.</source>
        <translation>Die Rubrik, nach der bewertet wird.</translation>
    </message>
    <message>
        <source>When one turn is judged: the answer to score; empty when the whole conversation is.</source>
        <translation>Wenn ein Beitrag bewertet wird: die zu bewertende Antwort; leer, wenn das ganze Gespräch bewertet wird.</translation>
    </message>
</context>
<context>
    <name>VerdictReader</name>
    <message>
        <source>The judge&apos;s reply holds no JSON: %1</source>
        <translation>Die Antwort des Judges enthält kein JSON: %1</translation>
    </message>
    <message>
        <source>The judge&apos;s reply is JSON but not an object {…}.</source>
        <translation>Die Antwort des Judges ist JSON, aber kein Objekt {…}.</translation>
    </message>
    <message>
        <source>The judge&apos;s &quot;score&quot; is not a number.</source>
        <translation>Der „score“ des Judges ist keine Zahl.</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;score&quot;.</source>
        <translation>Die Antwort des Judges hat keinen „score“.</translation>
    </message>
    <message>
        <source>The judge&apos;s score %1 is outside the rubric&apos;s scale (%2 to %3).</source>
        <translation>Die Wertung %1 des Judges liegt außerhalb der Skala der Rubrik (%2 bis %3).</translation>
    </message>
    <message>
        <source>The judge&apos;s &quot;%1&quot; is not true or false.</source>
        <translation>„%1“ des Judges ist weder true noch false.</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;%1&quot;.</source>
        <translation>Die Antwort des Judges hat kein „%1“.</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;ranking&quot; list.</source>
        <translation>Die Antwort des Judges hat keine „ranking“-Liste.</translation>
    </message>
    <message>
        <source>The judge&apos;s ranking must name each response from 1 to %1 once.</source>
        <translation>Die Reihung des Judges muss jede Antwort von 1 bis %1 genau einmal nennen.</translation>
    </message>
    <message>
        <source>The reply holds no JSON: %1</source>
        <translation>Die Antwort enthält kein JSON: %1</translation>
    </message>
    <message>
        <source>The reply is not a JSON list of texts.</source>
        <translation>Die Antwort ist keine JSON-Liste von Texten.</translation>
    </message>
    <message>
        <source>The reply&apos;s list holds no text.</source>
        <translation>Die Liste der Antwort enthält keinen Text.</translation>
    </message>
</context>
<context>
    <name>YamlMessages</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 must be a list of texts.</source>
        <translation>%1 muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <source>missing arguments; see --help</source>
        <translation>fehlende Argumente; siehe --help</translation>
    </message>
    <message>
        <source>too many arguments; see --help</source>
        <translation>zu viele Argumente; siehe --help</translation>
    </message>
    <message>
        <source>Creates a project file, empty or from a spec.</source>
        <translation>Legt eine Projektdatei an, leer oder aus einer Spezifikation.</translation>
    </message>
    <message>
        <source>The project file to create (*.dialogsmith).</source>
        <translation>Die anzulegende Projektdatei (*.dialogsmith).</translation>
    </message>
    <message>
        <source>Design the project from this JSON spec.</source>
        <translation>Das Projekt nach dieser JSON-Spezifikation entwerfen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Replace a file that is already there.</source>
        <translation>Eine bereits vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existiert bereits; mit --force ersetzen.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Writes a project&apos;s design as a JSON spec, or replaces it with one.
  spec export PROJECT [--output FILE]
  spec import PROJECT SPEC.json</source>
        <translation>Schreibt den Entwurf eines Projekts als JSON-Spezifikation oder ersetzt ihn durch eine.
  spec export PROJECT [--output FILE]
  spec import PROJECT SPEC.json</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export oder import</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>import: the spec to read.</source>
        <translation>import: die einzulesende Spezifikation.</translation>
    </message>
    <message>
        <source>export: write the spec to this file instead of the standard output.</source>
        <translation>export: die Spezifikation in diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>use &quot;spec export PROJECT&quot; or &quot;spec import PROJECT SPEC.json&quot;; see spec --help</source>
        <translation>&quot;spec export PROJECT&quot; oder &quot;spec import PROJECT SPEC.json&quot; verwenden; siehe spec --help</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Leave out the system prompt.</source>
        <translation>Den System-Prompt weglassen.</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>Lists a project&apos;s provider profiles, or tests that they answer.
  providers list PROJECT
  providers test PROJECT [PROFILE]</source>
        <translation>Listet die Anbieterprofile eines Projekts auf oder prüft, ob sie antworten.
  providers list PROJECT
  providers test PROJECT [PROFILE]</translation>
    </message>
    <message>
        <source>list or test</source>
        <translation>list oder test</translation>
    </message>
    <message>
        <source>test: only this profile.</source>
        <translation>test: nur dieses Profil.</translation>
    </message>
    <message>
        <source>use &quot;providers list PROJECT&quot; or &quot;providers test PROJECT&quot;; see providers --help</source>
        <translation>&quot;providers list PROJECT&quot; oder &quot;providers test PROJECT&quot; verwenden; siehe providers --help</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>key in the keychain (%1)</source>
        <translation>Schlüssel im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>key in $%1</source>
        <translation>Schlüssel in $%1</translation>
    </message>
    <message>
        <source>The project has no provider profiles.</source>
        <translation>Das Projekt hat keine Anbieterprofile.</translation>
    </message>
    <message>
        <source>The project has no provider profile &quot;%1&quot;.</source>
        <translation>Das Projekt hat kein Anbieterprofil „%1“.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: reachable %2, authorized %3, model listed %4, streams %5, reports usage %6, JSON output %7, first byte %8 ms</source>
        <translation>%1: erreichbar %2, autorisiert %3, Modell gelistet %4, Streaming %5, meldet Verbrauch %6, JSON-Ausgabe %7, erstes Byte nach %8 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Conversations in progress at once.</source>
        <translation>Gleichzeitig laufende Gespräche.</translation>
    </message>
    <message>
        <source>The provider profile for both sides.</source>
        <translation>Das Anbieterprofil für beide Seiten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The seed a new run is planned from.</source>
        <translation>Der Startwert (Seed), aus dem ein neuer Durchlauf geplant wird.</translation>
    </message>
    <message>
        <source>Stop when this much is spent (US dollars).</source>
        <translation>Anhalten, sobald so viel ausgegeben ist (US-Dollar).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stop when this many tokens are used.</source>
        <translation>Anhalten, sobald so viele Tokens verbraucht sind.</translation>
    </message>
    <message>
        <source>Start a new run even if the last one is unfinished.</source>
        <translation>Einen neuen Durchlauf starten, auch wenn der letzte unvollendet ist.</translation>
    </message>
    <message>
        <source>Resume the last run and retry its failed conversations.</source>
        <translation>Den letzten Durchlauf fortsetzen und seine fehlgeschlagenen Gespräche erneut versuchen.</translation>
    </message>
    <message>
        <source>Write events as JSON lines on the standard output.</source>
        <translation>Ereignisse als JSON-Zeilen in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>generate takes one project; see --help</source>
        <translation>generate erwartet genau ein Projekt; siehe --help</translation>
    </message>
    <message>
        <source>--new and --retry-failed exclude each other</source>
        <translation>--new und --retry-failed schließen einander aus</translation>
    </message>
    <message>
        <source>Conversation %1 failed: %2</source>
        <translation>Gespräch %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Done: run %1 is complete.</source>
        <translation>Fertig: Durchlauf %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Interrupted; run &quot;generate&quot; again to resume.</source>
        <translation>Unterbrochen; &quot;generate&quot; erneut ausführen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Run &quot;generate&quot; with a larger budget to go on.</source>
        <translation>&quot;generate&quot; mit einem größeren Budget ausführen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Stopping; what is complete is saved. Press Ctrl+C again to quit at once.</source>
        <translation>Wird angehalten; Fertiges ist gespeichert. Erneut Strg+C drücken, um sofort zu beenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) or boilerplate</source>
        <translation>
            <numerusform>%n Ablehnung oder Floskel</numerusform>
            <numerusform>%n Ablehnungen oder Floskeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty or truncated</source>
        <translation>
            <numerusform>%n leer oder abgeschnitten</numerusform>
            <numerusform>%n leer oder abgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the wrong language</source>
        <translation>
            <numerusform>%n in der falschen Sprache</numerusform>
            <numerusform>%n in der falschen Sprache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too short</source>
        <translation>
            <numerusform>%n zu kurz</numerusform>
            <numerusform>%n zu kurz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <translation>
            <numerusform>%n zu lang</numerusform>
            <numerusform>%n zu lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judged below %1</source>
        <translation>
            <numerusform>%n unter %1 bewertet</numerusform>
            <numerusform>%n unter %1 bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the samples the quality filters, the judge threshold and duplicate detection would leave out.</source>
        <translation>Die Beispiele einschließen, die die Qualitätsfilter, die Judge-Schwelle und die Duplikaterkennung auslassen würden.</translation>
    </message>
    <message>
        <source>The project is read-only: samples not checked yet are not filtered.</source>
        <translation>Das Projekt ist schreibgeschützt: Noch nicht geprüfte Beispiele werden nicht gefiltert.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n by the quality settings: %1 (--all includes them).</source>
        <translation>
            <numerusform>Von den Qualitätseinstellungen %n ausgelassen: %1 (--all schließt sie ein).</numerusform>
            <numerusform>Von den Qualitätseinstellungen %n ausgelassen: %1 (--all schließt sie ein).</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds exact and near duplicates among the project&apos;s complete samples, as the studio does in the background: new and changed samples are signed, then every sample is compared with the ones before it. Prints how many samples there are, how many duplicates and in how many groups.</source>
        <translation>Findet exakte und Beinahe-Duplikate unter den fertigen Beispielen des Projekts, wie es das Studio im Hintergrund tut: Neue und geänderte Beispiele werden signiert, dann wird jedes Beispiel mit den vorherigen verglichen. Gibt aus, wie viele Beispiele es gibt, wie viele Duplikate und in wie vielen Gruppen.</translation>
    </message>
    <message>
        <source>The project file (*.dialogsmith).</source>
        <translation>Die Projektdatei (*.dialogsmith).</translation>
    </message>
    <message>
        <source>Similarity from which two samples are near duplicates, 0.3 to 1 (default: the project&apos;s, quality.duplicates.threshold). Not saved in the project.</source>
        <translation>Ähnlichkeit, ab der zwei Beispiele Beinahe-Duplikate sind, 0.3 bis 1 (Standard: die des Projekts, quality.duplicates.threshold). Wird nicht im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>--threshold is a number from 0.3 to 1, not &quot;%1&quot;.</source>
        <translation>--threshold ist eine Zahl von 0.3 bis 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be written; duplicates are kept in the project file.</source>
        <translation>%1 kann nicht geschrieben werden; Duplikate werden in der Projektdatei gespeichert.</translation>
    </message>
    <message>
        <source>Signing samples: %1 of %2</source>
        <translation>Beispiele werden signiert: %1 von %2</translation>
    </message>
    <message>
        <source>Comparing samples: %1 of %2</source>
        <translation>Beispiele werden verglichen: %1 von %2</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message>
        <source>Exact duplicates: %1</source>
        <translation>Exakte Duplikate: %1</translation>
    </message>
    <message>
        <source>Near duplicates: %1 (similarity ≥ %2)</source>
        <translation>Beinahe-Duplikate: %1 (Ähnlichkeit ≥ %2)</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) signed in %1 s.</source>
        <translation>
            <numerusform>%n Beispiel in %1 s signiert.</numerusform>
            <numerusform>%n Beispiele in %1 s signiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample %1 dropped: %2</source>
        <translation>Beispiel %1 verworfen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 is complete, but %n sample(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>Durchlauf %1 ist fertig, aber %n Beispiel ist fehlgeschlagen; „generate --retry-failed“ wiederholt es.</numerusform>
            <numerusform>Durchlauf %1 ist fertig, aber %n Beispiele sind fehlgeschlagen; „generate --retry-failed“ wiederholt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generates samples into a project: conversations, or the samples of another mode. An unfinished run is resumed; otherwise a new run starts.</source>
        <translation>Erzeugt Beispiele in einem Projekt: Gespräche oder die Beispiele eines anderen Modus. Ein unfertiger Durchlauf wird fortgesetzt; andernfalls startet ein neuer Durchlauf.</translation>
    </message>
    <message>
        <source>What a new run makes: conversation, instruction, evol, knowledge-qa, preference or embedding (default: the project&apos;s mode).</source>
        <translation>Was ein neuer Durchlauf erzeugt: conversation, instruction, evol, knowledge-qa, preference oder embedding (Standard: der Modus des Projekts).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>How many samples a new run plans (evol: instructions to evolve).</source>
        <translation>Wie viele Beispiele ein neuer Durchlauf plant (evol: weiterzuentwickelnde Anweisungen).</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; the modes are %2.</source>
        <translation>--mode: „%1“ ist kein Modus; die Modi sind %2.</translation>
    </message>
    <message>
        <source>--mode and --retry-failed exclude each other: retrying resumes the last run as it was</source>
        <translation>--mode und --retry-failed schließen einander aus: Das Wiederholen setzt den letzten Durchlauf so fort, wie er war</translation>
    </message>
    <message>
        <source>Judges the project&apos;s complete samples on a rubric: a judge model scores each and says why. Samples already judged on the rubric are left alone unless --again is given.</source>
        <translation>Bewertet die fertigen Beispiele des Projekts nach einer Rubrik: Ein Judge-Modell bewertet jedes und begründet es. Bereits nach der Rubrik bewertete Beispiele bleiben unberührt, außer --again ist angegeben.</translation>
    </message>
    <message>
        <source>The rubric to score on (default: the project&apos;s).</source>
        <translation>Die Rubrik, nach der bewertet wird (Standard: die des Projekts).</translation>
    </message>
    <message>
        <source>The provider profile that judges (default: the project&apos;s).</source>
        <translation>Das Anbieterprofil, das bewertet (Standard: das des Projekts).</translation>
    </message>
    <message>
        <source>Score each assistant turn instead of the whole sample.</source>
        <translation>Jeden Assistenten-Beitrag statt des ganzen Beispiels bewerten.</translation>
    </message>
    <message>
        <source>Judge again the samples already judged on the rubric.</source>
        <translation>Die bereits nach der Rubrik bewerteten Beispiele erneut bewerten.</translation>
    </message>
    <message>
        <source>Samples judged at once.</source>
        <translation>Gleichzeitig bewertete Beispiele.</translation>
    </message>
    <message>
        <source>judge takes one project; see --help</source>
        <translation>judge erwartet ein Projekt; siehe --help</translation>
    </message>
    <message>
        <source>%1 does not exist; create it with &quot;dialogsmith-cli new&quot;.</source>
        <translation>%1 existiert nicht; mit „dialogsmith-cli new“ anlegen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3</source>
        <translation>%1 wird gelesen: Seite %2 von %3</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Skipped %1: its text is already a document of the project.</source>
        <translation>%1 übersprungen: Sein Text ist bereits ein Dokument des Projekts.</translation>
    </message>
    <message>
        <source>Added %1 (%2 characters).</source>
        <translation>%1 hinzugefügt (%2 Zeichen).</translation>
    </message>
    <message>
        <source>Cutting documents into chunks: %1 of %2</source>
        <translation>Dokumente werden in Ausschnitte zerlegt: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>%n Dokument hinzugefügt.</numerusform>
            <numerusform>%n Dokumente hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s documents have %n chunk(s).</source>
        <translation>
            <numerusform>Die Dokumente des Projekts haben %n Ausschnitt.</numerusform>
            <numerusform>Die Dokumente des Projekts haben %n Ausschnitte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a project&apos;s samples in a trainer&apos;s format. Samples the project&apos;s quality settings catch (filter rules, judge threshold, duplicates) are left out unless --all is given; rejected, failed and dropped samples never are written. With --split or --card the output is a folder (train, validation, README.md).
Formats: openai, sharegpt, alpaca (conversation, instruction, evol, knowledge-qa and preference samples), turns (one line per answer with its document), csv (one row per sample), dpo and dpo-text (preference samples), triplets (embedding samples).</source>
        <translation>Schreibt die Beispiele eines Projekts im Format eines Trainers. Beispiele, die die Qualitätseinstellungen des Projekts erfassen (Filterregeln, Judge-Schwelle, Duplikate), werden ausgelassen, außer --all ist angegeben; abgelehnte, fehlgeschlagene und verworfene Beispiele werden nie geschrieben. Mit --split oder --card ist die Ausgabe ein Ordner (train, validation, README.md).
Formate: openai, sharegpt, alpaca (Beispiele der Modi conversation, instruction, evol, knowledge-qa und preference), turns (eine Zeile pro Antwort mit ihrem Dokument), csv (eine Zeile pro Beispiel), dpo und dpo-text (Beispiele des Modus preference), triplets (Beispiele des Modus embedding).</translation>
    </message>
    <message>
        <source>openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv.</source>
        <translation>openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns oder csv.</translation>
    </message>
    <message>
        <source>The file to write (a folder with --split or --card).</source>
        <translation>Die zu schreibende Datei (ein Ordner bei --split oder --card).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Only samples approved in curation.</source>
        <translation>Nur bei der Kuratierung freigegebene Beispiele.</translation>
    </message>
    <message>
        <source>Only these samples (comma-separated ids).</source>
        <translation>Nur diese Beispiele (durch Kommas getrennte IDs).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Leave out samples a judge scored below this (on the project&apos;s rubric; unjudged samples are kept).</source>
        <translation>Beispiele auslassen, die ein Judge darunter bewertet hat (nach der Rubrik des Projekts; nicht bewertete Beispiele bleiben erhalten).</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Add each sample&apos;s id, mode, topic, personas, document, judge score and models (a &quot;metadata&quot; object; CSV: columns).</source>
        <translation>ID, Modus, Thema, Personas, Dokument, Judge-Wertung und Modelle jedes Beispiels hinzufügen (ein „metadata“-Objekt; CSV: Spalten).</translation>
    </message>
    <message>
        <source>dpo: &quot;each&quot; (a record per rejected response, the default) or &quot;best-worst&quot; (the chosen answer against the worst one).</source>
        <translation>dpo: „each“ (ein Eintrag pro abgelehnter Antwort, Standard) oder „best-worst“ (die gewählte Antwort gegen die schlechteste).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>triplets: leave out the easy negatives.</source>
        <translation>triplets: die leichten Negative auslassen.</translation>
    </message>
    <message>
        <source>Write the samples in a random order (see --seed).</source>
        <translation>Die Beispiele in zufälliger Reihenfolge schreiben (siehe --seed).</translation>
    </message>
    <message>
        <source>Split into train and validation: the share of samples in train, between 0 and 1 (for example 0.9).</source>
        <translation>In Training und Validierung aufteilen: der Anteil der Beispiele im Training, zwischen 0 und 1 (zum Beispiel 0.9).</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>With --split: take the validation share from each topic.</source>
        <translation>Mit --split: den Validierungsanteil aus jedem Thema nehmen.</translation>
    </message>
    <message>
        <source>The seed of --shuffle and --split (default 1).</source>
        <translation>Der Startwert für --shuffle und --split (Standard: 1).</translation>
    </message>
    <message>
        <source>Also write a Hugging Face dataset card (README.md) that says how the data was made.</source>
        <translation>Zusätzlich eine Datensatzkarte für Hugging Face (README.md) schreiben, die beschreibt, wie die Daten entstanden sind.</translation>
    </message>
    <message>
        <source>The card&apos;s licence id (default &quot;other&quot;).</source>
        <translation>Die Lizenz-ID der Datensatzkarte (Standard: „other“).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The card&apos;s language code (default &quot;en&quot;; repeatable).</source>
        <translation>Der Sprachcode der Datensatzkarte (Standard: „en“; wiederholbar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Print the first N records to the standard output and what an export would write; write no file.</source>
        <translation>Die ersten N Einträge und das, was ein Export schreiben würde, in der Standardausgabe ausgeben; keine Datei schreiben.</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;: use openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv</source>
        <translation>unbekanntes --format „%1“: openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns oder csv verwenden</translation>
    </message>
    <message>
        <source>--format is required: openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv</source>
        <translation>--format ist erforderlich: openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns oder csv</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a sample id</source>
        <translation>--ids: „%1“ ist keine Beispiel-ID</translation>
    </message>
    <message>
        <source>--ids names no sample</source>
        <translation>--ids nennt kein Beispiel</translation>
    </message>
    <message>
        <source>--pairs must be each or best-worst, not &quot;%1&quot;</source>
        <translation>--pairs muss each oder best-worst sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--seed muss eine ganze Zahl ab 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--split must be the share of samples in train, between 0 and 1 (for example 0.9), not &quot;%1&quot;</source>
        <translation>--split muss der Anteil der Beispiele im Training sein, zwischen 0 und 1 (zum Beispiel 0.9), nicht „%1“</translation>
    </message>
    <message>
        <source>--stratify needs --split</source>
        <translation>--stratify erfordert --split</translation>
    </message>
    <message>
        <source>--license and --language are for the card: add --card</source>
        <translation>--license und --language gelten für die Datensatzkarte: --card hinzufügen</translation>
    </message>
    <message>
        <source>--min-score must be a number, not &quot;%1&quot;</source>
        <translation>--min-score muss eine Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--preview must be a number of records, not &quot;%1&quot;</source>
        <translation>--preview muss eine Anzahl von Einträgen sein, nicht „%1“</translation>
    </message>
    <message>
        <source>An export would write %1 from %2.</source>
        <translation>Ein Export würde %1 für %2 schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 sample(s) skipped: %2 does not take them.</source>
        <translation>
            <numerusform>%n %1-Beispiel übersprungen: %2 nimmt es nicht auf.</numerusform>
            <numerusform>%n %1-Beispiele übersprungen: %2 nimmt sie nicht auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quality settings leave out %n: %1.</source>
        <translation>
            <numerusform>Die Qualitätseinstellungen lassen %n aus: %1.</numerusform>
            <numerusform>Die Qualitätseinstellungen lassen %n aus: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 from %2 to %3.</source>
        <translation>%1 für %2 nach %3 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n record(s)</source>
        <translation>
            <numerusform>  %1: %n Eintrag</numerusform>
            <numerusform>  %1: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n sample(s): %1.</source>
        <translation>
            <numerusform>%n Beispiel übersprungen: %1.</numerusform>
            <numerusform>%n Beispiele übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>%1 wird gelesen: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad line(s); nothing was imported. Fix them, or import the rest with --skip-bad-lines:</source>
        <translation>
            <numerusform>%1 hat %n fehlerhafte Zeile; es wurde nichts importiert. Die Zeile korrigieren oder den Rest mit --skip-bad-lines importieren:</numerusform>
            <numerusform>%1 hat %n fehlerhafte Zeilen; es wurde nichts importiert. Die Zeilen korrigieren oder den Rest mit --skip-bad-lines importieren:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad line(s) of %1:</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile von %1 übersprungen:</numerusform>
            <numerusform>%n fehlerhafte Zeilen von %1 übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 samples from %2 (%3): %4 conversations, %5 instructions.</source>
        <translation>%1 Beispiele aus %2 importiert (%3): %4 Gespräche, %5 Anweisungen.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into the design; nothing was changed:</source>
        <translation>%1 kann nicht in den Entwurf übernommen werden; es wurde nichts geändert:</translation>
    </message>
    <message>
        <source>Nothing new: the design already has everything in %1.</source>
        <translation>Nichts Neues: Der Entwurf enthält bereits alles aus %1.</translation>
    </message>
    <message>
        <source>Added to the design: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Adds documents, datasets or designs to a project.
Documents: text, Markdown, HTML and PDF files, each titled by its file name; a file whose text is already a document of the project is skipped; afterwards the documents are cut into chunks and indexed.
Datasets: JSONL files in the openai (messages), sharegpt (conversations) or alpaca (instruction, input, output, history) shape, the format found from the first record; each record becomes a sample of an import run (a conversation, or an instruction when it has one exchange). A file with bad lines is not imported unless --skip-bad-lines is given.
Designs: an InstructLab taxonomy folder (qna.yaml files: seeds, topics, documents) or an Auto Data Fountain folder (setup.yaml and diagram.mermaid: personas, templates, Evol-Instruct directions, a scenario), merged into the project&apos;s design.
Without --as, a folder with setup.yaml is an Auto Data Fountain folder, a folder with qna.yaml files a taxonomy, a .jsonl file a dataset and any other file a document.</source>
        <translation>Fügt einem Projekt Dokumente, Datensätze oder Entwürfe hinzu.
Dokumente: Text-, Markdown-, HTML- und PDF-Dateien, jeweils nach ihrem Dateinamen benannt; eine Datei, deren Text bereits ein Dokument des Projekts ist, wird übersprungen; danach werden die Dokumente in Ausschnitte zerlegt und indiziert.
Datensätze: JSONL-Dateien in der Form openai (messages), sharegpt (conversations) oder alpaca (instruction, input, output, history), wobei das Format am ersten Eintrag erkannt wird; jeder Eintrag wird zu einem Beispiel eines Import-Durchlaufs (einem Gespräch oder, bei nur einer Runde, einer Anweisung). Eine Datei mit fehlerhaften Zeilen wird nicht importiert, außer --skip-bad-lines ist angegeben.
Entwürfe: ein InstructLab-Taxonomieordner (qna.yaml-Dateien: Seed-Anweisungen, Themen, Dokumente) oder ein Ordner von Auto Data Fountain (setup.yaml und diagram.mermaid: Personas, Vorlagen, Evol-Instruct-Richtungen, ein Szenario), in den Entwurf des Projekts übernommen.
Ohne --as gilt ein Ordner mit setup.yaml als Ordner von Auto Data Fountain, ein Ordner mit qna.yaml-Dateien als Taxonomie, eine .jsonl-Datei als Datensatz und jede andere Datei als Dokument.</translation>
    </message>
    <message>
        <source>The files or folders to read.</source>
        <translation>Die zu lesenden Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>What the files are: documents, openai, sharegpt, alpaca, dataset (a JSONL dataset of any of the three), instructlab or fountain.</source>
        <translation>Was die Dateien sind: documents, openai, sharegpt, alpaca, dataset (ein JSONL-Datensatz in einem der drei Formate), instructlab oder fountain.</translation>
    </message>
    <message>
        <source>Import a dataset&apos;s good records even when some lines are bad (they are listed).</source>
        <translation>Die fehlerfreien Einträge eines Datensatzes importieren, auch wenn einige Zeilen fehlerhaft sind (sie werden aufgeführt).</translation>
    </message>
    <message>
        <source>--as %1: use documents, openai, sharegpt, alpaca, dataset, instructlab or fountain.</source>
        <translation>--as %1: documents, openai, sharegpt, alpaca, dataset, instructlab oder fountain verwenden.</translation>
    </message>
    <message>
        <source>%1 is a folder with neither a setup.yaml (Auto Data Fountain) nor qna.yaml files (InstructLab taxonomy).</source>
        <translation>%1 ist ein Ordner ohne setup.yaml (Auto Data Fountain) und ohne qna.yaml-Dateien (InstructLab-Taxonomie).</translation>
    </message>
    <message>
        <source>%1 cannot be written; nothing was imported.</source>
        <translation>%1 kann nicht geschrieben werden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Usage: dialogsmith-cli COMMAND [options]
Dialogsmith without a screen: the studio&apos;s engine for batch runs.

Commands:
  new PROJECT [--spec SPEC.json]        create a project, empty or from a spec
  spec export PROJECT [--output FILE]   write the project&apos;s design as a JSON spec
  spec import PROJECT SPEC.json         replace the project&apos;s design with a spec
  generate PROJECT [options]            generate samples (--mode); resumes an unfinished run
  judge PROJECT [options]               score the samples on a rubric with a judge model
  export PROJECT --format F --output PATH   write a dataset for training (formats: export --help)
  providers list|test PROJECT           show or test the provider profiles
  import PROJECT FILE... [--as KIND]    add documents (text, Markdown, HTML, PDF), a JSONL dataset
                                        (openai, sharegpt, alpaca) or a design (InstructLab
                                        taxonomy, Auto Data Fountain folder)
  dedup PROJECT [--threshold X]         find exact and near duplicates among the samples

COMMAND --help describes a command&apos;s options.
Exit codes: 0 done, 1 failed, 2 usage error, 3 interrupted but resumable.

Options:
  -h, --help     Displays this help.
  -v, --version  Displays version information.
</source>
        <translation>Aufruf: dialogsmith-cli BEFEHL [Optionen]
Dialogsmith ohne Bildschirm: die Engine des Studios für Stapelläufe.

Befehle:
  new PROJECT [--spec SPEC.json]        ein Projekt anlegen, leer oder aus einer Spezifikation
  spec export PROJECT [--output FILE]   den Entwurf des Projekts als JSON-Spezifikation schreiben
  spec import PROJECT SPEC.json         den Entwurf des Projekts durch eine Spezifikation ersetzen
  generate PROJECT [options]            Beispiele erzeugen (--mode); setzt einen unfertigen Durchlauf fort
  judge PROJECT [options]               die Beispiele mit einem Judge-Modell nach einer Rubrik bewerten
  export PROJECT --format F --output PATH   einen Datensatz für das Training schreiben (Formate: export --help)
  providers list|test PROJECT           die Anbieterprofile anzeigen oder testen
  import PROJECT FILE... [--as KIND]    Dokumente (Text, Markdown, HTML, PDF), einen JSONL-Datensatz
                                        (openai, sharegpt, alpaca) oder einen Entwurf
                                        (InstructLab-Taxonomie, Ordner von Auto Data Fountain) hinzufügen
  dedup PROJECT [--threshold X]         exakte und Beinahe-Duplikate unter den Beispielen finden

BEFEHL --help beschreibt die Optionen eines Befehls.
Exit-Codes: 0 fertig, 1 fehlgeschlagen, 2 Aufruffehler, 3 unterbrochen, aber fortsetzbar.

Optionen:
  -h, --help     Zeigt diese Hilfe an.
  -v, --version  Zeigt Versionsinformationen an.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dialogsmith, the synthetic data studio.</source>
        <translation>Dialogsmith, das Studio für synthetische Daten.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bildschirmfoto des Hauptfensters in &lt;Datei&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>Zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (en, de, id, zh_CN) for this run.</source>
        <translation>Die Oberfläche für diesen Start in &lt;code&gt; zeigen (en, de, id, zh_CN).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
</TS>
