#!/usr/bin/env python3
"""Build held-out set 9 for `pengaduan extract` (written blind).

Run:  /work/main/.venv/bin/python make_heldout9.py
Writes the item files under email_plain/, email_mime/, email_pdf/,
auto_reply/, hostile/ and truth.jsonl next to this script.
Deterministic: the same files on every run.
"""
from __future__ import annotations

import base64
import json
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
RNG = random.Random(20269)
TRUTH: list[dict] = []

REQ = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]


# ------------------------------------------------------------------ helpers
def tz(h):
    return timezone(timedelta(hours=h))


def mid(domain):
    s = "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))
    return f"<{s}@{domain}>"


def wrap(text, width=72):
    """Wrap every paragraph of text (blank-line separated) at width."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) == 1 and len(para) > width:
            out.append(textwrap.fill(para, width, break_on_hyphens=False, break_long_words=False))
        else:
            out.append(para)
    return "\n\n".join(out)


def cs(name, body):
    c = Charset(name)
    c.body_encoding = body
    return c


def finish(msg, *, frm, subject, date: datetime, to=AGENCY, extra=None, received=True, enc_subject=None):
    domain = frm.split("@")[-1].rstrip(">")
    msg["Date"] = format_datetime(date)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = enc_subject or subject
    msg["Message-ID"] = mid(domain)
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    raw = msg.as_bytes()
    if received:
        ip = f"198.51.100.{RNG.randint(2, 250)}"
        rid = "".join(RNG.choice("0123456789ABCDEF") for _ in range(10))
        rec = (f"Received: from mail.{domain} (mail.{domain} [{ip}])\n"
               f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {rid}\n"
               f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {format_datetime(date)}\n")
        raw = rec.encode() + raw
    return raw


def write(rel, data: bytes):
    p = HERE / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)


def complaint(rel, category, fields, division, note, *, expect_exit=0):
    f = {k: fields.get(k) for k in REQ + ["email", "phone", "nik"]}
    f["signed"] = bool(fields.get("signed"))
    missing = [k for k in REQ if (k == "signed" and not f[k]) or (k != "signed" and f[k] is None)]
    TRUTH.append({"file": rel, "category": category, "expect_exit": expect_exit, "fields": f,
                  "missing": missing, "complete": not missing, "auto_reply": False,
                  "division": division, "ocr": False, "note": note})


def unscored(rel, category, note, *, auto_reply=False, expect_exit=0):
    TRUTH.append({"file": rel, "category": category, "expect_exit": expect_exit, "fields": None,
                  "missing": None, "complete": None, "auto_reply": auto_reply, "division": None,
                  "ocr": False, "note": note})


def plain(text, charset="utf-8", body=None):
    return MIMEText(text, "plain", cs(charset, body))


# ------------------------------------------------------------------ PDF
def squiggle(pdf, x, y):
    """A handwritten-looking signature drawn as vector strokes."""
    pdf.set_draw_color(25, 30, 110)
    pdf.set_line_width(0.45)
    pts = []
    for i in range(40):
        t = i / 39
        pts.append((x + 45 * t + 3 * RNG.random(), y + 6 * (0.5 - RNG.random()) + 4 * ((i % 6) / 6)))
    pdf.polyline(pts)
    pdf.bezier([(x + 5, y + 8), (x + 20, y - 6), (x + 30, y + 14), (x + 50, y + 2)])
    pdf.set_draw_color(0, 0, 0)


class Letter:
    def __init__(self):
        self.pdf = FPDF(format="A4")
        self.pdf.set_margins(25, 22, 22)
        self.pdf.set_auto_page_break(True, 20)
        self.pdf.add_page()
        self.pdf.set_font("Helvetica", size=11)
        self.pdf.set_creator("Microsoft Word")
        self.pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))

    def p(self, text, h=5.6, align="L", gap=2.5):
        self.pdf.multi_cell(0, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(gap)

    def right(self, text):
        self.pdf.cell(0, 6, text, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(3)

    def label(self, pairs, w=32):
        for k, v in pairs:
            self.pdf.cell(w, 5.6, k)
            self.pdf.cell(4, 5.6, ":")
            self.pdf.multi_cell(0, 5.6, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(2.5)

    def bold(self, text):
        self.pdf.set_font("Helvetica", "B", 11)
        self.pdf.multi_cell(0, 5.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_font("Helvetica", size=11)
        self.pdf.ln(1)

    def sign(self, closing, name, extra=(), signed=True, x=115):
        self.pdf.set_x(x)
        self.pdf.cell(0, 5.6, closing, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = self.pdf.get_y()
        if signed:
            squiggle(self.pdf, x + 2, y + 5)
        self.pdf.set_y(y + 20)
        for line in (name, *extra):
            self.pdf.set_x(x)
            self.pdf.cell(0, 5.6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bytes(self):
        return bytes(self.pdf.output())


def with_pdf(cover_text, pdf_bytes, filename):
    m = MIMEMultipart("mixed")
    m.attach(plain(cover_text))
    a = MIMEApplication(pdf_bytes, "pdf")
    a.add_header("Content-Disposition", "attachment", filename=filename)
    a.set_param("name", filename)
    m.attach(a)
    return m


# =================================================================== email_plain
def p01():
    sd = ("SK pensiun yang saya terima pada tanggal 2 Oktober 2026 mencantumkan masa kerja golongan 28 tahun "
          "4 bulan, padahal berdasarkan SK CPNS dan riwayat kepangkatan saya masa kerja yang benar adalah 32 "
          "tahun 4 bulan. Masa kerja saya sebagai guru honorer yang telah diakui dalam SK peninjauan masa kerja "
          "tahun 1994 tidak ikut dihitung.")
    loss = ("Akibat kesalahan tersebut, besaran pensiun pokok yang saya terima dari PT Taspen lebih rendah kurang "
            "lebih Rp 380.000 setiap bulan dibandingkan yang seharusnya, dan kerugian ini akan terus berlangsung "
            "seumur hidup apabila tidak segera dibetulkan.")
    req = ("Berkenaan dengan hal tersebut, saya mohon kiranya Bapak berkenan memerintahkan peninjauan kembali masa "
           "kerja dalam SK pensiun saya dan menerbitkan SK pensiun perbaikan, sehingga hak pensiun saya dapat "
           "dibayarkan sesuai ketentuan beserta kekurangannya.")
    addr = "Jl. Kartini No. 23 RT 02 RW 05, Kelurahan Kersikan, Kecamatan Bangil, Kabupaten Pasuruan"
    body = f"""Hal : Keberatan atas SK Pensiun

Kepada Yth.
Bapak Kepala Badan Kepegawaian dan
Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan
di
   B A N G I L

Assalamu'alaikum Wr. Wb.

Yang bertanda tangan di bawah ini :

Nama                  : Drs. H. Abdul Mukti, M.Si.
NIP                   : 19620814 198503 1 007
Pangkat/Gol. terakhir : Pembina Tingkat I, IV/b
Jabatan terakhir      : Kepala SMPN 2 Gempol (purna tugas)
Alamat                : {addr}
No. Telp/HP           : 0813-3012-4477

dengan ini mengajukan keberatan atas Surat Keputusan pensiun saya, dengan uraian sebagai berikut.

{sd}

{loss}

{req}

Sebagai bahan pertimbangan, bersama ini saya lampirkan fotokopi SK CPNS, SK peninjauan masa kerja, dan SK pensiun.

Demikian permohonan ini saya sampaikan, atas perkenan Bapak saya haturkan terima kasih.

Wassalamu'alaikum Wr. Wb.

                                   Bangil, 19 Oktober 2026
                                   Pemohon,


                                   Drs. H. Abdul Mukti, M.Si.
                                   NIP. 19620814 198503 1 007
"""
    write("email_plain/h01.eml", finish(plain(body), frm="Abdul Mukti <abdul.mukti52@example.com>",
                                       subject="Keberatan atas SK Pensiun",
                                       date=datetime(2026, 10, 19, 9, 12, 40, tzinfo=tz(7))))
    complaint("email_plain/h01.eml", "email_plain", dict(
        name="Drs. H. Abdul Mukti, M.Si.", address=addr, service_description=sd, loss=loss,
        requested_resolution=req, place="Bangil", date="2026-10-19", signed=True,
        email="abdul.mukti52@example.com", phone="081330124477", nik=None), "pengadaan",
        "very formal retiree letter, Assalamu'alaikum, NIP (not NIK), place/date + 'Pemohon,' block at the end")


def p02():
    sd = ("teman2 satu angkatan sy sudah terima SK pengangkatan PPPK dan perjanjian kerja sejak bulan agustus, "
          "tp punya sy sampai skrg blm keluar. kata operator sekolah nama sy ada di daftar tp NI PPPK sy blm "
          "terbit di SIASN. sdh 3x sy tanya ke loket jawabannya cuma disuruh sabar")
    loss = ("akibatnya sy blm terima gaji sama sekali dari agustus sampai oktober ini, padahal sy sudah ngajar "
            "full tiap hari. utk biaya transport aja sy sampe pinjem ke saudara")
    req = ("tolong dong min dicek kenapa punya sy blm keluar, dan kalau ada berkas yg kurang mohon dikabari biar "
           "sy bisa segera lengkapi")
    addr = "Dsn. Krajan RT 02 RW 01 Ds. Bulusari Kec. Gempol"
    body = f"""selamat malam min, mohon maaf ganggu malam2

sy Rina Oktaviani, guru PPPK formasi 2025 penempatan di SDN Bulusari 2. alamat rumah sy di {addr}. no wa 0856 4912 3380

jadi gini min, {sd}

{loss}

{req}

makasih banyak min \U0001F64F
Rina Oktaviani

Dikirim dari Yahoo Mail di Android
"""
    write("email_plain/h02.eml", finish(plain(body), frm="Rina Oktaviani <rinaokta.pppk@example.com>",
                                       subject="tanya SK PPPK kok blm keluar ya",
                                       date=datetime(2026, 10, 31, 21, 5, 44, tzinfo=tz(7))))
    complaint("email_plain/h02.eml", "email_plain", dict(
        name="Rina Oktaviani", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place=None, date="2026-10-31", signed=True, email="rinaokta.pppk@example.com", phone="085649123380"),
        "pengadaan", "chat-style lowercase mail with abbreviations and emoji; no place/date line (date from header)")


def p03():
    addr = "Dusun Krajan RT 01 RW 03 Desa Sumberrejo Kecamatan Pandaan"
    sd = ("Pada hari Kamis tanggal 29 Oktober 2026 saya ngeterke tiga orang warga kami, pensiunan guru yang sudah "
          "sepuh-sepuh, ke kantor BKPSDM di Raci untuk ngurus berkas. Kami sampun datang jam 09.30, tapi loket "
          "pelayanan tutup, ndak ada petugas satu pun sampai jam 11.00, padahal di papan tertulis jam layanan "
          "08.00 - 15.00. Ruang tunggunya juga panas sekali, kipasnya mati, dan mbah-mbah itu ndak disediakan "
          "tempat duduk yang cukup.")
    loss = ("Warga kami yang sudah umur 70 tahun lebih sampai kelelahan dan salah satunya hampir pingsan. Kami "
            "juga rugi ongkos sewa mobil Rp 350.000 karena harus bolak-balik lagi hari Senin.")
    req = ("Kami nyuwun tulung supaya jam layanan loket ditepati, ada petugas piket yang selalu jaga, dan ruang "
           "tunggu diperbaiki, paling tidak kipas dan kursinya, karena yang datang banyak yang sudah sepuh.")
    body = f"""Kepada Yth.
