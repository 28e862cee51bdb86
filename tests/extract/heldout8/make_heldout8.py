#!/usr/bin/env python3
"""Deterministic generator for the blind held-out set heldout8 (32 items).

Run:  /work/main/.venv/bin/python make_heldout8.py
Writes category folders and truth.jsonl next to this file. All people,
addresses and numbers are invented; mail domains are example.*.
"""
import base64, datetime, email, email.policy, html, io, json, quopri, random, re, shutil, zipfile
from email.header import Header
from html.parser import HTMLParser
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw
import docx

OUT = Path(__file__).resolve().parent
KEYS = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
TO = "Pengaduan BKPSDM Kab. Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
ITEMS = []


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []
    def handle_data(self, d): self.parts.append(d)
    def handle_starttag(self, tag, a): self.parts.append(" ")
    def handle_endtag(self, tag): self.parts.append(" ")


def html_text(s):
    p = _Strip(); p.feed(s); return "".join(p.parts)


def eml_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html") and not part.is_attachment():
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            out.append(html_text(t) if ct == "text/html" else t)
    return "\n".join(out)


def headers(frm, date, subject, mid, extra=()):
    h = [f"Received: from mx.example.net (mx.example.net [192.0.2.{40 + len(ITEMS)}])",
         f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS; {date}",
         f"Date: {date}", f"From: {frm}", f"To: {TO}", f"Subject: {subject}",
         f"Message-ID: <{mid}>", "MIME-Version: 1.0"]
    h += list(extra)
    return "\n".join(h) + "\n"


def plain_eml(frm, date, subject, mid, body, crlf=False):
    raw = headers(frm, date, subject, mid, ["Content-Type: text/plain; charset=\"utf-8\"",
                                             "Content-Transfer-Encoding: 8bit"]) + "\n" + body.rstrip("\n") + "\n"
    if crlf:
        raw = raw.replace("\n", "\r\n")
    return raw.encode("utf-8")


def add(file, cat, data, fields=None, division=None, note="", expect_exit=0, auto=False, check_text=None):
    p = OUT / file
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    if fields is not None:
        full = {k: None for k in KEYS + ["email", "phone", "nik"]}
        full.update(fields)
        full["signed"] = bool(full["signed"])
        missing = [k for k in KEYS if (full[k] is None or full[k] is False)]
        text = ws(check_text if check_text is not None else eml_text(data))
        for k in ["name", "address", "service_description", "loss", "requested_resolution", "place"]:
            if full[k] is not None:
                assert ws(full[k]) in text, (file, k, full[k])
        if full["phone"]:
            assert full["phone"][0] == "0" and full["phone"][1:] in re.sub(r"\D", "", text), (file, "phone")
        if full["nik"]:
            assert re.fullmatch(r"\d{16}", full["nik"]) and full["nik"] in re.sub(r"\D", "", text), (file, "nik")
        assert re.fullmatch(r"2026-\d\d-\d\d", full["date"]), (file, "date")
        if file.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            addr = msg["From"].addresses[0].addr_spec.lower()
            assert full["email"] == addr, (file, "email", addr)
        rec = {"file": file, "category": cat, "expect_exit": expect_exit, "fields": full,
               "missing": missing, "complete": not missing, "auto_reply": False,
               "division": division, "ocr": False, "note": note}
    else:
        rec = {"file": file, "category": cat, "expect_exit": expect_exit, "fields": None,
               "missing": None, "complete": None, "auto_reply": auto, "division": None,
               "ocr": False, "note": note}
    ITEMS.append(rec)


