<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActivityPane</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/activity.py" line="+56"/>
        <location line="+4"/>
        <location line="+33"/>
        <source>All activity</source>
        <translation>Semua aktivitas</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+60"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Open card</source>
        <translation>Buka kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interactions yet. Open a contact and log what you talked about.</source>
        <translation>Belum ada interaksi. Buka sebuah kontak lalu catat apa yang Anda bicarakan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit the interaction</source>
        <translation>Sunting interaksi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
</context>
<context>
    <name>AddressBookPage</name>
    <message>
        <location filename="../../src/netjournal/ui/settings/addressbook.py" line="+69"/>
        <source>NetJournal keeps one vCard file per contact in this folder; vdirsyncer syncs the folder with your address book (Nextcloud, iCloud, Fastmail, Radicale…). The journal&apos;s own notes and timeline stay on this computer.</source>
        <translation>NetJournal menyimpan satu berkas vCard per kontak di folder ini; vdirsyncer menyinkronkan folder itu dengan buku alamat Anda (Nextcloud, iCloud, Fastmail, Radicale…). Catatan dan linimasa jurnal tetap di komputer ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No folder: the address book is not synced</source>
        <translation>Tanpa folder: buku alamat tidak disinkronkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 (older address books)</source>
        <translation>vCard 3.0 (buku alamat lama)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put my notes about each person on their card</source>
        <translation>Sertakan catatan saya tentang setiap orang di kartunya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archived: their cards were deleted from the address book; their journal is kept. Restore one to write its card again.</source>
        <translation>Diarsipkan: kartunya dihapus dari buku alamat; jurnalnya disimpan. Pulihkan satu untuk menulis kartunya lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address book</source>
        <translation>Buku alamat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address-book folder</source>
        <translation>Folder buku alamat</translation>
    </message>
</context>
<context>
    <name>AddressBookSync</name>
    <message>
        <location filename="../../src/netjournal/ui/addressbook_sync.py" line="+97"/>
        <source>Address book: no folder chosen (Edit &gt; Settings)</source>
        <translation>Buku alamat: belum ada folder yang dipilih (Sunting &gt; Pengaturan)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address book: not synced: %1</source>
        <translation>Buku alamat: tidak disinkronkan: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address book: syncing… (%1 cards so far)</source>
        <translation>Buku alamat: menyinkronkan… (%1 kartu sejauh ini)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address book: the folder %1 does not exist</source>
        <translation>Buku alamat: folder %1 tidak ada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address book: %1 is a file, not a folder</source>
        <translation>Buku alamat: %1 adalah berkas, bukan folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address book: the folder %1 cannot be read</source>
        <translation>Buku alamat: folder %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new %1</source>
        <translation>baru %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated %1</source>
        <translation>diperbarui %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived %1</source>
        <translation>diarsipkan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflicts %1 (the journal&apos;s values kept)</source>
        <translation>konflik %1 (nilai jurnal dipertahankan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards written %1</source>
        <translation>kartu ditulis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address book synced: %1</source>
        <translation>Buku alamat disinkronkan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address book synced: nothing changed</source>
        <translation>Buku alamat disinkronkan: tidak ada perubahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cards that cannot be read: %1)</source>
        <translation>(kartu yang tidak dapat dibaca: %1)</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <location filename="../../src/netjournal/ui/safety.py" line="+97"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal is replaced by the backup you choose; the journal as it is now is kept beside it.</source>
        <translation>Jurnal diganti dengan cadangan yang Anda pilih; jurnal yang sekarang disimpan di sebelahnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <location filename="../../src/netjournal/ui/contactlist/bulk.py" line="+79"/>
        <source>&amp;Add tags…</source>
        <translation>&amp;Tambah tag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove tags…</source>
        <translation>&amp;Hapus tag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set keep-in-touch &amp;cadence…</source>
        <translation>Atur &amp;frekuensi kontak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the tie strength&apos;s &amp;default cadence</source>
        <translation>Pakai frekuensi &amp;bawaan kekuatan hubungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Let go of their follow-ups</source>
        <translation>&amp;Lepaskan tindak lanjut mereka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close every open follow-up of these contacts without doing it</source>
        <translation>Tutup semua tindak lanjut terbuka kontak-kontak ini tanpa mengerjakannya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 contact selected</source>
        <translation>1 kontak dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts selected</source>
        <translation>%1 kontak dipilih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set &amp;tie strength</source>
        <translation>Atur &amp;kekuatan hubungan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 contact</source>
        <translation>1 kontak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contacts</source>
        <translation>%1 kontak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add %1 to %2</source>
        <translation>Tambahkan %1 ke %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1 from %2</source>
        <translation>Hapus %1 dari %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the tie strength of %1 to %2</source>
        <translation>Atur kekuatan hubungan %1 menjadi %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the default cadence for %1</source>
        <translation>Pakai frekuensi bawaan untuk %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in touch with %1 every %2 days</source>
        <translation>Hubungi %1 setiap %2 hari</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let go of the follow-ups of %1</source>
        <translation>Lepaskan tindak lanjut %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add tags</source>
        <translation>Tambah tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to add to %1 (separated by commas):</source>
        <translation>Tag yang ditambahkan ke %1 (pisahkan dengan koma):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These contacts have no tags.</source>
        <translation>Kontak-kontak ini tidak punya tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove a tag</source>
        <translation>Hapus tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to remove from %1:</source>
        <translation>Tag yang dihapus dari %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep-in-touch cadence</source>
        <translation>Frekuensi kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch with %1 every how many days?</source>
        <translation>Hubungi %1 setiap berapa hari?</translation>
    </message>
