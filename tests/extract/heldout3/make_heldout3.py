#!/usr/bin/env python3
"""Build the third blind held-out set (24 e-mails) and its truth.jsonl.

Written from the specification only (procedure-id.md, DESIGN.md, samples/README.md).
Deterministic: fixed headers, Message-IDs and MIME boundaries. Run:
    python3 tests/extract/heldout3/make_heldout3.py
Every gold free-text passage, name and place is checked to occur verbatim
(after whitespace collapse) in the decoded letter.
"""
import html
import json
import os
import re
import textwrap
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
TO = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
ORDER = ["name", "address", "service_description", "loss", "requested_resolution",
         "place", "date", "signed"]
KEYS = ORDER + ["email", "phone", "nik"]


def wrap(body, width=74):
    out = []
    for line in body.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^(\s*[A-Za-z][A-Za-z /.()]{0,24}:\s+)", line)
        indent = re.match(r"^\s*", line).group(0)
        sub = " " * len(m.group(1)) if m else indent
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=sub,
                                 break_on_hyphens=False, break_long_words=False))
    return "\n".join(out)


ITEMS = []


def item(**kw):
    ITEMS.append(kw)


# ---------------------------------------------------------------- formal, labelled
F = dict(
    name="Drs. Sugeng Riyadi",
    address="Jl. Raya Gempol No. 112 RT 04 RW 02, Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan",
    service_description="Saya mengajukan permohonan pindah tugas dari SMPN 2 Lumbang ke SMPN 1 Gempol sejak Februari 2026 dengan persetujuan kedua kepala sekolah. Pada bulan Juli keluar SK mutasi, tetapi saya justru dipindahkan ke SMPN 3 Tosari, yang sama sekali tidak pernah saya ajukan.",
    loss="Jarak rumah ke tempat tugas baru lebih dari 70 km melalui jalan pegunungan, sehingga saya harus indekos dan mengeluarkan biaya tambahan sekitar Rp 1.200.000 setiap bulan, serta jauh dari keluarga.",
    requested_resolution="Saya memohon agar SK mutasi tersebut ditinjau kembali dan saya ditempatkan sesuai permohonan awal, atau setidaknya diberi penjelasan tertulis mengenai dasar penempatan tersebut.",
    place="Gempol", date="2026-09-14", signed=True, email="sugeng.riyadi@example.com",
    phone="081330217745", nik=None)
item(file="email_plain/h01.eml", category="email_plain", division="mutasi", fields=F, expect=[],
     note="formal, labels 'Tempat tinggal', 'Pokok permasalahan', 'Dampak yang saya tanggung', 'Harapan penyelesaian'; closing 'Hormat kami'",
     frm="Drs. Sugeng Riyadi <sugeng.riyadi@example.com>", hdate="Mon, 14 Sep 2026 09:12:40 +0700",
     subject="Surat pengaduan - penempatan mutasi tidak sesuai permohonan",
     body=f"""Gempol, 14 September 2026

Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Perihal : Pengaduan pelaksanaan mutasi

Dengan hormat,
Saya yang bertanda tangan di bawah ini:

  Nama lengkap   : {F['name']}
  Tempat tinggal : {F['address']}
  Telepon        : 0813-3021-7745

menyampaikan pengaduan sebagai berikut.

Pokok permasalahan:
{F['service_description']}

Dampak yang saya tanggung:
{F['loss']}

Harapan penyelesaian:
{F['requested_resolution']}

Demikian surat ini saya buat dengan sebenarnya. Atas perhatian Bapak/Ibu saya sampaikan terima kasih.

Hormat kami,
{F['name']}
""")

F = dict(
    name="Siti Nurhalimah, S.Pd.",
    address="Perumahan Pandaan Asri Blok F-12, Kelurahan Jogosari, Kecamatan Pandaan",
    service_description="Saya telah menyelesaikan pendidikan S2 Pendidikan Dasar dengan izin belajar resmi dan mengusulkan pencantuman gelar sejak Maret 2026. Usulan tersebut dikembalikan dua kali dengan alasan yang berbeda-beda, padahal syarat yang diminta sudah saya penuhi semua.",
    loss=None,
    requested_resolution="Mohon usulan pencantuman gelar saya diproses dan saya diberi daftar persyaratan yang pasti secara tertulis agar tidak terjadi pengembalian berkas lagi.",
    place="Pandaan", date="2026-10-02", signed=True, email="siti.nurhalimah@example.org",
    phone=None, nik="3514105207880003")
item(file="email_plain/h02.eml", category="email_plain", division="kompetensi", fields=F, expect=["loss"],
     note="formal, labels 'Identitas pengadu', 'Domisili', 'Duduk perkara', 'Yang saya mohonkan'; no loss",
     frm="Siti Nurhalimah <siti.nurhalimah@example.org>", hdate="Fri, 02 Oct 2026 13:05:11 +0700",
     subject="Keberatan atas pengembalian usulan pencantuman gelar",
     body=f"""Pandaan, 2 Oktober 2026

Hal: Penyampaian keberatan

Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Identitas pengadu
  Nama     : {F['name']}
  NIK      : 3514105207880003
  Domisili : {F['address']}

Duduk perkara
  {F['service_description']}

Yang saya mohonkan
  {F['requested_resolution']}

Demikian, atas perhatiannya saya ucapkan terima kasih.

Salam hormat,
{F['name']}
""")