# ---------------------------------------------------------------- email_plain
def plain_items():
    # h01 formal, numbered sections, Perihal, complete
    f = dict(name="Lukman Hakim Ashari",
             address="Jl. Anggrek Gg. III No. 7 RT 002 RW 004, Kelurahan Kauman, Kecamatan Bangil",
             service_description="Saya adalah peserta seleksi PPPK tenaga teknis formasi tahun 2025 yang telah dinyatakan lulus dan sudah mengisi Daftar Riwayat Hidup di SSCASN pada bulan Desember 2025. Hingga kini Nomor Induk PPPK dan surat keputusan pengangkatan saya belum diterbitkan, sedangkan peserta lain dari formasi yang sama sudah dilantik pada bulan Februari 2026.",
             loss="Saya sudah mengundurkan diri dari pekerjaan lama di sebuah koperasi karena diminta bersiap untuk pengangkatan, sehingga selama tiga bulan terakhir saya tidak memiliki penghasilan.",
             requested_resolution="Kiranya BKPSDM dapat mengecek kendala pengusulan NI PPPK atas nama saya ke BKN dan menyampaikan kepastian jadwal pengangkatan secara tertulis.",
             place="Bangil", date="2026-03-16", signed=True, email="lukman.ashari@example.com",
             phone="082144703318", nik="3514090807920003")
    body = f"""Perihal  : Pengaduan belum terbitnya NI PPPK
Lampiran : 1 (satu) berkas

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di -
     BANGIL

Dengan hormat,

I. IDENTITAS PELAPOR
   Nama lengkap : {f['name']}
   NIK          : 3514 0908 0792 0003
   Alamat rumah : {f['address']}
   No. WA       : 0821 4470 3318

II. URAIAN PERMASALAHAN
   {f['service_description']}

III. DAMPAK YANG SAYA ALAMI
   {f['loss']}

IV. PERMOHONAN
   {f['requested_resolution']}

Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya.

Bangil, 16 Maret 2026

Salam hormat,


{f['name']}
"""
    add("email_plain/h01.eml", "email_plain",
        plain_eml(f"Lukman Hakim Ashari <lukman.ashari@example.com>", "Mon, 16 Mar 2026 09:14:02 +0700",
                  "Pengaduan NI PPPK belum terbit", "h8-01-7f3k2@example.com", body),
        f, "pengadaan", "complete formal letter, roman-numbered sections, NIK written with spaces")

    # h02 prose, request before loss, complete, kinerja (cuti besar)
    f = dict(name="Siti Khoiriyah, S.Sos.",
             address="Dusun Krajan RT 01 RW 03, Desa Parasrejo, Kecamatan Pohjentrek, Kabupaten Pasuruan",
             service_description="Permohonan cuti besar selama tiga bulan untuk menunaikan ibadah haji sudah saya ajukan lengkap dengan surat keterangan dari Kementerian Agama sejak 5 Januari 2026, namun permohonan tersebut dikembalikan tanpa alasan tertulis dan ketika saya tanyakan, petugas hanya menyatakan kuota cuti sudah penuh.",
             requested_resolution="Saya memohon agar permohonan cuti besar saya diperiksa kembali dan, bila memang ada kekurangan, disampaikan secara tertulis agar dapat segera saya lengkapi.",
             loss="Jadwal keberangkatan kloter saya tinggal dua bulan lagi; saya sudah melunasi biaya haji dan kini terancam harus menunda keberangkatan, yang membuat saya dan keluarga sangat cemas.",
             place="Pohjentrek", date="2026-02-23", signed=True, email="siti.khoiriyah@example.com",
             phone="085733129046")
    body = f"""Assalamualaikum wr. wb.

Saya {f['name']}, staf pada Kantor Kecamatan Pohjentrek, beralamat di {f['address']}. Melalui surat elektronik ini saya ingin mengadukan proses permohonan cuti saya.

{f['service_description']}

{f['requested_resolution']} {f['loss']}

Pohjentrek, 23 Februari 2026

Wassalamualaikum wr. wb.
{f['name']}
HP 0857-3312-9046
"""
    add("email_plain/h02.eml", "email_plain",
        plain_eml("Siti Khoiriyah <siti.khoiriyah@example.com>", "Mon, 23 Feb 2026 13:40:51 +0700",
                  "Permohonan cuti besar dikembalikan", "h8-02-a91cd@example.com", body, crlf=True),
        f, "kinerja", "complete prose; request stated before loss in the same paragraph; CRLF")

    # h03 chatty lowercase, no address, no place line
    f = dict(name="rina oktaviani", address=None,
             service_description="aku ikut pelatihan dasar cpns angkatan 7 th 2025, udh lulus semua agenda tp sertifikat latsar ku sampe skrg blm keluar, temen2 angkatan lain udh pd dpt. tiap ditanyain ke admin wa bidang pengembangan jawabannya 'sabar ya' doang.",
             loss="gara2 itu berkas usul pengangkatan pns 100% ku ga bisa diproses, jd gajiku masih 80% terus tiap bulan.",
             requested_resolution="tolong dong dicek sertifikatnya nyangkut di mana & kapan bisa diterima, klo bisa dikirim pdf nya aja lwt email ini.",
             place=None, date="2026-03-04", signed=True, email="rina.oktav@example.net")
    body = f"""slmt mlm min,
mau nanya sekaligus komplain ya. {f['service_description']}
{f['loss']}
{f['requested_resolution']}

makasih bnyk
{f['name']}
(guru SDN Kalirejo 3)
"""
    add("email_plain/h03.eml", "email_plain",
        plain_eml("rina <rina.oktav@example.net>", "Wed, 04 Mar 2026 21:17:40 +0700",
                  "sertifikat latsar blm keluar", "h8-03-0bq7e@example.net", body),
        f, "kompetensi", "chatty lowercase with abbreviations; no address, no place/date line (Date header)")

    # h04 ALL CAPS anonymous, illegal fee -> sekretariat
    f = dict(name=None, address=None,
             service_description='SAYA INGIN MELAPORKAN ADANYA OKNUM PEGAWAI BKPSDM YANG MENAWARKAN JASA PENGURUSAN KENAIKAN PANGKAT DENGAN IMBALAN UANG. OKNUM TERSEBUT MENGAKU BISA MEMPERCEPAT SK KENAIKAN PANGKAT ASAL DIBERI "UANG LELAH" DAN MEMINTA UANG DISERAHKAN DI WARUNG DEPAN KANTOR.',
             loss="SAYA SUDAH TERLANJUR MENYERAHKAN RP 1.500.000 TETAPI SK SAYA TETAP TIDAK KELUAR DAN OKNUM TERSEBUT SEKARANG SULIT DIHUBUNGI.",
             requested_resolution="MOHON BAPAK MENINDAK TEGAS OKNUM TERSEBUT DAN MEMBANTU AGAR UANG SAYA BISA KEMBALI.",
             place=None, date="2026-02-13", signed=False, email="wargapasuruan.bersuara@example.org")
    body = f"""KEPADA YTH BAPAK KEPALA BKPSDM

{f['service_description']}
{f['loss']}
{f['requested_resolution']}
NAMA SAYA TIDAK SAYA CANTUMKAN KARENA TAKUT DIPERSULIT.

TERIMA KASIH
"""
    add("email_plain/h04.eml", "email_plain",
        plain_eml("Warga Peduli <wargapasuruan.bersuara@example.org>", "Fri, 13 Feb 2026 10:02:11 +0700",
                  "LAPORAN PUNGLI KENAIKAN PANGKAT", "h8-04-kk2mz@example.org", body),
        f, "sekretariat", "ALL CAPS anonymous report of illegal fee for a promotion (sekretariat, not mutasi)")

    # h05 English-mixed, complete, mutasi
    f = dict(name="Yohanes Dwi Kristanto",
             address="Perumahan Pesona Prigen Residence Blok B2 No. 14, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan",
             service_description='Saya mengajukan permohonan pindah tugas ke SMP negeri di wilayah Prigen sejak Oktober 2025, all documents complete, termasuk surat lolos butuh dari sekolah tujuan. Tapi sampai April 2026 statusnya masih "dalam verifikasi" dan tidak ada feedback sama sekali.',
             loss="Because of this, I still have to ride 38 km each way through the mountain road every day; bulan lalu saya sempat jatuh dari motor saat hujan dan harus dirawat tiga hari.",
             requested_resolution="please process my transfer request in the next mutasi period, or at least give me a written explanation kalau memang ditolak.",
             place="Prigen", date="2026-04-14", signed=True, email="yohanes.kristanto@example.com",
             phone="081335207781")
    body = f"""Dear Bapak/Ibu Tim Pengaduan BKPSDM,

Perkenalkan, saya {f['name']}, guru Bahasa Inggris di SMPN 2 Tutur. Domisili: {f['address']}.

I would like to file a complaint regarding my transfer request. {f['service_description']}

{f['loss']}

My request: {f['requested_resolution']}

Prigen, 14 April 2026

Best regards,
{f['name']}
Mobile/WA: +62 813-3520-7781
"""
    add("email_plain/h05.eml", "email_plain",
        plain_eml("Yohanes D. Kristanto <Yohanes.Kristanto@example.com>", "Tue, 14 Apr 2026 06:03:27 +0700",
                  "Complaint: transfer request (mutasi) pending 6 months", "h8-05-x0d1s@example.com", body),
        f, "mutasi", "English-Indonesian mix, complete; +62 phone; From address mixed case")

    # h06 facilities, no loss
    f = dict(name="Hj. Musyarofah",
             address="Jl. KH. Hasyim Asy'ari No. 45 RT 03 RW 01, Kelurahan Pogar, Kecamatan Bangil",
             service_description="Ruang tunggu pelayanan di lantai satu kantor BKPSDM hanya memiliki enam kursi, kipas anginnya tidak berfungsi, dan tidak tersedia nomor antrean sehingga para tamu berdiri berdesakan di depan pintu loket. Tidak ada pula jalur landai bagi pengunjung lanjut usia atau pengguna kursi roda.",
             loss=None,
             requested_resolution="Kami berharap ruang tunggu tersebut dapat ditambah kursinya, dilengkapi mesin nomor antrean, dan dibuatkan jalur landai di pintu masuk.",
             place="Bangil", date="2026-03-02", signed=True, email="musyarofah.hj@example.net")
    body = f"""Kepada
Yth. Sekretaris BKPSDM Kabupaten Pasuruan
di tempat

Hal: Sarana ruang tunggu layanan

Dengan hormat,
Saya yang bertanda tangan di bawah ini, {f['name']}, pensiunan guru, bertempat tinggal di {f['address']}, menyampaikan hal berikut.

{f['service_description']}

{f['requested_resolution']}

Demikian surat ini saya buat dengan sebenarnya.

Bangil, 2 Maret 2026
Salam takzim,

{f['name']}
"""
    add("email_plain/h06.eml", "email_plain",
        plain_eml("Musyarofah <musyarofah.hj@example.net>", "Mon, 02 Mar 2026 10:30:00 +0700",
                  "Usulan perbaikan ruang tunggu", "h8-06-m7y1t@example.net", body),
        f, "sekretariat", "facilities; describes the situation but no loss suffered")

    # h07 Javanese-flavoured, complete, pengadaan (SIASN data)
    f = dict(name="Slamet Riyadi",
             address="Dusun Kebonsari RT 03 RW 01 Desa Ranuklindungan Kecamatan Grati",
             service_description="Data pendidikan kulo teng SIASN taksih SLTA, padahal kulo sampun lulus S1 Agribisnis taun 2019 lan gelar sampun dicantumke resmi. Sampun kaping tigo kulo upload ijazah, tapi statuse tetep ditolak tanpa keterangan.",
             loss="Akibate kulo mboten saged daftar seleksi jabatan fungsional penyuluh ahli pertama, amergi syarate pendidikan minimal S1, dados kesempatan tahun niki ilang.",
             requested_resolution="Nyuwun tulung data pendidikan kulo dibenerke supados cocok kaliyan ijazah.",
             place="Grati", date="2026-03-09", signed=True, email="slamet.riyadi61@example.com",
             phone="085231670045")
    body = f"""Sugeng enjing Bapak/Ibu petugas,

Kulo {f['name']}, PNS teknis wonten Dinas Pertanian, griya kulo wonten {f['address']}. Ngapunten badhe matur masalah data kulo.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Matur nuwun sanget,
{f['name']}
Grati, 9 Maret 2026
WA 0852-3167-0045
"""
    add("email_plain/h07.eml", "email_plain",
        plain_eml("Pak Slamet <slamet.riyadi61@example.com>", "Mon, 09 Mar 2026 07:22:10 +0700",
                  "nyuwun tulung data SIASN", "h8-07-jw4nb@example.com", body),
        f, "pengadaan", "Javanese-flavoured, complete; place/date line after the name")

    # h08 formal lettered sections, NIP (not NIK), complete, kinerja
    f = dict(name="Ir. Hartatik Widyaningsih",
             address="Jl. Raya Gondangwetan No. 112, Desa Gayam, Kecamatan Gondangwetan, Kabupaten Pasuruan",
             service_description="Masa kerja saya telah genap 20 tahun pada bulan Agustus 2025 dan saya tidak pernah dijatuhi hukuman disiplin, tetapi nama saya tidak tercantum dalam daftar usulan Satyalancana Karya Satya XX Tahun 2025 yang diumumkan BKPSDM, sementara rekan seangkatan saya diusulkan.",
             loss="Saya kehilangan kesempatan menerima tanda kehormatan tersebut pada upacara Hari Kemerdekaan, dan hal ini menjadi pertanyaan di kantor seolah-olah saya pernah bermasalah.",
             requested_resolution="Mohon nama saya dapat dimasukkan dalam usulan susulan Satyalancana Karya Satya periode berikutnya dan saya diberi penjelasan mengapa tidak diusulkan.",
             place="Gondangwetan", date="2026-01-27", signed=True, email="hartatik.w@example.org",
             phone="081358001290")
    body = f"""Gondangwetan, 27 Januari 2026

Nomor   : 003/HW/I/2026
Sifat   : Biasa
Hal     : Keberatan tidak diusulkan Satyalancana

Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Bersama ini saya sampaikan pengaduan dengan keterangan sebagai berikut.

Nama Pelapor   : {f['name']}
NIP            : 19780315 200501 2 009
Tempat Tinggal : {f['address']}
Telepon        : 0813 5800 1290

A. Pokok aduan:
{f['service_description']}

B. Kerugian:
{f['loss']}

C. Harapan penyelesaian:
{f['requested_resolution']}

Atas perhatian Bapak, saya sampaikan terima kasih.

Yang mengadukan,


{f['name']}
NIP 19780315 200501 2 009
"""
    add("email_plain/h08.eml", "email_plain",
        plain_eml("Hartatik Widyaningsih <hartatik.w@example.org>", "Tue, 27 Jan 2026 11:05:44 +0700",
                  "Keberatan: tidak diusulkan Satyalancana Karya Satya", "h8-08-s4tya@example.org", body),
        f, "kinerja", "complete formal, date line at the top, lettered sections; NIP present (nik stays null)")

    # h09 prose with quoted earlier mail below, complete, kompetensi
    f = dict(name="Arif Budiman, S.T.",
             address="Perum Bumi Mangli Permai Blok F-11, Desa Mangli, Kecamatan Pandaan",
             service_description="Permohonan pencantuman gelar Magister Teknik saya sudah saya ajukan sejak November 2025 beserta ijazah, transkrip, dan surat izin belajar yang sah, tetapi sampai hari ini belum ada surat keputusan pencantuman gelar maupun penolakan. Setiap kali bertanya lewat telepon, saya diminta mengirim ulang berkas yang sama.",
             loss="Tanpa pencantuman gelar, saya tidak bisa mengikuti uji kompetensi jabatan fungsional teknik jalan jenjang muda yang ditutup akhir Maret, sehingga peluang naik jenjang saya tertunda setidaknya satu tahun.",
             requested_resolution="Saya mohon surat keputusan pencantuman gelar saya diterbitkan sebelum 31 Maret 2026, atau setidaknya saya mendapat keterangan tertulis bahwa berkas saya sedang diproses.",
             place="Pandaan", date="2026-03-19", signed=True, email="arif.budiman.ab@example.net",
             phone="087851026634")
    body = f"""Selamat siang,

Menindaklanjuti email saya bulan lalu yang belum dibalas (lihat di bawah), saya ingin menyampaikan pengaduan resmi.

Saya {f['name']}, pengawas jalan pada Dinas PU, tinggal di {f['address']}. {f['service_description']}

{f['loss']}

{f['requested_resolution']}

Pandaan, 19 Maret 2026

Terima kasih,
{f['name']}
0878-5102-6634

> Pada Rab, 11 Feb 2026 pukul 08.12, Arif Budiman <arif.budiman.ab@example.net> menulis:
> Yth. Admin Bidang Pengembangan Kompetensi,
> Mohon info perkembangan permohonan pencantuman gelar saya yang
> diajukan November 2025. Terima kasih.
> Arif
"""
    add("email_plain/h09.eml", "email_plain",
        plain_eml("Arif Budiman <arif.budiman.ab@example.net>", "Thu, 19 Mar 2026 12:48:09 +0700",
                  "Re: Pencantuman gelar S2 - belum ada jawaban", "h8-09-g3lar@example.net", body),
        f, "kompetensi", "prose, complete; earlier own message quoted below the signature")

    # h10 no request (only informs), mutasi
    f = dict(name="Dewi Kartika Sari",
             address="Jl. Raya Purwosari Gg. Mawar No. 3, Desa Sukodermo, Kecamatan Purwosari",
             service_description="Saya dilantik sebagai Kepala Subbagian Umum pada Kecamatan Purwosari tanggal 2 Januari 2026, tetapi sampai sekarang petikan SK pengangkatan dalam jabatan belum saya terima dan di aplikasi kepegawaian daerah saya masih tercatat sebagai pelaksana.",
             loss="Karena jabatan saya belum tercatat, tunjangan jabatan struktural sejak Januari belum dibayarkan, kira-kira Rp 540.000 per bulan.",
             requested_resolution=None,
             place="Purwosari", date="2026-02-06", signed=True, email="dewi.ks@example.org")
    body = f"""Kepada Bapak/Ibu di BKPSDM,

nama saya {f['name']}, alamat {f['address']}.

{f['service_description']}

{f['loss']}

Surat ini saya kirim sekadar agar Bapak/Ibu mengetahui keadaan yang saya alami.

Purwosari, 6 Februari 2026

Salam,
{f['name']}
"""
    add("email_plain/h10.eml", "email_plain",
        plain_eml("Dewi Kartika Sari <dewi.ks@example.org>", "Fri, 06 Feb 2026 15:20:31 +0700",
                  "SK jabatan belum diterima", "h8-10-d3w1k@example.org", body),
        f, "mutasi", "no requested resolution (only informs)")

    # h11 short messy, no address, no loss, no place line
    f = dict(name="Agustina P.", address=None,
             service_description="Karsu sdh diajukan lewat kantor sejak agustus 2025 tp blm jadi2, waktu sy tanya ke loket katanya blangko habis. Masa 6 bln blangko habis terus??",
             loss=None,
             requested_resolution="Mohon segera dicetakkan ya atau dikasih kartu elektronik aja gpp.",
             place=None, date="2026-02-21", signed=True, email="agustina.prasetya88@example.com",
             phone="089677120483")
    body = f"""Pagi. Mau komplain soal KARSU suami sy.
{f['service_description']}
{f['requested_resolution']}
Tks
{f['name']}
0896 7712 0483
"""
    add("email_plain/h11.eml", "email_plain",
        plain_eml("Agustina Prasetya <agustina.prasetya88@example.com>", "Sat, 21 Feb 2026 07:55:13 +0700",
                  "karsu", "h8-11-ks4ru@example.com", body),
        f, "pengadaan", "short messy; no address, no loss, no place/date line; abbreviated name in closing")

    # h12 staff conduct, long signature, complete, sekretariat
    f = dict(name="Rahmat Fauzi",
             address="Jl. Pattimura No. 21 RT 004 RW 002, Kelurahan Gratitunon, Kecamatan Grati",
             service_description='Saya datang pukul 09.00 untuk menyerahkan berkas usul pensiun almarhum ayah saya. Dua petugas di meja penerimaan berkas asyik bermain ponsel dan bercanda, membiarkan saya menunggu hampir satu jam, lalu salah satunya berkata "besok saja, sistemnya lagi malas" tanpa memeriksa berkas saya sama sekali.',
             loss="Saya menempuh perjalanan 40 km dan harus meminta izin setengah hari dari tempat kerja yang dipotong dari cuti saya, tetapi pulang tanpa hasil.",
             requested_resolution="Saya meminta agar kedua petugas tersebut dibina dan diberi teguran, serta agar berkas saya diterima dan diberi tanda terima pada kunjungan berikutnya tanpa harus antre ulang.",
             place="Grati", date="2026-02-06", signed=True, email="rahmat.fauzi@example.org",
             phone="081230257719")
    body = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan,

