<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Kegiatan</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Nama pelatih atau tim medis</source>
        <translation>Trainer or medical team name</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Pelatih / tim medis</source>
        <translation>Trainer / medical team</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Simpan kegiatan</source>
        <translation>Save session</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Ketik nama atau NIK (minimal 2 huruf)</source>
        <translation>Type a name or NIK (at least 2 letters)</translation>
    </message>
    <message>
        <source>Cari penduduk</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Pilih orang</source>
        <translation>Choose person</translation>
    </message>
    <message>
        <source>Orang dari luar Alak / belum terdaftar…</source>
        <translation>Person from outside Alak / not yet registered…</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tanggal bergabung</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>luar Alak (baru didaftarkan)</source>
        <translation>outside Alak (newly registered)</translation>
    </message>
    <message>
        <source>Pilih orang dari hasil pencarian.</source>
        <translation>Choose a person from the search results.</translation>
    </message>
</context>
<context>
    <name>ArisanPanel</name>
    <message>
        <source>Siklus:</source>
        <translation>Cycle:</translation>
    </message>
    <message>
        <source>Siklus baru…</source>
        <translation>New cycle…</translation>
    </message>
    <message>
        <source>Ubah syarat…</source>
        <translation>Change terms…</translation>
    </message>
    <message>
        <source>Alihkan bagian…</source>
        <translation>Transfer share…</translation>
    </message>
    <message>
        <source>Bagian seorang anggota diteruskan ke anggota lain</source>
        <translation>A member&apos;s share is passed on to another member</translation>
    </message>
    <message>
        <source>Putaran:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>Buka putaran berikutnya</source>
        <translation>Open next round</translation>
    </message>
    <message>
        <source>Catat setoran…</source>
        <translation>Record contribution…</translation>
    </message>
    <message>
        <source>Atau klik dua kali baris anggota (Enter)</source>
        <translation>Or double-click a member&apos;s row (Enter)</translation>
    </message>
    <message>
        <source>Semua lunas…</source>
        <translation>All paid in full…</translation>
    </message>
    <message>
        <source>Catat sekaligus anggota yang membayar penuh</source>
        <translation>Record at once the members who paid in full</translation>
    </message>
    <message>
        <source>Tentukan pemenang…</source>
        <translation>Decide the winner…</translation>
    </message>
    <message>
        <source>Bayar pemenang…</source>
        <translation>Pay the winner…</translation>
    </message>
    <message>
        <source>Cetak rekap (PDF)…</source>
        <translation>Print recap (PDF)…</translation>
    </message>
    <message>
        <source>Batalkan pembayaran…</source>
        <translation>Cancel payment…</translation>
    </message>
    <message>
        <source>Pembayaran yang salah dicatat: dibatalkan dengan alasan, lalu dicatat lagi</source>
        <translation>A wrongly recorded payment: cancelled with a reason, then recorded again</translation>
    </message>
    <message>
        <source>Batalkan undian…</source>
        <translation>Cancel draw…</translation>
    </message>
    <message>
        <source>Undian dibatalkan dengan alasan, lalu diundi ulang di depan saksi</source>
        <translation>A draw cancelled with a reason, then drawn again in front of witnesses</translation>
    </message>
    <message>
        <source>Putaran &amp;&amp; setoran</source>
        <translation>Rounds &amp;&amp; contributions</translation>
    </message>
    <message>
        <source>Jadwal &amp;&amp; pemenang</source>
        <translation>Schedule &amp;&amp; winners</translation>
    </message>
    <message>
        <source>Tunggakan dihitung dari putaran yang sudah dibuka, termasuk anggota yang sudah menerima arisan (mereka tetap membayar sampai siklus selesai).</source>
        <translation>Arrears are counted from the rounds already opened, including members who have already received the arisan (they keep paying until the cycle ends).</translation>
    </message>
    <message>
        <source>Ekspor tunggakan ke Excel…</source>
        <translation>Export arrears to Excel…</translation>
    </message>
    <message>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Pembayaran dan undian yang dibatalkan tetap tercatat di sini, dengan alasannya, begitu juga bagian yang dialihkan.</source>
        <translation>Cancelled payments and draws stay recorded here with their reasons, and so do transferred shares.</translation>
    </message>
    <message>
        <source>Riwayat koreksi</source>
        <translation>Correction history</translation>
    </message>
    <message>
        <source>Belum ada siklus arisan. Klik &apos;Siklus baru…&apos; untuk memulai.</source>
        <translation>No arisan cycle yet. Click &apos;New cycle…&apos; to start.</translation>
    </message>
    <message>
        <source>Pilih kelompok di sebelah kiri.</source>
        <translation>Choose a group on the left.</translation>
    </message>
    <message>
        <source>Iuran {c} per bagian, {freq}, {w} pemenang per putaran, cara: {m} · {shares} bagian dari {members} anggota · {rounds} putaran · {status}</source>
        <translation>Contribution {c} per share, {freq}, {w} winner(s) per round, method: {m} · {shares} shares from {members} members · {rounds} rounds · {status}</translation>
    </message>
    <message>
        <source>Kas di tangan: {cash}  ·  Terkumpul {col} + denda {pen}  ·  Dibayarkan {out}  ·  Tunggakan {arr}</source>
        <translation>Cash in hand: {cash}  ·  Collected {col} + penalties {pen}  ·  Paid out {out}  ·  Arrears {arr}</translation>
    </message>
    <message>
        <source>Putaran {n} — {d} ({st})</source>
        <translation>Round {n} — {d} ({st})</translation>
    </message>
    <message>
        <source>Putaran terakhir belum selesai, atau siklus sudah selesai.</source>
        <translation>The last round is not finished yet, or the cycle has ended.</translation>
    </message>
    <message>
        <source>Putaran</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pemenang</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Dibayar bersih</source>
        <translation>Net paid</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Iuran jatuh tempo</source>
        <translation>Contribution due</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>Sudah menang</source>
        <translation>Already won</translation>
    </message>
    <message>
        <source>Koreksi</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Iuran</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Menang</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Putaran {n}</source>
        <translation>Round {n}</translation>
    </message>
    <message>
        <source>Buka putaran pertama untuk mencatat setoran.</source>
        <translation>Open the first round to record contributions.</translation>
    </message>
    <message>
        <source>Belum ditentukan pemenangnya. {n} bagian masih berhak menang.</source>
        <translation>No winner decided yet. {n} shares can still win.</translation>
    </message>
    <message>
        <source>Pemenang: {w}. Saksi: {s}.</source>
        <translation>Winner: {w}. Witnesses: {s}.</translation>
    </message>
    <message>
        <source>Kode acak (seed): {seed}</source>
        <translation>Random code (seed): {seed}</translation>
    </message>
    <message>
        <source>Diperiksa ulang: hasil cocok.</source>
        <translation>Checked again: the result matches.</translation>
    </message>
    <message>
        <source>PERINGATAN: hasil tidak cocok bila diulang!</source>
        <translation>WARNING: the result does not match when repeated!</translation>
    </message>
    <message>
        <source>Dibayar ke {w}: {net} pada {d}, diterima {r}.</source>
        <translation>Paid to {w}: {net} on {d}, received by {r}.</translation>
    </message>
    <message>
        <source>Undian dibatalkan {d}: {why} (pemenang semula {w}).</source>
        <translation>Draw cancelled {d}: {why} (original winner {w}).</translation>
    </message>
    <message>
        <source>Pembayaran dibatalkan {d}: {why} ({w}, {net}, diterima {r}).</source>
        <translation>Payment cancelled {d}: {why} ({w}, {net}, received by {r}).</translation>
    </message>
    <message>
        <source>Siklus arisan baru</source>
        <translation>New arisan cycle</translation>
    </message>
    <message>
        <source>Tambahkan anggota kelompok dulu.</source>
        <translation>Add group members first.</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Simpan rekap putaran</source>
        <translation>Save round recap</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cetak rekap</source>
        <translation>Print recap</translation>
    </message>
    <message>
        <source>Membuat rekap putaran (PDF)…</source>
        <translation>Making the round recap (PDF)…</translation>
    </message>
    <message>
        <source>Rekap disimpan di {path}</source>
        <translation>Recap saved to {path}</translation>
    </message>
    <message>
        <source>Simpan laporan tunggakan</source>
        <translation>Save arrears report</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Mengekspor tunggakan ke Excel…</source>
        <translation>Exporting arrears to Excel…</translation>
    </message>
    <message>
        <source>Laporan tunggakan disimpan di {path}</source>
        <translation>Arrears report saved to {path}</translation>
    </message>
    <message>
        <source>Syarat siklus (iuran, frekuensi, pemenang, cara, biaya, denda, tanggal mulai)</source>
        <translation>Cycle terms (contribution, frequency, winners, method, fees, penalty, start date)</translation>
    </message>
    <message>
        <source>Syarat tidak bisa diubah lagi: putaran pertama sudah dibuka.</source>
        <translation>The terms can no longer be changed: the first round has been opened.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Panah atas/bawah: pindah baris · Spasi: hadir/tidak · Ctrl+N: peserta datang langsung · Ctrl+S: simpan</source>
        <translation>Up/down arrows: move row · Space: present/absent · Ctrl+N: walk-in participant · Ctrl+S: save</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Peserta datang langsung… (Ctrl+N)</source>
        <translation>Walk-in participant… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tandai semua hadir</source>
        <translation>Mark all present</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(tanpa NIK)</source>
        <translation>(no NIK)</translation>
    </message>
    <message>
        <source>✔ Hadir</source>
        <translation>✔ Present</translation>
    </message>
    <message>
        <source>{0} dari {1} hadir</source>
        <translation>{0} of {1} present</translation>
    </message>
    <message>
        <source>Kehadiran yang sudah ditandai belum disimpan. Simpan sekarang?</source>
        <translation>Attendance marks have not been saved yet. Save now?</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>, pukul {0}</source>
        <translation>, at {0}</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Hari/tanggal</source>
        <translation>Day/date</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Pelatih/tim</source>
        <translation>Trainer/team</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>(tanpa NIK)</source>
        <translation>(no NIK)</translation>
    </message>
    <message>
        <source>NIK ditampilkan sebagian (disamarkan) untuk melindungi data pribadi.</source>
        <translation>NIKs are shown in part (masked) to protect personal data.</translation>
    </message>
    <message>
        <source>Baris kosong untuk peserta yang datang langsung.</source>
        <translation>Empty rows are for walk-in participants.</translation>
    </message>
    <message>
        <source>DAFTAR HADIR</source>
        <translation>ATTENDANCE LIST</translation>
    </message>
    <message>
        <source>{0} · {1} — halaman {2} dari {3}</source>
        <translation>{0} · {1} — page {2} of {3}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Setiap masuk, perubahan, impor, ekspor dan pemulihan tercatat di sini dan tidak dapat diubah. Rantai hash menunjukkan bila berkas diubah dari luar aplikasi.</source>
        <translation>Every sign-in, change, import, export and restore is recorded here and cannot be altered. The hash chain shows when the file was changed outside the app.</translation>
    </message>
    <message>
        <source>Cari ID catatan, nilai atau rincian…</source>
        <translation>Search record ID, value or details…</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Periksa keutuhan</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>ID catatan</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Perubahan / rincian</source>
        <translation>Change / details</translation>
    </message>
    <message>
        <source>{shown} dari {total} entri ditampilkan (terbaru dulu).</source>
        <translation>{shown} of {total} entries shown (newest first).</translation>
    </message>
    <message>
        <source>Log audit utuh: rantai hash cocok untuk semua {n} entri.</source>
        <translation>Audit log intact: the hash chain matches for all {n} entries.</translation>
    </message>
    <message>
        <source>Log audit TIDAK utuh: entri nomor {seq} telah diubah atau dihapus di luar aplikasi. Laporkan ke koordinator dan simpan salinan berkas database ini.</source>
        <translation>Audit log NOT intact: entry number {seq} was changed or deleted outside the app. Report it to the coordinator and keep a copy of this database file.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Cadangan otomatis dibuat sebelum impor, sebelum pembaruan skema dan sekali sehari saat aplikasi ditutup; disimpan 7 harian dan 4 mingguan di {folder}.</source>
        <translation>Backups are made automatically before an import, before a schema upgrade and once a day when the app closes; 7 daily and 4 weekly ones are kept in {folder}.</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Cadangkan ke folder…</source>
        <translation>Back up to folder…</translation>
    </message>
    <message>
        <source>Misalnya ke flashdisk</source>
        <translation>For example to a USB stick</translation>
    </message>
    <message>
        <source>Pulihkan cadangan terpilih…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <source>Pulihkan dari berkas…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>Hanya Admin yang boleh memulihkan cadangan.</source>
        <translation>Only an Admin may restore a backup.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Membuat dan memeriksa cadangan…</source>
        <translation>Making and checking the backup…</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Cadangan tersimpan dan terverifikasi:
{path}</source>
        <translation>Backup saved and verified:
{path}</translation>
    </message>
    <message>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Pilih folder cadangan</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Pilih cadangan di tabel dulu.</source>
        <translation>Choose a backup in the table first.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>Database Berdaya (*.db)</source>
        <translation>Berdaya database (*.db)</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Seluruh isi database akan diganti dengan cadangan:
{name}

Keadaan sekarang dicadangkan dulu, jadi langkah ini bisa dibatalkan dengan memulihkan cadangan &apos;Sebelum pemulihan&apos;. Lanjutkan?</source>
        <translation>The whole database will be replaced by the backup:
{name}