F = dict(
    name="Bambang Wahyudi, S.Sos.",
    address="Dusun Karangasem RT 01 RW 05, Desa Sidowayah, Kecamatan Beji, Kabupaten Pasuruan",
    service_description="Nama saya tidak tercantum dalam daftar usulan penerima Satyalancana Karya Satya XX Tahun untuk tahun 2026, padahal masa kerja saya sudah 24 tahun tanpa pernah dijatuhi hukuman disiplin. Ketika saya tanyakan, petugas hanya mengatakan datanya tidak terbaca di sistem.",
    loss="Saya kehilangan kesempatan menerima penghargaan pada upacara HUT RI tahun ini, dan hal ini menjadi bahan pertanyaan rekan-rekan kerja yang membuat saya malu.",
    requested_resolution="Saya meminta agar nama saya dimasukkan dalam usulan susulan Satyalancana Karya Satya tahun 2026 dan data masa kerja saya di sistem diperbaiki.",
    place="Bangil", date="2026-10-21", signed=True, email="b.wahyudi@example.net",
    phone="085744102298", nik="3514021506750002")
item(file="email_plain/h03.eml", category="email_plain", division="kinerja", fields=F, expect=[],
     note="formal, roman-numbered labels 'Kronologi', 'Akibat yang ditimbulkan', 'Tuntutan'; place/date line at the bottom; +62 phone",
     frm="Bambang Wahyudi <b.wahyudi@example.net>", hdate="Wed, 21 Oct 2026 20:30:02 +0700",
     subject="Aduan: tidak masuk usulan Satyalancana Karya Satya",
     body=f"""Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan

Dengan hormat,
Bersama surat ini, saya:
Nama         : {F['name']}
NIK          : 3514021506750002
Alamat rumah : {F['address']}
WA           : +62 857-4410-2298

I. Kronologi
{F['service_description']}

II. Akibat yang ditimbulkan
{F['loss']}

III. Tuntutan
{F['requested_resolution']}

Bangil, 21 Oktober 2026

Hormat saya,

{F['name']}
""")

F = dict(
    name="Hj. Maslikhah",
    address=None,
    service_description="Suami saya, almarhum Sumarno, pensiunan guru SDN Purwosari 4, meninggal dunia pada bulan Mei 2026. Berkas usulan pensiun janda sudah saya serahkan lengkap ke BKPSDM pada bulan Juni, namun sampai hari ini SK pensiun janda belum juga terbit dan tidak ada kabar.",
    loss="Sejak Juni 2026 saya tidak menerima uang pensiun sama sekali, sedangkan saya tidak memiliki penghasilan lain untuk kebutuhan sehari-hari.",
    requested_resolution="Saya mohon SK pensiun janda saya segera diterbitkan dan saya diberi tahu perkembangannya melalui nomor telepon di atas.",
    place="Purwosari", date="2026-11-05", signed=False, email="maslikhah.purwosari@example.com",
    phone="082233104456", nik=None)
item(file="email_plain/h04.eml", category="email_plain", division="pengadaan", fields=F, expect=["address", "signed"],
     note="formal, dash labels 'Hal yang dikeluhkan', 'Akibatnya bagi saya', 'Usulan jalan keluar'; no address; 'terima kasih' with no name after it",
     frm="Maslikhah <maslikhah.purwosari@example.com>", hdate="Thu, 05 Nov 2026 11:40:26 +0700",
     subject="Pengaduan SK pensiun janda",
     body=f"""Purwosari, 5 November 2026

Kepada Yth. Kepala BKPSDM Kab. Pasuruan

Perihal: Pengaduan

Nama pelapor : {F['name']}
No. telp     : 0822 3310 4456

Hal yang dikeluhkan --
{F['service_description']}

Akibatnya bagi saya --
{F['loss']}

Usulan jalan keluar --
{F['requested_resolution']}

Demikian pengaduan ini, terima kasih.
""")

F = dict(
    name="Ahmad Fauzi Ramadhan",
    address="Jl. Anggrek No. 7 RT 02 RW 01, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan",
    service_description="Saat mengambil SK kenaikan pangkat saya di BKPSDM pada tanggal 1 Desember 2026, seorang oknum pegawai meminta \"uang terima kasih\" sebesar Rp 300.000 dan mengatakan SK tidak akan diserahkan jika saya tidak membayar.",
    loss="Saya terpaksa menyerahkan uang Rp 300.000 tanpa tanda terima, dan merasa diperas atas layanan yang seharusnya gratis.",
    requested_resolution="Saya meminta pimpinan BKPSDM memeriksa oknum tersebut, mengembalikan uang saya, dan memasang pengumuman bahwa penyerahan SK tidak dipungut biaya.",
    place="Prigen", date="2026-12-09", signed=True, email="fauzi.ramadhan@example.id",
    phone="085607712390", nik=None)
item(file="email_plain/h05.eml", category="email_plain", division="sekretariat", fields=F, expect=[],
     note="formal, labels 'Data diri', 'Pokok aduan', 'Beban yang ditanggung', 'Langkah yang diharapkan'; illegal fee when collecting an SK kenaikan pangkat -> sekretariat",
     frm="Ahmad Fauzi Ramadhan <fauzi.ramadhan@example.id>", hdate="Wed, 09 Dec 2026 07:58:31 +0700",
     subject="Laporan pungutan saat pengambilan SK",
     body=f"""Yth. Kepala BKPSDM Kabupaten Pasuruan
Komplek Perkantoran Raci, Bangil

Dengan hormat,

Data diri
  Nama    : {F['name']}
  Alamat  : {F['address']}
  Telepon : 0856 0771 2390

Pokok aduan:
  {F['service_description']}

Beban yang ditanggung:
  {F['loss']}

Langkah yang diharapkan:
  {F['requested_resolution']}

Prigen, 9 Desember 2026

Hormat saya,
{F['name']}
""")