Perkenankan saya, {f['name']}, warga {f['address']}, menyampaikan keluhan atas pelayanan yang saya terima pada hari Kamis, 5 Februari 2026.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Grati, 6 Februari 2026

Tabik,
{f['name']}

--
{f['name']}
Supervisor Gudang | CV Sumber Makmur Logistik
Jl. Raya Grati KM 4, Pasuruan
HP/WA 0812-3025-7719
"Tepat waktu, tepat jumlah"
Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada
penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon
hapus email ini dan beri tahu pengirim.
"""
    add("email_plain/h12.eml", "email_plain",
        plain_eml("Rahmat Fauzi <rahmat.fauzi@example.org>", "Fri, 06 Feb 2026 19:02:45 +0700",
                  "Keluhan sikap petugas penerimaan berkas", "h8-12-r4hm4@example.org", body),
        f, "sekretariat", "staff conduct while filing a pension file (sekretariat); long company signature with disclaimer")

    # h13 discipline, closing without name, kinerja
    f = dict(name="Andri Setiawan, A.Md.",
             address="Dusun Pandean RT 02 RW 05, Desa Kalisat, Kecamatan Rembang, Kabupaten Pasuruan",
             service_description="Pada tanggal 12 Januari 2026 saya menerima surat keputusan hukuman disiplin berupa penundaan kenaikan gaji berkala selama satu tahun karena dianggap tidak masuk kerja, padahal ketidakhadiran tersebut karena saya dirawat inap dan surat keterangan sakit dari rumah sakit sudah saya serahkan. Saya juga tidak pernah dipanggil untuk pemeriksaan sebelum keputusan itu dijatuhkan.",
             loss="Kenaikan gaji berkala saya tertunda sehingga penghasilan saya berkurang, dan catatan hukuman disiplin ini menghalangi usulan kenaikan pangkat saya tahun ini.",
             requested_resolution="Saya memohon agar keputusan hukuman disiplin tersebut ditinjau ulang dengan memeriksa surat keterangan rawat inap yang saya lampirkan, dan agar saya diberi kesempatan didengar keterangannya.",
             place="Rembang", date="2026-01-26", signed=False, email="andri.setiawan@example.com",
             phone="081331457820")
    body = f"""Yth. Kepala Badan Kepegawaian dan Pengembangan SDM