Bapak/Ibu Pimpinan BKPSDM Kab. Pasuruan

Assalamualaikum wr. wb.

Nuwun sewu, saya Slamet Riyadi, Kepala Dusun Krajan Desa Sumberrejo. Saya tinggal di {addr}, nomer HP 0822-3345-1290.

{sd}

{loss}

{req}

Sekian dan matur nuwun sanget atas perhatiannya.

Pandaan, 4 Nopember 2026

Hormat kulo,
Slamet Riyadi
Kasun Krajan
"""
    write("email_plain/h03.eml", finish(plain(wrap(body, 76)), frm="Slamet Riyadi <kasun.krajan@example.org>",
                                       subject="Loket tutup jam layanan",
                                       date=datetime(2026, 11, 4, 13, 20, 5, tzinfo=tz(7))))
    complaint("email_plain/h03.eml", "email_plain", dict(
        name="Slamet Riyadi", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Pandaan", date="2026-11-04", signed=True, email="kasun.krajan@example.org",
        phone="082233451290"), "sekretariat",
        "village official, Javanese-flavoured Indonesian, counter closed + waiting room (facilities); 'Nopember' spelling; wrapped at 76")


def p04():
    addr = "Jl. Mawar Gg. III No. 7 RT 04 RW 02, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    req = ("agar SK pensiun janda atas nama Ibu Sumiati segera diterbitkan, atau setidaknya kami diberi penjelasan "
           "tertulis apa saja kekurangan berkasnya dan ke mana harus melengkapinya.")
    sd = ("Permasalahannya, berkas usul pensiun janda sudah kami serahkan lengkap ke loket BKPSDM pada tanggal "
          "14 Juli 2026 dan kami diberi tanda terima. Pada bulan September kami menanyakan ke loket, petugas "
          "mengatakan berkas tidak ditemukan di sistem dan meminta kami menunggu. Sampai hari ini belum ada kabar "
          "sama sekali.")
    loss = ("Akibatnya sejak bulan Juli 2026 ibu saya tidak menerima uang pensiun apa pun dari Taspen, padahal itu "
            "satu-satunya penghasilan beliau untuk biaya hidup dan obat darah tinggi setiap bulan.")
    body = f"""Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
Bidang Pengadaan, Pemberhentian dan Informasi

Perihal: Permohonan percepatan SK pensiun janda

Dengan hormat,

Saya Muhammad Faisal, anak kandung dari almarhum Bapak Sukirno, pensiunan guru SDN Pogar 1 yang wafat pada tanggal 3 Juni 2026. Saya menulis surat ini mewakili ibu saya, Ibu Sumiati, yang sudah berusia 68 tahun dan tidak bisa menggunakan email.

Alamat kami: {addr}
HP/WA: +62 857-3311-2046

Yang kami mohon: {req}

{sd}

{loss}

Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

Bangil, 12 Oktober 2026

Hormat saya,
Muhammad Faisal
(atas nama Ibu Sumiati)
"""
    write("email_plain/h04.eml", finish(plain(body), frm="Muhammad Faisal <m.faisal.bgl@example.net>",
                                       subject="SK pensiun janda ibu saya belum terbit",
                                       date=datetime(2026, 10, 12, 20, 31, 12, tzinfo=tz(7))))
    complaint("email_plain/h04.eml", "email_plain", dict(
        name="Muhammad Faisal", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-10-12", signed=True, email="m.faisal.bgl@example.net", phone="085733112046"),
        "pengadaan", "son writing for his widowed mother (widow pension); request stated before the problem and the loss; +62 phone")


def p05():
    addr = "Perumahan Sukorejo Indah Blok B2 No. 14, Desa Sukorejo, Kec. Sukorejo, Kab. Pasuruan"
    sd = ("Usulan kenaikan pangkat saya dari Penata Muda Tk. I (III/b) ke Penata (III/c) periode Oktober 2026 "
          "dikembalikan (BTS) di SIASN dengan alasan PAK belum dikonversi. Padahal konversi angka kredit sudah saya "
          "lakukan dan sudah divalidasi oleh tim penilai pada bulan Juni 2026. Saya sudah mengunggah ulang dokumen "
          "tersebut dua kali, namun status usulan tetap dikembalikan tanpa catatan yang jelas.")
    loss = ("Kenaikan pangkat saya tertunda minimal enam bulan ke periode April 2027, sehingga saya kehilangan "
            "kenaikan gaji pokok dan tunjangan profesi selama masa itu.")
    req = ("Saya berharap BKPSDM memeriksa kembali usulan saya, menghubungi saya apabila memang ada dokumen yang "
           "kurang, dan tetap memproses kenaikan pangkat saya pada periode Oktober 2026.")
    body = f"""Sukorejo, 02-11-2026

Kpd. Yth. Tim Pengaduan
BKPSDM Kabupaten Pasuruan

IDENTITAS PELAPOR
Nama Lengkap  : Endah Sulistyowati, S.Pd.SD.
NIP           : 19850317 201001 2 021
Unit Kerja    : SDN Sukorejo 4, Korwil Pendidikan Kec. Sukorejo
Alamat Rumah  : {addr}
Nomor WA      : 0812 3400 5561

POKOK ADUAN
{sd}

DAMPAK YANG SAYA RASAKAN
{loss}

HARAPAN SAYA
{req}

Terima kasih atas perhatiannya.

Salam hormat,
Endah Sulistyowati, S.Pd.SD.
"""
    write("email_plain/h05.eml", finish(plain(body), frm="Endah Sulistyowati <endah.sulis@example.com>",
                                       subject="Usulan KP dikembalikan terus (BTS)",
                                       date=datetime(2026, 11, 2, 10, 3, 55, tzinfo=tz(7))))
    complaint("email_plain/h05.eml", "email_plain", dict(
        name="Endah Sulistyowati, S.Pd.SD.", address=addr, service_description=sd, loss=loss,
        requested_resolution=req, place="Sukorejo", date="2026-11-02", signed=True,
        email="endah.sulis@example.com", phone="081234005561"), "mutasi",
        "teacher; upper-case section labels with unusual wording (POKOK ADUAN / DAMPAK / HARAPAN); date as 02-11-2026 at top")


def p06():
    sd = ("Dalam SK mutasi tertanggal 20 November 2026, saya ditempatkan sebagai Pengadministrasi Umum pada "
          "Kecamatan Tosari, padahal sejak tahun 2023 saya sudah menduduki jabatan fungsional Analis Kebijakan Ahli "
          "Pertama berdasarkan SK pengangkatan dalam jabatan fungsional dan hasil uji kompetensi. Saya tidak pernah "
          "mengajukan pindah jabatan maupun dimintai persetujuan.")
    req = ("Mohon SK mutasi tersebut ditinjau kembali dan jabatan fungsional saya dikembalikan sesuai SK "
           "pengangkatan yang sah.")
    body = f"""Yth. Kepala BKPSDM Kab. Pasuruan

Dengan hormat,
Saya, Hariyanto, S.Sos., NIP 19780605 200501 1 012, staf pada Kantor Kecamatan Lumbang, No. HP 0853-3621-7784, menyampaikan pengaduan sebagai berikut.

{sd}

{req}

Lumbang, 9 Desember 2026

Hormat saya,
Hariyanto, S.Sos.
"""
    write("email_plain/h06.eml", finish(plain(wrap(body, 72)), frm="Hariyanto <hariyanto.lumbang@example.org>",
                                       subject="Keberatan SK mutasi",
                                       date=datetime(2026, 12, 9, 8, 15, 0, tzinfo=tz(7))))
    complaint("email_plain/h06.eml", "email_plain", dict(
        name="Hariyanto, S.Sos.", address=None, service_description=sd, loss=None, requested_resolution=req,
        place="Lumbang", date="2026-12-09", signed=True, email="hariyanto.lumbang@example.org",
        phone="085336217784"), "mutasi",
        "short letter, wrapped at 72; no home address (only workplace), no loss")


def p07():
    sd = ("Saya ingin melaporkan salah satu ASN di kantor kami di salah satu UPT Puskesmas wilayah Kecamatan Rembang "
          "yang dalam setahun terakhir hampir tidak pernah masuk kerja, hanya datang untuk absen sidik jari pagi "
          "lalu pulang. Hal ini sudah kami laporkan lewat kotak saran BKPSDM dan lewat pesan ke admin pada bulan "
          "Juni, tetapi tidak ada tindakan sama sekali dan yang bersangkutan tetap menerima TPP penuh.")
    loss = ("Kami pegawai lain yang masuk setiap hari merasa diperlakukan tidak adil, karena pekerjaan yang "
            "bersangkutan dilimpahkan ke kami tanpa tambahan apa pun dan semangat kerja teman-teman jadi menurun.")
    req = ("Kami mohon BKPSDM melakukan pemeriksaan disiplin terhadap yang bersangkutan sesuai PP 94 Tahun 2021 dan "
           "memeriksa ulang data kehadirannya.")
    body = f"""Kepada Yth. BKPSDM Kabupaten Pasuruan

Mohon maaf saya tidak mencantumkan identitas demi keamanan saya.

{sd}

{loss}

{req}

Wassalam.
"""
    # Date header in +0000 (webmail set to UTC): the letter date is the date as written, 31 Oct
    write("email_plain/h07.eml", finish(plain(body), frm="pegawai.jujur@example.com",
                                       subject="Laporan oknum ASN jarang masuk kerja",
                                       date=datetime(2026, 10, 31, 19, 40, 0, tzinfo=tz(0))))
    complaint("email_plain/h07.eml", "email_plain", dict(
        name=None, address=None, service_description=sd, loss=loss, requested_resolution=req, place=None,
        date="2026-10-31", signed=False, email="pegawai.jujur@example.com"), "kinerja",
        "anonymous discipline report (no name, closing 'Wassalam.'); Date header in +0000 — date as the sender wrote it (31 Oct), not converted to WIB (1 Nov)")


def p08():
    sd = ("Bersama ini saya laporkan bahwa dalam pengurusan kenaikan pangkat periode Oktober 2026, ada oknum yang "
          "mengaku pegawai BKPSDM menghubungi beberapa guru di wilayah kami lewat WhatsApp dan meminta \"uang "
          "percepatan\" sebesar Rp 1.500.000 per orang agar SK kenaikan pangkat cepat keluar. Guru yang tidak "
          "membayar diancam berkasnya akan dikembalikan.")
    loss = ("Saya dan tiga rekan saya sudah terlanjur mentransfer uang tersebut ke rekening pribadi atas nama oknum "
            "itu, total Rp 6.000.000, dan sampai sekarang SK kami belum juga terbit.")
    req = ("Saya mohon BKPSDM menindak tegas oknum tersebut, menelusuri apakah benar ia pegawai BKPSDM, dan "
           "mengumumkan secara terbuka bahwa pengurusan kenaikan pangkat tidak dipungut biaya.")
    body = f"""Perihal: Permintaan uang dalam pengurusan kenaikan pangkat

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di tempat