# ---------------------------------------------------------------- prose, unlabelled
F = dict(
    name="Eka Septiani",
    address="Dusun Krajan RT 002 RW 001 Desa Lebakrejo, Kecamatan Purwodadi, Kabupaten Pasuruan",
    service_description="Nama saya sudah diumumkan lulus seleksi PPPK tahap pertama pada bulan Mei, tetapi ketika daftar usul penetapan NI PPPK keluar, nama saya tidak ada dan petugas di BKPSDM tidak bisa menjelaskan sebabnya.",
    loss="Gara-gara ini saya belum bisa menandatangani kontrak kerja, dan honor saya sebagai guru honorer sudah dihentikan sekolah sejak Juni karena saya dianggap sudah menjadi PPPK.",
    requested_resolution="Besar harapan saya BKPSDM mau mengecek ulang data usulan saya ke BKN dan memasukkan nama saya ke usulan penetapan berikutnya.",
    place="Wonorejo", date="2026-08-11", signed=True, email="eka.septiani@example.com",
    phone=None, nik=None)
item(file="email_plain/h06.eml", category="email_plain", division="pengadaan", fields=F, expect=[],
     note="prose, address in a sentence, 'Gara-gara ini' loss, 'Besar harapan saya' request, Wassalamualaikum closing",
     frm="Eka Septiani <eka.septiani@example.com>", hdate="Tue, 11 Aug 2026 21:17:09 +0700",
     subject="Nama saya hilang dari usulan NI PPPK",
     body=f"""Wonorejo, 11 Agustus 2026

Kepada Yth. Bapak/Ibu Kepala BKPSDM Kabupaten Pasuruan

Assalamualaikum wr. wb.

Saya {F['name']}, guru honorer di SDN Wonorejo 2, tinggal di {F['address']}. Lewat email ini saya ingin menyampaikan keluhan soal seleksi PPPK guru tahun 2026.

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.

Wassalamualaikum wr. wb.
{F['name']}
""")

F = dict(
    name="Nurul Hidayah",
    address=None,
    service_description="Permohonan cuti besar saya untuk menunaikan ibadah umrah sudah saya ajukan lewat Dinas Kesehatan sejak awal September 2026, tiga bulan sebelum jadwal keberangkatan. Namun sampai seminggu sebelum berangkat surat izin cutinya tidak juga keluar, dan setiap saya telepon jawabannya hanya \"masih di meja pimpinan\".",
    loss="Saya sampai harus menunda keberangkatan umrah dan membayar denda perubahan jadwal ke biro perjalanan sebesar Rp 4.500.000.",
    requested_resolution="Tolong ya pak, surat izin cuti besar saya segera diterbitkan supaya saya bisa berangkat di jadwal berikutnya bulan Desember.",
    place=None, date="2026-11-02", signed=True, email="nurul.hidayah.nguling@example.net",
    phone="081249003318", nik=None)
item(file="email_plain/h07.eml", category="email_plain", division="kinerja", fields=F, expect=["address", "place"],
     note="prose, 'Saya sampai harus' loss, 'Tolong ya pak' request; no address, no place/date line; sent 05:47 +0700 (UTC is the previous day)",
     frm="Nurul Hidayah <nurul.hidayah.nguling@example.net>", hdate="Mon, 02 Nov 2026 05:47:19 +0700",
     subject="cuti besar tidak keluar-keluar",
     body=f"""Selamat pagi Bapak/Ibu petugas pengaduan BKPSDM,

Perkenalkan, saya {F['name']}, perawat di Puskesmas Nguling. Saya mau menceritakan masalah cuti besar saya.

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Terima kasih banyak,
{F['name']}
0812-4900-3318
""")

F = dict(
    name="Ir. Hadi Susanto, M.T.",
    address="Jl. Raya Grati No. 45 RT 03 RW 04, Desa Kalipang, Kecamatan Grati, Kabupaten Pasuruan",
    service_description="Saya mengikuti seleksi terbuka jabatan administrator pada bulan Juni 2026 dan berada di peringkat pertama menurut pengumuman panitia. Akan tetapi pada pelantikan bulan September yang dilantik justru peserta peringkat ketiga, tanpa ada pengumuman perubahan hasil maupun alasannya.",
    loss="Kerugian yang saya alami adalah hilangnya kesempatan menduduki jabatan tersebut beserta tunjangan jabatannya, serta beban psikis karena dianggap gagal oleh rekan kerja.",
    requested_resolution="Saya mohon BKPSDM memberikan penjelasan tertulis tentang dasar pelantikan tersebut dan meninjau kembali hasil seleksi sesuai ketentuan sistem merit.",
    place="Grati", date="2026-10-28", signed=True, email="hadi.susanto@example.org",
    phone=None, nik=None)
item(file="email_plain/h08.eml", category="email_plain", division="mutasi", fields=F, expect=[],
     note="prose with the usual cue words; letter dated the day before the Date: header",
     frm="Hadi Susanto <hadi.susanto@example.org>", hdate="Thu, 29 Oct 2026 08:02:44 +0700",
     subject="Pengaduan hasil seleksi terbuka jabatan administrator",
     body=f"""Grati, 28 Oktober 2026

Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya, {F['name']}, pegawai pada Dinas Pekerjaan Umum dan Penataan Ruang, beralamat di {F['address']}, dengan ini menyampaikan pengaduan.

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Demikian surat ini saya sampaikan.

Hormat saya,
{F['name']}
""")