Kabupaten Pasuruan

Identitas pengadu
- Nama             : {f['name']}
- Alamat domisili  : {f['address']}
- Telp.            : 081331457820

Uraian:
{f['service_description']}

Akibat yang saya alami:
{f['loss']}

Yang saya mohonkan:
{f['requested_resolution']}

Rembang, 26 Januari 2026

Demikian, terima kasih atas perhatiannya.
"""
    add("email_plain/h13.eml", "email_plain",
        plain_eml("Andri Setiawan <andri.setiawan@example.com>", "Mon, 26 Jan 2026 08:31:19 +0700",
                  "Keberatan atas hukuman disiplin", "h8-13-d1sp1@example.com", body),
        f, "kinerja", "discipline; labelled; ends with a thank-you but no name (unsigned)")

    # h14 resignation, request before loss, complete, pengadaan; dd-mm-yyyy date
    f = dict(name="Nanda Puspita Sari",
             address="Dusun Kedungrejo RT 05 RW 02, Desa Kurung, Kecamatan Kejayan, Kabupaten Pasuruan",
             service_description='Pada bulan Desember 2025 saya mengajukan permohonan berhenti atas permintaan sendiri sebagai PNS karena harus ikut suami yang pindah tugas ke Kalimantan. Sudah empat bulan berlalu dan keputusan pemberhentian belum juga terbit; saya hanya diberi tahu bahwa berkasnya "masih di meja".',
             requested_resolution="Saya memohon keputusan pemberhentian saya diproses dan diterbitkan bulan ini juga.",
             loss="Selama menunggu, saya harus bolak-balik Balikpapan–Pasuruan dengan biaya tiket sekitar Rp 3.000.000 setiap kali dipanggil melengkapi berkas, dan saya belum bisa menerima tawaran kerja di Balikpapan karena status kepegawaian saya belum selesai.",
             place="Kejayan", date="2026-04-10", signed=True, email="nanda.puspita@example.com",
             phone="085785014422")
    body = f"""Yth. Bapak/Ibu petugas pengaduan BKPSDM,

Saya {f['name']}, beralamat di {f['address']}, nomor telepon 085785014422.

{f['service_description']}

{f['requested_resolution']}

{f['loss']}

Kejayan, 10-04-2026
Salam hormat,
{f['name']}
"""
    add("email_plain/h14.eml", "email_plain",
        plain_eml("Nanda Puspita Sari <nanda.puspita@example.com>", "Fri, 10 Apr 2026 16:44:00 +0700",
                  "Permohonan berhenti atas permintaan sendiri tidak diproses", "h8-14-b3rh3@example.com", body),
        f, "pengadaan", "complete prose; request before loss; numeric date dd-mm-yyyy")

    # h15 English, sent from abroad (-0400), no place/date line, kompetensi
    f = dict(name="Gilang Ramadhan Putra",
             address="Jl. Wijaya Kusuma No. 8, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
             service_description="The extension of my study assignment was submitted through my office in November 2025, before the original decree expired in January 2026. The extension decree has still not been issued, and emails to the competency development division have gone unanswered for three months.",
             loss="As a result my scholarship sponsor has suspended my monthly living allowance since February, and I have had to borrow money from relatives to pay rent.",
             requested_resolution="I kindly ask BKPSDM to issue the extension decree as soon as possible and send a scanned copy to this email address.",
             place=None, date="2026-03-10", signed=True, email="gilang.rp@example.edu",
             phone="081934082261")
    body = f"""Dear Sir/Madam,

My name is {f['name']}, a civil servant at Bappeda Kabupaten Pasuruan, currently on a government study assignment (tugas belajar) for a master's degree at a university in Ohio, USA. My home address is {f['address']}.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Sincerely,
{f['name']}
WhatsApp (Indonesia): +62 819-3408-2261
"""
    add("email_plain/h15.eml", "email_plain",
        plain_eml("Gilang Ramadhan Putra <gilang.rp@example.edu>", "Tue, 10 Mar 2026 21:30:00 -0400",
                  "Complaint: study assignment extension decree not issued", "h8-15-tb3lj@example.edu", body),
        f, "kompetensi", "all English; no place/date line; Date header -0400 (UTC date would be 11 Mar)")

    # h16 no address, no loss; mutasi (UPKP)
    f = dict(name="Heru Susanto", address=None,
             service_description="Saya mengikuti ujian penyesuaian kenaikan pangkat (UPKP) dari golongan II/d ke III/a pada bulan November 2025 di BKPSDM. Sampai sekarang hasil ujian belum diumumkan, baik di papan pengumuman maupun di website, padahal menurut panitia hasilnya keluar paling lambat Desember.",
             loss=None,
             requested_resolution="Mohon hasil UPKP segera diumumkan dan nilai saya bisa saya lihat.",
             place="Lekok", date="2026-02-03", signed=True, email="heru.susanto@example.net",
             phone="083830015562")
    body = f"""Selamat sore,
saya {f['name']}, pelaksana di Kecamatan Lekok.

{f['service_description']}

{f['requested_resolution']}

Lekok, 3 Februari 2026

Salam,
{f['name']}
HP 0838 3001 5562
"""
    add("email_plain/h16.eml", "email_plain",
        plain_eml("Heru Susanto <heru.susanto@example.net>", "Tue, 03 Feb 2026 16:10:27 +0700",
                  "Hasil UPKP belum diumumkan", "h8-16-upkp9@example.net", body),
        f, "mutasi", "no address (only workplace), no loss")

    # h17 WhatsApp style, no address, no place; Date header early morning +0700
    f = dict(name="Ilham Maulana", address=None,
             service_description="kemarin sy ajukan cuti alasan penting krn bapak sy meninggal di Makassar, tp atasan bilang harus nunggu persetujuan bkpsdm dulu dan sampai 5 hari gak ada jawaban. akhirnya sy berangkat aja, skrg sy malah dianggap mangkir 4 hari",
             loss="akibatnya TPP bulan ini dipotong hampir separo dan sy dipanggil buat pemeriksaan disiplin",
             requested_resolution="mohon bkpsdm bantu klarifikasi ke kantor sy kalau cuti sy sdh diajukan tepat waktu, dan kedepannya cuti alasan penting bisa diproses cepat",
             place=None, date="2026-03-02", signed=True, email="ilham.maulana@example.com")
    body = f"""assalamualaikum pak/bu