Dengan hormat,

{sd}

{loss}

{req}

Saya tidak berani menyebutkan nama karena takut dipersulit di kemudian hari.

Grati, 17 November 2026

Hormat saya,
Seorang guru di Kecamatan Grati
"""
    write("email_plain/h08.eml", finish(plain(body), frm="guru.grati.2026@example.com",
                                       subject="Pungli kenaikan pangkat",
                                       date=datetime(2026, 11, 17, 6, 2, 31, tzinfo=tz(7))))
    complaint("email_plain/h08.eml", "email_plain", dict(
        name=None, address=None, service_description=sd, loss=loss, requested_resolution=req, place="Grati",
        date="2026-11-17", signed=False, email="guru.grati.2026@example.com"), "sekretariat",
        "anonymous illegal-fee report about kenaikan pangkat (pungli -> sekretariat); has place/date; closing followed by a description, not a name")


def p09():
    sd = ("Saya peserta Pelatihan Kepemimpinan Pengawas (PKP) angkatan II tahun 2026 yang diselenggarakan BKPSDM "
          "bekerja sama dengan BPSDM Provinsi. Saya sudah mengikuti seluruh rangkaian pelatihan dan dinyatakan lulus "
          "pada seminar aktualisasi tanggal 28 Agustus 2026, tetapi sertifikat (STTPP) saya tidak ikut terbit "
          "bersama peserta lain karena nama saya disebut tidak terdaftar di sistem.")
    loss = ("Tanpa STTPP tersebut saya tidak bisa memenuhi syarat kompetensi jabatan pengawas, sehingga pelantikan "
            "saya sebagai Kepala Subbagian yang dijadwalkan bulan Oktober ditunda tanpa batas waktu.")
    req = ("Mohon BKPSDM segera berkoordinasi dengan BPSDM Provinsi agar nama saya didaftarkan dan STTPP saya "
           "diterbitkan, serta memberi saya surat keterangan lulus sementara untuk keperluan pelantikan.")
    addr = "Perum Pesona Prigen Blok F-3, Desa Ledug, Kecamatan Prigen"
    body = f"""Selamat sore,

Menindaklanjuti balasan di bawah, sampai hari ini masalah saya belum selesai, jadi saya sampaikan lagi secara lengkap.

{sd}

{loss}

{req}

Alamat saya: {addr}. HP 0877-0123-4590.

Salam,
Novi Andriani, S.E.