F = dict(
    name="Rudi Hermawan, S.Kom.",
    address="Perum Sukorejo Indah Blok B-4, Desa Glagahsari, Kecamatan Sukorejo",
    service_description="Bulan Agustus lalu saya ditunjuk mengikuti Pelatihan Kepemimpinan Pengawas angkatan III. Saya sudah hadir penuh dan lulus, tetapi sertifikat saya tidak pernah diterbitkan karena, menurut panitia, nama saya tidak terdaftar di sistem peserta.",
    loss="Sekarang saya tidak bisa memakai pelatihan itu sebagai syarat jabatan pengawas, dan biaya pribadi Rp 2.000.000 untuk penginapan selama pelatihan terasa sia-sia.",
    requested_resolution=None,
    place="Sukorejo", date="2026-11-16", signed=True, email="rudi.hermawan@example.com",
    phone=None, nik=None)
item(file="email_plain/h09.eml", category="email_plain", division="kompetensi", fields=F, expect=["requested_resolution"],
     note="prose, loss without cue words; no requested resolution; place/date line above the closing",
     frm="Rudi Hermawan <rudi.hermawan@example.com>", hdate="Mon, 16 Nov 2026 15:26:50 +0700",
     subject="Sertifikat pelatihan kepemimpinan pengawas",
     body=f"""Kepada Yth. BKPSDM Kabupaten Pasuruan,

Saya {F['name']}, pranata komputer di Kantor Kecamatan Sukorejo, alamat rumah {F['address']}.

{F['service_description']}

{F['loss']}

Sukorejo, 16 November 2026

Salam,
{F['name']}
""")

F = dict(
    name="Wahyuningsih",
    address=None,
    service_description="Sudah sejak bulan Agustus saya menanyakan kelanjutan urusan saya lewat telepon kantor dan lewat email ini juga, tetapi jawabannya selalu \"masih diproses\" tanpa pernah ada kejelasan kapan selesai dan apa yang kurang.",
    loss="Saya jadi harus bolak-balik izin kerja dan keluar ongkos hanya untuk bertanya hal yang sama, sementara urusan saya tidak bergerak sama sekali.",
    requested_resolution="Saya cuma ingin ada satu petugas yang bisa memberi jawaban pasti dan menghubungi saya kembali di nomor 0858-1123-7764.",
    place=None, date="2026-11-01", signed=True, email="wahyuningsih77@example.net",
    phone="085811237764", nik=None)
item(file="email_plain/h10.eml", category="email_plain", division=None, fields=F, expect=["address", "place"],
     note="prose, no clear topic (division null); no address, no place/date line; sent 23:40 +0700",
     frm="Wahyuningsih <wahyuningsih77@example.net>", hdate="Sun, 01 Nov 2026 23:40:00 +0700",
     subject="Tidak ada kejelasan",
     body=f"""Dengan hormat,

Saya {F['name']}. {F['service_description']}

{F['loss']}

{F['requested_resolution']}

Hormat saya,
{F['name']}
""")

# ---------------------------------------------------------------- informal / WhatsApp-style
F = dict(
    name="Rina Ayu Kartika",
    address=None,
    service_description="Saya sudah ngajuin Karsu buat suami saya dari bulan Juni, berkas lengkap, sampai sekarang belum jadi juga. Ditanya ke bagian kepegawaian dinas katanya blangkonya habis terus.",
    loss="Gara2 belum ada Karsu, suami saya nggak bisa didaftarkan tunjangan keluarga di gaji saya, udah 5 bulan tunjangannya nggak cair.",
    requested_resolution="Minta tolong dicek ya Karsu saya sampai mana, kalau bisa kasih kepastian kapan jadinya.",
    place=None, date="2026-11-07", signed=True, email="rina.ayu.k@example.com",
    phone="081355660021", nik=None)
item(file="email_plain/h11.eml", category="email_plain", division="pengadaan", fields=F, expect=["address", "place"],
     note="WhatsApp-style, emoji, 18-digit NIP (not a NIK), 'Makasih,' closing",
     frm="Rina Ayu <rina.ayu.k@example.com>", hdate="Sat, 07 Nov 2026 10:03:12 +0700",
     subject="karsu belum jadi2", wrap=False,
     body=f"""Pak/Bu admin, mau ngadu ya \U0001F64F

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Makasih,
{F['name']}
NIP 198702142010012008 / HP 0813 5566 0021
""")

F = dict(
    name="Yudi Prasetyo",
    address=None,
    service_description="Kemarin saya ke kantor BKPSDM urus berkas, ruang tunggunya panas banget AC mati semua, kursinya cuma belasan padahal antrean puluhan orang, banyak yang berdiri sampai 2 jam. Toiletnya juga dikunci, ada ibu hamil sampai pingsan di situ.",
    loss="Saya sendiri sampai pusing dan terpaksa pulang sebelum dipanggil, jadi besok harus izin lagi dari sekolah.",
    requested_resolution="Mohon fasilitas ruang tunggunya diperbaiki, minimal kipas/AC jalan, kursi ditambah, toilet dibuka buat umum.",
    place=None, date="2026-11-17", signed=False, email="yudi.prasetyo@example.org",
    phone=None, nik=None)
item(file="email_plain/h12.eml", category="email_plain", division="sekretariat", fields=F, expect=["address", "place", "signed"],
     note="informal, facilities (waiting room) -> sekretariat; ends with 'Thx' and no name",
     frm="Yudi Prasetyo <yudi.prasetyo@example.org>", hdate="Tue, 17 Nov 2026 14:22:05 +0700",
     subject="ruang tunggu BKPSDM", wrap=False,
     body=f"""Selamat siang. Saya {F['name']}, guru SMPN 1 Kraton.

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Thx
""")