sy mau lapor, {f['service_description']}
{f['loss']}
{f['requested_resolution']}
Regards,
{f['name']}
staf Puskesmas Nguling
"""
    add("email_plain/h17.eml", "email_plain",
        plain_eml("ilham maulana <ilham.maulana@example.com>", "Mon, 02 Mar 2026 05:10:00 +0700",
                  "cuti alasan penting", "h8-17-cut1a@example.com", body),
        f, "kinerja", "WhatsApp style, no punctuation; no address/place; Date header 05:10 +0700 (UTC would be 1 Mar)")

    # h18 numbered letter, complete, sekretariat (information channels)
    f = dict(name="Wiwik Sulistyowati",
             address="Dsn. Sumbersari RT 02 RW 06 Ds. Winongan Lor Kec. Winongan",
             service_description="Sejak awal Februari 2026 nomor WhatsApp layanan informasi BKPSDM yang tercantum di website tidak pernah membalas pesan, telepon kantor tidak diangkat, dan halaman website untuk mengunduh formulir menampilkan pesan galat. Saya sudah mencoba menghubungi lebih dari sepuluh kali dalam tiga minggu.",
             loss="Karena tidak mendapat informasi persyaratan, saya terpaksa datang langsung ke Bangil dua kali dan kehilangan dua hari kerja sebagai buruh harian, kurang lebih Rp 240.000.",
             requested_resolution="Mohon kanal layanan informasi tersebut segera diperbaiki dan ada petugas yang benar-benar memantau WhatsApp pada jam kerja.",
             place="Winongan", date="2026-03-09", signed=True, email="wiwik.sulis@example.net",
             phone="081999201347")
    body = f"""Nomor    : 01/PGD/III/2026
Lampiran : -
Perihal  : Layanan informasi BKPSDM tidak responsif

Yth. Kepala BKPSDM Kab. Pasuruan

Dengan hormat,
Saya, {f['name']} (HP 081999201347), alamat {f['address']}, mengadukan hal berikut:

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Winongan, 9 Maret 2026

Salam hormat saya,
{f['name']}
"""
    add("email_plain/h18.eml", "email_plain",
        plain_eml("Wiwik Sulistyowati <wiwik.sulis@example.net>", "Mon, 09 Mar 2026 14:02:33 +0700",
                  "Layanan informasi tidak responsif", "h8-18-w1w1k@example.net", body),
        f, "sekretariat", "numbered formal letter with Perihal; complete; information channels (general)")


# ---------------------------------------------------------------- email_mime
def qp(s, charset):
    return quopri.encodestring(s.encode(charset)).decode("ascii")


def b64(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def mime_items():
    # h19 HTML only, utf-8 QP, RFC 2047 B name and subject; complete, pengadaan
    f = dict(name="Ni Luh Ayu Saraswati",
             address="Dusun Wonomerto RT 01 RW 02, Desa Wonokitri, Kecamatan Tosari, Kabupaten Pasuruan",
             service_description="Saya sudah bekerja sebagai tenaga administrasi honorer di Puskesmas Tosari sejak 2017, namun nama saya tidak tercantum dalam hasil pendataan tenaga non-ASN sehingga saya tidak bisa mendaftar seleksi PPPK paruh waktu 2026. Petugas di BKPSDM mengatakan data saya tidak pernah diusulkan, padahal instansi saya menyatakan sudah mengirimkannya.",
             loss="Saya kehilangan kesempatan diangkat menjadi PPPK paruh waktu bersama rekan-rekan seangkatan, padahal saya sudah mengabdi hampir sembilan tahun dengan honor di bawah upah minimum.",
             requested_resolution="Mohon BKPSDM menelusuri usulan data non-ASN dari Puskesmas Tosari dan memasukkan nama saya dalam pendataan susulan bila memang terjadi kelalaian.",
             place="Tosari", date="2026-01-20", signed=True, email="saraswati.ayu@example.com",
             phone="085336197402")
    h = f"""<html><head><meta charset="utf-8"><style>p{{margin:0 0 10px}}</style></head><body>
<div style="font-family:Arial">
<p>Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,</p>
<p>Dengan hormat, saya yang bertanda tangan di bawah ini:</p>
<p><b>Nama pelapor</b>&nbsp;: {f['name']}<br>
<b>Alamat tinggal</b>&nbsp;: {f['address']}<br>
<b>No. HP</b>&nbsp;: 0853&#8209;3619&#8209;7402</p>
<p>{f['service_description']}</p>
<p><i>Kerugian:</i> {f['loss']}</p>
<p><i>Permohonan:</i> {f['requested_resolution']}</p>
<p>Tosari, 20 Januari 2026</p>
<p>Salam,<br><br>{f['name']}</p>
</div></body></html>"""
    # the phone uses non-breaking hyphens: digits check still holds
    frm = f"{Header(f['name'], 'utf-8').encode()} <saraswati.ayu@example.com>"
    subj = Header("Pengaduan pendataan non-ASN — nama tidak tercantum", "utf-8").encode()
    raw = headers(frm, "Tue, 20 Jan 2026 20:15:09 +0700", subj, "h8-19-n0nasn@example.com",
                  ['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"])
    raw = (raw + "\n" + qp(h, "utf-8")).encode("ascii")
    add("email_mime/h19.eml", "email_mime", raw, f, "pengadaan",
        "HTML only, utf-8 quoted-printable, RFC 2047 B name and subject, labels in <b>; complete")

    # h20 multipart/alternative iso-8859-1 QP, Q subject; no request; kompetensi
    f = dict(name="Bagus Adi Nugroho",
             address="Jl. Dr. Wahidin No. 9, Desa Sungiwetan, Kecamatan Pohjentrek",
             service_description="Saya sudah ditetapkan sebagai peserta Pelatihan Kepemimpinan Administrator angkatan II tahun 2026 dan telah menyelesaikan ± ¼ dari agenda pembelajaran jarak jauh, namun tiba-tiba nama saya dicoret dari daftar peserta tanpa pemberitahuan resmi, dan kursi saya diberikan kepada pegawai lain.",
             loss="Saya telah mengambil cuti tahunan dan membatalkan rencana keluarga untuk mengikuti agenda klasikal, serta mengeluarkan biaya sendiri untuk perlengkapan pelatihan.",
             requested_resolution=None,
             place="Pohjentrek", date="2026-02-24", signed=True, email="bagus.adi@example.org")
    txt = f"""Yth. Kepala BKPSDM,

Saya {f['name']}, beralamat di {f['address']}, ingin menyampaikan pengaduan.

{f['service_description']}

{f['loss']}

Demikian yang dapat saya sampaikan.

Pohjentrek, 24 Februari 2026

Wassalam,
{f['name']}
"""
    hh = "<html><body>" + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")) + "</body></html>"
    bd = "----=_Part_8820_1136.1771900000000"
    subj = "=?iso-8859-1?Q?Nama_dicoret_dari_peserta_PKA_setelah_=BC_agenda_berjalan?="
    raw = headers("Bagus Adi Nugroho <bagus.adi@example.org>", "Tue, 24 Feb 2026 09:40:12 +0700", subj,
                  "h8-20-pk4dm@example.org", [f'Content-Type: multipart/alternative; boundary="{bd}"'])
    raw += f"""
--{bd}
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

{qp(txt, 'iso-8859-1')}
--{bd}
Content-Type: text/html; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

