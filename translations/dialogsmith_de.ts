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
    <name>ConversationExport</name>
    <message>
        <source>Cannot read the conversations: %1</source>
        <translation>Die Gespräche können nicht gelesen werden: %1</translation>
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
</context>
<context>
    <name>DatasetQuery</name>
    <message>
        <source>Cannot read the conversations: %1</source>
        <translation>Die Gespräche können nicht gelesen werden: %1</translation>
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
        <source>the document</source>
        <translation>das Dokument</translation>
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
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>Die Vorlage %1 kann nicht gerendert werden: %2</translation>
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
    <name>Dialogsmith::ExportDialog</name>
    <message>
        <source>OpenAI messages</source>
        <translation>OpenAI-Nachrichten</translation>
    </message>
    <message>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Als %1 exportieren</translation>
    </message>
    <message>
        <source>Writes one conversation per line (JSON Lines) as {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}, the chat format of OpenAI&apos;s fine-tuning and most trainers.</source>
        <translation>Schreibt ein Gespräch pro Zeile (JSON Lines) als {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}, das Chat-Format des Fine-Tunings von OpenAI und der meisten Trainer.</translation>
    </message>
    <message>
        <source>Writes one conversation per line (JSON Lines) as {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}, the ShareGPT format many open trainers read.</source>
        <translation>Schreibt ein Gespräch pro Zeile (JSON Lines) als {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}, das ShareGPT-Format, das viele offene Trainer lesen.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approved only (%Ln)</source>
        <translation>
            <numerusform>Nur &amp;freigegebene (%Ln)</numerusform>
            <numerusform>Nur &amp;freigegebene (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The complete conversations a reviewer approved</source>
        <translation>Die vollständigen Gespräche, die eine prüfende Person freigegeben hat</translation>
    </message>
    <message numerus="yes">
        <source>All that are not &amp;rejected (%Ln)</source>
        <translation>
            <numerusform>Alle nicht &amp;abgelehnten (%Ln)</numerusform>
            <numerusform>Alle nicht &amp;abgelehnten (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every complete conversation except the rejected ones</source>
        <translation>Jedes vollständige Gespräch außer den abgelehnten</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Include the &amp;system prompt</source>
        <translation>&amp;Systemprompt einbeziehen</translation>
    </message>
    <message>
        <source>Starts each conversation with the system prompt its first answer was written under</source>
        <translation>Beginnt jedes Gespräch mit dem Systemprompt, unter dem seine erste Antwort geschrieben wurde</translation>
    </message>
    <message>
        <source>Include &amp;metadata</source>
        <translation>&amp;Metadaten einbeziehen</translation>
    </message>
    <message>
        <source>Adds a &quot;metadata&quot; object to each line: topic, personas, scenario, structure, document and the models that wrote it</source>
        <translation>Fügt jeder Zeile ein „metadata“-Objekt hinzu: Thema, Personas, Szenario, Struktur, Dokument und die Modelle, die es geschrieben haben</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>The project has no complete conversation to export yet.</source>
        <translation>Das Projekt hat noch kein vollständiges Gespräch zum Exportieren.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
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
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
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
    <message numerus="yes">
        <source>Wrote %Ln conversation(s) to %1.</source>
        <translation>
            <numerusform>%Ln Gespräch nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Gespräche nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) had no complete exchange and were left out.</source>
        <translation>
            <numerusform>%Ln Gespräch hatte keine vollständige Runde und wurde ausgelassen.</numerusform>
            <numerusform>%Ln Gespräche hatten keine vollständige Runde und wurden ausgelassen.</numerusform>
        </translation>
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
        <source>OpenAI messages (JSONL)…</source>
        <translation>OpenAI-Nachrichten (JSONL)…</translation>
    </message>
    <message>
        <source>ShareGPT (JSONL)…</source>
        <translation>ShareGPT (JSONL)…</translation>
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
        <source>The document excerpt the conversation is grounded in</source>
        <translation>Der Dokumentausschnitt, auf dem das Gespräch beruht</translation>
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
        <source>&lt;b&gt;Grounded in&lt;/b&gt; %1, chunk %2</source>
        <translation>&lt;b&gt;Grundlage:&lt;/b&gt; %1, Ausschnitt %2</translation>
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
        <source>Conversations done</source>
        <translation>Fertige Gespräche</translation>
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
        <source>Conversations complete in this run, of those planned</source>
        <translation>In diesem Durchlauf fertige Gespräche, von den geplanten</translation>
    </message>
    <message>
        <source>Conversations that failed: the dataset shows why</source>
        <translation>Fehlgeschlagene Gespräche: Der Datensatz zeigt, warum</translation>
    </message>
    <message>
        <source>Conversations being written now</source>
        <translation>Gespräche, die gerade geschrieben werden</translation>
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
    <message numerus="yes">
        <source>Run %1 complete, %n conversation(s) failed</source>
        <translation>
            <numerusform>Durchlauf %1 abgeschlossen, %n Gespräch fehlgeschlagen</numerusform>
            <numerusform>Durchlauf %1 abgeschlossen, %n Gespräche fehlgeschlagen</numerusform>
        </translation>
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
        <source>How many conversations a new run plans</source>
        <translation>Wie viele Gespräche ein neuer Durchlauf plant</translation>
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
        <source>Share of conversations grounded in a chunk of a document (when there are documents)</source>
        <translation>Anteil der Gespräche, die auf einem Dokumentausschnitt beruhen (wenn es Dokumente gibt)</translation>
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
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
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
        <source>The provider profile that plays the user and writes the questions</source>
        <translation>Das Anbieterprofil, das den Nutzer spielt und die Fragen schreibt</translation>
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
        <source>Conversations written at once; the profiles&apos; own limits apply too</source>
        <translation>Gleichzeitig geschriebene Gespräche; die eigenen Grenzen der Profile gelten ebenfalls</translation>
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
        <source>The same seed and design plan the same conversations</source>
        <translation>Derselbe Seed und derselbe Entwurf planen dieselben Gespräche</translation>
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
        <source>Change Conversation Count</source>
        <translation>Gesprächsanzahl ändern</translation>
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
    <message numerus="yes">
        <source>Time: &lt;b&gt;%1&lt;/b&gt; with %n conversation(s) at once</source>
        <translation>
            <numerusform>Zeit: &lt;b&gt;%1&lt;/b&gt; mit %n Gespräch gleichzeitig</numerusform>
            <numerusform>Zeit: &lt;b&gt;%1&lt;/b&gt; mit %n Gesprächen gleichzeitig</numerusform>
        </translation>
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
        <source>Inside {{#each history}}: %1</source>
        <translation>Innerhalb von {{#each history}}: %1</translation>
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
        <source>Writes a project&apos;s conversations as JSON Lines for training.</source>
        <translation>Schreibt die Gespräche eines Projekts als JSON Lines für das Training.</translation>
    </message>
    <message>
        <source>openai or sharegpt.</source>
        <translation>openai oder sharegpt.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Only conversations approved in curation.</source>
        <translation>Nur bei der Kuratierung freigegebene Gespräche.</translation>
    </message>
    <message>
        <source>Leave out the system prompt.</source>
        <translation>Den System-Prompt weglassen.</translation>
    </message>
    <message>
        <source>Add each conversation&apos;s topic, personas, document and models.</source>
        <translation>Thema, Personas, Dokument und Modelle jedes Gesprächs hinzufügen.</translation>
    </message>
    <message>
        <source>--format must be openai or sharegpt</source>
        <translation>--format muss openai oder sharegpt sein</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Gespräch in %1 geschrieben.</numerusform>
            <numerusform>%n Gespräche in %1 geschrieben.</numerusform>
        </translation>
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
        <source>Generates conversations into a project. An unfinished run is resumed; otherwise a new run starts.</source>
        <translation>Erzeugt Gespräche in einem Projekt. Ein unvollendeter Durchlauf wird fortgesetzt, sonst beginnt ein neuer.</translation>
    </message>
    <message>
        <source>How many conversations a new run plans.</source>
        <translation>Wie viele Gespräche ein neuer Durchlauf plant.</translation>
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
    <message numerus="yes">
        <source>Run %1 is complete, but %n conversation(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>Durchlauf %1 ist abgeschlossen, aber %n Gespräch ist fehlgeschlagen; &quot;generate --retry-failed&quot; versucht es erneut.</numerusform>
            <numerusform>Durchlauf %1 ist abgeschlossen, aber %n Gespräche sind fehlgeschlagen; &quot;generate --retry-failed&quot; versucht sie erneut.</numerusform>
        </translation>
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
    <message>
        <source>Usage: dialogsmith-cli COMMAND [options]
Dialogsmith without a screen: the studio&apos;s engine for batch runs.

Commands:
  new PROJECT [--spec SPEC.json]        create a project, empty or from a spec
  spec export PROJECT [--output FILE]   write the project&apos;s design as a JSON spec
  spec import PROJECT SPEC.json         replace the project&apos;s design with a spec
  generate PROJECT [options]            generate conversations; resumes an unfinished run
  export PROJECT --format F --output FILE   write a dataset (openai, sharegpt)
  providers list|test PROJECT           show or test the provider profiles

COMMAND --help describes a command&apos;s options.
Exit codes: 0 done, 1 failed, 2 usage error, 3 interrupted but resumable.

Options:
  -h, --help     Displays this help.
  -v, --version  Displays version information.
</source>
        <translation>Aufruf: dialogsmith-cli COMMAND [options]
Dialogsmith ohne Bildschirm: die Engine des Studios für Stapelverarbeitung.

Befehle:
  new PROJECT [--spec SPEC.json]        ein Projekt anlegen, leer oder aus einer Spezifikation
  spec export PROJECT [--output FILE]   den Entwurf des Projekts als JSON-Spezifikation schreiben
  spec import PROJECT SPEC.json         den Entwurf des Projekts durch eine Spezifikation ersetzen
  generate PROJECT [options]            Gespräche erzeugen; setzt einen unvollendeten Durchlauf fort
  export PROJECT --format F --output FILE   einen Datensatz schreiben (openai, sharegpt)
  providers list|test PROJECT           die Anbieterprofile anzeigen oder prüfen

COMMAND --help beschreibt die Optionen eines Befehls.
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
