<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Dialogsmith::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Tentang %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>A studio for synthetic training data: design conversations, generate them with teacher models, curate them and export them for fine-tuning.</source>
        <translation>Studio untuk data pelatihan sintetis: rancang percakapan, hasilkan dengan model guru, kurasi, lalu ekspor untuk fine-tuning.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Dilisensikan di bawah &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Dibangun dengan Qt %1, berjalan di Qt %2.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LivePreviewPanel</name>
    <message>
        <source>No run in progress.
Conversations appear here, turn by turn, while they are being written.</source>
        <translation>Tidak ada proses yang berjalan.
Percakapan muncul di sini, giliran demi giliran, saat sedang ditulis.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::HttpTransport</name>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS tidak tersedia di sistem ini</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 bukan URL http atau https</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>server menutup koneksi sebelum respons lengkap</translation>
    </message>
    <message>
        <source>the server sent an over-long line in its answer&apos;s head</source>
        <translation>server mengirim baris yang terlalu panjang di kepala responsnya</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <translation>respons server bukan HTTP yang valid (%1)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>koneksi ditutup</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::LlmClient</name>
    <message>
        <source>there is no provider profile named &quot;%1&quot;</source>
        <translation>tidak ada profil penyedia bernama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine</source>
        <translation>%1 menggunakan http tanpa enkripsi ke mesin lain</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>variabel lingkungan %1 tidak diatur</translation>
    </message>
    <message>
        <source>no keychain is available here</source>
        <translation>tidak ada keychain yang tersedia di sini</translation>
    </message>
    <message>
        <source>the keychain has no key named &quot;%1&quot;</source>
        <translation>keychain tidak memiliki kunci bernama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the profile has no endpoint</source>
        <translation>profil tidak memiliki endpoint</translation>
    </message>
    <message>
        <source>the answer is larger than 64 MiB</source>
        <translation>respons lebih besar dari 64 MiB</translation>
    </message>
    <message>
        <source>the stream is larger than 64 MiB</source>
        <translation>stream lebih besar dari 64 MiB</translation>
    </message>
    <message>
        <source>a stream line is too long</source>
        <translation>ada baris stream yang terlalu panjang</translation>
    </message>
    <message>
        <source>the server redirected to %1; set the base URL to where it points</source>
        <translation>server mengalihkan ke %1; atur URL dasar ke tujuan tersebut</translation>
    </message>
    <message>
        <source>the stream closed before its last event</source>
        <translation>stream ditutup sebelum peristiwa terakhirnya</translation>
    </message>
    <message>
        <source>the server asked to wait %1 s before retrying</source>
        <translation>server meminta menunggu %1 s sebelum mencoba lagi</translation>
    </message>
    <message>
        <source>no content for %1 ms</source>
        <translation>tidak ada konten selama %1 ms</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>tidak ada respons dalam %1 ms</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Proyek &amp;Baru…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>Buat berkas proyek baru</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>B&amp;uka Proyek…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Buka berkas proyek</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the changes to the project</source>
        <translation>Simpan perubahan pada proyek</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <source>Save the project under a new name and continue there</source>
        <translation>Simpan proyek dengan nama baru dan lanjutkan di sana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Quit Dialogsmith</source>
        <translation>Keluar dari Dialogsmith</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Search the current view</source>
        <translation>Cari di tampilan saat ini</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Start generating with the project&apos;s run settings</source>
        <translation>Mulai menghasilkan dengan pengaturan proses proyek</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>Pause the run after the turns in flight</source>
        <translation>Jeda proses setelah giliran yang sedang berjalan selesai</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Stop the run now; completed turns are kept</source>
        <translation>Hentikan proses sekarang; giliran yang sudah selesai tetap disimpan</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Penyedia…</translation>
    </message>
    <message>
        <source>Set up the teacher models of this project</source>
        <translation>Atur model guru untuk proyek ini</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Pr&amp;eferensi…</translation>
    </message>
    <message>
        <source>Language and other settings of the studio</source>
        <translation>Bahasa dan pengaturan studio lainnya</translation>
    </message>
    <message>
        <source>&amp;About Dialogsmith</source>
        <translation>&amp;Tentang Dialogsmith</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versi dan lisensi</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terkini</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>OpenAI messages (JSONL)…</source>
        <translation>Pesan OpenAI (JSONL)…</translation>
    </message>
    <message>
        <source>ShareGPT (JSONL)…</source>
        <translation>ShareGPT (JSONL)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Jalankan</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Bilah Alat Utama</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <source>Live Preview</source>
        <translation>Pratinjau Langsung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Proses</translation>
    </message>
    <message>
        <source>Dialogsmith projects (*.%1)</source>
        <translation>Proyek Dialogsmith (*.%1)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Proyek Baru</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Buka Proyek</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Tidak dapat membuka %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Simpan Proyek Sebagai</translation>
    </message>
    <message>
        <source>Opened %1 read-only: the file cannot be written</source>
        <translation>%1 dibuka hanya-baca: berkas tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 dibuka</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Bersihkan Daftar</translation>
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
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Dialogsmith starts.</source>
        <translation>Bahasa baru berlaku saat Dialogsmith dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProjectNavigator</name>
    <message>
        <source>No project is open.