The current state is backed up first, so this step can be undone by restoring the &apos;Sebelum pemulihan&apos; (before restore) backup. Continue?</translation>
    </message>
    <message>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Database dipulihkan dari {name}.</source>
        <translation>Database restored from {name}.</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring backup…</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Simpan PNG…</source>
        <translation>Save PNG…</translation>
    </message>
    <message>
        <source>Klik batang untuk melihat orangnya.</source>
        <translation>Click a bar to see the people.</translation>
    </message>
    <message>
        <source>Simpan grafik sebagai PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Konflik impor</source>
        <translation>Import conflicts</translation>
    </message>
    <message>
        <source>Data yang diubah di dua tempat. Pilih untuk tiap baris: pertahankan nilai di laptop ini, ambil nilai dari berkas, atau ketik nilai yang benar.</source>
        <translation>Data changed in two places. Choose for each row: keep the value on this laptop, take the value from the file, or type the correct value.</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang menunggu keputusan.</source>
        <translation>No conflicts are waiting for a decision.</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Pertahankan milik saya</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Ambil dari berkas</source>
        <translation>Take from file</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Orang yang sama</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Orang berbeda</source>
        <translation>Different person</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mirip orang yang sudah ada</source>
        <translation>Similar to an existing person</translation>
    </message>
    <message>
        <source>Dihapus di satu sisi, diubah di sisi lain</source>
        <translation>Deleted on one side, changed on the other</translation>
    </message>
    <message>
        <source>baris {0}</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Di laptop ini</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <source>Dari berkas</source>
        <translation>From the file</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ubah nilai</source>
        <translation>Edit value</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Semua konflik sudah selesai.</source>
        <translation>All conflicts are resolved.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Berdaya terkunci</source>
        <translation>Berdaya is locked</translation>
    </message>
    <message>
        <source>Pekerjaan yang belum disimpan tetap aman. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>Unsaved work stays safe. Enter {name}&apos;s password to continue.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>Siklus arisan baru</source>
        <translation>New arisan cycle</translation>
    </message>
    <message>
        <source>Nama siklus</source>
        <translation>Cycle name</translation>
    </message>
    <message>
        <source>Iuran per bagian per putaran</source>
        <translation>Contribution per share per round</translation>
    </message>
    <message>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Pemenang per putaran</source>
        <translation>Winners per round</translation>
    </message>
    <message>
        <source>Cara menentukan pemenang</source>
        <translation>How the winner is chosen</translation>
    </message>
    <message>
        <source>Biaya kas per pemenang (boleh 0)</source>
        <translation>Cash-box fee per winner (may be 0)</translation>
    </message>
    <message>
        <source>Denda terlambat (boleh 0)</source>
        <translation>Late penalty (may be 0)</translation>
    </message>
    <message>
        <source>Tanggal putaran pertama</source>
        <translation>Date of the first round</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Jumlah bagian</source>
        <translation>Number of shares</translation>
    </message>
    <message>
        <source>Bagian per anggota</source>
        <translation>Shares per member</translation>
    </message>
    <message>
        <source>{shares} bagian, {winners} pemenang per putaran → {rounds} putaran</source>
        <translation>{shares} shares, {winners} winner(s) per round → {rounds} rounds</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Tanggal tidak dikenali; tulis hh/bb/tttt, mis. 05/03/1990.</source>
        <translation>Date not recognised; write dd/mm/yyyy, e.g. 05/03/1990.</translation>
    </message>
    <message>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Tentukan pemenang</source>
        <translation>Decide the winner</translation>
    </message>
    <message>
        <source>Undi sekarang</source>
        <translation>Draw now</translation>
    </message>
    <message>
        <source>Tetapkan</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Undian di antara {n} bagian yang belum menang. Kode acak (seed) dan daftar peserta undian disimpan sehingga hasilnya bisa diperiksa ulang.</source>
        <translation>Draw among the {n} shares that have not won yet. The random code (seed) and the list of shares in the draw are stored so the result can be checked again.</translation>
    </message>
    <message>
        <source>Urutan tetap: {n} bagian belum menang; yang nomor urutnya terkecil menerima putaran ini.</source>
        <translation>Fixed order: {n} shares have not won yet; the one with the lowest order number receives this round.</translation>
    </message>
    <message>
        <source>Lelang: bagian yang menawar potongan terbesar menang; potongan masuk kas kelompok. Yang tidak menawar dihitung 0; hasil sama diundi.</source>
        <translation>Bidding: the share that bids the largest discount wins; the discount goes to the group&apos;s cash box. No bid counts as 0; ties are drawn.</translation>
    </message>
    <message>
        <source>Saksi (nama, pisahkan dengan ;)</source>
        <translation>Witnesses (names, separate with ;)</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Potongan (Rp)</source>
        <translation>Discount (Rp)</translation>
    </message>
    <message>
        <source>Tawaran</source>
        <translation>Bid</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>{n} orang</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka profil</source>
        <translation>Double-click to open the profile</translation>
    </message>
    <message>
        <source>Tampilkan NIK lengkap</source>
        <translation>Show full NIK</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <source>Kemungkinan data ganda: NIK sama, atau tanpa NIK dengan nama mirip (ejaan berbeda pun dikenali) dan tanggal lahir sama/berdekatan di kelurahan yang sama.</source>
        <translation>Possible duplicates: the same NIK, or no NIK with a similar name (different spellings are recognised) and the same or a close birth date in the same kelurahan.</translation>
    </message>
    <message>
        <source>Cari data ganda</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Tinjau dan gabungkan…</source>
        <translation>Review and merge…</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Mencari data ganda</source>
        <translation>Finding duplicates</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{n} pasangan ditemukan</source>
        <translation>{n} pairs found</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Impor/Ekspor</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <source>Bertukar data dengan kantor kelurahan dan kecamatan lewat buku kerja Excel.</source>
        <translation>Exchange data with the kelurahan and district offices through Excel workbooks.</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Tulis buku kerja Excel untuk dikirim ke kantor.</source>
        <translation>Write an Excel workbook to send to the office.</translation>
    </message>
    <message>
        <source>Templat kosong…</source>
        <translation>Blank template…</translation>
    </message>
    <message>
        <source>Buku kerja kosong dengan petunjuk untuk diisi kantor.</source>
        <translation>An empty workbook with instructions for the office to fill in.</translation>
    </message>
    <message>
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Baca buku kerja dari kantor atau perangkat lain.</source>
        <translation>Read a workbook from the office or another device.</translation>
    </message>
    <message>
        <source>Konflik…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <source>Data yang diubah di dua tempat: putuskan nilainya.</source>
        <translation>Data changed in two places: decide the value.</translation>
    </message>
    <message>
        <source>Riwayat impor</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Riwayat ekspor</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>Konflik ({0})…</source>
        <translation>Conflicts ({0})…</translation>
    </message>
    <message>
        <source>Ekspor terakhir: {path}</source>
        <translation>Last export: {path}</translation>
    </message>
    <message>
        <source>Templat kosong</source>
        <translation>Blank template</translation>
    </message>
    <message>
        <source>Templat kosong ditulis ke {path}</source>
        <translation>Blank template written to {path}</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Semua data</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>Satu kelurahan</source>
        <translation>One kelurahan</translation>
    </message>
    <message>
        <source>Satu program</source>
        <translation>One program</translation>
    </message>
    <message>
        <source>Hanya yang berubah sejak ekspor terakhir ke kantor ini</source>
        <translation>Only what changed since the last export to this office</translation>
    </message>
    <message>
        <source>Kantor tujuan</source>
        <translation>Destination office</translation>
    </message>
    <message>
        <source>Samarkan NIK, No KK dan No HP (buku kerja hanya untuk dibaca)</source>
        <translation>Mask NIK, KK number and phone number (the workbook is for reading only)</translation>
    </message>
    <message>
        <source>Tanpa penduduk yang belum memberi persetujuan data</source>
        <translation>Leave out people who have not given data consent</translation>
    </message>
    <message>
        <source>Lindungi dengan kata sandi</source>
        <translation>Protect with a password</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Minimal {n} karakter</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Simpan ekspor sebagai</source>
        <translation>Save export as</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan lebih dulu.</source>
        <translation>Choose the destination file first.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords are not the same.</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Mengekspor ke Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Selesai: {n} baris diekspor ke {path}.</source>
        <translation>Done: {n} rows exported to {path}.</translation>
    </message>
    <message>
        <source>Perubahan sejak {at}.</source>
        <translation>Changes since {at}.</translation>
    </message>
    <message>
        <source>NIK, No KK dan No HP disamarkan.</source>
        <translation>NIK, KK number and phone number are masked.</translation>
    </message>
    <message>
        <source>Dilindungi kata sandi: kirim kata sandinya lewat jalur lain, bukan di percakapan yang sama dengan berkasnya.</source>
        <translation>Password-protected: send the password another way, not in the same conversation as the file.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Ekspor gagal: {msg}</source>
        <translation>Export failed: {msg}</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Peringatan: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>Buka data orang itu</source>
        <translation>Open that person&apos;s record</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Klik untuk melihat daftar orangnya</source>
        <translation>Click to see the list of people</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FullPaymentsDialog</name>
    <message>
        <source>Catat setoran lunas</source>
        <translation>Record full contributions</translation>
    </message>
    <message>
        <source>Catat lunas</source>
        <translation>Record paid in full</translation>
    </message>
    <message>
        <source>Lunas (centang)</source>
        <translation>Paid in full (tick)</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Setelah tanggal putaran: dicatat terlambat, dengan denda.</source>
        <translation>After the round&apos;s date: recorded as late, with a penalty.</translation>
    </message>
    <message>
        <source>Centang minimal satu anggota.</source>
        <translation>Tick at least one member.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Ubah kelompok</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>Kelompok baru</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>— tidak ada / luar Alak —</source>
        <translation>— none / outside Alak —</translation>
    </message>
    <message>
        <source>Jadwal pertemuan</source>
        <translation>Meeting schedule</translation>
    </message>
    <message>
        <source>mis. Setiap Sabtu pertama, pukul 16.00</source>
        <translation>e.g. Every first Saturday, at 16.00</translation>
    </message>
    <message>
        <source>Diketahui</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Tanggal berdiri</source>
        <translation>Date founded</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Kelompok &amp; Arisan</source>
        <translation>Groups &amp; Arisan</translation>
    </message>
    <message>
        <source>Kelompok diskusi, arisan, KUBE dan kader posyandu: pengurus, anggota, pertemuan, dan buku arisan yang selalu seimbang.</source>
        <translation>Discussion groups, arisan, KUBE and posyandu cadres: officers, members, meetings, and arisan books that always balance.</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Kelompok baru…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Tambah anggota…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Ubah peran / keluar…</source>
        <translation>Change role / leave…</translation>
    </message>
    <message>
        <source>Pengurus &amp;&amp; anggota</source>
        <translation>Officers &amp;&amp; members</translation>
    </message>
    <message>
        <source>Catat pertemuan…</source>
        <translation>Record meeting…</translation>
    </message>
    <message>
        <source>Ubah pertemuan…</source>
        <translation>Edit meeting…</translation>
    </message>
    <message>
        <source>Hapus pertemuan…</source>
        <translation>Delete meeting…</translation>
    </message>
    <message>
        <source>Pertemuan</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Arisan</source>
        <translation>Arisan</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Belum ada kelompok</source>
        <translation>No groups yet</translation>
    </message>
    <message>
        <source>Pilih kelompok</source>
        <translation>Choose a group</translation>
    </message>
    <message>
        <source>Buat kelompok baru dengan tombol &apos;Kelompok baru…&apos;.</source>
        <translation>Create a new group with the &apos;New group…&apos; button.</translation>
    </message>
    <message>
        <source>belum ada pengurus</source>
        <translation>no officers yet</translation>
    </message>
    <message>
        <source>{kind} · Kelurahan {kel} · Jadwal: {sched}
Pengurus: {off}</source>
        <translation>{kind} · Kelurahan {kel} · Schedule: {sched}
Officers: {off}</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Bergabung</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Hapus kelompok</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Hapus kelompok &apos;{name}&apos;? Data tetap tersimpan di riwayat dan bisa dipulihkan.</source>
        <translation>Delete the group &apos;{name}&apos;? The data stays in the history and can be restored.</translation>
    </message>
    <message>
        <source>Hapus pertemuan</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Hapus pertemuan tanggal {d} beserta daftar hadirnya?</source>
        <translation>Delete the meeting of {d} together with its attendance list?</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Petunjuk Berdaya</source>
        <translation>Berdaya guide</translation>
    </message>
    <message>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Siapa yang rentan di mana, siapa yang sudah terjangkau, dan apa yang berubah.</source>
        <translation>Who is vulnerable where, who has been reached, and what has changed.</translation>
    </message>
    <message>
        <source>Penduduk terdaftar</source>
        <translation>Registered people</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Penduduk rentan</source>
        <translation>Vulnerable people</translation>
    </message>
    <message>
        <source>Terjangkau program</source>
        <translation>Reached by programs</translation>
    </message>
    <message>
        <source>Kegiatan pada periode</source>
        <translation>Sessions in the period</translation>
    </message>
    <message>
        <source>Tingkat kehadiran</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Layanan diberikan</source>
        <translation>Services given</translation>
    </message>
    <message>
        <source>Kas arisan</source>
        <translation>Arisan cash</translation>
    </message>
    <message>
        <source>Penduduk rentan per kelurahan, menurut kategori</source>
        <translation>Vulnerable people per kelurahan, by category</translation>
    </message>
    <message>
        <source>Piramida penduduk (laki-laki kiri, perempuan kanan)</source>
        <translation>Population pyramid (men left, women right)</translation>
    </message>
    <message>
        <source>Disabilitas menurut ranah WG-SS</source>
        <translation>Disability by WG-SS domain</translation>
    </message>
    <message>
        <source>Peserta baru dan peserta hadir per bulan (12 bulan)</source>
        <translation>New participants and participants present per month (12 months)</translation>
    </message>
    <message>
        <source>Perubahan capaian per program (awal → terakhir)</source>
        <translation>Change in outcomes per program (first → latest)</translation>
    </message>
    <message>
        <source>Jangkauan program per kelurahan</source>
        <translation>Program reach per kelurahan</translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Rentang:</source>
        <translation>&amp;Span:</translation>
    </message>
    <message>
        <source>&amp;Kelurahan:</source>
        <translation>&amp;Kelurahan:</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <source>Semua program</source>
        <translation>All programs</translation>
    </message>
    <message>
        <source>Periode {p}</source>
        <translation>Period {p}</translation>
    </message>
    <message>
        <source>{s} dari penduduk</source>
        <translation>{s} of all people</translation>
    </message>
    <message>
        <source>{s} penduduk rentan terjangkau</source>
        <translation>{s} of vulnerable people reached</translation>
    </message>
    <message>
        <source>{p} hadir dari {r} tercatat</source>
        <translation>{p} present of {r} recorded</translation>
    </message>
    <message>
        <source>{n} layanan</source>
        <translation>{n} services</translation>
    </message>
    <message>
        <source>iuran + denda − pembayaran</source>
        <translation>contributions + penalties − payouts</translation>
    </message>
    <message>
        <source>Penduduk rentan menurut kategori: </source>
        <translation>Vulnerable people by category: </translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Orang dengan banyak kesulitan / tidak bisa</source>
        <translation>People with a lot of difficulty / cannot do at all</translation>
    </message>
    <message>
        <source>Peserta baru (orang)</source>
        <translation>New participants (people)</translation>
    </message>
    <message>
        <source>Peserta yang hadir (orang)</source>
        <translation>Participants present (people)</translation>
    </message>
    <message>
        <source>Rentan, belum terjangkau</source>
        <translation>Vulnerable, not yet reached</translation>
    </message>
    <message>
        <source>Daftar penduduk</source>
        <translation>List of people</translation>
    </message>
    <message>
        <source>{sex}, umur {age}</source>
        <translation>{sex}, age {age}</translation>
    </message>
    <message>
        <source>Kesulitan {what}</source>
        <translation>Difficulty {what}</translation>
    </message>
    <message>
        <source>terjangkau program</source>
        <translation>reached by programs</translation>
    </message>
    <message>
        <source>rentan, belum terjangkau</source>
        <translation>vulnerable, not yet reached</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>3 bulan</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>6 bulan</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>12 bulan</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>Membaik</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Memburuk</source>
        <translation>Worse</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Keluarga</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Data Kartu Keluarga</source>
        <translation>Family card (KK) data</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>RW / RT</source>
        <translation>RW / RT</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Desil kesejahteraan (DTSEN)</source>
        <translation>Welfare decile (DTSEN)</translation>
    </message>
    <message>
        <source>Rupiah per bulan, mis. 1500000</source>
        <translation>Rupiah per month, e.g. 1500000</translation>
    </message>
    <message>
        <source>Penghasilan per bulan</source>
        <translation>Income per month</translation>
    </message>
    <message>
        <source>Kondisi rumah</source>
        <translation>Housing condition</translation>
    </message>
    <message>
        <source>Simpan data keluarga</source>
        <translation>Save household data</translation>
    </message>
    <message>
        <source>Anggota keluarga</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Tambah anggota…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Keluarkan dari keluarga</source>
        <translation>Remove from household</translation>
    </message>
    <message>
        <source>Jadikan kepala keluarga</source>
        <translation>Make head of household</translation>
    </message>
    <message>
        <source>Ubah hubungan</source>
        <translation>Change relationship</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>(tanpa NIK)</source>
        <translation>(no NIK)</translation>
    </message>
    <message>
        <source>Penghasilan harus angka Rupiah.</source>
        <translation>Income must be an amount in Rupiah.</translation>
    </message>
