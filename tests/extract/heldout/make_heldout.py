#!/usr/bin/env python3
"""Generate the independent held-out set of 40 complaint e-mails.

Written from the specification only (procedure-id.md, DESIGN.md and the
ground-truth rules of shared/samples/README.md), without looking at the
extractor or at the golden tests.  Everything is deterministic: running this
script again rewrites byte-identical files and truth.jsonl.

    python3 tests/extract/heldout/make_heldout.py

All people, addresses, NIKs, phone numbers and mail addresses are invented;
mail addresses use the reserved example.* domains.
"""
from __future__ import annotations

import datetime as dt
import html as htmllib
import json
import re
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
ORDER = ["name", "address", "service_description", "loss",
         "requested_resolution", "place", "date", "signed"]
ITEMS: list[dict] = []


def hdate(y, m, d, hh, mi, ss=0, off=7):
    """An RFC 5322 date in the sender's own offset (hours, may be negative)."""
    tz = dt.timezone(dt.timedelta(hours=off))
    return format_datetime(dt.datetime(y, m, d, hh, mi, ss, tzinfo=tz))


def item(n, *, category="email_plain", note, sender, addr, date, subject,
         body, F, division, date_gold=None, html=None, mode="plain",
         charset="utf-8", cte="8bit", ua=None):
    """Register one item.

    body / html are templates; {name} {address} {svc} {loss} {req} {phone}
    {nik} are filled from F so that every gold passage is the exact text of
    the letter.  mode: plain | html | alt.
    """
    F = dict(F)
    fill = {k: (v if isinstance(v, str) else "") for k, v in F.items()}
    ITEMS.append(dict(n=n, category=category, note=note, sender=sender,
                      addr=addr, date=date, subject=subject,
                      body=body.format_map(fill) if body else None,
                      html=html.format_map({k: htmllib.escape(v, quote=False)
                                            for k, v in fill.items()}) if html else None,
                      F=F, division=division, date_gold=date_gold, mode=mode,
                      charset=charset, cte=cte, ua=ua))


# ---------------------------------------------------------------------------
# 1. Formal letters with other label words (8)
# ---------------------------------------------------------------------------
item(1, note="formal; 'Identitas Pelapor', 'Nama Lengkap', 'Tempat tinggal', 'Kronologi', 'Dampak', 'Harapan' on own lines; Hormat kami; complete",
     sender="Slamet Riyadi", addr="slamet.riyadi@example.com",
     date=hdate(2026, 10, 15, 9, 12), subject="Pengaduan kenaikan pangkat pilihan",
     F=dict(name="Drs. Slamet Riyadi, M.Si.",
            address="Jl. Sultan Agung No. 41 RT 02 RW 05, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan",
            svc="Usulan kenaikan pangkat pilihan saya ke golongan IV/b sudah diverifikasi lengkap oleh Subbidang Kepangkatan pada bulan Juni 2026. Namun pada periode Oktober 2026 nama saya tidak tercantum dalam daftar penerima SK tanpa ada pemberitahuan apa pun kepada saya.",
            loss="Saya harus menunggu periode berikutnya sehingga kehilangan tambahan gaji pokok sekitar enam bulan dan angka kredit saya menjadi tidak terpakai.",
            req="Saya berharap BKPSDM menjelaskan secara tertulis alasan usulan saya tidak diproses dan memasukkan kembali usulan saya pada periode terdekat dengan TMT yang semestinya.",
            place="Pandaan", date="2026-10-14", signed=True, phone="081330427716", nik=None),
     division="mutasi",
     body="""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Perihal : Pengaduan pelayanan kenaikan pangkat

Dengan hormat,

IDENTITAS PELAPOR
Nama Lengkap   : {name}
Tempat tinggal : {address}
No. WA         : 0813-3042-7716

Kronologi
{svc}

Dampak
{loss}

Harapan
{req}

Demikian pengaduan ini kami sampaikan, atas perhatiannya diucapkan terima kasih.

Pandaan, 14 Oktober 2026
Hormat kami,

{name}
""")

item(2, note="numbered inline labels 'Nama Lengkap', 'Domisili', 'Pokok Pengaduan', 'Akibat yang ditimbulkan', 'Tuntutan'; no place/date line",
     sender="Rina Kusumawati", addr="rina.kusuma@example.net",
     date=hdate(2026, 9, 8, 13, 40), subject="Data SIASN salah",
     F=dict(name="Rina Kusumawati, S.E.",
            address="Perumahan Gempol Asri Blok F-12, Desa Wonosari, Kecamatan Gempol",
            svc="Pendidikan terakhir saya di SIASN masih tercatat SMA padahal ijazah S1 saya sudah diinput dan divalidasi oleh operator OPD sejak Februari 2026. Sudah tiga kali saya datang ke BKPSDM tetapi hanya diminta mengunggah ulang dokumen.",
            loss="Saya tidak bisa mendaftar seleksi jabatan fungsional yang mensyaratkan pendidikan S1 dan sudah mengeluarkan biaya transport bolak-balik ke Bangil.",
            req="Data pendidikan saya di SIASN diperbaiki paling lambat dua minggu sejak pengaduan ini diterima.",
            place=None, date="2026-09-08", signed=True, phone=None, nik="3514095706880003"),
     division="pengadaan",
     body="""Kepada Yth. Tim Pengaduan BKPSDM Kab. Pasuruan,

Dengan hormat, saya menyampaikan pengaduan dengan rincian berikut:

1. Nama Lengkap: {name}
2. NIK: {nik}
3. Domisili: {address}
4. Pokok Pengaduan: {svc}
5. Akibat yang ditimbulkan: {loss}
6. Tuntutan: {req}

Atas perhatian Bapak/Ibu saya sampaikan terima kasih.

Salam hormat,
{name}
""")

item(3, note="bulleted labels 'Alamat domisili', 'Permasalahan', 'Permohonan'; no loss",
     sender="Bagus Hermawan", addr="bagus.hermawan@example.org",
     date=hdate(2026, 11, 3, 7, 5), subject="Sertifikat diklat belum diterima",
     F=dict(name="Bagus Hermawan",
            address="Dusun Tretes RT 01 RW 03, Kelurahan Prigen, Kecamatan Prigen, Kabupaten Pasuruan",
            svc="Saya telah menyelesaikan Pelatihan Kepemimpinan Pengawas angkatan III pada bulan Juli 2026 dan dinyatakan lulus, tetapi sampai sekarang sertifikat pelatihan belum saya terima, sementara peserta dari angkatan yang sama sudah menerimanya.",
            loss=None,
            req="Mohon sertifikat pelatihan saya segera diserahkan atau dikirim melalui OPD tempat saya bekerja.",
            place="Prigen", date="2026-11-02", signed=True, phone="085736011482", nik=None),
     division="kompetensi",
     body="""Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Bersama ini saya sampaikan pengaduan sebagai berikut.

- Nama : {name}
- Alamat domisili : {address}
- HP : 0857 3601 1482

• Permasalahan :
  {svc}

• Permohonan :
  {req}

Demikian, terima kasih atas perhatiannya.

Prigen, 2 November 2026
Hormat saya,
{name}
""")

