<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ChunkStore</name>
    <message>
        <source>Cannot read the document chunks: %1</source>
        <translation>Tidak dapat membaca potongan dokumen: %1</translation>
    </message>
    <message>
        <source>Cannot write the document chunks: %1</source>
        <translation>Tidak dapat menulis potongan dokumen: %1</translation>
    </message>
    <message>
        <source>Cutting the documents into chunks was cancelled.</source>
        <translation>Pemotongan dokumen menjadi potongan dibatalkan.</translation>
    </message>
    <message>
        <source>There is no chunk %1 in this project.</source>
        <translation>Tidak ada potongan %1 dalam proyek ini.</translation>
    </message>
    <message>
        <source>Document %1 has no chunk %2.</source>
        <translation>Dokumen %1 tidak memiliki potongan %2.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>User personas</source>
        <translation>Persona pengguna</translation>
    </message>
    <message>
        <source>Assistant personas</source>
        <translation>Persona asisten</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>Tidak dapat membaca sampel: %1</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(tanpa skenario)</translation>
    </message>
    <message>
        <source>(no structure)</source>
        <translation>(tanpa struktur)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
</context>
<context>
    <name>CurationStore</name>
    <message>
        <source>Cannot change the project: %1</source>
        <translation>Tidak dapat mengubah proyek: %1</translation>
    </message>
    <message>
        <source>Cannot change the project: its file is read-only. Open a writable copy to curate it.</source>
        <translation>Tidak dapat mengubah proyek: berkasnya hanya-baca. Buka salinan yang dapat ditulis untuk mengkurasinya.</translation>
    </message>
    <message>
        <source>The project has no conversation %1.</source>
        <translation>Proyek tidak memiliki percakapan %1.</translation>
    </message>
    <message>
        <source>Cannot keep the turns through %1: turns are counted from 0.</source>
        <translation>Tidak dapat mempertahankan giliran hingga %1: giliran dihitung mulai dari 0.</translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>Tidak dapat membaca percakapan %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s conversations: %1</source>
        <translation>Tidak dapat membaca percakapan proyek: %1</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5, not %1.</source>
        <translation>Penilaian berkisar dari 1 sampai 5, bukan %1.</translation>
    </message>
    <message>
        <source>A message cannot be empty: delete the turn instead.</source>
        <translation>Pesan tidak boleh kosong: hapus giliran tersebut sebagai gantinya.</translation>
    </message>
    <message>
        <source>The project has no turn %1.</source>
        <translation>Proyek tidak memiliki giliran %1.</translation>
    </message>
    <message>
        <source>Cannot put turn %1 back into conversation %2: its place is taken.</source>
        <translation>Tidak dapat mengembalikan giliran %1 ke percakapan %2: tempatnya sudah terisi.</translation>
    </message>
    <message>
        <source>Conversation %1 is not a branch: only branches can be removed this way.</source>
        <translation>Percakapan %1 bukan cabang: hanya cabang yang dapat dihapus dengan cara ini.</translation>
    </message>
    <message>
        <source>Conversation %1 has branches of its own: remove them first.</source>
        <translation>Percakapan %1 memiliki cabangnya sendiri: hapus cabang-cabang itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only a removed branch can be put back.</source>
        <translation>Hanya cabang yang telah dihapus yang dapat dikembalikan.</translation>
    </message>
    <message>
        <source>The project has no alternative response %1.</source>
        <translation>Proyek tidak memiliki respons alternatif %1.</translation>
    </message>
    <message>
        <source>Alternative %1 is not a response but a %2: only a rejected or unranked response can become the answer.</source>
        <translation>Alternatif %1 bukan respons melainkan %2: hanya respons yang ditolak atau belum diperingkat yang dapat menjadi jawaban.</translation>
    </message>
    <message>
        <source>Alternative response %1 is empty: it cannot become the answer.</source>
        <translation>Respons alternatif %1 kosong: tidak dapat menjadi jawaban.</translation>
    </message>
    <message>
        <source>Conversation %1 has no message %2 for alternative response %3 to take the place of.</source>
        <translation>Percakapan %1 tidak memiliki pesan %2 yang dapat digantikan oleh respons alternatif %3.</translation>
    </message>
    <message>
        <source>Message %1 of conversation %2 is not an answer: alternative response %3 can only take the place of an assistant&apos;s message.</source>
        <translation>Pesan %1 dari percakapan %2 bukan jawaban: respons alternatif %3 hanya dapat menggantikan pesan asisten.</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad line(s).</source>
        <translation>
            <numerusform>… dan %n baris tidak valid lainnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB.</source>
        <translation>baris lebih panjang dari %1 MiB.</translation>
    </message>
    <message>
        <source>the record has none of &quot;messages&quot; (openai), &quot;conversations&quot; (sharegpt) or &quot;instruction&quot; (alpaca).</source>
        <translation>rekaman tidak memiliki satu pun dari &quot;messages&quot; (openai), &quot;conversations&quot; (sharegpt), atau &quot;instruction&quot; (alpaca).</translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation>%1 tidak memiliki rekaman.</translation>
    </message>
    <message>
        <source>Cannot write the project: %1</source>
        <translation>Tidak dapat menulis proyek: %1</translation>
    </message>
</context>
<context>
    <name>DatasetQuery</name>
    <message>
        <source>Cannot read the conversations: %1</source>
        <translation>Tidak dapat membaca percakapan: %1</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>invalid JSON at column %1: %2.</source>
        <translation>JSON tidak valid pada kolom %1: %2.</translation>
    </message>
    <message>
        <source>the line is JSON but not an object.</source>
        <translation>baris berupa JSON, tetapi bukan objek.</translation>
    </message>
    <message>
        <source>message %1 is a system message after the conversation started.</source>
        <translation>pesan %1 adalah pesan sistem setelah percakapan dimulai.</translation>
    </message>
    <message>
        <source>message %1 has the unknown role &quot;%2&quot;.</source>
        <translation>pesan %1 memiliki peran tidak dikenal &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>message %1 is empty.</source>
        <translation>pesan %1 kosong.</translation>
    </message>
    <message>
        <source>message %1 is an answer before any question: a conversation starts with the user.</source>
        <translation>pesan %1 adalah jawaban sebelum ada pertanyaan: percakapan dimulai oleh pengguna.</translation>
    </message>
    <message>
        <source>message %1 is the second %2 message in a row.</source>
        <translation>pesan %1 adalah pesan %2 kedua berturut-turut.</translation>
    </message>
    <message>
        <source>the record has no messages.</source>
        <translation>rekaman tidak memiliki pesan.</translation>
    </message>
    <message>
        <source>the last message is a question with no answer.</source>
        <translation>pesan terakhir adalah pertanyaan tanpa jawaban.</translation>
    </message>
    <message>
        <source>the record has no &quot;%1&quot;.</source>
        <translation>rekaman tidak memiliki &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a list.</source>
        <translation>&quot;%1&quot; berupa %2, bukan daftar.</translation>
    </message>
    <message>
        <source>message %1 is %2, not an object.</source>
        <translation>pesan %1 berupa %2, bukan objek.</translation>
    </message>
    <message>
        <source>message %1 has no &quot;%2&quot;.</source>
        <translation>pesan %1 tidak memiliki &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; of message %2 is %3, not text.</source>
        <translation>&quot;%1&quot; pada pesan %2 berupa %3, bukan teks.</translation>
    </message>
    <message>
        <source>message %1 has the unknown &quot;from&quot; &quot;%2&quot; (human, gpt or system).</source>
        <translation>pesan %1 memiliki &quot;from&quot; tidak dikenal &quot;%2&quot; (human, gpt, atau system).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not text.</source>
        <translation>&quot;%1&quot; berupa %2, bukan teks.</translation>
    </message>
    <message>
        <source>&quot;history&quot; is %1, not a list.</source>
        <translation>&quot;history&quot; berupa %1, bukan daftar.</translation>
    </message>
    <message>
        <source>history entry %1 is not a [question, answer] pair of texts.</source>
        <translation>entri riwayat %1 bukan pasangan teks [pertanyaan, jawaban].</translation>
    </message>
    <message>
        <source>history entry %1 has an empty question or answer.</source>
        <translation>entri riwayat %1 memiliki pertanyaan atau jawaban yang kosong.</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is empty.</source>
        <translation>&quot;instruction&quot; kosong.</translation>
    </message>
    <message>
        <source>&quot;output&quot; is empty.</source>
        <translation>&quot;output&quot; kosong.</translation>
    </message>