</context>
<context>
    <name>HouseholdsTab</name>
    <message>
        <source>Cari No. KK, nama kepala keluarga atau alamat…</source>
        <translation>Search KK number, name of the head of household or address…</translation>
    </message>
    <message>
        <source>Buka/ubah keluarga</source>
        <translation>Open/edit household</translation>
    </message>
    <message>
        <source>Keluarga baru…</source>
        <translation>New household…</translation>
    </message>
    <message>
        <source>Hapus keluarga</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>{n} keluarga</source>
        <translation>{n} households</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih buku kerja pertukaran Berdaya atau daftar dari kantor (.xlsx, .xlsm, .xls, .ods). Berkas dibaca dan diperiksa dulu; database baru berubah setelah Anda menekan Terapkan, dan sebelumnya dibuat cadangan otomatis.</source>
        <translation>Choose a Berdaya exchange workbook or a list from the office (.xlsx, .xlsm, .xls, .ods). The file is read and checked first; the database only changes after you press Apply, and a backup is made automatically before that.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Baris / kolom</source>
        <translation>Rows / columns</translation>
    </message>
    <message>
        <source>Sekarang</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Dari berkas</source>
        <translation>From the file</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Semua atau tidak sama sekali: bila ada baris ditolak, jangan simpan apa pun</source>
        <translation>All or nothing: if any row is rejected, save nothing</translation>
    </message>
    <message>
        <source>Simpan laporan kesalahan…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <source>Selesaikan konflik…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih buku kerja</source>
        <translation>Choose workbook</translation>
    </message>
    <message>
        <source>Membaca {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Kata sandi salah. Coba lagi — kata sandi untuk {0}:</source>
        <translation>Wrong password. Try again — password for {0}:</translation>
    </message>
    <message>
        <source>Buku kerja {0} dilindungi kata sandi. Kata sandinya:</source>
        <translation>Workbook {0} is password-protected. Its password:</translation>
    </message>
    <message>
        <source>Kata sandi buku kerja</source>
        <translation>Workbook password</translation>
    </message>
    <message>
        <source>Pilih arti kolom, lalu tekan Lanjut.</source>
        <translation>Choose what each column means, then press Next.</translation>
    </message>
    <message>
        <source>Simpan pemetaan kolom</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <source>Simpan pemetaan</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Pemetaan disimpan: {0}</source>
        <translation>Mapping saved: {0}</translation>
    </message>
    <message>
        <source>Muat pemetaan kolom</source>
        <translation>Load column mapping</translation>
    </message>
    <message>
        <source>Muat pemetaan</source>
        <translation>Load mapping</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Membuat pratinjau…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>Pratinjau {0}: belum ada yang disimpan. Periksa perubahan, lalu tekan Terapkan.</source>
        <translation>Preview of {0}: nothing has been saved yet. Check the changes, then press Apply.</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>dihapus (belum pernah ada di sini)</source>
        <translation>deleted (never was here)</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(diubah)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Masalah ({0})</source>
        <translation>Problems ({0})</translation>
    </message>
    <message>
        <source>{0} baru, {1} diperbarui, {2} konflik, {3} ditolak.</source>
        <translation>{0} new, {1} updated, {2} conflicts, {3} rejected.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu disimpan: semua baris sudah sama.</source>
        <translation>Nothing to save: all rows are already the same.</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>konflik</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>perlu dipastikan</source>
        <translation>needs confirming</translation>
    </message>
    <message>
        <source>{0} baris {1}: {2} — {3}</source>
        <translation>{0} row {1}: {2} — {3}</translation>
    </message>
    <message>
        <source>(seluruh catatan)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <source>Konflik: {0}</source>
        <translation>Conflict: {0}</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Menerapkan impor…</source>
        <translation>Applying the import…</translation>
    </message>
    <message>
        <source>Tidak ada yang disimpan: {0} baris ditolak dan Anda memilih semua atau tidak sama sekali.</source>
        <translation>Nothing was saved: {0} rows were rejected and you chose all or nothing.</translation>
    </message>
    <message>
        <source>Impor selesai: {0} baru, {1} diperbarui, {2} dihapus, {3} konflik menunggu keputusan, {4} ditolak.</source>
        <translation>Import finished: {0} new, {1} updated, {2} deleted, {3} conflicts waiting for a decision, {4} rejected.</translation>
    </message>
    <message>
        <source>Cadangan sebelum impor: {0}</source>
        <translation>Backup before the import: {0}</translation>
    </message>
    <message>
        <source>Simpan laporan kesalahan</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>{0} baris yang ditolak disimpan ke {1}.</source>
        <translation>{0} rejected rows saved to {1}.</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Gagal: database tidak berubah.</source>
        <translation>Failed: the database has not changed.</translation>
    </message>
    <message>
        <source>Dibatalkan; database tidak berubah.</source>
        <translation>Cancelled; the database has not changed.</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Ubah indikator hasil</source>
        <translation>Edit outcome indicator</translation>
    </message>
    <message>
        <source>Indikator hasil baru</source>
        <translation>New outcome indicator</translation>
    </message>
    <message>
        <source>mis. Pendapatan rumah tangga per bulan</source>
        <translation>e.g. Household income per month</translation>
    </message>
    <message>
        <source>dipisah koma, dari terburuk ke terbaik: SD, SMP, SMA</source>
        <translation>comma-separated, from worst to best: SD, SMP, SMA</translation>
    </message>
    <message>
        <source>Nilai lebih tinggi berarti lebih baik</source>
        <translation>A higher value is better</translation>
    </message>
    <message>
        <source>Nama indikator</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Simpan indikator</source>
        <translation>Save indicator</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Tgl. lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Kerentanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Tanpa NIK</source>
        <translation>No NIK</translation>
    </message>
    <message>
        <source>(tanpa NIK)</source>
        <translation>(no NIK)</translation>
    </message>
    <message>
        <source>(belum ada kepala)</source>
        <translation>(no head yet)</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>umur {min}+</source>
        <translation>age {min}+</translation>
    </message>
    <message>
        <source>umur ≤ {max}</source>
        <translation>age ≤ {max}</translation>
    </message>
    <message>
        <source>umur {min}–{max}</source>
        <translation>age {min}–{max}</translation>
    </message>
    <message>
        <source>desil {min}–{max}</source>
        <translation>decile {min}–{max}</translation>
    </message>
    <message>
        <source>{n} kelurahan</source>
        <translation>{n} kelurahan</translation>
    </message>
    <message>
        <source>penyandang disabilitas</source>
        <translation>people with disabilities</translation>
    </message>
    <message>
        <source>masyarakat adat</source>
        <translation>indigenous community</translation>
    </message>
    <message>
        <source>belum menerima beasiswa</source>
        <translation>no scholarship yet</translation>
    </message>
    <message>
        <source>belum punya NIK</source>
        <translation>no NIK yet</translation>
    </message>
    <message>
        <source>Semua penduduk</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Anak (0–17)</source>
        <translation>Children (0–17)</translation>
    </message>
    <message>
        <source>Dewasa (18–59)</source>
        <translation>Adults (18–59)</translation>
    </message>
    <message>
        <source>Lansia (60+)</source>
        <translation>Elderly (60+)</translation>
    </message>
    <message>
        <source>Umur tidak diketahui</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>0-4 th</source>
        <translation>0-4 yrs</translation>
    </message>
    <message>
        <source>5-9 th</source>
        <translation>5-9 yrs</translation>
    </message>
    <message>
        <source>10-14 th</source>
        <translation>10-14 yrs</translation>
    </message>
    <message>
        <source>15-19 th</source>
        <translation>15-19 yrs</translation>
    </message>
    <message>
        <source>20-24 th</source>
        <translation>20-24 yrs</translation>
    </message>
    <message>
        <source>25-29 th</source>
        <translation>25-29 yrs</translation>
    </message>
    <message>
        <source>30-34 th</source>
        <translation>30-34 yrs</translation>
    </message>
    <message>
        <source>35-39 th</source>
        <translation>35-39 yrs</translation>
    </message>
    <message>
        <source>40-44 th</source>
        <translation>40-44 yrs</translation>
    </message>
    <message>
        <source>45-49 th</source>
        <translation>45-49 yrs</translation>
    </message>
    <message>
        <source>50-54 th</source>
        <translation>50-54 yrs</translation>
    </message>
    <message>
        <source>55-59 th</source>
        <translation>55-59 yrs</translation>
    </message>
    <message>
        <source>60-64 th</source>
        <translation>60-64 yrs</translation>
    </message>
    <message>
        <source>65-69 th</source>
        <translation>65-69 yrs</translation>
    </message>
    <message>
        <source>70-74 th</source>
        <translation>70-74 yrs</translation>
    </message>
    <message>
        <source>75+ th</source>
        <translation>75+ yrs</translation>
    </message>
</context>
<context>
    <name>LockTab</name>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Kunci otomatis setelah tidak dipakai</source>
        <translation>Lock automatically when idle for</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ganti kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Akun {name}</source>
        <translation>Account {name}</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi sekarang:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Kata sandi sekarang salah.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Kata sandi baru (minimal 8 karakter):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords are not the same.</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Tersimpan {time}.</source>
        <translation>Saved {time}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Petunjuk</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Tentang Berdaya</source>
        <translation>&amp;About Berdaya</translation>
    </message>
    <message>
        <source>Tentang Berdaya</source>
        <translation>About Berdaya</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Berdaya {version}&lt;/h3&gt;&lt;p&gt;Pendataan dan pemberdayaan kelompok masyarakat rentan di Kecamatan Alak, Kota Kupang: anak, perempuan, lansia, penyandang disabilitas dan masyarakat adat.&lt;/p&gt;&lt;p&gt;Bekerja tanpa internet; data dipertukarkan dengan kantor distrik lewat buku kerja Excel.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Berdaya {version}&lt;/h3&gt;&lt;p&gt;Records and empowerment of vulnerable groups in Kecamatan Alak, Kota Kupang: children, women, the elderly, people with disabilities and indigenous communities.&lt;/p&gt;&lt;p&gt;Works without internet; data is exchanged with the district office through Excel workbooks.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{people} penduduk · {households} keluarga · {programs} program</source>
        <translation>{people} people · {households} households · {programs} programs</translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Penduduk &amp; Keluarga</source>
        <translation>People &amp; Households</translation>
    </message>
    <message>
        <source>Program &amp; Kegiatan</source>
        <translation>Programs &amp; Sessions</translation>
    </message>
    <message>
        <source>Kelompok &amp; Arisan</source>
        <translation>Groups &amp; Arisan</translation>
    </message>
    <message>
        <source>Impor/Ekspor</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Keamanan &amp; Cadangan</source>
        <translation>Security &amp; Backup</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Judul kolom berkas ini tidak dikenali. Pilih arti tiap kolom; kolom yang tidak dipakai biarkan &quot;(abaikan kolom ini)&quot;. Contoh isi diambil dari baris pertama.</source>
        <translation>The column headers of this file are not recognised. Choose what each column means; leave unused columns as &quot;(abaikan kolom ini)&quot; (ignore this column). Sample values are taken from the first row.</translation>
    </message>
    <message>
        <source>Simpan pemetaan…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <source>Simpan agar berkas berbentuk sama bisa diimpor lagi (juga: berdaya import --mapping BERKAS)</source>
        <translation>Save it so files of the same shape can be imported again (also: berdaya import --mapping FILE)</translation>
    </message>
    <message>
        <source>Muat pemetaan…</source>
        <translation>Load mapping…</translation>
    </message>
    <message>
        <source>Isi lembar ini:</source>
        <translation>Contents of this sheet:</translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <source>Artinya</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Peserta Program</source>
        <translation>Program participants</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Catat pengukuran: {0}</source>
        <translation>Record measurement: {0}</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Baseline (sebelum program)</source>
        <translation>Baseline (before the program)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Jenis pengukuran</source>
        <translation>Kind of measurement</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Simpan pengukuran</source>
        <translation>Save measurement</translation>
    </message>
    <message>
        <source>Pilih peserta program ini.</source>
        <translation>Choose a participant of this program.</translation>
    </message>
    <message>
        <source>Isi nilainya.</source>
        <translation>Fill in the value.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Ubah pertemuan</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Catat pertemuan</source>
        <translation>Record meeting</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Topik yang dibahas</source>
        <translation>Topics discussed</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Hadir (centang)</source>
        <translation>Present (tick)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Ubah anggota: {name}</source>
        <translation>Edit member: {name}</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tanggal bergabung</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>Sudah keluar pada</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Peran Anda hanya dapat melihat data.</source>
        <translation>Your role can only view data.</translation>
    </message>
    <message>
        <source>Gabungkan data ganda</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Tukar: pertahankan yang lain</source>
        <translation>Swap: keep the other one</translation>
    </message>
    <message>
        <source>Program, kehadiran, layanan, capaian dan keanggotaan kelompok dipindahkan ke data yang dipertahankan. Data yang lain masuk tempat sampah dan dapat dipulihkan.</source>
        <translation>Programs, attendance, services, outcomes and group memberships move to the record that is kept. The other record goes to the recycle bin and can be restored.</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dipertahankan: &lt;b&gt;{a}&lt;/b&gt; — digabungkan ke dalamnya: &lt;b&gt;{b}&lt;/b&gt;</source>
        <translation>Kept: &lt;b&gt;{a}&lt;/b&gt; — merged into it: &lt;b&gt;{b}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai dipertahankan</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Nilai lain</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Gabungkan kedua data ini? Data yang lain dipindah ke tempat sampah.</source>
        <translation>Merge these two records? The other record is moved to the recycle bin.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Tulis jumlah uang dalam Rupiah tanpa sen, misalnya 100.000.</source>
        <translation>Write the amount in Rupiah without cents, for example 100.000.</translation>
    </message>
    <message>
        <source>Tulis jumlah uang dalam Rupiah tanpa sen, misalnya 1.500.000.</source>
        <translation>Write the amount in Rupiah without cents, for example 1.500.000.</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <source>Buka putaran berikutnya</source>
        <translation>Open next round</translation>
    </message>
    <message>
        <source>Buka putaran</source>
        <translation>Open round</translation>
    </message>
    <message>
        <source>Tanggal pertemuan</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Jadwal: {d}. Ubah bila pertemuan diundur; setoran sesudah tanggal ini dicatat terlambat.</source>
        <translation>Scheduled: {d}. Change it if the meeting is postponed; contributions after this date are recorded as late.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Organisasi penyelenggara</source>
        <translation>Organizing body</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Organisasi baru</source>
        <translation>New organization</translation>
    </message>
    <message>
        <source>Simpan organisasi</source>
        <translation>Save organization</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutsidePersonDialog</name>
    <message>
        <source>Daftarkan orang dari luar Alak</source>
        <translation>Register a person from outside Alak</translation>
    </message>
    <message>
        <source>Untuk anggota yang tinggal di luar Kecamatan Alak atau belum terdaftar. Data lengkap bisa dilengkapi nanti di Penduduk.</source>
        <translation>For members who live outside Kecamatan Alak or are not registered yet. The full data can be completed later in People.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Asal (kelurahan/desa, kecamatan)</source>
        <translation>Origin (kelurahan/village, kecamatan)</translation>
    </message>
    <message>
        <source>mis. Oesapa, Kec. Kelapa Lima</source>
        <translation>e.g. Oesapa, Kec. Kelapa Lima</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tahun lahir (boleh kosong)</source>
        <translation>Year of birth (may be empty)</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Catat setoran</source>
        <translation>Record contribution</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Iuran putaran ini</source>
        <translation>Contribution for this round</translation>
    </message>
    <message>
        <source>Jumlah dibayar (total)</source>
        <translation>Amount paid (total)</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Terlambat (denda {penalty})</source>
        <translation>Late (penalty {penalty})</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>Bayar pemenang putaran {n}</source>
        <translation>Pay the winner of round {n}</translation>
    </message>
    <message>
        <source>Pemenang</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Potong tunggakan pemenang</source>
        <translation>Deduct the winner&apos;s arrears</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tanggal dibayar</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>nama yang menerima uang</source>
        <translation>name of the person receiving the money</translation>
    </message>
    <message>
        <source>Semua pemenang sudah dibayar.</source>
        <translation>All winners have been paid.</translation>
    </message>
    <message>
        <source>Hasil kotor {g}&lt;br&gt;− biaya kas {f}&lt;br&gt;− potongan lelang {d}&lt;br&gt;− potong tunggakan {a}&lt;br&gt;&lt;b&gt;= dibayar bersih {n}&lt;/b&gt;</source>
        <translation>Gross pot {g}&lt;br&gt;− cash-box fee {f}&lt;br&gt;− bidding discount {d}&lt;br&gt;− arrears deducted {a}&lt;br&gt;&lt;b&gt;= net paid {n}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
</context>
<context>
    <name>PeoplePickerDialog</name>
    <message>
        <source>Cari nama atau NIK…</source>
        <translation>Search name or NIK…</translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Tanggal daftar</source>
        <translation>Date registered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Daftarkan</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>(tanpa NIK)</source>
        <translation>(no NIK)</translation>
    </message>
    <message>
        <source> (ditampilkan {0} pertama; persempit pencarian)</source>
        <translation> (first {0} shown; narrow the search)</translation>
    </message>
    <message>
        <source>{0} orang cocok</source>
        <translation>{0} people match</translation>
    </message>
    <message>
        <source>Daftarkan ({0})</source>
        <translation>Register ({0})</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Cari nama, atau NIK, No. KK atau telepon lengkap (Ctrl+F)…</source>
        <translation>Search a name, or a complete NIK, KK number or phone (Ctrl+F)…</translation>
    </message>
    <message>
        <source>(nomor dicari utuh: ketik NIK, No. KK atau telepon lengkap)</source>
        <translation>(numbers are matched whole: type the complete NIK, KK number or phone)</translation>
    </message>
    <message>
        <source>Cari nama, NIK, No. KK atau telepon (Ctrl+F)…</source>
        <translation>Search name, NIK, KK number or phone (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <source>Semua RW</source>
        <translation>All RW</translation>
    </message>
    <message>
        <source>Semua RT</source>
        <translation>All RT</translation>
    </message>
    <message>
        <source>L dan P</source>
        <translation>M and F</translation>
    </message>
    <message>
        <source>Semua umur</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Disabilitas: semua</source>
        <translation>Disability: all</translation>
    </message>
    <message>
        <source>Dengan disabilitas</source>
        <translation>With disability</translation>
    </message>
    <message>
        <source>Tanpa disabilitas</source>
        <translation>Without disability</translation>
    </message>
    <message>
        <source>NIK: semua</source>
        <translation>NIK: all</translation>
    </message>
    <message>
        <source>Punya NIK</source>
        <translation>Has NIK</translation>
    </message>
    <message>
        <source>Tanpa NIK</source>
        <translation>No NIK</translation>
    </message>
    <message>
        <source>Semua program</source>
        <translation>All programs</translation>
    </message>
    <message>
        <source>Persetujuan: semua</source>
        <translation>Consent: all</translation>
    </message>
    <message>
        <source>Sudah setuju</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Belum setuju</source>
        <translation>No consent yet</translation>
    </message>
    <message>
        <source>Hapus semua filter</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Daftarkan penduduk (Ctrl+N)</source>
        <translation>Register person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Profil (Enter)</source>
        <translation>Profile (Enter)</translation>
    </message>
    <message>
        <source>Ubah (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <source>Keluarga…</source>
        <translation>Household…</translation>
    </message>
    <message>
        <source>Hapus (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Urungkan (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Daftar penduduk</source>
        <translation>List of people</translation>
    </message>
    <message>
        <source>Menghitung… dari {total} penduduk</source>
        <translation>Counting… of {total} people</translation>
    </message>
    <message>
        <source>{shown} dari {total} penduduk cocok</source>
        <translation>{shown} of {total} people match</translation>
    </message>
    <message>
        <source>{total} penduduk</source>
        <translation>{total} people</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ubah data penduduk</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Daftarkan penduduk</source>
        <translation>Register person</translation>
    </message>
    <message>
        <source>1. Identitas</source>
        <translation>1. Identity</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>16 angka; kosongkan bila belum punya</source>
        <translation>16 digits; leave empty if none yet</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>(punya NIK)</source>
        <translation>(has NIK)</translation>
    </message>
    <message>
        <source>Alasan tanpa NIK</source>
        <translation>Reason for no NIK</translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Jenis kelamin *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>tttt</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>atau perkiraan tahun</source>
        <translation>or estimated year</translation>
    </message>
    <message>
        <source>Tanggal lahir *</source>
        <translation>Date of birth *</translation>
    </message>
    <message>
        <source>Telepon/HP</source>
        <translation>Phone/mobile</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Suku</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Masyarakat adat</source>
        <translation>Indigenous community</translation>
    </message>
    <message>
        <source>2. Alamat</source>
        <translation>2. Address</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>RW / RT</source>
        <translation>RW / RT</translation>
    </message>
    <message>
        <source>Jalan, nomor rumah</source>
        <translation>Street, house number</translation>
    </message>
    <message>
        <source>3. Keluarga dan hubungan</source>
        <translation>3. Household and relationship</translation>
    </message>
    <message>
        <source>No. KK: keluarga dicari atau dibuat</source>
        <translation>KK number: household is looked up or created</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Hubungan dalam keluarga</source>
        <translation>Relationship in the household</translation>
    </message>
    <message>
        <source>4. Kesulitan fungsional (Washington Group)</source>
        <translation>4. Functional difficulties (Washington Group)</translation>
    </message>
    <message>
        <source>(belum ditanyakan)</source>
        <translation>(not asked yet)</translation>
    </message>
    <message>
        <source>5. Dokumen kependudukan</source>
        <translation>5. Population documents</translation>
    </message>
    <message>
        <source>Punya KTP-el</source>
        <translation>Has an electronic ID card (KTP-el)</translation>
    </message>
    <message>
        <source>Tercantum di Kartu Keluarga</source>
        <translation>Listed on the family card</translation>
    </message>
    <message>
        <source>Punya akta kelahiran</source>
        <translation>Has a birth certificate</translation>
    </message>
    <message>
        <source>Punya BPJS Kesehatan/KIS</source>
        <translation>Has BPJS Kesehatan/KIS health cover</translation>
    </message>
    <message>
        <source>6. Persetujuan</source>
        <translation>6. Consent</translation>
    </message>
    <message>
        <source>Orang ini setuju datanya dicatat</source>
        <translation>This person agrees to their data being recorded</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cara</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Saya sudah memeriksa peringatan di atas; simpan tetap</source>
        <translation>I have checked the warnings above; save anyway</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tahun lahir harus 4 angka.</source>
        <translation>The birth year must have 4 digits.</translation>
    </message>
    <message>
        <source>Belum tersimpan: perbaiki {n} isian yang ditandai merah.</source>
        <translation>Not saved: correct the {n} fields marked in red.</translation>
    </message>
    <message>
        <source>Data tidak tersimpan</source>
        <translation>Data not saved</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Ketik nama, NIK, No. KK atau telepon…</source>
        <translation>Type a name, NIK, KK number or phone…</translation>
    </message>
    <message>
        <source>Hubungan dalam keluarga:</source>
        <translation>Relationship in the household:</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Atas permintaan pemilik data: cetak semua data yang disimpan tentang seseorang, atau hapus datanya. Penghapusan mengosongkan semua isian; yang tersisa hanya penanda terhapus agar data tidak kembali lewat pertukaran Excel.</source>
        <translation>At the request of the person concerned: print all data stored about someone, or erase it. Erasing empties every field; only an erased marker remains so the data does not come back through the Excel exchange.</translation>
    </message>
    <message>
        <source>Nama atau NIK…</source>
        <translation>Name or NIK…</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cetak ringkasan data pribadi…</source>
        <translation>Print personal data summary…</translation>
    </message>
    <message>
        <source>Hapus data orang ini…</source>
        <translation>Erase this person&apos;s data…</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Terhapus</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Pemilik data</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Pilih orangnya di tabel dulu.</source>
        <translation>Choose the person in the table first.</translation>
    </message>
    <message>
        <source>Simpan ringkasan data pribadi</source>
        <translation>Save personal data summary</translation>
    </message>
    <message>
        <source>Halaman web (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Ringkasan tersimpan: {path}
Buka di peramban lalu cetak.</source>
        <translation>Summary saved: {path}
Open it in a web browser and print it.</translation>
    </message>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Alasan penghapusan (mis. permintaan pemilik data, masa simpan habis):</source>
        <translation>Reason for erasing (e.g. the person&apos;s request, retention period over):</translation>
    </message>
    <message>
        <source>Semua data pribadi {name} akan dihapus dan tidak dapat dikembalikan dari aplikasi. Lanjutkan?</source>
        <translation>All personal data of {name} will be erased and cannot be brought back from the app. Continue?</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profil: {name}</source>
        <translation>Profile: {name}</translation>
    </message>
    <message>
        <source>(di tempat sampah)</source>
        <translation>(in the recycle bin)</translation>
    </message>
    <message>
        <source>Ubah data…</source>
        <translation>Edit data…</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>{n} tahun</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>Tanpa NIK ({reason})</source>
        <translation>No NIK ({reason})</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Agama / pendidikan</source>
        <translation>Religion / education</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Kesulitan fungsional</source>
        <translation>Functional difficulties</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Ya, {date} ({how})</source>
        <translation>Yes, {date} ({how})</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>No. KK: {kk}</source>
        <translation>KK number: {kk}</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Tanpa keluarga: keluarganya (No. KK {kk}) ada di tempat sampah. Pulihkan keluarga itu di tab Tempat sampah, atau masukkan ke keluarga lain lewat &quot;Keluarga…&quot;. Riwayatnya tetap tersimpan.</source>
        <translation>Without a household: their household (KK number {kk}) is in the recycle bin. Restore that household in the Recycle bin tab, or add them to another household with &quot;Keluarga…&quot; (Household…). The history is kept.</translation>
    </message>
    <message>
        <source>Belum masuk keluarga mana pun.</source>
        <translation>Not in any household yet.</translation>
    </message>
    <message>
        <source>Program dan kehadiran</source>
        <translation>Programs and attendance</translation>
    </message>
    <message>
        <source>Hadir {p} dari {n} sesi ({rate})</source>
        <translation>Present at {p} of {n} sessions ({rate})</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Layanan diterima</source>
        <translation>Services received</translation>
    </message>
    <message>
        <source>Total: {rp}</source>
        <translation>Total: {rp}</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Pemberi</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Hasil (capaian) sejak awal</source>
        <translation>Outcomes since the start</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Awal</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Terakhir</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Ubah program</source>
        <translation>Edit program</translation>
    </message>
    <message>
        <source>Program baru</source>
        <translation>New program</translation>
    </message>
    <message>
        <source>— belum ada —</source>
        <translation>— none yet —</translation>
    </message>
    <message>
        <source>Seluruh kecamatan</source>
        <translation>Whole kecamatan</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Nama program</source>
        <translation>Program name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Mulai – selesai</source>
        <translation>Start – end</translation>
    </message>
    <message>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <source>Kelompok sasaran</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Syarat peserta (kelayakan)</source>
        <translation>Participant requirements (eligibility)</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Hanya penyandang disabilitas</source>
        <translation>Only people with disabilities</translation>
    </message>
    <message>
        <source>Hanya masyarakat adat</source>
        <translation>Only indigenous people</translation>
    </message>
    <message>
        <source>Belum pernah menerima beasiswa</source>
        <translation>Never received a scholarship</translation>
    </message>
    <message>
        <source>Belum punya NIK</source>
        <translation>No NIK yet</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Umur (tahun)</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>Desil kesejahteraan</source>
        <translation>Welfare decile</translation>
    </message>
    <message>
        <source>Kelurahan (kosong = semua)</source>
        <translation>Kelurahan (empty = all)</translation>
    </message>
    <message>
        <source>Perempuan 18–55, desil 1–4</source>
        <translation>Women 18–55, decile 1–4</translation>
    </message>
    <message>
        <source>Usia sekolah tanpa beasiswa</source>
        <translation>School age without scholarship</translation>
    </message>
    <message>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{0} orang di database memenuhi syarat ini ({1}).</source>
        <translation>{0} people in the database meet these requirements ({1}).</translation>
    </message>
</context>
<context>
    <name>ProgramForms</name>
    <message>
        <source>mis. 1.500.000</source>
        <translation>e.g. 1.500.000</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Cari program…</source>
        <translation>Search programs…</translation>
    </message>
    <message>
        <source>Program baru…</source>
        <translation>New program…</translation>
    </message>
    <message>
        <source>Organisasi…</source>
        <translation>Organizations…</translation>
    </message>
    <message>
        <source>Ubah program…</source>
        <translation>Edit program…</translation>
    </message>
    <message>
        <source>Hapus program…</source>
        <translation>Delete program…</translation>
    </message>
    <message>
        <source>Belum ada program. Tekan “Program baru…” untuk membuat yang pertama.</source>
        <translation>No programs yet. Press “New program…” to create the first one.</translation>
    </message>
    <message>
        <source>Program &amp; Kegiatan</source>
        <translation>Programs &amp; Sessions</translation>
    </message>
    <message>
        <source>Program, peserta, kegiatan dan daftar hadir, layanan, serta hasil.</source>
        <translation>Programs, participants, sessions and attendance, services, and outcomes.</translation>
    </message>
    <message>
        <source>Daftarkan peserta…</source>
        <translation>Register participants…</translation>
    </message>
    <message>
        <source>Ubah status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Hapus pendaftaran…</source>
        <translation>Delete enrollment…</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Daftarkan yang dipilih</source>
        <translation>Register the selected</translation>
    </message>
    <message>
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Kegiatan baru…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Isi daftar hadir…</source>
        <translation>Take attendance…</translation>
    </message>
    <message>
        <source>Cetak daftar hadir (PDF)…</source>
        <translation>Print attendance sheet (PDF)…</translation>
    </message>
    <message>
        <source>Samarkan NIK</source>
        <translation>Mask NIK</translation>
    </message>
    <message>
        <source>Ubah kegiatan…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Catat layanan…</source>
        <translation>Record service…</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Indikator baru…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <source>Catat pengukuran…</source>
        <translation>Record measurement…</translation>
    </message>
    <message>
        <source>Ubah indikator…</source>
        <translation>Edit indicator…</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Selesai/keluar</source>
        <translation>Finished/left</translation>
    </message>
    <message>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>{0} kegiatan</source>
        <translation>{0} sessions</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Pelatih/tim</source>
        <translation>Trainer/team</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Total {0} untuk {1} orang</source>
        <translation>Total {0} for {1} people</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>{kind} · {n} peserta</source>
        <translation>{kind} · {n} participants</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Layanan tersalur</source>
        <translation>Services delivered</translation>
    </message>
    <message>
        <source>Syarat peserta</source>
        <translation>Participant requirements</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>{0} orang memenuhi syarat ({1}) dan belum terdaftar.</source>
        <translation>{0} people are eligible ({1}) and not registered yet.</translation>
    </message>
    <message>
        <source>Ditampilkan {0} pertama menurut nama.</source>
        <translation>First {0} shown, by name.</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Belum ada indikator hasil untuk program ini.</source>
        <translation>No outcome indicators for this program yet.</translation>
    </message>
    <message>
        <source>Tidak → Ya</source>
        <translation>No → Yes</translation>
    </message>
    <message>
        <source>Ya → Tidak</source>
        <translation>Yes → No</translation>
    </message>
    <message>
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>{0} dari {1} orang membaik (tetap {2}, memburuk {3}); median perubahan {4}. Tanpa baseline: {5}; belum ada tindak lanjut: {6}.</source>
        <translation>{0} of {1} people improved (unchanged {2}, worse {3}); median change {4}. No baseline: {5}; no follow-up yet: {6}.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Terakhir</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Sudah dihapus.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Hapus program</source>
        <translation>Delete program</translation>
    </message>
    <message>
        <source>Hapus program “{name}”? Peserta, kegiatan dan layanannya tidak lagi ditampilkan; datanya tetap tersimpan dan penghapusan ikut terkirim saat ekspor.</source>
        <translation>Delete the program “{name}”? Its participants, sessions and services are no longer shown; the data stays stored and the deletion is sent along with the next export.</translation>
    </message>
    <message>
        <source>Hapus pendaftaran</source>
        <translation>Delete enrollment</translation>
    </message>
    <message>
        <source>Hapus {name} dari daftar peserta program ini? Gunakan ini untuk pendaftaran yang keliru; peserta yang berhenti dicatat dengan status Keluar.</source>
        <translation>Remove {name} from this program&apos;s participants? Use this for a mistaken enrollment; a participant who stopped is recorded with the status Left.</translation>
    </message>
    <message>
        <source>Daftarkan peserta</source>
        <translation>Register participants</translation>
    </message>
    <message>
        <source>Pendaftaran gagal</source>
        <translation>Registration failed</translation>
    </message>
    <message>
        <source>{0} orang didaftarkan.</source>
        <translation>{0} people registered.</translation>
    </message>
    <message>
        <source>Sudah terdaftar sebelumnya (tidak didaftarkan dua kali): {0}.</source>
        <translation>Already registered before (not registered twice): {0}.</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Simpan daftar hadir</source>
        <translation>Save attendance sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Daftar hadir tidak dapat dibuat</source>
        <translation>The attendance sheet could not be made</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Daftar hadir disimpan di {0}</source>
        <translation>Attendance sheet saved to {0}</translation>
    </message>
    <message>
        <source>Membuat daftar hadir</source>
        <translation>Making the attendance sheet</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Simpan templat kosong</source>
        <translation>Save blank template</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Kunci pemulihan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Atur kata sandi baru</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Kunci pemulihan database</source>
        <translation>Database recovery key</translation>
    </message>
    <message>
        <source>Database sekarang terenkripsi. Bila kata sandi Admin lupa, hanya kunci pemulihan ini yang dapat membuka data. Cetak atau tulis, lalu simpan di tempat aman — bukan di laptop ini dan bukan di foto ponsel.</source>
        <translation>The database is now encrypted. If the Admin password is forgotten, only this recovery key can open the data. Print it or write it down, then keep it somewhere safe — not on this laptop and not as a photo on a phone.</translation>
    </message>
    <message>
        <source>Pengguna lain ({names}) perlu kata sandi baru dari Admin (Keamanan &amp; Cadangan → Pengguna → Atur kata sandi) sebelum dapat masuk.</source>
        <translation>Other users ({names}) need a new password from the Admin (Security &amp; Backup → Users → Set password) before they can sign in.</translation>
    </message>
    <message>
        <source>Saya sudah mencetak atau mencatat kunci ini</source>
        <translation>I have printed or written down this key</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RecycleTab</name>
    <message>
        <source>Penduduk</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Data yang dihapus:</source>
        <translation>Deleted data:</translation>
    </message>
    <message>
        <source>{n} di tempat sampah</source>
        <translation>{n} in the recycle bin</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Peran Anda hanya dapat melihat data.</source>
        <translation>Your role can only view data.</translation>
    </message>
    <message>
        <source>Penduduk &amp; Keluarga</source>
        <translation>People &amp; Households</translation>
    </message>
    <message>
        <source>Cari, daftarkan dan perbarui data penduduk dan keluarga.</source>
        <translation>Find, register and update people and households.</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Tempat sampah</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Hapus penduduk</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Pindahkan {name} ke tempat sampah? Data dapat dipulihkan dari tab Tempat sampah, atau urungkan dengan Ctrl+Z.</source>
        <translation>Move {name} to the recycle bin? The data can be restored from the Recycle bin tab, or undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Hapus keluarga</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>Pindahkan keluarga ini ke tempat sampah? Anggotanya tetap terdaftar.</source>
        <translation>Move this household to the recycle bin? Its members stay registered.</translation>
    </message>
    <message>
        <source>{name} belum masuk keluarga. Buat keluarga baru dengan {name} sebagai kepala keluarga?</source>
        <translation>{name} is not in a household yet. Create a new household with {name} as the head?</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Laporan bulanan untuk kantor distrik, laporan program dan profil kelurahan: pratinjau, cetak, simpan PDF atau Excel.</source>
        <translation>Monthly report for the district office, program reports and kelurahan profiles: preview, print, save as PDF or Excel.</translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <source>nama fasilitator di kepala laporan</source>
        <translation>facilitator&apos;s name in the report header</translation>
    </message>
    <message>
        <source>Tampilkan NIK lengkap (bawaan: disamarkan)</source>
        <translation>Show full NIK (default: masked)</translation>
    </message>
    <message>
        <source>&amp;Jenis laporan:</source>
        <translation>Report &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Bulan:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Kelurahan:</source>
        <translation>&amp;Kelurahan:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Fasilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Pratinjau &amp;cetak…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Simpan P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Simpan &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <source>Pilih laporan lalu tekan Tampilkan.</source>
        <translation>Choose a report, then press Show.</translation>
    </message>
    <message>
        <source>Pilih program dari daftar.</source>
        <translation>Choose a program from the list.</translation>
    </message>
    <message>
        <source>Pilih satu kelurahan untuk profil kelurahan.</source>
        <translation>Choose one kelurahan for the kelurahan profile.</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Simpan laporan sebagai PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>Simpan laporan sebagai Excel</source>
        <translation>Save report as Excel</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <source>Laporan disimpan:
{path}</source>
        <translation>Report saved:
{path}</translation>
    </message>
    <message>
        <source>Laporan Bulanan</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Laporan Program</source>
        <translation>Program report</translation>
    </message>
    <message>
        <source>Profil Kelurahan</source>
        <translation>Kelurahan profile</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Masuk sebagai {name} ({role}).</source>
        <translation>Signed in as {name} ({role}).</translation>
    </message>
    <message>
        <source>Database demo tanpa akun: siapa pun dapat mengubah data.</source>
        <translation>Demo database without accounts: anyone can change data.</translation>
    </message>
    <message>
        <source>Keamanan &amp; Cadangan</source>
        <translation>Security &amp; Backup</translation>
    </message>
    <message>
        <source>Cadangan &amp;&amp; pemulihan</source>
        <translation>Backup &amp;&amp; restore</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Akun &amp;&amp; kunci otomatis</source>
        <translation>Accounts &amp;&amp; automatic lock</translation>
    </message>
    <message>
        <source>Hak pemilik data</source>
        <translation>Data subject rights</translation>
    </message>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Catat layanan</source>
        <translation>Record service</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Jenis layanan</source>
        <translation>Type of service</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Jenis layanan kesehatan</source>
        <translation>Type of health service</translation>
    </message>
    <message>
        <source>Pemberi layanan</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Simpan layanan</source>
        <translation>Save service</translation>
    </message>
    <message>
        <source>Pilih peserta program ini.</source>
        <translation>Choose a participant of this program.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Perangkat dan database yang sedang dipakai.</source>
        <translation>The device and database in use.</translation>
    </message>
    <message>
        <source>Versi aplikasi</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Berkas database</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Versi skema</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>ID perangkat</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Terapkan bahasa</source>
        <translation>Apply language</translation>
    </message>
    <message>
        <source>Tanggal dan uang tetap ditulis cara Indonesia: 31/12/2026, Rp 1.500.000.</source>
        <translation>Dates and money stay in the Indonesian style: 31/12/2026, Rp 1.500.000.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Penyiapan perangkat — Berdaya</source>
        <translation>Device setup — Berdaya</translation>
    </message>
    <message>
        <source>Selamat datang. Siapkan laptop ini untuk pekerjaan pendataan: siapa fasilitatornya, di kelurahan mana, dan akun Admin yang melindungi data warga dengan kata sandi.</source>
        <translation>Welcome. Prepare this laptop for data collection: who the facilitator is, in which kelurahan, and the Admin account that protects residents&apos; data with a password.</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Nama fasilitator</source>
        <translation>Facilitator&apos;s name</translation>
    </message>
    <message>
        <source>— pilih kelurahan —</source>
        <translation>— choose kelurahan —</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Akun Admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <source>mis. maria</source>
        <translation>e.g. maria</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Kunci otomatis setelah</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <source>Enkripsi database (disarankan untuk data sungguhan)</source>
        <translation>Encrypt the database (recommended for real data)</translation>
    </message>
    <message>
        <source>Siapkan perangkat</source>
        <translation>Set up device</translation>
    </message>
    <message>
        <source>Coba dulu dengan data demo</source>
        <translation>Try with demo data first</translation>
    </message>
    <message>
        <source>Tanpa akun dan tanpa enkripsi; hanya untuk mencoba.</source>
        <translation>No accounts and no encryption; only for trying out.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Masuk — Berdaya</source>
        <translation>Sign in — Berdaya</translation>
    </message>
    <message>
        <source>Masuk untuk membuka data warga.</source>
        <translation>Sign in to open the residents&apos; data.</translation>
    </message>
    <message>
        <source>Database ini terenkripsi; kata sandi Anda membuka kuncinya.</source>
        <translation>This database is encrypted; your password unlocks it.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Lupa kata sandi…</source>
        <translation>Forgot password…</translation>
    </message>
    <message>
        <source>Pakai kunci pemulihan yang dicetak Admin</source>
        <translation>Use the recovery key printed by the Admin</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Fill in the user name.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Selamat datang di Berdaya</source>
        <translation>Welcome to Berdaya</translation>
    </message>
    <message>
        <source>Database ini masih kosong.</source>
        <translation>This database is still empty.</translation>
    </message>
    <message>
        <source>Isi dengan data demo (600 penduduk fiktif di 12 kelurahan Alak) untuk mencoba aplikasi, atau mulai kosong untuk pekerjaan sungguhan.</source>
        <translation>Fill it with demo data (600 fictitious residents in Alak&apos;s 12 kelurahan) to try the app, or start empty for real work.</translation>
    </message>
    <message>
        <source>Isi data demo</source>
        <translation>Fill with demo data</translation>
    </message>
    <message>
        <source>Mulai kosong</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>{0}

Tidak ada cadangan yang baik di {1}. Hubungi koordinator.</source>
        <translation>{0}

There is no good backup in {1}. Contact your coordinator.</translation>
    </message>
    <message>
        <source>{0}

Pulihkan cadangan terbaik yang terakhir ({1})? Berkas yang rusak disimpan di sampingnya.</source>
        <translation>{0}

Restore the latest good backup ({1})? The damaged file is kept next to it.</translation>
    </message>
    <message>
        <source>Memeriksa database dan, bila perlu, memperbaruinya ke versi aplikasi ini (cadangan dibuat lebih dulu). Pada data besar ini memerlukan beberapa detik.</source>
        <translation>Checking the database and, if needed, upgrading it to this version of the app (a backup is made first). With a lot of data this takes a few seconds.</translation>
    </message>
    <message>
        <source>Memeriksa keutuhan database…</source>
        <translation>Checking the database&apos;s integrity…</translation>
    </message>
    <message>
        <source>Database rusak: perubahan tidak akan disimpan sampai database dipulihkan dari cadangan (buka Berdaya lagi untuk memulihkan).</source>
        <translation>The database is damaged: changes will not be saved until it is restored from a backup (open Berdaya again to restore it).</translation>
    </message>
    <message>
        <source>Folder database tidak ditemukan: {folder}
Apakah flashdisk atau folder jaringan dilepas?</source>
        <translation>Database folder not found: {folder}
Was a USB stick or network folder removed?</translation>
    </message>
    <message>
        <source>Folder database tidak dapat dibuat: {error}</source>
        <translation>The database folder cannot be created: {error}</translation>
    </message>
    <message>
        <source>Berdaya sudah terbuka untuk database ini:
{path}

Tutup jendela Berdaya yang lain dulu. Dua jendela pada satu database bisa merusak data.</source>
        <translation>Berdaya is already open for this database:
{path}

Close the other Berdaya window first. Two windows on one database can damage the data.</translation>
    </message>
    <message>
        <source>Membuat data demo…</source>
        <translation>Creating demo data…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Ubah status peserta</source>
        <translation>Change participant status</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Status sekarang</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>mis. pindah domisili, bekerja, sakit</source>
        <translation>e.g. moved away, working, ill</translation>
    </message>
    <message>
        <source>Status baru</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Peserta yang sudah selesai tidak dapat diubah statusnya.</source>
        <translation>The status of a participant who has finished cannot be changed.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Ubah syarat siklus {name}</source>
        <translation>Change the terms of cycle {name}</translation>
    </message>
    <message>
        <source>Iuran per bagian per putaran</source>
        <translation>Contribution per share per round</translation>
    </message>
    <message>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Pemenang per putaran</source>
        <translation>Winners per round</translation>
    </message>
    <message>
        <source>Cara menentukan pemenang</source>
        <translation>How the winner is chosen</translation>
    </message>
    <message>
        <source>Biaya kas per pemenang (boleh 0)</source>
        <translation>Cash-box fee per winner (may be 0)</translation>
    </message>
    <message>
        <source>Denda terlambat (boleh 0)</source>
        <translation>Late penalty (may be 0)</translation>
    </message>
    <message>
        <source>Tanggal putaran pertama</source>
        <translation>Date of the first round</translation>
    </message>
    <message>
        <source>Syarat hanya bisa diubah sebelum putaran pertama dibuka. Perubahan tercatat di log audit.</source>
        <translation>The terms can only be changed before the first round is opened. The change is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Alihkan bagian arisan</source>
        <translation>Transfer arisan share</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Dialihkan kepada</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <source>Tanggal pengalihan</source>
        <translation>Date transferred</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>mis. pindah ke luar daerah</source>
        <translation>e.g. moved out of the area</translation>
    </message>
    <message>
        <source>Penerima membayar mulai putaran {n}. Tunggakan putaran {m} tetap tercatat pada anggota semula sampai dilunasi. Riwayat pengalihan disimpan.</source>
        <translation>The new holder pays from round {n}. Arrears up to round {m} stay recorded on the original member until paid. The transfer history is kept.</translation>
    </message>
    <message>
        <source>Belum ada putaran dibuka: penerima membayar sejak putaran 1. Riwayat pengalihan disimpan.</source>
        <translation>No round opened yet: the new holder pays from round 1. The transfer history is kept.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Aktifkan / nonaktifkan</source>
        <translation>Enable / disable</translation>
    </message>
    <message>
        <source>Atur kata sandi…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Pengguna terpilih:</source>
        <translation>Selected user:</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terkunci sementara</source>
        <translation>Temporarily locked</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Pilih pengguna di tabel dulu.</source>
        <translation>Choose a user in the table first.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {name}:</source>
        <translation>New password for {name}:</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>VoidDrawDialog</name>
    <message>
        <source>Batalkan undian putaran {n}</source>
        <translation>Cancel the draw of round {n}</translation>
    </message>
    <message>
        <source>Pemenang saat ini</source>
        <translation>Current winner</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>mis. undian tanpa saksi, salah daftar peserta</source>
        <translation>e.g. draw without witnesses, wrong list of participants</translation>
    </message>
    <message>
        <source>Tanggal pembatalan</source>
        <translation>Date cancelled</translation>
    </message>
    <message>
        <source>Undian tidak dihapus: tetap tercatat sebagai dibatalkan, dengan alasannya. Pemenangnya kembali berhak menang, lalu putaran ini diundi ulang; undian ulang wajib menyebut nama saksi (juga untuk urutan tetap).</source>
        <translation>The draw is not deleted: it stays recorded as cancelled, with its reason. Its winner may win again, and this round is drawn again; the new draw must name witnesses (also for a fixed order).</translation>
    </message>
    <message>
        <source>Batalkan undian</source>
        <translation>Cancel draw</translation>
    </message>
</context>
<context>
    <name>VoidPayoutDialog</name>
    <message>
        <source>Batalkan pembayaran putaran {n}</source>
        <translation>Cancel the payment of round {n}</translation>
    </message>
    <message>
        <source>{w} — bersih {net}, {d}, diterima {r}</source>
        <translation>{w} — net {net}, {d}, received by {r}</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>mis. salah penerima, salah jumlah, salah tanggal</source>
        <translation>e.g. wrong recipient, wrong amount, wrong date</translation>
    </message>
    <message>
        <source>Tanggal pembatalan</source>
        <translation>Date cancelled</translation>
    </message>
    <message>
        <source>Pembayaran tidak dihapus: tetap tercatat sebagai dibatalkan, dengan alasannya. Uangnya kembali ke kas, tunggakan yang dipotong darinya menjadi tunggakan lagi. Pemenang tetap pemenang putaran ini: catat lagi pembayarannya dengan benar lewat &apos;Bayar pemenang…&apos;.</source>
        <translation>The payment is not deleted: it stays recorded as cancelled, with its reason. The money goes back to the cash box, and arrears deducted from it become arrears again. The winner stays the winner of this round: record the payment again correctly with &apos;Bayar pemenang…&apos; (Pay the winner).</translation>
    </message>
    <message>
        <source>Batalkan pembayaran</source>
        <translation>Cancel payment</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Peserta datang langsung</source>
        <translation>Walk-in participant</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>atau perkiraan tahun</source>
        <translation>or estimated year</translation>
    </message>
    <message>
        <source>16 angka; kosongkan bila belum punya</source>
        <translation>16 digits; leave empty if none yet</translation>
    </message>
    <message>
        <source>— alasan tanpa NIK —</source>
        <translation>— reason for no NIK —</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Alasan tanpa NIK</source>
        <translation>Reason for no NIK</translation>
    </message>
    <message>
        <source>Daftarkan dan tandai hadir</source>
        <translation>Register and mark present</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>arisan.STATUS_LABEL</name>
    <message>
        <source>Dibuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Sudah diundi</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Belum dibuka</source>
        <translation>Not opened yet</translation>
    </message>
</context>
<context>
    <name>audit.ACTION_LABELS</name>
    <message>
        <source>Buat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Pulihkan catatan</source>
        <translation>Record restored</translation>
    </message>
    <message>
        <source>Gabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Layar dikunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Akun diubah</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Penyiapan perangkat</source>
        <translation>Device setup</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <source>Ekspor data pribadi</source>
        <translation>Personal data exported</translation>
    </message>
    <message>
        <source>Enkripsi database</source>
        <translation>Database encrypted</translation>
    </message>
    <message>
        <source>Data demo</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>codes.ARISAN_FREQUENCY</name>
    <message>
        <source>Mingguan</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Dua mingguan</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
</context>
<context>
    <name>codes.ARISAN_METHOD</name>
    <message>
        <source>Undian</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Urutan tetap</source>
        <translation>Fixed order</translation>
    </message>
    <message>
        <source>Lelang</source>
        <translation>Bidding</translation>
    </message>
</context>
<context>
    <name>codes.CONSENT_METHOD</name>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Cap jempol</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>Lisan dengan saksi</source>
        <translation>Verbal with a witness</translation>
    </message>
</context>
<context>
    <name>codes.EDUCATION</name>
    <message>
        <source>Tidak/Belum Sekolah</source>
        <translation>No schooling / not yet at school</translation>
    </message>
    <message>
        <source>Belum Tamat SD</source>
        <translation>Primary school not finished</translation>
    </message>
    <message>
        <source>SD/Sederajat</source>
        <translation>Primary school (SD) or equivalent</translation>
    </message>
    <message>
        <source>SMP/Sederajat</source>
        <translation>Junior secondary (SMP) or equivalent</translation>
    </message>
    <message>
        <source>SMA/Sederajat</source>
        <translation>Senior secondary (SMA) or equivalent</translation>
    </message>
    <message>
        <source>Diploma I–III</source>
        <translation>Diploma I–III</translation>
    </message>
    <message>
        <source>Diploma IV/S1</source>
        <translation>Diploma IV / bachelor&apos;s degree</translation>
    </message>
    <message>
        <source>S2/S3</source>
        <translation>Master&apos;s / doctorate</translation>
    </message>
</context>
<context>
    <name>codes.ENROLLMENT_STATUS</name>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>codes.GROUP_KIND</name>
    <message>
        <source>Kelompok diskusi</source>
        <translation>Discussion group</translation>
    </message>
    <message>
        <source>Arisan</source>
        <translation>Arisan</translation>
    </message>
    <message>
        <source>KUBE</source>
        <translation>KUBE</translation>
    </message>
    <message>
        <source>Kader posyandu</source>
        <translation>Posyandu cadres</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>codes.GROUP_ROLE</name>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Wakil</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>codes.HEALTH_SERVICE_TYPE</name>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check-up</translation>
    </message>
    <message>
        <source>Imunisasi</source>
        <translation>Immunisation</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Obat</source>
        <translation>Medicine</translation>
    </message>
</context>
<context>
    <name>codes.INDICATOR_KIND</name>
    <message>
        <source>Angka</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ya/Tidak</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Choice</translation>
    </message>
</context>
<context>
    <name>codes.MARITAL</name>
    <message>
        <source>Belum Kawin</source>
        <translation>Not married</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Cerai Hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai Mati</source>
        <translation>Widowed</translation>
    </message>
</context>
<context>
    <name>codes.MEMBERSHIP_STATUS</name>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>codes.NO_NIK_REASON</name>
    <message>
        <source>Belum melakukan perekaman</source>
        <translation>Not yet recorded</translation>
    </message>
    <message>
        <source>Dokumen hilang</source>
        <translation>Documents lost</translation>
    </message>
    <message>
        <source>Anak belum punya NIK</source>
        <translation>Child without a NIK yet</translation>
    </message>
    <message>
        <source>Masyarakat adat tanpa dokumen</source>
        <translation>Indigenous, without documents</translation>
    </message>
    <message>
        <source>Pendatang, belum pindah</source>
        <translation>Newcomer, not yet transferred</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>codes.ORGANIZATION_KIND</name>
    <message>
        <source>LSM/NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Instansi pemerintah</source>
        <translation>Government agency</translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas (health centre)</translation>
    </message>
    <message>
        <source>Kelompok masyarakat</source>
        <translation>Community group</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>codes.PROGRAM_KIND</name>
    <message>
        <source>Pelatihan keterampilan</source>
        <translation>Skills training</translation>
    </message>
    <message>
        <source>Beasiswa</source>
        <translation>Scholarship</translation>
    </message>
    <message>
        <source>Layanan kesehatan</source>
        <translation>Health service</translation>
    </message>
    <message>
        <source>Lokakarya kewirausahaan</source>
        <translation>Entrepreneurship workshop</translation>
    </message>
    <message>
        <source>Kelompok diskusi</source>
        <translation>Discussion group</translation>
    </message>
    <message>
        <source>Arisan</source>
        <translation>Arisan</translation>
    </message>
    <message>
        <source>P2K2 (PKH)</source>
        <translation>P2K2 (PKH) family sessions</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>codes.RELIGION</name>
    <message>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <source>Kristen Protestan</source>
        <translation>Protestant Christian</translation>
    </message>
    <message>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <source>Khonghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <source>Kepercayaan terhadap Tuhan YME</source>
        <translation>Indigenous belief (Kepercayaan)</translation>
    </message>
</context>
<context>
    <name>codes.SERVICE_KIND</name>
    <message>
        <source>Pembayaran beasiswa</source>
        <translation>Scholarship payment</translation>
    </message>
    <message>
        <source>Layanan kesehatan</source>
        <translation>Health service</translation>
    </message>
    <message>
        <source>Paket pelatihan</source>
        <translation>Training kit</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>codes.SEX</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>codes.SHDK</name>
    <message>
        <source>Kepala Keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Suami</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Istri</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Menantu</source>
        <translation>Son/daughter-in-law</translation>
    </message>
    <message>
        <source>Cucu</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Orang Tua</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Mertua</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <source>Famili Lain</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Pembantu</source>
        <translation>Domestic helper</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>codes.USER_ROLE</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Pengamat</source>
        <translation>Observer</translation>
    </message>
</context>
<context>
    <name>disability.ANSWERS</name>
    <message>
        <source>Tidak ada kesulitan</source>
        <translation>No difficulty</translation>
    </message>
    <message>
        <source>Ada sedikit kesulitan</source>
        <translation>Some difficulty</translation>
    </message>
    <message>
        <source>Banyak kesulitan</source>
        <translation>A lot of difficulty</translation>
    </message>
    <message>
        <source>Tidak bisa sama sekali</source>
        <translation>Cannot do at all</translation>
    </message>
</context>
<context>
    <name>disability.DOMAIN_LABELS</name>
    <message>
        <source>Melihat</source>
        <translation>Seeing</translation>
    </message>
    <message>
        <source>Mendengar</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Walking</translation>
    </message>
    <message>
        <source>Mengingat/konsentrasi</source>
        <translation>Remembering/concentrating</translation>
    </message>
    <message>
        <source>Mengurus diri</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>Berkomunikasi</source>
        <translation>Communicating</translation>
    </message>
</context>
<context>
    <name>disability.QUESTIONS</name>
    <message>
        <source>Apakah Anda mengalami kesulitan melihat, bahkan saat memakai kacamata?</source>
        <translation>Do you have difficulty seeing, even if wearing glasses?</translation>
    </message>
    <message>
        <source>Apakah Anda mengalami kesulitan mendengar, bahkan saat memakai alat bantu dengar?</source>
        <translation>Do you have difficulty hearing, even if using a hearing aid?</translation>
    </message>
    <message>
        <source>Apakah Anda mengalami kesulitan berjalan atau menaiki tangga?</source>
        <translation>Do you have difficulty walking or climbing steps?</translation>
    </message>
    <message>
        <source>Apakah Anda mengalami kesulitan mengingat atau berkonsentrasi?</source>
        <translation>Do you have difficulty remembering or concentrating?</translation>
    </message>
    <message>
        <source>Apakah Anda mengalami kesulitan mengurus diri sendiri, seperti mandi atau berpakaian?</source>
        <translation>Do you have difficulty with self-care, such as washing all over or dressing?</translation>
    </message>
    <message>
        <source>Dengan bahasa sehari-hari, apakah Anda mengalami kesulitan berkomunikasi, misalnya memahami atau dipahami orang lain?</source>
        <translation>Using your usual language, do you have difficulty communicating, for example understanding or being understood?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data tidak berubah. Rincian ada di berkas log.</source>
        <translation>An unexpected error occurred. No data was changed. Details are in the log file.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Jumlah pemenang per putaran minimal 1.</source>
        <translation>There must be at least 1 winner per round.</translation>
    </message>
    <message>
        <source>Frekuensi arisan tidak dikenal: {0}</source>
        <translation>Unknown arisan frequency: {0}</translation>
    </message>
    <message>
        <source>Iuran per putaran harus lebih dari Rp 0.</source>
        <translation>The contribution per round must be more than Rp 0.</translation>
    </message>
    <message>
        <source>Biaya kas dan denda tidak boleh negatif.</source>
        <translation>The cash fee and the penalty cannot be negative.</translation>
    </message>
    <message>
        <source>Cara menentukan pemenang tidak dikenal: {0}</source>
        <translation>Unknown way of choosing the winner: {0}</translation>
    </message>
    <message>
        <source>Siklus arisan harus punya minimal satu bagian (peserta).</source>
        <translation>An arisan cycle needs at least one share (participant).</translation>
    </message>
    <message>
        <source>Bagian arisan ganda.</source>
        <translation>Duplicate arisan share.</translation>
    </message>
    <message>
        <source>Putaran {0} belum dibuka.</source>
        <translation>Round {0} has not been opened yet.</translation>
    </message>
    <message>
        <source>Semua {0} putaran siklus ini sudah dibuka; siklus selesai.</source>
        <translation>All {0} rounds of this cycle have been opened; the cycle is complete.</translation>
    </message>
    <message>
        <source>Putaran {0} belum selesai: undi dan bayar semua pemenangnya dulu sebelum membuka putaran berikutnya.</source>
        <translation>Round {0} is not finished: draw and pay all its winners before opening the next round.</translation>
    </message>
    <message>
        <source>Tanggal putaran {0} tidak boleh sebelum putaran {1} ({2}).</source>
        <translation>The date of round {0} cannot be before round {1} ({2}).</translation>
    </message>
    <message>
        <source>Bagian ini tidak ada dalam putaran tersebut.</source>
        <translation>This share is not part of that round.</translation>
    </message>
    <message>
        <source>Jumlah setoran harus bilangan bulat Rupiah.</source>
        <translation>The payment amount must be a whole number of Rupiah.</translation>
    </message>
    <message>
        <source>Jumlah setoran tidak boleh negatif.</source>
        <translation>The payment amount cannot be negative.</translation>
    </message>
    <message>
        <source>Setoran {0} melebihi iuran putaran ini ({1}).</source>
        <translation>The payment of {0} is more than this round&apos;s contribution ({1}).</translation>
    </message>
    <message>
        <source>Tanggal bayar wajib diisi.</source>
        <translation>The payment date is required.</translation>
    </message>
    <message>
        <source>Koreksi ini membuat kas negatif: uangnya sudah dibayarkan kepada pemenang. Kas saat ini {0}.</source>
        <translation>This correction would make the cash negative: the money has already been paid to the winner. Cash now: {0}.</translation>
    </message>
    <message>
        <source>Putaran {0} sudah diundi.</source>
        <translation>Round {0} has already been drawn.</translation>
    </message>
    <message>
        <source>Semua bagian sudah pernah menang dalam siklus ini.</source>
        <translation>Every share has already won in this cycle.</translation>
    </message>
    <message>
        <source>Undian ulang wajib disaksikan: tulis nama saksi (undian sebelumnya dibatalkan).</source>
        <translation>A repeated draw must be witnessed: enter the witness&apos;s name (the previous draw was cancelled).</translation>
    </message>
    <message>
        <source>Nama saksi undian wajib diisi.</source>
        <translation>The name of the draw&apos;s witness is required.</translation>
    </message>
    <message>
        <source>Putaran {0} belum diundi.</source>
        <translation>Round {0} has not been drawn yet.</translation>
    </message>
    <message>
        <source>Bagian ini bukan pemenang putaran tersebut.</source>
        <translation>This share is not a winner of that round.</translation>
    </message>
    <message>
        <source>Pemenang ini sudah menerima pembayaran.</source>
        <translation>This winner has already been paid.</translation>
    </message>
    <message>
        <source>Kas tidak cukup untuk membayar pemenang: akan dibayar {0}, uang yang sudah terkumpul {1}. Tagih setoran yang belum masuk dulu.</source>
        <translation>Not enough cash to pay the winner: {0} to pay, {1} collected so far. Collect the outstanding payments first.</translation>
    </message>
    <message>
        <source>Tanggal pembayaran wajib diisi.</source>
        <translation>The payout date is required.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi (minimal 5 huruf), agar koreksi bisa diperiksa.</source>
        <translation>A reason is required (at least 5 letters), so that the correction can be checked.</translation>
    </message>
    <message>
        <source>Tidak ada pembayaran yang berlaku untuk pemenang ini di putaran {0}.</source>
        <translation>There is no valid payout to this winner in round {0}.</translation>
    </message>
    <message>
        <source>Tanggal pembatalan wajib diisi.</source>
        <translation>The cancellation date is required.</translation>
    </message>
    <message>
        <source>Tanggal pembatalan tidak boleh sebelum tanggal pembayaran ({0}).</source>
        <translation>The cancellation date cannot be before the payout date ({0}).</translation>
    </message>
    <message>
        <source>Pembayaran ini memotong tunggakan dan dicatat sebelum fitur koreksi ada, sehingga setoran yang dilunasinya tidak diketahui pasti. Koreksi setorannya satu per satu.</source>
        <translation>This payout deducted arrears and was recorded before corrections existed, so which payments it settled is not known for certain. Correct those payments one by one.</translation>
    </message>
    <message>
        <source>Pemenang putaran {0} sudah dibayar. Batalkan dulu pembayarannya (dengan alasan), baru undiannya.</source>
        <translation>The winner of round {0} has already been paid. Cancel the payout first (with a reason), then the draw.</translation>
    </message>
    <message>
        <source>Syarat siklus tidak bisa diubah lagi: putaran 1 sudah dibuka ({0} putaran berjalan). Syarat hanya bisa diubah sebelum putaran pertama dibuka.</source>
        <translation>The cycle&apos;s terms can no longer be changed: round 1 has been opened ({0} rounds under way). Terms can only be changed before the first round is opened.</translation>
    </message>
    <message>
        <source>Jumlah pemenang per putaran melebihi jumlah bagian.</source>
        <translation>The number of winners per round is more than the number of shares.</translation>
    </message>
    <message>
        <source>Bagian arisan tidak ditemukan.</source>
        <translation>Arisan share not found.</translation>
    </message>
    <message>
        <source>Pilih anggota penerima bagian.</source>
        <translation>Choose the member who receives the share.</translation>
    </message>
    <message>
        <source>Bagian ini sudah dipegang anggota tersebut.</source>
        <translation>That member already holds this share.</translation>
    </message>
    <message>
        <source>Siklus sudah selesai; bagian tidak bisa dialihkan lagi.</source>
        <translation>The cycle is complete; shares can no longer be transferred.</translation>
    </message>
    <message>
        <source>Tanggal pengalihan wajib diisi.</source>
        <translation>The transfer date is required.</translation>
    </message>
    <message>
        <source>Tanggal pengalihan tidak boleh sebelum pengalihan sebelumnya.</source>
        <translation>The transfer date cannot be before the previous transfer.</translation>
    </message>
    <message>
        <source>{0} harus bilangan bulat Rupiah.</source>
        <translation>{0} must be a whole number of Rupiah.</translation>
    </message>
    <message>
        <source>Tawaran potongan hanya untuk arisan dengan cara lelang.</source>
        <translation>A discount bid is only for an arisan decided by auction.</translation>
    </message>
    <message>
        <source>Setoran putaran {0} bagian ini sudah dikoreksi setelah pembayaran; periksa setoran itu dulu.</source>
        <translation>This share&apos;s payment for round {0} was corrected after the payout; check that payment first.</translation>
    </message>
    <message>
        <source>Hanya bagian yang belum menang boleh ikut lelang.</source>
        <translation>Only shares that have not won yet can bid in the auction.</translation>
    </message>
    <message>
        <source>Tawaran potongan harus bilangan bulat Rupiah, tidak negatif.</source>
        <translation>The discount bid must be a whole number of Rupiah, not negative.</translation>
    </message>
    <message>
        <source>Tawaran potongan {0} melebihi hasil arisan yang bisa diterima.</source>
        <translation>The discount bid of {0} is more than the arisan payout that can be received.</translation>
    </message>
    <message>
        <source>kode Regsosek tidak dikenal: {0}</source>
        <translation>unknown Regsosek code: {0}</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai oleh {0} (ID {1}).</source>
        <translation>This NIK is already used by {0} (ID {1}).</translation>
    </message>
    <message>
        <source>Kode wilayah NIK tidak sah (00).</source>
        <translation>The NIK&apos;s region code is invalid (00).</translation>
    </message>
    <message>
        <source>Tanggal lahir yang tersandi dalam NIK tidak mungkin.</source>
        <translation>The birth date encoded in the NIK is impossible.</translation>
    </message>
    <message>
        <source>Nomor urut NIK tidak boleh 0000.</source>
        <translation>The NIK&apos;s serial number cannot be 0000.</translation>
    </message>
    <message>
        <source>NIK tidak cocok dengan jenis kelamin tercatat: untuk perempuan (tanggal + 40).</source>
        <translation>The NIK does not match the recorded sex: for a woman the day is + 40.</translation>
    </message>
    <message>
        <source>NIK tidak cocok dengan jenis kelamin tercatat: untuk laki-laki.</source>
        <translation>The NIK does not match the recorded sex: for a man the day has no + 40.</translation>
    </message>
    <message>
        <source>Tanggal terbit di No. KK tidak mungkin.</source>
        <translation>The issue date in the KK number is impossible.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka, yang tertulis {0} angka.</source>
        <translation>A NIK must have 16 digits; this one has {0}.</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK ({0}) berbeda dengan tanggal lahir tercatat ({1}).</source>
        <translation>The birth date in the NIK ({0}) differs from the recorded birth date ({1}).</translation>
    </message>
    <message>
        <source>No. KK harus 16 angka, yang tertulis {0} angka.</source>
        <translation>A KK number must have 16 digits; this one has {0}.</translation>
    </message>
    <message>
        <source>Tahun lahir di NIK berbeda dengan perkiraan tahun lahir ({0}).</source>
        <translation>The birth year in the NIK differs from the estimated birth year ({0}).</translation>
    </message>
    <message>
        <source>Status kepesertaan tidak dikenal: {0}.</source>
        <translation>Unknown enrolment status: {0}.</translation>
    </message>
    <message>
        <source>Status kepesertaan sudah seperti itu.</source>
        <translation>The enrolment already has that status.</translation>
    </message>
    <message>
        <source>Status tidak dapat diubah dari &apos;{0}&apos; menjadi &apos;{1}&apos;.</source>
        <translation>The status cannot be changed from &apos;{0}&apos; to &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>Tanggal perubahan status tidak boleh sebelum tanggal pendaftaran.</source>
        <translation>The date of the status change cannot be before the enrolment date.</translation>
    </message>
    <message>
        <source>Alasan keluar wajib diisi.</source>
        <translation>The reason for leaving is required.</translation>
    </message>
    <message>
        <source>Jumlah hadir tidak boleh lebih dari jumlah yang tercatat.</source>
        <translation>The number present cannot be more than the number recorded.</translation>
    </message>
    <message>
        <source>Aturan kelayakan program harus berupa objek JSON.</source>
        <translation>The program&apos;s eligibility rule must be a JSON object.</translation>
    </message>
    <message>
        <source>Aturan kelayakan memuat syarat yang tidak dikenal: {0}.</source>
        <translation>The eligibility rule contains unknown conditions: {0}.</translation>
    </message>
    <message>
        <source>Jenis kelamin dalam aturan harus L atau P.</source>
        <translation>The sex in the rule must be L or P.</translation>
    </message>
    <message>
        <source>Umur minimum tidak boleh lebih besar dari umur maksimum.</source>
        <translation>The minimum age cannot be greater than the maximum age.</translation>
    </message>
    <message>
        <source>Desil minimum tidak boleh lebih besar dari desil maksimum.</source>
        <translation>The minimum decile cannot be greater than the maximum decile.</translation>
    </message>
    <message>
        <source>Aturan kelayakan program rusak (bukan JSON yang sah).</source>
        <translation>The program&apos;s eligibility rule is damaged (not valid JSON).</translation>
    </message>
    <message>
        <source>Batas umur harus antara 0 dan 120 tahun.</source>
        <translation>Age limits must be between 0 and 120 years.</translation>
    </message>
    <message>
        <source>Desil harus antara 1 dan 10.</source>
        <translation>The decile must be between 1 and 10.</translation>
    </message>
    <message>
        <source>RT/RW tidak sah: {0}</source>
        <translation>Invalid RT/RW: {0}</translation>
    </message>
    <message>
        <source>Jenis data tidak dikenal: {0}.</source>
        <translation>Unknown kind of data: {0}.</translation>
    </message>
    <message>
        <source>Memeriksa {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <source>Kode tidak dikenal: {0}.</source>
        <translation>Unknown code: {0}.</translation>
    </message>
    <message>
        <source>Tanggal tidak boleh di masa depan: {0}.</source>
        <translation>The date cannot be in the future: {0}.</translation>
    </message>
    <message>
        <source>Jumlah uang harus bilangan bulat Rupiah, tidak negatif.</source>
        <translation>The amount must be a whole number of Rupiah, not negative.</translation>
    </message>
    <message>
        <source>Rujukan ke baris yang ditolak (ID {0}).</source>
        <translation>Refers to a rejected row (ID {0}).</translation>
    </message>
    <message>
        <source>Catatan yang sama sudah ada di {0} baris {1}; satukan kedua baris.</source>
        <translation>The same record is already in {0} row {1}; merge the two rows.</translation>
    </message>
    <message>
        <source>Kelurahan tidak dikenal: {0}.</source>
        <translation>Unknown kelurahan: {0}.</translation>
    </message>
    <message>
        <source>Nilai tidak dapat dibaca.</source>
        <translation>The value cannot be read.</translation>
    </message>
    <message>
        <source>Kolom wajib kosong: {0}.</source>
        <translation>Required column is empty: {0}.</translation>
    </message>
    <message>
        <source>Jawaban WG-SS harus 1–4.</source>
        <translation>WG-SS answers must be 1–4.</translation>
    </message>
    <message>
        <source>Orang tidak ditemukan di Berdaya: {0}. Impor atau daftarkan orangnya lebih dulu, lalu impor berkas ini lagi.</source>
        <translation>Person not found in Berdaya: {0}. Import or register the person first, then import this file again.</translation>
    </message>
    <message>
        <source>Rujukan tidak ditemukan: {0}.</source>
        <translation>Reference not found: {0}.</translation>
    </message>
    <message>
        <source>Rujukan tidak ditemukan (ID {0}).</source>
        <translation>Reference not found (ID {0}).</translation>
    </message>
    <message>
        <source>NIK ini muncul dua kali dalam berkas.</source>
        <translation>This NIK appears twice in the file.</translation>
    </message>
    <message>
        <source>{0} tidak sah: {1}.</source>
        <translation>Invalid {0}: {1}.</translation>
    </message>
    <message>
        <source>Data berubah sejak pratinjau dibuat; buat pratinjau baru lalu coba lagi.</source>
        <translation>The data changed since the preview was made; make a new preview and try again.</translation>
    </message>
    <message>
        <source>Menyimpan {0}…</source>
        <translation>Saving {0}…</translation>
    </message>
    <message>
        <source>Buku kerja ini dilindungi kata sandi: {0}. Masukkan kata sandinya.</source>
        <translation>This workbook is password-protected: {0}. Enter its password.</translation>
    </message>
    <message>
        <source>Kata sandi buku kerja salah: {0}.</source>
        <translation>Wrong workbook password: {0}.</translation>
    </message>
    <message>
        <source>Buku kerja ini tidak dilindungi kata sandi: {0}.</source>
        <translation>This workbook is not password-protected: {0}.</translation>
    </message>
    <message>
        <source>Berkas ini bukan buku kerja Excel (.xlsx): {0}.</source>
        <translation>This file is not an Excel workbook (.xlsx): {0}.</translation>
    </message>
    <message>
        <source>Kata sandi buku kerja minimal {0} karakter.</source>
        <translation>The workbook password must have at least {0} characters.</translation>
    </message>
    <message>
        <source>Buku kerja ini sudah dilindungi kata sandi: {0}.</source>
        <translation>This workbook is already password-protected: {0}.</translation>
    </message>
    <message>
        <source>unknown column kind {0}</source>
        <translation>unknown column kind {0}</translation>
    </message>
    <message>
        <source>Jenis data tidak dikenal: {0}</source>
        <translation>Unknown kind of data: {0}</translation>
    </message>
    <message>
        <source>Berkas {0} bukan berkas pemetaan kolom Berdaya.</source>
        <translation>File {0} is not a Berdaya column mapping file.</translation>
    </message>
    <message>
        <source>Berkas pemetaan {0} dibuat oleh versi Berdaya yang lebih baru.</source>
        <translation>Mapping file {0} was made by a newer version of Berdaya.</translation>
    </message>
    <message>
        <source>Berkas pemetaan {0} tidak berisi lembar.</source>
        <translation>Mapping file {0} contains no sheets.</translation>
    </message>
    <message>
        <source>Pemetaan lembar {0}: jenis data {1} tidak dikenal.</source>
        <translation>Mapping of sheet {0}: unknown kind of data {1}.</translation>
    </message>
    <message>
        <source>Berkas pemetaan {0} tidak dapat dibaca: {1}.</source>
        <translation>Mapping file {0} cannot be read: {1}.</translation>
    </message>
    <message>
        <source>Berkas pemetaan {0}: lembar {1} tidak sah.</source>
        <translation>Mapping file {0}: sheet {1} is invalid.</translation>
    </message>
    <message>
        <source>Pemetaan lembar {0}: kolom {1} diarahkan ke {2}, yang bukan kolom Berdaya.</source>
        <translation>Mapping of sheet {0}: column {1} is mapped to {2}, which is not a Berdaya column.</translation>
    </message>
    <message>
        <source>Kategori disabilitas {0} disimpan di Catatan, bukan sebagai jawaban WG-SS; tanyakan enam pertanyaan WG pada kunjungan berikut.</source>
        <translation>Disability category {0} is kept in the notes, not as WG-SS answers; ask the six WG questions at the next visit.</translation>
    </message>
    <message>
        <source>Kode OpenSID tidak dikenal: {0}.</source>
        <translation>Unknown OpenSID code: {0}.</translation>
    </message>
    <message>
        <source>Kode pekerjaan OpenSID {0} tidak dikenal; pekerjaan tidak diimpor.</source>
        <translation>Unknown OpenSID occupation code {0}; the occupation is not imported.</translation>
    </message>
    <message>
        <source>Membaca {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Selesai membaca.</source>
        <translation>Finished reading.</translation>
    </message>
    <message>
        <source>Judul kolom lembar ini tidak dikenali; pilih arti tiap kolom (pemetaan kolom) sebelum impor.</source>
        <translation>The column titles of this sheet were not recognised; choose what each column means (column mapping) before importing.</translation>
    </message>
    <message>
        <source>Kolom berikut tidak dikenali dan diabaikan: {0}.</source>
        <translation>These columns were not recognised and are ignored: {0}.</translation>
    </message>
    <message>
        <source>Lembar ini mencatat umur, bukan tanggal lahir: tahun lahir diperkirakan (tahun ini dikurangi umur).</source>
        <translation>This sheet records ages, not birth dates: the birth year is estimated (this year minus the age).</translation>
    </message>
    <message>
        <source>Lembar ini tidak punya kolom Kelurahan; Kelurahan {0} diambil dari judul lembar.</source>
        <translation>This sheet has no Kelurahan column; Kelurahan {0} is taken from the sheet title.</translation>
    </message>
    <message>
        <source>Data rumah tangga (RTM) OpenSID tidak diimpor: Berdaya mengelompokkan orang menurut Kartu Keluarga, bukan rumah tangga.</source>
        <translation>OpenSID household (RTM) data is not imported: Berdaya groups people by family card (Kartu Keluarga), not by household.</translation>
    </message>
    <message>
        <source>Sasaran program bukan penduduk (1); peserta tetap dicatat per orang menurut kolom NIK.</source>
        <translation>The program&apos;s target is not residents (1); participants are still recorded per person by the NIK column.</translation>
    </message>
    <message>
        <source>Lembar Peserta tidak punya kolom NIK.</source>
        <translation>The Peserta sheet has no NIK column.</translation>
    </message>
    <message>
        <source>Tidak ada baris data yang dikenali dalam buku kerja ini.</source>
        <translation>No data rows were recognised in this workbook.</translation>
    </message>
    <message>
        <source>Nama Program kosong.</source>
        <translation>The program name (Nama Program) is empty.</translation>
    </message>
    <message>
        <source>Buku kerja ini disamarkan: NIK, No. KK dan No HP di dalamnya tidak diimpor (data yang ada tidak berubah).</source>
        <translation>This workbook is masked: its NIK, KK numbers and phone numbers are not imported (the existing data does not change).</translation>
    </message>
    <message>
        <source>Buku kerja ini dibuat oleh versi Berdaya yang lebih baru; kolom yang tidak dikenal diabaikan.</source>
        <translation>This workbook was made by a newer version of Berdaya; unknown columns are ignored.</translation>
    </message>
    <message>
        <source>Lembar tersembunyi dilewati.</source>
        <translation>Hidden sheet skipped.</translation>
    </message>
    <message>
        <source>Sel ini berisi rumus; rumus dipakai nilai terakhirnya (nilai yang tersimpan).</source>
        <translation>This cell contains a formula; its last calculated value (the stored value) is used.</translation>
    </message>
    <message>
        <source>Status {0} tidak dikenal; hanya HAPUS yang berarti hapus. Baris tetap diimpor.</source>
        <translation>Unknown status {0}; only HAPUS means delete. The row is imported anyway.</translation>
    </message>
    <message>
        <source>NIK peserta kosong (kolom C wajib diisi).</source>
        <translation>The participant&apos;s NIK is empty (column C is required).</translation>
    </message>
    <message>
        <source>Kolom ID bukan ID Berdaya; diabaikan untuk baris ini (dicocokkan lewat NIK atau nama).</source>
        <translation>The ID column is not a Berdaya ID; it is ignored for this row (matched by NIK or name instead).</translation>
    </message>
    <message>
        <source>Kelurahan tidak punya dusun: nilai kolom dusun disimpan di Alamat (atau menjadi Kelurahan bila itu nama kelurahan di Alak).</source>
        <translation>Kelurahan have no dusun: the dusun column&apos;s value is kept in the address (or becomes the Kelurahan when it is the name of a kelurahan in Alak).</translation>
    </message>
    <message>
        <source>Nilai bertentangan dengan kolom lain: {0} dan {1}.</source>
        <translation>The value contradicts another column: {0} and {1}.</translation>
    </message>
    <message>
        <source>File {0} rusak dan tidak dapat dibaca ({1}). Buka file itu di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel).</source>
        <translation>File {0} is damaged and cannot be read ({1}). Open the file in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>File {0} rusak dan tidak dapat dibaca ({1}).</source>
        <translation>File {0} is damaged and cannot be read ({1}).</translation>
    </message>
    <message>
        <source>openpyxl tidak memakai defusedxml; buku kerja tidak dibaca demi keamanan.</source>
        <translation>openpyxl does not use defusedxml; for safety the workbook is not read.</translation>
    </message>
    <message>
        <source>Buku kerja {0} dilindungi kata sandi dan belum dapat dibaca. Hapus kata sandinya di Excel, simpan, lalu impor lagi.</source>
        <translation>Workbook {0} is password-protected and cannot be read yet. Remove its password in Excel, save, then import again.</translation>
    </message>
    <message>
        <source>File {0} ditolak: satu lembar terlalu besar untuk dibaca.</source>
        <translation>File {0} refused: a sheet is too large to read.</translation>
    </message>
    <message>
        <source>Pustaka defusedxml tidak terpasang; buku kerja tidak dibaca demi keamanan.</source>
        <translation>The defusedxml library is not installed; for safety the workbook is not read.</translation>
    </message>
    <message>
        <source>Buku kerja berisi {0} sel rumus; rumus dipakai nilai terakhirnya.</source>
        <translation>The workbook contains {0} formula cells; their last calculated values are used.</translation>
    </message>
    <message>
        <source>Lembar {0} sudah ditutup.</source>
        <translation>Sheet {0} is already closed.</translation>
    </message>
    <message>
        <source>Isi di luar batas tabel (setelah kolom {0} atau setelah baris {1}) diabaikan.</source>
        <translation>Content outside the table&apos;s limits (after column {0} or after row {1}) is ignored.</translation>
    </message>
    <message>
        <source>File {0} bukan buku kerja Excel atau LibreOffice (isinya bukan spreadsheet). Pilih file .xlsx, .xlsm, .xls atau .ods.</source>
        <translation>File {0} is not an Excel or LibreOffice workbook (its content is not a spreadsheet). Choose an .xlsx, .xlsm, .xls or .ods file.</translation>
    </message>
    <message>
        <source>File {0} adalah dokumen Office lama, tetapi bukan buku kerja Excel. Buka file itu di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel).</source>
        <translation>File {0} is an old Office document, but not an Excel workbook. Open the file in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>File {0} kosong (0 bita); tidak ada yang dapat dibaca.</source>
        <translation>File {0} is empty (0 bytes); there is nothing to read.</translation>
    </message>
    <message>
        <source>File {0} terlalu besar ({1} MB) untuk dibaca.</source>
        <translation>File {0} is too large ({1} MB) to read.</translation>
    </message>
    <message>
        <source>File {0} adalah dokumen PDF, bukan buku kerja Excel. Mintalah file Excel (.xlsx) aslinya.</source>
        <translation>File {0} is a PDF document, not an Excel workbook. Ask for the original Excel file (.xlsx).</translation>
    </message>
    <message>
        <source>File {0} rusak: arsip zip-nya tidak lengkap.</source>
        <translation>File {0} is damaged: its zip archive is incomplete.</translation>
    </message>
    <message>
        <source>Buku kerja {0} dilindungi kata sandi (terenkripsi) dan belum dapat dibaca. Buka di Excel, hapus kata sandinya (File &gt; Info &gt; Proteksi Buku Kerja), simpan, lalu impor lagi.</source>
        <translation>Workbook {0} is password-protected (encrypted) and cannot be read yet. Open it in Excel, remove its password (File &gt; Info &gt; Protect Workbook), save, then import again.</translation>
    </message>
    <message>
        <source>File {0} ditolak: bagian {1} memuat deklarasi DTD/ENTITY yang dapat dipakai untuk menghabiskan memori. Buku kerja biasa tidak memuatnya.</source>
        <translation>File {0} refused: part {1} contains a DTD/ENTITY declaration that can be used to exhaust memory. Ordinary workbooks do not contain one.</translation>
    </message>
    <message>
        <source>File {0} ditolak: satu lembar mencakup {1} baris x {2} kolom, terlalu besar untuk dibaca. Bagi datanya ke beberapa file.</source>
        <translation>File {0} refused: a sheet spans {1} rows x {2} columns, too large to read. Split the data over several files.</translation>
    </message>
    <message>
        <source>File tidak dapat dibuka: {0} ({1}).</source>
        <translation>The file cannot be opened: {0} ({1}).</translation>
    </message>
    <message>
        <source>File {0} rusak atau terpotong (arsip zip tidak utuh); mintalah salinan file yang baru.</source>
        <translation>File {0} is damaged or cut short (its zip archive is incomplete); ask for a new copy of the file.</translation>
    </message>
    <message>
        <source>Buku kerja {0} berformat biner (.xlsb) yang tidak didukung. Buka file itu di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel).</source>
        <translation>Workbook {0} is in the binary format (.xlsb), which is not supported. Open the file in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>File {0} ditolak: isinya mengembang menjadi {1} MB (rasio {2}x). File seperti ini dibuat untuk menghabiskan memori (zip bomb), bukan data biasa.</source>
        <translation>File {0} refused: its content expands to {1} MB (ratio {2}x). Files like this are made to exhaust memory (a zip bomb), not ordinary data.</translation>
    </message>
    <message>
        <source>File {0} rusak atau terpotong (bagian {1} tidak dapat dibaca); mintalah salinan file yang baru.</source>
        <translation>File {0} is damaged or cut short (part {1} cannot be read); ask for a new copy of the file.</translation>
    </message>
    <message>
        <source>Isi buku kerja {0} yang dibuka bukan .xlsx.</source>
        <translation>The decrypted content of workbook {0} is not .xlsx.</translation>
    </message>
    <message>
        <source>File {0} adalah dokumen Word/PowerPoint, bukan buku kerja Excel.</source>
        <translation>File {0} is a Word/PowerPoint document, not an Excel workbook.</translation>
    </message>
    <message>
        <source>File {0} adalah arsip zip, tetapi bukan buku kerja Excel atau LibreOffice.</source>
        <translation>File {0} is a zip archive, but not an Excel or LibreOffice workbook.</translation>
    </message>
    <message>
        <source>part larger than declared</source>
        <translation>part larger than declared</translation>
    </message>
    <message>
        <source>File {0} ditolak: satu lembar mencakup {1} baris x {2} kolom, terlalu besar untuk dibaca.</source>
        <translation>File {0} refused: a sheet spans {1} rows x {2} columns, too large to read.</translation>
    </message>
    <message>
        <source>Tahun dua angka ({0}) dibaca sebagai {1}; periksa.</source>
        <translation>Two-digit year ({0}) read as {1}; please check.</translation>
    </message>
    <message>
        <source>Hanya bulan dan tahun ({0}); dicatat sebagai perkiraan tahun.</source>
        <translation>Only month and year ({0}); recorded as an estimated year.</translation>
    </message>
    <message>
        <source>Tanggal tidak dapat dibaca: {0}. Tulis seperti 17/08/1985.</source>
        <translation>The date cannot be read: {0}. Write it like 17/08/1985.</translation>
    </message>
    <message>
        <source>{0} tidak dapat dibaca: {1}.</source>
        <translation>{0} cannot be read: {1}.</translation>
    </message>
    <message>
        <source>Sen diabaikan: {0}.</source>
        <translation>Cents ignored: {0}.</translation>
    </message>
    <message>
        <source>Harus Ya atau Tidak: {0}.</source>
        <translation>Must be Ya (yes) or Tidak (no): {0}.</translation>
    </message>
    <message>
        <source>Tanggal tidak mungkin: {0}.</source>
        <translation>Impossible date: {0}.</translation>
    </message>
    <message>
        <source>Bukan tanggal: {0}.</source>
        <translation>Not a date: {0}.</translation>
    </message>
    <message>
        <source>{0} dibaca sebagai bulan/tanggal/tahun (format Amerika); periksa.</source>
        <translation>{0} read as month/day/year (American format); please check.</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak dikenal: {0} (pakai L atau P).</source>
        <translation>Unknown sex: {0} (use L or P).</translation>
    </message>
    <message>
        <source>{0} tersimpan sebagai angka; angka terakhirnya mungkin hilang (Excel hanya menyimpan 15 angka). Periksa dengan KTP/KK.</source>
        <translation>{0} is stored as a number; its last digits may be lost (Excel keeps only 15 digits). Check against the KTP/KK.</translation>
    </message>
    <message>
        <source>RT/RW tidak dapat dibaca: {0} (contoh: 006/002).</source>
        <translation>The RT/RW cannot be read: {0} (example: 006/002).</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak ditemukan di kolom ini.</source>
        <translation>No birth date found in this column.</translation>
    </message>
    <message>
        <source>{0} harus bilangan bulat: {1}.</source>
        <translation>{0} must be a whole number: {1}.</translation>
    </message>
    <message>
        <source>Bukan jumlah uang: {0}.</source>
        <translation>Not an amount of money: {0}.</translation>
    </message>
    <message>
        <source>Sen dibulatkan: {0} menjadi {1}.</source>
        <translation>Cents rounded: {0} became {1}.</translation>
    </message>
    <message>
        <source>Jawaban WG harus 1, 2, 3 atau 4: {0}.</source>
        <translation>WG answers must be 1, 2, 3 or 4: {0}.</translation>
    </message>
    <message>
        <source>{0} tidak dikenal: {1}. Pilihan: {2}.</source>
        <translation>Unknown {0}: {1}. Choices: {2}.</translation>
    </message>
    <message>
        <source>Kelurahan {0} tidak dikenal di Kecamatan Alak.</source>
        <translation>Kelurahan {0} is not known in Kecamatan Alak.</translation>
    </message>
    <message>
        <source>Versi tidak sah: {0}.</source>
        <translation>Invalid version: {0}.</translation>
    </message>
    <message>
        <source>Umur tidak masuk akal: {0}.</source>
        <translation>Implausible age: {0}.</translation>
    </message>
    <message>
        <source>Hanya tahun ({0}), bukan tanggal.</source>
        <translation>Only a year ({0}), not a date.</translation>
    </message>
    <message>
        <source>Tahun tidak jelas: {0}.</source>
        <translation>Unclear year: {0}.</translation>
    </message>
    <message>
        <source>Nama bulan tidak dikenal: {0}.</source>
        <translation>Unknown month name: {0}.</translation>
    </message>
    <message>
        <source>{0} tersimpan sebagai angka ({1}) dan angkanya sudah tidak utuh. Tulis ulang sebagai teks (format sel @).</source>
        <translation>{0} is stored as a number ({1}) and its digits are no longer complete. Type it again as text (cell format @).</translation>
    </message>
    <message>
        <source>{0} tersimpan sebagai angka ({1}, {2} angka) dan tidak mungkin 16 angka yang utuh. Tulis ulang sebagai teks (format sel @).</source>
        <translation>{0} is stored as a number ({1}, {2} digits) and cannot be a complete 16-digit number. Type it again as text (cell format @).</translation>
    </message>
    <message>
        <source>{0} tersimpan sebagai angka ({1}) dan angka belakangnya sudah hilang. Tulis ulang sebagai teks (format sel @).</source>
        <translation>{0} is stored as a number ({1}) and its last digits are lost. Type it again as text (cell format @).</translation>
    </message>
    <message>
        <source>{0} tertulis dalam notasi ilmiah ({1}); angkanya sudah hilang. Ketik ulang sebagai teks.</source>
        <translation>{0} is written in scientific notation ({1}); its digits are lost. Type it again as text.</translation>
    </message>
    <message>
        <source>{0} tidak sah: {1} (contoh: 004).</source>
        <translation>Invalid {0}: {1} (example: 004).</translation>
    </message>
    <message>
        <source>ID tidak sah: {0}. ID tidak boleh diubah.</source>
        <translation>Invalid ID: {0}. IDs must not be changed.</translation>
    </message>
    <message>
        <source>No HP tersimpan sebagai angka; angka 0 di depan ditambahkan kembali.</source>
        <translation>The phone number is stored as a number; its leading 0 was added back.</translation>
    </message>
    <message>
        <source>Jumlah uang tidak dapat dibaca: {0} (contoh: Rp 1.500.000).</source>
        <translation>The amount cannot be read: {0} (example: Rp 1.500.000).</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada: {0}</source>
        <translation>The destination folder does not exist: {0}</translation>
    </message>
    <message>
        <source>no writer for column kind {0}</source>
        <translation>no writer for column kind {0}</translation>
    </message>
    <message>
        <source>Menulis lembar {0}…</source>
        <translation>Writing sheet {0}…</translation>
    </message>
    <message>
        <source>Menyimpan berkas…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>Putaran tidak ditemukan.</source>
        <translation>Round not found.</translation>
    </message>
    <message>
        <source>Siklus arisan tidak ditemukan.</source>
        <translation>Arisan cycle not found.</translation>
    </message>
    <message>
        <source>Nama siklus wajib diisi.</source>
        <translation>The cycle name is required.</translation>
    </message>
    <message>
        <source>Tanggal mulai wajib diisi.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <source>Pilih minimal satu anggota yang ikut arisan.</source>
        <translation>Choose at least one member to take part in the arisan.</translation>
    </message>
    <message>
        <source>Buku arisan &apos;{0}&apos; tidak seimbang ({1}). Periksa data yang diimpor.</source>
        <translation>The books of arisan &apos;{0}&apos; do not balance ({1}). Check the imported data.</translation>
    </message>
    <message>
        <source>Setoran tidak ditemukan.</source>
        <translation>Payment not found.</translation>
    </message>
    <message>
        <source>Jumlah bagian per anggota antara 0 dan 10.</source>
        <translation>Each member can hold between 0 and 10 shares.</translation>
    </message>
    <message>
        <source>Hanya anggota aktif kelompok ini yang bisa ikut arisan.</source>
        <translation>Only active members of this group can take part in the arisan.</translation>
    </message>
    <message>
        <source>putaran {0} tercatat dua kali</source>
        <translation>round {0} is recorded twice</translation>
    </message>
    <message>
        <source>setoran bagian yang sama tercatat dua kali di putaran {0}</source>
        <translation>a payment of the same share is recorded twice in round {0}</translation>
    </message>
    <message>
        <source>putaran {0} diundi dua kali</source>
        <translation>round {0} was drawn twice</translation>
    </message>
    <message>
        <source>pemenang putaran {0} dibayar dua kali</source>
        <translation>the winner of round {0} was paid twice</translation>
    </message>
    <message>
        <source>Setoran tidak ada dalam putaran ini.</source>
        <translation>The payment is not part of this round.</translation>
    </message>
    <message>
        <source>Pembayaran tidak ditemukan.</source>
        <translation>Payout not found.</translation>
    </message>
    <message>
        <source>Undian tidak ditemukan.</source>
        <translation>Draw not found.</translation>
    </message>
    <message>
        <source>Penerima bagian harus anggota kelompok ini.</source>
        <translation>The person receiving the share must be a member of this group.</translation>
    </message>
    <message>
        <source>Penerima bagian harus anggota yang masih aktif.</source>
        <translation>The person receiving the share must be an active member.</translation>
    </message>
    <message>
        <source>Menyiapkan laporan tunggakan…</source>
        <translation>Preparing the arrears report…</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Anggota {0} dari {1}</source>
        <translation>Member {0} of {1}</translation>
    </message>
    <message>
        <source>Rincian {0} dari {1}</source>
        <translation>Details {0} of {1}</translation>
    </message>
    <message>
        <source>Jumlah baris kosong harus antara 0 dan 200.</source>
        <translation>The number of blank rows must be between 0 and 200.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah. Sisa percobaan: {0}.</source>
        <translation>Wrong user name or password. Attempts left: {0}.</translation>
    </message>
    <message>
        <source>Terlalu banyak kata sandi salah. Akun ini dikunci; coba lagi dalam {0} menit.</source>
        <translation>Too many wrong passwords. This account is locked; try again in {0} minutes.</translation>
    </message>
    <message>
        <source>Peran {0} tidak boleh melakukan ini ({1}).</source>
        <translation>The {0} role may not do this ({1}).</translation>
    </message>
    <message>
        <source>Kata sandi minimal {0} karakter.</source>
        <translation>The password must have at least {0} characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>The password cannot begin or end with a space.</translation>
    </message>
    <message>
        <source>Nama pengguna wajib diisi.</source>
        <translation>The user name is required.</translation>
    </message>
    <message>
        <source>Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>A user name may only contain letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: {0}</source>
        <translation>Unknown role: {0}</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan: {0}</source>
        <translation>User not found: {0}</translation>
    </message>
    <message>
        <source>Nama fasilitator wajib diisi.</source>
        <translation>The facilitator&apos;s name is required.</translation>
    </message>
    <message>
        <source>Pilih kelurahan.</source>
        <translation>Choose a kelurahan.</translation>
    </message>
    <message>
        <source>Nama perangkat wajib diisi.</source>
        <translation>The device name is required.</translation>
    </message>
    <message>
        <source>Kunci otomatis antara 1 dan 240 menit.</source>
        <translation>The automatic lock must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;{0}&apos; sudah dipakai.</source>
        <translation>The user name &apos;{0}&apos; is already taken.</translation>
    </message>
    <message>
        <source>Harus ada paling sedikit satu Admin.</source>
        <translation>There must be at least one Admin.</translation>
    </message>
    <message>
        <source>Perangkat ini sudah disiapkan.</source>
        <translation>This device has already been set up.</translation>
    </message>
    <message>
        <source>Terlalu banyak cadangan dengan nama yang sama: {0}</source>
        <translation>Too many backups with the same name: {0}</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak ditemukan: {0}</source>
        <translation>Backup file not found: {0}</translation>
    </message>
    <message>
        <source>Cadangan ini tidak terenkripsi, sedangkan database ini terenkripsi. Pulihkan cadangan yang dibuat setelah enkripsi diaktifkan.</source>
        <translation>This backup is not encrypted, but this database is. Restore a backup made after encryption was turned on.</translation>
    </message>
    <message>
        <source>Berkas ini bukan cadangan Berdaya atau terenkripsi dengan kunci lain: {0}</source>
        <translation>This file is not a Berdaya backup, or it is encrypted with another key: {0}</translation>
    </message>
    <message>
        <source>Cadangan ini dibuat oleh versi Berdaya yang lebih baru. Perbarui aplikasi.</source>
        <translation>This backup was made by a newer version of Berdaya. Update the application.</translation>
    </message>
    <message>
        <source>Berkas sudah ada, pilih nama lain: {0}</source>
        <translation>The file already exists, choose another name: {0}</translation>
    </message>
    <message>
        <source>Bukan folder: {0}</source>
        <translation>Not a folder: {0}</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dibaca: {0}</source>
        <translation>The backup cannot be read: {0}</translation>
    </message>
    <message>
        <source>Pemulihan gagal, database tetap seperti semula: {0}</source>
        <translation>Restore failed; the database is unchanged: {0}</translation>
    </message>
    <message>
        <source>Berkas ini bukan cadangan Berdaya: {0}</source>
        <translation>This file is not a Berdaya backup: {0}</translation>
    </message>
    <message>
        <source>pilihan grafik tidak dikenal: {0} {1}</source>
        <translation>unknown chart selection: {0} {1}</translation>
    </message>
    <message>
        <source>bulan tidak sah: {0} (tulis TTTT-BB, misalnya 2026-10)</source>
        <translation>invalid month: {0} (write YYYY-MM, for example 2026-10)</translation>
    </message>
    <message>
        <source>Jumlah penduduk harus paling sedikit 1.</source>
        <translation>The number of residents must be at least 1.</translation>
    </message>
    <message>
        <source>Database ini sudah berisi data penduduk; data demo hanya untuk database baru.</source>
        <translation>This database already contains residents; demo data is only for a new database.</translation>
    </message>
    <message>
        <source>Tidak dapat menggabungkan data dengan dirinya sendiri.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Mencari kemungkinan data ganda…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <source>Salah satu data sudah ada di tempat sampah; pulihkan dulu.</source>
        <translation>One of the records is in the trash; restore it first.</translation>
    </message>
    <message>
        <source>Kolom tidak dikenal: {0}</source>
        <translation>Unknown column: {0}</translation>
    </message>
    <message>
        <source>Database ini sudah terenkripsi.</source>
        <translation>This database is already encrypted.</translation>
    </message>
    <message>
        <source>Enkripsi gagal; database tetap seperti semula: {0}</source>
        <translation>Encryption failed; the database is unchanged: {0}</translation>
    </message>
    <message>
        <source>Menyiapkan ekspor…</source>
        <translation>Preparing the export…</translation>
    </message>
    <message>
        <source>Pilih satu cakupan saja: kelurahan atau program.</source>
        <translation>Choose only one scope: a kelurahan or a program.</translation>
    </message>
    <message>
        <source>Mengunci buku kerja dengan kata sandi…</source>
        <translation>Locking the workbook with a password…</translation>
    </message>
    <message>
        <source>Kelurahan tidak dikenal: {0}</source>
        <translation>Unknown kelurahan: {0}</translation>
    </message>
    <message>
        <source>Program tidak ditemukan: {0}</source>
        <translation>Program not found: {0}</translation>
    </message>
    <message>
        <source>Ada {0} program bernama {1}; pakai ID programnya.</source>
        <translation>There are {0} programs named {1}; use the program&apos;s ID.</translation>
    </message>
    <message>
        <source>Judul kolom lembar ini tidak dikenali, barisnya tidak diimpor. Buat pemetaan kolom di aplikasi (Impor… › Simpan pemetaan…) lalu pakai --mapping.</source>
        <translation>The column titles of this sheet were not recognised, so its rows are not imported. Make a column mapping in the application (Import… › Save mapping…), then use --mapping.</translation>
    </message>
    <message>
        <source>Kelompok tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Group not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Nama kelompok wajib diisi.</source>
        <translation>The group name is required.</translation>
    </message>
    <message>
        <source>Pilih jenis kelompok.</source>
        <translation>Choose the kind of group.</translation>
    </message>
    <message>
        <source>Kelompok ini punya buku arisan yang mencatat uang; kelompok tidak dapat dihapus.</source>
        <translation>This group has arisan books that record money; the group cannot be deleted.</translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Pilih jenis kelamin (L/P).</source>
        <translation>Choose the sex (L/P).</translation>
    </message>
    <message>
        <source>Tahun lahir tidak masuk akal.</source>
        <translation>Implausible birth year.</translation>
    </message>
    <message>
        <source>Kelompok ini sudah punya {0}: {1}. Ubah dulu peran orang itu.</source>
        <translation>This group already has a {0}: {1}. Change that person&apos;s role first.</translation>
    </message>
    <message>
        <source>Anggota ini masih memegang bagian arisan &apos;{0}&apos; yang sedang berjalan dan tetap membayar sampai siklus selesai. Catat keluarnya setelah siklus selesai.</source>
        <translation>This member still holds a share in the running arisan &apos;{0}&apos; and keeps paying until the cycle ends. Record the departure after the cycle ends.</translation>
    </message>
    <message>
        <source>Peran dalam kelompok tidak dikenal.</source>
        <translation>Unknown role in the group.</translation>
    </message>
    <message>
        <source>Orang ini tidak ada di data penduduk.</source>
        <translation>This person is not among the residents.</translation>
    </message>
    <message>
        <source>Orang ini sudah menjadi anggota aktif kelompok ini.</source>
        <translation>This person is already an active member of this group.</translation>
    </message>
    <message>
        <source>Keanggotaan tidak ditemukan.</source>
        <translation>Membership not found.</translation>
    </message>
    <message>
        <source>Tanggal keluar tidak boleh sebelum tanggal bergabung.</source>
        <translation>The leaving date cannot be before the joining date.</translation>
    </message>
    <message>
        <source>Pertemuan tidak ditemukan.</source>
        <translation>Meeting not found.</translation>
    </message>
    <message>
        <source>Tanggal pertemuan wajib diisi.</source>
        <translation>The meeting date is required.</translation>
    </message>
    <message>
        <source>Tanggal pertemuan terlalu jauh di masa depan.</source>
        <translation>The meeting date is too far in the future.</translation>
    </message>
    <message>
        <source>Kelurahan tidak dikenal di Kecamatan Alak: {0}</source>
        <translation>Kelurahan not known in Kecamatan Alak: {0}</translation>
    </message>
    <message>
        <source>Pemeriksaan keutuhan database belum selesai; simpan lagi sebentar lagi.</source>
        <translation>The database integrity check has not finished yet; save again in a moment.</translation>
    </message>
    <message>
        <source>Penduduk tidak ditemukan.</source>
        <translation>Resident not found.</translation>
    </message>
    <message>
        <source>Alasan penghapusan wajib diisi (permintaan pemilik data, masa simpan habis…).</source>
        <translation>A reason for the deletion is required (the person&apos;s request, retention period over…).</translation>
    </message>
    <message>
        <source>Data orang ini sudah dihapus.</source>
        <translation>This person&apos;s data has already been deleted.</translation>
    </message>
    <message>
        <source>Pilih jenis kelamin.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <source>Isi tanggal lahir atau perkiraan tahun lahir.</source>
        <translation>Enter the birth date or an estimated birth year.</translation>
    </message>
    <message>
        <source>Pilih jenis layanan.</source>
        <translation>Choose the kind of service.</translation>
    </message>
    <message>
        <source>Tanggal wajib diisi.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <source>Jumlah uang tidak boleh negatif.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Pilih jenis layanan kesehatan.</source>
        <translation>Choose the kind of health service.</translation>
    </message>
    <message>
        <source>Jelaskan layanan yang diberikan.</source>
        <translation>Describe the service given.</translation>
    </message>
    <message>
        <source>Nama organisasi wajib diisi.</source>
        <translation>The organisation name is required.</translation>
    </message>
    <message>
        <source>Jenis organisasi tidak dikenal.</source>
        <translation>Unknown kind of organisation.</translation>
    </message>
    <message>
        <source>Nomor telepon hanya boleh berisi angka, spasi, tanda - atau +.</source>
        <translation>A phone number may only contain digits, spaces, - or +.</translation>
    </message>
    <message>
        <source>Nama program wajib diisi.</source>
        <translation>The program name is required.</translation>
    </message>
    <message>
        <source>Jenis program tidak dikenal.</source>
        <translation>Unknown kind of program.</translation>
    </message>
    <message>
        <source>Tanggal selesai tidak boleh sebelum tanggal mulai.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Anggaran tidak boleh negatif.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>Penyelenggara tidak ditemukan.</source>
        <translation>Organiser not found.</translation>
    </message>
    <message>
        <source>Kelompok sasaran tidak dikenal: {0}.</source>
        <translation>Unknown target group: {0}.</translation>
    </message>
    <message>
        <source>Program tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Program not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Orang ini sudah terdaftar lagi di program ini; pendaftaran lama tidak dipulihkan.</source>
        <translation>This person has been enrolled in this program again; the old enrolment is not restored.</translation>
    </message>
    <message>
        <source>Peserta baru berstatus terdaftar atau aktif.</source>
        <translation>New participants are either registered or active.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu orang untuk didaftarkan.</source>
        <translation>Choose at least one person to enrol.</translation>
    </message>
    <message>
        <source>{0} sudah terdaftar di program ini; tidak didaftarkan dua kali.</source>
        <translation>{0} is already enrolled in this program; not enrolled twice.</translation>
    </message>
    <message>
        <source>Kepesertaan tidak ditemukan.</source>
        <translation>Enrolment not found.</translation>
    </message>
    <message>
        <source>Tanggal kegiatan wajib diisi.</source>
        <translation>The activity date is required.</translation>
    </message>
    <message>
        <source>Jam selesai tidak boleh sebelum jam mulai.</source>
        <translation>The end time cannot be before the start time.</translation>
    </message>
    <message>
        <source>Topik kegiatan wajib diisi.</source>
        <translation>The activity topic is required.</translation>
    </message>
    <message>
        <source>Kegiatan tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Activity not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>Tanpa NIK: pilih alasannya.</source>
        <translation>No NIK: choose the reason.</translation>
    </message>
    <message>
        <source>Jumlah beasiswa wajib diisi (lebih dari Rp 0).</source>
        <translation>The scholarship amount is required (more than Rp 0).</translation>
    </message>
    <message>
        <source>Nama sekolah wajib diisi untuk beasiswa.</source>
        <translation>The school name is required for a scholarship.</translation>
    </message>
    <message>
        <source>Kelas wajib diisi untuk beasiswa.</source>
        <translation>The grade is required for a scholarship.</translation>
    </message>
    <message>
        <source>Penerima layanan tidak ditemukan.</source>
        <translation>Service recipient not found.</translation>
    </message>
    <message>
        <source>Nama indikator wajib diisi.</source>
        <translation>The indicator name is required.</translation>
    </message>
    <message>
        <source>Jenis indikator tidak dikenal.</source>
        <translation>Unknown kind of indicator.</translation>
    </message>
    <message>
        <source>Indikator pilihan memerlukan paling sedikit dua pilihan (urut dari terburuk).</source>
        <translation>A choice indicator needs at least two choices (ordered from worst).</translation>
    </message>
    <message>
        <source>Pilihan tidak boleh ada yang sama.</source>
        <translation>Choices must not repeat.</translation>
    </message>
    <message>
        <source>Indikator tidak ditemukan.</source>
        <translation>Indicator not found.</translation>
    </message>
    <message>
        <source>Orang tidak ditemukan.</source>
        <translation>Person not found.</translation>
    </message>
    <message>
        <source>Tanggal pengukuran wajib diisi.</source>
        <translation>The measurement date is required.</translation>
    </message>
    <message>
        <source>Baseline orang ini untuk indikator ini sudah tercatat; ubah yang lama.</source>
        <translation>This person&apos;s baseline for this indicator is already recorded; edit the existing one.</translation>
    </message>
    <message>
        <source>Tanggal tindak lanjut tidak boleh sebelum tanggal baseline.</source>
        <translation>The follow-up date cannot be before the baseline date.</translation>
    </message>
    <message>
        <source>Jam harus ditulis JJ:MM, misalnya 09:00.</source>
        <translation>Times must be written HH:MM, for example 09:00.</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai oleh {0}; cari orang itu di daftar.</source>
        <translation>This NIK is already used by {0}; look that person up in the list.</translation>
    </message>
    <message>
        <source>Nilai indikator ini harus berupa angka.</source>
        <translation>This indicator&apos;s value must be a number.</translation>
    </message>
    <message>
        <source>Orang yang dipilih tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>The chosen person was not found (they may have been deleted).</translation>
    </message>
    <message>
        <source>Nilai indikator ini harus Ya atau Tidak.</source>
        <translation>This indicator&apos;s value must be yes or no.</translation>
    </message>
    <message>
        <source>Pilih salah satu pilihan yang tersedia untuk indikator ini.</source>
        <translation>Choose one of the choices available for this indicator.</translation>
    </message>
    <message>
        <source>Orang ini sudah terdaftar di program ini.</source>
        <translation>This person is already enrolled in this program.</translation>
    </message>
    <message>
        <source>Dibatalkan oleh pengguna; database tidak berubah.</source>
        <translation>Cancelled by the user; the database is unchanged.</translation>
    </message>
    <message>
        <source>Pilih hubungan dalam keluarga.</source>
        <translation>Choose the relationship within the family.</translation>
    </message>
    <message>
        <source>Isi tanggal lahir, atau perkiraan tahun lahir bila tidak diketahui.</source>
        <translation>Enter the birth date, or an estimated birth year if it is not known.</translation>
    </message>
    <message>
        <source>Tahun lahir tidak boleh di masa depan.</source>
        <translation>The birth year cannot be in the future.</translation>
    </message>
    <message>
        <source>Umur {0} tahun tidak masuk akal; periksa tanggal lahir.</source>
        <translation>An age of {0} years is implausible; check the birth date.</translation>
    </message>
    <message>
        <source>Tanggal persetujuan tidak boleh di masa depan.</source>
        <translation>The consent date cannot be in the future.</translation>
    </message>
    <message>
        <source>Isi tanggal persetujuan diberikan.</source>
        <translation>Enter the date consent was given.</translation>
    </message>
    <message>
        <source>Pilih cara persetujuan diberikan.</source>
        <translation>Choose how consent was given.</translation>
    </message>
    <message>
        <source>Desil harus 1 sampai 10.</source>
        <translation>The decile must be 1 to 10.</translation>
    </message>
    <message>
        <source>Penghasilan tidak boleh negatif.</source>
        <translation>Income cannot be negative.</translation>
    </message>
    <message>
        <source>Orang ini bukan anggota keluarga tersebut.</source>
        <translation>This person is not a member of that family.</translation>
    </message>
    <message>
        <source>Nama terlalu pendek.</source>
        <translation>The name is too short.</translation>
    </message>
    <message>
        <source>Tanpa NIK: pilih alasannya (mis. belum rekam, anak).</source>
        <translation>No NIK: choose the reason (e.g. not yet recorded, a child).</translation>
    </message>
    <message>
        <source>kelurahan tidak dikenal: {0}</source>
        <translation>unknown kelurahan: {0}</translation>
    </message>
    <message>
        <source>Kegiatan dan kehadiran…</source>
        <translation>Activities and attendance…</translation>
    </message>
    <message>
        <source>Kegiatan yang dilaksanakan…</source>
        <translation>Activities held…</translation>
    </message>
    <message>
        <source>Penduduk baru terdaftar…</source>
        <translation>Newly registered residents…</translation>
    </message>
    <message>
        <source>Layanan…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <source>Perubahan capaian…</source>
        <translation>Changes in outcomes…</translation>
    </message>
    <message>
        <source>program tidak ditemukan: {0}</source>
        <translation>program not found: {0}</translation>
    </message>
    <message>
        <source>nama program {0} cocok dengan {1} program; tulis nama lengkapnya</source>
        <translation>program name {0} matches {1} programs; write the full name</translation>
    </message>
    <message>
        <source>Konflik ini sudah diselesaikan atau tidak ada lagi.</source>
        <translation>This conflict has already been resolved or no longer exists.</translation>
    </message>
    <message>
        <source>Pilihan tidak dikenal untuk konflik ini: {0}.</source>
        <translation>Unknown choice for this conflict: {0}.</translation>
    </message>
    <message>
        <source>Tanggal tidak dikenali: {0} (tulis hh/bb/tttt).</source>
        <translation>Date not recognised: {0} (write dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Harus angka bulat: {0}.</source>
        <translation>Must be a whole number: {0}.</translation>
    </message>
    <message>
        <source>Catatan ini sudah tidak ada.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Kolom ini wajib diisi.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Memeriksa cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Cadangan gagal: {0}</source>
        <translation>Backup failed: {0}</translation>
    </message>
    <message>
        <source>Cadangan gagal ditulis ke {0}: {1}</source>
        <translation>The backup could not be written to {0}: {1}</translation>
    </message>
    <message>
        <source>Cadangan rusak: {0}</source>
        <translation>The backup is damaged: {0}</translation>
    </message>
    <message>
        <source>Cadangan tidak lengkap: jumlah baris berbeda dari database.</source>
        <translation>The backup is incomplete: its row counts differ from the database.</translation>
    </message>
    <message>
        <source>Menyalin database…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <source>Database ini terenkripsi: masuk dengan nama pengguna dan kata sandi. ({0})</source>
        <translation>This database is encrypted: sign in with a user name and password. ({0})</translation>
    </message>
    <message>
        <source>Kata sandi benar, tetapi database tidak dapat dibaca dengan kuncinya: berkas rusak atau bukan pasangan berkas kunci ini ({0}). Pulihkan dari cadangan.</source>
        <translation>The password is right, but the database cannot be read with its key: the file is damaged or does not belong with this key file ({0}). Restore from a backup.</translation>
    </message>
    <message>
        <source>Database rusak dan tidak dibuka untuk menulis: {0} ({1}). Pulihkan dari cadangan terbaru yang baik; berkas yang rusak disimpan di samping.</source>
        <translation>The database is damaged and is not opened for writing: {0} ({1}). Restore from the latest good backup; the damaged file is kept next to it.</translation>
    </message>
    <message>
        <source>Berkas database tidak ditemukan: {0}</source>
        <translation>Database file not found: {0}</translation>
    </message>
    <message>
        <source>Berkas ini bukan database Berdaya atau sudah rusak: {0}</source>
        <translation>This file is not a Berdaya database or it is damaged: {0}</translation>
    </message>
    <message>
        <source>Database tidak dapat dibuka: {0} ({1})</source>
        <translation>The database cannot be opened: {0} ({1})</translation>
    </message>
    <message>
        <source>Penyimpanan penuh: data tidak tersimpan dan database tetap seperti semula. Kosongkan ruang disk lalu coba lagi.</source>
        <translation>Storage is full: the data was not saved and the database is unchanged. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>Database hanya-baca (read-only) atau media penyimpanan dilepas: perubahan tidak tersimpan.</source>
        <translation>The database is read-only or its storage was removed: changes were not saved.</translation>
    </message>
    <message>
        <source>Database ini dibuat oleh versi Berdaya yang lebih baru (skema {0}, aplikasi ini mengenal sampai {1}). Perbarui aplikasi.</source>
        <translation>This database was made by a newer version of Berdaya (schema {0}; this application knows up to {1}). Update the application.</translation>
    </message>
    <message>
        <source>(database)</source>
        <translation>(database)</translation>
    </message>
    <message>
        <source>kesalahan baca/tulis disk</source>
        <translation>disk read/write error</translation>
    </message>
    <message>
        <source>Database ini terenkripsi, tetapi berkas kuncinya tidak ada: {0}. Salin berkas &apos;{1}&apos; dari cadangan ke samping database, atau pulihkan dari cadangan.</source>
        <translation>This database is encrypted, but its key file is missing: {0}. Copy the file &apos;{1}&apos; from a backup next to the database, or restore from a backup.</translation>
    </message>
    <message>
        <source>Kunci pemulihan salah.</source>
        <translation>Wrong recovery key.</translation>
    </message>
    <message>
        <source>Berkas kunci database rusak atau tidak terbaca: {0}</source>
        <translation>The database key file is damaged or unreadable: {0}</translation>
    </message>
    <message>
        <source>Database ada di {0}: {1}. Berdaya tidak membuka database langsung dari flashdisk, kartu memori atau folder jaringan — data bisa rusak bila media dilepas atau dua laptop menulis bersamaan. Salin berkasnya ke laptop ini (misalnya folder Dokumen), lalu buka salinannya.</source>
        <translation>Database location ({0}): {1}. Berdaya does not open a database directly from a flash drive, memory card or network folder — the data can be damaged if the media is removed or two laptops write at the same time. Copy the file to this laptop (for example the Documents folder), then open the copy.</translation>
    </message>
    <message>
        <source>Kategori kerentanan tidak dikenal: {0}</source>
        <translation>Unknown vulnerability category: {0}</translation>
    </message>
    <message>
        <source>Kelompok umur tidak dikenal: {0}</source>
        <translation>Unknown age group: {0}</translation>
    </message>
</context>
<context>
    <name>people.VULNERABILITY</name>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Lansia</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Masyarakat adat</source>
        <translation>Indigenous</translation>
    </message>
    <message>
        <source>Tanpa NIK</source>
        <translation>No NIK</translation>
    </message>
    <message>
        <source>Desil 1–4</source>
        <translation>Decile 1–4</translation>
    </message>
    <message>
        <source>KK perempuan</source>
        <translation>Female-headed household</translation>
    </message>
</context>
</TS>