item(4, note="section letters A-D: 'IDENTITAS', 'POKOK PENGADUAN', 'KERUGIAN', 'YANG SAYA MINTA'; NIK; complete",
     sender="Endah Sulistyowati", addr="endah.sulis@example.com",
     date=hdate(2026, 8, 19, 10, 30), subject="Satyalancana Karya Satya tidak diusulkan",
     F=dict(name="Endah Sulistyowati, S.Pd.",
            address="Jl. Kyai Mojo No. 8 RT 04 RW 01, Desa Kebotohan, Kecamatan Kraton, Kabupaten Pasuruan",
            svc="Masa kerja saya sudah 20 tahun pada tahun 2026 dan berkas usulan Satyalancana Karya Satya XX Tahun sudah saya serahkan lengkap ke BKPSDM pada bulan Maret. Ternyata nama saya tidak masuk dalam daftar usulan yang dikirim ke Sekretariat Militer Presiden, dan petugas tidak dapat menjelaskan sebabnya.",
            loss="Saya kehilangan kesempatan menerima penghargaan pada tahun ini dan harus menunggu periode berikutnya, padahal penghargaan ini menjadi salah satu syarat penilaian guru berprestasi yang saya ikuti.",
            req="Saya minta nama saya diusulkan pada periode susulan tahun 2026 dan diberikan penjelasan tertulis tentang kelalaian ini.",
            place="Kraton", date="2026-08-18", signed=True, phone="081252803974", nik="3514106108790002"),
     division="kinerja",
     body="""Kraton, 18 Agustus 2026

Kepada
Yth. Kepala Bidang Penilaian Kinerja dan Penghargaan
BKPSDM Kabupaten Pasuruan

Hal: Pengaduan

A. IDENTITAS
   Nama      : {name}
   NIK       : {nik}
   Alamat    : {address}
   Telepon   : 081252803974

B. POKOK PENGADUAN
   {svc}

C. KERUGIAN
   {loss}

D. YANG SAYA MINTA
   {req}

Hormat saya,
{name}
""")

item(5, note="pungli in a transfer process -> sekretariat; 'Nama Pelapor', 'Alamat Rumah', 'Uraian Kejadian', 'Harapan Saya'; date dd-mm-yyyy",
     sender="Wahyudi", addr="wahyudi.bgl@example.net",
     date=hdate(2026, 12, 7, 20, 2), subject="Laporan pungutan dalam pengurusan mutasi",
     F=dict(name="Wahyudi",
            address="Jl. Gajah Mada Gg. III No. 17, Kelurahan Kalirejo, Kecamatan Bangil",
            svc="Ketika saya mengurus surat persetujuan mutasi di BKPSDM, seorang oknum petugas meminta uang Rp 1.500.000 agar berkas saya didahulukan dan mengatakan bahwa tanpa uang tersebut berkas akan tertahan berbulan-bulan.",
            loss="Saya sudah menyerahkan Rp 1.500.000 kepada oknum tersebut tanpa tanda terima, namun sampai sekarang surat persetujuan mutasi belum juga terbit.",
            req="Saya berharap oknum tersebut diperiksa dan diberi sanksi tegas, uang saya dikembalikan, dan surat persetujuan mutasi saya diproses sesuai prosedur tanpa biaya.",
            place="Bangil", date="2026-12-07", signed=True, phone="082233190457", nik=None),
     division="sekretariat",
     body="""Kepada Yth.
Inspektorat dan Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama Pelapor  : {name}
Alamat Rumah  : {address}
Nomor HP      : +62 822-3319-0457

Uraian Kejadian:
{svc}

Kerugian:
{loss}

Harapan Saya:
{req}

Bangil, 07-12-2026

Hormat saya,
{name}
""")

item(6, note="'Tempat tinggal', 'Kronologi', 'Tuntutan'; no loss; closing without a name (unsigned)",
     sender="Siti Nurhayati", addr="nurhayati.siti@example.org",
     date=hdate(2026, 9, 22, 8, 15), subject="Cuti besar ditolak",
     F=dict(name="Siti Nurhayati",
            address="Dusun Krajan RT 03 RW 02, Desa Sukorejo, Kecamatan Sukorejo, Kabupaten Pasuruan",
            svc="Permohonan cuti besar saya untuk menunaikan ibadah haji sudah saya ajukan tiga bulan sebelumnya lengkap dengan surat keterangan dari Kementerian Agama, tetapi ditolak oleh BKPSDM dengan alasan kuota cuti sudah penuh, padahal tidak ada ketentuan kuota cuti besar.",
            loss=None,
            req="Mohon penolakan tersebut ditinjau kembali dan surat izin cuti besar saya diterbitkan sebelum tanggal keberangkatan kloter saya.",
            place="Sukorejo", date="2026-09-21", signed=False, phone=None, nik=None),
     division="kinerja",
     body="""Yth. Bapak Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama           : {name}
Tempat tinggal : {address}

Kronologi:
{svc}

Tuntutan:
{req}

Demikian surat ini saya buat dengan sebenarnya.

Sukorejo, 21 September 2026
Hormat saya,
""")

item(7, note="'Data Pelapor', 'Uraian Permasalahan', 'Dampak yang saya rasakan', 'Permohonan'; 'Okt' abbreviation; complete",
     sender="Fajar Nugroho", addr="fajar.nugroho@example.com",
     date=hdate(2026, 10, 20, 11, 47), subject="Pencantuman gelar S2 ditolak",
     F=dict(name="Fajar Nugroho, S.Kom.",
            address="Jl. Raya Winongan No. 112, Desa Winongan Lor, Kecamatan Winongan, Kabupaten Pasuruan",
            svc="Permohonan pencantuman gelar Magister saya ditolak dengan alasan izin belajar saya tidak ditemukan di arsip BKPSDM, padahal saya memegang salinan surat izin belajar yang diterbitkan BKPSDM sendiri pada tahun 2023.",
            loss="Gelar saya tidak dapat dicantumkan dalam data kepegawaian sehingga saya tidak memenuhi syarat untuk pindah ke jabatan fungsional pranata komputer ahli muda.",
            req="Saya mohon BKPSDM mencari kembali arsip izin belajar saya atau menerima salinan yang saya miliki, lalu memproses pencantuman gelar saya.",
            place="Winongan", date="2026-10-19", signed=True, phone="08983345120", nik=None),
     division="kompetensi",
     body="""Kepada Yth. Kepala Bidang Pengembangan Kompetensi
BKPSDM Kabupaten Pasuruan

Data Pelapor
  Nama Lengkap : {name}
  Alamat       : {address}
  Kontak       : 0898-3345-120

Uraian Permasalahan
  {svc}

Dampak yang saya rasakan
  {loss}

Permohonan
  {req}

Winongan, 19 Okt 2026

Hormat saya,
{name}
""")

item(8, note="PPPK; 'Pokok Pengaduan', 'Harapan'; no address, no place/date line; Wassalam",
     sender="Abdul Rohman", addr="abdul.rohman@example.net",
     date=hdate(2026, 11, 11, 6, 58), subject="SK PPPK belum diterima",
     F=dict(name="H. Abdul Rohman",
            address=None,
            svc="Saya dinyatakan lulus seleksi PPPK tenaga teknis formasi 2025 dan sudah menandatangani perjanjian kerja pada bulan Mei 2026, namun petikan SK pengangkatan PPPK sampai sekarang belum saya terima, sedangkan rekan yang lulus bersamaan sudah menerimanya.",
            loss="Gaji saya sebagai PPPK belum dapat dibayarkan oleh bendahara karena tidak ada SK, sehingga selama enam bulan saya bekerja tanpa penghasilan.",
            req="Saya mohon petikan SK PPPK saya segera diterbitkan dan gaji saya dibayarkan terhitung sejak TMT.",
            place=None, date="2026-11-11", signed=True, phone="081939204415", nik=None),
     division="pengadaan",
     body="""Assalamu'alaikum Wr. Wb.

Yth. Petugas Pengaduan BKPSDM Kabupaten Pasuruan,

Nama: {name}
No. HP: 0819-3920-4415

Pokok Pengaduan: {svc}

Kerugian: {loss}

Harapan: {req}

Wassalamu'alaikum Wr. Wb.
{name}
""")