Create one with File ▸ New or open one with File ▸ Open.</source>
        <translation>Tidak ada proyek yang terbuka.
Buat proyek dengan Berkas ▸ Baru atau buka proyek dengan Berkas ▸ Buka.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Proses</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunPanel</name>
    <message>
        <source>No run in progress</source>
        <translation>Tidak ada proses yang berjalan</translation>
    </message>
    <message>
        <source>%p% · ETA —</source>
        <translation>%p% · ETA —</translation>
    </message>
    <message>
        <source>Conversations done</source>
        <translation>Percakapan selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Permintaan per menit</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>Dibatasi laju (429)</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::StartPage</name>
    <message>
        <source>Design conversations, generate them with teacher models, curate them, and export training data.</source>
        <translation>Rancang percakapan, hasilkan dengan model guru, kurasi, lalu ekspor data pelatihan.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Proyek baru…</translation>
    </message>
    <message>
        <source>Start an empty project file for topics, personas, documents and the data generated from them.</source>
        <translation>Mulai berkas proyek kosong untuk topik, persona, dokumen, dan data yang dihasilkan darinya.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Buka proyek…</translation>
    </message>
    <message>
        <source>Continue with a .dialogsmith project file.</source>
        <translation>Lanjutkan dengan berkas proyek .dialogsmith.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyek terkini</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>Proyek yang Anda buka akan muncul di sini.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Put the key in an environment variable instead.</source>
        <translation>Tidak ada keychain sistem yang tersedia (%1). Simpan kunci di variabel lingkungan sebagai gantinya.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused (%1).</source>
        <translation>Akses ke keychain sistem ditolak (%1).</translation>
    </message>
    <message>
        <source>The system keychain denied access (%1).</source>
        <translation>Keychain sistem menolak akses (%1).</translation>
    </message>
    <message>
        <source>The key could not be deleted from the system keychain (%1).</source>
        <translation>Kunci tidak dapat dihapus dari keychain sistem (%1).</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation>Keychain sistem melaporkan galat (%1).</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>Tidak dapat membuat %1: foldernya tidak ada.</translation>
    </message>
    <message>
        <source>Cannot create %1: the file that is there cannot be replaced.</source>
        <translation>Tidak dapat membuat %1: berkas yang sudah ada di sana tidak dapat diganti.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Tidak dapat membuka %1: berkas tersebut tidak ada.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>Tidak dapat membuka %1: bukan berkas yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (not an SQLite database, or damaged).</source>
        <translation>Tidak dapat membuka %1: bukan proyek Dialogsmith (bukan basis data SQLite, atau rusak).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (it has no project metadata).</source>
        <translation>Tidak dapat membuka %1: bukan proyek Dialogsmith (tidak memiliki metadata proyek).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (its metadata names no Dialogsmith format).</source>
        <translation>Tidak dapat membuka %1: bukan proyek Dialogsmith (metadatanya tidak menyebutkan format Dialogsmith).</translation>
    </message>
    <message>
        <source>Cannot open %1: its format version &quot;%2&quot; is not valid.</source>
        <translation>Tidak dapat membuka %1: versi format &quot;%2&quot; tidak valid.</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by a newer Dialogsmith (project format %2; this version reads up to format %3). Update Dialogsmith to open it.</source>
        <translation>Tidak dapat membuka %1: berkas dibuat oleh Dialogsmith versi yang lebih baru (format proyek %2; versi ini membaca hingga format %3). Perbarui Dialogsmith untuk membukanya.</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project over itself (%1).</source>
        <translation>Tidak dapat menyimpan salinan proyek dengan menimpa proyek itu sendiri (%1).</translation>
    </message>
    <message>
        <source>Cannot save to %1: the file that is there cannot be replaced.</source>
        <translation>Tidak dapat menyimpan ke %1: berkas yang sudah ada di sana tidak dapat diganti.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Tidak dapat menyimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>Check the API key of profile &quot;%1&quot; (Tools ▸ Providers).</source>
        <translation>Periksa kunci API profil &quot;%1&quot; (Alat ▸ Penyedia).</translation>
    </message>
    <message>
        <source>Check the model name and base URL of profile &quot;%1&quot;.</source>
        <translation>Periksa nama model dan URL dasar profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account behind profile &quot;%1&quot; has no quota or credit left; the run was stopped.</source>
        <translation>Akun di balik profil &quot;%1&quot; tidak memiliki sisa kuota atau kredit; proses telah dihentikan.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; would send its key over plain http to another machine. Use https, or allow plain http for this profile explicitly.</source>
        <translation>Profil &quot;%1&quot; akan mengirim kuncinya melalui http tanpa enkripsi ke mesin lain. Gunakan https, atau izinkan http tanpa enkripsi secara eksplisit untuk profil ini.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key: store one in Tools ▸ Providers or set its environment variable.</source>
        <translation>Profil &quot;%1&quot; tidak memiliki kunci API: simpan kunci di Alat ▸ Penyedia atau atur variabel lingkungannya.</translation>
    </message>
    <message>
        <source>The server rejected the request of profile &quot;%1&quot;.</source>
        <translation>Server menolak permintaan profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2.</source>
        <translation>Profil &quot;%1&quot;: %2.</translation>
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
        <translation>koneksi gagal</translation>
    </message>
    <message>
        <source>no answer arrived in time</source>
        <translation>tidak ada respons yang tiba tepat waktu</translation>
    </message>
    <message>
        <source>the stream stalled</source>
        <translation>stream terhenti</translation>
    </message>
    <message>
        <source>the stream ended early</source>
        <translation>stream berakhir terlalu dini</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>dibatasi laju</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>server kelebihan beban</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>galat server</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not in the expected format</source>
        <translation>respons server tidak dalam format yang diharapkan</translation>
    </message>
    <message>
        <source>the server reported an error during the stream</source>
        <translation>server melaporkan galat selama stream berlangsung</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>permintaan tidak valid</translation>
    </message>
    <message>
        <source>the API key was refused</source>
        <translation>kunci API ditolak</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>kuota habis</translation>
    </message>
    <message>
        <source>refused to send a key over plain http</source>
        <translation>menolak mengirim kunci melalui http tanpa enkripsi</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>tidak ada kunci API</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The comment is not closed by &apos;--}}&apos;.</source>
        <translation>Komentar tidak ditutup dengan &apos;--}}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed by &apos;}}&apos;.</source>
        <translation>&apos;{{&apos; tidak ditutup dengan &apos;}}&apos;.</translation>
    </message>
    <message>
        <source>The tag names no variable.</source>
        <translation>Tag ini tidak menyebutkan variabel apa pun.</translation>
    </message>
    <message>
        <source>Unknown helper &apos;#%1&apos;: use #if, #unless or #each.</source>
        <translation>Helper tidak dikenal &apos;#%1&apos;: gunakan #if, #unless, atau #each.</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; needs a variable.</source>
        <translation>&apos;{{#%1}}&apos; memerlukan variabel.</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; takes one variable, not &apos;%2&apos;.</source>
        <translation>&apos;{{#%1}}&apos; menerima satu variabel, bukan &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a variable name.</source>
        <translation>&apos;%1&apos; bukan nama variabel.</translation>
    </message>
    <message>
        <source>Unknown section end &apos;{{/%1}}&apos;.</source>
        <translation>Akhir bagian tidak dikenal &apos;{{/%1}}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; takes nothing after the name.</source>
        <translation>&apos;{{/%1}}&apos; tidak menerima apa pun setelah namanya.</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; takes no condition: nest an &apos;{{#if}}&apos; inside it.</source>
        <translation>&apos;{{else}}&apos; tidak menerima kondisi: tempatkan &apos;{{#if}}&apos; bersarang di dalamnya.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only available inside &apos;{{#each}}&apos;.</source>
        <translation>&apos;%1&apos; hanya tersedia di dalam &apos;{{#each}}&apos;.</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>Bagian bersarang lebih dari %1 tingkat.</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; is only allowed directly inside &apos;{{#if}}&apos; or &apos;{{#unless}}&apos;.</source>
        <translation>&apos;{{else}}&apos; hanya diizinkan langsung di dalam &apos;{{#if}}&apos; atau &apos;{{#unless}}&apos;.</translation>
    </message>
    <message>
        <source>A second &apos;{{else}}&apos; in the same &apos;{{#%1}}&apos;.</source>
        <translation>&apos;{{else}}&apos; kedua dalam &apos;{{#%1}}&apos; yang sama.</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; has no matching &apos;{{#%1}}&apos;.</source>
        <translation>&apos;{{/%1}}&apos; tidak memiliki pasangan &apos;{{#%1}}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; closes &apos;{{#%2}}&apos; from line %3, column %4.</source>
        <translation>&apos;{{/%1}}&apos; menutup &apos;{{#%2}}&apos; dari baris %3, kolom %4.</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; is not closed by &apos;{{/%1}}&apos;.</source>
        <translation>&apos;{{#%1}}&apos; tidak ditutup dengan &apos;{{/%1}}&apos;.</translation>
    </message>
    <message>
        <source>The template produces too much text: rendering stopped here.</source>
        <translation>Templat menghasilkan terlalu banyak teks: perenderan dihentikan di sini.</translation>
    </message>
    <message>
        <source>No value for &apos;%1&apos;.</source>
        <translation>Tidak ada nilai untuk &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a value of a type templates do not support (%2).</source>
        <translation>&apos;%1&apos; berisi nilai bertipe yang tidak didukung templat (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list and cannot be written as text: use &apos;{{#each %1}}&apos;.</source>
        <translation>&apos;%1&apos; berupa daftar dan tidak dapat ditulis sebagai teks: gunakan &apos;{{#each %1}}&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a map and cannot be written as text: write one of its fields.</source>
        <translation>&apos;%1&apos; berupa map dan tidak dapat ditulis sebagai teks: tuliskan salah satu field-nya.</translation>
    </message>
    <message>
        <source>&apos;{{#each %1}}&apos; needs a list, but &apos;%1&apos; is %2.</source>
        <translation>&apos;{{#each %1}}&apos; memerlukan daftar, tetapi &apos;%1&apos; berupa %2.</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;.</source>
        <translation>Variabel tidak dikenal &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;: &apos;%2&apos; is %3 and has no fields.</source>
        <translation>Variabel tidak dikenal &apos;%1&apos;: &apos;%2&apos; berupa %3 dan tidak memiliki field.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>VariableSchema</name>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>nilai benar/salah</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>map</translation>
    </message>
    <message>
        <source>The persona&apos;s name.</source>
        <translation>Nama persona.</translation>
    </message>
    <message>
        <source>Who the persona is, in a sentence or two.</source>
        <translation>Siapa persona ini, dalam satu atau dua kalimat.</translation>
    </message>
    <message>
        <source>How the persona relates to the other speaker (for example &quot;student of&quot;).</source>
        <translation>Hubungan persona dengan lawan bicaranya (misalnya &quot;murid dari&quot;).</translation>
    </message>
    <message>
        <source>The persona&apos;s mood in this conversation.</source>
        <translation>Suasana hati persona dalam percakapan ini.</translation>
    </message>
    <message>
        <source>How much the persona knows about the topic (for example &quot;beginner&quot;).</source>
        <translation>Tingkat pengetahuan persona tentang topik (misalnya &quot;pemula&quot;).</translation>
    </message>
    <message>
        <source>What the persona wants from the conversation.</source>
        <translation>Tujuan yang ingin dicapai persona dari percakapan.</translation>
    </message>
    <message>
        <source>How the persona talks.</source>
        <translation>Gaya bicara persona.</translation>
    </message>
    <message>
        <source>The language the persona speaks.</source>
        <translation>Bahasa yang digunakan persona.</translation>
    </message>
    <message>
        <source>Who spoke: &quot;user&quot; or &quot;assistant&quot;.</source>
        <translation>Siapa yang berbicara: &quot;user&quot; atau &quot;assistant&quot;.</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>Apa yang dikatakan.</translation>
    </message>
    <message>
        <source>The topic&apos;s own name, the last step of its path.</source>
        <translation>Nama topik itu sendiri, bagian terakhir dari jalurnya.</translation>
    </message>
    <message>
        <source>The topic with its parents, such as &quot;Mathematics › Calculus › Derivatives&quot;.</source>
        <translation>Topik beserta induk-induknya, seperti &quot;Matematika › Kalkulus › Turunan&quot;.</translation>
    </message>
    <message>
        <source>The topic&apos;s description; may be empty.</source>
        <translation>Deskripsi topik; bisa kosong.</translation>
    </message>
    <message>
        <source>The persona who asks: the user side of the conversation.</source>
        <translation>Persona yang bertanya: sisi pengguna dalam percakapan.</translation>
    </message>
    <message>
        <source>The persona who answers: the assistant side.</source>
        <translation>Persona yang menjawab: sisi asisten.</translation>
    </message>
    <message>
        <source>The situation the conversation happens in.</source>
        <translation>Situasi tempat percakapan berlangsung.</translation>
    </message>
    <message>
        <source>The kind of conversation: Q&amp;A, debate, lecture or tutoring.</source>
        <translation>Jenis percakapan: tanya jawab, debat, kuliah, atau bimbingan belajar.</translation>
    </message>
    <message>
        <source>The part of a document the conversation is grounded in; empty without documents.</source>
        <translation>Bagian dokumen yang menjadi dasar percakapan; kosong jika tidak ada dokumen.</translation>
    </message>
    <message>
        <source>The title of the document the chunk comes from; empty without documents.</source>
        <translation>Judul dokumen asal potongan tersebut; kosong jika tidak ada dokumen.</translation>
    </message>
    <message>
        <source>The turns so far, oldest first: each has role and content.</source>
        <translation>Giliran sejauh ini, dari yang terlama: masing-masing memiliki role dan content.</translation>
    </message>
    <message>
        <source>The number of the turn being written, from 1.</source>
        <translation>Nomor giliran yang sedang ditulis, dimulai dari 1.</translation>
    </message>
    <message>
        <source>How many turns the conversation will have.</source>
        <translation>Jumlah giliran yang akan dimiliki percakapan.</translation>
    </message>
    <message>
        <source>How many turns follow the one being written.</source>
        <translation>Jumlah giliran yang tersisa setelah giliran yang sedang ditulis.</translation>
    </message>
    <message>
        <source>Whether this is the conversation&apos;s first turn.</source>
        <translation>Apakah ini giliran pertama dalam percakapan.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Dialogsmith without a screen: the studio&apos;s engine for batch runs.</source>
        <translation>Dialogsmith tanpa layar: mesin studio untuk proses batch.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Tindakan yang akan dilakukan.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>perintah tidak dikenal &quot;%1&quot;; lihat --help</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dialogsmith, the synthetic data studio.</source>
        <translation>Dialogsmith, studio data sintetis.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Simpan tangkapan layar jendela utama ke &lt;berkas&gt; setelah ditampilkan, lalu keluar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>Berkas proyek yang akan dibuka.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (en, de, id, zh_CN) for this run.</source>
        <translation>Tampilkan antarmuka dalam &lt;code&gt; (en, de, id, zh_CN) untuk sesi ini.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
</context>
</TS>