F = dict(
    name="Mohammad Iqbal",
    address="Dsn. Krajan RT 5 RW 2 Ds. Pulokerto Kec. Kraton",
    service_description="Saya dapat surat hukuman disiplin teguran tertulis gara2 dibilang bolos 5 hari di bulan Agustus, padahal waktu itu saya dinas luar ada surat tugasnya. Saya nggak pernah dipanggil buat diperiksa dulu.",
    loss="Tpp saya bulan September dipotong 40% dan nama saya jadi jelek di kantor.",
    requested_resolution="Tolong dicabut hukumannya dan TPP yg dipotong dikembalikan pak, surat tugas sudah saya lampirkan ke kasubag.",
    place="Kraton", date="2026-11-03", signed=True, email="m.iqbal.kraton@example.id",
    phone="081233445667", nik=None)
item(file="email_plain/h13.eml", category="email_plain", division="kinerja", fields=F, expect=[],
     note="WhatsApp-style but complete; short labels; abbreviated month 'Kraton, 3 Nov 2026'",
     frm="Mohammad Iqbal <m.iqbal.kraton@example.id>", hdate="Tue, 03 Nov 2026 19:11:38 +0700",
     subject="aduan hukdis", wrap=False,
     body=f"""Assalamualaikum, izin menyampaikan aduan nggih \U0001F64F

Nama: {F['name']}
Alamat: {F['address']}
HP/WA: 081-233-445-667

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Kraton, 3 Nov 2026
Salam,
{F['name']}
""")

F = dict(
    name="Dimas Aditya",
    address=None,
    service_description="SK kenaikan pangkat saya periode oktober 2026 kok belum ada ya, temen2 satu kantor yg ngajuin bareng udah pada dapat semua. berkas saya katanya sudah BTS (berkas tidak sesuai) tapi nggak ada yg ngasih tau kurangnya apa.",
    loss=None,
    requested_resolution="tolong dikabari kurangnya apa biar saya bisa lengkapi, jangan sampai mundur ke periode april",
    place=None, date="2026-11-13", signed=True, email="dimas.aditya@example.com",
    phone=None, nik=None)
item(file="email_plain/h14.eml", category="email_plain", division="mutasi", fields=F, expect=["address", "loss", "place"],
     note="chatty lower-case mail; no address, no loss, no place/date line; 'makasih pak' + name",
     frm="dimas aditya <dimas.aditya@example.com>", hdate="Fri, 13 Nov 2026 16:55:48 +0700",
     subject="SK KP", wrap=False,
     body=f"""pak mau tanya sekalian komplain. {F['service_description']}

{F['requested_resolution']}

makasih pak
{F['name']}
""")

# ---------------------------------------------------------------- English
F = dict(
    name="Maria Christina Halim",
    address="Jl. Gajah Mada No. 21 RT 02 RW 06, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
    service_description="In July 2026 I applied for a study permit (izin belajar) to take up a fully funded master's scholarship. All documents were submitted on time, yet after four months the permit has still not been issued and nobody has explained what is missing.",
    loss="As a result, the university has postponed my enrolment to the next intake, and I stand to lose the scholarship if the permit is not issued by January 2027.",
    requested_resolution="I kindly ask that my study permit be issued before the end of December 2026, or that I be told in writing exactly which documents are still required.",
    place="Bangil", date="2026-11-04", signed=True, email="maria.halim@example.com",
    phone="081135207781", nik=None)
item(file="email_mime/h15.eml", category="email_mime", division="kompetensi", fields=F, expect=[],
     note="English letter, multipart/alternative, utf-8 base64 text + html",
     frm="Maria Christina Halim <maria.halim@example.com>", hdate="Wed, 04 Nov 2026 10:31:00 +0700",
     subject="Formal complaint: study permit not issued", mime="alt_b64",
     body=f"""Bangil, 4 November 2026

To: The Head of BKPSDM Kabupaten Pasuruan

Dear Sir or Madam,

My name is {F['name']}, a nurse at RSUD Bangil, residing at {F['address']}. I am writing to file a formal complaint.

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Thank you for your attention.

Regards,
{F['name']}
Phone: +62 811-3520-7781
""")

F = dict(
    name="Robert Hadi Wijaya",
    address=None,
    service_description="My pension decree states my retirement date as 1 March 2026, but my personnel record in SIASN still lists me as an active employee, so PT Taspen cannot process my pension payments.",
    loss="Because of this error I have received no pension since March, which is now nine months without income, and I have had to borrow money from relatives.",
    requested_resolution="Please correct my status in SIASN as soon as possible and send confirmation to this e-mail address so that I can bring it to Taspen.",
    place=None, date="2026-11-25", signed=True, email="robert.wijaya@example.net",
    phone=None, nik=None)
item(file="email_plain/h16.eml", category="email_plain", division="pengadaan", fields=F, expect=["address", "place"],
     note="English, no address, no place/date line; 'Best regards,' + name",
     frm="Robert Hadi Wijaya <robert.wijaya@example.net>", hdate="Wed, 25 Nov 2026 08:15:00 +0700",
     subject="Pension not paid - wrong status in SIASN",
     body=f"""Good morning,

I am {F['name']}, a retired teacher formerly at SMAN 1 Pandaan. {F['service_description']}

{F['loss']}

{F['requested_resolution']}

Best regards,
{F['name']}
""")

# ---------------------------------------------------------------- ALL CAPS
F = dict(
    name="SLAMET RIYANTO",
    address="DUSUN SUMBERREJO RT 04 RW 01 DESA SUMBERGEDANG, KECAMATAN PANDAAN, KABUPATEN PASURUAN",
    service_description="PADA TANGGAL 10 NOVEMBER 2026 SAYA MENGANTAR BERKAS CUTI ISTRI SAYA KE BKPSDM. PETUGAS YANG MENERIMA SIBUK BERMAIN HANDPHONE, MELEMPAR BERKAS SAYA KE MEJA DAN MENYURUH SAYA DATANG LAGI BESOK TANPA MEMERIKSA BERKASNYA.",
    loss=None,
    requested_resolution="SAYA MINTA PETUGAS TERSEBUT DIBERI TEGURAN DAN DIBINA AGAR MELAYANI DENGAN SOPAN.",
    place="PANDAAN", date="2026-11-17", signed=True, email="slamet.riyanto@example.com",
    phone="087755012234", nik=None)
