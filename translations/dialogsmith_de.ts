<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>the server sent an over-long line in its answer&apos;s head</source>
        <translation>der Server hat im Kopf seiner Antwort eine zu lange Zeile gesendet</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <translation>die Antwort des Servers ist kein gültiges HTTP (%1)</translation>
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
        <source>The turns so far, oldest first: each has role and content.</source>
        <translation>Die bisherigen Beiträge, der älteste zuerst: Jeder hat role und content.</translation>
    </message>
    <message>
        <source>The number of the turn being written, from 1.</source>
        <translation>Die Nummer des Beitrags, der gerade geschrieben wird, ab 1.</translation>
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
</context>
<context>
    <name>cli</name>
    <message>
        <source>Dialogsmith without a screen: the studio&apos;s engine for batch runs.</source>
        <translation>Dialogsmith ohne Bildschirm: die Engine des Studios für Stapelläufe.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Auszuführende Aktion.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
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
