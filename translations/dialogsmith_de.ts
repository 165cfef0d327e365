<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
</context>
<context>
    <name>Dialogsmith::LivePreviewPanel</name>
    <message>
        <source>No run in progress.
Conversations appear here, turn by turn, while they are being written.</source>
        <translation>Kein Durchlauf aktiv.
Gespräche erscheinen hier Beitrag für Beitrag, während sie geschrieben werden.</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