# ---------------------------------------------------------------------------
# 2. Running prose, no labels (8)
# ---------------------------------------------------------------------------
item(9, note="prose: name and address inline ('bertempat tinggal di'); 'akibatnya'; 'mohon agar'; 'Nopember' spelling; complete",
     sender="Sutrisno", addr="sutrisno.kraton@example.com",
     date=hdate(2026, 11, 5, 14, 20), subject="Pengaduan permohonan pindah tugas",
     F=dict(name="Sutrisno",
            address="Dusun Tambakrejo RT 005 RW 002, Desa Gerbo, Kecamatan Kraton",
            svc="Permohonan pindah tugas saya dari Puskesmas Lumbang ke Puskesmas Kraton sudah disetujui oleh kedua kepala puskesmas dan Dinas Kesehatan sejak bulan Mei 2026, tetapi BKPSDM belum juga menerbitkan SK mutasi tanpa memberi alasan.",
            loss="Akibatnya saya harus menempuh perjalanan lebih dari 50 km setiap hari dan mengeluarkan biaya bensin sekitar Rp 600.000 per bulan.",
            req="Saya mohon agar SK mutasi saya segera diterbitkan atau saya diberi penjelasan tertulis mengenai kekurangannya.",
            place="Kraton", date="2026-11-04", signed=True, phone=None, nik=None),
     division="mutasi",
     body="""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,

Saya yang bertanda tangan di bawah ini, {name}, bertempat tinggal di {address}, dengan ini menyampaikan pengaduan atas pelayanan mutasi pegawai.

{svc}

{loss}

{req} Atas perhatiannya saya ucapkan terima kasih.

Kraton, 4 Nopember 2026

Hormat saya,

{name}
""")

item(10, note="prose; retired teacher; no address; 'sehingga saya dirugikan'; 'kami berharap'",
     sender="Siti Masruroh", addr="masruroh.siti@example.org",
     date=hdate(2026, 10, 2, 9, 0), subject="SK pensiun",
     F=dict(name="Hj. Siti Masruroh",
            address=None,
            svc="Saya memasuki masa pensiun sejak 1 Agustus 2026 sebagai guru SD, namun hingga kini SK pensiun saya belum terbit karena menurut petugas berkas saya terselip dan harus diajukan ulang.",
            loss="Karena SK pensiun belum terbit saya belum bisa mencairkan tabungan hari tua di Taspen sehingga saya dirugikan dua bulan tanpa penghasilan.",
            req="Kami berharap BKPSDM segera menerbitkan SK pensiun saya tanpa harus mengulang pengajuan dari awal.",
            place="Bangil", date="2026-10-01", signed=True, phone="085102336678", nik=None),
     division="pengadaan",
     body="""Bangil, 1 Oktober 2026

Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya, {name}, pensiunan guru SD Negeri Kalianyar, nomor telepon 0851 0233 6678, ingin menyampaikan keluhan mengenai SK pensiun saya.

{svc} {loss}

{req}

Demikian, atas perhatiannya kami sampaikan terima kasih.

Salam,
{name}
""")

item(11, note="prose; rude counter staff; 'kerugian yang saya alami'; 'saya minta'; complete",
     sender="Lina Marlina", addr="lina.marlina@example.com",
     date=hdate(2026, 8, 27, 16, 45), subject="Keluhan sikap petugas pelayanan",
     F=dict(name="Lina Marlina",
            address="Perumahan Pandaan Indah Blok K No. 3, Kelurahan Jogosari, Kecamatan Pandaan, Kabupaten Pasuruan",
            svc="Pada tanggal 25 Agustus 2026 saya datang ke ruang pelayanan BKPSDM untuk menyerahkan berkas Karis suami saya, tetapi petugas di meja penerimaan melempar berkas saya ke meja sambil berkata bahwa saya tidak bisa membaca pengumuman, di hadapan banyak orang.",
            loss="Kerugian yang saya alami adalah rasa malu dan tertekan, serta saya harus kembali lagi keesokan harinya sehingga kehilangan satu hari kerja.",
            req="Saya minta petugas tersebut ditegur dan meminta maaf, serta pimpinan BKPSDM memastikan kejadian seperti ini tidak terulang.",
            place="Pandaan", date="2026-08-27", signed=True, phone="081806613372", nik=None),
     division="sekretariat",
     body="""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Yang bertanda tangan di bawah ini saya {name}, beralamat di {address}, HP 081806613372, dengan ini mengadukan perlakuan petugas pelayanan BKPSDM.

{svc}

{loss}

{req}

Pandaan, 27 Agustus 2026

Hormat saya,
{name}
""")

item(12, note="prose; SKP; no requested resolution; date dd/mm/yyyy",
     sender="Teguh Santoso", addr="teguh.santoso@example.net",
     date=hdate(2026, 11, 17, 10, 10), subject="Penilaian SKP",
     F=dict(name="Teguh Santoso",
            address="Jl. Dr. Soetomo No. 22, Desa Pekoren, Kecamatan Rembang, Kabupaten Pasuruan",
            svc="Nilai SKP triwulan III tahun 2026 saya di aplikasi e-Kinerja tidak bisa difinalisasi karena atasan saya sudah pensiun dan akunnya dinonaktifkan, sementara BKPSDM tidak menunjuk pejabat penilai pengganti meskipun sudah saya laporkan dua kali.",
            loss="Sehingga saya dirugikan karena tunjangan kinerja saya bulan Oktober dan November tidak dibayarkan.",
            req=None,
            place="Rembang", date="2026-11-16", signed=True, phone=None, nik=None),
     division="kinerja",
     body="""Yth. Bidang Penilaian Kinerja dan Penghargaan
BKPSDM Kabupaten Pasuruan

Saya yang bertanda tangan di bawah ini, {name}, staf pada Kantor Kecamatan Rembang, beralamat di {address}, menyampaikan bahwa pelayanan terkait penilaian kinerja belum sesuai standar.

{svc} {loss}

Demikian surat ini saya sampaikan.

Rembang, 16/11/2026
Hormat saya,
{name}
""")

item(13, note="prose; diklat fee; 'kerugian yang saya alami'; no place/date line; closing 'Terima kasih.' without name",
     sender="Ratna Dewi", addr="ratnadewi.grati@example.org",
     date=hdate(2026, 9, 30, 21, 33), subject="Pelatihan dasar CPNS dibatalkan",
     F=dict(name="Ratna Dewi Kartika",
            address="Desa Kalipang RT 02 RW 01, Kecamatan Grati, Kabupaten Pasuruan",
            svc="Saya sudah dipanggil untuk mengikuti Pelatihan Dasar CPNS gelombang II di Surabaya dan sudah tiba di lokasi, tetapi pada hari pertama nama saya dinyatakan tidak terdaftar karena BKPSDM terlambat mengirimkan data peserta.",
            loss="Kerugian yang saya alami yaitu biaya perjalanan dan penginapan sebesar Rp 850.000 serta masa percobaan CPNS saya terancam diperpanjang.",
            req="Mohon agar saya diikutkan pada gelombang berikutnya dan biaya yang sudah saya keluarkan diganti.",
            place=None, date="2026-09-30", signed=False, phone="087761204395", nik=None),
     division="kompetensi",
     body="""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Saya {name}, CPNS formasi 2025 di Puskesmas Grati, tinggal di {address}, nomor HP 0877-6120-4395.

{svc}

{loss}

{req}

Terima kasih.
""")

item(14, note="prose; functional position inauguration; complete; day name in date line",
     sender="Yusuf Effendi", addr="yusuf.effendi@example.com",
     date=hdate(2026, 11, 10, 7, 31), subject="Pelantikan jabatan fungsional tertunda",
     F=dict(name="Yusuf Effendi, S.H.",
            address="Perum Bumi Gempol Permai Blok B-7, Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan",
            svc="Saya telah lulus uji kompetensi penyesuaian jabatan fungsional analis hukum dan rekomendasi pengangkatan sudah terbit sejak April 2026, tetapi pelantikan saya terus ditunda tanpa kejelasan sementara rekan lain yang lulus setelah saya sudah dilantik.",
            loss="Akibat penundaan ini tunjangan jabatan fungsional saya belum dibayarkan selama tujuh bulan dan angka kredit yang saya kumpulkan tidak dapat dinilai.",
            req="Kami berharap BKPSDM segera menjadwalkan pelantikan saya dan memberikan penjelasan atas penundaan tersebut.",
            place="Gempol", date="2026-11-09", signed=True, phone="082131457789", nik="3514071203850004"),
     division="mutasi",
     body="""Gempol, Senin, 9 November 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di tempat

Dengan hormat,

Saya yang bertanda tangan di bawah ini {name}, NIK {nik}, yang bertempat tinggal di {address}, telepon 0821-3145-7789, bermaksud menyampaikan pengaduan.

{svc}

{loss}

{req}

Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,
{name}
""")