{qp(hh, 'iso-8859-1')}
--{bd}--
"""
    add("email_mime/h20.eml", "email_mime", raw.encode("ascii"), f, "kompetensi",
        "multipart/alternative iso-8859-1 QP (± ¼), Q-encoded subject; no requested resolution")

    # h21 text/plain windows-1252 base64, curly quotes, em dash; complete; mutasi
    f = dict(name="Maria Goretti Wulansari, S.E.",
             address="Perum Beji Permai Blok H-3, Desa Gununggangsir, Kecamatan Beji",
             service_description="Pada 2 Maret 2026 saya menerima SK mutasi dari Kecamatan Beji ke Kecamatan Tosari tanpa pernah ditanya atau diberi tahu sebelumnya — yang oleh atasan disebut “penyegaran” — padahal saya sedang hamil tujuh bulan dan surat keterangan dokter kandungan sudah saya sampaikan ke atasan bulan Januari.",
             loss="Perjalanan ke Tosari memakan waktu lebih dari dua jam sekali jalan melewati jalan pegunungan, sehingga kesehatan kandungan saya terancam dan saya harus mengeluarkan biaya kos di Tosari sekitar Rp 800.000 per bulan.",
             requested_resolution="Saya mohon SK mutasi tersebut ditinjau kembali dan penempatan saya dipertimbangkan di unit kerja yang lebih dekat, setidaknya sampai masa cuti melahirkan selesai.",
             place="Beji", date="2026-03-05", signed=True, email="maria.wulansari@example.com",
             phone="081553210988")
    txt = f"""Kepada Yth.
Bapak Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya, {f['name']}, pegawai Kecamatan Beji, alamat {f['address']}, HP 0815-5321-0988, menyampaikan pengaduan berikut…

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Beji, 5 Maret 2026

Terima kasih atas perhatiannya.

Salam hormat,
{f['name']}
"""
    raw = headers("\"Wulansari, Maria Goretti\" <maria.wulansari@example.com>", "Thu, 05 Mar 2026 08:12:55 +0700",
                  "Pengaduan SK mutasi ke Tosari", "h8-21-OUTLOOK.m0t4s1@example.com",
                  ["X-Mailer: Microsoft Outlook 16.0", 'Content-Type: text/plain; charset="windows-1252"',
                   "Content-Transfer-Encoding: base64"])
    raw = (raw + "\n" + b64(txt.replace("\n", "\r\n").encode("cp1252")) + "\n").encode("ascii")
    add("email_mime/h21.eml", "email_mime", raw, f, "mutasi",
        "text/plain windows-1252 base64, curly quotes, em dash, ellipsis; display name 'Last, First'; complete")

    # h22 HTML only base64, identity in a table; complete; kinerja
    f = dict(name="Rizky Amalia Putri",
             address="Jl. Cempaka No. 27 RT 06 RW 03, Desa Pucangsari, Kecamatan Purwodadi, Kabupaten Pasuruan",
             service_description="Nilai kinerja tahunan 2025 saya diinput dengan predikat \u201cbutuh perbaikan\u201d oleh pejabat penilai yang baru bertugas dua bulan di unit saya, tanpa dialog kinerja sama sekali. Keberatan yang saya ajukan secara tertulis pada 8 Januari 2026 tidak pernah ditanggapi.",
             loss="Akibat predikat tersebut, perjanjian kerja PPPK saya hanya diperpanjang satu tahun, padahal rekan-rekan dengan predikat baik diperpanjang lima tahun.",
             requested_resolution="Mohon keberatan saya atas penilaian kinerja tersebut diproses oleh tim penilai kinerja dan predikat saya ditinjau berdasarkan bukti capaian yang saya lampirkan.",
             place="Purwodadi", date="2026-02-11", signed=True, email="rizky.amalia@example.net",
             phone="082233914460")
    h = f"""<!DOCTYPE html><html><body style="font-family:Calibri">
<p>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan</p>
<table border="0" cellpadding="2">
<tr><td>Nama Pengadu</td><td>:</td><td>{f['name']}</td></tr>
<tr><td>Alamat Lengkap</td><td>:</td><td>{f['address']}</td></tr>
<tr><td>Telp</td><td>:</td><td>0822-3391-4460</td></tr>
</table>
<p>{html.escape(f['service_description'])}</p>
<p>{f['loss']}</p>
<p>{f['requested_resolution']}</p>
<p>Purwodadi, 11 Februari 2026<br>Hormat kami,<br><br><strong>{f['name']}</strong></p>
</body></html>"""
    raw = headers("Rizky Amalia Putri <rizky.amalia@example.net>", "Wed, 11 Feb 2026 10:27:38 +0700",
                  "Keberatan penilaian kinerja PPPK", "h8-22-k1n3r@example.net",
                  ['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"])
    raw = (raw + "\n" + b64(h.encode("utf-8")) + "\n").encode("ascii")
    add("email_mime/h22.eml", "email_mime", raw, f, "kinerja",
        "HTML only, base64, identity in an HTML table; complete")

    # h23 multipart/alternative utf-8 base64, Q-encoded name; no address, unsigned; sekretariat (fee)
    f = dict(name="Suhartono", address=None,
             service_description="Ketika mengambil SK pensiun di loket BKPSDM pada 10 Maret 2026, saya diminta membayar Rp 100.000 oleh petugas dengan alasan \"uang map dan materai\", tanpa kuitansi. Beberapa pensiunan lain yang antre bersama saya juga dimintai uang yang sama.",
             loss="Uang Rp 100.000 itu cukup berat bagi saya sebagai pensiunan guru yang belum menerima pensiun pertama.",
             requested_resolution="Saya minta praktik pungutan tersebut dihentikan, petugasnya diperiksa, dan uang yang sudah ditarik dikembalikan kepada para pensiunan.",
             place="Lumbang", date="2026-03-16", signed=False, email="suhartono.pens@example.com")
    txt = f"""Assalamu'alaikum,

Saya, {f['name']}, pensiunan guru SD.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Lumbang, 16 Maret 2026

Terima kasih.
"""
    hh = "<div dir=\"ltr\">" + "".join(f"<div>{html.escape(p)}</div><div><br></div>" for p in txt.strip().split("\n\n")) + "</div>"
    bd = "000000000000a1b2c3d4e5f60718"
    raw = headers("=?UTF-8?Q?Pak_Suhartono_=28pensiunan=29?= <suhartono.pens@example.com>",
                  "Mon, 16 Mar 2026 11:03:20 +0700",
                  "=?UTF-8?Q?Pungutan_=E2=80=9Cuang_map=E2=80=9D_di_loket?=", "h8-23-pungl1@example.com",
                  [f'Content-Type: multipart/alternative; boundary="{bd}"'])
    raw += f"""
--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(txt.encode('utf-8'))}
--{bd}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(hh.encode('utf-8'))}
--{bd}--
"""
    add("email_mime/h23.eml", "email_mime", raw.encode("ascii"), f, "sekretariat",
        "multipart/alternative utf-8 base64, Q-encoded name and subject; illegal fee at pension pickup; no address; closing without name")


# ---------------------------------------------------------------- email_pdf
def make_pdf(lines, sig=None, name=""):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Microsoft Word"); pdf.set_producer("fpdf2")
    pdf.set_compression(True)
    pdf.add_page(); pdf.set_margins(25, 20, 25); pdf.set_y(20)
    for kind, t in lines:
        if kind == "b":
            pdf.set_font("Times", "B", 12); pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(4)
        else:
            pdf.set_font("Times", "", 12); pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    x0, y0 = 125, pdf.get_y()
    if sig == "strokes":
        pdf.set_draw_color(20, 30, 110); pdf.set_line_width(0.6)
        pts = [(x0, y0 + 14), (x0 + 5, y0 + 3), (x0 + 9, y0 + 15), (x0 + 14, y0 + 4), (x0 + 18, y0 + 12),
               (x0 + 26, y0 + 6), (x0 + 33, y0 + 13), (x0 + 40, y0 + 8)]
        for a, b in zip(pts, pts[1:]):
            pdf.line(a[0], a[1], b[0], b[1])
        pdf.line(x0 + 2, y0 + 16, x0 + 42, y0 + 11)
    elif sig == "png":
        im = Image.new("RGB", (360, 120), "white")
        d = ImageDraw.Draw(im)
        d.line([(10, 90), (40, 20), (70, 95), (95, 30), (130, 80), (170, 40), (210, 85), (260, 35), (330, 70)],
               fill=(15, 20, 90), width=5)
        d.line([(30, 100), (320, 92)], fill=(15, 20, 90), width=3)
        buf = io.BytesIO(); im.save(buf, format="PNG"); buf.seek(0)
        pdf.image(buf, x=x0, y=y0, w=45)
    pdf.set_y(y0 + 20); pdf.set_x(x0); pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, name)
    return bytes(pdf.output())


def pdf_eml(frm, date, subject, mid, note, pdfname, pdfbytes):
    bd = "=_hb8_" + mid.split("@")[0]
    raw = headers(frm, date, subject, mid, [f'Content-Type: multipart/mixed; boundary="{bd}"'])
    raw += f"""