</context>
<context>
    <name>CadenceSpin</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/fields.py" line="+132"/>
        <source>every </source>
        <translation>setiap </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default: every %1 days</source>
        <translation>Bawaan: setiap %1 hari</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/card_form.py" line="+134"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name, as they write it</source>
        <translation>Nama lengkap, sesuai cara dia menulisnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Product Manager</source>
        <translation>mis. Product Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact details</source>
        <translation>Detail kontak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How we met</source>
        <translation>Cara kami bertemu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. sat next to each other at a talk</source>
        <translation>mis. duduk bersebelahan di sebuah seminar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who introduced us? Type a name…</source>
        <translation>Siapa yang memperkenalkan kami? Ketik nama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Bagaimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At event</source>
        <translation>Di acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced by</source>
        <translation>Diperkenalkan oleh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tie strength</source>
        <translation>Kekuatan ikatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch</source>
        <translation>Jaga hubungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What they care about</source>
        <translation>Hal yang penting baginya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work, hobbies, causes…</source>
        <translation>Pekerjaan, hobi, hal yang diperjuangkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner, children, pets…</source>
        <translation>Pasangan, anak, hewan peliharaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their news, what they asked you, a favourite place…</source>
        <translation>Kabar terbarunya, hal yang dia tanyakan kepada Anda, tempat favorit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember</source>
        <translation>Untuk diingat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Anything else worth keeping.</source>
        <translation>Hal lain yang perlu disimpan.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>A contact needs a name.</source>
        <translation>Kontak harus punya nama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick who introduced you from the list of matches, or clear the “Introduced by” field.</source>
        <translation>Pilih orang yang memperkenalkan Anda dari daftar yang cocok, atau kosongkan kolom “Diperkenalkan oleh”.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp *.bmp *.gif);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/header.py" line="+84"/>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the card and save it (Ctrl+S).</source>
        <translation>Isi kartunya lalu simpan (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 tie, keep in touch every %2 days</source>
        <translation>Ikatan: %1, hubungi setiap %2 hari</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Met at %1 on %2</source>
        <translation>Bertemu di %1 pada %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met at %1</source>
        <translation>Bertemu di %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Met on %1</source>
        <translation>Bertemu pada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduced by %1</source>
        <translation>Diperkenalkan oleh %1</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../src/netjournal/ui/connect.py" line="+154"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the database server %1 was lost. Nothing you typed is lost: your unsaved edits stay in the form; save them once the server is back (Retry reconnects).</source>
        <translation>Sambungan ke server basis data %1 terputus. Tidak ada ketikan Anda yang hilang: suntingan yang belum disimpan tetap ada di formulir; simpan setelah server kembali (Coba lagi menyambung ulang).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>ContactFollowUps</name>
    <message>
        <location filename="../../src/netjournal/ui/today/card.py" line="+138"/>
        <source>Nothing open. Set a reminder below.</source>
        <translation>Tidak ada yang terbuka. Buat pengingat di bawah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-ups done or let go, and the tries of past outreach, show here.</source>
        <translation>Tindak lanjut yang selesai atau dilepas, dan upaya penjangkauan sebelumnya, tampil di sini.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind me to… (e.g. send the article)</source>
        <translation>Ingatkan saya untuk… (mis. mengirim artikel itu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New follow-up</source>
        <translation>Tindak lanjut baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>Jatuh tempo pada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add follow-up</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+53"/>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+52"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up added.</source>
        <translation>Tindak lanjut ditambahkan.</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../src/netjournal/ui/contactlist/model.py" line="+77"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>last contact: %1</source>
        <translation>kontak terakhir: %1</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>(deleted)</source>
        <translation>(dihapus)</translation>
    </message>
</context>
<context>
    <name>ContactListPane</name>
    <message>
        <location filename="../../src/netjournal/ui/contactlist/pane.py" line="+61"/>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clear search and filters</source>
        <translation>Hapus pencarian dan filter</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Nobody matches “%1”.</source>
        <translation>Tidak ada yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody matches these filters.</source>
        <translation>Tidak ada yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts yet.</source>
        <translation>Belum ada kontak.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/panel.py" line="+91"/>
        <source>Choose someone from the list, or create a new contact (Ctrl+N).</source>
        <translation>Pilih seseorang dari daftar, atau buat kontak baru (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log interaction…</source>
        <translation>Catat interaksi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the card (Ctrl+S)</source>
        <translation>Simpan kartu (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+269"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>What I can offer</source>
        <translation>Apa yang bisa saya tawarkan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save card</source>
        <translation>Simpan kartu</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>this new contact</source>
        <translation>kontak baru ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to %1?</source>
        <translation>Simpan perubahan pada %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you don&apos;t save, your edits to the card are lost.</source>
        <translation>Jika tidak disimpan, perubahan Anda pada kartu ini akan hilang.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Timeline (%1)</source>
        <translation>Linimasa (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NetJournal</source>
        <translation>NetJournal</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/pickers.py" line="+55"/>
        <source>Type a name to search…</source>
        <translation>Ketik nama untuk mencari…</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/requests/picker.py" line="+94"/>
        <source>Type a name</source>
        <translation>Ketik nama</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>new contact</source>
        <translation>kontak baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact is called “%1” yet: saving adds them.</source>
        <translation>Belum ada kontak bernama “%1”: menyimpan akan menambahkannya.</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/safety.py" line="+26"/>
        <source>The journal is damaged and cannot be used safely:
%1</source>
        <translation>Jurnal rusak dan tidak aman dipakai:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest good backup is from %1, with %2 contacts.</source>
        <translation>Cadangan baik terbaru dari %1, berisi %2 kontak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no verified backup of it.</source>
        <translation>Belum ada cadangan yang sudah diperiksa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file is kept beside the journal; nothing is deleted.</source>
        <translation>Berkas yang rusak disimpan di sebelah jurnal; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the newest backup</source>
        <translation>Pulihkan cadangan terbaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another backup…</source>
        <translation>Pilih cadangan lain…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/details_editor.py" line="+79"/>
        <source>Kind of detail</source>
        <translation>Jenis detail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this detail</source>
        <translation>Hapus detail ini</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No email, phone or link yet.</source>
        <translation>Belum ada email, telepon, atau tautan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add detail</source>
        <translation>Tambah detail</translation>
    </message>
</context>
<context>
    <name>DueListView</name>
    <message>
        <location filename="../../src/netjournal/ui/today/listview.py" line="+118"/>
        <source>Follow-up lists</source>
        <translation>Daftar tindak lanjut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done (or: they replied)</source>
        <translation>Selesai (atau: mereka membalas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze until tomorrow</source>
        <translation>Tunda sampai besok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze for a week</source>
        <translation>Tunda seminggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the contact&apos;s card</source>
        <translation>Buka kartu kontak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Menu of the row&apos;s actions</source>
        <translation>Menu tindakan baris</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a week</source>
        <translation>Seminggu lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a date…</source>
        <translation>Pilih tanggal…</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupsModel</name>
    <message>
        <location filename="../../src/netjournal/ui/duplicates/model.py" line="+34"/>
        <source>the same email %1</source>
        <translation>email yang sama %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same LinkedIn profile %1</source>
        <translation>profil LinkedIn yang sama %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same phone +%1</source>
        <translation>nomor telepon yang sama +%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same name</source>
        <translation>nama yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a similar name at the same company</source>
        <translation>nama yang mirip di perusahaan yang sama</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/duplicates/dialog.py" line="+46"/>
        <location line="+142"/>
        <source>Find duplicates</source>
        <translation>Cari duplikat</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Probable duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and &amp;merge…</source>
        <translation>Bandingkan dan &amp;gabungkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a group of two, or two people of a group, then compare them side by side</source>
        <translation>Pilih kelompok berisi dua orang, atau dua orang dari satu kelompok, lalu bandingkan berdampingan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>These contacts look like one person entered more than once. Choose two of them and compare them side by side.</source>
        <translation>Kontak-kontak ini tampaknya satu orang yang dicatat lebih dari sekali. Pilih dua di antaranya dan bandingkan berdampingan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 groups of contacts look like one person entered more than once. Choose two of them and compare them side by side.</source>
        <translation>%1 kelompok kontak tampaknya satu orang yang dicatat lebih dari sekali. Pilih dua di antaranya dan bandingkan berdampingan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duplicates found: no two contacts share an email, a LinkedIn profile or a phone, or a similar name at the same company.</source>
        <translation>Tidak ada duplikat: tidak ada dua kontak dengan email, profil LinkedIn, atau nomor telepon yang sama, atau nama yang mirip di perusahaan yang sama.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Merge %1 into %2</source>
        <translation>Gabungkan %1 ke %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 merged into %2 (Edit &gt; Undo separates them).</source>
        <translation>%1 digabungkan ke %2 (Sunting &gt; Urungkan memisahkan mereka lagi).</translation>
    </message>
</context>
<context>
    <name>EventBar</name>
    <message>
        <location filename="../../src/netjournal/ui/quickentry/widgets.py" line="+104"/>
        <source>Event: pick one or type a new name (optional)</source>
        <translation>Acara: pilih atau ketik nama baru (opsional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date met</source>
        <translation>Tanggal bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you met them</source>
        <translation>Hari Anda bertemu dengannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Met at</source>
        <translation>Bertemu di</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A saved event: type another name for a new one</source>
        <translation>Acara yang sudah tersimpan: ketik nama lain untuk acara baru</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/ledger_dialogs.py" line="+82"/>
        <location line="+41"/>
        <source>Favour</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Log a favour</source>
        <translation>Catat bantuan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I did %1 a favour</source>
        <translation>Saya membantu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did me a favour, or I asked for one</source>
        <translation>%1 membantu saya, atau saya meminta bantuan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. introduced me to a recruiter at Gojek</source>
        <translation>mis. memperkenalkan saya kepada rekruter di Gojek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, not done yet</source>
        <translation>Diminta, belum terlaksana</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>You have already asked %1 for more than you have given.</source>
        <translation>Anda sudah lebih banyak meminta kepada %1 daripada memberi.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/importdialog.py" line="+369"/>
        <location line="+81"/>
        <source>Export the journal</source>
        <translation>Ekspor jurnal</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>File to write</source>
        <translation>Berkas tujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal is encrypted; the exported file is not. Keep it somewhere safe.</source>
        <translation>Jurnal ini terenkripsi; berkas ekspornya tidak. Simpan berkas itu di tempat yang aman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose where to write the file.</source>
        <translation>Pilih lokasi untuk menyimpan berkas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported 1 calendar entry to %2</source>
        <translation>1 entri kalender diekspor ke %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 calendar entries to %2</source>
        <translation>%1 entri kalender diekspor ke %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported 1 contact to %2</source>
        <translation>1 kontak diekspor ke %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 kontak diekspor ke %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/netjournal/ui/contactlist/filterbar.py" line="+72"/>
        <source>Search people, companies, notes…</source>
        <translation>Cari orang, perusahaan, catatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Cari kontak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie strength</source>
        <translation>Kekuatan ikatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tie</source>
        <translation>Semua ikatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By name</source>
        <translation>Menurut nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By last contact</source>
        <translation>Menurut kontak terakhir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow-up due</source>
        <translation>Perlu tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people with a follow-up due today or earlier</source>
        <translation>Hanya orang yang tindak lanjutnya jatuh tempo hari ini atau lebih awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people you have not been in touch with for longer than their keep-in-touch cadence</source>
        <translation>Hanya orang yang sudah lebih lama tidak Anda hubungi daripada ritme jaga hubungannya</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../src/netjournal/ui/health/view.py" line="+97"/>
        <source>Network health</source>
        <translation>Kesehatan jaringan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last 12 months, week by week</source>
        <translation>12 bulan terakhir, pekan demi pekan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG…</source>
        <translation>Ekspor sebagai PNG…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Touches by kind</source>
        <translation>Interaksi menurut jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face to face</source>
        <translation>Tatap muka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice and video</source>
        <translation>Suara dan video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Tertulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favours: give and take</source>
        <translation>Bantuan: memberi dan menerima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Dilepas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ties</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnected</source>
        <translation>Tersambung lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone dormant</source>
        <translation>Menjadi pasif</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+29"/>
        <source>The journal could not be read: %1</source>
        <translation>Jurnal tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 touches, %2% face to face</source>
        <translation>%1 interaksi, %2% tatap muka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favours: %1 given, %2 received</source>
        <translation>bantuan: %1 diberikan, %2 diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups: %1 done, %2 late, %3 let go</source>
        <translation>tindak lanjut: %1 selesai, %2 terlambat, %3 dilepas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ties: %1 reconnected, %2 gone dormant</source>
        <translation>hubungan: %1 tersambung lagi, %2 menjadi pasif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click a week to list its interactions.</source>
        <translation>Klik sebuah pekan untuk melihat interaksinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week of %1: 1 interaction</source>
        <translation>Pekan mulai %1: 1 interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of %1: %2 interactions</source>
        <translation>Pekan mulai %1: %2 interaksi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>network-health-%1.png</source>
        <translation>kesehatan-jaringan-%1.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Export the charts</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts could not be written to %1.</source>
        <translation>Grafik tidak dapat ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/importdialog.py" line="-303"/>
        <location line="+180"/>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file to see who it brings in before anything is written.</source>
        <translation>Pilih berkas untuk melihat siapa saja yang akan masuk sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who the file brings in</source>
        <translation>Siapa saja yang dibawa berkas ini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of file:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not imported: %1</source>
        <translation>Tidak diimpor: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1 new, merged %2, rejected %3.</source>
        <translation>%1 baru diimpor, %2 digabungkan, %3 ditolak.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of the merged already had everything in the file.</source>
        <translation>
            <numerusform>%n dari yang digabungkan sudah memuat semua isi berkas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>File to import</source>
        <translation>Berkas yang diimpor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vCard, a LinkedIn, Google or Outlook CSV, a LinkedIn export (.zip), or a NetJournal full export</source>
        <translation>Berkas vCard, CSV dari LinkedIn, Google, atau Outlook, ekspor LinkedIn (.zip), atau ekspor lengkap NetJournal</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Belum ada yang disimpan sampai Anda menekan Impor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 connection requests to add, %2 skipped, %3 rejected.</source>
        <translation>%1 permintaan koneksi akan ditambahkan, %2 dilewati, %3 ditolak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 conversations (one entry a day) to put on the timelines, %2 skipped, %3 rejected.</source>
        <translation>%1 percakapan (satu entri per hari) akan dimasukkan ke linimasa, %2 dilewati, %3 ditolak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 new, %2 already in your journal (%3 with something new to add), %4 rejected.</source>
        <translation>%1 baru, %2 sudah ada di jurnal Anda (%3 dengan informasi baru untuk ditambahkan), %4 ditolak.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pending connection requests are from people who are now connections: they will be marked accepted.</source>
        <translation>
            <numerusform>%n permintaan koneksi yang tertunda berasal dari orang yang kini sudah terhubung: permintaan itu akan ditandai diterima.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Imported: %1</source>
        <translation>Diimpor: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n connection requests marked accepted.</source>
        <translation>
            <numerusform>%n permintaan koneksi ditandai diterima.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also added (%1).</source>
        <translation>Juga ditambahkan (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 tidak dapat diimpor: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contacts and LinkedIn exports (*.vcf *.vcard *.csv *.json *.zip);;All files (*)</source>
        <translation>Kontak dan ekspor LinkedIn (*.vcf *.vcard *.csv *.json *.zip);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Added %n contacts.</source>
        <translation>
            <numerusform>%n kontak ditambahkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/interaction_dialog.py" line="+88"/>
        <source>Log interaction</source>
        <translation>Catat interaksi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit interaction</source>
        <translation>Sunting interaksi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time not known</source>
        <translation>Jam tidak diketahui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep only the day: it stays that day wherever the journal is read.</source>
        <translation>Simpan harinya saja: tetap hari itu di mana pun jurnal dibaca.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What did you want from this conversation?</source>
        <translation>Apa yang ingin Anda capai dari percakapan ini?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said</source>
        <translation>Apa yang dibicarakan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their interests, worries, news: what to remember next time</source>
        <translation>Minat, kekhawatiran, kabar terbarunya: hal yang perlu diingat lain kali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: what you agreed to do next, e.g. send them the deck</source>
        <translation>Opsional: yang disepakati, mis. kirim slide presentasinya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up within a week of the meeting.</source>
        <translation>Tindak lanjuti dalam seminggu setelah pertemuan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am waiting for their reply</source>
        <translation>Saya menunggu balasannya</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;When</source>
        <translation>&amp;Kapan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Channel</source>
        <translation>&amp;Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who started</source>
        <translation>Siapa yang &amp;memulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At event</source>
        <translation>Di acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;goal</source>
        <translation>&amp;Tujuan saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;said</source>
        <translation>Yang &amp;dibicarakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I &amp;learned</source>
        <translation>Yang saya &amp;pelajari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed &amp;next step</source>
        <translation>&amp;Langkah berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step d&amp;ue</source>
        <translation>Jatuh t&amp;empo</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Pick the person from the list of matches, or clear the search field.</source>
        <translation>Pilih orangnya dari daftar yang cocok, atau kosongkan kolom pencarian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one person this interaction was with.</source>
        <translation>Tambahkan setidaknya satu orang yang terlibat dalam interaksi ini.</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/introduction.py" line="+66"/>
        <source>Edit introduction</source>
        <translation>Sunting perkenalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an introduction</source>
        <translation>Catat perkenalan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How it went, what was said</source>
        <translation>Bagaimana hasilnya, apa yang dibicarakan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it went</source>
        <translation>Hasilnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who introduced whom, when, and how it went.</source>
        <translation>Siapa memperkenalkan siapa, kapan, dan bagaimana hasilnya.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>them</source>
        <translation>dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the introducer</source>
        <translation>perantara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Introduced by</source>
        <translation>Diperkenalkan oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced to me</source>
        <translation>Diperkenalkan kepada saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I asked</source>
        <translation>Saya meminta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To meet</source>
        <translation>Untuk bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of</source>
        <translation>Atas nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I introduced</source>
        <translation>Saya memperkenalkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Me (leave empty)</source>
        <translation>Saya (biarkan kosong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name</source>
        <translation>Ketik nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 checked with me first</source>
        <translation>%1 bertanya kepada saya dulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I asked %1 privately first</source>
        <translation>Saya bertanya kepada %1 secara pribadi dulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I asked both of them first</source>
        <translation>Saya bertanya kepada keduanya dulu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already knows %2</source>
        <translation>%1 sudah mengenal %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remind me to thank %1 and go back to them</source>
        <translation>Ingatkan saya untuk berterima kasih kepada %1 dan kembali menghubunginya</translation>
    </message>
</context>
<context>
    <name>IntroductionListModel</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/models.py" line="+245"/>
        <source>(deleted contact)</source>
        <translation>(kontak dihapus)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I introduced them to %1</source>
        <translation>Saya memperkenalkannya kepada %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I asked %1, for %2</source>
        <translation>Saya meminta kepada %1, untuk %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I asked %1</source>
        <translation>Saya meminta kepada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 introduced them to %2</source>
        <translation>%1 memperkenalkannya kepada %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 introduced them to me</source>
        <translation>%1 memperkenalkannya kepada saya</translation>
    </message>
</context>
<context>
    <name>IntroductionsTab</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/introtab.py" line="+34"/>
        <source>Record an introduction…</source>
        <translation>Catat perkenalan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who introduced whom, and how it went. Asking a favour for someone? Ask one clear question on their behalf.</source>
        <translation>Siapa memperkenalkan siapa, dan bagaimana hasilnya. Ingin meminta bantuan untuk orang lain? Ajukan satu pertanyaan yang jelas atas namanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Introductions</source>
        <translation>Perkenalan</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/netjournal/ui/actions.py" line="+27"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture the people you just met, one line each</source>
        <translation>Catat orang-orang yang baru Anda temui, satu baris per orang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in contacts from vCard, LinkedIn, Google, Outlook or a NetJournal full export</source>
        <translation>Masukkan kontak dari vCard, LinkedIn, Google, Outlook, atau ekspor lengkap NetJournal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>Eks&amp;por…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the journal to vCard, CSV, JSON or a calendar file</source>
        <translation>Simpan jurnal ke vCard, CSV, JSON, atau berkas kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print contact summary…</source>
        <translation>&amp;Cetak ringkasan kontak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one-page brief to read before a meeting</source>
        <translation>Ringkasan satu halaman untuk dibaca sebelum bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export summary as P&amp;DF…</source>
        <translation>Ekspor ringkasan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Quic&amp;k entry…</source>
        <translation>&amp;Entri cepat…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print everyone &amp;met at an event…</source>
        <translation>Cetak semua orang yang ditemui di &amp;acara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;database…</source>
        <translation>B&amp;uka basis data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a journal on a PostgreSQL server, or this computer&apos;s journal</source>
        <translation>Buka jurnal di server PostgreSQL, atau jurnal komputer ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup…</source>
        <translation>Pu&amp;lihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the journal with one of its automatic backups</source>
        <translation>Ganti jurnal dengan salah satu cadangan otomatisnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy, and the address book synced with your phone</source>
        <translation>Privasi, dan buku alamat yang disinkronkan dengan ponsel Anda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New contact</source>
        <translation>Kontak &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty card</source>
        <translation>Mulai kartu kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Catat interaksi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note a meeting, call or message with the contact shown</source>
        <translation>Catat pertemuan, panggilan, atau pesan dengan kontak yang sedang ditampilkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete contact</source>
        <translation>&amp;Hapus kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the contact shown to the bin (Undo brings them back)</source>
        <translation>Pindahkan kontak yang ditampilkan ke tempat sampah (Urungkan akan mengembalikannya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write a connection request…</source>
        <translation>&amp;Tulis permintaan koneksi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short personal note for a request to the contact shown</source>
        <translation>Catatan pribadi singkat untuk permintaan koneksi kepada kontak yang ditampilkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an &amp;introduction…</source>
        <translation>Catat &amp;perkenalan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who introduced whom to whom, and how it went</source>
        <translation>Siapa memperkenalkan siapa kepada siapa, dan bagaimana hasilnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find d&amp;uplicates…</source>
        <translation>Cari &amp;duplikat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts entered twice (the same email, profile or phone, or a similar name at the same company), to merge</source>
        <translation>Kontak yang dicatat dua kali (email, profil, atau telepon yang sama, atau nama mirip di perusahaan yang sama), untuk digabungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change selected contacts</source>
        <translation>&amp;Ubah kontak terpilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt contact</source>
        <translation>Kontak &amp;selanjutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous contact</source>
        <translation>Kontak seb&amp;elumnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find contact</source>
        <translation>&amp;Cari kontak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search names, companies, tags and notes</source>
        <translation>Cari nama, perusahaan, tag, dan catatan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every action and its keys</source>
        <translation>Setiap tindakan dan tombolnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick-entry syntax</source>
        <translation>Sintaks entri &amp;cepat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to write a quick-entry line, with examples</source>
        <translation>Cara menulis baris entri cepat, dengan contoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NetJournal</source>
        <translation>&amp;Tentang NetJournal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/netjournal/ui/mainwindow.py" line="+239"/>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All activity</source>
        <translation>Semua aktivitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network health</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Choose a contact first.</source>
        <translation>Pilih kontak terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>%1 moved to the bin. Undo with %2.</source>
        <translation>%1 dipindahkan ke tempat sampah. Urungkan dengan %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Hapus %n kontak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+122"/>
        <source>1 contact</source>
        <translation>1 kontak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contacts</source>
        <translation>%1 kontak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ contacts, counting…</source>
        <translation>%1+ kontak, sedang menghitung…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About NetJournal</source>
        <translation>Tentang NetJournal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NetJournal %1

An offline journal for professional relationships.
Your data stays in %2.</source>
        <translation>NetJournal %1

Jurnal luring untuk hubungan profesional.
Data Anda tetap tersimpan di %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>NetJournal</source>
        <translation>NetJournal</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/duplicates/merge_dialog.py" line="+35"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we met</source>
        <translation>Cara kenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When we met</source>
        <translation>Kapan kenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At event</source>
        <translation>Di acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced by</source>
        <translation>Diperkenalkan oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie strength</source>
        <translation>Kekuatan hubungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch</source>
        <translation>Jaga kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember</source>
        <translation>Ingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge contacts</source>
        <translation>Gabungkan kontak</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Swap sides</source>
        <translation>&amp;Tukar sisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other contact and merge this one into it</source>
        <translation>Simpan kontak yang lain dan gabungkan yang ini ke dalamnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (#%2) is kept; %3 (#%4) is merged into it: their timeline, offers, favours, follow-ups and introductions move over, and they go to the bin. Choose the value to keep where the two differ. Edit &gt; Undo separates them again.</source>
        <translation>%1 (#%2) disimpan; %3 (#%4) digabungkan ke dalamnya: linimasa, tawaran, bantuan, tindak lanjut, dan perkenalannya dipindahkan, lalu kontak itu masuk tempat sampah. Pilih nilai yang disimpan bila keduanya berbeda. Sunting &gt; Urungkan memisahkan mereka lagi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details of both are kept: %1.</source>
        <translation>Detail dari keduanya disimpan: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags of both are kept: %1.</source>
        <translation>Tag dari keduanya disimpan: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 interaction</source>
        <translation>1 interaksi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 interactions</source>
        <translation>%1 interaksi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, the last on %2</source>
        <translation>%1, terakhir pada %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a photo</source>
        <translation>sebuah foto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every day</source>
        <translation>setiap hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every %1 days</source>
        <translation>setiap %1 hari</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/passphrase.py" line="+157"/>
        <source>New &amp;passphrase:</source>
        <translation>&amp;Frasa sandi baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again, to be sure:</source>
        <translation>&amp;Ulangi, untuk memastikan:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passphrase is empty.</source>
        <translation>Frasa sandi masih kosong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/ledger_dialogs.py" line="+34"/>
        <source>What I can offer</source>
        <translation>Apa yang bisa saya tawarkan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Idea</source>
        <translation>&amp;Ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/offers_tab.py" line="+114"/>
        <location line="+93"/>
        <source>What I can offer</source>
        <translation>Apa yang bisa saya tawarkan</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>An idea: an introduction, an article, feedback on their work…</source>
        <translation>Sebuah ide: perkenalan, artikel, masukan untuk pekerjaannya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New idea</source>
        <translation>Ide baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add idea</source>
        <translation>Tambah ide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ideas</source>
        <translation>Ide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ideas yet. What could you offer: an introduction, an article, feedback on their work, an invitation?</source>
        <translation>Belum ada ide. Apa yang bisa Anda tawarkan: perkenalan, artikel, masukan untuk karyanya, undangan?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status of the selected idea</source>
        <translation>Status ide yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Favours exchanged</source>
        <translation>Bantuan yang dipertukarkan</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>I gave a favour…</source>
        <translation>Saya memberi bantuan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I received a favour…</source>
        <translation>Saya menerima bantuan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No favours noted yet. Note what you give and receive to keep it balanced.</source>
        <translation>Belum ada bantuan yang dicatat. Catat apa yang Anda berikan dan terima agar tetap seimbang.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete the selected idea or favour</source>
        <translation>Hapus ide atau bantuan yang dipilih</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What I can offer %1</source>
        <translation>Apa yang bisa saya tawarkan kepada %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete idea “%1”</source>
        <translation>Hapus ide “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idea “%1” deleted.</source>
        <translation>Ide “%1” dihapus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete favour</source>
        <translation>Hapus bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favour deleted.</source>
        <translation>Bantuan dihapus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log favours below as they happen: given and received. Always ask yourself what you can offer in return.</source>
        <translation>Catat bantuan di bawah saat terjadi, baik yang diberikan maupun yang diterima. Selalu tanyakan pada diri sendiri apa yang bisa Anda tawarkan sebagai balasan.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/opendatabase.py" line="+60"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A journal on a PostgreSQL server can be shared by several computers. Give its address; a password is used now and never saved: later, NetJournal finds it in ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Jurnal di server PostgreSQL dapat dipakai bersama oleh beberapa komputer. Masukkan alamatnya; kata sandi hanya dipakai sekarang dan tidak pernah disimpan: nanti NetJournal mencarinya di ~/.pgpass atau variabel PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji sambungan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s journal</source>
        <translation>Jurnal komputer ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal file in this computer&apos;s data folder</source>
        <translation>Berkas jurnal di folder data komputer ini</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting to %1 (up to %2 seconds)…</source>
        <translation>Menyambung ke %1 (paling lama %2 detik)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not connect to %1: %2</source>
        <translation>Tidak dapat menyambung ke %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to %1. The database holds no journal yet: opening it sets one up.</source>
        <translation>Tersambung ke %1. Basis data ini belum berisi jurnal: membukanya akan menyiapkan jurnal baru.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to %1: a journal with %n contact(s).</source>
        <translation>
            <numerusform>Tersambung ke %1: jurnal dengan %n kontak.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give an address like postgresql://user@host:5432/database.</source>
        <translation>Masukkan alamat seperti postgresql://pengguna@host:5432/basisdata.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/fields.py" line="-88"/>
        <source>Set date</source>
        <translation>Atur tanggal</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Clear the date</source>
        <translation>Hapus tanggal</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <location filename="../../src/netjournal/ui/outside.py" line="+94"/>
        <source>Changes made on another computer or in another window are shown.</source>
        <translation>Perubahan dari komputer lain atau jendela lain sudah ditampilkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal was changed outside this window (e.g. from the command line); the views are up to date.</source>
        <translation>Jurnal diubah di luar jendela ini (mis. dari baris perintah); tampilan sudah diperbarui.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPicker</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/pickers.py" line="+118"/>
        <source>Add a person: type a name…</source>
        <translation>Tambah orang: ketik nama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person</source>
        <translation>Tambah orang</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../src/netjournal/ui/quickentry/widgets.py" line="+31"/>
        <source>Saves as</source>
        <translation>Disimpan sebagai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../src/netjournal/ui/settings/privacy.py" line="+72"/>
        <location line="+72"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Encrypt the journal…</source>
        <translation>&amp;Enkripsi jurnal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Ganti frasa sandi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decrypt the journal…</source>
        <translation>&amp;Dekripsi jurnal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer (desktop keyring)</source>
        <translation>&amp;Ingat di komputer ini (keyring desktop)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NetJournal then opens without asking for the passphrase. Anyone who can use your desktop session can then open the journal.</source>
        <translation>NetJournal lalu terbuka tanpa meminta frasa sandi. Siapa pun yang bisa memakai sesi desktop Anda lalu dapat membuka jurnal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Encryption is not available in this installation.</source>
        <translation>Enkripsi tidak tersedia di instalasi ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NetJournal encrypts the journal with SQLCipher, which comes with the sqlcipher3-binary package on Linux (x86-64 and arm64). Install it where NetJournal is installed (pip install sqlcipher3-binary), then start NetJournal again. Until then the journal is a plain file: keep the data folder on an encrypted disk.</source>
        <translation>NetJournal mengenkripsi jurnal dengan SQLCipher, yang tersedia lewat paket sqlcipher3-binary di Linux (x86-64 dan arm64). Pasang paket itu di tempat NetJournal terpasang (pip install sqlcipher3-binary), lalu jalankan NetJournal lagi. Sampai saat itu jurnal berupa berkas biasa: simpan folder data di disk yang terenkripsi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal is encrypted: it opens only with its passphrase (or its recovery key).</source>
        <translation>Jurnal ini terenkripsi: hanya bisa dibuka dengan frasa sandinya (atau kunci pemulihannya).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its backups in the data folder are encrypted with it. Keep the key file netjournal.key beside the journal: without it neither opens. Exports you saved elsewhere are plain files.</source>
        <translation>Cadangannya di folder data ikut terenkripsi. Simpan berkas kunci netjournal.key di sebelah jurnal: tanpa berkas itu, jurnal maupun cadangannya tidak bisa dibuka. Ekspor yang Anda simpan di tempat lain adalah berkas biasa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal is not encrypted: anyone who can copy the data folder can read it.</source>
        <translation>Jurnal ini tidak terenkripsi: siapa pun yang bisa menyalin folder data dapat membacanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypting locks the journal and its backups with a passphrase of your own (SQLCipher). A forgotten passphrase means the journal is gone, unless you keep the recovery key shown once after encrypting.</source>
        <translation>Enkripsi mengunci jurnal dan cadangannya dengan frasa sandi milik Anda sendiri (SQLCipher). Jika frasa sandi terlupa, jurnal hilang, kecuali Anda menyimpan kunci pemulihan yang ditampilkan sekali setelah enkripsi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The desktop keyring could not keep the key.</source>
        <translation>Keyring desktop tidak bisa menyimpan kunci.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypt the journal</source>
        <translation>Enkripsi jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase. A forgotten passphrase means the journal is gone, unless you keep the recovery key NetJournal shows next: write it down or print it. NetJournal closes the journal while it encrypts it and its backups, then opens it again.</source>
        <translation>Pilih frasa sandi. Jika frasa sandi terlupa, jurnal hilang, kecuali Anda menyimpan kunci pemulihan yang ditampilkan NetJournal berikutnya: tulis atau cetak kunci itu. NetJournal menutup jurnal selama mengenkripsi jurnal dan cadangannya, lalu membukanya lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decrypt the journal</source>
        <translation>Dekripsi jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypt the journal and its backups for good? Anyone who can copy the data folder will be able to read them again.</source>
        <translation>Dekripsi jurnal dan cadangannya untuk seterusnya? Siapa pun yang bisa menyalin folder data akan dapat membacanya lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>Change the passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The journal will open with the new passphrase only. The recovery key stays good.</source>
        <translation>Jurnal hanya akan terbuka dengan frasa sandi baru. Kunci pemulihan tetap berlaku.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal now opens with the new passphrase.</source>
        <translation>Jurnal sekarang terbuka dengan frasa sandi baru.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../src/netjournal/ui/quickentry/models.py" line="+45"/>
        <source>last met %1</source>
        <translation>terakhir bertemu %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>New contact: %1</source>
        <translation>Kontak baru: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(deleted)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add this meeting to %1&apos;s card. %2</source>
        <translation>Tambahkan pertemuan ini ke kartu %1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as</source>
        <translation>Disimpan sebagai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to existing</source>
        <translation>Ditambahkan ke kontak yang ada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/quickentry/wording.py" line="+18"/>
        <source>Start the line with the name.</source>
        <translation>Awali baris dengan nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does the name end in “%1”? Capitalise it (Budi Santoso likes dogs) or end it with a colon (budi santoso: likes dogs).</source>
        <translation>Di mana nama berakhir dalam “%1”? Tulis dengan huruf kapital (Budi Santoso suka anjing) atau akhiri dengan titik dua (budi santoso: suka anjing).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no closing parenthesis: not read as company.</source>
        <translation>“%1” tidak punya tanda kurung tutup: tidak dibaca sebagai perusahaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no closing quote.</source>
        <translation>“%1” tidak punya tanda kutip penutup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is empty.</source>
        <translation>“%1” kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”: a line can name only one event.</source>
        <translation>“%1”: satu baris hanya boleh menyebut satu acara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date. Try !3d, !1w, !besok or !2026-12-01.</source>
        <translation>“%1” bukan tanggal. Coba !3d, !1w, !besok, atau !2026-12-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”: there is no such date.</source>
        <translation>“%1”: tanggal itu tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is in the past.</source>
        <translation>“%1” sudah lewat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is too far ahead.</source>
        <translation>“%1” terlalu jauh ke depan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”: a line can set only one follow-up.</source>
        <translation>“%1”: satu baris hanya boleh menetapkan satu tindak lanjut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Follow up with %1 after meeting at %2</source>
        <translation>Tindak lanjuti %1 setelah bertemu di %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with %1 after meeting</source>
        <translation>Tindak lanjuti %1 setelah bertemu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several contacts are called %1.</source>
        <translation>Beberapa kontak bernama %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in your journal works at %2, not %3.</source>
        <translation>%1 di jurnal Anda bekerja di %2, bukan %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is close to someone in your journal (a typo?).</source>
        <translation>%1 mirip dengan seseorang di jurnal Anda (salah ketik?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who it is with ↑↓ (New contact is last), then press Enter.</source>
        <translation>Pilih orangnya dengan ↑↓ (Kontak baru ada di paling bawah), lalu tekan Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You logged this line for %1 %2 min ago. Press Enter again to log it again, or change the line.</source>
        <translation>Anda mencatat baris ini untuk %1 %2 menit yang lalu. Tekan Enter lagi untuk mencatatnya lagi, atau ubah barisnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One line per person: Name (Company, Title) @event #tag note !when
• A name in your journal, in any case, is that person; a new name ends at ( @ # ! , : or a dash, or after its capitalised words.
• !3d !1w !2w !besok !2026-12-01: when to follow up. !1w: send the deck states the next step (up to the next marker); the note is never the to-do.
• @event joins a recent event of the same or a similar name, else makes a new one.
• #12 in place of the name means contact 12.</source>
        <translation>Satu baris per orang: Nama (Perusahaan, Jabatan) @acara #tag catatan !kapan
• Nama yang ada di jurnal Anda, huruf besar atau kecil, adalah orang itu; nama baru berakhir di ( @ # ! , : atau tanda pisah, atau setelah kata-kata berhuruf kapitalnya.
• !3h !1mg !2mg !besok !2026-12-01: kapan menindaklanjuti. !1mg: kirim slide menyatakan langkah berikutnya (sampai penanda berikutnya); catatan tidak pernah menjadi tugas.
• @acara bergabung dengan acara baru-baru ini yang bernama sama atau mirip, jika tidak ada dibuat acara baru.
• #12 di tempat nama berarti kontak 12.</translation>
    </message>
</context>
<context>
    <name>QuickEntryHelpDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/help.py" line="+229"/>
        <location line="+3"/>
        <source>Quick-entry syntax</source>
        <translation>Sintaks entri cepat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One line per person, typed right after you meet them (File &gt; Quick entry, Ctrl+E), then Enter. Only the name is needed; the parts may come in any order after it.</source>
        <translation>Satu baris per orang, diketik segera setelah bertemu (Berkas &gt; Entri cepat, Ctrl+E), lalu Enter. Hanya nama yang wajib; bagian lain boleh menyusul dalam urutan apa pun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A part that is not understood stays in the note and the preview says which one; nothing is dropped.</source>
        <translation>Bagian yang tidak dipahami tetap masuk catatan dan pratinjau menyebutkannya; tidak ada yang dibuang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole lines</source>
        <translation>Baris lengkap</translation>
    </message>
</context>
<context>
    <name>QuickEntryWindow</name>
    <message>
        <location filename="../../src/netjournal/ui/quickentry/window.py" line="+83"/>
        <source>Quick entry</source>
        <translation>Entri cepat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the line you were typing.</source>
        <translation>Baris yang sedang Anda ketik telah dipulihkan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One line about the person</source>
        <translation>Satu baris tentang orang ini</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Who is it?</source>
        <translation>Siapa orangnya?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Undo last line</source>
        <translation>Urungkan baris terakhir</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Name (Company, Title) @event #tag what you talked about !1w: next step</source>
        <translation>Nama (Perusahaan, Jabatan) @acara #tag apa yang dibicarakan !1w: langkah berikutnya</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lines saved in this session</source>
        <translation>Baris yang tersimpan di sesi ini</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+Z on an empty line does the same</source>
        <translation>Ctrl+Z pada baris kosong melakukan hal yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syntax…</source>
        <translation>Sintaks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to write a line, with examples (F1)</source>
        <translation>Cara menulis baris, dengan contoh (F1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Will be saved</source>
        <translation>Akan disimpan</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saved this session: %1</source>
        <translation>Disimpan di sesi ini: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (was %2)</source>
        <translation>%1 (sebelumnya %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Existing contact · %1</source>
        <translation>Kontak yang sudah ada · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not chosen yet: ↑↓ to choose who it is</source>
        <translation>Belum dipilih: ↑↓ untuk memilih orangnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (a recent event)</source>
        <translation>%1 (acara baru-baru ini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (a new event)</source>
        <translation>%1 (acara baru)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (from the line, not %2)</source>
        <translation>%1 (dari baris, bukan %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter again saves anyway; what was not understood goes into the note.</source>
        <translation>Tekan Enter sekali lagi untuk tetap menyimpan; bagian yang tidak dipahami masuk ke catatan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+86"/>
        <source>Start the line with the person&apos;s name.</source>
        <translation>Awali baris dengan nama orangnya.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Some of the line was not understood (see below). Fix it, or press Enter twice to save it as it is.</source>
        <translation>Sebagian baris tidak dipahami (lihat di bawah). Perbaiki, atau tekan Enter dua kali untuk menyimpannya apa adanya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter saves and clears · ↑↓ choose who · Tab completes the name · Ctrl+Z undoes the last save · !1w: next step sets the to-do (F1: the syntax, with examples)</source>
        <translation>Enter menyimpan dan mengosongkan · ↑↓ memilih orang · Tab melengkapi nama · Ctrl+Z mengurungkan simpanan terakhir · !1w: langkah berikutnya menetapkan tugas (F1: sintaks, dengan contoh)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Type a line about the person first.</source>
        <translation>Ketik satu baris tentang orang ini terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This line has problems (see below). Press Enter again to save it anyway, or fix it.</source>
        <translation>Baris ini bermasalah (lihat di bawah). Tekan Enter sekali lagi untuk tetap menyimpannya, atau perbaiki.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1 (%2). Follow-up: %3.</source>
        <translation>%1 disimpan (%2). Tindak lanjut: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new contact</source>
        <translation>kontak baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>existing contact</source>
        <translation>kontak yang sudah ada</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to undo.</source>
        <translation>Tidak ada yang bisa diurungkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not undo: %1</source>
        <translation>Tidak dapat mengurungkan: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Took back the line about %1.</source>
        <translation>Baris tentang %1 sudah diurungkan.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The draft could not be kept: %1</source>
        <translation>Draf tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/settings/convert.py" line="+106"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal and %1 backups are encrypted.</source>
        <translation>Jurnal dan %1 cadangan sudah terenkripsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more backups are encrypted.</source>
        <translation>%1 cadangan lagi sudah terenkripsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal and %1 backups are plain files again.</source>
        <translation>Jurnal dan %1 cadangan kembali menjadi berkas biasa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left as it was: %1 (%2)</source>
        <translation>Dibiarkan seperti semula: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery key, shown only now. It opens the journal if you forget the passphrase: write it down or print it, and keep it away from this computer.</source>
        <translation>Kunci pemulihan Anda, hanya ditampilkan sekarang. Kunci ini membuka jurnal jika Anda lupa frasa sandinya: tulis atau cetak, lalu simpan jauh dari komputer ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as PDF to print…</source>
        <translation>&amp;Simpan sebagai PDF untuk dicetak…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exports you saved elsewhere (vCard, CSV, JSON, calendar, PDF) are plain files: delete them or keep them somewhere safe.</source>
        <translation>Ekspor yang Anda simpan di tempat lain (vCard, CSV, JSON, kalender, PDF) adalah berkas biasa: hapus atau simpan di tempat yang aman.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Save the recovery key</source>
        <translation>Simpan kunci pemulihan</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RedFlagsDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/redflags.py" line="+26"/>
        <source>Red-flag phrases</source>
        <translation>Frasa tanda bahaya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests whose message contains one of these count against it. One phrase per line; emoji work too. Capitals and accents don&apos;t matter, and a phrase also catches longer words that start with it (“crypto” catches “cryptocurrency”).</source>
        <translation>Permintaan yang pesannya memuat salah satu frasa ini akan dinilai kurang baik. Satu frasa per baris; emoji juga bisa. Huruf besar dan aksen tidak berpengaruh, dan sebuah frasa juga menangkap kata yang lebih panjang yang diawali frasa itu (“crypto” menangkap “cryptocurrency”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red-flag phrases, one per line</source>
        <translation>Frasa tanda bahaya, satu per baris</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/composer.py" line="+41"/>
        <source>Same industry</source>
        <translation>Industri yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A similar goal</source>
        <translation>Tujuan yang serupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appreciation of their work</source>
        <translation>Apresiasi atas karyanya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hi {first_name}, I work in {topic} too and enjoy meeting people in the field. I&apos;d be glad to connect and swap notes now and then.</source>
        <translation>Halo {first_name}, saya juga bekerja di bidang {topic} dan senang berkenalan dengan orang-orang di bidang ini. Senang sekali jika kita bisa terhubung dan sesekali bertukar pikiran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, we work in the same industry and I&apos;ve been following what {company} is doing. I&apos;d be glad to connect and swap notes now and then.</source>
        <translation>Halo {first_name}, kita bekerja di industri yang sama dan saya mengikuti kiprah {company}. Senang sekali jika kita bisa terhubung dan sesekali bertukar pikiran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, we work in the same industry and I&apos;d be glad to connect and swap notes now and then.</source>
        <translation>Halo {first_name}, kita bekerja di industri yang sama. Senang sekali jika kita bisa terhubung dan sesekali bertukar pikiran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, I&apos;m working toward a similar goal in {topic} and would value learning from your experience. Would you be open to connecting?</source>
        <translation>Halo {first_name}, saya sedang mengejar tujuan serupa di bidang {topic} dan ingin sekali belajar dari pengalaman Anda. Apakah Anda bersedia terhubung?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, I&apos;m working toward a goal much like yours at {company} and would value learning from your experience. Would you be open to connecting?</source>
        <translation>Halo {first_name}, saya sedang mengejar tujuan yang mirip dengan tujuan Anda di {company} dan ingin sekali belajar dari pengalaman Anda. Apakah Anda bersedia terhubung?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, it looks like we&apos;re working toward similar goals, and I&apos;d value learning from your experience. Would you be open to connecting?</source>
        <translation>Halo {first_name}, sepertinya kita sedang mengejar tujuan yang serupa, dan saya ingin sekali belajar dari pengalaman Anda. Apakah Anda bersedia terhubung?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, I really appreciated your work on {topic}; it changed how I think about it. I&apos;d love to stay connected.</source>
        <translation>Halo {first_name}, saya sangat mengapresiasi karya Anda tentang {topic}; karya itu mengubah cara pandang saya. Saya ingin sekali tetap terhubung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, I&apos;ve admired your work at {company} for a while and would love to stay connected.</source>
        <translation>Halo {first_name}, sudah cukup lama saya mengagumi kiprah Anda di {company} dan ingin sekali tetap terhubung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi {first_name}, I&apos;ve appreciated your work for a while and would love to stay connected.</source>
        <translation>Halo {first_name}, sudah cukup lama saya mengapresiasi karya Anda dan ingin sekali tetap terhubung.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Connection request to %1</source>
        <translation>Permintaan koneksi kepada %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for %1</source>
        <translation>Catatan untuk %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One or two sentences are enough: why you&apos;d like to connect. Start from a template, then make it yours.</source>
        <translation>Satu atau dua kalimat sudah cukup: mengapa Anda ingin terhubung. Mulailah dari templat, lalu sesuaikan dengan gaya Anda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional: a field or interest you share</source>
        <translation>Opsional: bidang atau minat yang sama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy note</source>
        <translation>Salin catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I sent it</source>
        <translation>Sudah saya kirim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start from</source>
        <translation>Mulai dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Copied. Paste it into your request on %1.</source>
        <translation>Tersalin. Tempelkan ke permintaan Anda di %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect on %1</source>
        <translation>Terhubung di %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a network</source>
        <translation>sebuah jaringan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logged your request to %1; a follow-up reminder is set.</source>
        <translation>Permintaan Anda kepada %1 sudah dicatat; pengingat tindak lanjut sudah dipasang.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 character over the %1 limit: shorten it to send.</source>
        <translation>Lebih 1 karakter dari batas %1: persingkat agar bisa dikirim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 characters over the %2 limit: shorten it to send.</source>
        <translation>Lebih %1 karakter dari batas %2: persingkat agar bisa dikirim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a short note first.</source>
        <translation>Tulis catatan singkat terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn notes hold up to %1 characters.</source>
        <translation>Catatan LinkedIn memuat hingga %1 karakter.</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/details.py" line="+64"/>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds them to your contacts (or links the contact you have), with their message as how you met</source>
        <translation>Menambahkannya ke kontak Anda (atau menautkan kontak yang sudah ada), dengan pesannya sebagai cara kalian bertemu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it unanswered; it stays in the history</source>
        <translation>Biarkan tanpa jawaban; tetap tersimpan di riwayat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to pending</source>
        <translation>Kembalikan ke menunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open contact</source>
        <translation>Buka kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a request you logged by mistake</source>
        <translation>Hapus permintaan yang tidak sengaja Anda catat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a request to see why it got its verdict.</source>
        <translation>Pilih sebuah permintaan untuk melihat alasan penilaiannya.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>received %1</source>
        <translation>diterima %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent %1</source>
        <translation>dikirim %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent by you</source>
        <translation>Dikirim oleh Anda</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/form.py" line="+48"/>
        <source>Log a request</source>
        <translation>Catat permintaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy in what the request shows.</source>
        <translation>Salin apa yang tertera pada permintaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name</source>
        <translation>Namanya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to their profile (optional)</source>
        <translation>Tautan ke profilnya (opsional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste their message, if they wrote one</source>
        <translation>Tempelkan pesannya, jika dia menulis pesan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a photo</source>
        <translation>Ada foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile filled in</source>
        <translation>Profil terisi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log request</source>
        <translation>Catat permintaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it (Ctrl+Enter)</source>
        <translation>Catat (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual</source>
        <translation>Koneksi bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log the request</source>
        <translation>Catat permintaan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type their name first.</source>
        <translation>Ketik namanya terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The verdict shows here as you type.</source>
        <translation>Penilaian muncul di sini selagi Anda mengetik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict: %1</source>
        <translation>Penilaian: %1</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/models.py" line="-70"/>
        <source>(no message)</source>
        <translation>(tanpa pesan)</translation>
    </message>
</context>
<context>
    <name>RequestsInbox</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/inbox.py" line="+80"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided (history)</source>
        <translation>Sudah diputuskan (riwayat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Semua permintaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by me</source>
        <translation>Yang saya kirim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red flags…</source>
        <translation>Tanda bahaya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the phrases that count against a request</source>
        <translation>Sunting frasa yang membuat permintaan dinilai kurang baik</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Connection requests</source>
        <translation>Permintaan koneksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions</source>
        <translation>Perkenalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Red flags saved: %1 phrases.</source>
        <translation>Tanda bahaya disimpan: %1 frasa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logged the request from %1.</source>
        <translation>Permintaan dari %1 sudah dicatat.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Request removed.</source>
        <translation>Permintaan dihapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted their connection request on %1</source>
        <translation>Menerima permintaan koneksinya di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network</source>
        <translation>sebuah jaringan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 to your contacts.</source>
        <translation>%1 ditambahkan ke kontak Anda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked the request to your contact %1.</source>
        <translation>Permintaan ditautkan ke kontak Anda, %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declined</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <translation>diabaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to pending</source>
        <translation>kembali menunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 waiting for a decision</source>
        <translation>%1 menunggu keputusan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <location filename="../../src/netjournal/ui/safetynet.py" line="+102"/>
        <source>No backup was taken: %1</source>
        <translation>Tidak ada cadangan yang dibuat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed and was deleted: %1</source>
        <translation>Cadangan gagal dan sudah dihapus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup taken and verified (%1 contacts)</source>
        <translation>Cadangan dibuat dan sudah diperiksa (%1 kontak)</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <location filename="../../src/netjournal/ui/serverlink.py" line="+74"/>
        <source>The server still does not answer.</source>
        <translation>Server masih belum menjawab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to the server again.</source>
        <translation>Tersambung lagi ke server.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/settings/dialog.py" line="+28"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/help.py" line="-111"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lists also answer to the arrow keys, Home and End; Tab moves between fields.</source>
        <translation>Daftar juga menanggapi tombol panah, Home dan End; Tab berpindah antarkolom isian.</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location line="-28"/>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/today/listview.py" line="-129"/>
        <source>Snooze until</source>
        <translation>Tunda sampai</translation>
    </message>
</context>
<context>
    <name>StrangersModel</name>
    <message numerus="yes">
        <location filename="../../src/netjournal/ui/importpeople.py" line="+77"/>
        <source>%n conversation day(s)</source>
        <translation>
            <numerusform>%n hari percakapan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>StrangersPanel</name>
    <message>
        <location line="+36"/>
        <source>&amp;Add the checked as contacts</source>
        <translation>&amp;Tambahkan yang dicentang sebagai kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check none</source>
        <translation>Hapus semua centang</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n people in these messages are not in your journal; their conversations are skipped. Add them to bring their conversations in:</source>
        <translation>
            <numerusform>%n orang dalam pesan ini belum ada di jurnal Anda; percakapan mereka dilewati. Tambahkan mereka agar percakapannya ikut masuk:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Messaged on LinkedIn</source>
        <translation>Berkirim pesan di LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They could not be added: %1</source>
        <translation>Mereka tidak dapat ditambahkan: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../../src/netjournal/ui/printing.py" line="+95"/>
        <source>There is no contact to print.</source>
        <translation>Tidak ada kontak untuk dicetak.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print %1</source>
        <translation>Cetak %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no contact to export.</source>
        <translation>Tidak ada kontak untuk diekspor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export summary as PDF</source>
        <translation>Ekspor ringkasan sebagai PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 contact summaries</source>
        <translation>%1 ringkasan kontak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing</source>
        <translation>Pencetakan</translation>
    </message>
</context>
<context>
    <name>TagCombo</name>
    <message>
        <location filename="../../src/netjournal/ui/contactlist/filterbar.py" line="-57"/>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/fields.py" line="+99"/>
        <source>e.g. fintech, jakarta, mentor</source>
        <translation>mis. fintech, jakarta, mentor</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/timeline_tab.py" line="+58"/>
        <location line="+44"/>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Log interaction…</source>
        <translation>Catat interaksi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing logged yet.
After your next call, coffee or message, log what you talked about and what you learned.</source>
        <translation>Belum ada catatan.
Setelah telepon, ngopi bareng, atau bertukar pesan berikutnya, catat apa yang Anda bicarakan dan apa yang Anda pelajari.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete the interaction</source>
        <translation>Hapus interaksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the interaction</source>
        <translation>Sunting interaksi</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete interaction of %1</source>
        <translation>Hapus interaksi tanggal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction of %1 deleted.</source>
        <translation>Interaksi tanggal %1 dihapus.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaksi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 interaction</source>
        <translation>1 interaksi</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/netjournal/ui/today/view.py" line="+73"/>
        <source>What needs doing today</source>
        <translation>Yang perlu dikerjakan hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quick entry…</source>
        <translation>Entri cepat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Just back from an event? Capture everyone you met, one line each</source>
        <translation>Baru pulang dari acara? Catat semua orang yang Anda temui, satu baris per orang</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Nothing is due this week. When a tie goes quiet, a suggestion to reconnect will show up here.</source>
        <translation>Tidak ada yang jatuh tempo minggu ini. Saat sebuah hubungan mulai sepi, saran untuk menghubungi lagi akan muncul di sini.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/undo.py" line="+128"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/netjournal/ui/passphrase.py" line="-104"/>
        <source>Open the encrypted journal</source>
        <translation>Buka jurnal terenkripsi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This journal is encrypted. Give its passphrase to open it.
%1</source>
        <translation>Jurnal ini terenkripsi. Masukkan frasa sandinya untuk membukanya.
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Ingat di komputer ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the journal&apos;s key in the desktop keyring, so NetJournal opens without asking. Anyone who can use your desktop session can then open the journal.</source>
        <translation>Simpan kunci jurnal di keyring desktop, agar NetJournal terbuka tanpa bertanya. Siapa pun yang bisa memakai sesi desktop Anda lalu dapat membuka jurnal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No desktop keyring was found on this computer.</source>
        <translation>Tidak ada keyring desktop di komputer ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The passphrase is empty.</source>
        <translation>Frasa sandi masih kosong.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase does not open the journal. Try again in %1 s.</source>
        <translation>Frasa sandi itu tidak membuka jurnal. Coba lagi dalam %1 detik.</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../src/netjournal/ui/health/chart.py" line="+102"/>
        <source>Week of %1</source>
        <translation>Pekan mulai %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/netjournal/ui/welcome.py" line="+124"/>
        <source>Welcome to NetJournal</source>
        <translation>Selamat datang di NetJournal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private journal of the people you meet: who they are, what you talked about, when to follow up and what you can offer them. Everything stays on this computer.</source>
        <translation>Jurnal pribadi tentang orang-orang yang Anda temui: siapa mereka, apa yang Anda bicarakan, kapan perlu ditindaklanjuti, dan apa yang bisa Anda tawarkan kepada mereka. Semuanya tetap tersimpan di komputer ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add your first contact</source>
        <translation>Tambahkan kontak pertama Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with someone you met recently, while you still remember the details.</source>
        <translation>Mulailah dengan seseorang yang baru Anda temui, selagi Anda masih ingat detailnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import contacts…</source>
        <translation>Impor kontak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring people in from LinkedIn, Google or Outlook (CSV), or a vCard file.</source>
        <translation>Masukkan kontak dari LinkedIn, Google, atau Outlook (CSV), atau dari berkas vCard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore with demo data</source>
        <translation>Jelajahi dengan data demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill this journal with 200 made-up people to try everything out.</source>
        <translation>Isi jurnal ini dengan 200 orang rekaan untuk mencoba semua fiturnya.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
</context>
<context>
    <name>WhoList</name>
    <message>
        <location filename="../../src/netjournal/ui/quickentry/chooser.py" line="+38"/>
        <source>Who is it?</source>
        <translation>Siapa orangnya?</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../../src/netjournal/ui/tools.py" line="+148"/>
        <source>Settings not saved: %1</source>
        <translation>Pengaturan tidak disimpan: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There are no events in the journal yet.</source>
        <translation>Belum ada acara di jurnal ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print everyone met at an event</source>
        <translation>Cetak semua orang yang ditemui di acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event:</source>
        <translation>Acara:</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/pickers.py" line="-26"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/netjournal/app.py" line="+121"/>
        <source>netjournal: the journal in %1 is read-only: it is shown, and changes cannot be saved</source>
        <translation>netjournal: jurnal di %1 hanya-baca: jurnal ditampilkan, tetapi perubahan tidak dapat disimpan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot use the data folder: %1</source>
        <translation>Folder data tidak dapat digunakan: %1</translation>
    </message>
    <message>
        <location line="+149"/>
        <location line="+29"/>
        <source>NetJournal is already open on this data folder; brought it to the front</source>
        <translation>NetJournal sudah terbuka pada folder data ini; jendelanya dibawa ke depan</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/recovery.py" line="+31"/>
        <source>the journal %1 is damaged (%2); there is no verified backup</source>
        <translation>jurnal %1 rusak (%2); belum ada cadangan yang sudah diperiksa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the journal %1 is damaged (%2); the newest verified backup is from %3 with %4 contacts: `netjournal restore --latest` brings it back</source>
        <translation>jurnal %1 rusak (%2); cadangan terperiksa terbaru dari %3 berisi %4 kontak: `netjournal restore --latest` memulihkannya</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The backup was not restored: %1</source>
        <translation>Cadangan tidak dipulihkan: %1</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/app.py" line="+185"/>
        <source> (process %1)</source>
        <translation> (proses %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This journal is already open elsewhere%1 and did not answer: close NetJournal there (or the command that is using it), then try again.

Data folder: %2</source>
        <translation>Jurnal ini sudah dibuka di tempat lain%1 dan tidak merespons: tutup NetJournal di sana (atau perintah yang sedang memakainya), lalu coba lagi.

Folder data: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/netjournal/cli/common.py" line="+65"/>
        <source>%1 is not a PostgreSQL URL: give postgresql://user@host:port/database, or leave --database out for the journal in the data folder</source>
        <translation>%1 bukan URL PostgreSQL: berikan postgresql://pengguna@host:port/basisdata, atau hilangkan --database untuk jurnal di folder data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 works on the journal file of a data folder, not on a PostgreSQL server: %2</source>
        <translation>%1 bekerja pada berkas jurnal di folder data, bukan pada server PostgreSQL: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the journal %1 is damaged (%2); </source>
        <translation>jurnal %1 rusak (%2); </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/netjournal/cli/safety.py" line="+192"/>
        <source>there is no verified backup in %1</source>
        <translation>tidak ada cadangan terverifikasi di %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the newest verified backup is from %1 with %2 contacts: `%3` brings it back</source>
        <translation>cadangan terverifikasi terbaru berasal dari %1 dengan %2 kontak: `%3` memulihkannya</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../src/netjournal/cli/safety.py" line="-98"/>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot use the data folder %1: it is a file, not a folder</source>
        <translation>folder data %1 tidak dapat dipakai: itu sebuah berkas, bukan folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no journal in %1: check --data-dir (or $NETJOURNAL_DATA_DIR); nothing was created</source>
        <translation>tidak ada jurnal di %1: periksa --data-dir (atau $NETJOURNAL_DATA_DIR); tidak ada yang dibuat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no journal in %1 (there is no such folder): check --data-dir (or $NETJOURNAL_DATA_DIR); nothing was created</source>
        <translation>tidak ada jurnal di %1 (folder itu tidak ada): periksa --data-dir (atau $NETJOURNAL_DATA_DIR); tidak ada yang dibuat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>created a new journal in %1</source>
        <translation>jurnal baru dibuat di %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waiting for another NetJournal to finish...</source>
        <translation>menunggu NetJournal lain selesai...</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the database could not be read: %1 (`netjournal check` tells more)</source>
        <translation>basis data tidak dapat dibaca: %1 (`netjournal check` memberi rinciannya)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>interrupted</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/core.py" line="+39"/>
        <source>%1 has no word or symbol to look for: give a name, a word or an emoji to find</source>
        <translation>%1 tidak berisi kata atau simbol untuk dicari: berikan nama, kata, atau emoji yang dicari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the query is empty: give a name, a word or an emoji to find</source>
        <translation>kata kunci kosong: berikan nama, kata, atau emoji yang dicari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--limit must be 1 or more, not %1</source>
        <translation>--limit harus 1 atau lebih, bukan %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nothing matches “%1”</source>
        <translation>tidak ada yang cocok dengan “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interactions:</source>
        <translation>interaksi:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 problems found in %2 (listed above)</source>
        <translation>%1 masalah ditemukan di %2 (tercantum di atas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok: %1 is healthy (%2 contacts)</source>
        <translation>ok: %1 dalam keadaan baik (%2 kontak)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked on the server: the schema steps, the search index against its rows, the foreign keys and the last-contact dates (the server looks after its own pages)</source>
        <translation>yang diperiksa di server: langkah skema, indeks pencarian terhadap barisnya, kunci asing, dan tanggal kontak terakhir (halaman datanya diurus server sendiri)</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/followups.py" line="+81"/>
        <source>%1 overdue</source>
        <translation>%1 terlambat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 due today</source>
        <translation>%1 jatuh tempo hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 thank-yous</source>
        <translation>%1 ucapan terima kasih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 later this week</source>
        <translation>%1 di sisa minggu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to reconnect</source>
        <translation>%1 untuk dihubungi lagi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a short &quot;how are you?&quot; is enough</source>
        <translation>cukup &quot;apa kabar?&quot; singkat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ask about %1, or share something about #%2</source>
        <translation>tanyakan tentang %1, atau bagikan sesuatu tentang #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask about %1</source>
        <translation>tanyakan tentang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share something about #%1</source>
        <translation>bagikan sesuatu tentang #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no reply yet: follow up (try %1 of %2), quoting your first message</source>
        <translation>belum dibalas: tindak lanjuti (percobaan %1 dari %2), kutip pesan pertama Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reply yet: last follow-up (try %1 of %2)</source>
        <translation>belum dibalas: tindak lanjut terakhir (percobaan %1 dari %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reply after %1 tries: let go?</source>
        <translation>tidak dibalas setelah %1 percobaan: lepaskan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say thank you after %1</source>
        <translation>ucapkan terima kasih setelah %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say thank you for the meeting</source>
        <translation>ucapkan terima kasih atas pertemuannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next step: %1</source>
        <translation>langkah berikutnya: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next step you agreed</source>
        <translation>langkah berikutnya yang Anda sepakati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thank them for the introduction and go back to them rather than pressing</source>
        <translation>ucapkan terima kasih atas perkenalannya dan kembalilah kepadanya alih-alih mendesak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>birthday on %1: a reason to reach out</source>
        <translation>ulang tahun pada %1: alasan untuk menyapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reconnect: %1</source>
        <translation>hubungi lagi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnect</source>
        <translation>hubungi lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last in touch %1</source>
        <translation>terakhir berhubungan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never in touch since you added them</source>
        <translation>belum pernah berhubungan sejak Anda menambahkannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnect (%1, every %2 days): %3</source>
        <translation>hubungi lagi (%1, setiap %2 hari): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminder</source>
        <translation>pengingat</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/netjournal/cli/transfer.py" line="+90"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due, all caught up</source>
        <translation>tidak ada yang jatuh tempo, semua beres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>first message: &quot;%1&quot;</source>
        <translation>pesan pertama: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/printing.py" line="+56"/>
        <source>no event is named %1</source>
        <translation>tidak ada acara bernama %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 events are named %2; printing the latest, #%3 (%4). Give an id for another: %5</source>
        <translation>%1 acara bernama %2; yang dicetak adalah yang terbaru, #%3 (%4). Berikan id untuk acara lain: %5</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give either a CONTACT or --all-from-event NAME</source>
        <translation>berikan KONTAK atau --all-from-event NAMA, salah satu saja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder; give a file name such as summary.pdf</source>
        <translation>%1 adalah folder; berikan nama berkas seperti ringkasan.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a .pdf name and the summary is a PDF: nothing was written; give a name ending in .pdf, such as %2</source>
        <translation>%1 bukan nama .pdf, padahal ringkasannya berupa PDF: tidak ada yang ditulis; berikan nama yang berakhiran .pdf, misalnya %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nobody is recorded as met at %1</source>
        <translation>tidak ada orang yang tercatat bertemu di %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 page</source>
        <translation>1 halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote %1, one per contact met at %2, to %3</source>
        <translation>%1 ditulis, satu per kontak yang ditemui di %2, ke %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote the summary of %1 to %2</source>
        <translation>ringkasan %1 ditulis ke %2</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/transfer.py" line="-54"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>it is a folder, not a file</source>
        <translation>itu folder, bukan berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>berkas itu tidak ada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing was imported from %1: %2</source>
        <translation>tidak ada yang diimpor dari %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dry run, nothing was changed</source>
        <translation>uji coba, tidak ada yang diubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection requests: imported %1, skipped %2, rejected %3</source>
        <translation>permintaan koneksi: diimpor %1, dilewati %2, ditolak %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conversations (one a day): imported %1, skipped %2, rejected %3</source>
        <translation>percakapan (satu per hari): diimpor %1, dilewati %2, ditolak %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported %1, merged %2, rejected %3</source>
        <translation>diimpor %1, digabung %2, ditolak %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dry run, nothing was changed: %1</source>
        <translation>uji coba, tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 person</source>
        <translation>1 orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the merged, %1 already had everything the file holds</source>
        <translation>dari yang digabung, %1 sudah memiliki semua isi berkas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merged %1 (%2) into%3: %4</source>
        <translation>%1 (%2) digabungkan ke%3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added %1 (%2): %3</source>
        <translation>ditambahkan %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped %1 (%2): %3</source>
        <translation>dilewati %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rejected %1: %2</source>
        <translation>ditolak %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note %1: %2</source>
        <translation>catatan %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection requests now accepted (the person is a connection): %1</source>
        <translation>permintaan koneksi yang kini diterima (orangnya sudah menjadi koneksi): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also added: %1</source>
        <translation>juga ditambahkan: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped %1: %2</source>
        <translation>dilewati %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the journal (add them to bring their conversations in): %1</source>
        <translation>belum ada di jurnal (tambahkan agar percakapannya ikut masuk): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 conversation day</source>
        <translation>1 hari percakapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conversation days</source>
        <translation>%1 hari percakapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2, %3</source>
        <translation>%1%2, %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the journal is encrypted, this export is not: keep the file somewhere safe, or delete it when it has served</source>
        <translation>jurnal terenkripsi, ekspor ini tidak: simpan berkasnya di tempat yang aman, atau hapus setelah tidak diperlukan</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/capture.py" line="+155"/>
        <location filename="../../src/netjournal/cli/core.py" line="-75"/>
        <location filename="../../src/netjournal/cli/naming.py" line="+43"/>
        <location filename="../../src/netjournal/cli/transfer.py" line="-22"/>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/transfer.py" line="+15"/>
        <source>1 calendar entry</source>
        <translation>1 entri kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calendar entries</source>
        <translation>%1 entri kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 contact</source>
        <translation>1 kontak</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/safety.py" line="-32"/>
        <location line="+5"/>
        <source>backed up to %1 (%2 contacts, verified)</source>
        <translation>dicadangkan ke %1 (%2 kontak, terverifikasi)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pg_dump is not installed: a JSON full export was written instead</source>
        <translation>pg_dump tidak terpasang: yang ditulis ekspor lengkap JSON sebagai gantinya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pg_dump did not work (%1): a JSON full export was written instead</source>
        <translation>pg_dump tidak berhasil (%1): yang ditulis ekspor lengkap JSON sebagai gantinya</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>backed up to %1 (%2 contacts, a pg_dump archive checked with pg_restore --list: pg_restore brings it back)</source>
        <translation>dicadangkan ke %1 (%2 kontak, arsip pg_dump yang sudah diperiksa dengan pg_restore --list: pg_restore mengembalikannya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up to %1 (%2 contacts, a verified JSON full export: `netjournal restore` brings it back into an empty database)</source>
        <translation>dicadangkan ke %1 (%2 kontak, ekspor lengkap JSON yang sudah diverifikasi: `netjournal restore` mengembalikannya ke basis data kosong)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no backups in %1</source>
        <translation>tidak ada cadangan di %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unverified</source>
        <translation>belum terverifikasi</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/netjournal/cli/transfer.py" line="+1"/>
        <source>%1 contacts</source>
        <translation>%1 kontak</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>no backups of a server&apos;s journal in %1</source>
        <translation>tidak ada cadangan jurnal server di %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 cannot be read; the database was not changed</source>
        <translation>%1 tidak dapat dibaca; basis data tidak diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a pg_dump archive: restore it with pg_restore (pg_restore -d DATABASE %1) into an empty database; the database was not changed</source>
        <translation>%1 adalah arsip pg_dump: pulihkan dengan pg_restore (pg_restore -d DATABASE %1) ke basis data kosong; basis data tidak diubah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a SQLite journal: `netjournal copy-to URL --data-dir FOLDER` moves a data folder&apos;s journal to a server; the database was not changed</source>
        <translation>%1 adalah jurnal SQLite: `netjournal copy-to URL --data-dir FOLDER` memindahkan jurnal sebuah folder data ke server; basis data tidak diubah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a NetJournal JSON backup; the database was not changed</source>
        <translation>%1 bukan cadangan JSON NetJournal; basis data tidak diubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 already holds a journal: a backup is restored into an empty database only (create one, then give its URL); the database was not changed</source>
        <translation>%2 sudah berisi jurnal: cadangan hanya dipulihkan ke basis data kosong (buat satu, lalu berikan URL-nya); basis data tidak diubah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not restore (%3); the database was not changed</source>
        <translation>%1 tidak dapat dipulihkan (%3); basis data tidak diubah</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no verified JSON backup of %1 in %2</source>
        <translation>tidak ada cadangan JSON %1 yang sudah diverifikasi di %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>restored %1 into %2 (%3 contacts)</source>
        <translation>%1 dipulihkan ke %2 (%3 kontak)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1; the journal was not changed</source>
        <translation>%1; jurnal tidak diubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored %1 (%2 contacts)</source>
        <translation>%1 dipulihkan (%2 kontak)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the journal it replaced is kept as %1</source>
        <translation>; jurnal yang digantikannya disimpan sebagai %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a verified copy is in %1)</source>
        <translation> (salinan terverifikasi ada di %1)</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/transfer.py" line="+1"/>
        <source>exported %1 to %2</source>
        <translation>%1 diekspor ke %2</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/capture.py" line="-131"/>
        <source>the line must start with the person&apos;s name</source>
        <translation>baris harus diawali dengan nama orangnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where does the name end? capitalise it (Budi Santoso likes dogs) or end it with a colon (budi santoso: likes dogs)</source>
        <translation>di mana nama berakhir? tulis dengan huruf kapital (Budi Santoso suka anjing) atau akhiri dengan titik dua (budi santoso: suka anjing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the parenthesis is not closed</source>
        <translation>tanda kurung tidak ditutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quote is not closed</source>
        <translation>tanda kutip tidak ditutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quotes are empty</source>
        <translation>tanda kutipnya kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one @event per line</source>
        <translation>hanya satu @acara per baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a follow-up date (try !3d, !1w, !besok or !2026-12-01)</source>
        <translation>bukan tanggal tindak lanjut (coba !3h, !1mg, !besok atau !2026-12-01)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such date</source>
        <translation>tanggal itu tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the follow-up date is in the past</source>
        <translation>tanggal tindak lanjut sudah lewat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the follow-up date is too far ahead</source>
        <translation>tanggal tindak lanjut terlalu jauh ke depan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one !when per line</source>
        <translation>hanya satu !kapan per baris</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>column %1: %2: %3</source>
        <translation>kolom %1: %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1: %2</source>
        <translation>kolom %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the line is empty</source>
        <translation>barisnya kosong</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 problems in the line, nothing added (%2); fix the line or add --force</source>
        <translation>%1 masalah di baris ini, tidak ada yang ditambahkan (%2); perbaiki barisnya atau tambahkan --force</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problems in the line, nothing added (%2)</source>
        <translation>%1 masalah di baris ini, tidak ada yang ditambahkan (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../src/netjournal/cli/naming.py" line="-16"/>
        <source>there is no contact #%1</source>
        <translation>tidak ada kontak #%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: last met %2</source>
        <translation>%1: terakhir bertemu %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing added: put #ID in place of the name for one of them (%1), or add --new for another person</source>
        <translation>tidak ada yang ditambahkan: tulis #ID sebagai ganti nama untuk salah satu dari mereka (%1), atau tambahkan --new untuk orang lain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contacts are named %2</source>
        <translation>%1 kontak bernama %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the journal works at %2, not %3</source>
        <translation>%1 di jurnal bekerja di %2, bukan %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the journal but is close to %2 contacts</source>
        <translation>%1 tidak ada di jurnal tetapi mirip dengan %2 kontak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 minutes ago</source>
        <translation>%1 menit yang lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same line was logged for %1 (#%2) %3: nothing added; add --again to log it anyway</source>
        <translation>baris yang sama sudah dicatat untuk %1 (#%2) %3: tidak ada yang ditambahkan; tambahkan --again untuk tetap mencatatnya</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>created contact #%1: %2</source>
        <translation>kontak #%1 dibuat: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to contact #%1: %2</source>
        <translation>ditambahkan ke kontak #%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name as typed: %1</source>
        <translation>nama seperti yang diketik: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: %1</source>
        <translation>tag: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logged meeting #%1: %2 at %3 (new event) on %4</source>
        <translation>pertemuan #%1 dicatat: %2 di %3 (acara baru) pada %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>logged meeting #%1: %2 at %3 (event #%4) on %5</source>
        <translation>pertemuan #%1 dicatat: %2 di %3 (acara #%4) pada %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>logged meeting #%1: %2 on %3</source>
        <translation>pertemuan #%1 dicatat: %2 pada %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1</source>
        <translation>catatan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no note</source>
        <translation>tanpa catatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-up #%1: %2 by %3: %4</source>
        <translation>tindak lanjut #%1: %2 paling lambat %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow-up #%1: %2 by %3</source>
        <translation>tindak lanjut #%1: %2 paling lambat %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept despite: %1</source>
        <translation>tetap disimpan meski: %1</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/demo.py" line="+39"/>
        <source>created %1 contacts, %2 interactions, %3 events and %4 open follow-ups in %5 (%6 s)</source>
        <translation>%1 kontak, %2 interaksi, %3 acara, dan %4 tindak lanjut terbuka dibuat di %5 (%6 dtk)</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/naming.py" line="-5"/>
        <source>give a contact&apos;s id or name</source>
        <translation>berikan id atau nama kontak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no contact matches %1</source>
        <translation>tidak ada kontak yang cocok dengan %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 contacts are named %2: %3 — give the id</source>
        <translation>%1 kontak bernama %2: %3 — berikan id-nya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contacts match %2: %3 — give the id</source>
        <translation>%1 kontak cocok dengan %2: %3 — berikan id-nya</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/tidy.py" line="+59"/>
        <source>the same email %1</source>
        <translation>email yang sama %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same LinkedIn profile %1</source>
        <translation>profil LinkedIn yang sama %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same phone +%1</source>
        <translation>nomor telepon yang sama +%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name</source>
        <translation>nama yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a similar name at the same company</source>
        <translation>nama yang mirip di perusahaan yang sama</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no duplicates found</source>
        <translation>tidak ada duplikat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 group</source>
        <translation>1 kelompok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 groups</source>
        <translation>%1 kelompok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; `netjournal merge ID ID` merges the second contact into the first</source>
        <translation>%1; `netjournal merge ID ID` menggabungkan kontak kedua ke kontak pertama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 interaction</source>
        <translation>1 interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 interactions</source>
        <translation>%1 interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 offer</source>
        <translation>1 tawaran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 offers</source>
        <translation>%1 tawaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 favour</source>
        <translation>1 bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 favours</source>
        <translation>%1 bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 follow-up</source>
        <translation>1 tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 follow-ups</source>
        <translation>%1 tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 introduction</source>
        <translation>1 perkenalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 introductions</source>
        <translation>%1 perkenalan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing else</source>
        <translation>tidak ada yang lain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both ids are contact #%1: give two different contacts; nothing was merged</source>
        <translation>kedua id adalah kontak #%1: berikan dua kontak yang berbeda; tidak ada yang digabungkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no contact #%1 (`netjournal search` finds ids); nothing was merged</source>
        <translation>tidak ada kontak #%1 (`netjournal search` menemukan id); tidak ada yang digabungkan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; nothing was merged</source>
        <translation>%1; tidak ada yang digabungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a verified JSON backup from before the merge is %1 (`netjournal restore %1 --database URL` brings it back into an empty database)</source>
        <translation>cadangan JSON terverifikasi dari sebelum penggabungan ada di %1 (`netjournal restore %1 --database URL` mengembalikannya ke basis data kosong)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merged #%1 %2 into #%3 %4 (moved: %5)</source>
        <translation>#%1 %2 digabungkan ke #%3 %4 (dipindahkan: %5)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a backup from before the merge is %1 (`netjournal restore %1` undoes it)</source>
        <translation>cadangan dari sebelum penggabungan ada di %1 (`netjournal restore %1` membatalkannya)</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/sync.py" line="+45"/>
        <source>no address-book folder yet: give one with --vdir DIR (it is remembered for later syncs)</source>
        <translation>belum ada folder buku alamat: berikan dengan --vdir DIR (folder itu diingat untuk sinkronisasi berikutnya)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 adalah berkas, bukan folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>contact #%1 is not in the archive</source>
        <translation>kontak #%1 tidak ada di arsip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing was synced with %1: %2</source>
        <translation>tidak ada yang disinkronkan dengan %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>synced with %1: written %2, read %3, new %4, updated %5, archived %6, conflicts %7, unreadable %8</source>
        <translation>disinkronkan dengan %1: ditulis %2, dibaca %3, baru %4, diperbarui %5, diarsipkan %6, konflik %7, tak terbaca %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>new: %1 (#%2)</source>
        <translation>baru: %1 (#%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated: %1 (#%2): %3</source>
        <translation>diperbarui: %1 (#%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>archived: %1 (#%2): the card was deleted from the address book; the journal is kept (`netjournal sync --restore %2` brings it back)</source>
        <translation>diarsipkan: %1 (#%2): kartunya dihapus dari buku alamat; jurnalnya disimpan (`netjournal sync --restore %2` mengembalikannya)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conflict: %1 (#%2), %3 changed on both sides: kept &quot;%4&quot;, the address book&apos;s &quot;%5&quot; is in the contact&apos;s history</source>
        <translation>konflik: %1 (#%2), %3 berubah di kedua sisi: &quot;%4&quot; dipertahankan, &quot;%5&quot; dari buku alamat ada di riwayat kontak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreadable: %1: %2 (left as it is)</source>
        <translation>tak terbaca: %1: %2 (dibiarkan apa adanya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed %1 (cards of contacts deleted here, or second cards of one person)</source>
        <translation>dihapus %1 (kartu kontak yang dihapus di sini, atau kartu kedua dari orang yang sama)</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/copy.py" line="+34"/>
        <source>%1 already holds a journal: copy-to needs an empty one; nothing was copied</source>
        <translation>%1 sudah berisi jurnal: copy-to memerlukan yang kosong; tidak ada yang disalin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copied %1 contacts with their journal from %2 into %3</source>
        <translation>%1 kontak beserta jurnalnya disalin dari %2 ke %3</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/privacy.py" line="+58"/>
        <source>New passphrase: </source>
        <translation>Frasa sandi baru: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the new passphrase with --new-passphrase-file FILE or %1 (nothing was changed)</source>
        <translation>berikan frasa sandi baru dengan --new-passphrase-file BERKAS atau %1 (tidak ada yang diubah)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exports you saved elsewhere (vCard, CSV, JSON, ICS, PDF) are plain files: delete them or keep them somewhere safe</source>
        <translation>ekspor yang Anda simpan di tempat lain (vCard, CSV, JSON, ICS, PDF) adalah berkas biasa: hapus atau simpan di tempat yang aman</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: %1 could not be converted and is left as it was: %2</source>
        <translation>peringatan: %1 tidak bisa dikonversi dan dibiarkan seperti semula: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location line="+20"/>
        <source>on a server, use the server&apos;s own encryption, and sslmode=require in the URL</source>
        <translation>di server, pakai enkripsi milik server itu sendiri, dan sslmode=require di URL</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Encrypting: from now on the journal opens only with its passphrase. A forgotten passphrase means the journal is gone, unless you keep the recovery key shown below.</source>
        <translation>Mengenkripsi: mulai sekarang jurnal hanya terbuka dengan frasa sandinya. Jika frasa sandi terlupa, jurnal hilang, kecuali Anda menyimpan kunci pemulihan yang ditampilkan di bawah.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal was already encrypted; %1 encrypted too</source>
        <translation>jurnal sudah terenkripsi; %1 ikut dienkripsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypted %1 (%2) and %3</source>
        <translation>%1 (%2) dan %3 sudah dienkripsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep the key file %1 with the journal: without it neither the journal nor its backups open</source>
        <translation>simpan berkas kunci %1 bersama jurnal: tanpa berkas itu, jurnal maupun cadangannya tidak bisa dibuka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recovery key (shown only now; write it down and keep it away from this computer): %1</source>
        <translation>kunci pemulihan (hanya ditampilkan sekarang; tulis dan simpan jauh dari komputer ini): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>warning: the recovery sheet could not be written (%1): copy the key above by hand</source>
        <translation>peringatan: lembar pemulihan tidak bisa ditulis (%1): salin kunci di atas secara manual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote the recovery sheet to %1: print it, then delete the file</source>
        <translation>lembar pemulihan ditulis ke %1: cetak, lalu hapus berkasnya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the journal %1 is not encrypted</source>
        <translation>jurnal %1 tidak terenkripsi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decrypted %1 (%2) and %3: anyone who can read this folder can read the journal again</source>
        <translation>%1 (%2) dan %3 sudah didekripsi: siapa pun yang bisa membaca folder ini dapat membaca jurnal lagi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the journal %1 is not encrypted: `netjournal encrypt` encrypts it</source>
        <translation>jurnal %1 tidak terenkripsi: `netjournal encrypt` mengenkripsinya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the journal now opens with the new passphrase only (the recovery key and a key remembered by the keyring still open it)</source>
        <translation>jurnal sekarang hanya terbuka dengan frasa sandi baru (kunci pemulihan dan kunci yang diingat keyring tetap bisa membukanya)</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/unlock.py" line="+25"/>
        <source>give its passphrase with %1, --passphrase-file FILE or %2</source>
        <translation>berikan frasa sandinya dengan %1, --passphrase-file BERKAS atau %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the journal %1 is encrypted and this NetJournal cannot open it: %2</source>
        <translation>jurnal %1 terenkripsi dan NetJournal ini tidak bisa membukanya: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the journal is encrypted: %1 (%2)</source>
        <translation>jurnal terenkripsi: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of the journal: </source>
        <translation>Frasa sandi jurnal: </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the journal is encrypted: %1</source>
        <translation>jurnal terenkripsi: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the journal is encrypted and that passphrase does not open it: %1</source>
        <translation>jurnal terenkripsi dan frasa sandi itu tidak membukanya: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recovery key: </source>
        <translation>Kunci pemulihan: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the recovery key with %1 or at the prompt</source>
        <translation>berikan kunci pemulihan dengan %1 atau saat diminta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>that recovery key does not open the journal (%1)</source>
        <translation>kunci pemulihan itu tidak membuka jurnal (%1)</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/health.py" line="+56"/>
        <source>week of</source>
        <translation>pekan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>face</source>
        <translation>tatap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>voice</source>
        <translation>suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written</source>
        <translation>tulisan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>given</source>
        <translation>beri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>terima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late</source>
        <translation>telat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>let go</source>
        <translation>lepas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>back</source>
        <translation>kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dormant</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network health, %1 weeks from %2</source>
        <translation>Kesehatan jaringan, %1 pekan sejak %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>touches: %1 (%2% face to face, %3 by voice or video, %4 written)</source>
        <translation>interaksi: %1 (%2% tatap muka, %3 lewat suara atau video, %4 tertulis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>favours: %1 given, %2 received</source>
        <translation>bantuan: %1 diberikan, %2 diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups: %1 done, %2 late, %3 let go</source>
        <translation>tindak lanjut: %1 selesai, %2 terlambat, %3 dilepas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ties: %1 reconnected, %2 gone dormant</source>
        <translation>hubungan: %1 tersambung lagi, %2 menjadi pasif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>face: in person and events; voice: calls and video; written: messages, email and social; back: ties reconnected</source>
        <translation>tatap: bertemu langsung dan acara; suara: telepon dan video; tulisan: pesan, email dan media sosial; kembali: hubungan tersambung lagi</translation>
    </message>
</context>
<context>
    <name>connect</name>
    <message>
        <location filename="../../src/netjournal/ui/connect.py" line="-140"/>
        <source>NetJournal cannot reach the database server %1 (it waited up to %2 seconds).

What failed: %3

The journal: %4

Check that the server runs and this computer reaches it (network, VPN), then retry; or open the journal kept on this computer.</source>
        <translation>NetJournal tidak dapat menjangkau server basis data %1 (sudah menunggu sampai %2 detik).

Yang gagal: %3

Jurnalnya: %4

Pastikan server berjalan dan komputer ini dapat menjangkaunya (jaringan, VPN), lalu coba lagi; atau buka jurnal yang tersimpan di komputer ini.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database server not reachable</source>
        <translation>Server basis data tidak terjangkau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this computer&apos;s journal</source>
        <translation>Buka jurnal komputer ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot reach the database server %1: %2</source>
        <translation>tidak dapat menjangkau server basis data %1: %2</translation>
    </message>
</context>
<context>
    <name>contact</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/details_editor.py" line="-114"/>
        <source>Street, city</source>
        <translation>Jalan, kota</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/contact/models.py" line="+62"/>
        <source>No event</source>
        <translation>Tanpa acara</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Idea</source>
        <translation>Ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>I asked</source>
        <translation>Saya meminta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They asked me</source>
        <translation>Mereka meminta saya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favour</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/contact/avatar.py" line="+37"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 lebih besar dari 20 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a picture NetJournal can read (%2).</source>
        <translation>%1 bukan gambar yang bisa dibaca NetJournal (%2).</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/contact/formatting.py" line="+87"/>
        <source>%n days ago</source>
        <translation>%n hari yang lalu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No interaction logged yet</source>
        <translation>Belum ada interaksi yang dicatat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last contact: %1 (%2)</source>
        <translation>Kontak terakhir: %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%n day past</source>
        <translation>lewat %n hari dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n days past</source>
        <translation>lewat %n hari dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant: %1 the keep-in-touch rhythm of every %2 days. A light message keeps the tie warm.</source>
        <translation>Tidak aktif: %1 ritme jaga hubungan setiap %2 hari. Sapaan ringan akan menjaga ikatan tetap hangat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>them</source>
        <translation>dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No favours noted yet.</source>
        <translation>Belum ada bantuan yang dicatat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No favours given or received yet between you and %1.</source>
        <translation>Belum ada bantuan yang diberi atau diterima antara Anda dan %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have given %1 as many favours as you have received.</source>
        <translation>Anda memberi %1 bantuan sebanyak yang Anda terima.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have given %1 more favours than you have received.</source>
        <translation>Anda memberi %1 lebih banyak bantuan daripada yang Anda terima.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have received more favours from %1 than you have given.</source>
        <translation>Anda menerima lebih banyak bantuan dari %1 daripada yang Anda beri.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n given</source>
        <translation>%n diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n received</source>
        <translation>%n diterima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n open ask</source>
        <translation>%n permintaan terbuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n open asks</source>
        <translation>%n permintaan terbuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n favour they asked of me</source>
        <translation>%n bantuan yang dia minta dari saya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n favours they asked of me</source>
        <translation>%n bantuan yang dia minta dari saya</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/contact/ledger_dialogs.py" line="-166"/>
        <source>What could you offer %1 in return? Note an idea under “What I can offer”.</source>
        <translation>Apa yang bisa Anda tawarkan kepada %1 sebagai balasan? Catat idenya di “Apa yang bisa saya tawarkan”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ideas to give back: %1</source>
        <translation>Ide untuk membalas kebaikan: %1</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/contact/timeline_view.py" line="+124"/>
        <source>awaiting reply</source>
        <translation>menunggu balasan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>With %1</source>
        <translation>Dengan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1</source>
        <translation>Di %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said</source>
        <translation>Dibicarakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned</source>
        <translation>Dipelajari</translation>
    </message>
</context>
<context>
    <name>convert</name>
    <message>
        <location filename="../../src/netjournal/ui/settings/convert.py" line="-96"/>
        <source>Encrypting the journal and its backups…</source>
        <translation>Mengenkripsi jurnal dan cadangannya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting the journal and its backups…</source>
        <translation>Mendekripsi jurnal dan cadangannya…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed: %1</source>
        <translation>Tidak ada yang diubah: %1</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../src/netjournal/dates.py" line="+137"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %n days</source>
        <translation>%n hari lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>%n hari yang lalu</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../src/netjournal/ui/help.py" line="-67"/>
        <source>Everywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First, as you would write it. Someone already in the journal is found in any case and without accents; #12 in place of the name means contact 12.</source>
        <translation>Paling depan, seperti biasa Anda menulisnya. Orang yang sudah ada di jurnal ditemukan tanpa peduli huruf besar-kecil dan aksen; #12 sebagai ganti nama berarti kontak 12.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Company, Title)</source>
        <translation>(Perusahaan, Jabatan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after the name; the first comma separates them.</source>
        <translation>Tepat setelah nama; koma pertama memisahkan keduanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>@event</source>
        <translation>@acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you met: one word, or in quotes. One per line.</source>
        <translation>Tempat bertemu: satu kata, atau dalam tanda kutip. Satu per baris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#tags</source>
        <translation>#tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One word each, or in quotes; as many as you like.</source>
        <translation>Masing-masing satu kata, atau dalam tanda kutip; sebanyak yang Anda mau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>!when</source>
        <translation>!kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to follow up: days, weeks, months, a word or a date. Without it, a thank-you is scheduled.</source>
        <translation>Kapan menindaklanjuti: hari, minggu, bulan, sebuah kata atau tanggal. Tanpa ini, ucapan terima kasih yang dijadwalkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>!when: next step</source>
        <translation>!kapan: langkah berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A colon right after the when: the words up to the next mark are the follow-up&apos;s next step.</source>
        <translation>Titik dua tepat setelah waktunya: kata-kata sampai tanda berikutnya menjadi langkah berikutnya tindak lanjut itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything else. A backslash keeps a mark as text.</source>
        <translation>Semua sisanya. Garis miring terbalik menjaga tanda sebagai teks.</translation>
    </message>
</context>
<context>
    <name>importdialog</name>
    <message>
        <location filename="../../src/netjournal/ui/importpreview.py" line="+32"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Digabungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already there</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/importdialog.py" line="-255"/>
        <location filename="../../src/netjournal/ui/importpreview.py" line="+1"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/importpreview.py" line="+5"/>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Yang akan terjadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already in your journal</source>
        <translation>sudah ada di jurnal Anda</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/importdialog.py" line="-18"/>
        <source>Recognise from the content</source>
        <translation>Kenali dari isinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (.vcf) from a phone or address book</source>
        <translation>vCard (.vcf) dari ponsel atau buku alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn Connections.csv</source>
        <translation>Connections.csv dari LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV</source>
        <translation>CSV Google Kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook contacts CSV</source>
        <translation>CSV kontak Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NetJournal CSV export</source>
        <translation>Ekspor CSV NetJournal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NetJournal full export (.json)</source>
        <translation>Ekspor lengkap NetJournal (.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn Invitations.csv (connection requests)</source>
        <translation>Invitations.csv dari LinkedIn (permintaan koneksi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn messages.csv (onto the timelines)</source>
        <translation>messages.csv dari LinkedIn (ke linimasa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn export (.zip)</source>
        <translation>Ekspor LinkedIn (.zip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New people</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People already in the journal</source>
        <translation>Orang yang sudah ada di jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/netjournal/ui/importpreview.py" line="-114"/>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>vCard 4.0, for phones and address books</source>
        <translation>vCard 4.0, untuk ponsel dan buku alamat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard 3.0, for older address books</source>
        <translation>vCard 3.0, untuk buku alamat lama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, untuk lembar kerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NetJournal full export (JSON): everything, lossless</source>
        <translation>Ekspor lengkap NetJournal (JSON): semuanya, tanpa ada yang hilang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar (ICS): open follow-ups</source>
        <translation>Kalender (ICS): tindak lanjut yang terbuka</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/netjournal/wording.py" line="+39"/>
        <source>In person</source>
        <translation>Tatap muka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Erat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduction</source>
        <translation>Perkenalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Pertolongan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow up</source>
        <translation>Tindak lanjuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say thank you</source>
        <translation>Ucapkan terima kasih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect</source>
        <translation>Hubungi lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the introducer</source>
        <translation>Kembali ke perantara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>work</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal</source>
        <translation>pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home</source>
        <translation>rumah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>ponsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>sekolah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>situs web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home fax</source>
        <translation>faks rumah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work fax</source>
        <translation>faks kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>I reached out</source>
        <translation>Saya menghubungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They reached out</source>
        <translation>Dia menghubungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Bersama-sama</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I gave</source>
        <translation>Saya memberi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I received</source>
        <translation>Saya menerima</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asked</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Dilepaskan</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No reply</source>
        <translation>Tidak dibalas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced to me</source>
        <translation>Diperkenalkan kepada saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I asked for an introduction</source>
        <translation>Saya minta diperkenalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I introduced them</source>
        <translation>Saya memperkenalkan mereka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/netjournal/cli/messages.py" line="+31"/>
        <source>card %1 (line %2)</source>
        <translation>kartu %1 (baris %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the full export</source>
        <translation>ekspor lengkap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no name, organisation, email or phone</source>
        <translation>tidak ada nama, organisasi, email, atau telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no name</source>
        <translation>tidak ada nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card never ends (END:VCARD is missing); the file may be cut short</source>
        <translation>kartu tidak pernah berakhir (END:VCARD tidak ada); berkas mungkin terpotong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the birthday %1 is not a date; it was left out</source>
        <translation>ulang tahun %1 bukan tanggal; tidak diambil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date %1 is not a date; it was left out</source>
        <translation>tanggal %1 bukan tanggal; tidak diambil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 %2 is not a date; it was left out</source>
        <translation>%1 %2 bukan tanggal; tidak diambil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photo on line %1 was left out: %2</source>
        <translation>foto di baris %1 tidak diambil: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a column NetJournal reads in this kind of file: its values (%1) were left out</source>
        <translation>bukan kolom yang dibaca NetJournal pada jenis berkas ini: nilainya (%1) tidak diambil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is %1 characters long; a name holds at most %2</source>
        <translation>nama sepanjang %1 karakter; nama paling banyak %2 karakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of its participants is in the journal</source>
        <translation>tidak ada pesertanya yang ada di jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its contact is not in the journal</source>
        <translation>kontaknya tidak ada di jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row</source>
        <translation>1 baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name, and nothing on either side contradicts it</source>
        <translation>nama sama, dan tidak ada yang bertentangan di kedua sisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name but a different %1</source>
        <translation>nama sama tetapi %1 berbeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adds %1</source>
        <translation>menambahkan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same UID %1</source>
        <translation>UID sama %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same LinkedIn profile %1</source>
        <translation>profil LinkedIn sama %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same email %1</source>
        <translation>email sama %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone %1</source>
        <translation>telepon sama %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 detail</source>
        <translation>1 detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 details</source>
        <translation>%1 detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 tag</source>
        <translation>1 tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tags</source>
        <translation>%1 tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company</source>
        <translation>perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how met</source>
        <translation>cara bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met on</source>
        <translation>tanggal bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met at event</source>
        <translation>acara tempat bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>introduced by</source>
        <translation>diperkenalkan oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interests</source>
        <translation>minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remember</source>
        <translation>untuk diingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthday</source>
        <translation>ulang tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file does not exist</source>
        <translation>berkas itu tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>itu folder, bukan berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>berkasnya kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read: %1</source>
        <translation>berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>berkas tidak punya baris judul kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a vCard file: it has no BEGIN:VCARD line</source>
        <translation>ini bukan berkas vCard: tidak ada baris BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this JSON file is not a NetJournal full export</source>
        <translation>berkas JSON ini bukan ekspor lengkap NetJournal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot tell what kind of file this is: it is not a vCard, a LinkedIn, Google or Outlook contacts CSV, a NetJournal CSV export or full export (name the format with --format)</source>
        <translation>jenis berkas ini tidak dikenali: bukan vCard, CSV kontak LinkedIn, Google, atau Outlook, bukan pula ekspor CSV atau ekspor lengkap NetJournal (sebutkan formatnya dengan --format)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no contact #%1</source>
        <translation>tidak ada kontak #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NetJournal is already open on this data folder (%1)</source>
        <translation>NetJournal sudah terbuka pada folder data ini (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another NetJournal (%1) kept the journal busy for %2 s; try again when it has finished</source>
        <translation>NetJournal lain (%1) memakai jurnal selama %2 dtk; coba lagi setelah selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk holding the journal is full (%1): the change was not saved; free some space and try again</source>
        <translation>disk tempat jurnal penuh (%1): perubahan tidak disimpan; kosongkan sebagian ruang lalu coba lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal %1 is read-only (its file or folder does not allow writing): nothing was saved; reading it still works</source>
        <translation>jurnal %1 hanya-baca (berkas atau foldernya tidak mengizinkan penulisan): tidak ada yang disimpan; membacanya tetap bisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal in %1 is read-only (%2 does not allow writing): nothing was changed; commands that only read still work</source>
        <translation>jurnal di %1 hanya-baca (%2 tidak mengizinkan penulisan): tidak ada yang diubah; perintah yang hanya membaca tetap bisa dipakai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of NetJournal (it has schema steps %2); update NetJournal to open it</source>
        <translation>%1 ditulis oleh NetJournal versi yang lebih baru (berisi langkah skema %2); perbarui NetJournal untuk membukanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not read the journal: %1</source>
        <translation>jurnal tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo data only goes into an empty journal; choose a new folder with --data-dir</source>
        <translation>data demo hanya masuk ke jurnal yang kosong; pilih folder baru dengan --data-dir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--contacts must be at least 1</source>
        <translation>--contacts minimal 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file</source>
        <translation>%1 bukan berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a NetJournal journal (SQLite file of another program)</source>
        <translation>%1 bukan jurnal NetJournal (berkas SQLite milik program lain)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer version of NetJournal; update NetJournal to restore it</source>
        <translation>%1 ditulis oleh NetJournal versi yang lebih baru; perbarui NetJournal untuk memulihkannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read as a journal: %2</source>
        <translation>%1 tidak dapat dibaca sebagai jurnal: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fails its checks: %2</source>
        <translation>%1 gagal dalam pemeriksaan: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>Tidak ada ruang tersisa di perangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Izin ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <translation>Berkas atau folder itu tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Sistem berkas hanya-baca</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../src/netjournal/interop/records.py" line="+32"/>
        <source>events</source>
        <translation>acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactions</source>
        <translation>interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers</source>
        <translation>tawaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favours</source>
        <translation>bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>introductions</source>
        <translation>perkenalan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection requests</source>
        <translation>permintaan koneksi</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/netjournal/report/html.py" line="+210"/>
        <source>%1 tie</source>
        <translation>Ikatan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n day past the %1-day rhythm</source>
        <translation>%n hari melewati ritme %1 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n days past the %1-day rhythm</source>
        <translation>%n hari melewati ritme %1 hari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in touch every %n day</source>
        <translation>berhubungan setiap %n hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in touch every %n days</source>
        <translation>berhubungan setiap %n hari</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no conversation recorded yet</source>
        <translation>belum ada percakapan yang tercatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last contact %1 (%2)</source>
        <translation>kontak terakhir %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also open</source>
        <translation>Juga masih terbuka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %n more follow-up not shown</source>
        <translation>dan %n tindak lanjut lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %n more follow-ups not shown</source>
        <translation>dan %n tindak lanjut lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Goal:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learned:</source>
        <translation>Dipelajari:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent conversations</source>
        <translation>Percakapan terbaru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and %n earlier interaction not shown</source>
        <translation>dan %n interaksi sebelumnya tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %n earlier interactions not shown</source>
        <translation>dan %n interaksi sebelumnya tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes left out to fit the page.</source>
        <translation>Catatan dihilangkan agar muat di halaman.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the end of the notes</source>
        <translation>bagian akhir catatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(shortened to fit the page)</source>
        <translation>(dipersingkat agar muat di halaman)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of the interests</source>
        <translation>bagian akhir minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of the family notes</source>
        <translation>bagian akhir catatan keluarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember</source>
        <translation>Untuk diingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of what to remember</source>
        <translation>bagian akhir hal yang perlu diingat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they care about</source>
        <translation>Hal yang penting baginya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the end of how we met</source>
        <translation>bagian akhir cara kami bertemu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1</source>
        <translation>Di %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Met on %1</source>
        <translation>Bertemu pada %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Introduced by %1</source>
        <translation>Diperkenalkan oleh %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduced me to %1</source>
        <translation>Memperkenalkan saya kepada %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How we met</source>
        <translation>Cara kami bertemu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give and take</source>
        <translation>Memberi dan menerima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What I can offer</source>
        <translation>Apa yang bisa saya tawarkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %n more idea not shown</source>
        <translation>dan %n ide lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %n more ideas not shown</source>
        <translation>dan %n ide lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Given and received</source>
        <translation>Diberikan dan diterima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %n more favour not shown</source>
        <translation>dan %n bantuan lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %n more favours not shown</source>
        <translation>dan %n bantuan lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I gave</source>
        <translation>Saya memberi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I received</source>
        <translation>Saya menerima</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open asks</source>
        <translation>Permintaan bantuan terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I asked them for</source>
        <translation>Yang saya minta darinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They asked me for</source>
        <translation>Yang dia minta dari saya</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and %n more ask not shown</source>
        <translation>dan %n permintaan lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %n more asks not shown</source>
        <translation>dan %n permintaan lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %n more detail not shown</source>
        <translation>dan %n detail lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %n more details not shown</source>
        <translation>dan %n detail lain tidak ditampilkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded yet beyond the card.</source>
        <translation>Belum ada catatan selain kartu ini.</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/report/pdf.py" line="+97"/>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NetJournal · private notes, keep safe</source>
        <translation>NetJournal · catatan pribadi, simpan baik-baik</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Contact summaries</source>
        <translation>Ringkasan kontak</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/report/words.py" line="+69"/>
        <source>%n day ago</source>
        <translation>%n hari yang lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>%n hari yang lalu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n week ago</source>
        <translation>%n minggu yang lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n weeks ago</source>
        <translation>%n minggu yang lalu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n month ago</source>
        <translation>%n bulan yang lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n months ago</source>
        <translation>%n bulan yang lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n year ago</source>
        <translation>%n tahun yang lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n years ago</source>
        <translation>%n tahun yang lalu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n day overdue</source>
        <translation>terlambat %n hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n days overdue</source>
        <translation>terlambat %n hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due tomorrow</source>
        <translation>jatuh tempo besok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No favours exchanged yet: a good moment to offer something.</source>
        <translation>Belum ada bantuan yang dipertukarkan: saat yang tepat untuk menawarkan sesuatu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n favour given</source>
        <translation>%n bantuan diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n favours given</source>
        <translation>%n bantuan diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>%n received</source>
        <translation>%n diterima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n open ask</source>
        <translation>%n permintaan terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n open asks</source>
        <translation>%n permintaan terbuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have received more than I gave (%1). Offer something before asking again.</source>
        <translation>Saya menerima lebih banyak daripada yang saya beri (%1). Tawarkan sesuatu sebelum meminta lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have received more than I gave (%1).</source>
        <translation>Saya menerima lebih banyak daripada yang saya beri (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have given more than I received (%1).</source>
        <translation>Saya memberi lebih banyak daripada yang saya terima (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As many favours given as received (%1).</source>
        <translation>Bantuan yang diberi sama banyak dengan yang diterima (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No favours given or received yet (%1).</source>
        <translation>Belum ada bantuan yang diberi atau diterima (%1).</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/report/recovery.py" line="+25"/>
        <location line="+33"/>
        <source>NetJournal recovery key</source>
        <translation>Kunci pemulihan NetJournal</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This key opens your encrypted journal when its passphrase is forgotten. Anyone who holds it and a copy of the journal can read the journal.</source>
        <translation>Kunci ini membuka jurnal terenkripsi Anda jika frasa sandinya terlupa. Siapa pun yang memegang kunci ini dan salinan jurnal dapat membaca jurnal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this page somewhere safe, away from the computer (not in the same bag or the same cloud folder). Do not keep a photo or a copy of it on the computer.</source>
        <translation>Simpan halaman ini di tempat yang aman, jauh dari komputer (jangan di tas yang sama atau folder cloud yang sama). Jangan simpan foto atau salinannya di komputer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To use it: netjournal change-passphrase --with-recovery-key, then give a new passphrase.</source>
        <translation>Cara memakainya: netjournal change-passphrase --with-recovery-key, lalu berikan frasa sandi baru.</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../src/netjournal/ui/requests/models.py" line="-98"/>
        <source>(removed)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mutual</source>
        <translation>Bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Introduction</source>
        <translation>Perkenalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/requests/wording.py" line="+18"/>
        <source>Likely accept</source>
        <translation>Cenderung terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look closer</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely decline</source>
        <translation>Cenderung tolak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A short personal message</source>
        <translation>Pesan pribadi yang singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Says why they want to connect</source>
        <translation>Menjelaskan alasan ingin terhubung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions your work (“%1”)</source>
        <translation>Menyebut karya Anda (“%1”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message</source>
        <translation>Tanpa pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the network&apos;s default message</source>
        <translation>Hanya pesan bawaan dari jaringan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A long pitch, not a short note</source>
        <translation>Promosi panjang, bukan catatan singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a greeting: doesn&apos;t say why</source>
        <translation>Hanya sapaan: tidak menyebut alasannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile photo</source>
        <translation>Tanpa foto profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile mostly empty</source>
        <translation>Profil sebagian besar kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red flag: “%1”</source>
        <translation>Tanda bahaya: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 doesn&apos;t know %2 yet, so this asks a favour for a stranger. A kinder ask: put one specific question to %1 on %2&apos;s behalf, and pass the answer on.</source>
        <translation>%1 belum mengenal %2, jadi ini berarti meminta bantuan untuk orang asing. Cara yang lebih santun: ajukan satu pertanyaan spesifik kepada %1 atas nama %2, lalu sampaikan jawabannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip: ask both people first whether they&apos;d like the introduction, so neither is caught off guard.</source>
        <translation>Tips: tanyakan dulu kepada kedua orang apakah mereka mau diperkenalkan, agar tidak ada yang merasa kaget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%2 said no. Thank them for their time, then go back to %1 (who introduced you) rather than pressing: %1 may know someone else.</source>
        <translation>%2 menolak. Ucapkan terima kasih atas waktunya, lalu kembali ke %1 (yang memperkenalkan Anda) daripada terus mendesak: %1 mungkin mengenal orang lain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who was introduced.</source>
        <translation>Pilih siapa yang diperkenalkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The introducer has to be someone other than the two people.</source>
        <translation>Perantara harus orang lain, bukan salah satu dari kedua orang itu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An introduction needs two different people.</source>
        <translation>Perkenalan membutuhkan dua orang yang berbeda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who introduced you (or whom you asked).</source>
        <translation>Sebutkan siapa yang memperkenalkan Anda (atau kepada siapa Anda meminta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whom you introduced them to.</source>
        <translation>Sebutkan kepada siapa Anda memperkenalkannya.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 mutual connection</source>
        <translation>1 koneksi bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mutual connections</source>
        <translation>%1 koneksi bersama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/requests/path.py" line="+26"/>
        <source>someone no longer in your journal</source>
        <translation>seseorang yang sudah tidak ada di jurnal Anda</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Introduced by %1 at %2</source>
        <translation>Diperkenalkan oleh %1 di %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduced by %1</source>
        <translation>Diperkenalkan oleh %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked %1 for an introduction</source>
        <translation>Anda meminta %1 untuk memperkenalkan Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You introduced them to %1</source>
        <translation>Anda memperkenalkannya kepada %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../src/netjournal/ui/safety.py" line="-98"/>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>verified</source>
        <translation>sudah diperiksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Restored %1 contacts from %2.</source>
        <translation>%1 kontak dipulihkan dari %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal it replaced is kept as %1.</source>
        <translation>Jurnal yang diganti disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>stale</name>
    <message>
        <location filename="../../src/netjournal/ui/contact/stale.py" line="+28"/>
        <source>%1 was changed by someone else at %2, after you opened the card: reload it to see their version (your edits are dropped), or keep yours (it replaces theirs).</source>
        <translation>%1 diubah oleh orang lain pukul %2, setelah Anda membuka kartunya: muat ulang untuk melihat versi mereka (suntingan Anda dibuang), atau simpan versi Anda (menggantikan versi mereka).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changed by someone else</source>
        <translation>Diubah oleh orang lain</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Simpan versi saya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../../src/netjournal/ui/today/card.py" line="-165"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it went</source>
        <translation>Hasilnya</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/today/delegate.py" line="+73"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/netjournal/ui/today/operations.py" line="+36"/>
        <location filename="../../src/netjournal/ui/today/wording.py" line="+215"/>
        <source>They replied</source>
        <translation>Dia membalas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+189"/>
        <location filename="../../src/netjournal/ui/today/wording.py" line="-139"/>
        <location line="+104"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/today/listview.py" line="+225"/>
        <source>Done: %1. It is on the timeline.</source>
        <translation>Selesai: %1. Sudah tercatat di linimasa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 replied: the follow-ups stop here.</source>
        <translation>%1 membalas: tindak lanjut berhenti di sini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed %1 until %2.</source>
        <translation>%1 ditunda sampai %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let go of %1. That&apos;s fine: not every door opens.</source>
        <translation>%1 dilepaskan. Tidak apa-apa: tidak semua pintu akan terbuka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/today/model.py" line="+241"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show %1 more</source>
        <translation>Tampilkan %1 lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the other %1</source>
        <translation>Tampilkan %1 sisanya</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/cli/followups.py" line="-90"/>
        <location filename="../../src/netjournal/ui/today/wording.py" line="-147"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/netjournal/ui/today/wording.py" line="+1"/>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/netjournal/ui/today/wording.py" line="+1"/>
        <source>Thank-yous still owed</source>
        <translation>Ucapan terima kasih yang tertunda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/netjournal/ui/today/wording.py" line="+1"/>
        <source>Later this week</source>
        <translation>Sisa minggu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/netjournal/ui/today/wording.py" line="+1"/>
        <location line="+117"/>
        <source>Reconnect</source>
        <translation>Hubungi lagi</translation>
    </message>
    <message>
        <location filename="../../src/netjournal/ui/today/wording.py" line="-113"/>
        <source>1 overdue</source>
        <translation>1 terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 overdue</source>
        <translation>%1 terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 due today</source>
        <translation>1 jatuh tempo hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due today</source>
        <translation>%1 jatuh tempo hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 thank-you</source>
        <translation>1 ucapan terima kasih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 thank-yous</source>
        <translation>%1 ucapan terima kasih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 later this week</source>
        <translation>1 di sisa minggu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 later this week</source>
        <translation>%1 di sisa minggu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to reconnect with</source>
        <translation>1 untuk dihubungi lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to reconnect with</source>
        <translation>%1 untuk dihubungi lagi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing due this week. You&apos;re all caught up.</source>
        <translation>Tidak ada yang jatuh tempo minggu ini. Semua sudah beres.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 day late</source>
        <translation>terlambat 1 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days late</source>
        <translation>terlambat %1 hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A short “how are you?” is enough</source>
        <translation>Cukup sapa singkat “apa kabar?”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask about %1, or share something about #%2</source>
        <translation>Tanyakan soal %1, atau bagikan sesuatu tentang #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask about %1</source>
        <translation>Tanyakan soal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share something about #%1</source>
        <translation>Bagikan sesuatu tentang #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow up (try %1 of %2)</source>
        <translation>Tindak lanjuti (percobaan %1 dari %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last follow-up (try %1 of %2)</source>
        <translation>Tindak lanjut terakhir (percobaan %1 dari %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reply after three tries. Let go?</source>
        <translation>Tidak ada balasan setelah tiga kali mencoba. Lepaskan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say thank you</source>
        <translation>Ucapkan terima kasih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step: %1</source>
        <translation>Langkah berikutnya: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step you agreed</source>
        <translation>Langkah berikutnya yang sudah disepakati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank them for the introduction, and go back to them</source>
        <translation>Ucapkan terima kasih atas perkenalannya, dan kembali menghubunginya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday on %1: a reason to reach out</source>
        <translation>Ulang tahun pada %1: alasan untuk menyapa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reconnect: %1</source>
        <translation>Hubungi lagi: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After %1</source>
        <translation>Setelah %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After your meeting</source>
        <translation>Setelah pertemuan Anda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last in touch %1 · %2 tie, every %3 days</source>
        <translation>Terakhir berhubungan %1 · ikatan: %2, setiap %3 hari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in touch since you added them · %1 tie</source>
        <translation>Belum berhubungan sejak ditambahkan · ikatan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snoozed</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Followed up (try %1 of %2)</source>
        <translation>Sudah ditindaklanjuti (percobaan %1 dari %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Said thank you</source>
        <translation>Sudah berterima kasih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanked them for the introduction</source>
        <translation>Sudah berterima kasih atas perkenalannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnected</source>
        <translation>Sudah menghubungi lagi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reached out: %1</source>
        <translation>Menghubungi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached out</source>
        <translation>Menghubungi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Let go after %1 of %2 tries</source>
        <translation>Dilepaskan setelah %1 dari %2 percobaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They replied after 1 follow-up</source>
        <translation>Dia membalas setelah 1 tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They replied after %1 follow-ups</source>
        <translation>Dia membalas setelah %1 tindak lanjut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a reply</source>
        <translation>Menunggu balasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reply after three tries: let go? (%1)</source>
        <translation>Tidak ada balasan setelah tiga kali mencoba: lepaskan? (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: try %1 due %2</source>
        <translation>Menunggu: percobaan %1 jatuh tempo %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let go?</source>
        <translation>Lepaskan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up (try %1 of %2)</source>
        <translation>Tindak lanjut (percobaan %1 dari %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../src/netjournal/ui/unlock.py" line="+34"/>
        <source>the journal %1 is encrypted and this NetJournal cannot open it: %2</source>
        <translation>jurnal %1 terenkripsi dan NetJournal ini tidak bisa membukanya: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passphrase given to NetJournal does not open this journal.</source>
        <translation>Frasa sandi yang diberikan ke NetJournal tidak membuka jurnal ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the journal is encrypted: %1</source>
        <translation>jurnal terenkripsi: %1</translation>
    </message>
</context>
</TS>