item(15, note="prose; no clear topic (vague 'berkas'/'urusan') -> division null; complete",
     sender="Bambang Irawan", addr="bambang.irawan@example.net",
     date=hdate(2026, 10, 28, 15, 5), subject="Keluhan",
     F=dict(name="Bambang Irawan",
            address="Jl. Raya Purwosari No. 77, Desa Purwosari, Kecamatan Purwosari",
            svc="Sudah empat kali saya datang menanyakan tindak lanjut urusan saya, tetapi setiap datang saya dilempar dari satu ruangan ke ruangan lain dan tidak ada yang bisa memberi jawaban pasti.",
            loss="Sehingga saya dirugikan waktu dan biaya karena harus izin kerja setiap kali datang.",
            req="Saya minta ada satu petugas yang bertanggung jawab menjawab pertanyaan saya secara tuntas.",
            place="Purwosari", date="2026-10-28", signed=True, phone=None, nik=None),
     division=None,
     body="""Yth. Bapak/Ibu BKPSDM

Saya {name}, warga {address}, ingin menyampaikan keluhan.

{svc} {loss}

{req}

Purwosari, 28 Oktober 2026
Hormat saya,
{name}
""")

item(16, note="prose; Karsu (spouse card); complete; place-date line at the very bottom after the name",
     sender="Anik Mardiyah", addr="anik.mardiyah@example.org",
     date=hdate(2026, 12, 1, 8, 2), subject="Karsu belum jadi",
     F=dict(name="Anik Mardiyah",
            address="Dusun Sumberanyar RT 04 RW 02, Desa Sebalong, Kecamatan Nguling, Kabupaten Pasuruan",
            svc="Permohonan Kartu Suami (Karsu) yang saya ajukan pada bulan Januari 2026 belum juga jadi, dan setiap kali saya menanyakan, petugas hanya menjawab bahwa blangko sedang kosong.",
            loss="Tanpa Karsu suami saya tidak dapat didaftarkan sebagai tanggungan sehingga kami harus membayar sendiri biaya berobat suami saya sebesar Rp 2.300.000.",
            req="Saya mohon agar Karsu saya segera diterbitkan atau diberikan surat keterangan pengganti yang sah.",
            place="Nguling", date="2026-11-30", signed=True, phone="085645002917", nik=None),
     division="pengadaan",
     body="""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini, {name}, guru SDN Sebalong I, alamat {address}, HP 085645002917, menyampaikan pengaduan sebagai berikut.

{svc}

{loss}

{req}

Hormat saya,
{name}

Nguling, 30 November 2026
""")

# ---------------------------------------------------------------------------
# 3. Chatty / WhatsApp-style mails (6)
# ---------------------------------------------------------------------------
item(17, note="chatty; 'Trims,\\nAndi'; no address/loss/place; Date header just after midnight +0700 (UTC is the day before)",
     sender="andi", addr="andi.pratama92@example.com",
     date=hdate(2026, 11, 7, 0, 41, 10), subject="sk pangkat",
     F=dict(name="Andi",
            address=None,
            svc="sk pangkat sy blm keluar2 pdhl tmn2 sekantor yg ngusulin bareng udh pada dpt sk dr bulan lalu",
            loss=None,
            req="tolong dong dicek berkas sy nyangkut dmn",
            place=None, date="2026-11-07", signed=True, phone="081234509871", nik=None),
     division="mutasi",
     body="""pagi min, mau komplain
{svc}. sy udh tanya ke bagian kepegawaian dinas katanya urusan bkpsdm.
{req}. no wa sy 081234509871

Trims,
Andi
""")

item(18, note="chatty; Karis; 'makasih\\nrina'; no address/place",
     sender="Rina", addr="rinaaa.gempol@example.net",
     date=hdate(2026, 10, 12, 19, 22), subject="karis",
     F=dict(name="rina",
            address=None,
            svc="sy ngajuin karis bulan maret kmrn tp smp skrg blm jadi, tiap ditanya jwbnya msh proses terus",
            loss="gara2 karis blm ada sy tdk bs ngurus tunjangan suami, udh 7 bulan gk cair",
            req="mohon dibantu dipercepat ya",
            place=None, date="2026-10-12", signed=True, phone=None, nik=None),
     division="pengadaan",
     body="""halo bkpsdm, sy guru sd di gempol.
{svc}. {loss}.
{req}

makasih
rina
""")

item(19, note="chatty; counter staff on phone -> sekretariat; anonymous (From without display name), no closing at all",
     sender=None, addr="bayu.p88@example.com",
     date=hdate(2026, 9, 15, 13, 3), subject="pelayanan loket",
     F=dict(name=None,
            address=None,
            svc="td sy ke kantor bkpsdm mau legalisir sk, petugas di loket main hp terus, sy nunggu hampir 2 jam tdk dilayani pdhl antrian sepi",
            loss="sy jd hrs ijin kerja setengah hari",
            req="tolong petugasnya ditegur",
            place=None, date="2026-09-15", signed=False, phone=None, nik=None),
     division="sekretariat",
     body="""pak/bu mau lapor
{svc}. {loss}. {req}, masa pelayanan publik kyk gt
""")

item(20, note="chatty; izin belajar; address in lowercase abbreviations; 'Wassalam\\nDimas'; no place line",
     sender="Dimas Ardiansyah", addr="dimas.ardi@example.org",
     date=hdate(2026, 8, 31, 22, 48), subject="izin belajar sy gmn ya",
     F=dict(name="Dimas",
            address="dsn krajan rt 2 rw 1 ds. wonosari kec. gondangwetan",
            svc="sy ngajuin izin belajar s1 dr bulan mei, smp skrg blm ada kabar, ditelpon jg gk pernah diangkat",
            loss="kuliah udh mulai minggu dpn, klo izin blm keluar sy tdk bs daftar ulang & uang pangkal 3jt hangus",
            req="tlg segera diproses ya pak, atau kabari kurangnya apa",
            place=None, date="2026-08-31", signed=True, phone="089612345077", nik=None),
     division="kompetensi",
     body="""assalamualaikum pak
sy pns di kec. gondangwetan, rumah sy di {address}, hp 0896-1234-5077
{svc}.
{loss}.
{req}

Wassalam
Dimas
""")

item(21, note="chatty; leave (cuti melahirkan); 'Thx,\\nyuli'; no address/loss/place",
     sender="Yuli Astutik", addr="yuli.astutik@example.com",
     date=hdate(2026, 11, 23, 12, 15), subject="cuti melahirkan",
     F=dict(name="yuli",
            address=None,
            svc="sy udh ngajuin cuti melahirkan sebulan lalu lwt kepala sekolah tp surat cutinya blm terbit jg, pdhl hpl sy tgl 1 des",
            loss=None,
            req="bs tolong dicek & dipercepat ga",
            place=None, date="2026-11-23", signed=True, phone=None, nik=None),
     division="kinerja",
     body="""selamat siang
{svc}. {req}?

Thx,
yuli
""")

item(22, note="chatty; no clear topic -> division null; 'nuwun\\nHeri'; no address/loss/place",
     sender="Heri", addr="heri.winongan@example.net",
     date=hdate(2026, 10, 5, 9, 55), subject="(no subject)",
     F=dict(name="Heri",
            address=None,
            svc="urusan sy yg kemarin itu blm beres smp skrg, udh bolak balik tp cm disuruh nunggu",
            loss=None,
            req="tlg dibantu ya biar cepet selesai",
            place=None, date="2026-10-05", signed=True, phone=None, nik=None),
     division=None,
     body="""min mau ngadu
{svc}
{req}

nuwun
Heri
""")