item(file="email_plain/h17.eml", category="email_plain", division="sekretariat", fields=F, expect=["loss"],
     note="ALL CAPS; staff conduct while submitting a leave file -> sekretariat; no loss",
     frm="SLAMET RIYANTO <slamet.riyanto@example.com>", hdate="Tue, 17 Nov 2026 09:45:10 +0700",
     subject="PENGADUAN PETUGAS TIDAK SOPAN",
     body=f"""YTH. KEPALA BKPSDM KABUPATEN PASURUAN

DENGAN HORMAT,

SAYA {F['name']}, BERALAMAT DI {F['address']}, NO HP 0877-5501-2234.

{F['service_description']}

{F['requested_resolution']}

PANDAAN, 17 NOVEMBER 2026

HORMAT SAYA,
{F['name']}
""")

# ---------------------------------------------------------------- typos
F = dict(
    name="Agung Prasetya Nugraha",
    address="Jl. Sultan Agung No 33 RT 01 RW 03 Kel. Kersikan, Kec. Bangil",
    service_description="usulan kenaikan pangakt pilihan saya ke golongan IV/a sudah dikirm lewat SIASN bulan Febuari 2026 tapi statusnya masih \"input berkas\" terus samapi sekarang, pdahal syarat PAK sudah sya upload smua.",
    loss="Karena itu gaji saya masih mengikuti golongan lama dan saya tidak bisa daftar jabatan fungsional ahli madya yg mensyaratkan IV/a.",
    requested_resolution="Saya mohn usulan saya di verifikasi dan di teruskan ke BKN secepatnya.",
    place="Bangil", date="2026-10-06", signed=True, email="agung.pn@example.org",
    phone="085234561190", nik=None)
item(file="email_plain/h18.eml", category="email_plain", division="mutasi", fields=F, expect=[],
     note="typos throughout, misspelled label 'Almat'",
     frm="Agung Prasetya Nugraha <agung.pn@example.org>", hdate="Tue, 06 Oct 2026 12:20:33 +0700",
     subject="pengaduan kenaikan pangakt",
     body=f"""Bangil, 6 Oktober 2026

Yth. Kepala BKPSDM Kab. Pasurauan

Dngan hormat,
Saya yg bertanda tangn dibawah ini:
Nama  : {F['name']}
Almat : {F['address']}
No Hp : 0852 3456 1190

Mengadukan bahwa {F['service_description']}

{F['loss']}

{F['requested_resolution']}

Hormat sya,
{F['name']}
""")

F = dict(
    name="Fitriani Rahma",
    address=None,
    service_description="nilai SKP 2025 saya di e-kinerja tdk bisa di finalisasi krn atasan penilai di sistem masih kepala sekolah lama yg sudah pensiun, sdh lapor ke admin BKPSDM dr bulan januari tp blm ada perbaikan.",
    loss="akibatnya sya tdk bisa ikut usulan kenaikan pangkat dan tunjangan sertifikasi sya ditahan 1 semester.",
    requested_resolution="tolong atasan penilai di e-kinerja sya diganti ke kepsek yg baru supaya SKP bisa di finalisasi.",
    place="Gondangwetan", date="2026-11-20", signed=False, email="fitriani.rahma@example.com",
    phone=None, nik=None)
item(file="email_plain/h19.eml", category="email_plain", division="kinerja", fields=F, expect=["address", "signed"],
     note="typos/abbreviations, no address, place/date line at the end but no closing name",
     frm="Fitriani Rahma <fitriani.rahma@example.com>", hdate="Fri, 20 Nov 2026 13:07:29 +0700",
     subject="skp tdk bisa finalisasi",
     body=f"""Slamat siang,

saya {F['name']}, guru SDN Gondangwetan 1. mau melaporkan {F['service_description']}

{F['loss']}

{F['requested_resolution']}

Gondangwetan, 20 November 2026
""")

# ---------------------------------------------------------------- Javanese-flavoured
F = dict(
    name="Sumarsih, S.Pd.",
    address="Dusun Krajan RT 01 RW 03 Desa Nongkojajar, Kecamatan Tutur, Kabupaten Pasuruan",
    service_description="Kula sampun ndaftar diklat teknis penyusunan anggaran angkatan II lewat BKPSDM lan sampun dinyatakaken lolos, ning pas wekdal diklat nama kula mboten wonten ing daftar peserta. Ditakoni teng kantor, jare berkas kula kesasar.",
    loss="Kula dados kelangan kesempatan setunggal taun, lan sampun mbayar tes kesehatan piyambak Rp 350.000 ingkang mboten saged dipunginakaken malih.",
    requested_resolution="Nyuwun tulung nama kula dipunlebetaken ing angkatan salajengipun lan wonten penjelasan tertulis kenging punapa berkas kula ical.",
    place="Tutur", date="2026-11-12", signed=True, email="sumarsih.tutur@example.net",
    phone=None, nik=None)
