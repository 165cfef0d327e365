<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ConversationExport</name>
    <message>
        <source>Cannot read the conversations: %1</source>
        <translation>Tidak dapat membaca percakapan: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
</context>
<context>
    <name>DesignStore</name>
    <message>
        <source>Cannot read the project&apos;s design: %1</source>
        <translation>Tidak dapat membaca rancangan proyek: %1</translation>
    </message>
    <message>
        <source>the project&apos;s design</source>
        <translation>rancangan proyek</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s documents: %1</source>
        <translation>Tidak dapat membaca dokumen proyek: %1</translation>
    </message>
    <message>
        <source>Cannot save the project&apos;s design: %1</source>
        <translation>Tidak dapat menyimpan rancangan proyek: %1</translation>
    </message>
</context>
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
    <name>Dialogsmith::Engine::GenerationEngine</name>
    <message>
        <source>Cannot generate into %1: the project file cannot be written.</source>
        <translation>Tidak dapat menghasilkan ke %1: berkas proyek tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>There is no run to retry: the project has not generated anything yet.</source>
        <translation>Tidak ada proses yang dapat dicoba ulang: proyek belum menghasilkan apa pun.</translation>
    </message>
    <message>
        <source>the design of run %1</source>
        <translation>rancangan proses %1</translation>
    </message>
    <message>
        <source>Run %1 cannot be resumed: its document &quot;%2&quot; was changed or removed since it started. Start a new run instead.</source>
        <translation>Proses %1 tidak dapat dilanjutkan: dokumennya &quot;%2&quot; telah diubah atau dihapus sejak proses dimulai. Mulai proses baru sebagai gantinya.</translation>
    </message>
    <message>
        <source>The project has no provider profile: add one that says which model to use.</source>
        <translation>Proyek tidak memiliki profil penyedia: tambahkan profil yang menentukan model yang akan digunakan.</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one for the user simulator and the one for the assistant in the generation settings.</source>
        <translation>Proyek memiliki beberapa profil penyedia: pilih profil untuk simulator pengguna dan profil untuk asisten di pengaturan pembuatan.</translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>Templat %1 tidak dapat dirender: %2</translation>
    </message>
    <message numerus="yes">
        <source>The model &quot;%1&quot; answered with an empty message %n time(s) in a row.</source>
        <translation>
            <numerusform>Model &quot;%1&quot; menjawab dengan pesan kosong %n kali berturut-turut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The budget of $%1 is used up ($%2 spent).</source>
        <translation>Anggaran $%1 sudah habis ($%2 terpakai).</translation>
    </message>
    <message>
        <source>The budget of %1 tokens is used up (%2 used).</source>
        <translation>Anggaran %1 token sudah habis (%2 terpakai).</translation>
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
    <name>HttpResponseParser</name>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <translation>respons server bukan HTTP yang valid (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>server menutup koneksi sebelum respons lengkap</translation>
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
    <name>Planner</name>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>someone who wants to learn about the topic</source>
        <translation>seseorang yang ingin belajar tentang topik ini</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <source>a knowledgeable, helpful assistant</source>
        <translation>asisten yang berpengetahuan luas dan suka membantu</translation>
    </message>
    <message>
        <source>The project has no topics: add at least one topic to generate conversations about.</source>
        <translation>Proyek tidak memiliki topik: tambahkan setidaknya satu topik sebagai bahan percakapan yang akan dihasilkan.</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1/%2 conversations</source>
        <translation>%1/%2 percakapan</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 tokens</source>
        <translation> · %1 token</translation>
    </message>
    <message numerus="yes">
        <source> · %n rate-limited</source>
        <translation>
            <numerusform> · %n dibatasi laju</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 messages/s</source>
        <translation> · %1 pesan/dtk</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · ETA %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · dijeda</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 conversations already done.</source>
        <translation>Melanjutkan proses %1: %2 dari %3 percakapan sudah selesai.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: generating %n conversation(s).</source>
        <translation>
            <numerusform>Proses %1: menghasilkan %n percakapan.</numerusform>
        </translation>
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
    <message>
        <source>Cannot open %1: it was made by an older Dialogsmith and must be updated, but it cannot be written. Make it writable, or open a copy.</source>
        <translation>Tidak dapat membuka %1: berkas dibuat oleh Dialogsmith versi lama dan harus diperbarui, tetapi tidak dapat ditulisi. Jadikan berkas dapat ditulisi, atau buka salinannya.</translation>
    </message>
    <message>
        <source>Cannot open %1: updating it from format %2 failed: %3</source>
        <translation>Tidak dapat membuka %1: gagal memperbarui dari format %2: %3</translation>
    </message>
</context>
<context>
    <name>ProjectSpec</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… dan %n masalah lainnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 tidak berada di antara %2 dan %3.</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>kunci tidak dikenal; mungkin maksud Anda &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>unknown key.</source>
        <translation>kunci tidak dikenal.</translation>
    </message>
    <message>
        <source>expected text in double quotes, found %1.</source>
        <translation>seharusnya teks dalam tanda kutip ganda, bukan %1.</translation>
    </message>
    <message>
        <source>expected a number, found %1.</source>
        <translation>seharusnya angka, bukan %1.</translation>
    </message>
    <message>
        <source>expected a number or null, found %1.</source>
        <translation>seharusnya angka atau null, bukan %1.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3.</source>
        <translation>seharusnya bilangan bulat dari %1 hingga %2, bukan %3.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>expected an object {…}, found %1.</source>
        <translation>seharusnya objek {…}, bukan %1.</translation>
    </message>
    <message>
        <source>expected a list […], found %1.</source>
        <translation>seharusnya daftar […], bukan %1.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>seharusnya true atau false, bukan %1.</translation>
    </message>
    <message>
        <source>names no file.</source>
        <translation>tidak menyebutkan berkas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: only a spec read from a file can refer to files.</source>
        <translation>%1 tidak dapat dibaca: hanya spesifikasi yang dibaca dari berkas yang dapat merujuk ke berkas.</translation>
    </message>
    <message>
        <source>%1 is an absolute path: files are named relative to the spec&apos;s folder.</source>
        <translation>%1 adalah jalur absolut: berkas disebutkan relatif terhadap folder spesifikasi.</translation>
    </message>
    <message>
        <source>%1 is outside the spec&apos;s folder.</source>
        <translation>%1 berada di luar folder spesifikasi.</translation>
    </message>
    <message>
        <source>there is no file %1 in %2.</source>
        <translation>tidak ada berkas %1 di %2.</translation>
    </message>
    <message>
        <source>%1 leads outside the spec&apos;s folder.</source>
        <translation>%1 mengarah ke luar folder spesifikasi.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 lebih besar dari %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (documents are read as plain text or Markdown).</source>
        <translation>%1 bukan teks UTF-8 (dokumen dibaca sebagai teks biasa atau Markdown).</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>seharusnya %1, bukan %2.</translation>
    </message>
    <message>
        <source>topics are nested more than %1 deep.</source>
        <translation>topik bersarang lebih dari %1 tingkat.</translation>
    </message>
    <message>
        <source>expected a topic (its name in double quotes, or an object {&quot;name&quot;: …}), found %1.</source>
        <translation>seharusnya topik (namanya dalam tanda kutip ganda, atau objek {&quot;name&quot;: …}), bukan %1.</translation>
    </message>
    <message>
        <source>a persona, an object {&quot;name&quot;: …}</source>
        <translation>persona, yaitu objek {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not &quot;user&quot; or &quot;assistant&quot;.</source>
        <translation>%1 bukan &quot;user&quot; atau &quot;assistant&quot;.</translation>
    </message>
    <message>
        <source>a scenario (its description in double quotes, or an object)</source>
        <translation>skenario (deskripsinya dalam tanda kutip ganda, atau objek)</translation>
    </message>
    <message>
        <source>a structure (its name in double quotes, or an object)</source>
        <translation>struktur (namanya dalam tanda kutip ganda, atau objek)</translation>
    </message>
    <message>
        <source>a document, an object {&quot;title&quot;: …, &quot;text&quot;: …}</source>
        <translation>dokumen, yaitu objek {&quot;title&quot;: …, &quot;text&quot;: …}</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; or &quot;file&quot;, not both.</source>
        <translation>berikan &quot;text&quot; atau &quot;file&quot;, bukan keduanya.</translation>
    </message>
    <message>
        <source>a document needs its &quot;text&quot; or a &quot;file&quot; to read it from.</source>
        <translation>dokumen memerlukan &quot;text&quot; atau &quot;file&quot; tempat teksnya dibaca.</translation>
    </message>
    <message>
        <source>the template&apos;s text, or an object {&quot;file&quot;: …}</source>
        <translation>teks templat, atau objek {&quot;file&quot;: …}</translation>
    </message>
    <message>
        <source>needs &quot;file&quot;: the template file to read.</source>
        <translation>memerlukan &quot;file&quot;: berkas templat yang akan dibaca.</translation>
    </message>
    <message>
        <source>a provider profile, an object {&quot;name&quot;: …}</source>
        <translation>profil penyedia, yaitu objek {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>an endpoint, an object {&quot;baseUrl&quot;: …}</source>
        <translation>endpoint, yaitu objek {&quot;baseUrl&quot;: …}</translation>
    </message>
    <message>
        <source>the model&apos;s prices, an object {&quot;input&quot;: …, &quot;output&quot;: …}</source>
        <translation>harga model, yaitu objek {&quot;input&quot;: …, &quot;output&quot;: …}</translation>
    </message>
    <message>
        <source>give both &quot;min&quot; and &quot;max&quot;, or one number for a fixed number of turns.</source>
        <translation>berikan &quot;min&quot; dan &quot;max&quot; sekaligus, atau satu angka untuk jumlah giliran yang tetap.</translation>
    </message>
    <message>
        <source>expected a number of turns or an object {&quot;min&quot;: …, &quot;max&quot;: …}, found %1.</source>
        <translation>seharusnya jumlah giliran atau objek {&quot;min&quot;: …, &quot;max&quot;: …}, bukan %1.</translation>
    </message>
    <message>
        <source>a persona needs a name.</source>
        <translation>persona memerlukan nama.</translation>
    </message>
    <message>
        <source>every %1 persona has weight 0: at least one must have more.</source>
        <translation>semua persona %1 memiliki bobot 0: setidaknya satu harus lebih besar.</translation>
    </message>
    <message>
        <source>a scenario needs a description.</source>
        <translation>skenario memerlukan deskripsi.</translation>
    </message>
    <message>
        <source>a structure needs a name.</source>
        <translation>struktur memerlukan nama.</translation>
    </message>
    <message>
        <source>a document needs a title.</source>
        <translation>dokumen memerlukan judul.</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 tidak berisi teks.</translation>
    </message>
    <message>
        <source>the document has no text.</source>
        <translation>dokumen tidak memiliki teks.</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2: the overlap must be less than the chunk size.</source>
        <translation>%1 tidak berada di antara 0 dan %2: tumpang tindih harus lebih kecil dari ukuran potongan.</translation>
    </message>
    <message>
        <source>%1 is not a weight: a weight is a number from 0 to %2.</source>
        <translation>%1 bukan bobot: bobot adalah angka dari 0 hingga %2.</translation>
    </message>
    <message>
        <source>every weight is 0: at least one must be more, or nothing can be drawn.</source>
        <translation>semua bobot bernilai 0: setidaknya satu harus lebih besar, atau tidak ada yang dapat dipilih.</translation>
    </message>
    <message>
        <source>a topic needs a name.</source>
        <translation>topik memerlukan nama.</translation>
    </message>
    <message>
        <source>the template is empty.</source>
        <translation>templat kosong.</translation>
    </message>
    <message>
        <source>%1 is also the name of providers[%2]: every profile needs a name of its own.</source>
        <translation>%1 juga merupakan nama providers[%2]: setiap profil memerlukan namanya sendiri.</translation>
    </message>
    <message>
        <source>a price needs the name of its model.</source>
        <translation>harga memerlukan nama modelnya.</translation>
    </message>
    <message>
        <source>%1 is not a price: dollars per million tokens, at least 0.</source>
        <translation>%1 bukan harga: dolar per sejuta token, minimal 0.</translation>
    </message>
    <message>
        <source>%1 is none of the spec&apos;s provider profiles (%2).</source>
        <translation>%1 bukan salah satu profil penyedia dalam spesifikasi (%2).</translation>
    </message>
    <message>
        <source>%1 is more than max (%2).</source>
        <translation>%1 lebih besar dari max (%2).</translation>
    </message>
    <message>
        <source>%1 is not an amount of dollars of at least 0.</source>
        <translation>%1 bukan jumlah dolar yang minimal 0.</translation>
    </message>
    <message>
        <source>the end marker is empty: the user simulator could not end a conversation.</source>
        <translation>penanda akhir kosong: simulator pengguna tidak akan dapat mengakhiri percakapan.</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply.</source>
        <translation>JSON bersarang terlalu dalam.</translation>
    </message>
    <message>
        <source>the JSON is too large.</source>
        <translation>JSON terlalu besar.</translation>
    </message>
    <message>
        <source>there is more after the spec&apos;s closing brace.</source>
        <translation>masih ada isi setelah kurung kurawal penutup spesifikasi.</translation>
    </message>
    <message>
        <source>this text is not valid UTF-8.</source>
        <translation>teks ini bukan UTF-8 yang valid.</translation>
    </message>
    <message>
        <source>the JSON ends too early: the file is cut short, or a bracket, brace or quote is not closed.</source>
        <translation>JSON berakhir terlalu dini: berkas terpotong, atau ada kurung siku, kurung kurawal, atau tanda kutip yang tidak ditutup.</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key.</source>
        <translation>seharusnya ada &apos;:&apos; setelah kunci.</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two values.</source>
        <translation>seharusnya ada &apos;,&apos; di antara dua nilai.</translation>
    </message>
    <message>
        <source>expected a value: text in double quotes, a number, true, false, null, a list or an object (keys need double quotes too).</source>
        <translation>seharusnya ada nilai: teks dalam tanda kutip ganda, angka, true, false, null, daftar, atau objek (kunci juga memerlukan tanda kutip ganda).</translation>
    </message>
    <message>
        <source>this is not a number JSON allows (or it is too large).</source>
        <translation>ini bukan angka yang diizinkan JSON (atau terlalu besar).</translation>
    </message>
    <message>
        <source>this is not an escape sequence JSON allows (a backslash in text is written \\).</source>
        <translation>ini bukan escape sequence yang diizinkan JSON (garis miring terbalik dalam teks ditulis \\).</translation>
    </message>
    <message>
        <source>the text is not closed by &apos;&quot;&apos;.</source>
        <translation>teks tidak ditutup dengan &apos;&quot;&apos;.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>the spec is larger than %1 MiB.</source>
        <translation>spesifikasi lebih besar dari %1 MiB.</translation>
    </message>
    <message>
        <source>the spec is empty.</source>
        <translation>spesifikasi kosong.</translation>
    </message>
    <message>
        <source>the spec is a list; a spec is an object {&quot;format&quot;: &quot;%1&quot;, …}.</source>
        <translation>spesifikasi berupa daftar; spesifikasi adalah objek {&quot;format&quot;: &quot;%1&quot;, …}.</translation>
    </message>
    <message>
        <source>the key %1 appears twice in the same object.</source>
        <translation>kunci %1 muncul dua kali dalam objek yang sama.</translation>
    </message>
    <message>
        <source>missing: a Dialogsmith spec starts with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>tidak ada: spesifikasi Dialogsmith dimulai dengan &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;: this is not a Dialogsmith spec.</source>
        <translation>%1 bukan &quot;%2&quot;: ini bukan spesifikasi Dialogsmith.</translation>
    </message>
    <message>
        <source>missing: a spec says which version of the format it is written in, such as &quot;version&quot;: %1.</source>
        <translation>tidak ada: spesifikasi menyebutkan versi format yang digunakannya, seperti &quot;version&quot;: %1.</translation>
    </message>
    <message>
        <source>%1 is not a spec version: versions are whole numbers from 1.</source>
        <translation>%1 bukan versi spesifikasi: versi adalah bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>written by a newer Dialogsmith: spec version %1, this version reads up to %2.</source>
        <translation>ditulis oleh Dialogsmith versi yang lebih baru: versi spesifikasi %1, versi ini membaca hingga %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Tidak dapat membuka %1: berkas tersebut tidak ada.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>Tidak dapat membuka %1: bukan berkas.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>expected a key in double quotes, a &apos;,&apos; between members, or the &apos;}&apos; that closes the object.</source>
        <translation>seharusnya ada kunci dalam tanda kutip ganda, &apos;,&apos; di antara anggota, atau &apos;}&apos; yang menutup objek.</translation>
    </message>
    <message>
        <source>expected a &apos;,&apos; between items, or the &apos;]&apos; that closes the list.</source>
        <translation>seharusnya ada &apos;,&apos; di antara item, atau &apos;]&apos; yang menutup daftar.</translation>
    </message>
    <message>
        <source>text cannot hold a line break or other control character as it is: write \n for a line break, \t for a tab.</source>
        <translation>teks tidak boleh memuat jeda baris atau karakter kontrol lain apa adanya: tulis \n untuk jeda baris, \t untuk tab.</translation>
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
    <name>RunStore</name>
    <message>
        <source>Cannot write to the project: %1</source>
        <translation>Tidak dapat menulis ke proyek: %1</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s runs: %1</source>
        <translation>Tidak dapat membaca proses proyek: %1</translation>
    </message>
    <message>
        <source>The project has no run %1.</source>
        <translation>Proyek tidak memiliki proses %1.</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s conversations: %1</source>
        <translation>Tidak dapat membaca percakapan dalam proses: %1</translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>Tidak dapat membaca percakapan %1: %2</translation>
    </message>
    <message>
        <source>Conversation %1 is damaged: message %2 is missing.</source>
        <translation>Percakapan %1 rusak: pesan %2 hilang.</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s calls: %1</source>
        <translation>Tidak dapat membaca panggilan dalam proses: %1</translation>
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
    <message>
        <source>The name of the persona who spoke.</source>
        <translation>Nama persona yang berbicara.</translation>
    </message>
    <message>
        <source>How that kind of conversation goes; may be empty.</source>
        <translation>Bagaimana jenis percakapan tersebut berlangsung; bisa kosong.</translation>
    </message>
    <message>
        <source>The messages so far, oldest first: each has role, speaker and content.</source>
        <translation>Pesan-pesan sejauh ini, dari yang terlama: masing-masing memiliki role, speaker, dan content.</translation>
    </message>
    <message>
        <source>The user message being answered; empty in the user simulator&apos;s prompts.</source>
        <translation>Pesan pengguna yang sedang dijawab; kosong dalam prompt simulator pengguna.</translation>
    </message>
    <message>
        <source>The number of the turn (a question and its answer) being written, from 1.</source>
        <translation>Nomor giliran (satu pertanyaan dan jawabannya) yang sedang ditulis, mulai dari 1.</translation>
    </message>
    <message>
        <source>What the user simulator replies to end the conversation early.</source>
        <translation>Balasan simulator pengguna untuk mengakhiri percakapan lebih awal.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>perintah tidak dikenal &quot;%1&quot;; lihat --help</translation>
    </message>
    <message>
        <source>missing arguments; see --help</source>
        <translation>argumen kurang; lihat --help</translation>
    </message>
    <message>
        <source>too many arguments; see --help</source>
        <translation>argumen terlalu banyak; lihat --help</translation>
    </message>
    <message>
        <source>Creates a project file, empty or from a spec.</source>
        <translation>Membuat berkas proyek, kosong atau dari spesifikasi.</translation>
    </message>
    <message>
        <source>The project file to create (*.dialogsmith).</source>
        <translation>Berkas proyek yang akan dibuat (*.dialogsmith).</translation>
    </message>
    <message>
        <source>Design the project from this JSON spec.</source>
        <translation>Rancang proyek dari spesifikasi JSON ini.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Replace a file that is already there.</source>
        <translation>Ganti berkas yang sudah ada.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 sudah ada; gunakan --force untuk menggantinya.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 dibuat.</translation>
    </message>
    <message>
        <source>Writes a project&apos;s design as a JSON spec, or replaces it with one.
  spec export PROJECT [--output FILE]
  spec import PROJECT SPEC.json</source>
        <translation>Menulis rancangan proyek sebagai spesifikasi JSON, atau menggantinya dengan spesifikasi.
  spec export PROJECT [--output FILE]
  spec import PROJECT SPEC.json</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export atau import</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Berkas proyek.</translation>
    </message>
    <message>
        <source>import: the spec to read.</source>
        <translation>import: spesifikasi yang akan dibaca.</translation>
    </message>
    <message>
        <source>export: write the spec to this file instead of the standard output.</source>
        <translation>export: tulis spesifikasi ke berkas ini, bukan ke keluaran standar.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>use &quot;spec export PROJECT&quot; or &quot;spec import PROJECT SPEC.json&quot;; see spec --help</source>
        <translation>gunakan &quot;spec export PROJECT&quot; atau &quot;spec import PROJECT SPEC.json&quot;; lihat spec --help</translation>
    </message>
    <message>
        <source>Writes a project&apos;s conversations as JSON Lines for training.</source>
        <translation>Menulis percakapan proyek sebagai JSON Lines untuk pelatihan.</translation>
    </message>
    <message>
        <source>openai or sharegpt.</source>
        <translation>openai atau sharegpt.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>Only conversations approved in curation.</source>
        <translation>Hanya percakapan yang disetujui saat kurasi.</translation>
    </message>
    <message>
        <source>Leave out the system prompt.</source>
        <translation>Hilangkan prompt sistem.</translation>
    </message>
    <message>
        <source>Add each conversation&apos;s topic, personas, document and models.</source>
        <translation>Tambahkan topik, persona, dokumen, dan model setiap percakapan.</translation>
    </message>
    <message>
        <source>--format must be openai or sharegpt</source>
        <translation>--format harus openai atau sharegpt</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output wajib diisi</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n percakapan ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists a project&apos;s provider profiles, or tests that they answer.
  providers list PROJECT
  providers test PROJECT [PROFILE]</source>
        <translation>Menampilkan daftar profil penyedia proyek, atau menguji apakah profil tersebut merespons.
  providers list PROJECT
  providers test PROJECT [PROFILE]</translation>
    </message>
    <message>
        <source>list or test</source>
        <translation>list atau test</translation>
    </message>
    <message>
        <source>test: only this profile.</source>
        <translation>test: hanya profil ini.</translation>
    </message>
    <message>
        <source>use &quot;providers list PROJECT&quot; or &quot;providers test PROJECT&quot;; see providers --help</source>
        <translation>gunakan &quot;providers list PROJECT&quot; atau &quot;providers test PROJECT&quot;; lihat providers --help</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>tidak ada kunci</translation>
    </message>
    <message>
        <source>key in the keychain (%1)</source>
        <translation>kunci di keychain (%1)</translation>
    </message>
    <message>
        <source>key in $%1</source>
        <translation>kunci di $%1</translation>
    </message>
    <message>
        <source>The project has no provider profiles.</source>
        <translation>Proyek tidak memiliki profil penyedia.</translation>
    </message>
    <message>
        <source>The project has no provider profile &quot;%1&quot;.</source>
        <translation>Proyek tidak memiliki profil penyedia &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1: reachable %2, authorized %3, model listed %4, streams %5, reports usage %6, JSON output %7, first byte %8 ms</source>
        <translation>%1: dapat dijangkau %2, terotorisasi %3, model terdaftar %4, streaming %5, melaporkan penggunaan %6, keluaran JSON %7, byte pertama %8 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 harus berupa angka dari %2 hingga %3, bukan &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Generates conversations into a project. An unfinished run is resumed; otherwise a new run starts.</source>
        <translation>Menghasilkan percakapan ke dalam proyek. Proses yang belum selesai akan dilanjutkan; jika tidak ada, proses baru dimulai.</translation>
    </message>
    <message>
        <source>How many conversations a new run plans.</source>
        <translation>Jumlah percakapan yang direncanakan oleh proses baru.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Conversations in progress at once.</source>
        <translation>Jumlah percakapan yang berjalan bersamaan.</translation>
    </message>
    <message>
        <source>The provider profile for both sides.</source>
        <translation>Profil penyedia untuk kedua sisi.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>The seed a new run is planned from.</source>
        <translation>Seed yang menjadi dasar perencanaan proses baru.</translation>
    </message>
    <message>
        <source>Stop when this much is spent (US dollars).</source>
        <translation>Berhenti setelah pengeluaran mencapai jumlah ini (dolar AS).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>Stop when this many tokens are used.</source>
        <translation>Berhenti setelah token sebanyak ini terpakai.</translation>
    </message>
    <message>
        <source>Start a new run even if the last one is unfinished.</source>
        <translation>Mulai proses baru meskipun proses terakhir belum selesai.</translation>
    </message>
    <message>
        <source>Resume the last run and retry its failed conversations.</source>
        <translation>Lanjutkan proses terakhir dan coba ulang percakapannya yang gagal.</translation>
    </message>
    <message>
        <source>Write events as JSON lines on the standard output.</source>
        <translation>Tulis peristiwa sebagai baris JSON ke keluaran standar.</translation>
    </message>
    <message>
        <source>generate takes one project; see --help</source>
        <translation>generate menerima satu proyek; lihat --help</translation>
    </message>
    <message>
        <source>--new and --retry-failed exclude each other</source>
        <translation>--new dan --retry-failed tidak dapat digunakan bersamaan</translation>
    </message>
    <message>
        <source>Conversation %1 failed: %2</source>
        <translation>Percakapan %1 gagal: %2</translation>
    </message>
    <message>
        <source>Done: run %1 is complete.</source>
        <translation>Selesai: proses %1 telah rampung.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 is complete, but %n conversation(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>Proses %1 telah rampung, tetapi %n percakapan gagal; &quot;generate --retry-failed&quot; akan mencobanya ulang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; run &quot;generate&quot; again to resume.</source>
        <translation>Terinterupsi; jalankan &quot;generate&quot; lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Run &quot;generate&quot; with a larger budget to go on.</source>
        <translation>Jalankan &quot;generate&quot; dengan anggaran yang lebih besar untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Stopping; what is complete is saved. Press Ctrl+C again to quit at once.</source>
        <translation>Menghentikan; yang sudah selesai telah disimpan. Tekan Ctrl+C lagi untuk segera keluar.</translation>
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
        <translation>Penggunaan: dialogsmith-cli COMMAND [options]
Dialogsmith tanpa layar: mesin studio untuk proses batch.

Perintah:
  new PROJECT [--spec SPEC.json]        buat proyek, kosong atau dari spesifikasi
  spec export PROJECT [--output FILE]   tulis rancangan proyek sebagai spesifikasi JSON
  spec import PROJECT SPEC.json         ganti rancangan proyek dengan spesifikasi
  generate PROJECT [options]            hasilkan percakapan; melanjutkan proses yang belum selesai
  export PROJECT --format F --output FILE   tulis dataset (openai, sharegpt)
  providers list|test PROJECT           tampilkan atau uji profil penyedia

COMMAND --help menjelaskan opsi suatu perintah.
Kode keluar: 0 selesai, 1 gagal, 2 galat penggunaan, 3 terinterupsi tetapi dapat dilanjutkan.

Opsi:
  -h, --help     Menampilkan bantuan ini.
  -v, --version  Menampilkan informasi versi.
</translation>
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