# ---------------------------------------------------------------------------
# 4. English / English-mixed (4)
# ---------------------------------------------------------------------------
item(23, category="email_plain", note="English formal; degree recognition; 'I, ..., living at'; 'As a result'; 'I request that'; US date order; complete",
     sender="Dewi Anggraini", addr="dewi.anggraini@example.com",
     date=hdate(2026, 11, 10, 8, 40), subject="Complaint: degree not recorded",
     F=dict(name="Dewi Anggraini",
            address="Jl. Kartini No. 9, Kelurahan Petungasri, Pandaan, Pasuruan Regency",
            svc="I completed my master's degree with a valid study permit from BKPSDM in 2025 and submitted the request for degree recognition in January 2026, but the request has not been processed and the staff keep telling me that the file is still under review.",
            loss="As a result I lost the chance to apply for a promotion to a higher functional position this year, and my new qualification is still not recognised in my personnel data.",
            req="I request that BKPSDM process my degree recognition within this month and inform me in writing of any missing document.",
            place="Pandaan", date="2026-11-09", signed=True, phone="081217763540", nik=None),
     division="kompetensi",
     body="""To the Head of BKPSDM Pasuruan Regency

Dear Sir or Madam,

I, {name}, living at {address}, phone +62 812-1776-3540, would like to file a complaint about the service I received.

{svc}

{loss}

{req}

Thank you for your attention.

Pandaan, November 9, 2026

Regards,
{name}
""")

item(24, note="English-mixed with English labels ('Name', 'Address', 'Complaint', 'Impact', 'Request'); CPNS; no place line; 'Best regards'",
     sender="Kevin Pratama", addr="kevin.pratama@example.org",
     date=hdate(2026, 9, 3, 17, 26), subject="Complaint soal NIP CPNS",
     F=dict(name="Kevin Pratama",
            address="Jl. Hayam Wuruk No. 5, Desa Gununggangsir, Kecamatan Beji",
            svc="Sejak saya dinyatakan lulus CPNS 2025, NIP saya belum juga keluar, padahal my colleagues from the same batch already got their NIP in June. Setiap kali saya follow up, the answer is always 'masih diproses BKN'.",
            loss="Because of this, gaji pertama saya belum bisa dibayarkan and I cannot open the payroll bank account.",
            req="Please check my file dan koordinasikan dengan BKN supaya NIP saya bisa segera terbit.",
            place=None, date="2026-09-03", signed=True, phone="087700128846", nik=None),
     division="pengadaan",
     body="""Dear BKPSDM team,

Saya mau submit complaint sebagai berikut:

Name: {name}
Address: {address}
Phone/WA: 0877-0012-8846

Complaint: {svc}

Impact: {loss}

Request: {req}

Thanks a lot for your help.

Best regards,
{name}
""")

item(25, note="English; disciplinary sanction (kinerja); complete; Date header in -0500 (sender abroad), letter dated",
     sender="Maria Ulfa", addr="maria.ulfa@example.net",
     date=hdate(2026, 12, 1, 21, 15, off=-5), subject="Complaint about a disciplinary decision",
     F=dict(name="Maria Ulfa, S.Si.",
            address="Perum Bangil Regency Blok H-4, Kelurahan Kolursari, Bangil, Pasuruan",
            svc="I received a written reprimand for alleged absence without leave in August 2026, although I was on an approved study assignment abroad at that time. My approval letter was submitted to the personnel section before I left, but it was never entered into the attendance system.",
            loss="The reprimand has been recorded in my personnel file and my performance allowance for three months was cut, which is a total loss of about Rp 4.200.000.",
            req="I kindly ask BKPSDM to review and revoke the disciplinary decision, remove it from my records and restore the allowance that was deducted.",
            place="Bangil", date="2026-12-01", signed=True, phone=None, nik=None),
     division="kinerja",
     body="""Dear Head of BKPSDM Kabupaten Pasuruan,

My name is {name}, a civil servant at the Regional Development Planning Agency, residing at {address}.

{svc}

{loss}

{req}

Bangil, 1 December 2026

Sincerely,
{name}
""")

item(26, note="English-mixed; waiting room facilities -> sekretariat; no address, no place; 'Thanks,\\nRobert'; Date header -0500 late evening",
     sender="Robert Tanujaya", addr="robert.t@example.com",
     date=hdate(2026, 11, 12, 21, 15, off=-5), subject="Waiting room BKPSDM",
     F=dict(name="Robert",
            address=None,
            svc="Last week I visited the BKPSDM service office to accompany my mother, and honestly the waiting room was really bad: AC mati, kursi kurang sehingga banyak lansia harus berdiri, and the toilet was locked the whole morning.",
            loss="My mother, who is 68 years old, felt dizzy after standing for more than an hour.",
            req="Please fix the AC and add more chairs, dan tolong toilet dibuka selama jam layanan.",
            place=None, date="2026-11-12", signed=True, phone=None, nik=None),
     division="sekretariat",
     body="""Hi,

{svc} {loss}

{req}

Thanks,
Robert
""")

# ---------------------------------------------------------------------------
# 5. ALL CAPS (3)
# ---------------------------------------------------------------------------
item(27, note="ALL CAPS formal with labels; kenaikan pangkat; complete",
     sender="MOCHAMAD SOLEH", addr="m.soleh.grati@example.com",
     date=hdate(2026, 11, 12, 10, 0), subject="PENGADUAN SK PANGKAT",
     F=dict(name="MOCHAMAD SOLEH",
            address="DUSUN KRAJAN RT 01 RW 04 DESA GRATITUNON KECAMATAN GRATI KABUPATEN PASURUAN",
            svc="SAYA SUDAH MENGUSULKAN KENAIKAN PANGKAT REGULER DARI II/C KE II/D SEJAK BULAN FEBRUARI 2026 DAN BERKAS DINYATAKAN LENGKAP, TETAPI SAMPAI BULAN NOVEMBER SK BELUM TERBIT DAN STATUS DI SIASN MASIH BERKAS DITERIMA.",
            loss="SAYA KEHILANGAN KENAIKAN GAJI SEJAK APRIL 2026 KURANG LEBIH RP 90.000 PER BULAN.",
            req="MOHON SK KENAIKAN PANGKAT SAYA SEGERA DITERBITKAN DENGAN TMT 1 APRIL 2026 DAN KEKURANGAN GAJI DIBAYARKAN.",
            place="GRATI", date="2026-11-11", signed=True, phone="082302219948", nik=None),
     division="mutasi",
     body="""KEPADA YTH. KEPALA BKPSDM KABUPATEN PASURUAN

DENGAN HORMAT,
YANG BERTANDA TANGAN DI BAWAH INI:
NAMA    : {name}
ALAMAT  : {address}
NO HP   : 0823 0221 9948

URAIAN PENGADUAN:
{svc}

KERUGIAN:
{loss}

PERMINTAAN:
{req}

GRATI, 11 NOVEMBER 2026
HORMAT SAYA,
{name}
""")

item(28, note="ALL CAPS prose; CPNS pungli -> sekretariat; no address",
     sender="Joko Susilo", addr="jokosusilo.pdn@example.net",
     date=hdate(2026, 10, 9, 11, 11), subject="LAPORAN PUNGLI",
     F=dict(name="JOKO SUSILO",
            address=None,
            svc="ADA ORANG YANG MENGAKU PEGAWAI BKPSDM MEMINTA UANG RP 25.000.000 KEPADA ANAK SAYA DENGAN JANJI BISA DILULUSKAN PADA SELEKSI PPPK, DAN ORANG TERSEBUT MENEMUI KAMI DI RUANG TUNGGU KANTOR BKPSDM.",
            loss="KAMI SUDAH MENYERAHKAN UANG MUKA RP 5.000.000 DAN SEKARANG ORANG TERSEBUT TIDAK BISA DIHUBUNGI.",
            req="SAYA MINTA BKPSDM MENGUSUT SIAPA ORANG TERSEBUT DAN MELAPORKANNYA KE PIHAK BERWAJIB.",
            place="PANDAAN", date="2026-10-08", signed=True, phone="081357780012", nik=None),
     division="sekretariat",
     body="""YTH. KEPALA BKPSDM KAB. PASURUAN

SAYA {name}, NO HP 081357780012, INGIN MELAPORKAN KEJADIAN BERIKUT.

{svc}

{loss}

{req}

PANDAAN, 8 OKTOBER 2026

HORMAT SAYA
{name}
""")