item(file="email_mime/h20.eml", category="email_mime", division="kompetensi", fields=F, expect=[],
     note="Javanese-flavoured (krama), utf-8 quoted-printable, RFC 2047 subject",
     frm="Sumarsih <sumarsih.tutur@example.net>", hdate="Thu, 12 Nov 2026 06:30:15 +0700",
     subject="Nyuwun pitulung \u2013 berkas diklat ical", mime="qp_utf8",
     body=f"""Sugeng enjang Bapak/Ibu,

Kula {F['name']}, guru SDN Tutur 2, griya kula wonten {F['address']}. Kula badhe matur babagan diklat.

{F['service_description']}

{F['loss']}

{F['requested_resolution']}

Tutur, 12 November 2026

Matur nuwun,
{F['name']}
""")

# ---------------------------------------------------------------- reply above a quote
F = dict(
    name="Dra. Lusiana Dewi Anggraeni",
    address="Jl. Hayam Wuruk No. 5, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
    service_description="nama saya di SIASN tertulis \"Lusiana Dewi Anggraini\" (huruf i), berbeda dengan KTP, ijazah dan SK CPNS saya. Permohonan perbaikan sudah saya ajukan tiga kali sejak Juli 2026 tetapi tidak diproses.",
    loss="Akibatnya, data tunjangan saya ditolak oleh aplikasi Kemendikbud karena nama tidak cocok, sehingga tunjangan profesi saya triwulan III belum dibayarkan.",
    requested_resolution="mohon nama saya di SIASN segera dikoreksi sesuai SK CPNS dan saya diberi bukti perbaikannya.",
    place="Bangil", date="2026-11-26", signed=True, email="lusiana.dewi@example.com",
    phone="081803215567", nik=None)
item(file="email_plain/h21.eml", category="email_plain", division="pengadaan", fields=F, expect=[],
     note="reply: complete letter above a quoted earlier exchange (quote has its own 'Hormat kami,' signature)",
     frm="Lusiana Dewi Anggraeni <lusiana.dewi@example.com>", hdate="Thu, 26 Nov 2026 09:05:57 +0700",
     subject="Re: Pengaduan data SIASN",
     extra=[("In-Reply-To", "<balasan-0311@pasuruankab.go.id>"),
            ("References", "<lusiana-0231@example.com> <balasan-0311@pasuruankab.go.id>")],
     body=wrap(f"""Yth. Tim Pengaduan BKPSDM,

Terima kasih atas balasannya. Sesuai permintaan Bapak/Ibu, berikut saya lengkapi pengaduan saya.

Nama   : {F['name']}
Alamat : {F['address']}
HP     : 0818-0321-5567

Permasalahan: {F['service_description']}

{F['loss']}

Permintaan: {F['requested_resolution']}

Bangil, 26 November 2026

Salam hormat,
{F['name']}
""") + """
Pada Rab, 25 Nov 2026 pukul 10.14, Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id> menulis:
> Yth. Ibu Lusiana,
>
> Terima kasih telah menghubungi layanan pengaduan BKPSDM Kabupaten
> Pasuruan. Agar pengaduan dapat kami tindak lanjuti, mohon dilengkapi
> dengan nama lengkap, alamat, uraian masalah, kerugian yang dialami,
> serta penyelesaian yang diharapkan.
>
> Hormat kami,
> Petugas Pengaduan BKPSDM
>
>> Pada Sen, 23 Nov 2026 20.41, Lusiana <lusiana.dewi@example.com> menulis:
>> Pak, nama saya di SIASN salah, tolong dibetulkan.
""", wrap=False)

# ---------------------------------------------------------------- HTML only, windows-1252 QP
F = dict(
    name="Yohana Kristiani",
    address="Jl. Veteran No. 14 RT 06 RW 02, Kelurahan Gempeng, Kecamatan Bangil, Kabupaten Pasuruan",
    service_description="Permohonan cuti di luar tanggungan negara (CLTN) saya untuk mendampingi suami tugas belajar ke luar negeri sudah saya ajukan sejak Agustus 2026 \u2013 lengkap dengan surat rekomendasi kepala dinas \u2013 tetapi status berkas masih \u201cmenunggu verifikasi\u201d hingga kini.",
    loss="Tiket keberangkatan yang sudah dibeli \u00b1 Rp 9.000.000 terpaksa dijadwal ulang dengan biaya tambahan, dan saya terancam dianggap mangkir bila tetap berangkat tanpa izin.",
    requested_resolution="Saya mohon keputusan CLTN saya diterbitkan paling lambat pertengahan Desember 2026.",
    place="Bangil", date="2026-11-30", signed=True, email="yohana.kristiani@example.org",
    phone="082144559080", nik=None)