--{bd}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{note}
--{bd}
Content-Type: application/pdf; name="{pdfname}"
Content-Disposition: attachment; filename="{pdfname}"
Content-Transfer-Encoding: base64

{b64(pdfbytes)}
--{bd}--
"""
    return raw.encode("utf-8")


def pdf_items():
    # h24 strokes signature, complete, mutasi
    f = dict(name="Dra. Endah Pratiwi",
             address="Jl. Sultan Agung No. 33 RT 01 RW 04, Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan",
             service_description="Usulan kenaikan pangkat saya sebagai guru ahli madya dari golongan IV/a ke IV/b periode Oktober 2025 dikembalikan dengan alasan angka kredit tidak sesuai, padahal penetapan angka kredit telah disahkan oleh pejabat yang berwenang. Pengembalian itu baru diberitahukan kepada saya tiga bulan kemudian sehingga usulan tidak dapat diperbaiki pada periode yang sama.",
             loss="Kenaikan pangkat saya mundur satu periode dan saya kehilangan selisih gaji kurang lebih Rp 310.000 setiap bulan selama enam bulan.",
             requested_resolution="Saya mohon usulan kenaikan pangkat saya diproses kembali dengan TMT 1 Oktober 2025 dan pengembalian berkas di kemudian hari diberitahukan paling lambat satu minggu.",
             place="Gempol", date="2026-01-14", signed=True, email="endah.pratiwi@example.org",
             phone="081249330276")
    lines = [("t", "Gempol, 14 Januari 2026"), ("gap", ""),
             ("t", "Hal : Pengaduan pengembalian usulan kenaikan pangkat"), ("gap", ""),
             ("t", "Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil"), ("gap", ""),
             ("t", "Dengan hormat,\nYang bertanda tangan di bawah ini:"),
             ("t", f"Nama Lengkap     : {f['name']}"),
             ("t", f"Alamat Domisili  : {f['address']}"),
             ("t", "Telepon/WA       : 0812-4933-0276"), ("gap", ""),
             ("t", f['service_description']), ("gap", ""),
             ("t", f['loss']), ("gap", ""),
             ("t", f['requested_resolution']), ("gap", ""),
             ("t", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."), ("gap", ""),
             ("t", " " * 60 + "Pengadu,")]
    pb = make_pdf(lines, "strokes", f["name"])
    chk = "\n".join(t for k, t in lines) + "\n" + f["name"]
    add("email_pdf/h24.eml", "email_pdf",
        pdf_eml("Endah Pratiwi <endah.pratiwi@example.org>", "Wed, 14 Jan 2026 14:22:07 +0700",
                "Surat pengaduan kenaikan pangkat", "h8-24-kp4ng@example.org",
                "Selamat siang,\nterlampir surat pengaduan saya. Mohon ditindaklanjuti.\n\nEndah",
                "pengaduan_kenaikan_pangkat.pdf", pb),
        f, "mutasi", "PDF letter, vector-stroke signature above printed name; complete", check_text=chk)

    # h25 PNG signature, no loss, pengadaan (pension SK name misspelt)
    f = dict(name="Sumarsih",
             address="Dusun Ngembal RT 04 RW 01, Desa Ngembal, Kecamatan Tutur, Kabupaten Pasuruan",
             service_description="SK pensiun yang saya terima pada bulan Februari 2026 mencantumkan nama saya sebagai SUMARSIH (dengan tanggal lahir 1 Juli 1968), padahal tanggal lahir saya menurut akta kelahiran dan KTP adalah 17 Juli 1968. Kesalahan ini sudah saya sampaikan secara lisan kepada petugas loket pensiun tetapi belum ada perbaikan.",
             loss=None,
             requested_resolution="Mohon SK pensiun saya diperbaiki pada bagian tanggal lahir sesuai akta kelahiran dan salinan perbaikannya dikirim ke alamat rumah saya.",
             place="Tutur", date="2026-03-23", signed=True, email="sumarsih.tutur@example.com",
             phone="085646021187", nik="3514120717680004")
    lines = [("b", "SURAT PENGADUAN"), ("gap", ""),
             ("t", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", ""),
             ("t", f"Saya yang bertanda tangan di bawah ini, {f['name']}, NIK 3514120717680004, bertempat tinggal di {f['address']}, nomor HP 085646021187, dengan ini menyampaikan pengaduan sebagai berikut."),
             ("gap", ""), ("t", f['service_description']), ("gap", ""),
             ("t", f['requested_resolution']), ("gap", ""),
             ("t", "Tutur, 23 Maret 2026"), ("t", " " * 60 + "Hormat saya,")]
    pb = make_pdf(lines, "png", f["name"])
    chk = "\n".join(t for k, t in lines) + "\n" + f["name"]
    add("email_pdf/h25.eml", "email_pdf",
        pdf_eml("Sumarsih <sumarsih.tutur@example.com>", "Mon, 23 Mar 2026 10:05:40 +0700",
                "Perbaikan SK pensiun", "h8-25-p3ns1@example.com",
                "Kulo kirimaken surat pengaduan wonten lampiran.\nMatur nuwun.",
                "Surat Pengaduan SK Pensiun.pdf", pb),
        f, "pengadaan", "PDF letter, PNG signature; no loss (date-of-birth error on pension SK, no harm described)", check_text=chk)

    # h26 typed name only (unsigned), kompetensi
    f = dict(name="Yudha Pratama Wicaksono, S.Kom.",
             address="Jl. Raya Sukorejo No. 140, Desa Sukorejo, Kecamatan Sukorejo, Kabupaten Pasuruan",
             service_description="Saya telah mendaftar uji kompetensi kenaikan jenjang jabatan fungsional pranata komputer ke jenjang ahli muda melalui BKPSDM sejak Agustus 2025 dan semua persyaratan dinyatakan lengkap. Namun hingga Maret 2026 saya belum pernah dijadwalkan, sedangkan pendaftar setelah saya sudah mengikuti uji kompetensi.",
             loss="Angka kredit saya sudah melebihi batas kebutuhan jenjang, sehingga setiap bulan penundaan membuat angka kredit saya terbuang dan tunjangan jenjang ahli muda tidak dapat saya terima.",
             requested_resolution="Saya memohon agar saya dijadwalkan pada pelaksanaan uji kompetensi terdekat dan diberi penjelasan mengenai urutan penjadwalan peserta.",
             place="Sukorejo", date="2026-03-12", signed=False, email="yudha.wicaksono@example.net",
             phone="085790446318")
    lines = [("t", "Perihal : Penjadwalan Uji Kompetensi JF Pranata Komputer"), ("gap", ""),
             ("t", "Yth. Kepala Bidang Pengembangan Kompetensi\nBKPSDM Kabupaten Pasuruan"), ("gap", ""),
             ("t", "Dengan hormat,"),
             ("t", f"Nama        : {f['name']}"),
             ("t", f"Alamat      : {f['address']}"),
             ("t", "No. HP      : 0857 9044 6318"), ("gap", ""),
             ("b", "Permasalahan"), ("t", f['service_description']), ("gap", ""),
             ("b", "Kerugian"), ("t", f['loss']), ("gap", ""),
             ("b", "Penyelesaian yang diharapkan"), ("t", f['requested_resolution']), ("gap", ""),
             ("t", "Sukorejo, 12 Maret 2026")]
    pb = make_pdf(lines, None, f["name"])
    chk = "\n".join(t for k, t in lines) + "\n" + f["name"]
    add("email_pdf/h26.eml", "email_pdf",
        pdf_eml("Yudha Pratama W. <yudha.wicaksono@example.net>", "Thu, 12 Mar 2026 20:48:16 +0700",
                "Pengaduan uji kompetensi", "h8-26-uk0m@example.net",
                "Dengan hormat,\nBersama ini saya lampirkan surat pengaduan terkait uji kompetensi.\n\nTerima kasih,\nYudha",
                "aduan-ukom.pdf", pb),
        f, "kompetensi", "PDF letter with typed name only (no signature) although the cover note closes with a name", check_text=chk)


# ---------------------------------------------------------------- auto_reply
def auto_items():
    raw = headers("Drs. Sugeng Haryono <sugeng.haryono@example.org>", "Wed, 18 Mar 2026 07:00:03 +0700",
                  "Balasan otomatis: Pengaduan kenaikan pangkat", "h8-27-ooo@example.org",
                  ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <tiket-PGD-2026-0117@pasuruankab.go.id>",
                   'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"])
    raw += """