</context>
<context>
    <name>Deduplicator</name>
    <message>
        <source>Cannot read the duplicate signatures: %1</source>
        <translation>Tidak dapat membaca tanda tangan duplikat: %1</translation>
    </message>
    <message>
        <source>Cannot write the duplicate signatures: %1</source>
        <translation>Tidak dapat menulis tanda tangan duplikat: %1</translation>
    </message>
    <message>
        <source>Finding duplicates was cancelled.</source>
        <translation>Pencarian duplikat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n skenario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n instruksi seed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n templat</numerusform>
        </translation>
    </message>
    <message>
        <source>Evol-Instruct directions: %1</source>
        <translation>Arah Evol-Instruct: %1</translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Tidak ada yang baru untuk ditambahkan.</translation>
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
    <name>Dialogsmith::ChatView</name>
    <message>
        <source>Select a conversation to watch it being written.</source>
        <translation>Pilih percakapan untuk melihatnya saat sedang ditulis.</translation>
    </message>
    <message>
        <source>Waiting for the first message…</source>
        <translation>Menunggu pesan pertama…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <source>%1 · writing…</source>
        <translation>%1 · sedang menulis…</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkSearch</name>
    <message>
        <source>Cannot make a folder for the search index: %1</source>
        <translation>Tidak dapat membuat folder untuk indeks pencarian: %1</translation>
    </message>
    <message>
        <source>Cannot open the search index: %1</source>
        <translation>Tidak dapat membuka indeks pencarian: %1</translation>
    </message>
    <message>
        <source>Cannot read the search index&apos;s documents.</source>
        <translation>Tidak dapat membaca dokumen indeks pencarian.</translation>
    </message>
    <message>
        <source>The search index does not match the documents.</source>
        <translation>Indeks pencarian tidak cocok dengan dokumen.</translation>
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
        <translation>Potongan %1 dari &quot;%2&quot;, mulai karakter %3. Pilih untuk melihatnya di dokumennya.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkView</name>
    <message>
        <source>Chunk %1 · characters %2–%3 · %4 long</source>
        <translation>Potongan %1 · karakter %2–%3 · panjang %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more chunk(s), not shown here.</source>
        <translation>
            <numerusform>… dan %n potongan lainnya, tidak ditampilkan di sini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chunk %1 · characters %2–%3 · %4 long · first %5 shared with chunk %6</source>
        <translation>Potongan %1 · karakter %2–%3 · panjang %4 · %5 pertama sama dengan potongan %6</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier chunk(s), not shown here.</source>
        <translation>
            <numerusform>%n potongan sebelumnya, tidak ditampilkan di sini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConnectionTest</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Uji Koneksi</translation>
    </message>
    <message>
        <source>Ask the server for its models, a streamed answer and JSON output (Ctrl+T)</source>
        <translation>Minta server menampilkan modelnya, jawaban streaming, dan keluaran JSON (Ctrl+T)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Menguji koneksi…</translation>
    </message>
    <message>
        <source>%1 Reachable</source>
        <translation>%1 Dapat dijangkau</translation>
    </message>
    <message>
        <source>%1 Key accepted</source>
        <translation>%1 Kunci diterima</translation>
    </message>
    <message numerus="yes">
        <source>%1 Model listed by the server (%n model(s) offered)</source>
        <translation>
            <numerusform>%1 Model terdaftar di server (%n model ditawarkan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Streaming</source>
        <translation>%1 Streaming</translation>
    </message>
    <message>
        <source>%1 Reports token usage</source>
        <translation>%1 Melaporkan penggunaan token</translation>
    </message>
    <message>
        <source>%1 JSON output</source>
        <translation>%1 Keluaran JSON</translation>
    </message>
    <message>
        <source>First byte after %1 ms</source>
        <translation>Byte pertama setelah %1 ms</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConversationEditor</name>
    <message>
        <source>being generated</source>
        <translation>sedang dihasilkan</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Generate the rest of this conversation with the models of its run</source>
        <translation>Hasilkan sisa percakapan ini dengan model dari prosesnya</translation>
    </message>
    <message>
        <source>A document that is no longer in the project</source>
        <translation>Dokumen yang sudah tidak ada di proyek</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Percakapan %1</translation>
    </message>
    <message>
        <source>Conversation %1 (branch of %2)</source>
        <translation>Percakapan %1 (cabang dari %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 with %3 · %n exchange(s) of %4 planned</source>
        <translation>
            <numerusform>%1 · %2 dengan %3 · %n dari %4 giliran yang direncanakan</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>The project file is read-only.</source>
        <translation>Berkas proyek hanya-baca.</translation>
    </message>
    <message>
        <source>Wait until the conversation is generated.</source>
        <translation>Tunggu hingga percakapan selesai dihasilkan.</translation>
    </message>
    <message>
        <source>A run is in progress: regenerating and branching are possible when it is paused or done.</source>
        <translation>Sebuah proses sedang berjalan: menghasilkan ulang dan membuat cabang dapat dilakukan saat proses dijeda atau selesai.</translation>
    </message>
    <message>
        <source>This project file is read-only: you can read its conversations but not review or change them. Make the file writable, or open a copy, to curate.</source>
        <translation>Berkas proyek ini hanya-baca: Anda dapat membaca percakapannya tetapi tidak dapat meninjau atau mengubahnya. Jadikan berkas dapat ditulis, atau buka salinannya, untuk mengkurasi.</translation>
    </message>
    <message>
        <source>This conversation is not finished: Continue generates the rest of it.</source>
        <translation>Percakapan ini belum selesai: Lanjutkan akan menghasilkan sisanya.</translation>
    </message>
    <message>
        <source>Generating the rest of the conversation with the models of its run…</source>
        <translation>Menghasilkan sisa percakapan dengan model dari prosesnya…</translation>
    </message>
    <message>
        <source>Stopped: the messages generated so far are kept. Undo takes the whole change back.</source>
        <translation>Dihentikan: pesan yang sudah dihasilkan tetap disimpan. Urungkan akan membatalkan seluruh perubahan.</translation>
    </message>
    <message>
        <source>The conversation could not be generated.</source>
        <translation>Percakapan tidak dapat dihasilkan.</translation>
    </message>
    <message>
        <source>Conversation %1 could not be generated: %2</source>
        <translation>Percakapan %1 tidak dapat dihasilkan: %2</translation>
    </message>
    <message>
        <source>Previous conversation in the dataset&apos;s order (K)</source>
        <translation>Percakapan sebelumnya menurut urutan dataset (K)</translation>
    </message>
    <message>
        <source>Next conversation in the dataset&apos;s order (J)</source>
        <translation>Percakapan berikutnya menurut urutan dataset (J)</translation>
    </message>
    <message>
        <source>Stop generating: what is complete is kept (Esc)</source>
        <translation>Hentikan pembuatan: bagian yang sudah selesai tetap disimpan (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>not in the list of %n</source>
        <translation>
            <numerusform>tidak ada dalam daftar berisi %n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>The place in the dataset view&apos;s list, as filtered and sorted</source>
        <translation>Posisi dalam daftar tampilan dataset, sesuai filter dan urutan</translation>
    </message>
    <message>
        <source>Approve Conversation %1</source>
        <translation>Setujui Percakapan %1</translation>
    </message>
    <message>
        <source>Reject Conversation %1</source>
        <translation>Tolak Percakapan %1</translation>
    </message>
    <message>
        <source>Clear Review of Conversation %1</source>
        <translation>Hapus Tinjauan Percakapan %1</translation>
    </message>
    <message>
        <source>Rate Conversation %1 with %2 of 5</source>
        <translation>Beri Nilai %2 dari 5 untuk Percakapan %1</translation>
    </message>
    <message>
        <source>Clear Rating of Conversation %1</source>
        <translation>Hapus Penilaian Percakapan %1</translation>
    </message>
    <message>
        <source>Change Notes of Conversation %1</source>
        <translation>Ubah Catatan Percakapan %1</translation>
    </message>
    <message>
        <source>Edit Message %1</source>
        <translation>Sunting Pesan %1</translation>
    </message>
    <message>
        <source>Delete Message %1</source>
        <translation>Hapus Pesan %1</translation>
    </message>
    <message>
        <source>Regenerate Conversation %1 from Message %2</source>
        <translation>Hasilkan Ulang Percakapan %1 mulai dari Pesan %2</translation>
    </message>
    <message>
        <source>Branch Conversation %1 from Message %2</source>
        <translation>Buat Cabang Percakapan %1 mulai dari Pesan %2</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dibuang</translation>
    </message>
    <message>
        <source>Reading the document chunks this conversation drew on…</source>
        <translation>Membaca potongan dokumen yang menjadi landasan percakapan ini…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt; is not grounded in a document chunk.</source>
        <translation>&lt;b&gt;Pesan %1&lt;/b&gt; tidak berlandaskan potongan dokumen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grounded in&lt;/b&gt; %1, which cannot be shown: the document is gone or has no such chunk.</source>
        <translation>&lt;b&gt;Berlandaskan&lt;/b&gt; %1, yang tidak dapat ditampilkan: dokumennya sudah tidak ada atau tidak memiliki potongan tersebut.</translation>
    </message>
    <message>
        <source>no passage shared word for word</source>
        <translation>tidak ada bagian yang sama kata demi kata</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) shared</source>
        <translation>
            <numerusform>%n bagian sama</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1 drew on&lt;/b&gt; %2 · %3</source>
        <translation>&lt;b&gt;Pesan %1 berlandaskan&lt;/b&gt; %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grounded in&lt;/b&gt; %1 · %2</source>
        <translation>&lt;b&gt;Berlandaskan&lt;/b&gt; %1 · %2</translation>
    </message>
    <message>
        <source>Prefer Response %1 for Message %2</source>
        <translation>Utamakan Respons %1 untuk Pesan %2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CoverageModel</name>
    <message>
        <source>Under-represented: planned %1 of the samples, made %2</source>
        <translation>Kurang terwakili: direncanakan %1 dari sampel, dibuat %2</translation>
    </message>
    <message>
        <source>Not in the design any more: samples made before it changed</source>
        <translation>Tidak lagi ada di rancangan: sampel yang dibuat sebelum rancangan berubah</translation>
    </message>
    <message>
        <source>Approved among the reviewed samples</source>
        <translation>Disetujui di antara sampel yang ditinjau</translation>
    </message>
    <message>
        <source>The share of samples the design&apos;s weights plan for it</source>
        <translation>Bagian sampel yang direncanakan bobot rancangan untuknya</translation>
    </message>
    <message>
        <source>The share of the complete samples that have it</source>
        <translation>Bagian sampel lengkap yang memilikinya</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CoverageView</name>
    <message>
        <source>The factor whose values make the rows of the heat map</source>
        <translation>Faktor yang nilainya menjadi baris peta panas</translation>
    </message>
    <message>
        <source>The factor whose values make the columns of the heat map</source>
        <translation>Faktor yang nilainya menjadi kolom peta panas</translation>
    </message>
    <message>
        <source>C&amp;ross:</source>
        <translation>Si&amp;langkan:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>&amp;dengan:</translation>
    </message>
    <message>
        <source>Counting the samples…</source>
        <translation>Menghitung sampel…</translation>
    </message>
    <message>
        <source>Cannot count the samples: %1</source>
        <translation>Tidak dapat menghitung sampel: %1</translation>
    </message>
    <message>
        <source>No complete samples yet. Start a run (Run ▸ Start): this view fills as samples arrive.</source>
        <translation>Belum ada sampel lengkap. Mulai proses (Jalankan ▸ Mulai): tampilan ini terisi saat sampel masuk.</translation>
    </message>
    <message>
        <source>%1 complete samples; every value of the design has at least half its planned share.</source>
        <translation>%1 sampel lengkap; setiap nilai rancangan memiliki setidaknya setengah dari bagian yang direncanakan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 complete samples; %n value(s) have less than half their planned share (tinted).</source>
        <translation>
            <numerusform>%1 sampel lengkap; %n nilai memiliki kurang dari setengah bagian yang direncanakan (diwarnai).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CrossingModel</name>
    <message numerus="yes">
        <source>%1 × %2: %n sample(s)</source>
        <translation>
            <numerusform>%1 × %2: %n sampel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 rejected, %3 unreviewed</source>
        <translation>%1 disetujui, %2 ditolak, %3 belum ditinjau</translation>
    </message>
    <message>
        <source>Planned %1 of the samples, made %2</source>
        <translation>Direncanakan %1 dari sampel, dibuat %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetModel</name>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Dihasilkan</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Conversation %1 of run %2</source>
        <translation>Percakapan %1 dari proses %2</translation>
    </message>
    <message>
        <source>Generation failed.</source>
        <translation>Pembuatan gagal.</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Pembuatan gagal: %1</translation>
    </message>
    <message>
        <source>Still being generated, or waiting for the run to resume.</source>
        <translation>Masih dihasilkan, atau menunggu proses dilanjutkan.</translation>
    </message>
    <message>
        <source>User: %1
Assistant: %2</source>
        <translation>Pengguna: %1
Asisten: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Dinilai %1 dari 5</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Belum dinilai juri</translation>
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
        <translation>Topik</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>The conversation&apos;s number in the project</source>
        <translation>Nomor percakapan di dalam proyek</translation>
    </message>
    <message>
        <source>Generation (running, failed) or, once complete, curation (generated, edited, approved, rejected)</source>
        <translation>Pembuatan (berjalan, gagal) atau, setelah lengkap, kurasi (dihasilkan, disunting, disetujui, ditolak)</translation>
    </message>
    <message>
        <source>The simulated user → the assistant</source>
        <translation>Pengguna simulasi → asisten</translation>
    </message>
    <message>
        <source>Messages in the conversation</source>
        <translation>Pesan dalam percakapan</translation>
    </message>
    <message>
        <source>Tokens of the conversation&apos;s messages, as the models counted them when writing them</source>
        <translation>Token dari pesan-pesan percakapan, sebagaimana dihitung oleh model saat menulisnya</translation>
    </message>
    <message>
        <source>A reviewer&apos;s rating, 1 to 5</source>
        <translation>Penilaian peninjau, 1 sampai 5</translation>
    </message>
    <message>
        <source>The judge model&apos;s score</source>
        <translation>Skor dari model juri</translation>
    </message>
    <message>
        <source>When the conversation last changed</source>
        <translation>Kapan percakapan terakhir berubah</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Evol-Instruct</source>
        <translation>Evol-Instruct</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>Q&amp;A Pengetahuan</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Refusals and boilerplate</source>
        <translation>Penolakan dan kalimat baku</translation>
    </message>
    <message>
        <source>Empty or truncated</source>
        <translation>Kosong atau terpotong</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Bahasa salah</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Terlalu pendek</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Terlalu panjang</translation>
    </message>
    <message>
        <source>message %1 is empty</source>
        <translation>pesan %1 kosong</translation>
    </message>
    <message>
        <source>message %1 stopped at the token limit</source>
        <translation>pesan %1 berhenti di batas token</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>tidak ada pesan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln karakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged below %1</source>
        <translation>Dinilai di bawah %1</translation>
    </message>
    <message>
        <source>Duplicate of #%1</source>
        <translation>Duplikat dari #%1</translation>
    </message>
    <message>
        <source>Dropped by a rule of its mode.</source>
        <translation>Dibuang oleh aturan modenya.</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Dibuang: %1</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source> (rule switched off)</source>
        <translation> (aturan dimatikan)</translation>
    </message>
    <message>
        <source>Near duplicate of #%1 (similarity %2)</source>
        <translation>Hampir duplikat dari #%1 (kemiripan %2)</translation>
    </message>
    <message>
        <source>Exact duplicate of #%1</source>
        <translation>Duplikat persis dari #%1</translation>
    </message>
    <message>
        <source>No filter rule catches it</source>
        <translation>Tidak ada aturan filter yang menangkapnya</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>The kind of sample: conversation, instruction, Evol-Instruct, knowledge Q&amp;A, preference, embedding</source>
        <translation>Jenis sampel: percakapan, instruksi, Evol-Instruct, Q&amp;A pengetahuan, preferensi, embedding</translation>
    </message>
    <message>
        <source>What the quality settings leave out the sample for (filter rules, judge threshold, duplicates)</source>
        <translation>Alasan pengaturan kualitas mengecualikan sampel (aturan filter, ambang juri, duplikat)</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetView</name>
    <message>
        <source>Generated</source>
        <translation>Dihasilkan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>Read the conversations again</source>
        <translation>Baca ulang percakapan</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Search the conversations&apos; text</source>
        <translation>Cari teks percakapan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Open the conversation in the editor (Return, double-click)</source>
        <translation>Buka percakapan di penyunting (Return, klik ganda)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Set&amp;ujui</translation>
    </message>
    <message>
        <source>Approve the selected conversations for export</source>
        <translation>Setujui percakapan yang dipilih untuk diekspor</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <source>Reject the selected conversations: they are never exported</source>
        <translation>Tolak percakapan yang dipilih: percakapan tersebut tidak akan pernah diekspor</translation>
    </message>
    <message>
        <source>Search the conversations&apos; text (%1)</source>
        <translation>Cari teks percakapan (%1)</translation>
    </message>
    <message>
        <source>Conversations that contain every word, in any of their turns; &quot;quoted words&quot; must occur together. The last word also matches longer words while you type.</source>
        <translation>Percakapan yang memuat setiap kata, di giliran mana pun; &quot;kata dalam tanda kutip&quot; harus muncul bersamaan. Kata terakhir juga cocok dengan kata yang lebih panjang selama Anda mengetik.</translation>
    </message>
    <message>
        <source>Cannot read the conversations</source>
        <translation>Tidak dapat membaca percakapan</translation>
    </message>
    <message>
        <source>Where generation is</source>
        <translation>Tahap pembuatan</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Status apa pun</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Where curation is</source>
        <translation>Tahap kurasi</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Tinjauan apa pun</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>The least rating a conversation has</source>
        <translation>Penilaian minimum sebuah percakapan</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Penilaian apa pun</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 atau lebih</translation>
    </message>
    <message>
        <source>The least score the judge model gave</source>
        <translation>Skor minimum yang diberikan model juri</translation>
    </message>
    <message>
        <source>Judge ≥ </source>
        <translation>Juri ≥ </translation>
    </message>
    <message>
        <source>Any judge score</source>
        <translation>Skor juri apa pun</translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation>Topik berisi…</translation>
    </message>
    <message>
        <source>Conversations whose topic path contains this text</source>
        <translation>Percakapan yang jalur topiknya berisi teks ini</translation>
    </message>
    <message>
        <source>Persona contains…</source>
        <translation>Persona berisi…</translation>
    </message>
    <message>
        <source>Conversations where the user or the assistant persona&apos;s name contains this text</source>
        <translation>Percakapan yang nama persona pengguna atau asistennya berisi teks ini</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Hapus Filter</translation>
    </message>
    <message>
        <source>Show every conversation</source>
        <translation>Tampilkan semua percakapan</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln percakapan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln conversation(s)</source>
        <translation>
            <numerusform>%1 dari %Ln percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No conversations yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start a run with Run ▸ Start (%1). Conversations appear here as they are written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Belum ada percakapan&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mulai proses dengan Jalankan ▸ Mulai (%1). Percakapan muncul di sini saat ditulis.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No conversation matches&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see all %Ln conversation(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Tidak ada percakapan yang cocok&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Hapus filter&lt;/a&gt; untuk melihat semua %Ln percakapan.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln conversation(s)…</source>
        <translation>
            <numerusform>Menyetujui %Ln percakapan…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %Ln conversation(s)…</source>
        <translation>
            <numerusform>Menolak %Ln percakapan…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the review</source>
        <translation>Tidak dapat mengubah tinjauan</translation>
    </message>
    <message>
        <source>The quality filters could not be brought up to date: %1</source>
        <translation>Filter kualitas tidak dapat diperbarui: %1</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>The kind of sample</source>
        <translation>Jenis sampel</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Semua jenis</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DocumentEditor</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Tambah &amp;Berkas…</translation>
    </message>
    <message>
        <source>Add text or Markdown files as documents (%1)</source>
        <translation>Tambahkan berkas teks atau Markdown sebagai dokumen (%1)</translation>
    </message>
    <message>
        <source>&amp;Paste as Document…</source>
        <translation>&amp;Tempel sebagai Dokumen…</translation>
    </message>
    <message>
        <source>Add the text on the clipboard as a document (%1)</source>
        <translation>Tambahkan teks di papan klip sebagai dokumen (%1)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>Rename the selected document (F2)</source>
        <translation>Ganti nama dokumen yang dipilih (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the selected documents (Del)</source>
        <translation>Hapus dokumen yang dipilih (Del)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> karakter</translation>
    </message>
    <message>
        <source>The longest a chunk may be. Chunks end after a paragraph or sentence where possible.</source>
        <translation>Panjang maksimum sebuah potongan. Jika memungkinkan, potongan berakhir setelah paragraf atau kalimat.</translation>
    </message>
    <message>
        <source>How far a chunk may start before the previous one ends, so no passage is cut in two for good. Less than the chunk size.</source>
        <translation>Seberapa jauh sebuah potongan boleh dimulai sebelum potongan sebelumnya berakhir, agar tidak ada bagian teks yang terpotong dua selamanya. Kurang dari ukuran potongan.</translation>
    </message>
    <message>
        <source>Chunk &amp;size:</source>
        <translation>&amp;Ukuran potongan:</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>Tumpang t&amp;indih:</translation>
    </message>
    <message>
        <source>C&amp;hunks</source>
        <translation>&amp;Potongan</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;ks</translation>
    </message>
    <message>
        <source>The selected document as generation cuts it: numbered chunks on alternating backgrounds, the text shared with the previous chunk shaded darker.</source>
        <translation>Dokumen yang dipilih sebagaimana dipotong saat pembuatan: potongan bernomor dengan latar belakang bergantian, teks yang sama dengan potongan sebelumnya diberi bayangan lebih gelap.</translation>
    </message>
    <message>
        <source>The selected document&apos;s text.</source>
        <translation>Teks dokumen yang dipilih.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunking&lt;/b&gt; (all documents)</source>
        <translation>&lt;b&gt;Pemotongan&lt;/b&gt; (semua dokumen)</translation>
    </message>
    <message>
        <source>Chunks alternate in colour. The start of a chunk shaded in the previous chunk&apos;s colour is the overlap: text both chunks contain.</source>
        <translation>Potongan diberi warna bergantian. Awal potongan yang diberi warna potongan sebelumnya adalah tumpang tindih: teks yang dimuat oleh kedua potongan.</translation>
    </message>
    <message>
        <source>Change Chunk Size</source>
        <translation>Ubah Ukuran Potongan</translation>
    </message>
    <message>
        <source>Change Chunk Overlap</source>
        <translation>Ubah Tumpang Tindih Potongan</translation>
    </message>
    <message>
        <source>Add a document to see its text here.</source>
        <translation>Tambahkan dokumen untuk melihat teksnya di sini.</translation>
    </message>
    <message>
        <source>Select a document to see its text.</source>
        <translation>Pilih dokumen untuk melihat teksnya.</translation>
    </message>
    <message>
        <source>Add a document to see how it is cut into chunks.</source>
        <translation>Tambahkan dokumen untuk melihat bagaimana dokumen itu dipotong.</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>Pilih dokumen untuk melihat potongannya.</translation>
    </message>
    <message>
        <source>… (the preview shows the first %1 characters)</source>
        <translation>… (pratinjau menampilkan %1 karakter pertama)</translation>
    </message>
    <message>
        <source>No documents: conversations will not be grounded.</source>
        <translation>Tidak ada dokumen: percakapan tidak akan didasarkan pada dokumen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n document(s).</source>
        <translation>
            <numerusform>%1 dalam %n dokumen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n potongan</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>Tambah Dokumen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Membaca %n berkas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Document(s)</source>
        <translation>
            <numerusform>Tambah %n Dokumen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Document &quot;%1&quot;</source>
        <translation>Hapus Dokumen &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Document(s)</source>
        <translation>
            <numerusform>Hapus %n Dokumen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No documents yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Conversations can be grounded in documents: each conversation draws a chunk of one and talks about it.&lt;/p&gt;&lt;p&gt;Drop text, Markdown, HTML or PDF files here, choose &lt;i&gt;Add Files…&lt;/i&gt;, or copy text and choose &lt;i&gt;Paste as Document…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Belum ada dokumen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Percakapan dapat didasarkan pada dokumen: setiap percakapan mengambil satu potongan dari sebuah dokumen dan membahasnya.&lt;/p&gt;&lt;p&gt;Letakkan berkas teks, Markdown, HTML, atau PDF di sini, pilih &lt;i&gt;Tambah Berkas…&lt;/i&gt;, atau salin teks lalu pilih &lt;i&gt;Tempel sebagai Dokumen…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading file %1 of %2: page %3 of %4…</source>
        <translation>Membaca berkas %1 dari %2: halaman %3 dari %4…</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>Membaca berkas %1 dari %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added. Some files could not be added or were read with something left out:</source>
        <translation>
            <numerusform>%n dokumen ditambahkan. Beberapa berkas tidak dapat ditambahkan atau dibaca dengan sebagian isi terlewat:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in Chunks</source>
        <translation>&amp;Cari di Potongan</translation>
    </message>
    <message>
        <source>Search all chunks (%1)</source>
        <translation>Cari di semua potongan (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finds the chunks of every document that contain all the words typed. &lt;code&gt;&quot;exact phrase&quot;&lt;/code&gt; finds words side by side; the last word also finds words it begins. ↓ and ↑ move through the results, Return shows one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Menemukan potongan dari setiap dokumen yang berisi semua kata yang diketik. &lt;code&gt;&quot;frasa persis&quot;&lt;/code&gt; menemukan kata yang berdampingan; kata terakhir juga menemukan kata yang diawalinya. ↓ dan ↑ berpindah antarhasil, Enter menampilkan satu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a chunk to see it in its document</source>
        <translation>Pilih potongan untuk melihatnya di dokumennya</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunks found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Potongan ditemukan&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Indexing the chunks: %1 of %n document(s) cut…</source>
        <translation>
            <numerusform>Mengindeks potongan: %1 dari %n dokumen dipotong…</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the chunks…</source>
        <translation>Mengindeks potongan…</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>Pencarian tidak tersedia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) indexed.</source>
        <translation>
            <numerusform>%n potongan diindeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no documents to search: add some first.</source>
        <translation>Tidak ada dokumen untuk dicari: tambahkan dulu.</translation>
    </message>
    <message>
        <source>The documents changed: indexing them again…</source>
        <translation>Dokumen berubah: mengindeks ulang…</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Ketik kata untuk dicari.</translation>
    </message>
    <message>
        <source>Searching once the chunks are indexed…</source>
        <translation>Mencari setelah potongan diindeks…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
    <message>
        <source>No chunk contains &quot;%1&quot;.</source>
        <translation>Tidak ada potongan yang berisi &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The %n best matching chunk(s):</source>
        <translation>
            <numerusform>%n potongan yang paling cocok:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) found:</source>
        <translation>
            <numerusform>%n potongan ditemukan:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DocumentListModel</name>
    <message>
        <source>Pasted</source>
        <translation>Ditempel</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename.</source>
        <translation>Klik ganda atau tekan F2 untuk mengganti nama.</translation>
    </message>
    <message>
        <source>Where the text came from.</source>
        <translation>Asal teks tersebut.</translation>
    </message>
    <message>
        <source>How many chunks the document is cut into with the current chunk settings.</source>
        <translation>Jumlah potongan dokumen ini dengan pengaturan pemotongan saat ini.</translation>
    </message>
    <message>
        <source>Rename Document</source>
        <translation>Ganti Nama Dokumen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Karakter</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicateFinder</name>
    <message>
        <source>Cannot open %1 to find duplicates: %2</source>
        <translation>Tidak dapat membuka %1 untuk mencari duplikat: %2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesModel</name>
    <message>
        <source>Cannot read the duplicates: %1</source>
        <translation>Tidak dapat membaca duplikat: %1</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n duplicate(s))</source>
        <translation>
            <numerusform>%1 (%n duplikat)</numerusform>
        </translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Persis</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Hampir</translation>
    </message>
    <message>
        <source>The same text as the original once case, punctuation and spacing are set aside</source>
        <translation>Teks yang sama dengan aslinya jika huruf besar/kecil, tanda baca, dan spasi diabaikan</translation>
    </message>
    <message>
        <source>Most of its word sequences are in the original too</source>
        <translation>Sebagian besar rangkaian katanya juga ada di aslinya</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Kemiripan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesWindow</name>
    <message>
        <source>Duplicates — %1</source>
        <translation>Duplikat — %1</translation>
    </message>
    <message>
        <source>How similar two samples must be to count as near duplicates: the estimated share of word sequences they have in common. Higher finds fewer, closer copies.</source>
        <translation>Seberapa mirip dua sampel agar dianggap hampir duplikat: perkiraan bagian rangkaian kata yang sama. Lebih tinggi menemukan lebih sedikit salinan yang lebih mirip.</translation>
    </message>
    <message>
        <source>Near-duplicate &amp;threshold:</source>
        <translation>&amp;Ambang hampir duplikat:</translation>
    </message>
    <message>
        <source>Keep the original and reject the other samples of its group (Ctrl+1)</source>
        <translation>Simpan yang asli dan tolak sampel lain dalam kelompoknya (Ctrl+1)</translation>
    </message>
    <message>
        <source>Keep this duplicate and reject the other samples of its group (Ctrl+2)</source>
        <translation>Simpan duplikat ini dan tolak sampel lain dalam kelompoknya (Ctrl+2)</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>Simpan yang Ini</translation>
    </message>
    <message>
        <source>&amp;Reject All Duplicates</source>
        <translation>&amp;Tolak Semua Duplikat</translation>
    </message>
    <message>
        <source>Keep the original of every group and reject its duplicates</source>
        <translation>Simpan yang asli dari setiap kelompok dan tolak duplikatnya</translation>
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
        <source>Looking for duplicates…</source>
        <translation>Mencari duplikat…</translation>
    </message>
    <message>
        <source>Reading samples: %v of %m</source>
        <translation>Membaca sampel: %v dari %m</translation>
    </message>
    <message>
        <source>Comparing samples: %v of %m</source>
        <translation>Membandingkan sampel: %v dari %m</translation>
    </message>
    <message>
        <source>Cannot read the duplicates: %1</source>
        <translation>Tidak dapat membaca duplikat: %1</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; · conversation %1 · %2</source>
        <translation>&lt;b&gt;Asli&lt;/b&gt; · percakapan %1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 duplicate&lt;/b&gt; · conversation %2 · similarity %3 % · %4</source>
        <translation>&lt;b&gt;Duplikat %1&lt;/b&gt; · percakapan %2 · kemiripan %3 % · %4</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Persis</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Hampir</translation>
    </message>
    <message numerus="yes">
        <source>Keep Conversation %1, Reject %n Other(s)</source>
        <translation>
            <numerusform>Simpan Percakapan %1, Tolak %n Lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Duplicate(s)</source>
        <translation>
            <numerusform>Tolak %n Duplikat</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Cannot change the review: %1</source>
        <translation>Tidak dapat mengubah tinjauan: %1</translation>
    </message>
    <message>
        <source>Cannot find duplicates: %1</source>
        <translation>Tidak dapat mencari duplikat: %1</translation>
    </message>
    <message>
        <source>The project is read-only: duplicates cannot be looked for or rejected.</source>
        <translation>Proyek hanya-baca: duplikat tidak dapat dicari atau ditolak.</translation>
    </message>
    <message numerus="yes">
        <source>No duplicates among the %n complete sample(s). Samples are compared as runs complete them and as you edit them.</source>
        <translation>
            <numerusform>Tidak ada duplikat di antara %n sampel lengkap. Sampel dibandingkan saat proses menyelesaikannya dan saat Anda menyuntingnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Duplicate Threshold</source>
        <translation>Ubah Ambang Duplikat</translation>
    </message>
    <message numerus="yes">
        <source>%1 samples: %2 exact and %3 near duplicates in %n group(s).</source>
        <translation>
            <numerusform>%1 sampel: %2 duplikat persis dan %3 duplikat mirip dalam %n grup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::EditorParts</name>
    <message>
        <source>This project is read-only: %1. You can look at the design but not change it; File ▸ Save As… makes a copy you can edit.</source>
        <translation>Proyek ini hanya-baca: %1. Anda dapat melihat rancangannya tetapi tidak dapat mengubahnya; Berkas ▸ Simpan Sebagai… membuat salinan yang dapat Anda sunting.</translation>
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
    <message>
        <source>No conversation to continue was given.</source>
        <translation>Tidak ada percakapan yang diberikan untuk dilanjutkan.</translation>
    </message>
    <message>
        <source>Conversations %1 and %2 come from different runs: continue them one run at a time.</source>
        <translation>Percakapan %1 dan %2 berasal dari proses yang berbeda: lanjutkan satu proses dalam satu waktu.</translation>
    </message>
    <message>
        <source>Conversation %1 cannot be continued: its draw does not match a planned conversation of run %2.</source>
        <translation>Percakapan %1 tidak dapat dilanjutkan: hasil undiannya tidak cocok dengan percakapan yang direncanakan dalam proses %2.</translation>
    </message>
    <message>
        <source>Conversation %1 is complete: it is not waiting to be continued.</source>
        <translation>Percakapan %1 sudah selesai: tidak sedang menunggu untuk dilanjutkan.</translation>
    </message>
    <message>
        <source>Conversation %1 failed: it is not waiting to be continued.</source>
        <translation>Percakapan %1 gagal: tidak sedang menunggu untuk dilanjutkan.</translation>
    </message>
    <message>
        <source>The project has no provider profile: add one that says which model judges.</source>
        <translation>Proyek tidak memiliki profil penyedia: tambahkan profil yang menentukan model yang menilai.</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one that judges in the judge settings.</source>
        <translation>Proyek memiliki beberapa profil penyedia: pilih profil yang menilai di pengaturan juri.</translation>
    </message>
    <message>
        <source>The judge profile &quot;%1&quot; is none of the project&apos;s provider profiles.</source>
        <translation>Profil juri &quot;%1&quot; bukan salah satu profil penyedia proyek.</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s samples: %1</source>
        <translation>Tidak dapat membaca sampel proyek: %1</translation>
    </message>
    <message numerus="yes">
        <source>The model &quot;%1&quot; gave no usable reply %n time(s) in a row: %2</source>
        <translation>
            <numerusform>Model &quot;%1&quot; tidak memberi balasan yang dapat dipakai %n kali berturut-turut: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>It waited for another sample of the run that did not finish.</source>
        <translation>Sampel ini menunggu sampel lain dari proses yang tidak selesai.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Engine::Planner</name>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExpandTopicsDialog</name>
    <message>
        <source>the answer holds no list of topics</source>
        <translation>jawaban tidak berisi daftar topik</translation>
    </message>
    <message>
        <source>the list holds no topic names</source>
        <translation>daftar tidak berisi nama topik</translation>
    </message>
    <message>
        <source>Expand with Model</source>
        <translation>Perluas dengan Model</translation>
    </message>
    <message>
        <source>Generate top-level topics for this project.</source>
        <translation>Hasilkan topik tingkat teratas untuk proyek ini.</translation>
    </message>
    <message>
        <source>Generate subtopics of “%1”.</source>
        <translation>Hasilkan subtopik dari &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The model profile that writes the topics (Tools › Providers…).</source>
        <translation>Profil model yang menulis topik (Alat › Penyedia…).</translation>
    </message>
    <message>
        <source>&amp;Model profile:</source>
        <translation>P&amp;rofil model:</translation>
    </message>
    <message>
        <source>How many subtopics to ask for under each topic.</source>
        <translation>Jumlah subtopik yang diminta untuk setiap topik.</translation>
    </message>
    <message>
        <source>&amp;Topics per level:</source>
        <translation>&amp;Topik per tingkat:</translation>
    </message>
    <message>
        <source>1 adds one level of subtopics; more grows a whole tree, one request per topic.</source>
        <translation>1 menambahkan satu tingkat subtopik; lebih dari itu menumbuhkan seluruh pohon, satu permintaan per topik.</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>T&amp;ingkat:</translation>
    </message>
    <message>
        <source>Anything the model should keep in mind when it suggests topics.</source>
        <translation>Apa pun yang perlu diperhatikan model saat mengusulkan topik.</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Arahan:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Hasilkan</translation>
    </message>
    <message>
        <source>Ask the model. Suggestions appear below for review before anything is added.</source>
        <translation>Tanyakan kepada model. Usulan muncul di bawah untuk ditinjau sebelum ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Henti&amp;kan</translation>
    </message>
    <message>
        <source>Stop asking: the suggestions so far stay for review.</source>
        <translation>Berhenti bertanya: usulan yang sudah ada tetap tersedia untuk ditinjau.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Uncheck what you do not want; double-click or press F2 to rewrite a name.</source>
        <translation>Hapus centang pada yang tidak Anda inginkan; klik ganda atau tekan F2 untuk mengubah nama.</translation>
    </message>
    <message>
        <source>&amp;Add Checked Topics</source>
        <translation>Ta&amp;mbahkan Topik yang Dicentang</translation>
    </message>
    <message numerus="yes">
        <source>This topic is already %n levels deep, the most a topic tree may have.</source>
        <translation>
            <numerusform>Topik ini sudah sedalam %n tingkat, batas maksimum untuk sebuah pohon topik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests: too many. Ask for fewer topics per level or fewer levels.</source>
        <translation>
            <numerusform>%n permintaan: terlalu banyak. Minta lebih sedikit topik per tingkat atau lebih sedikit tingkat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n request(s)</source>
        <translation>
            <numerusform>Hingga %n permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 dari %2 permintaan</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Topic(s)</source>
        <translation>
            <numerusform>Ta&amp;mbahkan %n Topik</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Topics</source>
        <translation>Ta&amp;mbahkan Topik</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Menanyakan %1…</translation>
    </message>
    <message>
        <source>Stopped. The suggestions so far are below.</source>
        <translation>Dihentikan. Usulan sejauh ini tercantum di bawah.</translation>
    </message>
    <message>
        <source>The model&apos;s answer for “%1” was not a list of topics (%2). It said: %3</source>
        <translation>Jawaban model untuk &quot;%1&quot; bukan daftar topik (%2). Jawabannya: %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>tingkat teratas</translation>
    </message>
    <message>
        <source>no JSON</source>
        <translation>tidak ada JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s) to review.</source>
        <translation>
            <numerusform>%n topik baru untuk ditinjau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a sibling already has the name.</source>
        <translation>
            <numerusform>%n usulan dilewati: topik sejajar sudah memiliki nama tersebut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some requests failed. The suggestions so far are below.</source>
        <translation>Beberapa permintaan gagal. Usulan sejauh ini tercantum di bawah.</translation>
    </message>
    <message>
        <source>Optional, e.g. “for high-school students” or “practical, not historical”</source>
        <translation>Opsional, mis. &quot;untuk siswa SMA&quot; atau &quot;praktis, bukan historis&quot;</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Export::PreferenceWriter</name>
    <message>
        <source>no rejected response</source>
        <translation>tidak ada respons yang ditolak</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Export::TripletWriter</name>
    <message>
        <source>no query and positive</source>
        <translation>tidak ada kueri dan positif</translation>
    </message>
    <message>
        <source>no hard negative</source>
        <translation>tidak ada negatif sulit</translation>
    </message>
    <message>
        <source>no negative</source>
        <translation>tidak ada negatif</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExportDialog</name>
    <message>
        <source>Export as %1</source>
        <translation>Ekspor sebagai %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approved only (%Ln)</source>
        <translation>
            <numerusform>Hanya yang &amp;disetujui (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All that are not &amp;rejected (%Ln)</source>
        <translation>
            <numerusform>Semua yang tidak di&amp;tolak (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the &amp;system prompt</source>
        <translation>Sertakan &amp;prompt sistem</translation>
    </message>
    <message>
        <source>Include &amp;metadata</source>
        <translation>Sertakan &amp;metadata</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v dari %m</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Ekspor gagal: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Hentikan ekspor; tidak ada berkas yang ditulis</translation>
    </message>
    <message>
        <source>(checking the latest samples…)</source>
        <translation>(memeriksa sampel terbaru…)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>judged below %1 — %2</source>
        <translation>dinilai di bawah %1 — %2</translation>
    </message>
    <message>
        <source>duplicates — %1</source>
        <translation>duplikat — %1</translation>
    </message>
    <message numerus="yes">
        <source>Leaves out %Ln sample(s): %1.</source>
        <translation>
            <numerusform>Mengecualikan %Ln sampel: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged yet (kept).</source>
        <translation>
            <numerusform>%Ln belum dinilai (disimpan).</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no complete sample to export yet.</source>
        <translation>Proyek belum memiliki sampel lengkap untuk diekspor.</translation>
    </message>
    <message>
        <source>The format trainers read: each writes the samples of the kinds it takes</source>
        <translation>Format yang dibaca pelatih: masing-masing menulis sampel dari jenis yang diterimanya</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>The complete samples a reviewer approved</source>
        <translation>Sampel lengkap yang telah disetujui peninjau</translation>
    </message>
    <message>
        <source>Every complete sample except the rejected ones; failed and unfinished samples never are exported</source>
        <translation>Semua sampel lengkap kecuali yang ditolak; sampel yang gagal dan belum selesai tidak pernah diekspor</translation>
    </message>
    <message numerus="yes">
        <source>Selected in the &amp;dataset (%Ln)</source>
        <translation>
            <numerusform>Dipilih di d&amp;ataset (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select samples in the dataset view first</source>
        <translation>Pilih sampel di tampilan dataset terlebih dahulu</translation>
    </message>
    <message>
        <source>The complete samples selected in the dataset view</source>
        <translation>Sampel lengkap yang dipilih di tampilan dataset</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Kecualikan</translation>
    </message>
    <message>
        <source>Samples the filter r&amp;ules catch</source>
        <translation>Sampel yang tertangkap aturan filte&amp;r</translation>
    </message>
    <message>
        <source>No filter rule is switched on (the dataset view&apos;s Quality bar)</source>
        <translation>Tidak ada aturan filter yang aktif (bilah Kualitas di tampilan dataset)</translation>
    </message>
    <message>
        <source>The rules switched on in the dataset view: %1</source>
        <translation>Aturan yang aktif di tampilan dataset: %1</translation>
    </message>
    <message>
        <source>D&amp;uplicates (the first of each group stays)</source>
        <translation>Dupli&amp;kat (yang pertama di setiap kelompok tetap disertakan)</translation>
    </message>
    <message>
        <source>Exact and near copies of an earlier sample, as dedup found them</source>
        <translation>Salinan persis dan hampir persis dari sampel sebelumnya, sebagaimana ditemukan oleh deduplikasi</translation>
    </message>
    <message>
        <source>Samples &amp;judged below:</source>
        <translation>Sampel yang dinilai di &amp;bawah:</translation>
    </message>
    <message>
        <source>A minimum judge score; samples not judged yet are kept</source>
        <translation>Skor juri minimum; sampel yang belum dinilai tetap disertakan</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Starts each record with the system prompt its first answer was written under</source>
        <translation>Mengawali setiap rekaman dengan prompt sistem yang dipakai saat jawaban pertamanya ditulis</translation>
    </message>
    <message>
        <source>Adds a &quot;metadata&quot; object to each record (CSV: columns): topic, personas, scenario, structure, document, judge score, the run and the models that wrote it</source>
        <translation>Menambahkan objek &quot;metadata&quot; ke setiap rekaman (CSV: kolom): topik, persona, skenario, struktur, dokumen, skor juri, proses, dan model yang menulisnya</translation>
    </message>
    <message>
        <source>One per rejected response</source>
        <translation>Satu per respons yang ditolak</translation>
    </message>
    <message>
        <source>Best against worst only</source>
        <translation>Hanya terbaik lawan terburuk</translation>
    </message>
    <message>
        <source>Which pairs a preference sample gives: the chosen answer against each response the judge ranked lower, or only against the lowest</source>
        <translation>Pasangan yang dihasilkan sampel preferensi: jawaban terpilih melawan setiap respons yang diperingkat lebih rendah oleh juri, atau hanya melawan yang terendah</translation>
    </message>
    <message>
        <source>All, hard ones first</source>
        <translation>Semua, yang sulit lebih dulu</translation>
    </message>
    <message>
        <source>Hard negatives only</source>
        <translation>Hanya negatif sulit</translation>
    </message>
    <message>
        <source>One triplet per negative: the verified hard negatives from related chunks, and the easy ones from other documents</source>
        <translation>Satu triplet per negatif: negatif sulit terverifikasi dari potongan terkait, dan negatif mudah dari dokumen lain</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>Pasan&amp;gan:</translation>
    </message>
    <message>
        <source>&amp;Negatives:</source>
        <translation>&amp;Negatif:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>A&amp;cak</translation>
    </message>
    <message>
        <source>Writes the records in a random order; the same seed gives the same order</source>
        <translation>Menulis rekaman dalam urutan acak; seed yang sama menghasilkan urutan yang sama</translation>
    </message>
    <message>
        <source>S&amp;plit into train and validation:</source>
        <translation>Bag&amp;i menjadi pelatihan dan validasi:</translation>
    </message>
    <message>
        <source>Draws a share of the samples at random (with the seed) into validation.jsonl; every record of a sample goes to the same file</source>
        <translation>Mengambil sebagian sampel secara acak (dengan seed) ke validation.jsonl; semua rekaman dari satu sampel masuk ke berkas yang sama</translation>
    </message>
    <message>
        <source> % train</source>
        <translation> % pelatihan</translation>
    </message>
    <message>
        <source>Stratified &amp;by topic</source>
        <translation>Terstratifikasi per t&amp;opik</translation>
    </message>
    <message>
        <source>Draws the validation share from each topic, so both files cover every topic</source>
        <translation>Mengambil bagian validasi dari setiap topik, sehingga kedua berkas mencakup semua topik</translation>
    </message>
    <message>
        <source>The random seed of the shuffle and the split</source>
        <translation>Seed acak untuk pengacakan dan pembagian</translation>
    </message>
    <message>
        <source>Write a dataset &amp;card (README.md)</source>
        <translation>T&amp;ulis kartu dataset (README.md)</translation>
    </message>
    <message>
        <source>A README.md as the Hugging Face Hub reads it: licence, task, languages, files and splits, and how the data was made (models, settings, counts, filters)</source>
        <translation>README.md sebagaimana dibaca Hugging Face Hub: lisensi, tugas, bahasa, berkas dan pembagian, serta cara data dibuat (model, pengaturan, jumlah, filter)</translation>
    </message>
    <message>
        <source>The licence id the Hub knows; check the terms of the models that wrote the data</source>
        <translation>Id lisensi yang dikenal Hub; periksa ketentuan model yang menulis data</translation>
    </message>
    <message>
        <source>The languages of the data, as ISO 639-1 codes separated by spaces or commas</source>
        <translation>Bahasa data, sebagai kode ISO 639-1 yang dipisahkan spasi atau koma</translation>
    </message>
    <message>
        <source>With a split or a card, the export is a folder.</source>
        <translation>Dengan pembagian atau kartu, hasil ekspor berupa folder.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lisensi:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>Pratinjau rekaman pertama</translation>
    </message>
    <message>
        <source>Nothing to write with these options.</source>
        <translation>Tidak ada yang ditulis dengan opsi ini.</translation>
    </message>
    <message>
        <source>Nothing is left out but rejected, failed and unfinished samples.</source>
        <translation>Tidak ada yang dikecualikan selain sampel yang ditolak, gagal, dan belum selesai.</translation>
    </message>
    <message>
        <source>None of the selected samples is caught.</source>
        <translation>Tidak ada sampel terpilih yang tertangkap.</translation>
    </message>
    <message>
        <source>Writes %1 from %2.</source>
        <translation>Menulis %1 dari %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln rekaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln sampel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train: %Ln sample(s), validation: %1.</source>
        <translation>
            <numerusform>Pelatihan: %Ln sampel, validasi: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples of kinds this format does not take are not written: %1.</source>
        <translation>Sampel dengan jenis yang tidak diterima format ini tidak ditulis: %1.</translation>
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
        <translation>Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export are already in %1. Replace them?</source>
        <translation>
            <numerusform>%Ln berkas dari ekspor ini sudah ada di %1. Ganti berkas tersebut?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation>Ekspor dibatalkan; tidak ada yang ditulis ke %1.</translation>
    </message>
    <message>
        <source>Wrote %1 from %2 to %3 (%4).</source>
        <translation>%1 dari %2 ditulis ke %3 (%4).</translation>
    </message>
    <message>
        <source>Train: %1 records, validation: %2.</source>
        <translation>Pelatihan: %1 rekaman, validasi: %2.</translation>
    </message>
    <message>
        <source>Not written: %1.</source>
        <translation>Tidak ditulis: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: %1.</source>
        <translation>
            <numerusform>%Ln dikecualikan: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ImportController</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Tidak ada yang dapat diimpor: %1</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>Impor Dataset</translation>
    </message>
    <message>
        <source>JSONL datasets (*.jsonl);;All files (*)</source>
        <translation>Dataset JSONL (*.jsonl);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import InstructLab Taxonomy</source>
        <translation>Impor Taksonomi InstructLab</translation>
    </message>
    <message>
        <source>Import Auto Data Fountain Folder</source>
        <translation>Impor Folder Auto Data Fountain</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad line(s). Skip them and import the rest?</source>
        <translation>
            <numerusform>%1 memiliki %n baris tidak valid. Lewati baris tersebut dan impor sisanya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip and Import</source>
        <translation>Lewati dan Impor</translation>
    </message>
    <message>
        <source>Reading the taxonomy…</source>
        <translation>Membaca taksonomi…</translation>
    </message>
    <message>
        <source>Reading the Auto Data Fountain folder…</source>
        <translation>Membaca folder Auto Data Fountain…</translation>
    </message>
    <message>
        <source>%1 cannot be merged into the design; nothing was changed:
%2</source>
        <translation>%1 tidak dapat digabungkan ke rancangan; tidak ada yang diubah:
%2</translation>
    </message>
    <message>
        <source>Nothing new: the design already has everything in %1.</source>
        <translation>Tidak ada yang baru: rancangan sudah memiliki semua isi %1.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Peringatan:</translation>
    </message>
    <message>
        <source>Add to the design: %1?</source>
        <translation>Tambahkan ke rancangan: %1?</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::JudgeDialog</name>
    <message>
        <source>Judge Samples</source>
        <translation>Nilai Sampel</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 hingga %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The whole &amp;sample</source>
        <translation>&amp;Seluruh sampel</translation>
    </message>
    <message>
        <source>Each &amp;answer (the sample scores as its worst answer)</source>
        <translation>Setiap &amp;jawaban (sampel mendapat skor jawaban terburuknya)</translation>
    </message>
    <message>
        <source>Judge &amp;again the samples this rubric already judged</source>
        <translation>Nilai &amp;ulang sampel yang sudah dinilai dengan rubrik ini</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Skor:</translation>
    </message>
    <message>
        <source>A judge model scores each complete sample on the rubric and says why. The scores show in the dataset, which can keep only the samples above a threshold.</source>
        <translation>Model juri memberi skor setiap sampel lengkap berdasarkan rubrik dan menjelaskan alasannya. Skor tampil di dataset, yang dapat hanya menyimpan sampel di atas ambang.</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Nilai</translation>
    </message>
    <message>
        <source>The project has no provider profile to judge with: add one in Tools ▸ Providers…</source>
        <translation>Proyek tidak memiliki profil penyedia untuk menilai: tambahkan satu di Alat › Penyedia…</translation>
    </message>
    <message>
        <source>There is no sample to judge on this rubric.</source>
        <translation>Tidak ada sampel untuk dinilai dengan rubrik ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) will be judged.</source>
        <translation>
            <numerusform>%n sampel akan dinilai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::JudgeSettings</name>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>The scales a judge can score on; choose one to edit it below</source>
        <translation>Skala yang dapat dipakai juri untuk memberi skor; pilih satu untuk menyuntingnya di bawah</translation>
    </message>
    <message>
        <source>Add R&amp;ubric</source>
        <translation>Tambah R&amp;ubrik</translation>
    </message>
    <message>
        <source>Remove Rubric</source>
        <translation>Hapus Rubrik</translation>
    </message>
    <message>
        <source>A name, for example 1-10</source>
        <translation>Nama, misalnya 1-10</translation>
    </message>
    <message>
        <source>The lowest score of the scale</source>
        <translation>Skor terendah pada skala</translation>
    </message>
    <message>
        <source>The highest score of the scale; more than the lowest</source>
        <translation>Skor tertinggi pada skala; lebih dari yang terendah</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <source>What the judge looks for, and what each score means</source>
        <translation>Apa yang dicari juri, dan arti setiap skor</translation>
    </message>
    <message>
        <source>The rubric judging uses; the dataset&apos;s score threshold is on its scale</source>
        <translation>Rubrik yang dipakai penilaian; ambang skor dataset memakai skalanya</translation>
    </message>
    <message>
        <source>The provider profile that scores samples</source>
        <translation>Profil penyedia yang memberi skor sampel</translation>
    </message>
    <message>
        <source>The whole conversation</source>
        <translation>Seluruh percakapan</translation>
    </message>
    <message>
        <source>Each assistant turn</source>
        <translation>Setiap giliran asisten</translation>
    </message>
    <message>
        <source>Score a sample once, or each of its answers</source>
        <translation>Beri skor sampel sekali, atau setiap jawabannya</translation>
    </message>
    <message>
        <source>Rubrics:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>Crite&amp;ria:</source>
        <translation>Krite&amp;ria:</translation>
    </message>
    <message>
        <source>Rubric &amp;in use:</source>
        <translation>Rubrik yang d&amp;ipakai:</translation>
    </message>
    <message>
        <source>Judge pro&amp;file:</source>
        <translation>Pro&amp;fil juri:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>Sk&amp;or:</translation>
    </message>
    <message>
        <source>Rename Rubric</source>
        <translation>Ganti Nama Rubrik</translation>
    </message>
    <message>
        <source>Change Rubric Scale</source>
        <translation>Ubah Skala Rubrik</translation>
    </message>
    <message>
        <source>Edit Rubric Criteria</source>
        <translation>Sunting Kriteria Rubrik</translation>
    </message>
    <message>
        <source>Choose Rubric</source>
        <translation>Pilih Rubrik</translation>
    </message>
    <message>
        <source>Choose Judge Profile</source>
        <translation>Pilih Profil Juri</translation>
    </message>
    <message>
        <source>Judge Each Turn</source>
        <translation>Nilai Setiap Giliran</translation>
    </message>
    <message>
        <source>Judge Whole Conversations</source>
        <translation>Nilai Seluruh Percakapan</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 hingga %3)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (tidak ada)</translation>
    </message>
    <message>
        <source>The assistant&apos;s profile</source>
        <translation>Profil asisten</translation>
    </message>
    <message>
        <source>Rubric %1</source>
        <translation>Rubrik %1</translation>
    </message>
    <message>
        <source>Score how well the answer serves the user: correct, complete, clear.</source>
        <translation>Beri skor seberapa baik jawaban melayani pengguna: benar, lengkap, jelas.</translation>
    </message>
    <message>
        <source>Add Rubric</source>
        <translation>Tambah Rubrik</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::KeyField</name>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>N&amp;one (a local server without a key)</source>
        <translation>T&amp;idak ada (server lokal tanpa kunci)</translation>
    </message>
    <message>
        <source>Stored in the ke&amp;ychain</source>
        <translation>Disimpan di ke&amp;ychain</translation>
    </message>
    <message>
        <source>The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) keeps the key; the project names only the account</source>
        <translation>Keychain sistem operasi (Secret Service, macOS Keychain, Windows Credential Manager) menyimpan kunci; proyek hanya menyebutkan nama akunnya</translation>
    </message>
    <message>
        <source>From an en&amp;vironment variable</source>
        <translation>Dari variabel &amp;lingkungan</translation>
    </message>
    <message>
        <source>The studio and the CLI read the key from this variable when they start</source>
        <translation>Studio dan CLI membaca kunci dari variabel ini saat dimulai</translation>
    </message>
    <message>
        <source>The name the key is stored under in the keychain</source>
        <translation>Nama yang digunakan untuk menyimpan kunci di keychain</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Tempel kunci API</translation>
    </message>
    <message>
        <source>Written to the keychain when you press Store (or Return); never saved in the project</source>
        <translation>Ditulis ke keychain saat Anda menekan Simpan (atau Return); tidak pernah disimpan di proyek</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Write the key to the keychain now</source>
        <translation>Tulis kunci ke keychain sekarang</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <source>Type a new key in place of the stored one</source>
        <translation>Ketik kunci baru untuk menggantikan kunci yang tersimpan</translation>
    </message>
    <message>
        <source>R&amp;emove Key</source>
        <translation>&amp;Buang Kunci</translation>
    </message>
    <message>
        <source>Delete the stored key from the keychain</source>
        <translation>Hapus kunci yang tersimpan dari keychain</translation>
    </message>
    <message>
        <source>The environment variable the studio and the CLI read the key from</source>
        <translation>Variabel lingkungan tempat studio dan CLI membaca kunci</translation>
    </message>
    <message>
        <source>Keychain account:</source>
        <translation>Akun keychain:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Kunci:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variabel:</translation>
    </message>
    <message>
        <source>Name the keychain account first.</source>
        <translation>Beri nama akun keychain terlebih dahulu.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Memeriksa keychain…</translation>
    </message>
    <message>
        <source>The keychain cannot be read.</source>
        <translation>Keychain tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1
Put the key in an environment variable instead (for example %2) and choose &quot;From an environment variable&quot;.</source>
        <translation>%1
Simpan kunci di variabel lingkungan sebagai gantinya (misalnya %2) dan pilih &quot;Dari variabel lingkungan&quot;.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Disimpan di keychain</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Tidak ada kunci yang disimpan</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>The keychain could not store the key: %1
The key was not saved anywhere. Without a keychain, set the environment variable %2 to the key before starting Dialogsmith and choose &quot;From an environment variable&quot; above.</source>
        <translation>Keychain tidak dapat menyimpan kunci: %1
Kunci tidak disimpan di mana pun. Tanpa keychain, atur variabel lingkungan %2 ke kunci tersebut sebelum memulai Dialogsmith dan pilih &quot;Dari variabel lingkungan&quot; di atas.</translation>
    </message>
    <message>
        <source>it is not available</source>
        <translation>keychain tidak tersedia</translation>
    </message>
    <message>
        <source>The keychain could not remove the key: %1</source>
        <translation>Keychain tidak dapat menghapus kunci: %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LiveConversationsModel</name>
    <message>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 dari %2 pesan</translation>
    </message>
    <message numerus="yes">
        <source>complete, %n message(s)</source>
        <translation>
            <numerusform>lengkap, %n pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
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
        <translation>Percakapan %1 dari rencana proses
Topik: %2
Pengguna: %3
Asisten: %4</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Skenario: %1</translation>
    </message>
    <message>
        <source>Grounded in: %1</source>
        <translation>Berdasarkan: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>stopped, %1 of %2 messages</source>
        <translation>dihentikan, %1 dari %2 pesan</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Dihentikan: %1</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dibuang</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Dibuang: %1</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The conversations being written, newest first, and the latest finished ones</source>
        <translation>Percakapan yang sedang ditulis, terbaru lebih dulu, serta yang terakhir selesai</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <source>%1 asks, %2 answers</source>
        <translation>%1 bertanya, %2 menjawab</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Skenario: %1</translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation>Struktur: %1</translation>
    </message>
    <message>
        <source>Grounded in %1, chunk %2</source>
        <translation>Berdasarkan %1, potongan %2</translation>
    </message>
    <message>
        <source>Grounded in %1</source>
        <translation>Berdasarkan %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>the run was cancelled; Run ▸ Start resumes it</source>
        <translation>proses dibatalkan; Jalankan ▸ Mulai akan melanjutkannya</translation>
    </message>
    <message>
        <source>the run reached its budget</source>
        <translation>proses telah mencapai anggarannya</translation>
    </message>
    <message>
        <source>the run failed</source>
        <translation>proses gagal</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>proses gagal: %1</translation>
    </message>
    <message>
        <source>the run ended</source>
        <translation>proses telah berakhir</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Dihentikan: %1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Dibuang: %1</translation>
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
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Perubahan Belum Disimpan</translation>
    </message>
    <message>
        <source>Save the changes to the design of &quot;%1&quot;?</source>
        <translation>Simpan perubahan pada rancangan &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>A run is in progress in this project. Cancel it first (Run ▸ Cancel).</source>
        <translation>Sebuah proses sedang berjalan di proyek ini. Batalkan terlebih dahulu (Jalankan ▸ Batal).</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Percakapan %1</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Continue the paused run</source>
        <translation>Lanjutkan proses yang dijeda</translation>
    </message>
    <message>
        <source>&amp;Judge Samples…</source>
        <translation>&amp;Nilai Sampel…</translation>
    </message>
    <message>
        <source>Score the project&apos;s samples on a rubric with a judge model</source>
        <translation>Beri skor sampel proyek berdasarkan rubrik dengan model juri</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>&amp;Cakupan</translation>
    </message>
    <message>
        <source>How the samples spread over topics, personas and the other factors, planned versus made</source>
        <translation>Bagaimana sampel tersebar di topik, persona, dan faktor lainnya, direncanakan dibandingkan dibuat</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplikat…</translation>
    </message>
    <message>
        <source>Groups of exact and near duplicate samples, and which of them to keep</source>
        <translation>Kelompok sampel duplikat persis dan hampir duplikat, serta mana yang disimpan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>&amp;Dataset (JSONL)…</source>
        <translation>&amp;Dataset (JSONL)…</translation>
    </message>
    <message>
        <source>Add the records of an openai, sharegpt or alpaca JSONL file as samples</source>
        <translation>Tambahkan rekaman dari berkas JSONL openai, sharegpt, atau alpaca sebagai sampel</translation>
    </message>
    <message>
        <source>&amp;InstructLab Taxonomy…</source>
        <translation>Taksonomi &amp;InstructLab…</translation>
    </message>
    <message>
        <source>Add the seeds, topics and documents of a folder of qna.yaml files to the design</source>
        <translation>Tambahkan instruksi seed, topik, dan dokumen dari folder berisi berkas qna.yaml ke rancangan</translation>
    </message>
    <message>
        <source>&amp;Auto Data Fountain Folder…</source>
        <translation>Folder &amp;Auto Data Fountain…</translation>
    </message>
    <message>
        <source>Add the roles, prompts, directions and diagram of setup.yaml and diagram.mermaid to the design</source>
        <translation>Tambahkan peran, prompt, arah, dan diagram dari setup.yaml dan diagram.mermaid ke rancangan</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModeSettingsBox</name>
    <message>
        <source>Add constraints</source>
        <translation>Tambahkan batasan</translation>
    </message>
    <message>
        <source>Deepen</source>
        <translation>Perdalam</translation>
    </message>
    <message>
        <source>Concretise</source>
        <translation>Perjelas secara konkret</translation>
    </message>
    <message>
        <source>Require more reasoning</source>
        <translation>Tuntut penalaran lebih</translation>
    </message>
    <message>
        <source>Breadth (a new instruction)</source>
        <translation>Meluas (instruksi baru)</translation>
    </message>
    <message>
        <source>Example instructions the generated ones are modelled on. Double-click or F2 to edit; Insert adds one, Delete removes the selected, Ctrl+V pastes one per line.</source>
        <translation>Contoh instruksi yang menjadi acuan instruksi yang dihasilkan. Klik ganda atau F2 untuk menyunting; Insert menambah satu, Delete menghapus yang dipilih, Ctrl+V menempel satu per baris.</translation>
    </message>
    <message>
        <source>No seed instructions yet: add some, or paste several lines at once.</source>
        <translation>Belum ada instruksi seed: tambahkan beberapa, atau tempel beberapa baris sekaligus.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Add a seed instruction (Insert)</source>
        <translation>Tambah instruksi seed (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the selected seed instructions (Delete)</source>
        <translation>Hapus instruksi seed yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>&amp;Paste Lines</source>
        <translation>&amp;Tempel Baris</translation>
    </message>
    <message>
        <source>Add every non-empty line of the clipboard as a seed instruction (Ctrl+V in the list)</source>
        <translation>Tambahkan setiap baris tidak kosong dari papan klip sebagai instruksi seed (Ctrl+V di daftar)</translation>
    </message>
    <message>
        <source>How many seed instructions each request shows the model</source>
        <translation>Berapa banyak instruksi seed yang ditunjukkan setiap permintaan kepada model</translation>
    </message>
    <message>
        <source>Seeds &amp;per request:</source>
        <translation>Seed &amp;per permintaan:</translation>
    </message>
    <message>
        <source>Seed instructions:</source>
        <translation>Instruksi seed:</translation>
    </message>
    <message>
        <source>Change Seeds per Request</source>
        <translation>Ubah Seed per Permintaan</translation>
    </message>
    <message>
        <source>Evolve in Direction %1</source>
        <translation>Kembangkan ke Arah %1</translation>
    </message>
    <message>
        <source>Do Not Evolve in Direction %1</source>
        <translation>Jangan Kembangkan ke Arah %1</translation>
    </message>
    <message>
        <source>How many times in a row each instruction is evolved; every generation is a sample</source>
        <translation>Berapa kali berturut-turut setiap instruksi dikembangkan; setiap generasi adalah satu sampel</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>Arah:</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>&amp;Generasi:</translation>
    </message>
    <message>
        <source>Change Generations</source>
        <translation>Ubah Generasi</translation>
    </message>
    <message>
        <source>Check each answer&apos;s &amp;faithfulness to its chunk</source>
        <translation>Periksa &amp;kesetiaan setiap jawaban pada potongannya</translation>
    </message>
    <message>
        <source>A judge reads the chunk and the answer; an unfaithful answer is dropped with the judge&apos;s reason</source>
        <translation>Juri membaca potongan dan jawaban; jawaban yang tidak setia dibuang dengan alasan juri</translation>
    </message>
    <message>
        <source>Check Faithfulness</source>
        <translation>Periksa Kesetiaan</translation>
    </message>
    <message>
        <source>Do Not Check Faithfulness</source>
        <translation>Jangan Periksa Kesetiaan</translation>
    </message>
    <message>
        <source>Prompts it writes</source>
        <translation>Prompt yang ditulisnya</translation>
    </message>
    <message>
        <source>Prompts written as the instruction mode writes them, from the seed instructions; every response is new</source>
        <translation>Prompt yang ditulis seperti mode instruksi menulisnya, dari instruksi contoh; setiap respons baru</translation>
    </message>
    <message>
        <source>The assistant turns of the project&apos;s conversations</source>
        <translation>Giliran asisten dari percakapan proyek</translation>
    </message>
    <message>
        <source>Each assistant turn of the project&apos;s conversations is answered again; its own answer is one of the responses</source>
        <translation>Setiap giliran asisten dari percakapan proyek dijawab lagi; jawabannya sendiri adalah salah satu respons</translation>
    </message>
    <message>
        <source>What the responses answer. From conversations, each assistant turn of the project&apos;s complete, not rejected conversation-mode samples is a prompt (the conversation up to that turn) and its own answer is one of the responses, so responses − 1 new answers are asked for. Turns that have a preference pair already are skipped; the run&apos;s count is the most samples it makes. The seed instructions are not used.</source>
        <translation>Apa yang dijawab oleh respons. Dari percakapan, setiap giliran asisten dari sampel percakapan yang selesai dan tidak ditolak adalah sebuah prompt (percakapan hingga giliran itu) dan jawabannya sendiri adalah salah satu respons, sehingga respons − 1 jawaban baru diminta. Giliran yang sudah memiliki pasangan preferensi dilewati; jumlah proses adalah jumlah sampel terbanyak yang dibuatnya. Instruksi contoh tidak digunakan.</translation>
    </message>
    <message>
        <source>The seed instructions are not used: each prompt is one of the project&apos;s conversations up to an assistant turn, and that turn&apos;s answer is one of the responses.</source>
        <translation>Instruksi contoh tidak digunakan: setiap prompt adalah salah satu percakapan proyek hingga giliran asisten, dan jawaban giliran itu adalah salah satu respons.</translation>
    </message>
    <message>
        <source>Responses per prompt for the judge to rank, at least two; from conversations, the turn&apos;s own answer is one of them</source>
        <translation>Respons per prompt untuk diperingkat juri, minimal dua; dari percakapan, jawaban giliran itu sendiri adalah salah satunya</translation>
    </message>
    <message>
        <source>Who writes the responses, in turn; none ticked: the assistant profile</source>
        <translation>Siapa yang menulis respons, bergiliran; tidak ada yang dicentang: profil asisten</translation>
    </message>
    <message>
        <source>The temperature of response %1</source>
        <translation>Suhu respons %1</translation>
    </message>
    <message>
        <source>Change Response Temperature</source>
        <translation>Ubah Suhu Respons</translation>
    </message>
    <message>
        <source>Prompts &amp;from:</source>
        <translation>Prompt &amp;dari:</translation>
    </message>
    <message>
        <source>&amp;Responses:</source>
        <translation>&amp;Respons:</translation>
    </message>
    <message>
        <source>Response profiles:</source>
        <translation>Profil respons:</translation>
    </message>
    <message>
        <source>Temperatures:</source>
        <translation>Suhu:</translation>
    </message>
    <message>
        <source>Answer the Project&apos;s Conversations</source>
        <translation>Jawab Percakapan Proyek</translation>
    </message>
    <message>
        <source>Answer Prompts It Writes</source>
        <translation>Jawab Prompt yang Ditulisnya</translation>
    </message>
    <message>
        <source>Change Responses</source>
        <translation>Ubah Respons</translation>
    </message>
    <message>
        <source>Choose Response Profiles</source>
        <translation>Pilih Profil Respons</translation>
    </message>
    <message>
        <source>Search queries asked for each chunk; each becomes the anchor of one triplet</source>
        <translation>Kueri pencarian yang diajukan untuk setiap potongan; masing-masing menjadi anchor satu triplet</translation>
    </message>
    <message>
        <source>Per query: chunks of other passages that BM25 ranks high but that do not answer it</source>
        <translation>Per kueri: potongan dari bagian lain yang diperingkat tinggi oleh BM25 tetapi tidak menjawabnya</translation>
    </message>
    <message>
        <source>Per query: random chunks of other documents</source>
        <translation>Per kueri: potongan acak dari dokumen lain</translation>
    </message>
    <message>
        <source>A judge &amp;verifies each hard negative</source>
        <translation>Juri &amp;memverifikasi setiap negatif sulit</translation>
    </message>
    <message>
        <source>A candidate that answers the query after all is not used as a negative</source>
        <translation>Kandidat yang ternyata menjawab kueri tidak dipakai sebagai negatif</translation>
    </message>
    <message>
        <source>&amp;Queries per chunk:</source>
        <translation>&amp;Kueri per potongan:</translation>
    </message>
    <message>
        <source>&amp;Hard negatives:</source>
        <translation>Negatif &amp;sulit:</translation>
    </message>
    <message>
        <source>&amp;Easy negatives:</source>
        <translation>Negatif &amp;mudah:</translation>
    </message>
    <message>
        <source>Change Queries per Chunk</source>
        <translation>Ubah Kueri per Potongan</translation>
    </message>
    <message>
        <source>Change Hard Negatives</source>
        <translation>Ubah Negatif Sulit</translation>
    </message>
    <message>
        <source>Change Easy Negatives</source>
        <translation>Ubah Negatif Mudah</translation>
    </message>
    <message>
        <source>Verify Hard Negatives</source>
        <translation>Verifikasi Negatif Sulit</translation>
    </message>
    <message>
        <source>Do Not Verify Hard Negatives</source>
        <translation>Jangan Verifikasi Negatif Sulit</translation>
    </message>
    <message>
        <source>The profile that ranks responses, checks faithfulness and verifies negatives</source>
        <translation>Profil yang memeringkat respons, memeriksa kesetiaan, dan memverifikasi negatif</translation>
    </message>
    <message>
        <source>&amp;Judge profile:</source>
        <translation>Profil &amp;juri:</translation>
    </message>
    <message>
        <source>Choose Judge Profile</source>
        <translation>Pilih Profil Juri</translation>
    </message>
    <message>
        <source>The assistant&apos;s profile</source>
        <translation>Profil asisten</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (tidak ada)</translation>
    </message>
    <message>
        <source>Remove Seed Instruction</source>
        <translation>Hapus Instruksi Seed</translation>
    </message>
    <message>
        <source>Add Seed Instruction</source>
        <translation>Tambah Instruksi Seed</translation>
    </message>
    <message>
        <source>Edit Seed Instruction</source>
        <translation>Sunting Instruksi Seed</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Seed Instruction(s)</source>
        <translation>
            <numerusform>Hapus %n Instruksi Seed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Seed Instruction(s)</source>
        <translation>
            <numerusform>Tempel %n Instruksi Seed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModelField</name>
    <message>
        <source>Type a model name or list the server&apos;s models</source>
        <translation>Ketik nama model atau tampilkan daftar model di server</translation>
    </message>
    <message>
        <source>The model the server runs for this profile, exactly as the server names it</source>
        <translation>Model yang dijalankan server untuk profil ini, persis seperti nama yang diberikan server</translation>
    </message>
    <message>
        <source>&amp;List Models</source>
        <translation>Daftar Mod&amp;el</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>Tanyakan kepada server model apa saja yang ditawarkan</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be listed: %1</source>
        <translation>Model di server tidak dapat ditampilkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s): pick one from the list.</source>
        <translation>
            <numerusform>Server menawarkan %n model: pilih satu dari daftar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Menanyakan server…</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModelRequest</name>
    <message>
        <source>This project has no model profile yet. Add one in Tools › Providers…, then try again.</source>
        <translation>Proyek ini belum memiliki profil model. Tambahkan satu di Alat › Penyedia…, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The model could not be asked. Check the profile in Tools › Providers… and try again.</source>
        <translation>Model tidak dapat ditanyai. Periksa profil di Alat › Penyedia… lalu coba lagi.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>kosong</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PasteDocumentDialog</name>
    <message>
        <source>Paste as Document</source>
        <translation>Tempel sebagai Dokumen</translation>
    </message>
    <message>
        <source>A title for the document</source>
        <translation>Judul untuk dokumen</translation>
    </message>
    <message>
        <source>Paste or type the document&apos;s text here.</source>
        <translation>Tempel atau ketik teks dokumen di sini.</translation>
    </message>
    <message>
        <source>Add Document</source>
        <translation>Tambah Dokumen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;ks:</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PersonaEditor</name>
    <message>
        <source>All personas</source>
        <translation>Semua persona</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <source>Show the personas of one side only</source>
        <translation>Tampilkan persona dari satu pihak saja</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Tampi&amp;lkan:</translation>
    </message>
    <message>
        <source>e.g. Mia, Dr. Okafor</source>
        <translation>mis. Mia, Dr. Okafor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>User: asks the questions</source>
        <translation>Pengguna: mengajukan pertanyaan</translation>
    </message>
    <message>
        <source>Assistant: answers them</source>
        <translation>Asisten: menjawabnya</translation>
    </message>
    <message>
        <source>Each conversation draws one user persona and one assistant persona.</source>
        <translation>Setiap percakapan mengambil satu persona pengguna dan satu persona asisten.</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Pihak:</translation>
    </message>
    <message>
        <source>Who this is, in a sentence or two: background, age, situation</source>
        <translation>Siapa dia, dalam satu atau dua kalimat: latar belakang, usia, situasi</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>student of the tutor</source>
        <translation>murid dari tutor</translation>
    </message>
    <message>
        <source>customer of the support agent</source>
        <translation>pelanggan dari agen dukungan</translation>
    </message>
    <message>
        <source>patient of the doctor</source>
        <translation>pasien dari dokter</translation>
    </message>
    <message>
        <source>client of the counsellor</source>
        <translation>klien dari konselor</translation>
    </message>
    <message>
        <source>new employee and their mentor</source>
        <translation>karyawan baru dan mentornya</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>rekan kerja</translation>
    </message>
    <message>
        <source>journalist interviewing an expert</source>
        <translation>jurnalis yang mewawancarai seorang pakar</translation>
    </message>
    <message>
        <source>curious stranger</source>
        <translation>orang asing yang penasaran</translation>
    </message>
    <message>
        <source>How the two speakers relate</source>
        <translation>Bagaimana hubungan kedua pembicara</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>Hu&amp;bungan:</translation>
    </message>
    <message>
        <source>curious</source>
        <translation>penasaran</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>tenang</translation>
    </message>
    <message>
        <source>cheerful</source>
        <translation>ceria</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>percaya diri</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>cemas</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>bingung</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustrasi</translation>
    </message>
    <message>
        <source>impatient</source>
        <translation>tidak sabar</translation>
    </message>
    <message>
        <source>sceptical</source>
        <translation>skeptis</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>lelah</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>sabar</translation>
    </message>
    <message>
        <source>encouraging</source>
        <translation>memberi semangat</translation>
    </message>
    <message>
        <source>How they feel during the conversation</source>
        <translation>Bagaimana perasaan mereka selama percakapan</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Suasana hati:</translation>
    </message>
    <message>
        <source>knows nothing about the subject</source>
        <translation>tidak tahu apa pun tentang pokok bahasan</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>pemula</translation>
    </message>
    <message>
        <source>high-school level</source>
        <translation>tingkat SMA</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>menengah</translation>
    </message>
    <message>
        <source>university level</source>
        <translation>tingkat universitas</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>mahir</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>pakar</translation>
    </message>
    <message>
        <source>What they know about the topic</source>
        <translation>Apa yang mereka ketahui tentang topik</translation>
    </message>
    <message>
        <source>&amp;Knowledge level:</source>
        <translation>&amp;Tingkat pengetahuan:</translation>
    </message>
    <message>
        <source>e.g. pass tomorrow&apos;s exam, fix the printer, understand the diagnosis</source>
        <translation>mis. lulus ujian besok, memperbaiki printer, memahami diagnosis</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Tu&amp;juan:</translation>
    </message>
    <message>
        <source>e.g. short questions, informal, many typos; precise and formal</source>
        <translation>mis. pertanyaan singkat, santai, banyak salah ketik; tepat dan formal</translation>
    </message>
    <message>
        <source>Speaking s&amp;tyle:</source>
        <translation>&amp;Gaya bicara:</translation>
    </message>
    <message>
        <source>The language they speak</source>
        <translation>Bahasa yang mereka gunakan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>B&amp;ahasa:</translation>
    </message>
    <message>
        <source>How often this persona is drawn compared with the others of its side: weight 2 is drawn twice as often as weight 1; 0 never.</source>
        <translation>Seberapa sering persona ini dipilih dibandingkan persona lain di pihaknya: bobot 2 dipilih dua kali lebih sering daripada bobot 1; 0 tidak pernah.</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>B&amp;obot:</translation>
    </message>
    <message>
        <source>Select a persona to edit it.</source>
        <translation>Pilih persona untuk menyuntingnya.</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>Ta&amp;mbah Persona</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Tambahkan persona</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;kat</translation>
    </message>
    <message>
        <source>Add a copy of the selected persona</source>
        <translation>Tambahkan salinan persona yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Hapus persona yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Suggest Personas…</source>
        <translation>&amp;Usulkan Persona…</translation>
    </message>
    <message>
        <source>Let a model suggest personas, for review before they are added</source>
        <translation>Biarkan model mengusulkan persona, untuk ditinjau sebelum ditambahkan</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Ganti Nama Persona</translation>
    </message>
    <message>
        <source>Change Persona Side</source>
        <translation>Ubah Pihak Persona</translation>
    </message>
    <message>
        <source>Edit Persona Description</source>
        <translation>Sunting Deskripsi Persona</translation>
    </message>
    <message>
        <source>Edit Persona Relationship</source>
        <translation>Sunting Hubungan Persona</translation>
    </message>
    <message>
        <source>Edit Persona Mood</source>
        <translation>Sunting Suasana Hati Persona</translation>
    </message>
    <message>
        <source>Edit Persona Knowledge Level</source>
        <translation>Sunting Tingkat Pengetahuan Persona</translation>
    </message>
    <message>
        <source>Edit Persona Language</source>
        <translation>Sunting Bahasa Persona</translation>
    </message>
    <message>
        <source>Edit Persona Goal</source>
        <translation>Sunting Tujuan Persona</translation>
    </message>
    <message>
        <source>Edit Persona Speaking Style</source>
        <translation>Sunting Gaya Bicara Persona</translation>
    </message>
    <message>
        <source>Change Persona Weight</source>
        <translation>Ubah Bobot Persona</translation>
    </message>
    <message>
        <source>No personas yet.

Add one (Insert) or let a model suggest some (Ctrl+E). A run needs at least one user and one assistant persona.</source>
        <translation>Belum ada persona.

Tambahkan satu (Insert) atau biarkan model mengusulkan beberapa (Ctrl+E). Sebuah proses memerlukan setidaknya satu persona pengguna dan satu persona asisten.</translation>
    </message>
    <message>
        <source>No persona of this side.</source>
        <translation>Tidak ada persona di pihak ini.</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Persona baru</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Tambah Persona</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Duplicate Persona</source>
        <translation>Duplikat Persona</translation>
    </message>
    <message>
        <source>Delete Persona “%1”</source>
        <translation>Hapus Persona &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Suggested Persona(s)</source>
        <translation>
            <numerusform>Tambah %n Persona yang Diusulkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PersonaListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <source>Plays the user: the simulator asks its questions.</source>
        <translation>Memerankan pengguna: simulator mengajukan pertanyaannya.</translation>
    </message>
    <message>
        <source>Plays the assistant: answers the user.</source>
        <translation>Memerankan asisten: menjawab pengguna.</translation>
    </message>
    <message>
        <source>How often this persona is drawn compared with the others of its side.</source>
        <translation>Seberapa sering persona ini dipilih dibandingkan persona lain di pihaknya.</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Ganti Nama Persona</translation>
    </message>
    <message>
        <source>Change Persona Weight</source>
        <translation>Ubah Bobot Persona</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
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
    <name>Dialogsmith::ProfileForm</name>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>e.g. teacher, local-llama</source>
        <translation>mis. teacher, local-llama</translation>
    </message>
    <message>
        <source>The profile&apos;s name, as the run settings refer to it</source>
        <translation>Nama profil, sebagaimana dirujuk oleh pengaturan proses</translation>
    </message>
    <message>
        <source>The kind of server: it decides how requests are written</source>
        <translation>Jenis server: menentukan cara permintaan ditulis</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (llama.cpp, vLLM, Ollama, …)</source>
        <translation>Server yang kompatibel dengan OpenAI (llama.cpp, vLLM, Ollama, …)</translation>
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
        <translation>Alamat server, digunakan persis seperti yang ditulis (kompatibel OpenAI: hingga dan termasuk /v1)</translation>
    </message>
    <message>
        <source>Further servers of the same model, separated by spaces (optional)</source>
        <translation>Server lain dengan model yang sama, dipisahkan spasi (opsional)</translation>
    </message>
    <message>
        <source>Calls are spread over all servers and fail over between them</source>
        <translation>Panggilan disebar ke semua server dan beralih ke server lain jika ada yang gagal</translation>
    </message>
    <message>
        <source>Allow sending the key over plain http to other hosts than this computer</source>
        <translation>Izinkan pengiriman kunci melalui http tanpa enkripsi ke host selain komputer ini</translation>
    </message>
    <message>
        <source>Only on a network you trust: anyone on the way can read a key sent over http</source>
        <translation>Hanya di jaringan yang Anda percayai: siapa pun di jalur pengiriman dapat membaca kunci yang dikirim melalui http</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;dasar:</translation>
    </message>
    <message>
        <source>More ser&amp;vers:</source>
        <translation>Se&amp;rver lain:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Requests in flight at once, over all servers</source>
        <translation>Permintaan yang berjalan bersamaan, di semua server</translation>
    </message>
    <message>
        <source>Requests started per minute, over all servers</source>
        <translation>Permintaan yang dimulai per menit, di semua server</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Output is counted as max tokens up front</source>
        <translation>Keluaran dihitung sebagai token maksimum sejak awal</translation>
    </message>
    <message>
        <source>Tries per request, the first included; 429s and server errors are retried</source>
        <translation>Percobaan per permintaan, termasuk yang pertama; 429 dan galat server akan dicoba ulang</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer</source>
        <translation>Berapa lama menunggu byte pertama dari sebuah jawaban</translation>
    </message>
    <message>
        <source>A stream that sends nothing for this long is dropped and retried</source>
        <translation>Stream yang tidak mengirim apa pun selama ini akan diputus dan dicoba ulang</translation>
    </message>
    <message>
        <source>Concurrent requests:</source>
        <translation>Permintaan bersamaan:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>Permintaan per menit:</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>Token per menit:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Percobaan:</translation>
    </message>
    <message>
        <source>First byte timeout:</source>
        <translation>Batas waktu byte pertama:</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Batas waktu diam:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Per million tokens of the prompt</source>
        <translation>Per sejuta token prompt</translation>
    </message>
    <message>
        <source>Per million tokens the model writes</source>
        <translation>Per sejuta token yang ditulis model</translation>
    </message>
    <message>
        <source>Per million prompt tokens the server had cached (often cheaper)</source>
        <translation>Per sejuta token prompt yang sudah di-cache server (sering lebih murah)</translation>
    </message>
    <message>
        <source>Per million prompt tokens written to the server&apos;s cache (Anthropic)</source>
        <translation>Per sejuta token prompt yang ditulis ke cache server (Anthropic)</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Masukan:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Keluaran:</translation>
    </message>
    <message>
        <source>Cached input:</source>
        <translation>Masukan ter-cache:</translation>
    </message>
    <message>
        <source>Cache write:</source>
        <translation>Penulisan cache:</translation>
    </message>
    <message>
        <source>US dollars per million tokens, once the profile names a model</source>
        <translation>Dolar AS per sejuta token, setelah profil menyebutkan model</translation>
    </message>
    <message>
        <source>US dollars per million tokens of %1, for cost estimates and budgets</source>
        <translation>Dolar AS per sejuta token %1, untuk perkiraan biaya dan anggaran</translation>
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
    <message>
        <source>Click a part of the project to open its editor</source>
        <translation>Klik bagian proyek untuk membuka penyuntingnya</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProjectSession</name>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>berkas %1 tidak dapat ditulis</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>The project&apos;s provider profiles: each is a model on a server</source>
        <translation>Profil penyedia proyek: masing-masing adalah sebuah model di sebuah server</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Add a profile (Ctrl+N)</source>
        <translation>Tambahkan profil (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;kat</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the selected profile (its stored key stays in the keychain)</source>
        <translation>Hapus profil yang dipilih (kunci yang tersimpan tetap ada di keychain)</translation>
    </message>
    <message>
        <source>No provider profile yet.
Add one to say which model writes the conversations: a local OpenAI-compatible server, OpenAI, Anthropic or Gemini.</source>
        <translation>Belum ada profil penyedia.
Tambahkan satu untuk menentukan model yang menulis percakapan: server lokal yang kompatibel dengan OpenAI, OpenAI, Anthropic, atau Gemini.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: the key needs a keychain account or an environment variable.</source>
        <translation>%1: kunci memerlukan akun keychain atau variabel lingkungan.</translation>
    </message>
    <message>
        <source>Edit Providers</source>
        <translation>Sunting Penyedia</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>Tambahkan salinan profil yang dipilih</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::QualityBar</name>
    <message>
        <source>Leaves out samples with a refusal or AI boilerplate (&quot;As an AI language model&quot;, &quot;I&apos;m sorry, but I can&apos;t assist&quot;), in English, German, Indonesian and Chinese</source>
        <translation>Mengecualikan sampel yang berisi penolakan atau kalimat baku AI (&quot;As an AI language model&quot;, &quot;I&apos;m sorry, but I can&apos;t assist&quot;), dalam bahasa Inggris, Jerman, Indonesia, dan Tionghoa</translation>
    </message>
    <message>
        <source>Filter Refusals</source>
        <translation>Saring Penolakan</translation>
    </message>
    <message>
        <source>Keep Refusals</source>
        <translation>Simpan Penolakan</translation>
    </message>
    <message>
        <source>Leaves out samples with an empty message or one the model stopped at its token limit</source>
        <translation>Mengecualikan sampel dengan pesan kosong atau pesan yang dihentikan model di batas tokennya</translation>
    </message>
    <message>
        <source>Filter Truncated Samples</source>
        <translation>Saring Sampel Terpotong</translation>
    </message>
    <message>
        <source>Keep Truncated Samples</source>
        <translation>Simpan Sampel Terpotong</translation>
    </message>
    <message>
        <source>Leaves out samples with a message in another language than the user persona&apos;s (or, when the persona names none, the language given here). Only messages long enough for a sure detection count.</source>
        <translation>Mengecualikan sampel dengan pesan dalam bahasa selain bahasa persona pengguna (atau, jika persona tidak menyebutkannya, bahasa yang diberikan di sini). Hanya pesan yang cukup panjang untuk deteksi yang pasti yang dihitung.</translation>
    </message>
    <message>
        <source>Filter Wrong Language</source>
        <translation>Saring Bahasa Salah</translation>
    </message>
    <message>
        <source>Keep Wrong Language</source>
        <translation>Simpan Bahasa Salah</translation>
    </message>
    <message>
        <source>Leaves out samples whose shortest message has fewer characters than this</source>
        <translation>Mengecualikan sampel yang pesan terpendeknya memiliki karakter lebih sedikit dari ini</translation>
    </message>
    <message>
        <source>Filter Short Samples</source>
        <translation>Saring Sampel Pendek</translation>
    </message>
    <message>
        <source>Keep Short Samples</source>
        <translation>Simpan Sampel Pendek</translation>
    </message>
    <message>
        <source>Leaves out samples whose longest message has more characters than this</source>
        <translation>Mengecualikan sampel yang pesan terpanjangnya memiliki karakter lebih banyak dari ini</translation>
    </message>
    <message>
        <source>Filter Long Samples</source>
        <translation>Saring Sampel Panjang</translation>
    </message>
    <message>
        <source>Keep Long Samples</source>
        <translation>Simpan Sampel Panjang</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The expected language when the user persona names none, for example German</source>
        <translation>Bahasa yang diharapkan jika persona pengguna tidak menyebutkannya, misalnya Jerman</translation>
    </message>
    <message>
        <source>Change Expected Language</source>
        <translation>Ubah Bahasa yang Diharapkan</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> karakter</translation>
    </message>
    <message>
        <source>Change Length Limit</source>
        <translation>Ubah Batas Panjang</translation>
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
        <translation>Skor juri ≥ </translation>
    </message>
    <message>
        <source>No judge threshold</source>
        <translation>Tanpa ambang juri</translation>
    </message>
    <message>
        <source>Leaves out samples the judge scored below this, on the scale of the rubric judging uses. Samples not judged yet are kept.</source>
        <translation>Mengecualikan sampel yang diberi skor di bawah ini oleh juri, pada skala rubrik yang dipakai penilaian. Sampel yang belum dinilai tetap disimpan.</translation>
    </message>
    <message>
        <source>Change Judge Threshold</source>
        <translation>Ubah Ambang Juri</translation>
    </message>
    <message>
        <source>Exact and near duplicates of an earlier sample: hidden (the first of each group stays, and only it is exported), or listed right after the sample they repeat</source>
        <translation>Duplikat persis dan hampir duplikat dari sampel sebelumnya: disembunyikan (yang pertama dari setiap kelompok tetap ada, dan hanya itu yang diekspor), atau dicantumkan tepat setelah sampel yang diulanginya</translation>
    </message>
    <message>
        <source>Hide Duplicates</source>
        <translation>Sembunyikan Duplikat</translation>
    </message>
    <message>
        <source>Keep Duplicates</source>
        <translation>Simpan Duplikat</translation>
    </message>
    <message>
        <source>Lists the samples the quality settings leave out too, greyed, with what caught them in the Quality column</source>
        <translation>Mencantumkan juga sampel yang dikecualikan pengaturan kualitas, dalam warna abu-abu, dengan penyebabnya di kolom Kualitas</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Kualitas:</translation>
    </message>
    <message>
        <source>Leaves out samples the judge scored below this, on the scale of the rubric &quot;%1&quot; (%2 to %3). Samples not judged yet are kept.</source>
        <translation>Mengecualikan sampel yang diberi skor di bawah ini oleh juri, pada skala rubrik &quot;%1&quot; (%2 hingga %3). Sampel yang belum dinilai tetap disimpan.</translation>
    </message>
    <message>
        <source>Checking samples… %1 of %2</source>
        <translation>Memeriksa sampel… %1 dari %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refusals and boilerplate</source>
        <translation>Penolakan dan kalimat baku</translation>
    </message>
    <message>
        <source>Empty or truncated</source>
        <translation>Kosong atau terpotong</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Bahasa salah</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Terlalu pendek</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Terlalu panjang</translation>
    </message>
    <message numerus="yes">
        <source>%1 below, %Ln not judged (kept)</source>
        <translation>
            <numerusform>%1 di bawah, %Ln belum dinilai (disimpan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged</source>
        <translation>
            <numerusform>%Ln belum dinilai</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide duplicates (keep the first) — %1</source>
        <translation>Sembunyikan duplikat (simpan yang pertama) — %1</translation>
    </message>
    <message>
        <source>Group duplicates — %1</source>
        <translation>Kelompokkan duplikat — %1</translation>
    </message>
    <message>
        <source>Duplicates in place — %1</source>
        <translation>Duplikat di tempatnya — %1</translation>
    </message>
    <message>
        <source>Show removed (%1)</source>
        <translation>Tampilkan yang dihapus (%1)</translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation>Tampilkan yang dihapus</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ReviewPanel</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Edited, not reviewed yet</source>
        <translation>Disunting, belum ditinjau</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Approve this conversation for export (A)</source>
        <translation>Setujui percakapan ini untuk diekspor (A)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Reject this conversation: it is left out of every export (R)</source>
        <translation>Tolak percakapan ini: percakapan ini tidak disertakan dalam ekspor apa pun (R)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Penilaian:</translation>
    </message>
    <message>
        <source>Keys 1 to 5 rate, 0 clears the rating</source>
        <translation>Tombol 1 sampai 5 memberi nilai, 0 menghapus penilaian</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Notes on this conversation: what is good, what to fix…</source>
        <translation>Catatan tentang percakapan ini: apa yang bagus, apa yang perlu diperbaiki…</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>Diambil dari</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Proses</translation>
    </message>
    <message>
        <source>Judge score</source>
        <translation>Skor juri</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Kegagalan</translation>
    </message>
    <message>
        <source>Open the original (conversation %1)</source>
        <translation>Buka aslinya (percakapan %1)</translation>
    </message>
    <message>
        <source>Kept as you type; Edit ▸ Undo takes a change back (N puts the cursor here)</source>
        <translation>Disimpan selama Anda mengetik; Sunting ▸ Urungkan membatalkan perubahan (N menaruh kursor di sini)</translation>
    </message>
    <message>
        <source>Keys: A approve · R reject · 1–5 rate · N notes · J / K next and previous</source>
        <translation>Tombol: A setujui · R tolak · 1–5 beri nilai · N catatan · J / K berikutnya dan sebelumnya</translation>
    </message>
    <message>
        <source>Rate %1 of 5 (key %1); click the current rating again to clear it</source>
        <translation>Beri nilai %1 dari 5 (tombol %1); klik nilai saat ini sekali lagi untuk menghapusnya</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>The document chunks this conversation drew on: click one to see it, with the passages its messages share marked</source>
        <translation>Potongan dokumen yang menjadi landasan percakapan ini: klik salah satu untuk melihatnya, dengan bagian yang sama dengan pesannya ditandai</translation>
    </message>
    <message>
        <source>The document chunk, as the run cut it; the passages the message shares with it are marked</source>
        <translation>Potongan dokumen, sebagaimana dipotong oleh proses; bagian yang sama dengan pesan ditandai</translation>
    </message>
    <message>
        <source>§%1 · %2</source>
        <translation>§%1 · %2</translation>
    </message>
    <message>
        <source>the conversation&apos;s</source>
        <translation>milik percakapan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunks used&lt;/b&gt;</source>
        <translation>&lt;b&gt;Potongan yang dipakai&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s): %1</source>
        <translation>
            <numerusform>%n pesan: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunController</name>
    <message>
        <source>Open or create a project first.</source>
        <translation>Buka atau buat proyek terlebih dahulu.</translation>
    </message>
    <message>
        <source>A run is in progress: pause or cancel it first.</source>
        <translation>Sebuah proses sedang berjalan: jeda atau batalkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>The project file %1 is read-only: runs write what they generate into it.</source>
        <translation>Berkas proyek %1 hanya-baca: proses menulis hasilnya ke dalam berkas itu.</translation>
    </message>
    <message>
        <source>The project has no provider profile. Add one under Tools ▸ Providers… to say which model writes the conversations.</source>
        <translation>Proyek tidak memiliki profil penyedia. Tambahkan satu di Alat ▸ Penyedia… untuk menentukan model yang menulis percakapan.</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one for the user simulator and the one for the assistant in the Runs section.</source>
        <translation>Proyek memiliki beberapa profil penyedia: pilih profil untuk simulator pengguna dan profil untuk asisten di bagian Proses.</translation>
    </message>
    <message>
        <source>The run settings name the provider profile &quot;%1&quot;, which the project does not have.</source>
        <translation>Pengaturan proses menyebut profil penyedia &quot;%1&quot;, yang tidak ada di proyek.</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n problem(s) to fix before a run can start:</source>
        <translation>
            <numerusform>Rancangan memiliki %n masalah yang harus diperbaiki sebelum proses dapat dimulai:</numerusform>
        </translation>
    </message>
    <message>
        <source>The design could not be saved, so the run did not start: %1</source>
        <translation>Rancangan tidak dapat disimpan, sehingga proses tidak dimulai: %1</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>Proses gagal.</translation>
    </message>
    <message>
        <source>The design could not be saved, so judging did not start: %1</source>
        <translation>Rancangan tidak dapat disimpan, sehingga penilaian tidak dimulai: %1</translation>
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
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>Input and output tokens the run has used, against its token budget</source>
        <translation>Token masukan dan keluaran yang telah digunakan proses, dibandingkan dengan anggaran tokennya</translation>
    </message>
    <message>
        <source>What the run has cost so far (from the project&apos;s prices), against its budget</source>
        <translation>Biaya proses sejauh ini (berdasarkan harga proyek), dibandingkan dengan anggarannya</translation>
    </message>
    <message>
        <source>Messages completed per minute, over the last minute</source>
        <translation>Pesan yang diselesaikan per menit, selama satu menit terakhir</translation>
    </message>
    <message>
        <source>Requests the provider refused with 429 (too many requests) in the last minute, and in this session; the engine waits and retries them</source>
        <translation>Permintaan yang ditolak penyedia dengan 429 (terlalu banyak permintaan) dalam satu menit terakhir, dan dalam sesi ini; mesin menunggu lalu mencobanya ulang</translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>ETA —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 dari %2 · %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (total %2)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>Run %1 running</source>
        <translation>Proses %1 berjalan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Paused: messages in flight finish, no new ones start</source>
        <translation>Dijeda: pesan yang sedang berjalan diselesaikan, tidak ada yang baru dimulai</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>Run %1 complete</source>
        <translation>Proses %1 selesai</translation>
    </message>
    <message>
        <source>Run %1 cancelled: Start resumes it</source>
        <translation>Proses %1 dibatalkan: Mulai akan melanjutkannya</translation>
    </message>
    <message>
        <source>Run %1 stopped at its budget</source>
        <translation>Proses %1 berhenti karena mencapai anggarannya</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Proses gagal: %1</translation>
    </message>
    <message>
        <source>Samples done</source>
        <translation>Sampel selesai</translation>
    </message>
    <message>
        <source>Samples (conversations, pairs, triplets…) complete in this run, of those planned</source>
        <translation>Sampel (percakapan, pasangan, triplet…) yang selesai dalam proses ini, dari yang direncanakan</translation>
    </message>
    <message>
        <source>Samples that failed: the dataset shows why</source>
        <translation>Sampel yang gagal: dataset menunjukkan alasannya</translation>
    </message>
    <message>
        <source>Samples being written now</source>
        <translation>Sampel yang sedang ditulis</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 complete, %n sample(s) failed</source>
        <translation>
            <numerusform>Proses %1 selesai, %n sampel gagal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunSettingsEditor</name>
    <message>
        <source>provider default</source>
        <translation>bawaan penyedia</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 jt</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 rb</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <translation>sekitar %1 hari</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>sekitar %1 j %2 mnt</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>sekitar %1 mnt</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>kurang dari satu menit</translation>
    </message>
    <message>
        <source>Runs of this project</source>
        <translation>Proses dalam proyek ini</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Read the runs again from the project file (they also refresh every few seconds)</source>
        <translation>Baca ulang proses dari berkas proyek (juga diperbarui setiap beberapa detik)</translation>
    </message>
    <message>
        <source>Run ▸ Start (F5) resumes the last run if it was interrupted, else starts a new one with the settings above.</source>
        <translation>Jalankan ▸ Mulai (F5) melanjutkan proses terakhir jika terputus, atau memulai proses baru dengan pengaturan di atas.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Exchanges (a question and its answer) per conversation, drawn from this range</source>
        <translation>Giliran (satu pertanyaan dan jawabannya) per percakapan, diambil dari rentang ini</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <source>Chance that a follow-up question moves on to another chunk of the same document</source>
        <translation>Peluang pertanyaan lanjutan beralih ke potongan lain dari dokumen yang sama</translation>
    </message>
    <message>
        <source>When the user simulator replies with this, the conversation ends early</source>
        <translation>Jika simulator pengguna membalas dengan ini, percakapan berakhir lebih awal</translation>
    </message>
    <message>
        <source>&amp;Turns:</source>
        <translation>&amp;Giliran:</translation>
    </message>
    <message>
        <source>&amp;Grounding probability:</source>
        <translation>Peluang &amp;berbasis dokumen:</translation>
    </message>
    <message>
        <source>&amp;Drift probability:</source>
        <translation>Peluang &amp;pergeseran:</translation>
    </message>
    <message>
        <source>&amp;End marker:</source>
        <translation>Penanda &amp;akhir:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>The provider profile that answers: the model being distilled</source>
        <translation>Profil penyedia yang menjawab: model yang didistilasi</translation>
    </message>
    <message>
        <source>User simulator</source>
        <translation>Simulator pengguna</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
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
        <translation>Token maks.:</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2; lowest value: the provider&apos;s default</source>
        <translation>Temperatur sampling, 0 hingga 2; nilai terendah: bawaan penyedia</translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1; lowest value: the provider&apos;s default</source>
        <translation>Nucleus sampling, 0 hingga 1; nilai terendah: bawaan penyedia</translation>
    </message>
    <message>
        <source>The longest message this side may write, in tokens</source>
        <translation>Pesan terpanjang yang boleh ditulis pihak ini, dalam token</translation>
    </message>
    <message>
        <source>Pace and budget</source>
        <translation>Kecepatan dan anggaran</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>The run stops (resumably) once it has cost this much, by the project&apos;s prices</source>
        <translation>Proses berhenti (dapat dilanjutkan) setelah biayanya mencapai jumlah ini, berdasarkan harga proyek</translation>
    </message>
    <message>
        <source>The run stops (resumably) once it has used this many tokens, input and output</source>
        <translation>Proses berhenti (dapat dilanjutkan) setelah menggunakan token sebanyak ini, masukan dan keluaran</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>&amp;Konkurensi:</translation>
    </message>
    <message>
        <source>Budget (&amp;USD):</source>
        <translation>Anggaran (&amp;USD):</translation>
    </message>
    <message>
        <source>Budget (to&amp;kens):</source>
        <translation>Anggaran (&amp;token):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <source>Change Turns</source>
        <translation>Ubah Giliran</translation>
    </message>
    <message>
        <source>Change Grounding Probability</source>
        <translation>Ubah Peluang Berbasis Dokumen</translation>
    </message>
    <message>
        <source>Change Drift Probability</source>
        <translation>Ubah Peluang Pergeseran</translation>
    </message>
    <message>
        <source>Change End Marker</source>
        <translation>Ubah Penanda Akhir</translation>
    </message>
    <message>
        <source>Choose User Simulator Profile</source>
        <translation>Pilih Profil Simulator Pengguna</translation>
    </message>
    <message>
        <source>Choose Assistant Profile</source>
        <translation>Pilih Profil Asisten</translation>
    </message>
    <message>
        <source>Change Temperature</source>
        <translation>Ubah Temperatur</translation>
    </message>
    <message>
        <source>Change Top P</source>
        <translation>Ubah Top P</translation>
    </message>
    <message>
        <source>Change Max Tokens</source>
        <translation>Ubah Token Maks.</translation>
    </message>
    <message>
        <source>Change Concurrency</source>
        <translation>Ubah Konkurensi</translation>
    </message>
    <message>
        <source>Change Budget</source>
        <translation>Ubah Anggaran</translation>
    </message>
    <message>
        <source>Change Token Budget</source>
        <translation>Ubah Anggaran Token</translation>
    </message>
    <message>
        <source>Change Seed</source>
        <translation>Ubah Seed</translation>
    </message>
    <message>
        <source>No profile: add one under Tools ▸ Providers…</source>
        <translation>Tidak ada profil: tambahkan satu di Alat ▸ Penyedia…</translation>
    </message>
    <message>
        <source>%1 (the only profile)</source>
        <translation>%1 (satu-satunya profil)</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Pilih profil…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (tidak ada)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tokens (%2 in, %3 out; at most %4 out if every message reaches its max tokens)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; token (%2 masuk, %3 keluar; paling banyak %4 keluar jika setiap pesan mencapai token maksimumnya)</translation>
    </message>
    <message>
        <source>Cost: &lt;b&gt;about %1&lt;/b&gt; (at most %2)</source>
        <translation>Biaya: &lt;b&gt;sekitar %1&lt;/b&gt; (paling banyak %2)</translation>
    </message>
    <message>
        <source>Cost: &lt;b&gt;unknown&lt;/b&gt;: the project has no prices for these models (Tools ▸ Providers…)</source>
        <translation>Biaya: &lt;b&gt;tidak diketahui&lt;/b&gt;: proyek tidak memiliki harga untuk model-model ini (Alat ▸ Penyedia…)</translation>
    </message>
    <message>
        <source>No price for %1: counted as free.</source>
        <translation>Tidak ada harga untuk %1: dihitung gratis.</translation>
    </message>
    <message>
        <source>The budget is likely to stop the run before it is complete (it can be resumed with a larger one).</source>
        <translation>Anggaran kemungkinan akan menghentikan proses sebelum selesai (proses dapat dilanjutkan dengan anggaran yang lebih besar).</translation>
    </message>
    <message>
        <source>Assumes %1 exchanges a conversation, questions of about %2 and answers of about %3 tokens (at most their max tokens), prompts of %4 tokens plus the history and the chunk, %5 s to the first token and %6 tokens per second per stream.</source>
        <translation>Mengasumsikan %1 giliran per percakapan, pertanyaan sekitar %2 dan jawaban sekitar %3 token (paling banyak token maksimumnya), prompt %4 token ditambah riwayat dan potongan, %5 dtk hingga token pertama, dan %6 token per detik per stream.</translation>
    </message>
    <message>
        <source>The end marker cannot be empty.</source>
        <translation>Penanda akhir tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Proses tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Evolved instructions (Evol-Instruct)</source>
        <translation>Instruksi yang dikembangkan (Evol-Instruct)</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>Q&amp;A Pengetahuan</translation>
    </message>
    <message>
        <source>Preference pairs</source>
        <translation>Pasangan preferensi</translation>
    </message>
    <message>
        <source>Embedding triplets</source>
        <translation>Triplet embedding</translation>
    </message>
    <message>
        <source>Single-turn instruction and response pairs, modelled on your seed instructions; a bad instruction is dropped before it costs a response.</source>
        <translation>Pasangan instruksi dan respons satu giliran, mengikuti contoh instruksi seed Anda; instruksi yang buruk dibuang sebelum menghabiskan biaya respons.</translation>
    </message>
    <message>
        <source>Instructions made harder (in depth) or new ones of the same domain (in breadth), over several generations, each answered.</source>
        <translation>Instruksi yang dibuat lebih sulit (mendalam) atau instruksi baru dari domain yang sama (meluas), selama beberapa generasi, masing-masing dijawab.</translation>
    </message>
    <message>
        <source>Questions and answers grounded in the chunks of your documents, each checked for faithfulness to its chunk.</source>
        <translation>Pertanyaan dan jawaban yang berlandaskan potongan dokumen Anda, masing-masing diperiksa kesetiaannya pada potongannya.</translation>
    </message>
    <message>
        <source>Several responses to a prompt, ranked by a judge: chosen and rejected, with the judge&apos;s reasons.</source>
        <translation>Beberapa respons untuk satu prompt, diperingkat oleh juri: dipilih dan ditolak, dengan alasan juri.</translation>
    </message>
    <message>
        <source>Search queries each chunk answers, with hard negatives from other chunks: anchor, positive and negative triplets.</source>
        <translation>Kueri pencarian yang dijawab setiap potongan, dengan negatif sulit dari potongan lain: triplet anchor, positif, dan negatif.</translation>
    </message>
    <message>
        <source>Multi-turn conversations between a simulated user and the assistant.</source>
        <translation>Percakapan multi-giliran antara pengguna simulasi dan asisten.</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instruksi:</translation>
    </message>
    <message>
        <source>&amp;Instructions to evolve:</source>
        <translation>&amp;Instruksi yang dikembangkan:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Pertanyaan:</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Triplets:</source>
        <translation>&amp;Triplet:</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Percakapan:</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Apa yang dibuat</translation>
    </message>
    <message>
        <source>The kind of training data a run makes (CLI: --mode)</source>
        <translation>Jenis data pelatihan yang dibuat proses (CLI: --mode)</translation>
    </message>
    <message>
        <source>How many samples a new run plans</source>
        <translation>Berapa banyak sampel yang direncanakan proses baru</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Choose Mode %1</source>
        <translation>Pilih Mode %1</translation>
    </message>
    <message>
        <source>Change Count</source>
        <translation>Ubah Jumlah</translation>
    </message>
    <message>
        <source>Share of samples grounded in a chunk of a document (when there are documents)</source>
        <translation>Bagian sampel yang berlandaskan potongan dokumen (jika ada dokumen)</translation>
    </message>
    <message>
        <source>The provider profile that plays the user and writes the questions and instructions</source>
        <translation>Profil penyedia yang berperan sebagai pengguna dan menulis pertanyaan serta instruksi</translation>
    </message>
    <message>
        <source>Samples written at once; the profiles&apos; own limits apply too</source>
        <translation>Sampel yang ditulis sekaligus; batas masing-masing profil juga berlaku</translation>
    </message>
    <message>
        <source>The same seed and design plan the same samples</source>
        <translation>Seed dan rancangan yang sama merencanakan sampel yang sama</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Landasan</translation>
    </message>
    <message>
        <source>%1: settings</source>
        <translation>%1: pengaturan</translation>
    </message>
    <message numerus="yes">
        <source>The run makes %1 × %n generation(s) = %2 samples.</source>
        <translation>
            <numerusform>Proses membuat %1 × %n generasi = %2 sampel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A needs documents: add one under Documents to ground the questions in.</source>
        <translation>Q&amp;A Pengetahuan memerlukan dokumen: tambahkan satu di Dokumen sebagai landasan pertanyaan.</translation>
    </message>
    <message>
        <source>Embedding triplets need documents: add one under Documents for the queries to be about.</source>
        <translation>Triplet embedding memerlukan dokumen: tambahkan satu di Dokumen sebagai bahan kueri.</translation>
    </message>
    <message>
        <source>Easy negatives come from other documents: with one document there are none.</source>
        <translation>Negatif mudah berasal dari dokumen lain: dengan satu dokumen tidak ada negatif mudah.</translation>
    </message>
    <message>
        <source>Evol needs instructions to evolve: add seed instructions below, or make instruction samples first.</source>
        <translation>Evol memerlukan instruksi untuk dikembangkan: tambahkan instruksi seed di bawah, atau buat sampel instruksi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose at least one direction to evolve in.</source>
        <translation>Pilih setidaknya satu arah pengembangan.</translation>
    </message>
    <message>
        <source>Preference pairs need at least two responses.</source>
        <translation>Pasangan preferensi memerlukan setidaknya dua respons.</translation>
    </message>
    <message numerus="yes">
        <source>Time: &lt;b&gt;%1&lt;/b&gt; with %n sample(s) at once</source>
        <translation>
            <numerusform>Waktu: &lt;b&gt;%1&lt;/b&gt; dengan %n sampel sekaligus</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumes %1 samples of %2 model calls each, instructions and questions of about %3 and answers of about %4 tokens, verdicts of about %5, prompts of %6 tokens plus the chunk, %7 s to the first token and %8 tokens per second per stream.</source>
        <translation>Mengasumsikan %1 sampel dengan masing-masing %2 panggilan model, instruksi dan pertanyaan sekitar %3 dan jawaban sekitar %4 token, putusan sekitar %5, prompt %6 token ditambah potongan, %7 dtk hingga token pertama, dan %8 token per detik per stream.</translation>
    </message>
    <message>
        <source>Samp&amp;les, at most:</source>
        <translation>Samp&amp;el, paling banyak:</translation>
    </message>
    <message numerus="yes">
        <source>Each answer of the project&apos;s complete, not rejected conversations that has no preference pair yet is a prompt: the run makes at most %n sample(s), fewer when there are fewer such answers.</source>
        <translation>
            <numerusform>Setiap jawaban dari percakapan proyek yang selesai dan tidak ditolak yang belum memiliki pasangan preferensi adalah sebuah prompt: proses membuat paling banyak %n sampel, lebih sedikit jika jawaban seperti itu lebih sedikit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preference pairs from conversations need conversations to answer again: make conversation samples first (complete ones that are not rejected), or choose prompts as the source.</source>
        <translation>Pasangan preferensi dari percakapan memerlukan percakapan untuk dijawab lagi: buat sampel percakapan terlebih dahulu (yang selesai dan tidak ditolak), atau pilih prompt sebagai sumber.</translation>
    </message>
    <message>
        <source>Assumes %1 samples (the most the run makes) of %2 model calls each, each an assistant turn of a conversation of %3 exchanges answered again with the conversation before it, questions of about %4 and answers of about %5 tokens, verdicts of about %6, prompts of %7 tokens plus the history and the chunk, %8 s to the first token and %9 tokens per second per stream.</source>
        <translation>Mengasumsikan %1 sampel (jumlah terbanyak yang dibuat proses) dengan masing-masing %2 panggilan model, masing-masing giliran asisten dari percakapan %3 pertukaran yang dijawab lagi dengan percakapan sebelumnya, pertanyaan sekitar %4 dan jawaban sekitar %5 token, putusan sekitar %6, prompt %7 token ditambah riwayat dan potongan, %8 dtk hingga token pertama dan %9 token per detik per aliran.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunsModel</name>
    <message>
        <source>running or interrupted</source>
        <translation>berjalan atau terputus</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>dibatalkan (dapat dilanjutkan)</translation>
    </message>
    <message>
        <source>stopped at the budget</source>
        <translation>berhenti karena anggaran</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Proses</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Alasan berhenti</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::SampleDetails</name>
    <message>
        <source>a constraint added</source>
        <translation>batasan ditambahkan</translation>
    </message>
    <message>
        <source>deepened</source>
        <translation>diperdalam</translation>
    </message>
    <message>
        <source>made concrete</source>
        <translation>dibuat konkret</translation>
    </message>
    <message>
        <source>more reasoning required</source>
        <translation>penalaran lebih dituntut</translation>
    </message>
    <message>
        <source>in breadth: a new instruction of the same domain</source>
        <translation>meluas: instruksi baru dari domain yang sama</translation>
    </message>
    <message>
        <source>Rejected response</source>
        <translation>Respons ditolak</translation>
    </message>
    <message>
        <source>Response not ranked yet</source>
        <translation>Respons belum diperingkat</translation>
    </message>
    <message>
        <source>Hard negative</source>
        <translation>Negatif sulit</translation>
    </message>
    <message>
        <source>Easy negative</source>
        <translation>Negatif mudah</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Faithfulness</source>
        <translation>Kesetiaan</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Negative check</source>
        <translation>Pemeriksaan negatif</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Evolved instruction</source>
        <translation>Instruksi yang dikembangkan</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>Q&amp;A Pengetahuan</translation>
    </message>
    <message>
        <source>Preference pair</source>
        <translation>Pasangan preferensi</translation>
    </message>
    <message>
        <source>Embedding triplet</source>
        <translation>Triplet embedding</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Dibuang: %1</translation>
    </message>
    <message>
        <source>Generation %1, %2.</source>
        <translation>Generasi %1, %2.</translation>
    </message>
    <message>
        <source>Evolved from:</source>
        <translation>Dikembangkan dari:</translation>
    </message>
    <message>
        <source>The judge found the answer faithful to its chunk.</source>
        <translation>Juri menilai jawaban setia pada potongannya.</translation>
    </message>
    <message>
        <source>The judge found the answer unfaithful to its chunk.</source>
        <translation>Juri menilai jawaban tidak setia pada potongannya.</translation>
    </message>
    <message>
        <source>The judge ranked the responses %1, best first.</source>
        <translation>Juri memeringkat respons %1, yang terbaik lebih dulu.</translation>
    </message>
    <message>
        <source>Judges&apos; verdicts</source>
        <translation>Putusan juri</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>lolos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>pesan %1</translation>
    </message>
    <message>
        <source>the whole sample</source>
        <translation>seluruh sampel</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>chunk %1 of %2</source>
        <translation>potongan %1 dari %2</translation>
    </message>
    <message>
        <source>a removed document</source>
        <translation>dokumen yang telah dihapus</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>Juri: %1</translation>
    </message>
    <message>
        <source>&amp;Prefer This Response</source>
        <translation>&amp;Utamakan Respons Ini</translation>
    </message>
    <message>
        <source>Make this response the chosen answer; the current answer becomes a rejected response in its place (Ctrl+Z undoes)</source>
        <translation>Jadikan respons ini jawaban terpilih; jawaban saat ini menjadi respons yang ditolak di tempatnya (Ctrl+Z membatalkan)</translation>
    </message>
    <message>
        <source>Answers message %1 of conversation %2 again: the messages before it are copied from there, and its own answer was one of the responses.</source>
        <translation>Menjawab lagi pesan %1 dari percakapan %2: pesan-pesan sebelumnya disalin dari sana, dan jawabannya sendiri adalah salah satu respons.</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ScenarioEditor</name>
    <message>
        <source>Q&amp;A</source>
        <translation>Tanya Jawab (Q&amp;A)</translation>
    </message>
    <message>
        <source>The user asks questions and the assistant answers them clearly and directly; follow-up questions dig deeper into the answers.</source>
        <translation>Pengguna mengajukan pertanyaan dan asisten menjawabnya dengan jelas dan langsung; pertanyaan lanjutan menggali jawaban lebih dalam.</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Debat</translation>
    </message>
    <message>
        <source>The user takes a position and argues for it; the assistant challenges it with counter-arguments and evidence, and both refine their views.</source>
        <translation>Pengguna mengambil sikap dan membelanya; asisten menantangnya dengan argumen tandingan dan bukti, dan keduanya memperhalus pandangan mereka.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Kuliah</translation>
    </message>
    <message>
        <source>The assistant explains the topic step by step and at length, like a teacher giving a lecture; the user asks for clarification or examples now and then.</source>
        <translation>Asisten menjelaskan topik langkah demi langkah dan secara panjang lebar, seperti guru yang memberi kuliah; sesekali pengguna meminta penjelasan atau contoh.</translation>
    </message>
    <message>
        <source>Tutoring</source>
        <translation>Bimbingan</translation>
    </message>
    <message>
        <source>The assistant guides the user to work things out themselves with hints and questions instead of giving the answers away, and checks their understanding.</source>
        <translation>Asisten membimbing pengguna untuk menemukan jawabannya sendiri dengan petunjuk dan pertanyaan alih-alih langsung memberikan jawaban, dan memeriksa pemahamannya.</translation>
    </message>
    <message>
        <source>All Four</source>
        <translation>Keempatnya</translation>
    </message>
    <message>
        <source>Add &amp;Standard</source>
        <translation>Tambah &amp;Standar</translation>
    </message>
    <message>
        <source>Add one of the standard structures: Q&amp;A, debate, lecture, tutoring</source>
        <translation>Tambahkan salah satu struktur standar: tanya jawab, debat, kuliah, bimbingan</translation>
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
    <name>Dialogsmith::SuggestPersonasDialog</name>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <source>the answer holds no list of personas with names</source>
        <translation>jawaban tidak berisi daftar persona dengan nama</translation>
    </message>
    <message>
        <source>Suggest Personas</source>
        <translation>Usulkan Persona</translation>
    </message>
    <message>
        <source>Let a model suggest personas for this project. You review and edit them before they are added.</source>
        <translation>Biarkan model mengusulkan persona untuk proyek ini. Anda meninjau dan menyuntingnya sebelum ditambahkan.</translation>
    </message>
    <message>
        <source>The model profile that writes the personas (Tools › Providers…).</source>
        <translation>Profil model yang menulis persona (Alat › Penyedia…).</translation>
    </message>
    <message>
        <source>&amp;Model profile:</source>
        <translation>P&amp;rofil model:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>Users and assistants</source>
        <translation>Pengguna dan asisten</translation>
    </message>
    <message>
        <source>Users only</source>
        <translation>Hanya pengguna</translation>
    </message>
    <message>
        <source>Assistants only</source>
        <translation>Hanya asisten</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Pihak:</translation>
    </message>
    <message>
        <source>Optional, e.g. “students aged 14 to 18, some struggling”</source>
        <translation>Opsional, mis. &quot;siswa berusia 14 hingga 18 tahun, sebagian mengalami kesulitan&quot;</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Arahan:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Hasilkan</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Henti&amp;kan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Suasana hati</translation>
    </message>
    <message>
        <source>Knowledge level</source>
        <translation>Tingkat pengetahuan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Speaking style</source>
        <translation>Gaya bicara</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Uncheck what you do not want; double-click or press F2 to rewrite a field.</source>
        <translation>Hapus centang pada yang tidak Anda inginkan; klik ganda atau tekan F2 untuk mengubah isi kolom.</translation>
    </message>
    <message>
        <source>&amp;Add Personas</source>
        <translation>Ta&amp;mbahkan Persona</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Persona(s)</source>
        <translation>
            <numerusform>Ta&amp;mbahkan %n Persona</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Menanyakan %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Tidak ada yang perlu ditinjau.</translation>
    </message>
    <message>
        <source>The model&apos;s answer was not a list of personas (%1). It said: %2</source>
        <translation>Jawaban model bukan daftar persona (%1). Jawabannya: %2</translation>
    </message>
    <message>
        <source>no JSON</source>
        <translation>tidak ada JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) to review.</source>
        <translation>
            <numerusform>%n persona untuk ditinjau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a persona already has the name.</source>
        <translation>
            <numerusform>%n usulan dilewati: sudah ada persona dengan nama tersebut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TemplateEditor</name>
    <message>
        <source>System Prompt</source>
        <translation>Prompt Sistem</translation>
    </message>
    <message>
        <source>Opening Question</source>
        <translation>Pertanyaan Pembuka</translation>
    </message>
    <message>
        <source>Follow-up Question</source>
        <translation>Pertanyaan Lanjutan</translation>
    </message>
    <message>
        <source>Answer Turn</source>
        <translation>Giliran Jawaban</translation>
    </message>
    <message>
        <source>The assistant&apos;s system prompt: who it is, who it talks with and what grounds its answers.</source>
        <translation>Prompt sistem asisten: siapa dia, dengan siapa dia berbicara, dan apa dasar jawabannya.</translation>
    </message>
    <message>
        <source>Asks the user simulator for the message that opens a conversation.</source>
        <translation>Meminta simulator pengguna menulis pesan yang membuka percakapan.</translation>
    </message>
    <message>
        <source>Asks the user simulator for each follow-up message, from the conversation so far.</source>
        <translation>Meminta simulator pengguna menulis setiap pesan lanjutan, berdasarkan percakapan sejauh ini.</translation>
    </message>
    <message>
        <source>The latest user message as the assistant model receives it.</source>
        <translation>Pesan pengguna terbaru sebagaimana diterima oleh model asisten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the assistant&apos;s system prompt</source>
        <translation>&lt;b&gt;Dirender&lt;/b&gt; — prompt sistem asisten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the user simulator is asked for the opening question</source>
        <translation>&lt;b&gt;Dirender&lt;/b&gt; — yang diminta dari simulator pengguna untuk pertanyaan pembuka</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the user simulator is asked for the second question</source>
        <translation>&lt;b&gt;Dirender&lt;/b&gt; — yang diminta dari simulator pengguna untuk pertanyaan kedua</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the question as the assistant model receives it</source>
        <translation>&lt;b&gt;Dirender&lt;/b&gt; — pertanyaan sebagaimana diterima oleh model asisten</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item itself.</source>
        <translation>Di dalam {{#each}}: item itu sendiri.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item&apos;s position from 0.</source>
        <translation>Di dalam {{#each}}: posisi item mulai dari 0.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item&apos;s position from 1.</source>
        <translation>Di dalam {{#each}}: posisi item mulai dari 1.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: true for the first item.</source>
        <translation>Di dalam {{#each}}: true untuk item pertama.</translation>
    </message>
    <message>
        <source>Inside {{#each}}: true for the last item.</source>
        <translation>Di dalam {{#each}}: true untuk item terakhir.</translation>
    </message>
    <message>
        <source>An empty template renders nothing. Type {{ to insert a variable.</source>
        <translation>Templat kosong tidak menghasilkan apa pun. Ketik {{ untuk menyisipkan variabel.</translation>
    </message>
    <message>
        <source>Edit %1 Template</source>
        <translation>Sunting Templat %1</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Kembalikan ke Bawaan</translation>
    </message>
    <message>
        <source>Replace this template with the one Dialogsmith ships (undoable).</source>
        <translation>Ganti templat ini dengan templat bawaan Dialogsmith (dapat diurungkan).</translation>
    </message>
    <message>
        <source>Double-click a problem to go to it.</source>
        <translation>Klik ganda sebuah masalah untuk menuju ke sana.</translation>
    </message>
    <message>
        <source>&amp;New Sample</source>
        <translation>Sampel &amp;Baru</translation>
    </message>
    <message>
        <source>Draw another conversation from the design: topic, personas and chunk (Ctrl+R)</source>
        <translation>Ambil percakapan lain dari rancangan: topik, persona, dan potongan (Ctrl+R)</translation>
    </message>
    <message>
        <source>The provider profile &quot;Try it&quot; sends the prompt to.</source>
        <translation>Profil penyedia yang menjadi tujuan pengiriman prompt oleh &quot;Coba&quot;.</translation>
    </message>
    <message>
        <source>&amp;Try It</source>
        <translation>&amp;Coba</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Hentikan balasan (Esc)</translation>
    </message>
    <message>
        <source>Choose Try It to send the rendered prompt to the profile and watch the reply arrive here.</source>
        <translation>Pilih Coba untuk mengirim prompt yang telah dirender ke profil dan melihat balasannya muncul di sini.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Reset %1 Template</source>
        <translation>Setel Ulang Templat %1</translation>
    </message>
    <message>
        <source>The server did not answer properly: trying again (attempt %1)…</source>
        <translation>Server tidak menjawab dengan benar: mencoba lagi (percobaan %1)…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>No problems in this template.</source>
        <translation>Tidak ada masalah dalam templat ini.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in this template:</source>
        <translation>
            <numerusform>&lt;b&gt;%n masalah&lt;/b&gt; dalam templat ini:</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>Templat %1 tidak dapat dirender: %2</translation>
    </message>
    <message>
        <source>Fix the problems listed under the template to see the preview.</source>
        <translation>Perbaiki masalah yang tercantum di bawah templat untuk melihat pratinjau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not rendered:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tidak dirender:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>… (%1 characters in all; the preview shows the first %2)</source>
        <translation>… (total %1 karakter; pratinjau menampilkan %2 karakter pertama)</translation>
    </message>
    <message>
        <source>The template renders nothing for this sample.</source>
        <translation>Templat tidak menghasilkan apa pun untuk sampel ini.</translation>
    </message>
    <message>
        <source>The project has no topics yet, so an example stands in.</source>
        <translation>Proyek belum memiliki topik, jadi digunakan contoh sebagai gantinya.</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topik: %1</translation>
    </message>
    <message>
        <source>Asks: %1 · Answers: %2</source>
        <translation>Bertanya: %1 · Menjawab: %2</translation>
    </message>
    <message>
        <source>Chunk %1 of &quot;%2&quot;</source>
        <translation>Potongan %1 dari &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Not grounded in a chunk (see the grounding probability)</source>
        <translation>Tidak berbasis potongan (lihat peluang berbasis dokumen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sampel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pertanyaan: %1</translation>
    </message>
    <message>
        <source>Chunk:</source>
        <translation>Potongan:</translation>
    </message>
    <message>
        <source>Send the rendered prompt to the profile and stream the reply below (Ctrl+Return)</source>
        <translation>Kirim prompt yang telah dirender ke profil dan alirkan balasannya di bawah (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Add a provider profile (Tools ▸ Providers…) to try templates with a model.</source>
        <translation>Tambahkan profil penyedia (Alat ▸ Penyedia…) untuk mencoba templat dengan model.</translation>
    </message>
    <message>
        <source>No provider profile yet: add one in Tools ▸ Providers…</source>
        <translation>Belum ada profil penyedia: tambahkan satu di Alat ▸ Penyedia…</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Menunggu %1…</translation>
    </message>
    <message>
        <source>Receiving from %1…</source>
        <translation>Menerima dari %1…</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Selesai dalam %1 dtk</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not rendered:&lt;/b&gt; %1 Showing the last rendering.</source>
        <translation>&lt;b&gt;Tidak dirender:&lt;/b&gt; %1 Menampilkan hasil render terakhir.</translation>
    </message>
    <message>
        <source>Done in %1 s · %2 tokens in, %3 out</source>
        <translation>Selesai dalam %1 dtk · %2 token masuk, %3 keluar</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Instruction &amp;&amp; Evol</source>
        <translation>Instruksi &amp;&amp; Evol</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;&amp;A</source>
        <translation>Q&amp;&amp;A Pengetahuan</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>The templates of a conversation. The system prompt and the answer turn also write the answers of the instruction, evol, knowledge Q&amp;A and preference modes.</source>
        <translation>Templat percakapan. Prompt sistem dan giliran jawaban juga menulis jawaban untuk mode instruksi, evol, Q&amp;A pengetahuan, dan preferensi.</translation>
    </message>
    <message>
        <source>Instruction mode writes new instructions from seed examples; evol rewrites them. Their answers use the conversation&apos;s system prompt and answer turn.</source>
        <translation>Mode instruksi menulis instruksi baru dari contoh seed; evol menulis ulang instruksi tersebut. Jawabannya memakai prompt sistem dan giliran jawaban percakapan.</translation>
    </message>
    <message>
        <source>Questions a chunk answers, and the judge&apos;s check that an answer keeps to its chunk.</source>
        <translation>Pertanyaan yang dijawab potongan, dan pemeriksaan juri bahwa jawaban tetap berpegang pada potongannya.</translation>
    </message>
    <message>
        <source>The judge that ranks the responses to a prompt. The prompts come from the instruction template, the responses from the answer turn.</source>
        <translation>Juri yang memeringkat respons untuk satu prompt. Prompt berasal dari templat instruksi, respons dari giliran jawaban.</translation>
    </message>
    <message>
        <source>Search queries a chunk answers, and the judge&apos;s check that a hard negative does not answer its query.</source>
        <translation>Kueri pencarian yang dijawab potongan, dan pemeriksaan juri bahwa negatif sulit tidak menjawab kuerinya.</translation>
    </message>
    <message>
        <source>New Instruction</source>
        <translation>Instruksi Baru</translation>
    </message>
    <message>
        <source>Evolved Instruction</source>
        <translation>Instruksi yang Dikembangkan</translation>
    </message>
    <message>
        <source>Question from a Chunk</source>
        <translation>Pertanyaan dari Potongan</translation>
    </message>
    <message>
        <source>Faithfulness Check</source>
        <translation>Pemeriksaan Kesetiaan</translation>
    </message>
    <message>
        <source>Ranking Judge</source>
        <translation>Juri Peringkat</translation>
    </message>
    <message>
        <source>Search Queries</source>
        <translation>Kueri Pencarian</translation>
    </message>
    <message>
        <source>Negative Check</source>
        <translation>Pemeriksaan Negatif</translation>
    </message>
    <message>
        <source>Rubric Judge</source>
        <translation>Juri Rubrik</translation>
    </message>
    <message>
        <source>Asks for a new instruction modelled on some of the seed instructions (instruction and preference modes).</source>
        <translation>Meminta instruksi baru yang mengikuti contoh beberapa instruksi seed (mode instruksi dan preferensi).</translation>
    </message>
    <message>
        <source>Asks for an instruction evolved in the direction drawn (evol mode).</source>
        <translation>Meminta instruksi yang dikembangkan ke arah yang diundi (mode evol).</translation>
    </message>
    <message>
        <source>Asks for a question the chunk answers (knowledge Q&amp;A mode).</source>
        <translation>Meminta pertanyaan yang dijawab potongan (mode Q&amp;A pengetahuan).</translation>
    </message>
    <message>
        <source>Asks a judge whether an answer keeps to its chunk (knowledge Q&amp;A mode).</source>
        <translation>Menanyakan juri apakah jawaban tetap berpegang pada potongannya (mode Q&amp;A pengetahuan).</translation>
    </message>
    <message>
        <source>Asks a judge to rank the responses to a prompt (preference mode).</source>
        <translation>Meminta juri memeringkat respons untuk satu prompt (mode preferensi).</translation>
    </message>
    <message>
        <source>Asks for search queries the chunk answers (embedding mode).</source>
        <translation>Meminta kueri pencarian yang dijawab potongan (mode embedding).</translation>
    </message>
    <message>
        <source>Asks a judge whether a chunk answers a query, to confirm a hard negative (embedding mode).</source>
        <translation>Menanyakan juri apakah potongan menjawab kueri, untuk memastikan negatif sulit (mode embedding).</translation>
    </message>
    <message>
        <source>Asks a judge to score a sample on the rubric in use.</source>
        <translation>Meminta juri memberi skor sampel berdasarkan rubrik yang dipakai.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for a new instruction</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — permintaan untuk instruksi baru</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request to evolve the first instruction</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — permintaan untuk mengembangkan instruksi pertama</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for a question about the chunk</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — permintaan untuk pertanyaan tentang potongan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked about the sample answer</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — apa yang ditanyakan kepada juri tentang jawaban contoh</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked to rank</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — apa yang diminta untuk diperingkat juri</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for search queries about the chunk</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — permintaan untuk kueri pencarian tentang potongan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked about a chunk and a query</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — apa yang ditanyakan kepada juri tentang potongan dan kueri</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked to score</source>
        <translation>&lt;b&gt;Hasil render&lt;/b&gt; — apa yang diminta untuk diberi skor oleh juri</translation>
    </message>
    <message>
        <source>Inside {{#each %1}}: %2</source>
        <translation>Di dalam {{#each %1}}: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The template is empty:&lt;/b&gt; a run of a mode that uses it cannot start. Reset it to the default or write a prompt.</source>
        <translation>&lt;b&gt;Templat kosong:&lt;/b&gt; proses dari mode yang memakainya tidak dapat dimulai. Setel ulang ke bawaan atau tulis prompt.</translation>
    </message>
    <message>
        <source>The judge that scores samples on the rubric in use (Run ▸ Judge Samples…).</source>
        <translation>Juri yang menilai sampel dengan rubrik yang dipakai (Jalankan ▸ Nilai Sampel…).</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TopicEditor</name>
    <message>
        <source>Drag a topic to move it, or drop it on another to make it a subtopic.</source>
        <translation>Seret topik untuk memindahkannya, atau letakkan di atas topik lain untuk menjadikannya subtopik.</translation>
    </message>
    <message>
        <source>No topics yet.

Add one with Add Topic (Insert), or let a model suggest some with Expand with Model (Ctrl+E).</source>
        <translation>Belum ada topik.

Tambahkan satu dengan Tambah Topik (Insert), atau biarkan model mengusulkan beberapa dengan Perluas dengan Model (Ctrl+E).</translation>
    </message>
    <message>
        <source>What conversations under this topic are about</source>
        <translation>Apa yang dibahas dalam percakapan di bawah topik ini</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>How often this topic is drawn compared with its siblings: a topic of weight 2 is drawn twice as often as one of weight 1; 0 never.</source>
        <translation>Seberapa sering topik ini dipilih dibandingkan topik sejajarnya: topik berbobot 2 dipilih dua kali lebih sering daripada topik berbobot 1; 0 tidak pernah.</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Bobot:</translation>
    </message>
    <message>
        <source>The share of all conversations drawn under this topic: the weight shares multiplied down the path.</source>
        <translation>Porsi dari semua percakapan yang dipilih di bawah topik ini: porsi bobot yang dikalikan sepanjang jalurnya.</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Porsi:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Optional: what the topic covers, for the prompts ({{topic_description}}) and for the model when it suggests subtopics.</source>
        <translation>Opsional: cakupan topik, untuk prompt ({{topic_description}}) dan untuk model saat mengusulkan subtopik.</translation>
    </message>
    <message>
        <source>Select a topic to edit its description and weight.</source>
        <translation>Pilih topik untuk menyunting deskripsi dan bobotnya.</translation>
    </message>
    <message>
        <source>&amp;Add Topic</source>
        <translation>&amp;Tambah Topik</translation>
    </message>
    <message>
        <source>Add a topic after the selected one</source>
        <translation>Tambahkan topik setelah topik yang dipilih</translation>
    </message>
    <message>
        <source>Add &amp;Subtopic</source>
        <translation>Tambah &amp;Subtopik</translation>
    </message>
    <message>
        <source>Add a subtopic to the selected topic</source>
        <translation>Tambahkan subtopik ke topik yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation>Ganti nama topik yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the selected topic and its subtopics</source>
        <translation>Hapus topik yang dipilih beserta subtopiknya</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Pindah ke &amp;Atas</translation>
    </message>
    <message>
        <source>Move the selected topic up among its siblings</source>
        <translation>Pindahkan topik yang dipilih ke atas di antara topik sejajarnya</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Pindah ke Ba&amp;wah</translation>
    </message>
    <message>
        <source>Move the selected topic down among its siblings</source>
        <translation>Pindahkan topik yang dipilih ke bawah di antara topik sejajarnya</translation>
    </message>
    <message>
        <source>&amp;Expand with Model…</source>
        <translation>&amp;Perluas dengan Model…</translation>
    </message>
    <message>
        <source>Let a model suggest subtopics of the selected topic (or top-level topics), for review before they are added</source>
        <translation>Biarkan model mengusulkan subtopik dari topik yang dipilih (atau topik tingkat teratas), untuk ditinjau sebelum ditambahkan</translation>
    </message>
    <message>
        <source>Rename the selected topic (F2)</source>
        <translation>Ganti nama topik yang dipilih (F2)</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Ganti Nama Topik</translation>
    </message>
    <message>
        <source>Change Topic Weight</source>
        <translation>Ubah Bobot Topik</translation>
    </message>
    <message>
        <source>Edit Topic Description</source>
        <translation>Sunting Deskripsi Topik</translation>
    </message>
    <message>
        <source>&amp;Suggest Topics with Model…</source>
        <translation>&amp;Usulkan Topik dengan Model…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 %, spread over %n subtopic(s)</source>
        <translation>
            <numerusform>%1%, tersebar ke %n subtopik</numerusform>
        </translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Topik baru</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Tambah Topik</translation>
    </message>
    <message>
        <source>Add Subtopic</source>
        <translation>Tambah Subtopik</translation>
    </message>
    <message>
        <source>Delete Topic “%1”</source>
        <translation>Hapus Topik &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete Topic “%1” and Its Subtopics</source>
        <translation>Hapus Topik &quot;%1&quot; beserta Subtopiknya</translation>
    </message>
    <message>
        <source>Move Topic Up</source>
        <translation>Pindahkan Topik ke Atas</translation>
    </message>
    <message>
        <source>Move Topic Down</source>
        <translation>Pindahkan Topik ke Bawah</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Suggested Topic(s)</source>
        <translation>
            <numerusform>Tambah %n Topik yang Diusulkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TopicTreeModel</name>
    <message>
        <source>How often this topic is drawn compared with its siblings. Double-click to change it.</source>
        <translation>Seberapa sering topik ini dipilih dibandingkan topik sejajarnya. Klik ganda untuk mengubahnya.</translation>
    </message>
    <message>
        <source>The share of all conversations that will be about this topic.</source>
        <translation>Porsi dari semua percakapan yang akan membahas topik ini.</translation>
    </message>
    <message>
        <source>The share of all conversations that will be about this topic or one of its subtopics.</source>
        <translation>Porsi dari semua percakapan yang akan membahas topik ini atau salah satu subtopiknya.</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Ganti Nama Topik</translation>
    </message>
    <message>
        <source>Change Topic Weight</source>
        <translation>Ubah Bobot Topik</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>What conversations are about. Generation draws a topic, then one of its subtopics, down to a leaf.</source>
        <translation>Apa yang dibahas dalam percakapan. Pembuatan memilih satu topik, lalu salah satu subtopiknya, terus hingga ke daun.</translation>
    </message>
    <message>
        <source>How often a topic is drawn compared with its siblings.</source>
        <translation>Seberapa sering sebuah topik dipilih dibandingkan topik sejajarnya.</translation>
    </message>
    <message>
        <source>The share of all conversations each topic gets: the weight shares multiplied down the path.</source>
        <translation>Porsi dari semua percakapan yang didapat setiap topik: porsi bobot yang dikalikan sepanjang jalurnya.</translation>
    </message>
    <message>
        <source>Move Topic</source>
        <translation>Pindahkan Topik</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TurnBubble</name>
    <message>
        <source>%1 (writing…)</source>
        <translation>%1 (sedang menulis…)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>disunting</translation>
    </message>
    <message>
        <source>A person changed this message; the generated text is kept. Hover the message to see it.</source>
        <translation>Seseorang telah mengubah pesan ini; teks yang dihasilkan tetap disimpan. Arahkan kursor ke pesan untuk melihatnya.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Edit this message in place (double-click the text, too)</source>
        <translation>Sunting pesan ini di tempat (bisa juga dengan klik ganda pada teks)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Hasilkan Ulang</translation>
    </message>
    <message>
        <source>Regenerate from here: drop this message and the ones after it, and let the models continue the conversation</source>
        <translation>Hasilkan ulang dari sini: buang pesan ini dan pesan-pesan sesudahnya, lalu biarkan model melanjutkan percakapan</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Branch from here: keep this conversation and make an alternative that continues differently from this message on</source>
        <translation>Buat cabang dari sini: pertahankan percakapan ini dan buat alternatif yang berlanjut secara berbeda mulai dari pesan ini</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Hapus pesan ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>Biarkan pesan seperti semula (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Keep the changed text (Ctrl+Enter); Edit ▸ Undo takes it back</source>
        <translation>Simpan teks yang diubah (Ctrl+Enter); Sunting ▸ Urungkan akan membatalkannya</translation>
    </message>
    <message>
        <source>The document chunk this message drew on: click to see it in the review panel with the passages it shares marked</source>
        <translation>Potongan dokumen yang menjadi landasan pesan ini: klik untuk melihatnya di panel tinjauan dengan bagian yang sama ditandai</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TurnList</name>
    <message>
        <source>Model: %1 (profile %2)</source>
        <translation>Model: %1 (profil %2)</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Token: %1 masuk, %2 keluar</translation>
    </message>
    <message>
        <source>Latency: %1 s</source>
        <translation>Latensi: %1 dtk</translation>
    </message>
    <message>
        <source>Cost: $%1</source>
        <translation>Biaya: $%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Percobaan: %1</translation>
    </message>
    <message>
        <source>Grounded in: %1, chunk %2</source>
        <translation>Berdasarkan: %1, potongan %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>dokumen %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <source>Edited. The generated text was:</source>
        <translation>Disunting. Teks yang dihasilkan semula:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <source>This conversation is not in the project (any more).</source>
        <translation>Percakapan ini tidak (lagi) ada di proyek.</translation>
    </message>
    <message>
        <source>No messages yet: the conversation is waiting to be generated.</source>
        <translation>Belum ada pesan: percakapan sedang menunggu untuk dihasilkan.</translation>
    </message>
    <message>
        <source>This conversation has no messages.</source>
        <translation>Percakapan ini tidak memiliki pesan.</translation>
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
        <translation>Porsi dari semua percakapan yang dipilih dengan entri ini.</translation>
    </message>
    <message>
        <source>Rename Structure</source>
        <translation>Ganti Nama Struktur</translation>
    </message>
    <message>
        <source>Edit Scenario</source>
        <translation>Sunting Skenario</translation>
    </message>
    <message>
        <source>Edit Structure Description</source>
        <translation>Sunting Deskripsi Struktur</translation>
    </message>
    <message>
        <source>Change Scenario Weight</source>
        <translation>Ubah Bobot Skenario</translation>
    </message>
    <message>
        <source>Change Structure Weight</source>
        <translation>Ubah Bobot Struktur</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::WeightedListPane</name>
    <message>
        <source>&lt;b&gt;Scenarios&lt;/b&gt;: the situations conversations happen in. Each conversation draws one ({{scenario}} in the templates).</source>
        <translation>&lt;b&gt;Skenario&lt;/b&gt;: situasi tempat percakapan berlangsung. Setiap percakapan mengambil satu ({{scenario}} di templat).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conversation structures&lt;/b&gt;: what kind of conversation it is and how it goes. Each conversation draws one ({{structure}}, {{structure_description}}).</source>
        <translation>&lt;b&gt;Struktur percakapan&lt;/b&gt;: jenis percakapan dan bagaimana jalannya. Setiap percakapan mengambil satu ({{structure}}, {{structure_description}}).</translation>
    </message>
    <message>
        <source>No scenarios: conversations happen in no particular situation. Add one with Add Scenario (Insert).</source>
        <translation>Tidak ada skenario: percakapan berlangsung tanpa situasi tertentu. Tambahkan satu dengan Tambah Skenario (Insert).</translation>
    </message>
    <message>
        <source>No structures: conversations are free-form. Add one, or the standard ones with Add Standard.</source>
        <translation>Tidak ada struktur: percakapan berlangsung bebas. Tambahkan satu, atau tambahkan struktur standar dengan Tambah Standar.</translation>
    </message>
    <message>
        <source>Scenario &amp;text:</source>
        <translation>&amp;Teks skenario:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>e.g. “The night before an exam, the student is revising alone and is stuck.”</source>
        <translation>mis. &quot;Malam sebelum ujian, siswa sedang belajar sendirian dan menemui jalan buntu.&quot;</translation>
    </message>
    <message>
        <source>How this kind of conversation goes, for the prompts, e.g. “The user takes a position; the assistant challenges it.”</source>
        <translation>Bagaimana jenis percakapan ini berjalan, untuk prompt, mis. &quot;Pengguna mengambil sikap; asisten menantangnya.&quot;</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>Ta&amp;mbah Skenario</translation>
    </message>
    <message>
        <source>&amp;Add Structure</source>
        <translation>Ta&amp;mbah Struktur</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Tambahkan skenario</translation>
    </message>
    <message>
        <source>Add a structure</source>
        <translation>Tambahkan struktur</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Hapus skenario yang dipilih</translation>
    </message>
    <message>
        <source>Delete the selected structure</source>
        <translation>Hapus struktur yang dipilih</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Pindah ke &amp;Atas</translation>
    </message>
    <message>
        <source>Move the selected one up</source>
        <translation>Pindahkan entri yang dipilih ke atas</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Pindah ke Ba&amp;wah</translation>
    </message>
    <message>
        <source>Move the selected one down</source>
        <translation>Pindahkan entri yang dipilih ke bawah</translation>
    </message>
    <message>
        <source>Edit Scenario</source>
        <translation>Sunting Skenario</translation>
    </message>
    <message>
        <source>Edit Structure Description</source>
        <translation>Sunting Deskripsi Struktur</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Skenario baru</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>Tambah Skenario</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>Struktur baru</translation>
    </message>
    <message>
        <source>Add Structure</source>
        <translation>Tambah Struktur</translation>
    </message>
    <message>
        <source>Add Structure “%1”</source>
        <translation>Tambah Struktur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Hapus Skenario</translation>
    </message>
    <message>
        <source>Delete Structure “%1”</source>
        <translation>Hapus Struktur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Pindahkan ke Atas</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Pindahkan ke Bawah</translation>
    </message>
    <message>
        <source>New structure %1</source>
        <translation>Struktur baru %1</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>%1 is not a text document (it looks binary).</source>
        <translation>%1 bukan dokumen teks (tampaknya berkas biner).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: the byte at offset %2 (line %3) is not part of a UTF-8 character. Save it as UTF-8 and add it again.</source>
        <translation>%1 bukan teks UTF-8 yang valid: byte pada offset %2 (baris %3) bukan bagian dari karakter UTF-8. Simpan sebagai UTF-8 lalu tambahkan lagi.</translation>
    </message>
    <message>
        <source>%1 starts with a Unicode byte order mark but the text after it is not valid in that encoding.</source>
        <translation>%1 diawali dengan penanda urutan byte Unicode, tetapi teks setelahnya tidak valid dalam pengodean tersebut.</translation>
    </message>
    <message>
        <source>%1 declares an encoding Dialogsmith does not know; it was read as UTF-8.</source>
        <translation>%1 menyatakan pengodean yang tidak dikenal Dialogsmith; berkas ini dibaca sebagai UTF-8.</translation>
    </message>
    <message>
        <source>%1 has bytes that are not valid in its encoding; they were replaced by �.</source>
        <translation>%1 berisi byte yang tidak valid dalam pengodeannya; byte tersebut diganti dengan �.</translation>
    </message>
    <message>
        <source>%1 nests its elements more than %2 levels deep, deeper than any real page; Dialogsmith does not read it.</source>
        <translation>%1 menyarangkan elemennya lebih dari %2 tingkat, lebih dalam daripada halaman nyata mana pun; Dialogsmith tidak membacanya.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file: it is an HTML page.</source>
        <translation>%1 bukan berkas PDF: berkas ini adalah halaman HTML.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file (it does not start with %PDF-).</source>
        <translation>%1 bukan berkas PDF (tidak diawali dengan %PDF-).</translation>
    </message>
    <message>
        <source>%1 is encrypted; Dialogsmith cannot read it without its password.</source>
        <translation>%1 terenkripsi; Dialogsmith tidak dapat membacanya tanpa kata sandinya.</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the end of the PDF) and no text could be read from it.</source>
        <translation>%1 tidak lengkap (berkas berakhir sebelum akhir PDF) dan tidak ada teks yang dapat dibaca darinya.</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scanned PDF needs OCR first).</source>
        <translation>%1 tidak memiliki lapisan teks (PDF hasil pindaian perlu di-OCR terlebih dahulu).</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read: %2</source>
        <translation>%1 adalah PDF rusak yang tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read.</source>
        <translation>%1 adalah PDF rusak yang tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the end of the PDF): pages may be missing.</source>
        <translation>%1 tidak lengkap (berkas berakhir sebelum akhir PDF): mungkin ada halaman yang hilang.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pages have no text (scanned pages need OCR first).</source>
        <translation>%1: %2 dari %3 halaman tidak memiliki teks (halaman hasil pindaian perlu di-OCR terlebih dahulu).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>%1 has no text, only markup.</source>
        <translation>%1 tidak berisi teks, hanya markup.</translation>
    </message>
    <message>
        <source>%1 has no text (only white space).</source>
        <translation>%1 tidak berisi teks (hanya spasi kosong).</translation>
    </message>
    <message>
        <source>%1 has more text than a project document may hold (%2 million characters).</source>
        <translation>%1 berisi lebih banyak teks daripada yang dapat dimuat sebuah dokumen proyek (%2 juta karakter).</translation>
    </message>
    <message>
        <source>The pasted document</source>
        <translation>Dokumen yang ditempel</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 lebih besar dari %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Dokumen (%1);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>EmbeddingRecipe</name>
    <message>
        <source>Embedding triplets need documents: add a document whose chunks the queries are about.</source>
        <translation>Triplet embedding memerlukan dokumen: tambahkan dokumen yang potongannya menjadi bahan kueri.</translation>
    </message>
</context>
<context>
    <name>EvolRecipe</name>
    <message>
        <source>Cannot read the project&apos;s instructions: %1</source>
        <translation>Tidak dapat membaca instruksi proyek: %1</translation>
    </message>
    <message>
        <source>Evol needs instructions to evolve: add seed instructions in the run settings, or make instruction samples first.</source>
        <translation>Evol memerlukan instruksi untuk dikembangkan: tambahkan instruksi seed di pengaturan proses, atau buat sampel instruksi terlebih dahulu.</translation>
    </message>
    <message>
        <source>it is a refusal or boilerplate (&quot;%1&quot;).</source>
        <translation>isinya penolakan atau kalimat baku (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>it copies its parent.</source>
        <translation>isinya menyalin induknya.</translation>
    </message>
    <message>
        <source>it copies the words of the prompt that asked for it (&quot;%1&quot;).</source>
        <translation>isinya menyalin kata-kata prompt yang memintanya (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>it is shorter than its parent (%1 characters, its parent %2).</source>
        <translation>isinya lebih pendek dari induknya (%1 karakter, induknya %2).</translation>
    </message>
    <message>
        <source>The evolution was dropped: its answer is a refusal (&quot;%1&quot;).</source>
        <translation>Pengembangan dibuang: jawabannya berupa penolakan (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The evolution was dropped: %1</source>
        <translation>Pengembangan dibuang: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>OpenAI messages</source>
        <translation>Pesan OpenAI</translation>
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
        <translation>DPO (percakapan)</translation>
    </message>
    <message>
        <source>DPO (plain text)</source>
        <translation>DPO (teks biasa)</translation>
    </message>
    <message>
        <source>Triplets (sentence-transformers)</source>
        <translation>Triplet (sentence-transformers)</translation>
    </message>
    <message>
        <source>Turns (Kolosal Plane)</source>
        <translation>Giliran (Kolosal Plane)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>One sample per line as {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}: OpenAI fine-tuning, TRL&apos;s SFTTrainer, Axolotl&apos;s chat_template, LLaMA-Factory.</source>
        <translation>Satu sampel per baris sebagai {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}: fine-tuning OpenAI, SFTTrainer dari TRL, chat_template dari Axolotl, LLaMA-Factory.</translation>
    </message>
    <message>
        <source>One sample per line as {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}: LLaMA-Factory&apos;s and Axolotl&apos;s ShareGPT format.</source>
        <translation>Satu sampel per baris sebagai {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}: format ShareGPT dari LLaMA-Factory dan Axolotl.</translation>
    </message>
    <message>
        <source>One sample per line as instruction, input, output, system and history (the earlier exchanges): LLaMA-Factory&apos;s Alpaca format.</source>
        <translation>Satu sampel per baris sebagai instruction, input, output, system, dan history (giliran sebelumnya): format Alpaca dari LLaMA-Factory.</translation>
    </message>
    <message>
        <source>Preference pairs for TRL&apos;s DPOTrainer: prompt, chosen and rejected as message lists, one line per rejected response.</source>
        <translation>Pasangan preferensi untuk DPOTrainer dari TRL: prompt, chosen, dan rejected sebagai daftar pesan, satu baris per respons yang ditolak.</translation>
    </message>
    <message>
        <source>Preference pairs for TRL&apos;s DPOTrainer as plain text: prompt, chosen and rejected strings, one line per rejected response.</source>
        <translation>Pasangan preferensi untuk DPOTrainer dari TRL sebagai teks biasa: string prompt, chosen, dan rejected, satu baris per respons yang ditolak.</translation>
    </message>
    <message>
        <source>Embedding triplets for sentence-transformers: anchor, positive and negative, one line per negative, hard negatives first.</source>
        <translation>Triplet embedding untuk sentence-transformers: anchor, positive, dan negative, satu baris per negatif, negatif sulit lebih dulu.</translation>
    </message>
    <message>
        <source>One line per answer with the conversation before it (chat_history), the answer (llm_response) and its grounding document, as Kolosal Plane writes them.</source>
        <translation>Satu baris per jawaban beserta percakapan sebelumnya (chat_history), jawabannya (llm_response), dan dokumen landasannya, sebagaimana ditulis oleh Kolosal Plane.</translation>
    </message>
    <message>
        <source>One row per sample with its topic, personas and each exchange in a user and an assistant column, for spreadsheets.</source>
        <translation>Satu baris per sampel beserta topik, persona, dan setiap giliran dalam kolom pengguna dan kolom asisten, untuk lembar kerja.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>Tidak dapat membaca sampel: %1</translation>
    </message>
    <message>
        <source>%1 samples (the %2 format does not take them)</source>
        <translation>sampel %1 (format %2 tidak menerimanya)</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a file, and an export with a split or a dataset card is a folder.</source>
        <translation>Tidak dapat menulis %1: itu adalah berkas, sedangkan ekspor dengan pembagian atau kartu dataset berupa folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder cannot be made.</source>
        <translation>Tidak dapat menulis %1: folder tidak dapat dibuat.</translation>
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
    <name>FilterChecker</name>
    <message>
        <source>Cannot check the samples against the filters: %1</source>
        <translation>Tidak dapat memeriksa sampel terhadap filter: %1</translation>
    </message>
</context>
<context>
    <name>FountainImport</name>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 lebih besar dari %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1: a setup.yaml holds a mapping (initial_prompt, user_role, …).</source>
        <translation>%1: setup.yaml berisi pemetaan (initial_prompt, user_role, …).</translation>
    </message>
    <message>
        <source>placeholder %1</source>
        <translation>placeholder %1</translation>
    </message>
    <message>
        <source>%1, line %2: the evolving direction (%3) has no template variable in a conversation&apos;s templates; it was left out (a comment marks the place). The directions became Evol-Instruct directions.</source>
        <translation>%1, baris %2: arah pengembangan (%3) tidak memiliki variabel templat di templat percakapan; arah ini dihilangkan (sebuah komentar menandai tempatnya). Arah-arah tersebut menjadi arah Evol-Instruct.</translation>
    </message>
    <message>
        <source>%1, line %2: the placeholder (%3) has no template variable; it was left out (a comment marks the place).</source>
        <translation>%1, baris %2: placeholder (%3) tidak memiliki variabel templat; placeholder ini dihilangkan (sebuah komentar menandai tempatnya).</translation>
    </message>
    <message>
        <source>%1 has no setup.yaml: it is not an Auto Data Fountain folder.</source>
        <translation>%1 tidak memiliki setup.yaml: ini bukan folder Auto Data Fountain.</translation>
    </message>
    <message>
        <source>%1 has no diagram.mermaid: no scenario was added.</source>
        <translation>%1 tidak memiliki diagram.mermaid: tidak ada skenario yang ditambahkan.</translation>
    </message>
    <message>
        <source>The user&apos;s role in the Auto Data Fountain set-up.</source>
        <translation>Peran pengguna dalam penyiapan Auto Data Fountain.</translation>
    </message>
    <message>
        <source>The assistant&apos;s role in the Auto Data Fountain set-up.</source>
        <translation>Peran asisten dalam penyiapan Auto Data Fountain.</translation>
    </message>
    <message>
        <source>%1: output_format was left out: Dialogsmith asks for one message at a time, not whole conversations as JSON. Read the starter and user turn templates through: they now ask the user simulator for its next message.</source>
        <translation>%1: output_format dihilangkan: Dialogsmith meminta satu pesan setiap kali, bukan seluruh percakapan sebagai JSON. Baca templat pembuka dan templat giliran pengguna dengan saksama: kini templat tersebut meminta simulator pengguna menulis pesan berikutnya.</translation>
    </message>
    <message>
        <source>%1: the evolving direction &quot;%2&quot; matches no Evol-Instruct direction; it was left out.</source>
        <translation>%1: arah pengembangan &quot;%2&quot; tidak cocok dengan arah Evol-Instruct mana pun; arah ini dihilangkan.</translation>
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
    <name>InstructionRecipe</name>
    <message>
        <source>It is a refusal or boilerplate (&quot;%1&quot;).</source>
        <translation>Isinya penolakan atau kalimat baku (&quot;%1&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>It is shorter than %n word(s).</source>
        <translation>
            <numerusform>Lebih pendek dari %n kata.</numerusform>
        </translation>
    </message>
    <message>
        <source>It copies the instruction it was made from: &quot;%1&quot;.</source>
        <translation>Menyalin instruksi asalnya: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The instruction was dropped: %1</source>
        <translation>Instruksi dibuang: %1</translation>
    </message>
</context>
<context>
    <name>JudgeRecipe</name>
    <message>
        <source>There is no rubric &quot;%1&quot; to judge with.</source>
        <translation>Tidak ada rubrik &quot;%1&quot; untuk menilai.</translation>
    </message>
    <message>
        <source>It has no message to judge.</source>
        <translation>Tidak ada pesan untuk dinilai.</translation>
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
    <name>KnowledgeRecipe</name>
    <message>
        <source>Knowledge Q&amp;A needs documents: add a document to ground the questions in.</source>
        <translation>Q&amp;A Pengetahuan memerlukan dokumen: tambahkan dokumen sebagai landasan pertanyaan.</translation>
    </message>
    <message>
        <source>The answer was dropped: the judge found it unfaithful to its chunk.</source>
        <translation>Jawaban dibuang: juri menilainya tidak setia pada potongannya.</translation>
    </message>
    <message>
        <source>The answer was dropped: the judge found it unfaithful to its chunk (%1)</source>
        <translation>Jawaban dibuang: juri menilainya tidak setia pada potongannya (%1)</translation>
    </message>
</context>
<context>
    <name>MermaidReader</name>
    <message>
        <source>exactly one</source>
        <translation>tepat satu</translation>
    </message>
    <message>
        <source>zero or one</source>
        <translation>nol atau satu</translation>
    </message>
    <message>
        <source>one or more</source>
        <translation>satu atau lebih</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>nol atau lebih</translation>
    </message>
    <message>
        <source>line %1: not a node or link: %2</source>
        <translation>baris %1: bukan simpul atau tautan: %2</translation>
    </message>
    <message>
        <source>line %1: could not read &quot;%2&quot;</source>
        <translation>baris %1: tidak dapat membaca &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: the diagram is too long; the rest was not read.</source>
        <translation>baris %1: diagram terlalu panjang; sisanya tidak dibaca.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ke %2</translation>
    </message>
    <message>
        <source>the entity %1 is not closed by &apos;}&apos;.</source>
        <translation>entitas %1 tidak ditutup dengan &apos;}&apos;.</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entitas:</translation>
    </message>
    <message>
        <source>is linked to</source>
        <translation>terhubung dengan</translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation>Relasi:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
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
    <name>PreferenceRecipe</name>
    <message>
        <source>The preference responses name the profile &quot;%1&quot;, which the project does not have.</source>
        <translation>Respons preferensi menyebut profil &quot;%1&quot;, yang tidak dimiliki proyek.</translation>
    </message>
    <message>
        <source>The prompt was dropped: %1</source>
        <translation>Prompt dibuang: %1</translation>
    </message>
    <message numerus="yes">
        <source>The pair was dropped: all %n response(s) say the same.</source>
        <translation>
            <numerusform>Pasangan dibuang: semua %n respons mengatakan hal yang sama.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>Tidak dapat membaca percakapan %1: %2</translation>
    </message>
    <message>
        <source>Conversation %1 no longer has an answer at message %2 to answer again.</source>
        <translation>Percakapan %1 tidak lagi memiliki jawaban pada pesan %2 untuk dijawab lagi.</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s preference pairs: %1</source>
        <translation>Tidak dapat membaca pasangan preferensi proyek: %1</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s conversations: %1</source>
        <translation>Tidak dapat membaca percakapan proyek: %1</translation>
    </message>
    <message>
        <source>Preference pairs from conversations need conversations to answer again: make conversation samples first (complete ones that are not rejected).</source>
        <translation>Pasangan preferensi dari percakapan memerlukan percakapan untuk dijawab lagi: buat sampel percakapan terlebih dahulu (yang selesai dan tidak ditolak).</translation>
    </message>
    <message>
        <source>Every answer of the project&apos;s conversations already has its preference pair: make more conversations first, or choose prompts as the source.</source>
        <translation>Setiap jawaban dari percakapan proyek sudah memiliki pasangan preferensinya: buat lebih banyak percakapan terlebih dahulu, atau pilih prompt sebagai sumber.</translation>
    </message>
    <message>
        <source>Sample %1 has no conversation to answer again.</source>
        <translation>Sampel %1 tidak memiliki percakapan untuk dijawab lagi.</translation>
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
    <message>
        <source>%1 is not a mode; the modes are %2.</source>
        <translation>%1 bukan mode; mode yang ada adalah %2.</translation>
    </message>
    <message>
        <source>%1 is not a direction; the directions are %2.</source>
        <translation>%1 bukan arah; arah yang ada adalah %2.</translation>
    </message>
    <message>
        <source>a rubric, an object {&quot;name&quot;: …}</source>
        <translation>rubrik, objek {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>a seed instruction is empty.</source>
        <translation>instruksi seed kosong.</translation>
    </message>
    <message>
        <source>choose at least one direction to evolve in.</source>
        <translation>pilih setidaknya satu arah pengembangan.</translation>
    </message>
    <message>
        <source>give at least one temperature for the responses.</source>
        <translation>berikan setidaknya satu suhu untuk respons.</translation>
    </message>
    <message>
        <source>%1 is not less than max_characters (%2).</source>
        <translation>%1 tidak lebih kecil dari max_characters (%2).</translation>
    </message>
    <message>
        <source>a rubric needs a name.</source>
        <translation>rubrik memerlukan nama.</translation>
    </message>
    <message>
        <source>%1 is also the name of rubrics[%2]: every rubric needs a name of its own.</source>
        <translation>%1 juga nama rubrics[%2]: setiap rubrik memerlukan nama sendiri.</translation>
    </message>
    <message>
        <source>%1 is not more than min (%2).</source>
        <translation>%1 tidak lebih besar dari min (%2).</translation>
    </message>
    <message>
        <source>a rubric needs its criteria.</source>
        <translation>rubrik memerlukan kriterianya.</translation>
    </message>
    <message>
        <source>there is no rubric to judge with: add one to judge.rubrics.</source>
        <translation>tidak ada rubrik untuk menilai: tambahkan satu ke judge.rubrics.</translation>
    </message>
    <message>
        <source>%1 is none of the rubrics (%2).</source>
        <translation>%1 bukan salah satu rubrik (%2).</translation>
    </message>
    <message>
        <source>%1 is not a source of prompts; it is &quot;prompts&quot; or &quot;conversations&quot;.</source>
        <translation>%1 bukan sumber prompt; nilainya &quot;prompts&quot; atau &quot;conversations&quot;.</translation>
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
    <name>RecordWriter</name>
    <message>
        <source>no complete exchange (a question and its answer)</source>
        <translation>tidak ada giliran lengkap (satu pertanyaan dan jawabannya)</translation>
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
    <message>
        <source>Cannot read the project: %1</source>
        <translation>Tidak dapat membaca proyek: %1</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <source>Can you explain %1 to me?</source>
        <translation>Bisakah kamu menjelaskan %1 kepada saya?</translation>
    </message>
    <message>
        <source>(%1&apos;s answer would be here: try the system prompt or the answer template to get one.)</source>
        <translation>(Jawaban %1 akan muncul di sini: coba prompt sistem atau templat jawaban untuk mendapatkannya.)</translation>
    </message>
</context>
<context>
    <name>SampleReader</name>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>Tidak dapat membaca sampel: %1</translation>
    </message>
    <message>
        <source>Cannot read the samples: the project is not an open SQLite database.</source>
        <translation>Tidak dapat membaca sampel: proyek ini bukan basis data SQLite yang terbuka.</translation>
    </message>
</context>
<context>
    <name>TaxonomyImport</name>
    <message>
        <source>%1: a qna.yaml holds a mapping (version, created_by, seed_examples, …).</source>
        <translation>%1: qna.yaml berisi pemetaan (version, created_by, seed_examples, …).</translation>
    </message>
    <message>
        <source>version must be a whole number.</source>
        <translation>version harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>document must be a mapping (repo, commit, patterns).</source>
        <translation>document harus berupa pemetaan (repo, commit, patterns).</translation>
    </message>
    <message>
        <source>seed_examples is missing.</source>
        <translation>seed_examples tidak ada.</translation>
    </message>
    <message>
        <source>seed_examples must be a list.</source>
        <translation>seed_examples harus berupa daftar.</translation>
    </message>
    <message>
        <source>%1 must be a mapping.</source>
        <translation>%1 harus berupa pemetaan.</translation>
    </message>
    <message>
        <source>%1.questions_and_answers must be a list.</source>
        <translation>%1.questions_and_answers harus berupa daftar.</translation>
    </message>
    <message>
        <source>%1 must be a mapping (question, answer).</source>
        <translation>%1 harus berupa pemetaan (question, answer).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 bukan folder.</translation>
    </message>
    <message>
        <source>%1 has no qna.yaml files: it is not an InstructLab taxonomy.</source>
        <translation>%1 tidak memiliki berkas qna.yaml: ini bukan taksonomi InstructLab.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 lebih besar dari %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1: its documents are in %2, which is not on this machine; nothing is downloaded. Clone it next to the taxonomy (or name a local folder) and import again to add them; the seed examples&apos; contexts were added instead.</source>
        <translation>%1: dokumennya ada di %2, yang tidak ada di mesin ini; tidak ada yang diunduh. Klon repositori tersebut di samping taksonomi (atau sebutkan folder lokal) lalu impor lagi untuk menambahkannya; sebagai gantinya, konteks contoh seed telah ditambahkan.</translation>
    </message>
    <message>
        <source>%1: %2 files match its patterns; the first %3 were read.</source>
        <translation>%1: %2 berkas cocok dengan polanya; %3 berkas pertama telah dibaca.</translation>
    </message>
    <message>
        <source>%1: no file in %2 matches its patterns (%3).</source>
        <translation>%1: tidak ada berkas di %2 yang cocok dengan polanya (%3).</translation>
    </message>
    <message>
        <source>%1: the documents were read as they are in %2, whatever its checked-out commit (the taxonomy names %3).</source>
        <translation>%1: dokumen dibaca sebagaimana adanya di %2, apa pun commit yang sedang di-checkout (taksonomi menyebut %3).</translation>
    </message>
    <message>
        <source>%1 (seed contexts)</source>
        <translation>%1 (konteks seed)</translation>
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
    <name>TemplateSet</name>
    <message>
        <source>The %1 template is not part of this run.</source>
        <translation>Templat %1 bukan bagian dari proses ini.</translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>Templat %1 tidak dapat dirender: %2</translation>
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
    <message>
        <source>The rubric&apos;s name.</source>
        <translation>Nama rubrik.</translation>
    </message>
    <message>
        <source>The lowest score of the scale.</source>
        <translation>Skor terendah pada skala.</translation>
    </message>
    <message>
        <source>The highest score of the scale.</source>
        <translation>Skor tertinggi pada skala.</translation>
    </message>
    <message>
        <source>What the judge looks for, as the user wrote it.</source>
        <translation>Apa yang dicari juri, sebagaimana ditulis pengguna.</translation>
    </message>
    <message>
        <source>Example instructions the new one is modelled on.</source>
        <translation>Contoh instruksi yang menjadi acuan instruksi baru.</translation>
    </message>
    <message>
        <source>Add a constraint or requirement.</source>
        <translation>Tambahkan batasan atau persyaratan.</translation>
    </message>
    <message>
        <source>Ask about the subject in more depth.</source>
        <translation>Tanyakan pokok bahasan secara lebih mendalam.</translation>
    </message>
    <message>
        <source>Replace general ideas with concrete cases.</source>
        <translation>Ganti gagasan umum dengan kasus konkret.</translation>
    </message>
    <message>
        <source>Require several steps of reasoning.</source>
        <translation>Tuntut beberapa langkah penalaran.</translation>
    </message>
    <message>
        <source>Write a new instruction of the same domain.</source>
        <translation>Tulis instruksi baru dari domain yang sama.</translation>
    </message>
    <message>
        <source>The instruction to evolve.</source>
        <translation>Instruksi yang akan dikembangkan.</translation>
    </message>
    <message>
        <source>The direction drawn for this evolution: one field is true.</source>
        <translation>Arah yang diundi untuk pengembangan ini: satu bidang bernilai true.</translation>
    </message>
    <message>
        <source>Which evolution of the original instruction this is, from 1.</source>
        <translation>Pengembangan keberapa dari instruksi asli ini, mulai dari 1.</translation>
    </message>
    <message>
        <source>The answer to check against the chunk.</source>
        <translation>Jawaban yang diperiksa terhadap potongan.</translation>
    </message>
    <message>
        <source>The response&apos;s text.</source>
        <translation>Teks respons.</translation>
    </message>
    <message>
        <source>The responses to rank, in the order they are numbered.</source>
        <translation>Respons yang akan diperingkat, sesuai urutan nomornya.</translation>
    </message>
    <message>
        <source>The rubric the judge ranks by.</source>
        <translation>Rubrik yang dipakai juri untuk memeringkat.</translation>
    </message>
    <message>
        <source>How many queries to write.</source>
        <translation>Berapa banyak kueri yang ditulis.</translation>
    </message>
    <message>
        <source>The search query the chunk may or may not answer.</source>
        <translation>Kueri pencarian yang mungkin dijawab atau tidak dijawab potongan.</translation>
    </message>
    <message>
        <source>The rubric to score on.</source>
        <translation>Rubrik untuk memberi skor.</translation>
    </message>
    <message>
        <source>When one turn is judged: the answer to score; empty when the whole conversation is.</source>
        <translation>Jika satu giliran dinilai: jawaban yang diberi skor; kosong jika seluruh percakapan yang dinilai.</translation>
    </message>
</context>
<context>
    <name>VerdictReader</name>
    <message>
        <source>The judge&apos;s reply holds no JSON: %1</source>
        <translation>Balasan juri tidak berisi JSON: %1</translation>
    </message>
    <message>
        <source>The judge&apos;s reply is JSON but not an object {…}.</source>
        <translation>Balasan juri berupa JSON tetapi bukan objek {…}.</translation>
    </message>
    <message>
        <source>The judge&apos;s &quot;score&quot; is not a number.</source>
        <translation>&quot;score&quot; juri bukan angka.</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;score&quot;.</source>
        <translation>Balasan juri tidak memiliki &quot;score&quot;.</translation>
    </message>
    <message>
        <source>The judge&apos;s score %1 is outside the rubric&apos;s scale (%2 to %3).</source>
        <translation>Skor juri %1 berada di luar skala rubrik (%2 hingga %3).</translation>
    </message>
    <message>
        <source>The judge&apos;s &quot;%1&quot; is not true or false.</source>
        <translation>&quot;%1&quot; juri bukan true atau false.</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;%1&quot;.</source>
        <translation>Balasan juri tidak memiliki &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;ranking&quot; list.</source>
        <translation>Balasan juri tidak memiliki daftar &quot;ranking&quot;.</translation>
    </message>
    <message>
        <source>The judge&apos;s ranking must name each response from 1 to %1 once.</source>
        <translation>Peringkat juri harus menyebut setiap respons dari 1 hingga %1 tepat sekali.</translation>
    </message>
    <message>
        <source>The reply holds no JSON: %1</source>
        <translation>Balasan tidak berisi JSON: %1</translation>
    </message>
    <message>
        <source>The reply is not a JSON list of texts.</source>
        <translation>Balasan bukan daftar teks JSON.</translation>
    </message>
    <message>
        <source>The reply&apos;s list holds no text.</source>
        <translation>Daftar balasan tidak berisi teks.</translation>
    </message>
</context>
<context>
    <name>YamlMessages</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, baris %2, kolom %3</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 harus berupa teks.</translation>
    </message>
    <message>
        <source>%1 must be a list of texts.</source>
        <translation>%1 harus berupa daftar teks.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
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
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Leave out the system prompt.</source>
        <translation>Hilangkan prompt sistem.</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output wajib diisi</translation>
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
    <message numerus="yes">
        <source>%n refusal(s) or boilerplate</source>
        <translation>
            <numerusform>%n penolakan atau kalimat baku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty or truncated</source>
        <translation>
            <numerusform>%n kosong atau terpotong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the wrong language</source>
        <translation>
            <numerusform>%n dalam bahasa yang salah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too short</source>
        <translation>
            <numerusform>%n terlalu pendek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <translation>
            <numerusform>%n terlalu panjang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judged below %1</source>
        <translation>
            <numerusform>%n dinilai di bawah %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplikat</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the samples the quality filters, the judge threshold and duplicate detection would leave out.</source>
        <translation>Sertakan sampel yang akan dikecualikan oleh filter kualitas, ambang juri, dan deteksi duplikat.</translation>
    </message>
    <message>
        <source>The project is read-only: samples not checked yet are not filtered.</source>
        <translation>Proyek hanya-baca: sampel yang belum diperiksa tidak disaring.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n by the quality settings: %1 (--all includes them).</source>
        <translation>
            <numerusform>%n dikecualikan oleh pengaturan kualitas: %1 (--all menyertakannya).</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds exact and near duplicates among the project&apos;s complete samples, as the studio does in the background: new and changed samples are signed, then every sample is compared with the ones before it. Prints how many samples there are, how many duplicates and in how many groups.</source>
        <translation>Menemukan duplikat persis dan hampir duplikat di antara sampel lengkap proyek, seperti yang dilakukan studio di latar belakang: sampel baru dan yang berubah ditandatangani, lalu setiap sampel dibandingkan dengan sampel sebelumnya. Mencetak jumlah sampel, jumlah duplikat, dan dalam berapa kelompok.</translation>
    </message>
    <message>
        <source>The project file (*.dialogsmith).</source>
        <translation>Berkas proyek (*.dialogsmith).</translation>
    </message>
    <message>
        <source>Similarity from which two samples are near duplicates, 0.3 to 1 (default: the project&apos;s, quality.duplicates.threshold). Not saved in the project.</source>
        <translation>Kemiripan mulai dari mana dua sampel dianggap hampir duplikat, 0.3 hingga 1 (bawaan: milik proyek, quality.duplicates.threshold). Tidak disimpan di proyek.</translation>
    </message>
    <message>
        <source>--threshold is a number from 0.3 to 1, not &quot;%1&quot;.</source>
        <translation>--threshold adalah angka dari 0.3 hingga 1, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be written; duplicates are kept in the project file.</source>
        <translation>%1 tidak dapat ditulis; duplikat disimpan di berkas proyek.</translation>
    </message>
    <message>
        <source>Signing samples: %1 of %2</source>
        <translation>Menandatangani sampel: %1 dari %2</translation>
    </message>
    <message>
        <source>Comparing samples: %1 of %2</source>
        <translation>Membandingkan sampel: %1 dari %2</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>Sampel: %1</translation>
    </message>
    <message>
        <source>Exact duplicates: %1</source>
        <translation>Duplikat persis: %1</translation>
    </message>
    <message>
        <source>Near duplicates: %1 (similarity ≥ %2)</source>
        <translation>Hampir duplikat: %1 (kemiripan ≥ %2)</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Kelompok: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) signed in %1 s.</source>
        <translation>
            <numerusform>%n sampel ditandatangani dalam %1 dtk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample %1 dropped: %2</source>
        <translation>Sampel %1 dibuang: %2</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 is complete, but %n sample(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>Proses %1 selesai, tetapi %n sampel gagal; &quot;generate --retry-failed&quot; mencobanya ulang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generates samples into a project: conversations, or the samples of another mode. An unfinished run is resumed; otherwise a new run starts.</source>
        <translation>Menghasilkan sampel ke dalam proyek: percakapan, atau sampel dari mode lain. Proses yang belum selesai dilanjutkan; jika tidak, proses baru dimulai.</translation>
    </message>
    <message>
        <source>What a new run makes: conversation, instruction, evol, knowledge-qa, preference or embedding (default: the project&apos;s mode).</source>
        <translation>Apa yang dibuat proses baru: conversation, instruction, evol, knowledge-qa, preference, atau embedding (bawaan: mode proyek).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>How many samples a new run plans (evol: instructions to evolve).</source>
        <translation>Berapa banyak sampel yang direncanakan proses baru (evol: instruksi yang akan dikembangkan).</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; the modes are %2.</source>
        <translation>--mode: &quot;%1&quot; bukan mode; mode yang ada adalah %2.</translation>
    </message>
    <message>
        <source>--mode and --retry-failed exclude each other: retrying resumes the last run as it was</source>
        <translation>--mode dan --retry-failed saling meniadakan: mencoba ulang melanjutkan proses terakhir apa adanya</translation>
    </message>
    <message>
        <source>Judges the project&apos;s complete samples on a rubric: a judge model scores each and says why. Samples already judged on the rubric are left alone unless --again is given.</source>
        <translation>Menilai sampel lengkap proyek berdasarkan rubrik: model juri memberi skor masing-masing dan menjelaskan alasannya. Sampel yang sudah dinilai dengan rubrik tersebut dibiarkan kecuali --again diberikan.</translation>
    </message>
    <message>
        <source>The rubric to score on (default: the project&apos;s).</source>
        <translation>Rubrik untuk memberi skor (bawaan: milik proyek).</translation>
    </message>
    <message>
        <source>The provider profile that judges (default: the project&apos;s).</source>
        <translation>Profil penyedia yang menilai (bawaan: milik proyek).</translation>
    </message>
    <message>
        <source>Score each assistant turn instead of the whole sample.</source>
        <translation>Beri skor setiap giliran asisten, bukan seluruh sampel.</translation>
    </message>
    <message>
        <source>Judge again the samples already judged on the rubric.</source>
        <translation>Nilai ulang sampel yang sudah dinilai dengan rubrik tersebut.</translation>
    </message>
    <message>
        <source>Samples judged at once.</source>
        <translation>Sampel yang dinilai sekaligus.</translation>
    </message>
    <message>
        <source>judge takes one project; see --help</source>
        <translation>judge menerima satu proyek; lihat --help</translation>
    </message>
    <message>
        <source>%1 does not exist; create it with &quot;dialogsmith-cli new&quot;.</source>
        <translation>%1 tidak ada; buat dengan &quot;dialogsmith-cli new&quot;.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3</source>
        <translation>Membaca %1: halaman %2 dari %3</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Skipped %1: its text is already a document of the project.</source>
        <translation>%1 dilewati: teksnya sudah menjadi dokumen proyek.</translation>
    </message>
    <message>
        <source>Added %1 (%2 characters).</source>
        <translation>%1 ditambahkan (%2 karakter).</translation>
    </message>
    <message>
        <source>Cutting documents into chunks: %1 of %2</source>
        <translation>Memotong dokumen menjadi potongan: %1 dari %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>%n dokumen ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s documents have %n chunk(s).</source>
        <translation>
            <numerusform>Dokumen proyek memiliki %n potongan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n berkas tidak dapat diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a project&apos;s samples in a trainer&apos;s format. Samples the project&apos;s quality settings catch (filter rules, judge threshold, duplicates) are left out unless --all is given; rejected, failed and dropped samples never are written. With --split or --card the output is a folder (train, validation, README.md).
Formats: openai, sharegpt, alpaca (conversation, instruction, evol, knowledge-qa and preference samples), turns (one line per answer with its document), csv (one row per sample), dpo and dpo-text (preference samples), triplets (embedding samples).</source>
        <translation>Menulis sampel proyek dalam format pelatih. Sampel yang tertangkap pengaturan kualitas proyek (aturan filter, ambang juri, duplikat) dikecualikan kecuali --all diberikan; sampel yang ditolak, gagal, dan dibuang tidak pernah ditulis. Dengan --split atau --card, keluarannya berupa folder (train, validation, README.md).
Format: openai, sharegpt, alpaca (sampel conversation, instruction, evol, knowledge-qa, dan preference), turns (satu baris per jawaban beserta dokumennya), csv (satu baris per sampel), dpo dan dpo-text (sampel preference), triplets (sampel embedding).</translation>
    </message>
    <message>
        <source>openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv.</source>
        <translation>openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns, atau csv.</translation>
    </message>
    <message>
        <source>The file to write (a folder with --split or --card).</source>
        <translation>Berkas yang akan ditulis (folder jika dengan --split atau --card).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>jalur</translation>
    </message>
    <message>
        <source>Only samples approved in curation.</source>
        <translation>Hanya sampel yang disetujui saat kurasi.</translation>
    </message>
    <message>
        <source>Only these samples (comma-separated ids).</source>
        <translation>Hanya sampel ini (id dipisahkan koma).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Leave out samples a judge scored below this (on the project&apos;s rubric; unjudged samples are kept).</source>
        <translation>Kecualikan sampel yang diberi skor juri di bawah nilai ini (pada rubrik proyek; sampel yang belum dinilai tetap disertakan).</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skor</translation>
    </message>
    <message>
        <source>Add each sample&apos;s id, mode, topic, personas, document, judge score and models (a &quot;metadata&quot; object; CSV: columns).</source>
        <translation>Tambahkan id, mode, topik, persona, dokumen, skor juri, dan model setiap sampel (objek &quot;metadata&quot;; CSV: kolom).</translation>
    </message>
    <message>
        <source>dpo: &quot;each&quot; (a record per rejected response, the default) or &quot;best-worst&quot; (the chosen answer against the worst one).</source>
        <translation>dpo: &quot;each&quot; (satu rekaman per respons yang ditolak, bawaan) atau &quot;best-worst&quot; (jawaban terpilih melawan yang terburuk).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>triplets: leave out the easy negatives.</source>
        <translation>triplets: kecualikan negatif mudah.</translation>
    </message>
    <message>
        <source>Write the samples in a random order (see --seed).</source>
        <translation>Tulis sampel dalam urutan acak (lihat --seed).</translation>
    </message>
    <message>
        <source>Split into train and validation: the share of samples in train, between 0 and 1 (for example 0.9).</source>
        <translation>Bagi menjadi pelatihan dan validasi: bagian sampel untuk pelatihan, antara 0 dan 1 (misalnya 0.9).</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>rasio</translation>
    </message>
    <message>
        <source>With --split: take the validation share from each topic.</source>
        <translation>Dengan --split: ambil bagian validasi dari setiap topik.</translation>
    </message>
    <message>
        <source>The seed of --shuffle and --split (default 1).</source>
        <translation>Seed untuk --shuffle dan --split (bawaan 1).</translation>
    </message>
    <message>
        <source>Also write a Hugging Face dataset card (README.md) that says how the data was made.</source>
        <translation>Tulis juga kartu dataset Hugging Face (README.md) yang menjelaskan cara data dibuat.</translation>
    </message>
    <message>
        <source>The card&apos;s licence id (default &quot;other&quot;).</source>
        <translation>Id lisensi kartu (bawaan &quot;other&quot;).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The card&apos;s language code (default &quot;en&quot;; repeatable).</source>
        <translation>Kode bahasa kartu (bawaan &quot;en&quot;; dapat diulang).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Print the first N records to the standard output and what an export would write; write no file.</source>
        <translation>Cetak N rekaman pertama ke keluaran standar beserta apa yang akan ditulis ekspor; tidak menulis berkas apa pun.</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;: use openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv</source>
        <translation>--format tidak dikenal &quot;%1&quot;: gunakan openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns, atau csv</translation>
    </message>
    <message>
        <source>--format is required: openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv</source>
        <translation>--format wajib diisi: openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns, atau csv</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a sample id</source>
        <translation>--ids: &quot;%1&quot; bukan id sampel</translation>
    </message>
    <message>
        <source>--ids names no sample</source>
        <translation>--ids tidak menyebut sampel apa pun</translation>
    </message>
    <message>
        <source>--pairs must be each or best-worst, not &quot;%1&quot;</source>
        <translation>--pairs harus each atau best-worst, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--seed harus berupa bilangan bulat 0 atau lebih, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--split must be the share of samples in train, between 0 and 1 (for example 0.9), not &quot;%1&quot;</source>
        <translation>--split harus berupa bagian sampel untuk pelatihan, antara 0 dan 1 (misalnya 0.9), bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--stratify needs --split</source>
        <translation>--stratify memerlukan --split</translation>
    </message>
    <message>
        <source>--license and --language are for the card: add --card</source>
        <translation>--license dan --language untuk kartu: tambahkan --card</translation>
    </message>
    <message>
        <source>--min-score must be a number, not &quot;%1&quot;</source>
        <translation>--min-score harus berupa angka, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--preview must be a number of records, not &quot;%1&quot;</source>
        <translation>--preview harus berupa jumlah rekaman, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An export would write %1 from %2.</source>
        <translation>Ekspor akan menulis %1 dari %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sampel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 sample(s) skipped: %2 does not take them.</source>
        <translation>
            <numerusform>%n sampel %1 dilewati: %2 tidak menerimanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quality settings leave out %n: %1.</source>
        <translation>
            <numerusform>Pengaturan kualitas mengecualikan %n: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 from %2 to %3.</source>
        <translation>%1 dari %2 ditulis ke %3.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n record(s)</source>
        <translation>
            <numerusform>  %1: %n rekaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n sample(s): %1.</source>
        <translation>
            <numerusform>%n sampel dilewati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>Membaca %1: %2%</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad line(s); nothing was imported. Fix them, or import the rest with --skip-bad-lines:</source>
        <translation>
            <numerusform>%1 memiliki %n baris tidak valid; tidak ada yang diimpor. Perbaiki baris tersebut, atau impor sisanya dengan --skip-bad-lines:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad line(s) of %1:</source>
        <translation>
            <numerusform>%n baris tidak valid dari %1 dilewati:</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 samples from %2 (%3): %4 conversations, %5 instructions.</source>
        <translation>%1 sampel diimpor dari %2 (%3): %4 percakapan, %5 instruksi.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into the design; nothing was changed:</source>
        <translation>%1 tidak dapat digabungkan ke rancangan; tidak ada yang diubah:</translation>
    </message>
    <message>
        <source>Nothing new: the design already has everything in %1.</source>
        <translation>Tidak ada yang baru: rancangan sudah memiliki semua isi %1.</translation>
    </message>
    <message>
        <source>Added to the design: %1.</source>
        <translation>Ditambahkan ke rancangan: %1.</translation>
    </message>
    <message>
        <source>Adds documents, datasets or designs to a project.
Documents: text, Markdown, HTML and PDF files, each titled by its file name; a file whose text is already a document of the project is skipped; afterwards the documents are cut into chunks and indexed.
Datasets: JSONL files in the openai (messages), sharegpt (conversations) or alpaca (instruction, input, output, history) shape, the format found from the first record; each record becomes a sample of an import run (a conversation, or an instruction when it has one exchange). A file with bad lines is not imported unless --skip-bad-lines is given.
Designs: an InstructLab taxonomy folder (qna.yaml files: seeds, topics, documents) or an Auto Data Fountain folder (setup.yaml and diagram.mermaid: personas, templates, Evol-Instruct directions, a scenario), merged into the project&apos;s design.
Without --as, a folder with setup.yaml is an Auto Data Fountain folder, a folder with qna.yaml files a taxonomy, a .jsonl file a dataset and any other file a document.</source>
        <translation>Menambahkan dokumen, dataset, atau rancangan ke proyek.
Dokumen: berkas teks, Markdown, HTML, dan PDF, masing-masing berjudul sesuai nama berkasnya; berkas yang teksnya sudah menjadi dokumen proyek dilewati; setelah itu dokumen dipotong menjadi potongan dan diindeks.
Dataset: berkas JSONL dalam bentuk openai (messages), sharegpt (conversations), atau alpaca (instruction, input, output, history), dengan format yang ditentukan dari rekaman pertama; setiap rekaman menjadi sampel dari proses impor (percakapan, atau instruksi jika hanya memiliki satu giliran). Berkas dengan baris tidak valid tidak diimpor kecuali --skip-bad-lines diberikan.
Rancangan: folder taksonomi InstructLab (berkas qna.yaml: instruksi seed, topik, dokumen) atau folder Auto Data Fountain (setup.yaml dan diagram.mermaid: persona, templat, arah Evol-Instruct, skenario), yang digabungkan ke rancangan proyek.
Tanpa --as, folder berisi setup.yaml dianggap folder Auto Data Fountain, folder berisi berkas qna.yaml dianggap taksonomi, berkas .jsonl dianggap dataset, dan berkas lainnya dianggap dokumen.</translation>
    </message>
    <message>
        <source>The files or folders to read.</source>
        <translation>Berkas atau folder yang akan dibaca.</translation>
    </message>
    <message>
        <source>What the files are: documents, openai, sharegpt, alpaca, dataset (a JSONL dataset of any of the three), instructlab or fountain.</source>
        <translation>Jenis berkas: documents, openai, sharegpt, alpaca, dataset (dataset JSONL dalam salah satu dari ketiga bentuk itu), instructlab, atau fountain.</translation>
    </message>
    <message>
        <source>Import a dataset&apos;s good records even when some lines are bad (they are listed).</source>
        <translation>Impor rekaman yang valid dari dataset meskipun ada baris yang tidak valid (baris tersebut dicantumkan).</translation>
    </message>
    <message>
        <source>--as %1: use documents, openai, sharegpt, alpaca, dataset, instructlab or fountain.</source>
        <translation>--as %1: gunakan documents, openai, sharegpt, alpaca, dataset, instructlab, atau fountain.</translation>
    </message>
    <message>
        <source>%1 is a folder with neither a setup.yaml (Auto Data Fountain) nor qna.yaml files (InstructLab taxonomy).</source>
        <translation>%1 adalah folder yang tidak berisi setup.yaml (Auto Data Fountain) maupun berkas qna.yaml (taksonomi InstructLab).</translation>
    </message>
    <message>
        <source>%1 cannot be written; nothing was imported.</source>
        <translation>%1 tidak dapat ditulisi; tidak ada yang diimpor.</translation>
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
        <translation>Penggunaan: dialogsmith-cli PERINTAH [opsi]
Dialogsmith tanpa layar: mesin studio untuk proses batch.

Perintah:
  new PROJECT [--spec SPEC.json]        membuat proyek, kosong atau dari spesifikasi
  spec export PROJECT [--output FILE]   menulis rancangan proyek sebagai spesifikasi JSON
  spec import PROJECT SPEC.json         mengganti rancangan proyek dengan spesifikasi
  generate PROJECT [options]            menghasilkan sampel (--mode); melanjutkan proses yang belum selesai
  judge PROJECT [options]               memberi skor sampel berdasarkan rubrik dengan model juri
  export PROJECT --format F --output PATH   menulis dataset untuk pelatihan (format: export --help)
  providers list|test PROJECT           menampilkan atau menguji profil penyedia
  import PROJECT FILE... [--as KIND]    menambahkan dokumen (teks, Markdown, HTML, PDF), dataset
                                        JSONL (openai, sharegpt, alpaca), atau rancangan
                                        (taksonomi InstructLab, folder Auto Data Fountain)
  dedup PROJECT [--threshold X]         menemukan duplikat persis dan hampir duplikat di antara sampel

PERINTAH --help menjelaskan opsi sebuah perintah.
Kode keluar: 0 selesai, 1 gagal, 2 kesalahan penggunaan, 3 terputus tetapi dapat dilanjutkan.

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