item(file="email_mime/h22.eml", category="email_mime", division="kinerja", fields=F, expect=[],
     note="HTML-only, windows-1252 quoted-printable (en dashes, curly quotes, plus-minus); bold labels 'Persoalan', 'Yang saya alami', 'Permohonan'",
     frm="Yohana Kristiani <yohana.kristiani@example.org>", hdate="Mon, 30 Nov 2026 16:44:02 +0700",
     subject="Pengaduan CLTN", mime="html_cp1252",
     body=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif">
<p>Bangil, 30 November 2026</p>
<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan</p>
<p>Dengan hormat,</p>
<p>Saya yang bertanda tangan di bawah ini:<br>
Nama: <b>{F['name']}</b><br>
Alamat: {F['address']}<br>
Telp.: 0821 4455 9080</p>
<p><b>Persoalan</b><br>{html.escape(F['service_description'], quote=False)}</p>
<p><b>Yang saya alami</b><br>{html.escape(F['loss'], quote=False)}</p>
<p><b>Permohonan</b><br>{F['requested_resolution']}</p>
<p>Hormat saya,<br>{F['name']}</p>
</body></html>
""")

# ---------------------------------------------------------------- auto replies
item(file="auto_reply/h23.eml", category="auto_reply", fields=None, division=None,
     note="out-of-office: subject cue 'Sedang cuti / Out of office' + Auto-Submitted: auto-replied; body has no OOO wording",
     frm="Anik Sulistyowati <anik.sulistyowati@example.com>", hdate="Fri, 27 Nov 2026 10:12:00 +0700",
     subject="Sedang cuti / Out of office: Re: Tanda terima pengaduan PGD-2026-0518",
     extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<tt-0518@pasuruankab.go.id>")],
     body="""Terima kasih, pesan Bapak/Ibu sudah saya terima.

Saya akan membalas setelah tanggal 4 Januari 2027. Untuk urusan kepegawaian yang
mendesak silakan menghubungi Subbag Umum.

Salam,
Anik Sulistyowati
SMPN 2 Bangil
""")

item(file="auto_reply/h24.eml", category="auto_reply", fields=None, division=None,
     note="mailing-list newsletter (List-Id, List-Unsubscribe, Precedence: bulk) that talks about complaints and kenaikan pangkat",
     frm="Buletin ASN Pasuruan <buletin@lists.example.org>", hdate="Tue, 01 Dec 2026 07:00:00 +0700",
     subject="[Buletin ASN] Edisi Desember 2026: jadwal kenaikan pangkat dan layanan pengaduan",
     extra=[("List-Id", "Buletin ASN Pasuruan <buletin-asn.lists.example.org>"),
            ("List-Unsubscribe", "<mailto:buletin-leave@lists.example.org>"),
            ("Precedence", "bulk")],
     body="""BULETIN ASN PASURUAN - Edisi Desember 2026

1. Jadwal usul kenaikan pangkat periode April 2027
   Usulan dibuka mulai 4 Januari 2027 melalui SIASN. Pastikan SKP dua tahun
   terakhir sudah difinalisasi.

2. Layanan pengaduan
   Pengaduan pelayanan kepegawaian dapat disampaikan secara tertulis dengan
   mencantumkan nama, alamat, uraian masalah, kerugian dan penyelesaian yang
   diminta, atau melalui SP4N-LAPOR!.

3. Diklat teknis 2027
   Pendaftaran diklat teknis angkatan I dibuka pada bulan Februari.

Anda menerima e-mail ini karena terdaftar di milis Buletin ASN Pasuruan.
Berhenti berlangganan: buletin-leave@lists.example.org
""")


# ---------------------------------------------------------------- building
def build(it, n):
    msg = EmailMessage(policy=policy.default)
    msg["Date"] = it["hdate"]
    msg["From"] = it["frm"]
    msg["To"] = TO
    msg["Subject"] = it["subject"]
    msg["Message-ID"] = f"<heldout3-{n:02d}-{it['file'].split('/')[-1][:-4]}@{it['frm'].split('@')[1].rstrip('>')}>"
    for k, v in it.get("extra", []):
        msg[k] = v
    body = it["body"]
    mime = it.get("mime")
    if mime is None:
        if it.get("wrap", True) and it["category"] != "auto_reply":
            body = wrap(body)
        msg.set_content(body, charset="utf-8", cte="8bit")
    elif mime == "qp_utf8":
        msg.set_content(wrap(body), charset="utf-8", cte="quoted-printable")
    elif mime == "alt_b64":
        body = wrap(body)
        msg.set_content(body, charset="utf-8", cte="base64")
        paras = "".join(f"<p>{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>\n"
                        for p in body.strip().split("\n\n"))
        msg.add_alternative(f"<html><body>\n{paras}</body></html>\n", subtype="html",
                            charset="utf-8", cte="base64")
        msg.set_boundary("=_heldout3_h15_alt_7f3a91c2")
    elif mime == "html_cp1252":
        msg.set_content(body, subtype="html", charset="windows-1252", cte="quoted-printable")
    return msg.as_bytes(policy=policy.default)


def letter_text(raw):
    m = BytesParser(policy=policy.default).parsebytes(raw)
    parts = []
    for p in m.walk():
        if p.get_content_maintype() != "text":
            continue
        t = p.get_content()
        if p.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        parts.append(t)
    return parts


def norm(s):
    return " ".join(s.split())


def main():
    recs = []
    for n, it in enumerate(ITEMS, 1):
        raw = build(it, n)
        path = os.path.join(HERE, it["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(raw)
        if it["fields"] is None:
            recs.append({"file": it["file"], "category": it["category"], "expect_exit": 0,
                         "fields": None, "missing": None, "complete": None, "auto_reply": True,
                         "division": None, "ocr": False, "note": it["note"]})
            continue
        f = it["fields"]
        assert list(f) == KEYS, (it["file"], list(f))
        # each decoded text part must hold every gold passage
        for text in letter_text(raw):
            txt = norm(text)
            for k in ("name", "address", "service_description", "loss", "requested_resolution", "place"):
                if f[k] is not None:
                    assert norm(f[k]) in txt, (it["file"], k, f[k])
        assert f["nik"] is None or re.fullmatch(r"\d{16}", f["nik"]), it["file"]
        assert f["phone"] is None or re.fullmatch(r"0\d{8,13}", f["phone"]), it["file"]
        assert f["email"] in it["frm"], it["file"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["date"]), it["file"]
        missing = [k for k in ORDER if f[k] is None or f[k] is False]
        assert missing == it["expect"], (it["file"], missing, it["expect"])
        recs.append({"file": it["file"], "category": it["category"], "expect_exit": 0,
                     "fields": f, "missing": missing, "complete": not missing,
                     "auto_reply": False, "division": it["division"], "ocr": False,
                     "note": it["note"]})
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} items")


if __name__ == "__main__":
    main()