Terima kasih atas email Anda.

Saya sedang menjalankan cuti tahunan mulai 18 s.d. 27 Maret 2026 dan akses
email terbatas. Untuk urusan kenaikan pangkat dan mutasi silakan menghubungi
staf kami di nomor 0343-000000 pada jam kerja.

Salam,
Sugeng Haryono
"""
    add("auto_reply/h27.eml", "auto_reply", raw.encode("utf-8"), auto=True,
        note="out-of-office (Auto-Submitted: auto-replied), Indonesian, mentions cuti/pangkat")

    bd = "9B1C2D3E.1773900000/mail.example.net"
    raw = headers("Mail Delivery Subsystem <postmaster@mail.example.net>", "Thu, 19 Mar 2026 13:12:40 +0700",
                  "Delivery Status Notification (Failure)", "h8-28-dsn@mail.example.net",
                  [f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bd}"'])
    raw += f"""
--{bd}
Content-Type: text/plain; charset=us-ascii

Pesan Anda tidak dapat dikirim ke alamat berikut:

    fajar.nugraha@example.net

Alasan: kotak surat penuh (mailbox full). Server tujuan menolak pesan
setelah 3 hari percobaan.

--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; fajar.nugraha@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--{bd}
Content-Type: text/rfc822-headers

From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
To: fajar.nugraha@example.net
Subject: Permintaan kelengkapan pengaduan PGD-2026-0129
Date: Mon, 16 Mar 2026 09:00:00 +0700

--{bd}--
"""
    add("auto_reply/h28.eml", "auto_reply", raw.encode("ascii"), auto=True,
        note="DSN bounce (multipart/report, postmaster sender, mailbox full)")

    bd = "nl-8f2e4a-2026"
    text = """BULETIN ASN JAWA TIMUR - Edisi Maret 2026

* Jadwal pengusulan kenaikan pangkat periode April 2026
* Tips menyusun SKP dan menghindari hukuman disiplin
* Beasiswa tugas belajar dan izin belajar tahun 2026
* Info pensiun: cara cek status di aplikasi

Anda menerima buletin ini karena terdaftar di milis Buletin ASN.
Berhenti berlangganan: https://news.example.com/unsubscribe?u=pengaduan
"""
    raw = headers("Buletin ASN <buletin@news.example.com>", "Sun, 01 Mar 2026 06:00:00 +0700",
                  "Buletin ASN Maret 2026: kenaikan pangkat, SKP, tugas belajar", "h8-29-nl@news.example.com",
                  ["List-Id: Buletin ASN <buletin-asn.news.example.com>",
                   "List-Unsubscribe: <https://news.example.com/unsubscribe?u=pengaduan>",
                   "Precedence: bulk", f'Content-Type: multipart/alternative; boundary="{bd}"'])
    hh = "<html><body><h2>BULETIN ASN JAWA TIMUR</h2>" + "".join(
        f"<p>{html.escape(l)}</p>" for l in text.splitlines() if l) + "</body></html>"
    raw += f"""
--{bd}
Content-Type: text/plain; charset=utf-8

{text}
--{bd}
Content-Type: text/html; charset=utf-8

{hh}
--{bd}--
"""
    add("auto_reply/h29.eml", "auto_reply", raw.encode("utf-8"), auto=True,
        note="newsletter (List-Id, List-Unsubscribe, Precedence: bulk)")


# ---------------------------------------------------------------- hostile
def hostile_items():
    rnd = random.Random(8)
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rnd.getrandbits(8) for _ in range(3000))
    add("hostile/h30.pdf", "hostile_error", data, expect_exit=3,
        note="PDF header followed by random garbage (no objects, no xref, no trailer)")

    d = docx.Document()
    for i in range(30):
        d.add_paragraph(f"Paragraf {i + 1}: pengaduan tentang pelayanan kepegawaian yang terlambat.")
    buf = io.BytesIO(); d.save(buf)
    full = buf.getvalue()
    # rebuild deterministically (fixed zip timestamps), then cut
    zin = zipfile.ZipFile(io.BytesIO(full))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for n in sorted(zin.namelist()):
            data_n = zin.read(n)
            if n == "docProps/core.xml":
                data_n = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2026-01-01T00:00:00Z<", data_n)
            zo.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), data_n)
    whole = out.getvalue()
    add("hostile/h31.docx", "hostile_error", whole[: len(whole) * 2 // 5], expect_exit=3,
        note="DOCX (zip) truncated to 40% of its bytes: no central directory")

    # h32 odd but readable: no MIME-Version, unknown charset label, bare LF/CRLF mix,
    # very long folded subject, upper-case From address; complete letter, kinerja (CLTN)
    f = dict(name="Hadi Purnomo",
             address="Jl. Mangga No. 4 RT 03 RW 02, Kelurahan Kersikan, Kecamatan Bangil",
             service_description="Permohonan cuti di luar tanggungan negara selama dua tahun untuk mendampingi istri yang bertugas di luar negeri sudah saya ajukan sejak 3 November 2025 lengkap dengan rekomendasi kepala dinas, tetapi sampai sekarang belum ada keputusan dan berkas saya tidak dapat ditemukan oleh petugas.",
             loss="Istri saya sudah berangkat sejak Januari sehingga anak-anak kami yang masih kecil terpisah dari ibunya, dan saya terpaksa membayar pengasuh Rp 1.200.000 per bulan.",
             requested_resolution="Saya mohon permohonan cuti di luar tanggungan negara saya ditelusuri dan diputuskan paling lambat akhir Maret 2026.",
             place="Bangil", date="2026-03-04", signed=True, email="hadi.purnomo@example.net",
             phone="081334508812")
    body = f"""Yth. BKPSDM Kab. Pasuruan,

Saya {f['name']}, alamat {f['address']}, telp 0813-3450-8812.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Bangil, 4 Maret 2026

Hormat kami,
{f['name']}
"""
    subj = "Pengaduan " + " ".join(["permohonan cuti di luar tanggungan negara belum diputuskan"] * 6)
    hdr = (f"Date: Wed, 04 Mar 2026 18:20:00 +0700\nFrom: HADI PURNOMO <HADI.PURNOMO@EXAMPLE.NET>\n"
           f"To: {TO}\nSubject: {subj}\nSubject: duplikat\nMessage-ID: <h8-32-cltn@EXAMPLE.NET>\n"
           "Content-Type: text/plain; charset=\"x-unknown-8bit\"\nContent-Transfer-Encoding: 8bit\n"
           "X-Garbage-Header: \x7f\x7f\n")
    raw = hdr.encode("utf-8") + b"\n" + body.replace("\n\n", "\r\n\r\n").encode("utf-8") + b"\x00\n"
    add("hostile/h32.eml", "hostile_ok", raw, f, "kinerja",
        "odd but readable: no MIME-Version, unknown charset label, duplicate Subject, mixed LF/CRLF, trailing NUL, upper-case From address; complete letter",
        check_text=raw.decode("utf-8", "replace"))


def main():
    for sub in ["email_plain", "email_mime", "email_pdf", "auto_reply", "hostile"]:
        d = OUT / sub
        if d.exists():
            shutil.rmtree(d)
    plain_items(); mime_items(); pdf_items(); auto_items(); hostile_items()
    assert len(ITEMS) == 32, len(ITEMS)
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in ITEMS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = {}
    for r in ITEMS:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    scored = [r for r in ITEMS if r["fields"]]
    print(cats, "complete", sum(r["complete"] for r in scored), "of", len(scored))


if __name__ == "__main__":
    main()