On Tue, Oct 20, 2026 at 10:02 AM Tim Pengaduan BKPSDM <pengaduan.bkpsdm@pasuruankab.go.id> wrote:
> Yth. Ibu Novi Andriani,
>
> Terima kasih atas pengaduan Ibu. Saat ini berkas Ibu sedang kami
> koordinasikan dengan bidang terkait dan akan kami kabari kembali.
>
> Bangil, 20 Oktober 2026
>
> Hormat kami,
> Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
    write("email_plain/h09.eml", finish(plain(body), frm="Novi Andriani <novi.andriani88@example.com>",
                                       subject="Re: Tanggapan Pengaduan PGD-2026-0375",
                                       date=datetime(2026, 11, 5, 16, 48, 2, tzinfo=tz(7)),
                                       extra={"In-Reply-To": "<q8f2k1zx0c3m5n7p9r1t@pasuruankab.go.id>"}))
    complaint("email_plain/h09.eml", "email_plain", dict(
        name="Novi Andriani, S.E.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place=None, date="2026-11-05", signed=True, email="novi.andriani88@example.com", phone="087701234590"),
        "kompetensi",
        "reply quoting the agency's earlier answer (the quoted part has 'Bangil, 20 Oktober 2026' — not the citizen's place/date); address after the request")


def p10():
    addr = "Dusun Kedungpring RT 05 RW 02, Desa Kedemungan, Kecamatan Kejayan, Kabupaten Pasuruan"
    sd = ("Menyampaikan bahwa permohonan pencantuman gelar Magister Pendidikan (M.Pd.) yang saya ajukan pada bulan "
          "Mei 2026 ditolak dengan alasan saya tidak memiliki izin belajar. Padahal izin belajar saya telah "
          "diterbitkan oleh BKPSDM dengan Nomor 800/1123/424.081/2023 dan salinannya sudah saya lampirkan dalam "
          "berkas.")
    loss = ("Karena penolakan tersebut, ijazah S2 saya tidak dapat digunakan untuk penyesuaian jabatan dan saya "
            "tertinggal dalam seleksi calon kepala sekolah yang mensyaratkan kualifikasi tersebut.")
    req = ("Saya mohon agar permohonan pencantuman gelar saya diperiksa ulang dengan mencocokkan nomor izin belajar "
           "di atas, dan keputusan pencantuman gelar diterbitkan.")
    body = f"""Yth. Admin Pengaduan BKPSDM,

Surat di bawah ini sebelumnya saya kirim ke Dinas Pendidikan, lalu saya diarahkan untuk menyampaikannya langsung ke BKPSDM. Mohon ditindaklanjuti. Terima kasih.

Agung

---------- Forwarded message ---------
From: Agung Prasetya <agung.prasetya.kejayan@example.net>
Date: Mon, 16 Nov 2026 at 19:20
Subject: Pengaduan penolakan pencantuman gelar
To: <disdik@example.go.id>


Kejayan, 16 November 2026

Hal: Pengaduan penolakan pencantuman gelar

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama     : Agung Prasetya, S.Pd.
NIP      : 19900228 201902 1 003
Jabatan  : Guru Ahli Pertama, SMPN 1 Kejayan
Alamat   : {addr}
HP       : 0813 5566 7120

{sd}

{loss}

{req}

Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih.

Hormat saya,
Agung Prasetya, S.Pd.
"""
    write("email_plain/h10.eml", finish(plain(wrap(body, 78)),
                                       frm="Agung Prasetya <agung.prasetya.kejayan@example.net>",
                                       subject="Fwd: Pengaduan penolakan pencantuman gelar",
                                       date=datetime(2026, 11, 24, 11, 37, 9, tzinfo=tz(7))))
    complaint("email_plain/h10.eml", "email_plain", dict(
        name="Agung Prasetya, S.Pd.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Kejayan", date="2026-11-16", signed=True, email="agung.prasetya.kejayan@example.net",
        phone="081355667120"), "kompetensi",
        "forwarded letter (first sent to Dinas Pendidikan) under a short cover note; letter date 16 Nov, mail sent 24 Nov")


def p11():
    addr = "Jl. Untung Suropati No. 41, Kelurahan Pekuncen, Kecamatan Panggungrejo, Kota Pasuruan"
    sd = ("nama saya tidak masuk dalam daftar usulan Satyalancana Karya Satya 20 tahun tahun 2026, padahal masa "
          "kerja saya sudah 21 tahun per Agustus 2026 dan tidak pernah kena hukuman disiplin. Admin kepegawaian "
          "puskesmas sudah mengirim berkas saya lewat aplikasi sejak Februari, but the status is still \"draft\" "
          "and nobody at BKPSDM can explain why.")
    req = ("please re-check my file and include my name in the additional proposal (usulan susulan) for this year, "
           "or give a written explanation if it really cannot be processed.")
    loss = ("saya kehilangan kesempatan menerima penghargaan tahun ini bersama angkatan saya, and honestly it feels "
            "like my 21 years of service are not appreciated.")
    body = f"""Dear Tim Pengaduan BKPSDM,

Sorry to bother, I want to submit a complaint regarding the Satyalancana Karya Satya proposal.

My data:
Name    : dr. Yuniar Prameswari
Address : {addr}
Mobile  : 0811-3377-0928

What happened: {sd}

What I ask: {req}

The impact for me: {loss}

Kraton, 13 November 2026

Best regards,
dr. Yuniar Prameswari
Puskesmas Kraton
NIP 19800512 200502 2 004
"""
    write("email_plain/h11.eml", finish(plain(body), frm="\"dr. Yuniar Prameswari\" <yuniar.prameswari@example.org>",
                                       subject="Complaint - Satyalancana Karya Satya XX tahun",
                                       date=datetime(2026, 11, 13, 14, 22, 17, tzinfo=tz(7))))
    complaint("email_plain/h11.eml", "email_plain", dict(
        name="dr. Yuniar Prameswari", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Kraton", date="2026-11-13", signed=True, email="yuniar.prameswari@example.org",
        phone="081133770928"), "kinerja",
        "English-mixed letter with English labels, request before impact; award (Satyalancana)")


def p12():
    addr = "DUSUN TEGAL RT 03 RW 01 DESA KEDUNGROTI KEC. WINONGAN KAB. PASURUAN"
    sd = ("NAMA SAYA DI DATA SIASN DITULIS \"SUTRISMO\" BUKAN \"SUTRISNO\" SEHINGGA TIDAK SAMA DENGAN KTP DAN SK "
          "PENSIUN. SAYA SUDAH LAPOR KE LOKET DUA KALI BULAN JUNI DAN AGUSTUS TAPI BELUM DIBETULKAN.")
    loss = ("KARENA NAMA TIDAK SAMA, PENGAMBILAN UANG PENSIUN SAYA DI KANTOR POS DITAHAN DULU SELAMA DUA BULAN "
            "SAMPAI ADA SURAT KETERANGAN, JADI SAYA TIDAK ADA PEMASUKAN.")
    req = ("MOHON NAMA SAYA DI SIASN SEGERA DIBETULKAN SESUAI KTP DAN SAYA DIBERI SURAT KETERANGAN BAHWA SUTRISMO "
           "DAN SUTRISNO ADALAH ORANG YANG SAMA.")
    body = f"""KEPADA YTH. BAPAK KEPALA BKPSDM KAB. PASURUAN

DENGAN HORMAT,

SAYA YANG BERTANDA TANGAN DIBAWAH INI
NAMA     : SUTRISNO
ALAMAT   : {addr}
NO HP    : 0857 0645 3321

PENSIUNAN PENJAGA SEKOLAH SDN KEDUNGROTI. {sd}

{loss}

{req}

WINONGAN, 23 SEPTEMBER 2026

DEMIKIAN TERIMA KASIH.
"""
    write("email_plain/h12.eml", finish(plain(body), frm="SUTRISNO <sutrisno.winongan@example.com>",
                                       subject="NAMA SALAH DI SIASN",
                                       date=datetime(2026, 9, 23, 7, 10, 44, tzinfo=tz(7))))
    complaint("email_plain/h12.eml", "email_plain", dict(
        name="SUTRISNO", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="WINONGAN", date="2026-09-23", signed=False, email="sutrisno.winongan@example.com",
        phone="085706453321"), "pengadaan",
        "ALL CAPS retiree letter; place/date line before the closing, closing 'DEMIKIAN TERIMA KASIH.' with no name after it -> unsigned")


def p13():
    addr = "Jl. Raya Masangan No. 88, Desa Masangan, Kecamatan Bangil"
    sd = ("Saya mengajukan cuti besar selama satu bulan untuk menjalankan ibadah umrah bersama orang tua, berkasnya "
          "sudah diajukan lewat rumah sakit sejak 2 Mei 2026, tiga bulan sebelum keberangkatan. Namun surat izin "
          "cuti besar dari BKPSDM tidak kunjung keluar, dan ketika saya tanyakan, petugas hanya mengatakan masih "
          "antre tanda tangan pimpinan.")
    loss = ("Karena izin cuti belum ada, pihak rumah sakit tidak mengizinkan saya berangkat sehingga jadwal umrah "
            "tanggal 20 Juli terpaksa saya batalkan. Uang muka sebesar Rp 8.500.000 ke biro perjalanan hangus dan "
            "ibu saya akhirnya berangkat sendiri.")
    body = f"""Assalamualaikum,

Kepada Bapak/Ibu petugas pengaduan BKPSDM.

Saya Siti Khotimah, A.Md.Kep., perawat di RSUD Bangil, tinggal di {addr}. No HP 0838 3090 1175.

{sd}

{loss}

Demikian pengaduan ini saya sampaikan dengan sebenarnya.

Bangil, 30 Juli 2026

Wassalamualaikum,
Siti Khotimah, A.Md.Kep.
"""
    write("email_plain/h13.eml", finish(plain(body, "utf-8", QP), frm="Siti Khotimah <siti.khotimah.rsud@example.com>",
                                       subject="Cuti besar umrah tidak keluar",
                                       date=datetime(2026, 7, 31, 5, 58, 20, tzinfo=tz(7))))
    complaint("email_plain/h13.eml", "email_plain", dict(
        name="Siti Khotimah, A.Md.Kep.", address=addr, service_description=sd, loss=loss,
        requested_resolution=None, place="Bangil", date="2026-07-30", signed=True,
        email="siti.khotimah.rsud@example.com", phone="083830901175"), "kinerja",
        "leave (cuti besar) complaint with no requested resolution; letter dated the day before the Date header")


# =================================================================== email_mime
def m01():
    addr = "Perum Pohjentrek Asri Blok C-12, Desa Pohjentrek, Kecamatan Pohjentrek"
    sd = ("SK kenaikan pangkat saya dari Penata (III/c) ke Penata Tingkat I (III/d) yang terbit pada bulan September "
          "2026 mencantumkan TMT 1 Oktober 2026, padahal usulan saya masuk periode April 2026 dan telah dinyatakan "
          "\u201cmemenuhi syarat\u201d di SIASN sejak bulan Maret 2026. Rekan saya dengan usulan yang sama memperoleh "
          "TMT 1 April 2026.")
    loss = ("Karena TMT bergeser enam bulan, saya kehilangan selisih gaji pokok (rapel) selama enam bulan sekitar "
            "Rp 900.000 dan masa kerja dalam pangkat saya untuk kenaikan pangkat berikutnya ikut mundur.")
    req = "Saya mohon SK kenaikan pangkat saya dibetulkan menjadi TMT 1 April 2026 dan rapel kekurangan gaji dapat dibayarkan."
    td = 'style="padding:1px 6px 1px 0;font-family:Calibri,sans-serif;font-size:11pt"'
    rows = "".join(f"<tr><td {td}>{k}</td><td {td}>:</td><td {td}>{v}</td></tr>" for k, v in [
        ("Nama", "Heru Santoso, S.T."), ("NIK", "3514101506840003"), ("NIP", "19840615 201001 1 009"),
        ("Unit Kerja", "Dinas PUPR Kabupaten Pasuruan"), ("Alamat", addr), ("HP", "0813-3190-4412")])
    p = '<p class="MsoNormal" style="margin:0 0 8pt 0">'
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang="EN-US"><div class="WordSection1">
{p}Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<o:p></o:p></p>
{p}Perihal: Pengaduan TMT SK kenaikan pangkat &#8211; III/d<o:p></o:p></p>
{p}Dengan hormat,<br>Saya yang bertanda tangan di bawah ini:<o:p></o:p></p>
<table border="0" cellspacing="0" cellpadding="0">{rows}</table>
{p}&nbsp;</p>
{p}menyampaikan pengaduan sebagai berikut:<o:p></o:p></p>
{p}<b>Permasalahan</b><br>{sd}<o:p></o:p></p>
{p}<b>Kerugian</b><br>{loss}<o:p></o:p></p>
{p}<b>Penyelesaian yang diminta</b><br>{req}<o:p></o:p></p>
{p}Demikian pengaduan saya, atas perhatiannya saya ucapkan terima kasih.<o:p></o:p></p>
{p}Pohjentrek, 14 Oktober 2026<o:p></o:p></p>
{p}Hormat saya,<br><br>Heru Santoso, S.T.<o:p></o:p></p>
</div></body></html>
"""
    msg = MIMEText(html, "html", cs("windows-1252", QP))
    write("email_mime/h14.eml", finish(msg, frm="Heru Santoso <heru.santoso.pupr@example.com>",
                                      subject="Pengaduan TMT SK kenaikan pangkat",
                                      date=datetime(2026, 10, 14, 15, 41, 3, tzinfo=tz(7)),
                                      extra={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtMa1xQ9vKs3b2aQeW"}))
    complaint("email_mime/h14.eml", "email_mime", dict(
        name="Heru Santoso, S.T.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Pohjentrek", date="2026-10-14", signed=True, email="heru.santoso.pupr@example.com",
        phone="081331904412", nik="3514101506840003"), "mutasi",
        "HTML-only Outlook mail, windows-1252 quoted-printable, identity in a table with both NIK and NIP, bold section heads, curly quotes")


def m02():
    addr = "Jl. Raya Purwodadi No. 214, Desa Purwodadi, Kecamatan Purwodadi, Kabupaten Pasuruan"
    sd = ("Pada tanggal 10 November 2026 saya menerima SK hukuman disiplin berupa penundaan kenaikan pangkat selama "
          "satu tahun dengan alasan tidak masuk kerja tanpa keterangan selama 11 hari pada bulan Agustus 2026. "
          "Padahal pada hari-hari tersebut saya sedang menjalankan tugas kedinasan mengikuti pendampingan sekolah "
          "penggerak di Surabaya berdasarkan surat tugas dari Dinas Pendidikan. Saya juga tidak pernah dipanggil "
          "untuk pemeriksaan maupun dibuatkan berita acara pemeriksaan sebelum SK tersebut terbit.")
    req = ("Bersama ini saya memohon agar SK hukuman disiplin tersebut ditinjau kembali dan dibatalkan, serta saya "
           "diberi kesempatan menyampaikan bukti surat tugas dalam pemeriksaan ulang.")
    name = "Dra. Hj. Nurul Hidayati, M.Pd."
    text = f"""Assalamu'alaikum warahmatullahi wabarakatuh,

Yth. Kepala BKPSDM Kabupaten Pasuruan,

Saya, {name}, Kepala SMPN 1 Purwodadi, beralamat di {addr} (HP 0812-3070-5518), dengan ini menyampaikan pengaduan.

{sd}

{req}

Purwodadi, 1 Desember 2026

Wassalamu'alaikum wr. wb.

Hormat saya,
{name}
"""
    html = "<div dir=\"ltr\">" + "".join(
        f"<div>{para.replace(chr(10), '<br>')}</div><div><br></div>" for para in text.strip().split("\n\n")) + "</div>"
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText(text, "plain", cs("utf-8", BASE64)))
    alt.attach(MIMEText(html, "html", cs("utf-8", BASE64)))
    frm = f"=?utf-8?q?Dra=2E_Hj=2E_Nurul_Hidayati=2C_M=2EPd=2E?= <nurul.hidayati@example.net>"
    subj = str(Header("Keberatan atas SK hukuman disiplin – mohon ditinjau", "utf-8").encode())
    write("email_mime/h15.eml", finish(alt, frm=frm, subject="", enc_subject=subj,
                                      date=datetime(2026, 12, 1, 10, 6, 45, tzinfo=tz(7))))
    complaint("email_mime/h15.eml", "email_mime", dict(
        name=name, address=addr, service_description=sd, loss=None, requested_resolution=req, place="Purwodadi",
        date="2026-12-01", signed=True, email="nurul.hidayati@example.net", phone="081230705518"), "kinerja",
        "multipart/alternative, both parts utf-8 base64; RFC 2047 Q-encoded sender with titles, B-encoded subject; discipline; no loss stated")


def m03():
    addr = "Dusun Ngadirejo RT 01 RW 06, Desa Andonosari, Kecamatan Tutur, Kabupaten Pasuruan"
    sd = ("Saya peserta seleksi PPPK Tenaga Teknis tahun 2026 formasi Pranata Komputer di Kabupaten Pasuruan. Pada "
          "pengumuman hasil akhir tanggal 28 Agustus 2026, saya dinyatakan tidak lulus padahal nilai CAT saya 412, "
          "tertinggi di formasi tersebut, sementara peserta yang dinyatakan lulus memiliki nilai \u00b140 poin di bawah "
          "saya. Sanggahan saya melalui SSCASN sudah dijawab otomatis tanpa penjelasan.")
    loss = ("Saya kehilangan kesempatan diangkat sebagai PPPK tahun ini setelah tujuh tahun menjadi tenaga honorer, "
            "dan saya sudah melepas pekerjaan sampingan untuk mempersiapkan seleksi ini.")
    req = ("Saya mohon panitia seleksi daerah membuka rincian nilai akhir formasi Pranata Komputer dan memberikan "
           "jawaban tertulis mengapa saya tidak dinyatakan lulus, serta memperbaiki hasilnya apabila terdapat "
           "kesalahan.")
    html = f"""<html><body style="font-family:Arial">
<p>Yth. Panitia Seleksi Daerah / BKPSDM Kabupaten Pasuruan</p>
<p>Dengan hormat,</p>
<p>Perkenalkan, saya <b>Yoga Pratama, S.Kom.</b> (NIK 3514081207950002), tinggal di {addr}, nomor HP 0896-7723-1045.</p>
<p>{sd}</p>
<p>{loss}</p>
<p>{req}</p>
<p>Atas perhatian Bapak/Ibu saya ucapkan terima kasih.</p>
<p>Tutur, 8 September 2026</p>
<table cellpadding="0" cellspacing="0" style="border-top:1px solid #999">
<tr><td>Hormat saya,</td></tr>
<tr><td><b>Yoga Pratama, S.Kom.</b></td></tr>
<tr><td><i>Tenaga Honorer Diskominfo Kab. Pasuruan</i></td></tr>
</table>
</body></html>
"""
    msg = MIMEText(html, "html", cs("iso-8859-1", QP))
    write("email_mime/h16.eml", finish(msg, frm="Yoga Pratama <yoga.pratama95@example.com>",
                                      subject="Sanggah hasil akhir seleksi PPPK Pranata Komputer",
                                      date=datetime(2026, 9, 8, 22, 50, 11, tzinfo=tz(7))))
    complaint("email_mime/h16.eml", "email_mime", dict(
        name="Yoga Pratama, S.Kom.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Tutur", date="2026-09-08", signed=True, email="yoga.pratama95@example.com", phone="089677231045",
        nik="3514081207950002"), "pengadaan",
        "HTML-only iso-8859-1 QP, prose with inline identity (NIK in brackets), signature in an HTML table")


def tiny_png():
    import struct
    import zlib

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([30, 80, 160] * 24) for _ in range(12))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 24, 12, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def m04():
    sd = ("Saya CPNS formasi tahun 2025 yang diangkat dengan TMT 1 Juli 2025. Sesuai ketentuan, Pelatihan Dasar "
          "(Latsar) CPNS wajib saya ikuti dalam tahun pertama, namun jadwal Latsar angkatan saya sudah tiga kali "
          "diundur oleh BKPSDM sejak Maret 2026 tanpa kepastian, dan terakhir nama saya tidak tercantum dalam daftar "
          "peserta angkatan XII.")
    loss = ("Tanpa sertifikat Latsar saya tidak dapat diusulkan menjadi PNS tepat waktu, sehingga saya masih "
            "menerima 80% gaji pokok dan belum bisa diangkat dalam jabatan fungsional.")
    req = ("Mohon saya segera dijadwalkan mengikuti Latsar angkatan terdekat dan diberi penjelasan tertulis mengapa "
           "nama saya tidak masuk daftar peserta.")
    html = f"""<html><body>
<table width="100%"><tr><td><img src="cid:logo-korpri" alt="logo" width="24" height="12"></td>
<td style="font-size:9pt;color:#666">Dikirim dari perangkat seluler</td></tr></table>
<div>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan</div>
<div>up. Bidang Pengembangan Kompetensi</div><br>
<div>Dengan hormat,</div>
<div>Saya <span style="font-weight:bold">Fajar Nugroho, S.H.</span>, CPNS Analis Hukum pada Bagian Hukum Setda Kabupaten Pasuruan, HP 0821-4455-9071, menyampaikan keluhan berikut.</div><br>
<div><u>Uraian</u></div><div>{sd}</div><br>
<div><u>Dampak</u></div><div>{loss}</div><br>
<div><u>Permohonan</u></div><div>{req}</div><br>
<div>Rembang, 21 Oktober 2026</div><br>
<div>Hormat saya,</div>
<div>Fajar Nugroho, S.H.</div>
<div>NIP 19970402 202507 1 002</div>
</body></html>
"""
    rel = MIMEMultipart("related")
    rel.attach(MIMEText(html, "html", cs("utf-8", QP)))
    img = MIMEImage(tiny_png(), "png")
    img.add_header("Content-ID", "<logo-korpri>")
    img.add_header("Content-Disposition", "inline", filename="logo.png")
    rel.attach(img)
    write("email_mime/h17.eml", finish(rel, frm="Fajar Nugroho <fajar.nugroho.sh@example.com>",
                                      subject="Jadwal Latsar CPNS diundur terus",
                                      date=datetime(2026, 10, 21, 12, 2, 38, tzinfo=tz(7))))
    complaint("email_mime/h17.eml", "email_mime", dict(
        name="Fajar Nugroho, S.H.", address=None, service_description=sd, loss=loss, requested_resolution=req,
        place="Rembang", date="2026-10-21", signed=True, email="fajar.nugroho.sh@example.com",
        phone="082144559071"), "kompetensi",
        "multipart/related: HTML (utf-8 QP) with an inline PNG, no text part; underlined headings; no address")


def m05():
    addr = "Dusun Wonosari RT 04 RW 01, Desa Wonojati, Kecamatan Gondangwetan"
    sd = ("TPP saya bulan Juni dan Juli 2026 dipotong 40% dengan keterangan \"tidak mengisi laporan kinerja "
          "harian\", padahal laporan harian di e-Kinerja sudah saya isi lengkap setiap hari dan sudah di-approve "
          "kepala sekolah. Waktu saya cek, data di aplikasi e-Kinerja saya lengkap tapi di rekap BKPSDM tertulis "
          "kosong, sepertinya datanya tidak tersinkron.")
    loss = ("Saya jadi rugi kurang lebih Rp 1.150.000 selama dua bulan itu, dan saya sampun isin karena dianggap "
            "malas oleh rekan-rekan.")
    req = ("Nyuwun tulung rekap kinerja saya bulan Juni dan Juli dicek ulang dan disinkronkan, lalu kekurangan TPP "
           "saya dibayarkan pada pembayaran bulan berikutnya.")
    text = f"""Sugeng siang Bapak/Ibu petugas BKPSDM,

Kulo Wiwik Sulastri, S.Pd., guru kelas di SDN Gondangwetan 1, NIP 19870909 201101 2 008. Alamat griya: {addr}. WA 0812-5200-3619.

Ngapunten, saya mau menyampaikan keluhan soal TPP. {sd}

{loss}

{req}

Gondangwetan, 19 Agustus 2026

Matur suwun,
Wiwik Sulastri, S.Pd.
"""
    msg = MIMEText(text, "plain", cs("utf-8", BASE64))
    subj = str(Header("TPP dipotong padahal e-Kinerja lengkap \U0001F622", "utf-8").encode())
    write("email_mime/h18.eml", finish(msg, frm="Wiwik Sulastri <wiwik.sulastri87@example.org>", subject="",
                                      enc_subject=subj, date=datetime(2026, 8, 19, 12, 31, 0, tzinfo=tz(7))))
    complaint("email_mime/h18.eml", "email_mime", dict(
        name="Wiwik Sulastri, S.Pd.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Gondangwetan", date="2026-08-19", signed=True, email="wiwik.sulastri87@example.org",
        phone="081252003619"), "kinerja",
        "text/plain utf-8 base64, emoji in B-encoded subject, Javanese-flavoured; TPP cut tied to e-Kinerja")


def m06():
    addr = "Perum Beji Permai Blok A-7, Desa Gununggangsir, Kecamatan Beji"
    sd = ("Pada tanggal 23 November 2026 saya datang ke kantor BKPSDM di Raci untuk mengurus legalisir SK pensiun. "
          "Saya menggunakan kursi roda, tetapi satu-satunya jalan masuk ke ruang pelayanan adalah tangga tanpa ramp "
          "dan tanpa pegangan. Petugas keamanan menyarankan saya menunggu di parkiran, dan berkas saya akhirnya "
          "diambil petugas ke luar setelah saya menunggu hampir dua jam di bawah terik matahari.")
    loss = ("Saya kepanasan dan kelelahan sampai tekanan darah saya naik, dan saya merasa direndahkan karena tidak "
            "bisa dilayani di dalam ruangan seperti warga lainnya.")
    req = ("Saya meminta BKPSDM menyediakan ramp dan jalur yang ramah bagi penyandang disabilitas serta lansia, dan "
           "selama belum tersedia, menyediakan loket atau petugas yang melayani di lantai dasar dengan tempat duduk "
           "yang teduh.")
    html = f"""<html><head><meta charset="utf-8"></head><body><div style="font-family:verdana;font-size:13px">
<div>Yth. Bapak/Ibu Pimpinan BKPSDM Kabupaten Pasuruan</div><div><br></div>
<div>Dengan hormat,</div>
<div>Nama saya Ir. Soedjono, pensiunan Dinas Pengairan, alamat {addr}, telepon rumah (0343) 656211.</div><div><br></div>
<div>{sd}</div><div><br></div>
<div>{loss}</div><div><br></div>
<div>{req}</div><div><br></div>
<div>Beji, 26 November 2026</div><div><br></div>
<div>Salam hormat,</div>
<div>Ir. Soedjono</div>
<div>Pensiunan Dinas Pengairan</div>
</div></body></html>
"""
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("Pesan ini dalam format HTML. Silakan gunakan aplikasi email yang mendukung HTML untuk "
                        "membacanya.\n", "plain", cs("us-ascii", None)))
    alt.attach(MIMEText(html, "html", cs("utf-8", QP)))
    write("email_mime/h19.eml", finish(alt, frm="Soedjono <soedjono.beji@example.net>",
                                      subject="Akses kursi roda di kantor BKPSDM",
                                      date=datetime(2026, 11, 26, 9, 14, 27, tzinfo=tz(7)),
                                      extra={"X-Mailer": "YahooMailWebService/0.8"}))
    complaint("email_mime/h19.eml", "email_mime", dict(
        name="Ir. Soedjono", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Beji", date="2026-11-26", signed=True, email="soedjono.beji@example.net", phone="0343656211"),
        "sekretariat",
        "multipart/alternative whose text part is only a 'use an HTML reader' placeholder; facilities (wheelchair access) -> sekretariat although the errand was a pension SK; landline phone")


def m07():
    addr = "Dusun Sumberanyar RT 02 RW 04, Desa Sanganom, Kecamatan Nguling, Kabupaten Pasuruan"
    sd = ("Melalui surat elektronik ini saya menyampaikan keluhan terkait permohonan pindah tugas (mutasi antar "
          "daerah) saya ke Kabupaten Sidoarjo mengikuti suami. Surat permohonan beserta surat persetujuan melepas "
          "dari kepala Puskesmas Nguling sudah saya serahkan pada bulan Mei 2026, dan Kabupaten Sidoarjo sudah "
          "menerbitkan surat persetujuan menerima sejak Agustus 2026. Namun surat persetujuan melepas dari Bupati "
          "yang diproses melalui BKPSDM sampai sekarang belum terbit, tanpa ada penjelasan.")
    loss = ("Selama menunggu, saya harus tinggal terpisah dari suami dan anak saya yang masih balita, serta "
            "menanggung biaya kos dan transport Nguling-Sidoarjo setiap akhir pekan sekitar Rp 1.200.000 per bulan.")
    req = ("Saya mohon proses surat persetujuan melepas saya segera diselesaikan, atau saya diberi tahu secara "
           "tertulis apabila ada syarat yang masih kurang.")
    text = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

{sd}

{loss}

{req}

Sebagai informasi, saya bertempat tinggal di {addr}, dan dapat dihubungi di nomor 0878-5120-6633.

Nguling, 7 Desember 2026

Hormat saya,
Lilis Suryani, S.Kep., Ns.
"""
    # format=flowed: soft line breaks as trailing spaces, QP in iso-8859-15
    flowed = []
    for para in text.split("\n"):
        if len(para) > 70:
            w = textwrap.wrap(para, 70, break_on_hyphens=False, break_long_words=False)
            flowed.extend([x + " " for x in w[:-1]] + [w[-1]])
        else:
            flowed.append(para)
    import quopri
    qp = quopri.encodestring("\n".join(flowed).encode("iso-8859-15")).decode("ascii")
    date = datetime(2026, 12, 7, 19, 3, 50, tzinfo=tz(7))
    raw = (f"Received: from mail.example.com (mail.example.com [203.0.113.57])\n"
           f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id 3C1A99F0E2\n"
           f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {format_datetime(date)}\n"
           f"Date: {format_datetime(date)}\n"
           f"From: Lilis Suryani <lilis.suryani.ngl@example.com>\n"
           f"To: {AGENCY}\n"
           f"Subject: Surat persetujuan melepas (mutasi antar daerah) belum terbit\n"
           f"Message-ID: {mid('example.com')}\n"
           f"User-Agent: Mozilla/5.0 Thunderbird/115.0\n"
           f"MIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=ISO-8859-15; format=flowed\n"
           f"Content-Transfer-Encoding: quoted-printable\n\n{qp}")
    write("email_mime/h20.eml", raw.encode("ascii"))
    complaint("email_mime/h20.eml", "email_mime", dict(
        name="Lilis Suryani, S.Kep., Ns.", address=addr, service_description=sd, loss=loss,
        requested_resolution=req, place="Nguling", date="2026-12-07", signed=True,
        email="lilis.suryani.ngl@example.com", phone="087851206633"), "mutasi",
        "text/plain format=flowed, iso-8859-15 QP; all prose, name only in the signature, address at the end")


def m08():
    sd = ("Dalam seleksi terbuka jabatan administrator di lingkungan Dinas Kesehatan bulan Oktober 2026, peserta yang "
          "dilantik ternyata belum memenuhi syarat pangkat minimal Penata Tingkat I (III/d) dan tidak mengikuti "
          "tahapan uji kompetensi, sedangkan peserta lain yang nilainya lebih tinggi justru tidak dipilih. Hasil "
          "penilaian setiap tahapan juga tidak pernah diumumkan.")
    loss = ("Kami para pegawai yang sudah memenuhi syarat dan mengikuti seluruh tahapan merasa dirugikan dan "
            "kehilangan kepercayaan terhadap sistem merit.")
    req = ("Kami mohon BKPSDM mengumumkan hasil penilaian setiap tahapan seleksi secara terbuka dan meninjau ulang "
           "pelantikan tersebut.")
    html = f"""<div>Kepada BKPSDM Kab. Pasuruan,</div><div><br></div>
<div>{sd}</div><div><br></div><div>{loss}</div><div><br></div><div>{req}</div><div><br></div>
<div>Terima kasih.</div>
"""
    msg = MIMEText(html, "html", cs("utf-8", QP))
    write("email_mime/h21.eml", finish(msg, frm="suara.nakes.pasuruan@example.net",
                                      subject="Seleksi jabatan administrator Dinkes tidak transparan",
                                      date=datetime(2026, 11, 20, 23, 55, 1, tzinfo=tz(7))))
    complaint("email_mime/h21.eml", "email_mime", dict(
        name=None, address=None, service_description=sd, loss=loss, requested_resolution=req, place=None,
        date="2026-11-20", signed=False, email="suara.nakes.pasuruan@example.net"), "mutasi",
        "anonymous HTML-only mail about a position (jabatan) selection; 'Terima kasih.' with no name; sent 23:55 WIB")


# =================================================================== email_pdf
def f01():
    addr = "Dusun Krajan RT 03 RW 02, Desa Pasrepan, Kecamatan Pasrepan, Kabupaten Pasuruan"
    sd = ("Saya mengajukan permohonan pensiun atas permintaan sendiri (pensiun dini) karena alasan kesehatan, dengan "
          "berkas lengkap termasuk surat keterangan tim penguji kesehatan, pada tanggal 6 Juli 2026. Hingga kini usul "
          "pensiun saya belum dikirim ke BKN, dan setiap kali saya menanyakan, jawabannya berkas masih menunggu paraf "
          "pejabat.")
    loss = ("Kondisi kesehatan saya tidak memungkinkan untuk bekerja penuh, tetapi karena status saya masih aktif "
            "saya tetap harus masuk kantor dan dinilai tidak disiplin ketika berhalangan. Biaya pengobatan saya juga "
            "semakin berat karena saya belum dapat mencairkan hak pensiun dan tabungan hari tua.")
    req = ("Saya mohon usul pensiun atas permintaan sendiri saya segera diteruskan ke BKN dan saya diberi informasi "
           "tertulis mengenai perkembangan prosesnya.")
    L = Letter()
    L.right("Pasrepan, 3 November 2026")
    L.label([("Nomor", "-"), ("Lampiran", "3 (tiga) lembar"), ("Perihal", "Pengaduan usul pensiun atas permintaan sendiri")], 24)
    L.p("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil")
    L.p("Dengan hormat,\nYang bertanda tangan di bawah ini:", gap=1)
    L.label([("Nama", "Drs. Kusnadi"), ("NIP", "19690721 199403 1 005"), ("Pangkat/Gol.", "Pembina, IV/a"),
             ("Unit Kerja", "Kantor Kecamatan Pasrepan"), ("Alamat", addr), ("Telepon", "0852 3345 6190")])
    L.p("dengan ini menyampaikan pengaduan sebagai berikut:")
    L.p(sd, align="J")
    L.p(loss, align="J")
    L.p(req, align="J")
    L.p("Demikian pengaduan ini saya sampaikan. Atas perhatian dan bantuan Bapak, saya ucapkan terima kasih.", align="J")
    L.sign("Hormat saya,", "Drs. Kusnadi", ["NIP. 19690721 199403 1 005"])
    cover = "Selamat pagi,\n\nBersama ini saya kirimkan surat pengaduan terkait pensiun atas permintaan sendiri, terlampir.\n\nTerima kasih.\nKusnadi\n"
    write("email_pdf/h22.eml", finish(with_pdf(cover, L.bytes(), "Pengaduan Pensiun APS - Kusnadi.pdf"),
                                     frm="Kusnadi <kusnadi.pasrepan@example.com>",
                                     subject="Surat pengaduan pensiun APS",
                                     date=datetime(2026, 11, 3, 7, 45, 12, tzinfo=tz(7))))
    complaint("email_pdf/h22.eml", "email_pdf", dict(
        name="Drs. Kusnadi", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Pasrepan", date="2026-11-03", signed=True, email="kusnadi.pasrepan@example.com",
        phone="085233456190"), "pengadaan",
        "formal PDF letter (fpdf2, Helvetica) with Nomor/Lampiran/Perihal block, justified prose, vector-stroke signature; early retirement (APS)")


def f02():
    addr = "Jl. Wilis No. 5, Kelurahan Pecalukan, Kecamatan Prigen, Kabupaten Pasuruan"
    sd = ("Permohonan izin belajar program S2 Pendidikan Dasar yang saya ajukan sejak 15 Juni 2026 belum juga "
          "diterbitkan. Di aplikasi layanan, status permohonan saya tertulis \"verifikasi\" selama lebih dari empat "
          "bulan, sementara rekan saya yang mengajukan pada bulan Agustus sudah menerima izin belajar.")
    loss = ("Saya sudah mulai kuliah semester pertama dengan biaya sendiri, dan tanpa izin belajar saya khawatir "
            "gelar saya nantinya tidak dapat dicantumkan dan tidak diakui untuk kenaikan pangkat.")
    req = ("Mohon permohonan izin belajar saya segera diproses dan diterbitkan, atau saya diberi tahu kekurangan "
           "berkas yang harus dilengkapi.")
    L = Letter()
    L.p("Perihal: Pengaduan - izin belajar belum diterbitkan")
    L.p("Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\nBidang Pengembangan Kompetensi")
    L.p("Dengan hormat,")
    L.p(f"Saya, Ratna Dewi Anggraeni, S.Pd., guru SDN Prigen 3, beralamat di {addr}, nomor HP 0857-8234-1166, "
        "menyampaikan pengaduan sebagai berikut.", align="J")
    L.p(sd, align="J")
    L.p(loss, align="J")
    L.p(req, align="J")
    L.pdf.set_x(115)
    L.pdf.cell(0, 6, "Prigen, 28 Oktober 2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    L.sign("Hormat saya,", "Ratna Dewi Anggraeni, S.Pd.", signed=False)
    cover = "Yth. BKPSDM,\n\nterlampir surat pengaduan saya mengenai izin belajar.\n\nSalam,\nRatna Dewi Anggraeni\n"
    write("email_pdf/h23.eml", finish(with_pdf(cover, L.bytes(), "surat_pengaduan_izin_belajar.pdf"),
                                     frm="Ratna Dewi Anggraeni <ratna.anggraeni@example.org>",
                                     subject="Pengaduan izin belajar",
                                     date=datetime(2026, 10, 28, 20, 17, 33, tzinfo=tz(7))))
    complaint("email_pdf/h23.eml", "email_pdf", dict(
        name="Ratna Dewi Anggraeni, S.Pd.", address=addr, service_description=sd, loss=loss,
        requested_resolution=req, place="Prigen", date="2026-10-28", signed=False,
        email="ratna.anggraeni@example.org", phone="085782341166"), "kompetensi",
        "PDF letter not signed (blank space above the printed name); the cover note's closing with a name does not count")


def f03():
    addr = "Jl. Raya Kejapanan No. 17 RT 02 RW 01, Desa Kejapanan, Kecamatan Gempol, Kabupaten Pasuruan"
    sd = ("Saya menikah pada bulan Desember 2025 dan mengajukan permohonan Kartu Suami (Karsu) pada bulan Januari "
          "2026 dengan melampirkan akta nikah, KTP suami, dan pas foto. Dua kali saya diberi tahu bahwa data suami "
          "belum masuk SIASN, lalu pada bulan Agustus berkas saya dikembalikan tanpa penjelasan apa yang kurang.")
    loss = ("Tanpa Karsu, suami saya tidak dapat didaftarkan sebagai tanggungan untuk tunjangan keluarga dan BPJS "
            "Kesehatan, sehingga sejak Februari 2026 saya kehilangan tunjangan suami sekitar Rp 250.000 per bulan "
            "dan harus membayar BPJS suami secara mandiri.")
    req = "Mohon data suami saya segera dimasukkan ke SIASN dan Karsu saya diterbitkan."
    L = Letter()
    L.p("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan")
    L.p("Hal: Pengaduan penerbitan Kartu Suami (Karsu)")
    L.p("Dengan hormat,\nSaya yang bertanda tangan di bawah ini:", gap=1)
    L.label([("Nama", "Rr. Dyah Ayu Kusumawardani, S.E."), ("NIP", "19880814 201503 2 002"), ("Alamat", addr),
             ("No. HP", "0819-3456-2277")], 22)
    L.bold("Uraian permasalahan:")
    L.p(sd, align="J")
    L.bold("Kerugian:")
    L.p(loss, align="J")
    L.bold("Permintaan:")
    L.p(req, align="J")
    L.p("Demikian pengaduan ini saya buat.")
    L.sign("Hormat saya,", "Rr. Dyah Ayu Kusumawardani, S.E.")
    cover = ("Dengan hormat,\n\nBerikut saya lampirkan surat pengaduan mengenai Kartu Suami (Karsu) yang belum "
             "terbit.\n\nHormat saya,\nDyah Ayu\n")
    write("email_pdf/h24.eml", finish(with_pdf(cover, L.bytes(), "Pengaduan Karsu.pdf"),
                                     frm="Dyah Ayu Kusumawardani <dyah.ayu.k@example.com>",
                                     subject="Pengaduan Karsu",
                                     date=datetime(2026, 9, 15, 10, 26, 40, tzinfo=tz(7))))
    complaint("email_pdf/h24.eml", "email_pdf", dict(
        name="Rr. Dyah Ayu Kusumawardani, S.E.", address=addr, service_description=sd, loss=loss,
        requested_resolution=req, place=None, date="2026-09-15", signed=True, email="dyah.ayu.k@example.com",
        phone="081934562277"), "pengadaan",
        "signed PDF letter with no place/date line anywhere (date from the Date header); bold labels")


def f04():
    addr = "Perum Griya Kraton Permai Blok H-21, Desa Sidogiri, Kecamatan Kraton"
    sd = ("Nilai SKP tahunan 2025 saya di aplikasi e-Kinerja BKN tercatat dengan predikat kinerja \"Butuh "
          "Perbaikan\", padahal dokumen evaluasi kinerja yang ditandatangani atasan langsung saya pada tanggal 15 "
          "Januari 2026 menyatakan predikat \"Baik\". Admin e-Kinerja BKPSDM menyatakan perubahan tidak dapat "
          "dilakukan karena periode penilaian sudah ditutup, tanpa memberi jalan keluar.")
    loss = ("Predikat tersebut membuat saya tidak memenuhi syarat untuk mengikuti seleksi jabatan fungsional Analis "
            "Kebencanaan dan TPP saya bulan Februari sampai Mei 2026 dipotong 25%.")
    req = ("Saya mohon BKPSDM membuka kembali akses perbaikan penilaian atau melakukan koreksi secara manual sesuai "
           "dokumen evaluasi kinerja yang sah, serta mengembalikan potongan TPP saya.")
    L = Letter()
    L.pdf.set_font("Helvetica", "B", 12)
    L.pdf.cell(0, 7, "SURAT PENGADUAN", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    L.pdf.set_font("Helvetica", size=11)
    L.pdf.ln(4)
    L.p("Kepada Yth.\nKepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia\nKabupaten Pasuruan\ndi Bangil")
    L.p("Dengan hormat,\nYang bertanda tangan di bawah ini:", gap=1)
    L.label([("Nama", "Bagus Setiawan, S.IP."), ("NIP", "19910109 201503 1 004"),
             ("Jabatan", "Pengelola Data Kebencanaan, BPBD Kabupaten Pasuruan"), ("Alamat", addr),
             ("No. HP", "0813-5800-4426")], 24)
    L.p("dengan ini menyampaikan pengaduan atas pelayanan penilaian kinerja sebagai berikut.")
    L.bold("I. Uraian pelayanan yang tidak sesuai standar")
    L.p(sd, align="J")
    L.p("Sebagai latar belakang, saya telah mengajukan permohonan koreksi secara tertulis melalui surat Kepala "
        "Pelaksana BPBD tanggal 3 Februari 2026 dan menyampaikannya kembali secara langsung pada bulan Maret dan "
        "April 2026. Salinan dokumen evaluasi kinerja, surat permohonan koreksi, dan tangkapan layar aplikasi saya "
        "lampirkan bersama surat ini.", align="J")
    L.pdf.add_page()
    L.bold("II. Kerugian yang saya alami")
    L.p(loss, align="J")
    L.bold("III. Penyelesaian yang saya mohon")
    L.p(req, align="J")
    L.p("Demikian surat pengaduan ini saya buat dengan sebenar-benarnya untuk dapat ditindaklanjuti.", align="J")
    L.pdf.set_x(115)
    L.pdf.cell(0, 6, "Kraton, 2 Juni 2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    L.sign("Pengadu,", "Bagus Setiawan, S.IP.", ["NIP. 19910109 201503 1 004"])
    cover = "Assalamualaikum,\nMohon izin mengirimkan surat pengaduan (2 halaman) terlampir.\nWassalam.\n"
    write("email_pdf/h25.eml", finish(with_pdf(cover, L.bytes(), "SURAT PENGADUAN SKP.pdf"),
                                     frm="Bagus Setiawan <bagus.setiawan.bpbd@example.net>",
                                     subject="Surat Pengaduan SKP 2025",
                                     date=datetime(2026, 6, 2, 13, 9, 55, tzinfo=tz(7))))
    complaint("email_pdf/h25.eml", "email_pdf", dict(
        name="Bagus Setiawan, S.IP.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Kraton", date="2026-06-02", signed=True, email="bagus.setiawan.bpbd@example.net",
        phone="081358004426"), "kinerja",
        "two-page PDF: description on page 1 (plus a background paragraph), loss/request/place-date/signature on page 2; 'Pengadu,' as closing")


def f05():
    addr = "Dusun Kisik RT 02 RW 03, Desa Jatirejo, Kecamatan Lekok"
    sd = ("Pada tanggal 9 November 2026 saya menanyakan melalui WhatsApp layanan BKPSDM perihal kekurangan berkas "
          "ujian dinas saya. Petugas yang membalas justru menulis kata-kata kasar, menyebut saya \"tidak bisa baca "
          "pengumuman\", lalu memblokir nomor saya. Ketika saya datang ke kantor keesokan harinya, petugas yang sama "
          "menolak melayani dan menyuruh saya pulang.")
    loss = ("Saya merasa dipermalukan karena tangkapan layar percakapan itu tersebar di grup guru, dan saya kehilangan "
            "satu hari kerja tanpa memperoleh kejelasan mengenai berkas saya.")
    req = ("Saya meminta pimpinan BKPSDM memeriksa dan menegur petugas tersebut, membuka blokir nomor saya, dan "
           "memberi penjelasan resmi mengenai kekurangan berkas ujian dinas saya.")
    L = Letter()
    L.right("Lekok, 12 November 2026")
    L.p("Yth. Kepala BKPSDM Kabupaten Pasuruan\ndi -\n        Bangil")
    L.p("Perihal : Pengaduan sikap petugas layanan WhatsApp")
    L.p("Assalamu'alaikum Wr. Wb.")
    L.p(f"Saya, H. Mochamad Ridwan, S.Ag., guru Pendidikan Agama Islam di SDN Jatirejo 2, bertempat tinggal di {addr}, "
        "HP/WA 0823-3120-5587, dengan ini menyampaikan pengaduan.", align="J")
    L.p(sd, align="J")
    L.p(loss, align="J")
    L.p(req, align="J")
    L.p("Wassalamu'alaikum Wr. Wb.")
    L.sign("Hormat saya,", "H. Mochamad Ridwan, S.Ag.", ["NIP. 19750210 200604 1 011"])
    cover = ("Yth. Tim Pengaduan BKPSDM Kab. Pasuruan\n\nMohon maaf, surat pengaduan saya kirim dalam bentuk PDF "
             "terlampir karena nomor WhatsApp saya diblokir oleh layanan BKPSDM.\n\nWassalam,\nM. Ridwan\n")
    write("email_pdf/h26.eml", finish(with_pdf(cover, L.bytes(), "Pengaduan_Ridwan.pdf"),
                                     frm="M. Ridwan <moch.ridwan.lekok@example.com>",
                                     subject="Pengaduan sikap petugas",
                                     date=datetime(2026, 11, 12, 16, 30, 2, tzinfo=tz(7))))
    complaint("email_pdf/h26.eml", "email_pdf", dict(
        name="H. Mochamad Ridwan, S.Ag.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Lekok", date="2026-11-12", signed=True, email="moch.ridwan.lekok@example.com", phone="082331205587"),
        "sekretariat",
        "staff conduct (rude WhatsApp admin) about a berkas ujian dinas -> sekretariat; cover note signed with a shorter name than the letter")


# =================================================================== auto_reply
def a1():
    text = """Matur nuwun atas email panjenengan.

Mohon maaf, saya sedang dinas luar (diklat di Surabaya) mulai 23 s.d. 27 November 2026 dan belum bisa membalas email. Untuk urusan kepegawaian sekolah yang mendesak silakan menghubungi operator sekolah.

Salam,
Sugiharto, S.Pd.
Kepala SDN Karangrejo 1
"""
    write("auto_reply/h27.eml", finish(plain(text), frm="Sugiharto <kasek.karangrejo1@example.sch.id>",
                                      subject="Balasan Otomatis: Disposisi Pengaduan PGD-2026-0519",
                                      date=datetime(2026, 11, 24, 8, 0, 3, tzinfo=tz(7)),
                                      extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
                                             "In-Reply-To": "<d1sp0s1s10n0519@pasuruankab.go.id>"}))
    unscored("auto_reply/h27.eml", "auto_reply", "out-of-office reply in Javanese-flavoured Indonesian (Auto-Submitted + X-Autoreply)", auto_reply=True)


def a2():
    orig = MIMEText("Yth. Bapak Suharyono,\n\nMenindaklanjuti pengaduan Bapak nomor PGD-2026-0488, bersama ini "
                    "kami sampaikan tanggapan BKPSDM Kabupaten Pasuruan terlampir.\n\nHormat kami,\nTim Pengaduan "
                    "BKPSDM Kabupaten Pasuruan\n", "plain", cs("utf-8", None))
    orig["From"] = AGENCY
    orig["To"] = "suharyono@dinkes.example.org"
    orig["Subject"] = "Tanggapan atas Pengaduan PGD-2026-0488"
    orig["Date"] = "Tue, 10 Nov 2026 09:00:12 +0700"
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(plain("Delivery has failed to these recipients or groups:\n\nsuharyono@dinkes.example.org\n"
                     "The email address you entered couldn't be found. Please check the recipient's email address "
                     "and try to resend the message.\n\nDiagnostic information for administrators:\n\n"
                     "Generating server: EXCH01.dinkes.example.org\n\nRemote Server returned '550 5.1.10 "
                     "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n", "us-ascii", None))
    from email.message import Message
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns;EXCH01.dinkes.example.org"
    b2["Final-Recipient"] = "rfc822;suharyono@dinkes.example.org"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.10"
    ds.set_payload([b1, b2])
    rep.attach(ds)
    from email.mime.message import MIMEMessage
    rep.attach(MIMEMessage(orig))
    write("auto_reply/h28.eml", finish(rep, frm="Microsoft Outlook <postmaster@dinkes.example.org>",
                                      to="pengaduan.bkpsdm@pasuruankab.go.id",
                                      subject="Undeliverable: Tanggapan atas Pengaduan PGD-2026-0488",
                                      date=datetime(2026, 11, 10, 9, 0, 19, tzinfo=tz(7)),
                                      extra={"X-MS-Exchange-Message-Is-Ndr": "", "Content-Language": "en-US"}))
    unscored("auto_reply/h28.eml", "auto_reply", "Exchange-style NDR (Undeliverable, multipart/report, postmaster), no Auto-Submitted header", auto_reply=True)


def a3():
    html = """<html><body><table width="600" align="center"><tr><td>
<h1 style="color:#b00">Kredit Multiguna ASN &amp; Pensiunan</h1>
<p>Yth. Bapak/Ibu ASN Kabupaten Pasuruan,</p>
<p>Nikmati bunga spesial mulai 0,65% per bulan untuk ASN aktif dan pensiunan, proses cepat cukup dengan SK
pengangkatan atau SK pensiun. Plafon hingga Rp 500 juta, tenor sampai 15 tahun.</p>
<p><a href="https://bank.example.com/promo/asn">Ajukan sekarang</a></p>
<p style="font-size:10px;color:#777">Anda menerima email ini karena terdaftar sebagai nasabah. Untuk berhenti
berlangganan klik <a href="https://bank.example.com/unsub?u=88121">di sini</a>.</p>
</td></tr></table></body></html>
"""
    msg = MIMEText(html, "html", cs("utf-8", QP))
    write("auto_reply/h29.eml", finish(msg, frm="Bank Example Jatim <promo@bank.example.com>",
                                      subject="Promo November: Kredit Multiguna khusus ASN & Pensiunan",
                                      date=datetime(2026, 11, 16, 6, 30, 0, tzinfo=tz(7)),
                                      extra={"Precedence": "bulk",
                                             "List-Unsubscribe": "<https://bank.example.com/unsub?u=88121>, <mailto:unsub@bank.example.com>",
                                             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                                             "X-Campaign-ID": "nov26-kmg-asn"}))
    unscored("auto_reply/h29.eml", "auto_reply", "bank bulk promo (Precedence: bulk, List-Unsubscribe) mentioning SK pensiun", auto_reply=True)


def a4():
    text = """Rekan-rekan operator kepegawaian,

Ada yang SK kenaikan pangkat periode Oktober 2026-nya belum terbit juga? Di sekolah kami ada tiga guru yang usulannya sudah MS sejak Agustus tapi SK-nya belum keluar, padahal sekolah lain sudah. Kerugiannya lumayan, rapel gaji jadi tertunda.

Mohon info kalau ada yang sudah tanya ke BKPSDM, sebaiknya kami minta apa ke sana.

Salam,
Dedi Kurniawan
Operator SDN Kedawung 2
Kecamatan Wonorejo

--
Anda menerima pesan ini karena Anda berlangganan ke grup "Forum Operator Kepegawaian Pasuruan".
Untuk berhenti berlangganan dari grup ini, kirim email ke forum-opeg-pasuruan+unsubscribe@groups.example.com.
"""
    write("auto_reply/h30.eml", finish(plain(text), frm="Dedi Kurniawan <dedi.kurniawan.op@example.com>",
                                      to="Forum Operator Kepegawaian Pasuruan <forum-opeg-pasuruan@groups.example.com>",
                                      subject="[forum-opeg] SK KP periode Oktober belum terbit?",
                                      date=datetime(2026, 11, 18, 19, 12, 8, tzinfo=tz(7)),
                                      extra={"Sender": "forum-opeg-pasuruan@groups.example.com",
                                             "List-Id": "<forum-opeg-pasuruan.groups.example.com>",
                                             "List-Post": "<mailto:forum-opeg-pasuruan@groups.example.com>",
                                             "List-Unsubscribe": "<mailto:forum-opeg-pasuruan+unsubscribe@groups.example.com>",
                                             "Precedence": "list", "Mailing-list": "list forum-opeg-pasuruan@groups.example.com"}))
    unscored("auto_reply/h30.eml", "auto_reply", "mailing-list post (List-Id, Precedence: list) that reads like a complaint; agency is a list member, not the addressee", auto_reply=True)


# =================================================================== hostile
def hostile():
    write("hostile/h31.eml", b"")
    unscored("hostile/h31.eml", "hostile_error", "zero-byte .eml", expect_exit=3)

    r = random.Random(31)
    junk = bytes(r.randrange(256) for _ in range(6000))
    write("hostile/h32.pdf", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + junk + b"\n%%EOF\n")
    unscored("hostile/h32.pdf", "hostile_error", "PDF header followed by random bytes: no objects, no xref, no pages", expect_exit=3)

    html = (b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
            b"<p>The requested URL /uploads/surat_pengaduan.pdf was not found on this server.</p></body></html>\n")
    write("hostile/h33.pdf", html)
    unscored("hostile/h33.pdf", "hostile_error", "a saved web error page named .pdf (no PDF header at all)", expect_exit=3)

    # broken MIME: QP part with bad escapes in the greeting, base64 attachment with junk, no closing boundary, truncated
    addr = "Perum Rejoso Asri Blok D-9, Desa Kawisrejo, Kecamatan Rejoso"
    sd = ("Saya CPNS formasi 2024 dan sudah dinyatakan lulus Latsar pada bulan Februari 2026. Seluruh berkas usul "
          "pengangkatan menjadi PNS sudah saya serahkan melalui bagian kepegawaian Dinas Perhubungan pada bulan "
          "Maret 2026, tetapi sampai sekarang SK pengangkatan PNS saya belum terbit, sementara rekan satu angkatan "
          "sudah menerima SK sejak Juni.")
    loss = "Saya masih menerima gaji 80% sebagai CPNS dan tidak bisa mengajukan kredit rumah karena bank mensyaratkan SK PNS."
    req = "Mohon BKPSDM memeriksa posisi usul pengangkatan PNS saya dan segera menerbitkan SK pengangkatan PNS saya."
    letter = f"""Selamat siang Bapak/Ibu=ZZ

Saya yang bertanda tangan di bawah ini:
Nama   : Anisa Febriyanti, A.Md.
Alamat : {addr}
HP     : 0831-1290-4478

Bagian keluhan:
{sd}

Akibatnya:
{loss}

Yang saya minta:
{req}

Rejoso, 25 Agustus 2026

Hormat saya,
Anisa Febriyanti, A.Md.
"""
    import quopri
    qp = quopri.encodestring(letter.encode("utf-8")).decode("ascii").replace("=3DZZ", "=ZZ")
    b64 = base64.encodebytes(b"%PDF-1.4\n" + bytes(random.Random(4).randbytes(900))).decode()
    b64 = b64[:400] + "!!#@@ not base64 at all ~~\n" + b64[400:700]
    date = datetime(2026, 8, 25, 11, 42, 18, tzinfo=tz(7))
    raw = (f"Received: from mail.example.com (mail.example.com [203.0.113.88])\n"
           f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id 77AB01C2D3\n"
           f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {format_datetime(date)}\n"
           f"Date: {format_datetime(date)}\n"
           f"From: Anisa Febriyanti <anisa.febri@example.com>\n"
           f"To: {AGENCY}\n"
           f"Subject: SK pengangkatan PNS belum terbit\n"
           f"Message-ID: {mid('example.com')}\n"
           f"MIME-Version: 1.0\n"
           f"Content-Type: multipart/mixed; boundary=\"==b9x==\"\n\n"
           f"This is a multi-part message in MIME format.\n\n"
           f"--==b9x==\n"
           f"Content-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: quoted-printable\n\n{qp}\n"
           f"--==b9x==\n"
           f"Content-Type: application/pdf name=\"berkas usul PNS.pdf\"\n"
           f"Content-Disposition: attachment; filename=\"berkas usul PNS.pdf\n"
           f"Content-Transfer-Encoding: base64\n\n{b64}")
    write("hostile/h34.eml", raw.encode("ascii"))
    complaint("hostile/h34.eml", "hostile_ok", dict(
        name="Anisa Febriyanti, A.Md.", address=addr, service_description=sd, loss=loss, requested_resolution=req,
        place="Rejoso", date="2026-08-25", signed=True, email="anisa.febri@example.com", phone="083112904478"),
        "pengadaan",
        "broken MIME: invalid QP escape in the greeting, attachment header missing ';' and a closing quote, base64 with junk, no closing boundary, file truncated; the body letter is scored")

    # wrong charset: declared utf-8, bytes are windows-1252 (curly quotes, en dash, plus-minus)
    addr = "Jl. Anggrek No. 3 RT 01 RW 01, Desa Gempol, Kecamatan Gempol"
    sd = ("Saya menerima tugas belajar program S2 Ilmu Lingkungan dengan beasiswa pemerintah daerah mulai semester "
          "ganjil 2025/2026. Berdasarkan perjanjian tugas belajar, biaya SPP semester genap seharusnya dibayarkan "
          "paling lambat bulan Februari 2026, tetapi sampai bulan September 2026 belum dibayarkan dan pihak kampus "
          "sudah dua kali mengirim \u201csurat peringatan\u201d kepada saya.")
    req = ("Mohon BKPSDM segera memproses pembayaran biaya SPP tugas belajar saya \u2013 sebesar \u00b1 Rp 9.000.000 "
           "\u2013 atau memberikan surat jaminan kepada kampus agar status saya tidak dinonaktifkan.")
    letter = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
c.q. Bidang Pengembangan Kompetensi

Dengan hormat,

Nama   : Taufik Hidayat, S.Si.
NIP    : 19890404 201402 1 001
Alamat : {addr}
HP     : 0812 9011 2345

{sd}

{req}

Gempol, 14 September 2026

Hormat saya,
Taufik Hidayat, S.Si.
"""
    date = datetime(2026, 9, 14, 21, 3, 9, tzinfo=tz(7))
    head = (f"Received: from mail.example.org (mail.example.org [192.0.2.140])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id 5D0E3A1B7C\n"
            f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {format_datetime(date)}\n"
            f"Date: {format_datetime(date)}\n"
            f"From: Taufik Hidayat <taufik.hidayat.tb@example.org>\n"
            f"To: {AGENCY}\n"
            f"Subject: SPP tugas belajar belum dibayar\n"
            f"Message-ID: {mid('example.org')}\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: 8bit\n\n")
    write("hostile/h35.eml", head.encode("ascii") + letter.encode("windows-1252"))
    complaint("hostile/h35.eml", "hostile_ok", dict(
        name="Taufik Hidayat, S.Si.", address=addr, service_description=sd, loss=None, requested_resolution=req,
        place="Gempol", date="2026-09-14", signed=True, email="taufik.hidayat.tb@example.org",
        phone="081290112345"), "kompetensi",
        "declared charset utf-8 but the body bytes are windows-1252 (curly quotes, en dash, plus-minus: invalid UTF-8); study assignment (tugas belajar); no loss stated")


def main():
    random.seed(9)  # deterministic MIME boundaries
    for d in ("email_plain", "email_mime", "email_pdf", "auto_reply", "hostile"):
        (HERE / d).mkdir(exist_ok=True)
    for fn in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13,
               m01, m02, m03, m04, m05, m06, m07, m08,
               f01, f02, f03, f04, f05, a1, a2, a3, a4, hostile):
        fn()
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in TRUTH:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(TRUTH)} items written to {HERE}")


if __name__ == "__main__":
    main()