item(29, note="ALL CAPS chatty; SKP; no address/loss/place; 'TRIMS\\nNANANG'",
     sender="NANANG", addr="nanang.sukorejo@example.org",
     date=hdate(2026, 12, 3, 15, 30), subject="SKP TDK BISA DIINPUT",
     F=dict(name="NANANG",
            address=None,
            svc="APLIKASI E-KINERJA SAYA ERROR TERUS SEJAK 3 MINGGU, SKP 2026 TDK BISA DIINPUT, SUDAH LAPOR KE ADMIN BKPSDM TP TDK ADA RESPON",
            loss=None,
            req="TOLONG SEGERA DIPERBAIKI SEBELUM BATAS AKHIR PENILAIAN",
            place=None, date="2026-12-03", signed=True, phone=None, nik=None),
     division="kinerja",
     body="""SELAMAT SORE
{svc}. {req}.

TRIMS
{name}
""")

# ---------------------------------------------------------------------------
# 6. Typos (3)
# ---------------------------------------------------------------------------
item(30, note="typos in labels and words ('Nmaa', 'Alamt', 'Uraian Pengaduaan', 'Kerugain', 'Permintan'); Karpeg; complete",
     sender="Agung Prasetya", addr="agung.prasetya@example.com",
     date=hdate(2026, 10, 6, 9, 44), subject="pengaduan karpeg",
     F=dict(name="Agung Prasetya",
            address="Jl. Pattimura No. 14 RT 3 RW 1, Desa Sumbersuko, Kecamatan Purwosari",
            svc="Saya mengajukan permohonan Kartu Pegawai elektronik sejak bulan Desember 2025, tetapi samapi saat ini kartu belum jdi dan status di aplikasi masih menunggu verifikasi tanpa kejelasn.",
            loss="Saya tidak bisa mengurus pengajuan kredit rumah di bank karena pihak bank mensyaratkan Karpeg, sehinga pengajuan saya dibatalkan.",
            req="Mohon Karpeg saya segra diterbitkan atau diberikan surat keterangan penganti.",
            place="Purwosari", date="2026-10-05", signed=True, phone="081390044721", nik="3514140507900001"),
     division="pengadaan",
     body="""Kpd Yth Kepala BKPSDM Kab Pasuruan

Dengan hormat,
Nmaa   : {name}
NIK    : {nik}
Alamt  : {address}
No Hp  : 0813-9004-4721

Uraian Pengaduaan:
{svc}

Kerugain:
{loss}

Permintan:
{req}

Purwosari, 5 Oktober 2026
Hormat saya,
{name}
""")

item(31, note="typos ('Almat', 'Uraian pelyanan', 'Kerugiaan', 'Permohonnan', 'Hormat sya'); diklat; no place/date line",
     sender="Lukman Hakim", addr="lukman.hakim@example.net",
     date=hdate(2026, 9, 18, 14, 2), subject="Diklat teknis",
     F=dict(name="Lukman Hakim",
            address="Dsn Gondanglegi RT 06 RW 02 Ds Beji Kec Beji Kab Pasuruan",
            svc="Saya sudah terdaftar sebagai peserta diklat teknis pengadaan barang dan jasa, tetapi satu hari sebelum pelaksanan nama saya dicoret dan digantikan orang lain tanpa pemberitahuan resmi.",
            loss="Saya gagal memperoleh sertifikat pengadaan yang menjadi syarat jabatan saya sehingga saya terancam dipindahkan dari jabatan pejabat pengadaan.",
            req="Mohon saya diikutkan pada angkatan berikutnya dan diberi penjelasan mengapa nama saya dicoret.",
            place=None, date="2026-09-18", signed=True, phone=None, nik=None),
     division="kompetensi",
     body="""Yth. BKPSDM Kabupaten Pasuruan

Nama: {name}
Almat: {address}

Uraian pelyanan yang tdk sesuai:
{svc}

Kerugiaan:
{loss}

Permohonnan:
{req}

Demikain pengaduan saya, atas perhatianya saya ucapkan trimakasih.

Hormat sya,
{name}
""")

item(32, note="typos ('Kronolgi', 'Tuntutn'); transfer between OPD; closing 'Trimakasih.' without a name (unsigned)",
     sender="Nining Rahayu", addr="nining.rahayu@example.org",
     date=hdate(2026, 11, 26, 16, 0), subject="mutasi antar opd",
     F=dict(name="Nining Rahayu",
            address="Jl. Raya Beji No. 203, Desa Kenep, Kecamatan Beji, Kabupaten Pasuruan",
            svc="Saya dimutasi dari Dinas Pendidikan ke Kantor Kecamatan Lumbang tanpa pernah diberi tau sebelumnya, sk mutasi baru saya terima tiga hari sebelum harus melapor dan tidak ada penjelasan alasan mutasinya.",
            loss="Saya harus memindahkan anak saya sekolah secara mendadak dan menanggung biaya kos di Lumbang.",
            req="Saya menuntut penjelasan tertulis atas alasan mutasi dan mohon mutasi ini ditinjau ulang.",
            place="Beji", date="2026-11-25", signed=False, phone="085231178064", nik=None),
     division="mutasi",
     body="""Kepada Yth Kepala BKPSDM

Nama   : {name}
Alamat : {address}
Hp     : 0852 3117 8064

Kronolgi:
{svc}

Akibatnya:
{loss}

Tuntutn:
{req}

Beji, 25 Nopember 2026

Trimakasih.
""")

# ---------------------------------------------------------------------------
# 7. Javanese-flavoured (2)
# ---------------------------------------------------------------------------
item(33, note="Javanese-flavoured ('nyuwun sewu', 'kulo', 'manggen wonten', 'matur nuwun'); pension; complete",
     sender="Sumarni", addr="sumarni.nguling@example.com",
     date=hdate(2026, 12, 4, 8, 8), subject="Nyuwun tulung SK pensiun",
     F=dict(name="Sumarni",
            address="Dusun Kedawung RT 02 RW 03, Desa Nguling, Kecamatan Nguling",
            svc="Kulo pensiun wiwit 1 September 2026, nanging SK pensiun kulo dereng medal ngantos sakmenika, sanajan berkas sampun kulo setoraken wulan Mei.",
            loss="Kulo dados mboten saged ngurus gaji pensiun wonten Taspen, sampun tigang wulan mboten wonten penghasilan.",
            req="Kulo nyuwun SK pensiun kulo enggal dipun terbitaken.",
            place="Nguling", date="2026-12-03", signed=True, phone="085330071206", nik=None),
     division="pengadaan",
     body="""Nyuwun sewu Bapak/Ibu petugas BKPSDM Kabupaten Pasuruan,

Kulo {name}, pensiunan guru SD, kulo manggen wonten {address}, nomer HP 0853-3007-1206.

{svc}

{loss}

{req} Matur nuwun sanget sampun kerso maos serat kulo.

Nguling, 3 Desember 2026

Matur nuwun,
{name}
""")

item(34, note="Javanese-flavoured; Satyalancana; no address, no place; 'Matur nuwun sanget,\\nSugito'",
     sender="Sugito", addr="sugito.prigen@example.net",
     date=hdate(2026, 8, 14, 10, 25), subject="penghargaan satyalancana",
     F=dict(name="Sugito",
            address=None,
            svc="kulo sampun ngabdi 30 tahun dados PNS, nanging nami kulo mboten dipun usulaken tampi Satyalancana Karya Satya XXX Tahun, padahal rencang-rencang ingkang sami angkatanipun sampun sami tampi",
            loss="kulo isin kalih keluarga lan kolega, kados-kados kulo niki pegawai ingkang mboten nate kerjo",
            req="kulo nyuwun nami kulo dipun usulaken wonten periode salajengipun",
            place=None, date="2026-08-14", signed=True, phone=None, nik=None),
     division="kinerja",
     body="""Sugeng enjang Bapak/Ibu,

Kulo {name}, staf Kecamatan Prigen. {svc}. Terus terang {loss}.

Menawi saged, {req}.

Matur nuwun sanget,
{name}
""")

# ---------------------------------------------------------------------------
# 8. Replies / forwards / signature blocks (3)
# ---------------------------------------------------------------------------
item(35, note="reply on top of a quoted chain ('Pada Sen, 2 Nov 2026 pukul 10.00, ... menulis:' and an older 'On ... wrote:'); the new letter is scored; complete",
     sender="Hendro Wibowo", addr="hendro.wibowo@example.com",
     date=hdate(2026, 11, 3, 9, 17), subject="Re: Re: Pengaduan pengangkatan jabatan pengawas",
     F=dict(name="Hendro Wibowo",
            address="Jl. Mangga No. 31 RT 01 RW 06, Desa Tambakrejo, Kecamatan Kraton, Kabupaten Pasuruan",
            svc="Saya telah mengikuti seleksi jabatan pengawas dan dinyatakan memenuhi syarat oleh tim penilai kinerja pada bulan Juli 2026, namun dalam SK pengangkatan bulan Oktober posisi tersebut diisi pegawai lain yang tidak mengikuti seleksi.",
            loss="Saya kehilangan kesempatan menduduki jabatan pengawas beserta tunjangan jabatannya, dan proses seleksi yang saya ikuti menjadi sia-sia.",
            req="Saya mohon BKPSDM menjelaskan dasar pengangkatan tersebut dan meninjau kembali hasil pengisian jabatan pengawas itu.",
            place="Kraton", date="2026-11-03", signed=True, phone="081333601929", nik=None),
     division="mutasi",
     body="""Yth. Petugas Pengaduan,

Berikut saya lengkapi pengaduan saya sesuai permintaan Bapak/Ibu.

Nama   : {name}
Alamat : {address}
No. HP : 0813-3360-1929

Uraian:
{svc}

Kerugian:
{loss}

Permintaan penyelesaian:
{req}

Kraton, 3 November 2026
Hormat saya,
{name}

Pada Sen, 2 Nov 2026 pukul 10.00, Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id> menulis:
> Yth. Bapak Hendro Wibowo,
>
> Terima kasih atas pengaduan Bapak. Pengaduan belum dapat kami proses
> karena belum memuat alamat lengkap dan uraian kerugian. Mohon
> dilengkapi dengan membalas email ini.
>
> Salam,
> Tim Pengaduan BKPSDM Kabupaten Pasuruan
>
> On Fri, Oct 30, 2026 at 8:12 PM Hendro Wibowo <hendro.wibowo@example.com> wrote:
>> Selamat malam, saya mau mengadukan soal pengisian jabatan pengawas.
>> Saya sudah ikut seleksi tapi yang dilantik orang lain yang tidak ikut
>> seleksi. Mohon ditindaklanjuti.
>>
>> Pasuruan, 30 Oktober 2026
>> Hendro
""")

item(36, note="forwarded message ('---------- Forwarded message ---------'); the forwarded letter is scored; email is the forwarder's From:",
     sender="Yoga Pratama", addr="yoga.pratama@example.org",
     date=hdate(2026, 10, 22, 18, 30), subject="Fwd: Pengaduan Karsu ibu saya",
     F=dict(name="Kartini",
            address="Jl. Veteran No. 12 RT 05 RW 02, Desa Ranuklindungan, Kecamatan Grati, Kabupaten Pasuruan",
            svc="Sejak suami saya meninggal dunia pada bulan Maret 2026, saya sudah mengajukan permohonan pensiun janda melalui BKPSDM, tetapi berkas saya dikembalikan dua kali dengan alasan Karsu almarhum suami saya tidak terdata, padahal Karsu asli sudah saya lampirkan.",
            loss="Hingga sekarang saya belum menerima pensiun janda sama sekali dan harus berutang kepada tetangga untuk kebutuhan sehari-hari.",
            req="Mohon BKPSDM memperbaiki data Karsu tersebut dan segera memproses pensiun janda saya.",
            place="Grati", date="2026-10-20", signed=True, phone="085749113208", nik=None),
     division="pengadaan",
     body="""Yth. BKPSDM,

Saya teruskan surat pengaduan ibu saya karena beliau tidak punya email. Mohon dibantu, terima kasih.

Yoga

---------- Forwarded message ---------
From: Yoga Pratama <yoga.pratama@example.org>
Date: Tue, 20 Oct 2026 at 19:02
Subject: surat ibu
To: Yoga Pratama <yoga.pratama@example.org>


Grati, 20 Oktober 2026

Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama   : {name}
Alamat : {address}
No. HP : 085749113208

{svc}

{loss}

{req}

Hormat saya,
{name}
""")

item(37, note="letter followed by a '-- ' signature block (name, job, HP); phone only in the signature; tunjangan kinerja cut for attendance -> kinerja; complete",
     sender="Ari Setiawan", addr="ari.setiawan@example.com",
     date=hdate(2026, 9, 9, 10, 5), subject="Potongan tunjangan kinerja karena presensi",
     F=dict(name="Ari Setiawan",
            address="Perum Puri Bangil Blok C-10, Desa Raci, Kecamatan Bangil, Kabupaten Pasuruan",
            svc="Presensi elektronik saya selama bulan Juli 2026 tercatat alpa sembilan hari karena mesin presensi di kantor rusak, padahal saya sudah menyerahkan surat keterangan dari atasan dan bukti kehadiran manual ke admin presensi BKPSDM.",
            loss="Tunjangan kinerja saya bulan Agustus dipotong sebesar Rp 1.350.000 dan saya tercatat melanggar disiplin kehadiran.",
            req="Saya mohon data presensi saya dikoreksi, potongan tunjangan dikembalikan, dan catatan pelanggaran disiplin dihapus.",
            place="Bangil", date="2026-09-08", signed=True, phone="085731442290", nik=None),
     division="kinerja",
     body="""Yth. Bidang Penilaian Kinerja dan Penghargaan BKPSDM Kabupaten Pasuruan

Dengan hormat,

Perkenankan saya, {name}, beralamat di {address}, menyampaikan pengaduan berikut.

Uraian pelayanan yang tidak sesuai:
{svc}

Kerugian:
{loss}

Permintaan:
{req}

Bangil, 8 September 2026

Salam,
{name}

-- 
Ari Setiawan
Staf Subbagian Umum dan Kepegawaian
Dinas Perhubungan Kabupaten Pasuruan
HP 0857-3144-2290
"Melayani dengan hati"
""")

# ---------------------------------------------------------------------------
# 9. HTML-only / multipart/alternative (3)
# ---------------------------------------------------------------------------
HTML38 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif">
<p>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan</p>
<p>Dengan hormat,<br>Bersama ini saya sampaikan pengaduan dengan data berikut:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Nama</b></td><td>{name}</td></tr>
<tr><td><b>Alamat</b></td><td>{address}</td></tr>
<tr><td><b>Telepon</b></td><td>0812&#8209;5530&#8209;7741</td></tr>
<tr><td><b>Pengaduan</b></td><td>{svc}</td></tr>
<tr><td><b>Kerugian</b></td><td>{loss}</td></tr>
<tr><td><b>Permintaan</b></td><td>{req}</td></tr>
</table>
<p>Rembang, 25 Oktober 2026</p>
<p>Hormat saya,<br>{name}</p>
</body></html>
"""
item(38, category="email_mime", note="HTML only, windows-1252 quoted-printable, Outlook-style; letter in a <table>; curly quotes; complete",
     sender="Rudi Hartono", addr="rudi.hartono@example.net",
     date=hdate(2026, 10, 26, 7, 50), subject="Pengaduan pencantuman gelar",
     F=dict(name="Rudi Hartono, S.Pd., M.Pd.",
            address="Jl. Raya Rembang No. 45, Desa Pandean, Kecamatan Rembang, Kabupaten Pasuruan",
            svc="Permohonan pencantuman gelar “M.Pd.” yang saya ajukan pada Juni 2026 dikembalikan dengan catatan “akreditasi kampus tidak memenuhi”, padahal program studi saya terakreditasi “Baik Sekali” saat saya lulus.",
            loss="Saya tidak dapat mengusulkan kenaikan jabatan fungsional guru ke jenjang berikutnya yang memerlukan pencantuman gelar tersebut.",
            req="Mohon BKPSDM memeriksa ulang status akreditasi program studi saya dan memproses pencantuman gelar saya.",
            place="Rembang", date="2026-10-25", signed=True, phone="081255307741", nik=None),
     division="kompetensi",
     body=None, html=HTML38, mode="html", charset="windows-1252", cte="quoted-printable",
     ua="Microsoft Outlook 16.0")

HTML39 = """<div>Yth. Kepala BKPSDM Kabupaten Pasuruan<br><br>Dengan hormat,<br>saya {name}, beralamat di {address}, ingin menyampaikan keluhan.<br><br>{svc}<br><br>{loss}<br><br>{req}<br><br>Gempol, 17 Agustus 2026<br><br>Salam hormat,<br>{name}</div>
"""
TEXT39 = """Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
saya {name}, beralamat di {address}, ingin menyampaikan keluhan.

{svc}

{loss}

{req}

Gempol, 17 Agustus 2026

Salam hormat,
{name}
"""
item(39, category="email_mime", note="multipart/alternative iso-8859-1 quoted-printable; HTML with <br> line breaks; name with diacritic; facilities (parking, queue machine) -> sekretariat; complete",
     sender="Andrés Saputra", addr="andres.saputra@example.com",
     date=hdate(2026, 8, 18, 8, 30), subject="Keluhan fasilitas ruang layanan",
     F=dict(name="Andrés Saputra",
            address="Perum Gempol Sari Blok B-2, Desa Legok, Kecamatan Gempol",
            svc="Mesin antrean di ruang layanan BKPSDM rusak sejak awal bulan sehingga pengunjung berebut dilayani, dan tempat parkir untuk tamu ditutup untuk kendaraan pegawai.",
            loss="Saya harus parkir di pinggir jalan raya dan kendaraan saya terkena tilang sebesar Rp 250.000.",
            req="Saya minta mesin antrean segera diperbaiki dan tempat parkir tamu dikembalikan fungsinya.",
            place="Gempol", date="2026-08-17", signed=True, phone=None, nik=None),
     division="sekretariat",
     body=TEXT39, html=HTML39, mode="alt", charset="iso-8859-1", cte="quoted-printable")

HTML40 = """<!DOCTYPE html><html><body>
<p>Kepada&nbsp;Yth. Bapak/Ibu Pimpinan BKPSDM</p>
<p>Saya&nbsp;yang bertanda tangan di bawah ini, <strong>{name}</strong>, bertempat tinggal di {address}, menyampaikan hal berikut.</p>
<p>{svc}</p>
<p>{loss}</p>
<p>{req}</p>
<p>Pasuruan, 2 Desember 2026</p>
<p>Hormat saya,</p>
<p>{name}</p>
</body></html>
"""
item(40, category="email_mime", note="HTML only, utf-8 base64, <p> and &nbsp;; no clear topic -> division null; place 'Pasuruan'; complete",
     sender="Eko Budiarto", addr="eko.budiarto@example.org",
     date=hdate(2026, 12, 2, 13, 13), subject="Pengaduan",
     F=dict(name="Eko Budiarto",
            address="Jl. Panglima Sudirman No. 60, Kelurahan Pekuncen, Kecamatan Panggungrejo, Kota Pasuruan",
            svc="Surat permohonan saya yang saya kirim melalui pos pada bulan September sampai sekarang tidak mendapat balasan apa pun, dan ketika saya menelepon nomor yang tercantum di website tidak pernah ada yang mengangkat.",
            loss="Saya merasa diabaikan dan tidak memperoleh kepastian atas permohonan saya selama tiga bulan.",
            req="Mohon surat saya ditanggapi secara tertulis dan nomor telepon layanan dapat dihubungi pada jam kerja.",
            place="Pasuruan", date="2026-12-02", signed=True, phone=None, nik=None),
     division=None,
     body=None, html=HTML40, mode="html", charset="utf-8", cte="base64")


# ---------------------------------------------------------------------------
def build(it) -> bytes:
    m = EmailMessage(policy=policy.default)
    domain = it["addr"].split("@")[1]
    n = it["n"]
    m["Received"] = (f"from mail.{domain} (mail.{domain} [192.0.2.{100 + n}]) "
                     f"by mx1.pasuruankab.go.id (Postfix) with ESMTPS id H{n:02d}A7C3E1 "
                     f"for <pengaduan.bkpsdm@pasuruankab.go.id>; {it['date']}")
    m["Date"] = it["date"]
    if it["sender"]:
        m["From"] = Address(it["sender"], addr_spec=it["addr"])
    else:
        m["From"] = it["addr"]
    m["To"] = AGENCY
    m["Subject"] = it["subject"]
    m["Message-ID"] = f"<heldout{n:02d}.{n * 7919 % 100000:05d}@{domain}>"
    if it["ua"]:
        m["X-Mailer"] = it["ua"]
    cs, cte = it["charset"], it["cte"]
    if it["mode"] == "plain":
        m.set_content(it["body"], subtype="plain", charset=cs, cte=cte)
    elif it["mode"] == "html":
        m.set_content(it["html"], subtype="html", charset=cs, cte=cte)
    else:
        m.set_content(it["body"], subtype="plain", charset=cs, cte=cte)
        m.add_alternative(it["html"], subtype="html", charset=cs, cte=cte)
        m.set_boundary(f"----=_Part_{n:02d}_7d3c9e21.heldout")
    buf = BytesIO()
    BytesGenerator(buf, policy=policy.default.clone(linesep="\n")).flatten(m)
    return buf.getvalue()


def visible_text(raw: bytes) -> str:
    """Decode a generated file back to text (for the self-check)."""
    from email import message_from_bytes
    m = message_from_bytes(raw, policy=policy.default)
    parts = [p for p in m.walk() if not p.is_multipart()]
    out = []
    for p in parts:
        t = p.get_content()
        if p.get_content_subtype() == "html":
            t = re.sub(r"<br\s*/?>|</p>|</tr>|</div>", "\n", t)
            t = re.sub(r"</td>", " ", t)
            t = htmllib.unescape(re.sub(r"<[^>]+>", "", t)).replace("\u2011", "-").replace("\xa0", " ")
        out.append(t)
    return "\n".join(out)


def ws(s: str) -> str:
    return " ".join(s.split())


def main():
    HERE.mkdir(parents=True, exist_ok=True)
    assert len(ITEMS) == 40, len(ITEMS)
    lines = []
    for it in ITEMS:
        F = it["F"]
        sub = "email_mime" if it["category"] == "email_mime" else "email_plain"
        fn = f"{sub}/h{it['n']:02d}.eml"
        raw = build(it)
        (HERE / sub).mkdir(exist_ok=True)
        (HERE / fn).write_bytes(raw)
        fields = {
            "name": F["name"], "address": F["address"],
            "service_description": F["svc"], "loss": F["loss"],
            "requested_resolution": F["req"], "place": F["place"],
            "date": F["date"], "signed": F["signed"],
            "email": it["addr"], "phone": F["phone"], "nik": F["nik"],
        }
        missing = [k for k in ORDER
                   if (fields[k] is False if k == "signed" else fields[k] is None)]
        # self-check: every gold passage is literally in the letter
        text = ws(visible_text(raw))
        for k in ("name", "address", "service_description", "loss",
                  "requested_resolution", "place", "nik"):
            v = fields[k]
            if v is not None:
                assert ws(v) in text, (fn, k, v)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields["date"])
        if fields["nik"]:
            assert re.fullmatch(r"\d{16}", fields["nik"]), fn
        if fields["phone"]:
            assert re.fullmatch(r"0\d{8,13}", fields["phone"]), fn
            assert fields["phone"][1:] in re.sub(r"\D", "", text), (fn, "phone")
        lines.append(json.dumps({
            "file": fn, "category": it["category"], "expect_exit": 0,
            "fields": fields, "missing": missing, "complete": not missing,
            "auto_reply": False, "division": it["division"], "ocr": False,
            "note": it["note"]}, ensure_ascii=False))
    (HERE / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} items to {HERE}")


if __name__ == "__main__":
    main()
