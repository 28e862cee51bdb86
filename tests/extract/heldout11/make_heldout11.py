#!/usr/bin/env python3
"""Generate held-out set 11 ("a typical month of the inbox", January 2027).

Written blind: the letters were composed from the published procedure, the
design contract and the public samples only, never from the extractor.
Run with the project's venv (needs fpdf2):

    /work/main/.venv/bin/python tests/extract/heldout11/make_heldout11.py

Every free-text truth value is inserted verbatim into its letter, and a
self-check at the end confirms that each truth passage occurs in the decoded
letter text (after HTML stripping / un-wrapping).
"""
from __future__ import annotations

import base64
import html
import json
import math
import os
import quopri
import random
import re
import textwrap
from datetime import datetime, timezone, timedelta
from email import message_from_bytes, policy as email_policy
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr

from fpdf import FPDF
from fpdf.enums import EncryptionMethod

HERE = os.path.dirname(os.path.abspath(__file__))
for _d in ("email_plain", "email_mime", "email_pdf", "auto_reply", "hostile"):
    os.makedirs(os.path.join(HERE, _d), exist_ok=True)
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
AGENCY_ADDR = "pengaduan.bkpsdm@pasuruankab.go.id"
REQUIRED = ["name", "address", "service_description", "loss", "requested_resolution",
            "place", "date", "signed"]
FREE = ["address", "service_description", "loss", "requested_resolution"]
RNG = random.Random(1111)
TRUTH: list[dict] = []
LETTER_TEXT: dict[str, str] = {}   # file -> source text of the letter, for the self-check


# ------------------------------------------------------------------ helpers
def F(name=None, address=None, sd=None, loss=None, rr=None, place=None, date=None,
      signed=False, email=None, phone=None, nik=None):
    return {"name": name, "address": address, "service_description": sd, "loss": loss,
            "requested_resolution": rr, "place": place, "date": date, "signed": signed,
            "email": email, "phone": phone, "nik": nik}


def add_truth(file, category, fields, division, note, expect_exit=0, auto_reply=False):
    if fields is None:
        rec = {"file": file, "category": category, "expect_exit": expect_exit, "fields": None,
               "missing": None, "complete": None, "auto_reply": auto_reply, "division": None,
               "ocr": False, "note": note}
    else:
        missing = [k for k in REQUIRED if (fields[k] is None if k != "signed" else not fields[k])]
        rec = {"file": file, "category": category, "expect_exit": expect_exit, "fields": fields,
               "missing": missing, "complete": not missing, "auto_reply": False,
               "division": division, "ocr": False, "note": note}
    TRUTH.append(rec)


def msgid(domain):
    s = "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))
    return f"<{s}@{domain}>"


def received(domain, date_hdr):
    ip = f"{RNG.choice(['192.0.2', '198.51.100', '203.0.113'])}.{RNG.randint(2, 250)}"
    qid = "".join(RNG.choice("0123456789ABCDEF") for _ in range(10))
    return (f"from mail.{domain} (mail.{domain} [{ip}])\n\tby mx1.pasuruankab.go.id (Postfix) "
            f"with ESMTPS id {qid}\n\tfor <{AGENCY_ADDR}>; {date_hdr}")


def text_part(body: str, subtype="plain", charset="utf-8", cte="8bit") -> Message:
    m = MIMENonMultipart("text", subtype)
    del m["MIME-Version"]
    m.set_param("charset", charset)
    raw = body.encode(charset)
    if cte == "base64":
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    m["Content-Transfer-Encoding"] = cte
    return m


def attach(data: bytes, maintype, subtype, filename) -> Message:
    m = MIMENonMultipart(maintype, subtype, name=filename)
    del m["MIME-Version"]
    m.add_header("Content-Disposition", "attachment", filename=filename)
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    m["Content-Transfer-Encoding"] = "base64"
    return m


def envelope(root: Message, *, from_, date_hdr, subject, domain, extra=(), to=AGENCY,
             with_received=True, subject_charset=None):
    hdrs = []
    if with_received:
        hdrs.append(("Received", received(domain, date_hdr)))
    hdrs += [("Date", date_hdr), ("From", from_), ("To", to)]
    if subject_charset:
        hdrs.append(("Subject", Header(subject, subject_charset, header_name="Subject").encode()))
    else:
        hdrs.append(("Subject", subject))
    hdrs.append(("Message-ID", msgid(domain)))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    # our headers first, then the part's own Content-* headers
    content = [(k, v) for k, v in root.items() if k.lower() != "mime-version"]
    for k in list(root.keys()):
        del root[k]
    for k, v in hdrs + content:
        root[k] = v
    return root


def write_eml(rel, msg: Message, crlf=False):
    pol = email_policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    data = msg.as_bytes(policy=pol)
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    return data


def addr(name, email, charset=None):
    if charset:
        return formataddr((name, email), charset)
    return formataddr((name, email))


def wrap72(text, indent=""):
    out = []
    for para in text.split("\n"):
        if len(para) <= 72:
            out.append(para)
            continue
        lead = re.match(r"\s*", para).group(0)
        out.extend(textwrap.wrap(para, 72, initial_indent="", subsequent_indent=lead or indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def html_paras(text, tag="div", br_blank=True):
    """Gmail-like: one <div> per line, blank lines as <div><br></div>."""
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append(f"<{tag}><br></{tag}>" if br_blank else "")
        else:
            out.append(f"<{tag}>{html.escape(line, quote=False)}</{tag}>")
    return "\n".join(out)


# ------------------------------------------------------------------ PDF letters
class Letter(FPDF):
    pass


def signature_strokes(pdf: FPDF, x, y, w, h, seed):
    """A handwritten-looking scribble drawn as many short vector line segments."""
    rnd = random.Random(seed)
    pdf.set_draw_color(20, 30, 120)
    pdf.set_line_width(0.22)
    loops = rnd.randint(3, 5)
    pts = []
    n = 110
    ph = rnd.uniform(0, math.pi)
    for i in range(n + 1):
        t = i / n
        px = x + w * t + (w / (loops * 2.2)) * math.sin(loops * 2 * math.pi * t + ph)
        py = y + h * 0.5 - (h * 0.45) * math.sin(loops * 2 * math.pi * t) * (0.6 + 0.4 * math.sin(math.pi * t))
        pts.append((px + rnd.uniform(-0.15, 0.15), py + rnd.uniform(-0.15, 0.15)))
    for a, b in zip(pts, pts[1:]):
        pdf.line(a[0], a[1], b[0], b[1])
    # flourish underneath
    fl = []
    for i in range(41):
        t = i / 40
        fl.append((x - 2 + (w + 6) * t, y + h * 0.95 - 2.0 * math.sin(math.pi * t) + rnd.uniform(-0.1, 0.1)))
    for a, b in zip(fl, fl[1:]):
        pdf.line(a[0], a[1], b[0], b[1])
    pdf.set_draw_color(0, 0, 0)


def make_pdf(blocks, *, signed, seed, underline_name=False, font_size=11, encrypt=None):
    """blocks: list of ('right', text) | ('p', text) | ('kv', label, value) | ('gap', mm)
    | ('close', closing_line, name)"""
    pdf = Letter(format="A4", unit="mm")
    pdf.set_creator("Microsoft Word")
    pdf.set_creation_date(datetime(2027, 1, 1, tzinfo=timezone.utc))
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=font_size)
    lh = font_size * 0.5
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "right":
            pdf.set_x(pdf.l_margin)
            pdf.cell(width, lh, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(width, lh, b[1], align="J" if len(b[1]) > 90 else "L",
                           new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            pdf.set_x(pdf.l_margin)
            pdf.cell(30, lh, b[1])
            pdf.cell(4, lh, ":")
            pdf.multi_cell(width - 34, lh, b[2], new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(b[1])
        elif kind == "close":
            closing, name = b[1], b[2]
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            x0 = pdf.l_margin + width * 0.55
            for line in closing.split("\n"):
                pdf.set_x(x0)
                pdf.cell(width * 0.45, lh, line, new_x="LMARGIN", new_y="NEXT")
            ysig = pdf.get_y()
            if signed:
                signature_strokes(pdf, x0 + 2, ysig + 2, 34, 14, seed)
            pdf.set_y(ysig + 22)
            pdf.set_x(x0)
            pdf.cell(width * 0.45, lh, name, new_x="LMARGIN", new_y="NEXT")
            if underline_name:
                yy = pdf.get_y() - 0.6
                pdf.set_line_width(0.2)
                pdf.line(x0, yy, x0 + pdf.get_string_width(name), yy)
    if encrypt:
        pdf.set_encryption(owner_password="pemilik-" + encrypt, user_password=encrypt,
                           encryption_method=EncryptionMethod.RC4)
    return bytes(pdf.output())


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("right", "p"):
            out.append(b[1])
        elif b[0] == "kv":
            out.append(f"{b[1]} : {b[2]}")
        elif b[0] == "close":
            out.append(b[1] + "\n" + b[2])
    return "\n".join(out)


# ================================================================== email_plain
def plain_item(rel, *, from_, date_hdr, subject, domain, body, fields, division, note,
               extra=(), cte="8bit", wrap=False, crlf=False):
    text = wrap72(body) if wrap else body
    root = text_part(text, "plain", "utf-8", cte)
    envelope(root, from_=from_, date_hdr=date_hdr, subject=subject, domain=domain, extra=extra)
    write_eml(rel, root, crlf=crlf)
    LETTER_TEXT[rel] = body
    add_truth(rel, "email_plain", fields, division, note)


# h01 — formal, lettered sections, NIP/NIK, complete, kinerja (Satyalancana)
f = F(name="Drs. Suwarno, M.Pd.",
      address="Jl. Raya Kejayan No. 41 RT 02 RW 05, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan",
      sd="Pada bulan Maret 2026 sekolah kami telah mengusulkan saya untuk menerima Satyalancana Karya Satya XXX Tahun melalui BKPSDM, lengkap dengan SK CPNS, SK pangkat terakhir dan surat pernyataan tidak pernah dijatuhi hukuman disiplin. Namun nama saya tidak tercantum dalam Keputusan Presiden penerima tanda kehormatan tahun 2026, dan hingga kini tidak ada pemberitahuan dari BKPSDM mengenai alasannya.",
      loss="Saya akan memasuki masa pensiun pada tahun 2029 sehingga kesempatan menerima tanda kehormatan ini semakin sempit. Saya merasa pengabdian selama tiga puluh tahun tidak dihargai, dan saya malu ketika ditanya rekan-rekan kepala sekolah yang lain.",
      rr="Mohon BKPSDM menelusuri usulan saya tahun 2026, menjelaskan secara tertulis mengapa nama saya tidak tercantum, dan mengusulkan kembali saya pada periode berikutnya apabila berkas saya memenuhi syarat.",
      place="Kejayan", date="2027-01-11", signed=True, email="suwarno.kejayan@example.com",
      phone="081233445190", nik="3514071203690004")
plain_item("email_plain/h01.eml", from_=addr("Suwarno", "suwarno.kejayan@example.com"),
           date_hdr="Mon, 11 Jan 2027 07:42:10 +0700",
           subject="Pengaduan usulan Satyalancana Karya Satya tidak diproses", domain="example.com",
           extra=[("User-Agent", "Mozilla Thunderbird")],
           body=f"""Kejayan, 11 Januari 2027

Nomor    : -
Hal      : Pengaduan usulan Satyalancana Karya Satya

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
Komplek Perkantoran Raci, Bangil

Assalamu'alaikum wr. wb.

Saya yang bertanda tangan di bawah ini:
Nama          : {f['name']}
NIP           : 19690312 199403 1 007
NIK           : {f['nik']}
Alamat        : {f['address']}
Telepon/WA    : 0812 3344 5190
Jabatan       : Kepala SMP Negeri 1 Kejayan

menyampaikan pengaduan sebagai berikut.

A. Pokok pengaduan
{f['service_description']}

B. Kerugian
{f['loss']}

C. Permohonan
{f['requested_resolution']}

Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya sampaikan terima kasih.

Wassalamu'alaikum wr. wb.

Hormat saya,


Drs. Suwarno, M.Pd.
NIP. 19690312 199403 1 007
""", fields=f, division="kinerja",
           note="complete formal letter, lettered sections A/B/C, NIP next to NIK; Satyalancana -> kinerja")

# h02 — retiree, chatty lower case, no address, no place/date line; pengadaan (SK pensiun)
f = F(name="Sukarno", address=None,
      sd="SK pensiun saya sudah keluar tapi golongan yang tertulis di SK itu III/d, padahal sejak April 2024 saya sudah golongan IV/a dan SK kenaikan pangkatnya ada di saya. waktu saya tanyakan ke loket katanya datanya diambil dari SIASN dan di SIASN masih III/d.",
      loss="akibatnya gaji pensiun pertama yang saya terima di Taspen bulan ini lebih kecil kurang lebih Rp 350.000 dari yang seharusnya. untuk orang tua seperti saya uang segitu sangat berarti.",
      rr="saya mohon SK pensiun saya dibetulkan sesuai golongan IV/a dan data di SIASN juga diperbaiki supaya Taspen bisa membayar sesuai hak saya.",
      place=None, date="2027-01-13", signed=True, email="sukarno.pensiunan@example.net",
      phone="085649012278")
plain_item("email_plain/h02.eml", from_=addr("Sukarno", "sukarno.pensiunan@example.net"),
           date_hdr="Wed, 13 Jan 2027 20:17:45 +0700", subject="sk pensiun salah golongan",
           domain="example.net",
           body=f"""Selamat malam bapak ibu di BKPSDM,

saya Sukarno, pensiunan guru SDN Rembang 2, pensiun TMT 1 Desember 2026. mohon maaf kalau tulisannya kurang rapi, saya minta tolong cucu untuk mengetik email ini.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

no hp saya 0856 4901 2278 (bisa WA).

Salam,
Sukarno
""", fields=f, division="pengadaan",
           note="retiree, informal lower-case; no address, no place/date line (date from Date header); pension SK -> pengadaan")

# h03 — anonymous report of a PPPK 'pass for money' offer -> sekretariat (illegal fees)
f = F(name=None, address=None,
      sd="Pada awal Januari 2027 ada seseorang yang mengaku pegawai BKPSDM mendatangi beberapa teman honorer di Kecamatan Prigen dan Purwosari. Orang tersebut menawarkan bantuan agar kami dinyatakan lulus seleksi PPPK dengan imbalan Rp 15.000.000 per orang, separuh dibayar di muka. Dia juga menunjukkan kartu identitas pegawai dan bilang sudah biasa mengurus hal seperti ini.",
      loss="Setidaknya tiga teman saya sudah menyerahkan uang muka masing-masing Rp 7.500.000, dan kami yang tidak mampu membayar merasa was-was dan tidak tenang karena takut kalah dengan yang membayar.",
      rr="Kami mohon BKPSDM menyelidiki apakah orang tersebut benar pegawai BKPSDM, menindak tegas bila terbukti, dan mengumumkan secara terbuka bahwa seleksi PPPK tidak dipungut biaya.",
      place=None, date="2027-01-15", signed=False, email="honorer.prihatin@example.com")
plain_item("email_plain/h03.eml", from_="honorer.prihatin@example.com",
           date_hdr="Fri, 15 Jan 2027 22:05:31 +0700",
           subject="Laporan oknum menawarkan kelulusan PPPK dengan bayaran", domain="example.com",
           body=f"""Kepada Yth.
Tim Pengaduan BKPSDM Kabupaten Pasuruan

Mohon maaf sebelumnya, saya tidak mencantumkan nama karena takut nanti tidak diluluskan. Saya salah satu tenaga honorer yang ikut seleksi PPPK tahun 2026.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Terima kasih.
""", fields=f, division="sekretariat",
           note="anonymous: no name, no address, no place, closing without a name; illegal fee in PPPK selection -> sekretariat")

# h04 — English letter, labelled, complete; degree recognition -> kompetensi
f = F(name="Maria Ulfa, S.Kep., Ns., M.N.",
      address="Perumahan Taman Sumbergedang Blok F-12, Desa Sumbergedang, Kecamatan Pandaan, Kabupaten Pasuruan",
      sd="I completed a Master of Nursing at a university in Malaysia in 2025 with a study permit (izin belajar) issued by BKPSDM in 2023. My application for pencantuman gelar was submitted in June 2026 together with the equivalency letter (penyetaraan ijazah) from the Ministry. In December 2026 the application was returned with only a handwritten note saying \"ditolak\", without any reason or reference to a regulation.",
      loss="Without the recognised degree I cannot apply for the position of head of the nursing unit, which opened in January 2027, and I have spent about Rp 2,000,000 on translations, legalisation and travel to Bangil.",
      rr="I ask BKPSDM to review my application again, to explain in writing the legal basis if it is rejected, and to let me know which documents are still needed.",
      place="Pandaan", date="2027-01-18", signed=True, email="maria.ulfa.mn@example.org",
      phone="081330217745")
plain_item("email_plain/h04.eml", from_=addr("Maria Ulfa", "maria.ulfa.mn@example.org"),
           date_hdr="Mon, 18 Jan 2027 10:12:03 +0700",
           subject="Complaint: recognition of my master's degree (pencantuman gelar)", domain="example.org",
           body=f"""Pandaan, 18 January 2027

To: The Head of BKPSDM Kabupaten Pasuruan
Subject: Formal complaint regarding degree recognition

Dear Sir or Madam,

I am writing to submit a formal complaint about the handling of my application for degree recognition (pencantuman gelar).

Name     : {f['name']}
Address  : {f['address']}
Phone    : +62 813-3021-7745
Position : Nurse, RSUD Bangil

Complaint:
{f['service_description']}

Loss suffered:
{f['loss']}

Requested resolution:
{f['requested_resolution']}

Thank you for your attention.

Yours faithfully,
{f['name']}
""", fields=f, division="kompetensi",
           note="English letter with English labels; +62 phone; degree recognition -> kompetensi")

# h05 — mixed Indonesian/English, wheelchair access (facilities) -> sekretariat although PPPK is named
f = F(name="Yoga Pratama",
      address="Dusun Sumberwaru RT 004 RW 002, Desa Sukoreno, Kecamatan Prigen, Kabupaten Pasuruan",
      sd="Tanggal 14 Januari 2027 saya diundang verifikasi berkas PPPK di kantor BKPSDM, tapi ruang verifikasi ada di lantai 2 dan tidak ada lift maupun ramp. Tidak ada petugas yang bisa turun ke lantai 1, jadi saya harus digendong dua orang pengunjung lewat tangga. Honestly it was very embarrassing dan juga berbahaya.",
      loss="Saya merasa dipermalukan di depan banyak orang, kursi roda saya sempat tergores dan rusak bagian sandaran kakinya, dan saya harus menunggu hampir tiga jam karena tidak bisa ikut antre di lantai 2.",
      rr="Please sediakan ramp atau layanan di lantai 1 untuk pengguna kursi roda dan lansia, dan untuk sementara petugas bisa turun melayani di lantai bawah kalau ada pengunjung difabel.",
      place="Prigen", date="2027-01-19", signed=True, email="yoga.pratama97@example.com",
      phone="087855123064")
plain_item("email_plain/h05.eml", from_=addr("Yoga Pratama", "yoga.pratama97@example.com"),
           date_hdr="Tue, 19 Jan 2027 13:30:22 +0700", subject="Akses kursi roda di kantor BKPSDM",
           domain="example.com",
           body=f"""Yth. Kepala BKPSDM Kabupaten Pasuruan,

Perkenalkan, saya:
Nama: {f['name']}
Alamat: {f['address']}
HP: 0878-5512-3064

Saya peserta seleksi PPPK formasi disabilitas dan pengguna kursi roda.

Keluhan saya:
{f['service_description']}

Kerugian:
{f['loss']}

Yang saya minta:
{f['requested_resolution']}

Prigen, 19 Januari 2027

Regards,
Yoga Pratama
""", fields=f, division="sekretariat",
           note="mixed Indonesian/English; facilities (no ramp) -> sekretariat even though PPPK verification is named")

# h06 — village head, letterhead, signature name in capitals; teacher transfers -> mutasi
f = F(name="Sutomo",
      address="Dusun Wonomerto RT 01 RW 02, Desa Wonokitri, Kecamatan Tosari, Kabupaten Pasuruan",
      sd="Dalam satu tahun terakhir tiga guru PNS SDN Wonokitri 1 dimutasi ke sekolah di wilayah Pandaan dan Bangil, tetapi tidak ada satu pun guru pengganti yang ditempatkan. Saat ini sekolah dengan 140 murid hanya memiliki dua guru PNS dan dua guru honorer. Kami sudah dua kali mengirim surat ke BKPSDM sejak Agustus 2026 namun belum mendapat jawaban.",
      loss="Akibatnya satu guru harus mengajar dua kelas sekaligus, beberapa mata pelajaran tidak diajarkan sama sekali, dan banyak orang tua mulai memindahkan anaknya ke sekolah di kecamatan lain yang jaraknya lebih dari 15 km.",
      rr="Kami memohon BKPSDM menempatkan guru pengganti di SDN Wonokitri 1 paling lambat awal semester genap dan mempertimbangkan kebutuhan sekolah di daerah pegunungan sebelum memutasi guru.",
      place="Wonokitri", date="2027-01-08", signed=True, email="pemdes.wonokitri@example.net",
      phone="081358610427")
plain_item("email_plain/h06.eml", from_=addr("Pemdes Wonokitri", "pemdes.wonokitri@example.net"),
           date_hdr="Fri, 08 Jan 2027 09:15:00 +0700",
           subject="Pengaduan mutasi guru SDN Wonokitri 1", domain="example.net",
           body=f"""PEMERINTAH KABUPATEN PASURUAN
KECAMATAN TOSARI
DESA WONOKITRI
Jl. Raya Bromo No. 3 Wonokitri, Kec. Tosari

                                        Wonokitri, 8 Januari 2027

Nomor    : 140/07/424.319.08/2027
Sifat    : Penting
Perihal  : Pengaduan mutasi guru SDN Wonokitri 1

Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
di
    Bangil

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama     : {f['name']}
Jabatan  : Kepala Desa Wonokitri
Alamat   : {f['address']}
Telp     : 0813 5861 0427

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Demikian pengaduan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

                                        Kepala Desa Wonokitri,


                                        SUTOMO
""", fields=f, division="mutasi",
           note="village head on letterhead (village office address is not his address); unlabelled paragraphs; signature block 'Kepala Desa Wonokitri,' + SUTOMO counts as signed")

# h07 — widow, survivor's pension, no labels, address in running text; pengadaan
f = F(name="Siti Aminah",
      address="Dusun Krajan RT 002 RW 001 Desa Kalipang Kecamatan Grati Kabupaten Pasuruan",
      sd="Berkas permohonan pensiun janda sudah saya serahkan lengkap ke BKPSDM pada 20 Oktober 2026, termasuk akta kematian, surat nikah dan Karis. Sudah hampir tiga bulan tetapi SK pensiun janda belum terbit, dan setiap kali saya datang ke kantor hanya dikatakan masih diproses.",
      loss="Sejak suami saya meninggal, saya tidak lagi menerima penghasilan apa pun, sementara dua anak saya masih sekolah. Untuk biaya sekolah dan makan sehari-hari saya terpaksa berutang kepada tetangga dan saudara.",
      rr="Saya mohon dengan sangat agar SK pensiun janda saya segera diterbitkan dan dikirim ke PT Taspen, supaya hak saya bisa segera dibayarkan.",
      place="Grati", date="2027-01-06", signed=True, email="siti.aminah.grati@example.com",
      phone="085231776019")
plain_item("email_plain/h07.eml", from_=addr("Siti Aminah", "siti.aminah.grati@example.com"),
           date_hdr="Thu, 07 Jan 2027 11:02:47 +0700", subject="Pensiun janda belum cair",
           domain="example.com",
           body=f"""Grati, 6 Januari 2027

Kepada Yth. Bapak Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya Siti Aminah, janda dari almarhum Bapak Abdul Rochim, PNS guru SDN Kalipang 1 yang meninggal dunia pada 2 Oktober 2026. Saya tinggal di {f['address']}, nomor HP 0852 3177 6019.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Demikian surat ini saya buat, atas bantuan Bapak saya ucapkan terima kasih.

Hormat saya,
Siti Aminah
""", fields=f, division="pengadaan",
           note="widow, survivor's pension; no labels, address in running text; letter dated the day before the Date header")

# h08 — parent, teacher absent (discipline) -> kinerja; no home address given
f = F(name="Hadi Purnomo", address=None,
      sd="Wali kelas anak saya, seorang guru PNS, sejak bulan September 2026 sering tidak masuk tanpa keterangan, dalam satu minggu bisa tiga sampai empat hari kosong. Hal ini sudah kami laporkan bersama komite sekolah ke BKPSDM secara tertulis pada 9 November 2026, tetapi sampai sekarang belum ada pemeriksaan maupun jawaban apa pun.",
      loss="Anak-anak kelas 5 sering hanya diberi tugas mencatat lalu ditinggal, nilai ulangan semester anak saya turun jauh, dan kami orang tua terpaksa membayar les tambahan sekitar Rp 200.000 per bulan.",
      rr="Kami mohon BKPSDM segera memeriksa guru yang bersangkutan sesuai aturan disiplin PNS dan memberi tahu komite sekolah hasil tindak lanjutnya.",
      place="Winongan", date="2027-01-19", signed=True, email="hadi.purnomo81@example.com",
      phone="082133904415")
plain_item("email_plain/h08.eml", from_=addr("Hadi Purnomo", "hadi.purnomo81@example.com"),
           date_hdr="Wed, 20 Jan 2027 06:48:19 +0700",
           subject="Guru sering tidak masuk, laporan belum ditindaklanjuti", domain="example.com",
           body=f"""Assalamu'alaikum wr. wb.

Yth. Bapak/Ibu BKPSDM Kab. Pasuruan

Saya Hadi Purnomo, wali murid kelas 5 SDN Sidepan 2, Kecamatan Winongan. HP/WA 0821-3390-4415.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Winongan, 19 Januari 2027

Wassalamu'alaikum wr. wb.
Hadi Purnomo
""", fields=f, division="kinerja",
           note="parent; only the child's school is named, no home address; ASN discipline -> kinerja; 'Wassalamu'alaikum' + name is a signed closing")

# h09 — PPPK applicant, score mismatch, capitalised section headings, NIK; pengadaan
f = F(name="Fitria Rahmadani, S.Pd.",
      address="Dusun Capang Krajan RT 01 RW 03, Desa Capang, Kecamatan Purwodadi, Kabupaten Pasuruan",
      sd="Setelah ujian seleksi kompetensi PPPK Guru tanggal 2 Desember 2026 di UPT BKN Surabaya, nilai yang tampil di layar komputer dan pada lembar hasil yang saya tanda tangani adalah 412. Namun pada pengumuman hasil akhir yang diterbitkan BKPSDM tanggal 8 Januari 2027 nilai saya tercatat 372 dan saya dinyatakan tidak lulus.",
      loss="Dengan nilai 412 saya seharusnya berada di peringkat pertama pada formasi Guru Kelas SDN Capang 1, sehingga saya kehilangan kesempatan diangkat menjadi PPPK setelah sebelas tahun mengabdi sebagai guru honorer.",
      rr="Saya mohon BKPSDM mencocokkan kembali nilai saya dengan data dari BKN, memperbaiki pengumuman bila terdapat kesalahan input, dan memberikan jawaban tertulis sebelum masa pengisian DRH berakhir.",
      place="Purwodadi", date="2027-01-21", signed=True, email="fitria.rahmadani@example.com",
      phone="081252340918", nik="3514125507950003")
plain_item("email_plain/h09.eml", from_=addr("Fitria Rahmadani", "fitria.rahmadani@example.com"),
           date_hdr="Thu, 21 Jan 2027 15:22:40 +0700",
           subject="Sanggahan nilai seleksi kompetensi PPPK 2026", domain="example.com",
           body=f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
selaku Panitia Seleksi Daerah

Hal: Pengaduan perbedaan nilai seleksi kompetensi PPPK Guru 2026

Dengan hormat,

IDENTITAS PELAPOR
Nama lengkap   : {f['name']}
NIK            : {f['nik']}
No. peserta    : 26351412100347
Alamat rumah   : {f['address']}
Nomor HP       : 081252340918

KRONOLOGI
{f['service_description']}

DAMPAK YANG SAYA ALAMI
{f['loss']}

TUNTUTAN PENYELESAIAN
{f['requested_resolution']}

Sebagai bukti saya lampirkan foto lembar hasil ujian.

Purwodadi, 21 Januari 2027

Hormat saya,
{f['name']}
""", fields=f, division="pengadaan",
           note="complete; capitalised headings KRONOLOGI / DAMPAK / TUNTUTAN; exam participant number next to NIK")

# h10 — midwife, haji leave (cuti besar); date only from header, no place/date line -> missing place
f = F(name="Nurul Hidayah, A.Md.Keb.",
      address="Dusun Watugede RT 05 RW 02 Desa Lumbang Kecamatan Lumbang Kabupaten Pasuruan",
      sd="Saya mendapat panggilan keberangkatan haji kloter Februari 2027 dan sudah mengajukan permohonan cuti besar melalui kepala puskesmas dan Dinas Kesehatan sejak 1 November 2026. Sampai hari ini surat keputusan cuti besar belum terbit, dan jawaban petugas hanya \"masih antre tanda tangan\".",
      loss="Tanpa SK cuti, saya khawatir tercatat mangkir selama 40 hari dan TPP saya dipotong, padahal pelunasan biaya haji dan persiapan keberangkatan sudah selesai. Saya menjadi sangat cemas menjelang keberangkatan.",
      rr="Mohon SK cuti besar saya diterbitkan sebelum tanggal 5 Februari 2027, atau saya diberi tahu bila masih ada kekurangan berkas.",
      place=None, date="2027-01-23", signed=True, email="nurul.hidayah.bidan@example.net",
      phone="081336082251")
plain_item("email_plain/h10.eml", from_=addr("Nurul Hidayah", "nurul.hidayah.bidan@example.net"),
           date_hdr="Sat, 23 Jan 2027 21:04:55 +0700",
           subject="Cuti besar untuk haji belum ada kepastian", domain="example.net",
           body=f"""Yth. Petugas Pengaduan BKPSDM Kabupaten Pasuruan,

Dengan hormat, saya mohon izin menyampaikan keluhan terkait permohonan cuti besar saya.

Nama : {f['name']}
Unit kerja : Puskesmas Lumbang
Alamat : {f['address']}
No. WA : 0813-3608-2251

Permasalahan:
{f['service_description']}

Kerugian:
{f['loss']}

Permohonan:
{f['requested_resolution']}

Atas perhatiannya saya ucapkan terima kasih.

Salam hormat,
Nurul Hidayah
""", fields=f, division="kinerja",
           note="no place/date line (date from Date header); closing name without the title of the Nama field; leave -> kinerja")

# h11 — honorary staff, WhatsApp style, Javanese closing; no loss, no place; pengadaan
f = F(name="Andik Setiawan",
      address="Dusun Krajan RT 03 RW 01 Desa Jatirejo Kec. Lekok",
      sd="nama saya tidak muncul di database non ASN BKN waktu saya cek di web. padahal teman2 saya yang masuknya bareng tahun 2016 semuanya ada. dulu th 2022 saya sudah setor berkas pendataan lewat operator kecamatan dan ada tanda terimanya. waktu saya tanya ke BKPSDM disuruh tanya kecamatan, di kecamatan disuruh tanya BKPSDM lagi, jadi saya bingung.",
      loss=None,
      rr="mohon nama saya dicek dan dimasukkan ke database non ASN supaya saya bisa ikut seleksi PPPK paruh waktu tahun ini.",
      place=None, date="2027-01-24", signed=True, email="andiksetiawan.lekok@example.com",
      phone="085334627701")
plain_item("email_plain/h11.eml", from_=addr("andik setiawan", "andiksetiawan.lekok@example.com"),
           date_hdr="Sun, 24 Jan 2027 19:36:12 +0700",
           subject="nama saya tdk ada di pendataan non ASN", domain="example.com",
           body=f"""assalamualaikum pak/bu

nama saya Andik Setiawan, honorer di kantor kecamatan Lekok sejak 2016. rumah saya {f['address']}. hp 085334627701

mau tanya sekaligus komplain pak, {f['service_description']}

{f['requested_resolution']} tanda terima pendataan th 2022 masih saya simpan kalau dibutuhkan.

matur nuwun
Andik
""", fields=f, division="pengadaan",
           note="chatty honorary worker, lower case, Javanese closing 'matur nuwun' + first name; no explicit loss, no place/date line")

# h12 — functional-position promotion, wrapped at 72, no requested resolution; mutasi
f = F(name="Ir. Bagus Hermawan",
      address="Dusun Kayukebek RT 002 RW 004, Desa Kayukebek, Kecamatan Tutur, Kabupaten Pasuruan",
      sd="Usul kenaikan jenjang jabatan saya dari Penyuluh Pertanian Ahli Pertama ke Ahli Muda beserta penetapan angka kredit telah saya ajukan melalui Dinas Pertanian pada Juni 2026. Angka kredit saya sudah memenuhi, tetapi setelah tujuh bulan usulan itu belum diproses dan status di aplikasi masih \"menunggu verifikasi BKPSDM\".",
      loss="Selama menunggu, saya tidak dapat menerima tunjangan jabatan fungsional Ahli Muda yang selisihnya sekitar Rp 400.000 per bulan, dan angka kredit yang saya kumpulkan sejak Juni tidak dapat dihitung untuk jenjang berikutnya.",
      rr=None, place="Tutur", date="2027-01-11", signed=True, email="bagus.hermawan@example.org",
      phone="082140337196", nik="3514201708830002")
plain_item("email_plain/h12.eml", from_=addr("Bagus Hermawan", "bagus.hermawan@example.org"),
           date_hdr="Tue, 12 Jan 2027 08:05:30 +0700",
           subject="Pengaduan: usul kenaikan jenjang jabatan fungsional Penyuluh Pertanian",
           domain="example.org", wrap=True,
           body=f"""Tutur, 11 Januari 2027

Perihal : Pengaduan usul kenaikan jenjang jabatan fungsional

Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
  Nama    : {f['name']}
  NIK     : {f['nik']}
  Alamat  : {f['address']}
  HP      : 0821 4033 7196
  Jabatan : Penyuluh Pertanian Ahli Pertama, BPP Tutur

menyampaikan pengaduan sebagai berikut.

1. Pelayanan yang tidak sesuai standar
   {f['service_description']}

2. Kerugian
   {f['loss']}

Demikian pengaduan ini saya sampaikan dengan sebenarnya.

Hormat saya,
Ir. Bagus Hermawan
""", fields=f, division="mutasi",
           note="wrapped at 72 columns with hanging indent; no requested resolution; functional-position promotion (jabatan) -> mutasi")

# h13 — Karsu, CRLF, lower-case labels, Yahoo mobile footer; pengadaan
f = F(name="Dewi Lestari Ningsih, S.E.",
      address="Jl. KH. Hasyim Asy'ari Gg. III No. 7, Kelurahan Kraton, Kecamatan Kraton, Kabupaten Pasuruan",
      sd="Pada bulan Juli 2026 saya mengajukan Kartu Suami (Karsu) melalui SIASN dan dinyatakan lengkap. Setelah enam bulan Karsu belum juga terbit dan status di aplikasi tidak berubah. Saya sudah tiga kali menanyakan lewat WhatsApp layanan BKPSDM tetapi pesan saya hanya dibaca tanpa dijawab.",
      loss="Karena Karsu belum ada, suami saya belum bisa didaftarkan sebagai tanggungan BPJS Kesehatan dari gaji saya, sehingga biaya berobat suami bulan lalu sebesar Rp 1.250.000 harus kami tanggung sendiri.",
      rr="Mohon Karsu saya segera diproses dan diterbitkan, serta layanan WhatsApp BKPSDM menjawab pertanyaan masyarakat.",
      place="Kraton", date="2027-01-25", signed=True, email="dewi_ln@example.com", phone="085730124468")
plain_item("email_plain/h13.eml", from_=addr("Dewi Lestari Ningsih", "dewi_ln@example.com"),
           date_hdr="Mon, 25 Jan 2027 12:40:02 +0700", subject="Kartu Suami (Karsu) belum jadi",
           domain="example.com", crlf=True, extra=[("X-Mailer", "YahooMailAndroid/7.2")],
           body=f"""Kepada Yth.
Kepala BKPSDM Kab. Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini,
nama: {f['name']}
alamat: {f['address']}
telp: 0857 3012 4468
pekerjaan: PNS pada Kecamatan Kraton

ingin menyampaikan keluhan. {f['service_description']}

{f['loss']}

{f['requested_resolution']}

Kraton, 25 Januari 2027
Hormat saya,

Dewi Lestari Ningsih

Sent from Yahoo Mail on Android
""", fields=f, division="pengadaan",
           note="CRLF line ends; lower-case labels; mobile-client footer after the signature; Karsu -> pengadaan")


# ================================================================== email_mime
def mime_item(rel, *, from_, date_hdr, subject, domain, plain, html_body, fields, division, note,
              extra=(), charset="utf-8", cte="quoted-printable", html_only=False, subject_charset=None,
              letter=None):
    if html_only:
        root = text_part(html_body, "html", charset, cte)
    else:
        root = MIMEMultipart("alternative", boundary=f"_{RNG.getrandbits(64):016x}_")
        root.attach(text_part(plain, "plain", charset, cte))
        root.attach(text_part(html_body, "html", charset, cte))
    envelope(root, from_=from_, date_hdr=date_hdr, subject=subject, domain=domain, extra=extra,
             subject_charset=subject_charset)
    write_eml(rel, root)
    LETTER_TEXT[rel] = letter if letter is not None else plain
    add_truth(rel, "email_mime", fields, division, note)


GMAIL_HTML = '<div dir="ltr">{inner}</div>\n'


def gmail(letter, sig=None):
    inner = html_paras(letter)
    if sig:
        inner += ('\n<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                  '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                  + "<br>".join(html.escape(s) for s in sig.split("\n")) + "</div></div>")
    return GMAIL_HTML.format(inner=inner)


def outlook(letter):
    paras = []
    for line in letter.split("\n"):
        if not line.strip():
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";}}\n@font-face\n\t{{font-family:Calibri;}}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}}\n'
            'span.EmailStyle17\n\t{{mso-style-type:personal-compose;}}\n--></style>\n'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n'
            '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + '\n</div>\n</body>\n</html>\n')


# h14 — Gmail multipart/alternative, utf-8 QP, inline bold labels, Gmail signature; PKA training -> kompetensi
f = F(name="Rizky Aditya Nugroho, S.STP., M.Si.",
      address="Perum Pesona Warungdowo Blok B-14, Desa Warungdowo, Kecamatan Pohjentrek, Kabupaten Pasuruan",
      sd="Saya telah lulus seleksi calon peserta Pelatihan Kepemimpinan Administrator (PKA) angkatan I tahun 2027 berdasarkan pengumuman BKPSDM bulan November 2026. Namun pada daftar peserta final yang terbit 28 Desember 2026 nama saya tidak ada dan diganti peserta lain, tanpa pemberitahuan atau alasan tertulis kepada saya.",
      loss="Saya telah menyiapkan proyek perubahan dan menyelesaikan penugasan pra-pelatihan, dan sebagai pejabat administrator saya wajib mengikuti PKA paling lambat dua tahun setelah dilantik, sehingga penundaan ini dapat mengganggu kelangsungan jabatan saya.",
      rr="Saya mohon penjelasan tertulis mengenai dasar pencoretan nama saya dan, apabila tidak ada alasan yang sah, nama saya dikembalikan dalam daftar peserta PKA angkatan I tahun 2027.",
      place="Pohjentrek", date="2027-01-05", signed=True, email="rizky.an@example.com",
      phone="081252187730")
letter = f"""Pohjentrek, 5 Januari 2027

Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya:
Nama: {f['name']}
Jabatan: Sekretaris Kecamatan Pohjentrek
Alamat: {f['address']}
HP: 0812-5218-7730

menyampaikan pengaduan sebagai berikut:

Uraian: {f['service_description']}

Kerugian: {f['loss']}

Permintaan: {f['requested_resolution']}

Demikian, terima kasih atas perhatiannya.

Hormat saya,
Rizky Aditya Nugroho"""
sig = "Rizky Aditya Nugroho\nSekretaris Kecamatan Pohjentrek"
h = gmail(letter, sig)
for lab in ("Uraian:", "Kerugian:", "Permintaan:", "Nama:", "Jabatan:", "Alamat:", "HP:"):
    h = h.replace(f"<div>{lab} ", f"<div><b>{lab}</b> ")
mime_item("email_mime/h14.eml", from_=addr("Rizky Aditya Nugroho", "rizky.an@example.com"),
          date_hdr="Tue, 05 Jan 2027 14:11:09 +0700",
          subject="Nama saya dicoret dari daftar peserta Pelatihan Kepemimpinan Administrator",
          domain="example.com", plain=letter + "\n\n-- \n" + sig + "\n", html_body=h, letter=letter,
          fields=f, division="kompetensi",
          note="Gmail multipart/alternative, utf-8 QP, bold inline labels, Gmail signature block; leadership training -> kompetensi although 'jabatan' appears")

# h15 — Outlook, windows-1252 QP, curly quotes and en dash; discipline sanction -> kinerja
f = F(name="Agung Prasetya Wibowo, S.K.M.",
      address="Dusun Tambakrejo RT 03 RW 01, Desa Penunggul, Kecamatan Nguling, Kabupaten Pasuruan",
      sd="Pada 14 Desember 2026 saya menerima keputusan hukuman disiplin sedang berupa pemotongan tunjangan kinerja 25% selama enam bulan karena dianggap \u201ctidak masuk kerja tanpa keterangan\u201d selama 12 hari. Saya tidak pernah dipanggil untuk pemeriksaan maupun diberi kesempatan menunjukkan surat tugas pelatihan di Surabaya pada tanggal-tanggal tersebut, padahal menurut aturan pemeriksaan wajib dilakukan sebelum hukuman dijatuhkan.",
      loss="Penghasilan saya berkurang sekitar Rp 950.000 per bulan selama enam bulan, dan catatan hukuman disiplin ini menghambat usul kenaikan pangkat saya periode April 2027.",
      rr="Mohon BKPSDM meninjau kembali keputusan hukuman disiplin tersebut, memeriksa surat tugas yang saya lampirkan, dan membatalkan hukuman apabila terbukti saya sedang melaksanakan tugas kedinasan.",
      place="Nguling", date="2027-01-06", signed=True, email="agung.pw@example.net",
      phone="083831205567", nik="3514230904880001")
letter = f"""Nguling, 6 Januari 2027

Hal: Pengaduan proses penjatuhan hukuman disiplin

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama       : {f['name']}
NIK        : {f['nik']}
Alamat     : {f['address']}
No. HP     : 0838-3120-5567
Unit kerja : Puskesmas Nguling

Uraian pengaduan:
{f['service_description']}

Kerugian yang saya alami:
{f['loss']}

Permintaan penyelesaian:
{f['requested_resolution']}

Demikian pengaduan ini saya sampaikan. Terima kasih.

Hormat saya,
Agung Prasetya Wibowo"""
mime_item("email_mime/h15.eml", from_=addr("Agung Prasetya Wibowo", "agung.pw@example.net"),
          date_hdr="Wed, 06 Jan 2027 10:47:33 +0700",
          subject="Keberatan atas hukuman disiplin \u2013 pemotongan tukin", subject_charset="windows-1252",
          domain="example.net", plain=letter + "\n", html_body=outlook(letter).replace("{cs}", "windows-1252"),
          charset="windows-1252", cte="quoted-printable",
          extra=[("Thread-Topic", "Keberatan atas hukuman disiplin"), ("Thread-Index", "AdtgQk3pYy8vT2w5QUeSx0m1nB2kLw=="),
                 ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "id-ID")],
          fields=f, division="kinerja",
          note="Outlook multipart/alternative, windows-1252 QP, curly quotes, RFC 2047 subject with en dash; discipline -> kinerja although kenaikan pangkat is mentioned in the loss")

# h16 — Yahoo HTML-only utf-8 QP, identity in running text, no loss; SK PPPK -> pengadaan
f = F(name="Rina Kusumawati, S.Kom.",
      address="Dusun Kluncing RT 001 RW 002, Desa Kluncing, Kecamatan Wonorejo, Kabupaten Pasuruan",
      sd="Saya ingin menyampaikan bahwa sampai hari ini saya belum menerima SK pengangkatan PPPK dan perjanjian kerja, padahal teman-teman satu angkatan sudah menerima SK pada acara penyerahan tanggal 2 Desember 2026. Nama saya tidak dipanggil dan petugas hanya mengatakan SK saya \"masih di bagian lain\" tanpa kejelasan.",
      loss=None,
      rr="Mohon BKPSDM mengecek keberadaan SK saya dan menyerahkannya secepatnya, atau memberi tahu secara tertulis apabila ada masalah pada data saya.",
      place="Wonorejo", date="2027-01-14", signed=True, email="rina_kusuma88@example.com",
      phone="081331442207")
letter = f"""Yth. Bapak/Ibu BKPSDM Kabupaten Pasuruan

Dengan hormat,
Nama saya {f['name']}, PPPK tenaga teknis formasi 2025 yang ditempatkan di Kantor Kecamatan Wonorejo. Alamat saya {f['address']}, HP 0813-3144-2207.

{f['service_description']}

{f['requested_resolution']}

Wonorejo, 14 Januari 2027

Hormat saya,
Rina Kusumawati"""
ydiv = []
for line in letter.split("\n"):
    ydiv.append('<div dir="ltr" data-setdir="false">' + (html.escape(line, quote=False) if line.strip() else "<br>") + "</div>")
yahoo_html = ('<html><head></head><body><div class="ydp5c1e7a2ayahoo-style-wrap" '
              'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
              + "".join(ydiv) + '<div dir="ltr" data-setdir="false"><br></div></div></body></html>')
mime_item("email_mime/h16.eml", from_=addr("Rina Kusumawati", "rina_kusuma88@example.com"),
          date_hdr="Thu, 14 Jan 2027 16:03:48 +0700", subject="SK PPPK belum saya terima",
          domain="example.com", plain="", html_body=yahoo_html, html_only=True, letter=letter,
          extra=[("X-Mailer", "WebService/1.1.21797 YMailNorrin")],
          fields=f, division="pengadaan",
          note="Yahoo HTML-only (one div per line), utf-8 QP; identity in running text; no loss")

# h17 — Roundcube HTML-only iso-8859-1 QP, date without place; inter-regional transfer -> mutasi
f = F(name="Hendro Wicaksono, S.Pd.",
      address="Perumahan Bumi Rembang Asri Blok C-3, Desa Pejangkungan, Kecamatan Rembang, Kabupaten Pasuruan",
      sd="Pada 15 Oktober 2026 saya mengajukan permohonan mutasi antar daerah dari SMPN 2 Rembang ke Pemerintah Kota Malang, mengikuti istri saya yang bertugas di sana. Pemerintah Kota Malang sudah menerbitkan surat persetujuan menerima, tetapi surat persetujuan melepas (lolos butuh) dari Kabupaten Pasuruan belum terbit setelah \u00b1 3 bulan, dan tidak ada penjelasan tentang kekurangan berkas.",
      loss="Saya harus bolak-balik Malang-Rembang setiap hari sejauh sekitar 90 km, dengan biaya bensin dan tol sekitar Rp 1.500.000 per bulan, dan anak kami yang masih balita jarang bertemu ayahnya.",
      rr="Saya memohon agar permohonan mutasi saya segera diproses dan surat persetujuan melepas diterbitkan, atau apabila ditolak, saya diberi alasan penolakan secara tertulis.",
      place=None, date="2027-01-22", signed=True, email="hendro.wicaksono@example.net",
      phone="085646221980")
letter = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya yang bertanda tangan di bawah ini:
Nama: {f['name']}
Alamat: {f['address']}
Telepon: 0856-4622-1980

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Demikian pengaduan ini saya sampaikan. Terima kasih.

22 Januari 2027

Hormat saya,
Hendro Wicaksono, S.Pd."""
paras = letter.split("\n\n")
rc_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" /></head>'
           "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
           + "\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br />\n") + "</p>" for p in paras)
           + '\n<div id="signature"></div>\n</body></html>\n')
mime_item("email_mime/h17.eml", from_=addr("Hendro Wicaksono", "hendro.wicaksono@example.net"),
          date_hdr="Fri, 22 Jan 2027 09:30:00 +0700",
          subject="Mutasi antar daerah \u00b1 3 bulan tanpa jawaban", subject_charset="iso-8859-1",
          domain="example.net", plain="", html_body=rc_html, html_only=True, letter=letter,
          charset="iso-8859-1", cte="quoted-printable",
          extra=[("User-Agent", "Roundcube Webmail/1.6.5"), ("X-Sender", "hendro.wicaksono@example.net")],
          fields=f, division="mutasi",
          note="Roundcube HTML-only, iso-8859-1 QP with the plus-minus sign; date line without place; inter-regional transfer -> mutasi")

# h18 — English, Gmail multipart base64, sent from Japan (+0900), no place/date line; NIP/SK CPNS -> pengadaan
f = F(name="Reza Mahendra, S.T.",
      address="Jl. Untung Suropati No. 25 RT 02 RW 04, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
      sd="All of my documents (DRH, health certificate, police record) were uploaded to SSCASN and verified in August 2026. Other candidates from the same selection received their NIP and SK CPNS in November 2026, but my NIP has still not been issued and the status in the system shows \"usul penetapan NIP dikembalikan\" without any note explaining what is wrong.",
      loss="Because of this I cannot start work or receive a salary, while my contract in Japan ends in February, so I may be left without any income from March.",
      rr="I kindly ask BKPSDM to check why my NIP application was returned, tell me exactly which document needs to be corrected, and resubmit my application to BKN as soon as possible.",
      place=None, date="2027-01-16", signed=True, email="reza.mahendra.jp@example.com",
      phone="082144559083")
letter = f"""Dear BKPSDM Kabupaten Pasuruan complaint team,

My name is {f['name']} I passed the 2025 CPNS selection for the position of Ahli Pertama - Teknik Sipil at the Public Works Office (DPUPR) of Kabupaten Pasuruan. I am currently finishing a short research contract in Japan and will return in February. My home address is {f['address']}, and my WhatsApp number is +62 821-4455-9083.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Thank you very much for your help.

Best regards,
Reza Mahendra"""
mime_item("email_mime/h18.eml", from_=addr("Reza Mahendra", "reza.mahendra.jp@example.com"),
          date_hdr="Sat, 16 Jan 2027 00:40:12 +0900",
          subject="Complaint - NIP and SK CPNS not yet issued", domain="example.com",
          plain=letter + "\n", html_body=gmail(letter), charset="utf-8", cte="base64",
          fields=f, division="pengadaan",
          note="English, Gmail multipart base64; no place/date line, Date header at +0900 -> the sender's local date 2027-01-16 (15 Jan in WIB)")

# h19 — Outlook HTML, counter staff conduct -> sekretariat though Karpeg is named; no loss
f = F(name="Samsul Arifin",
      address="Dusun Krajan RT 04 RW 02, Desa Ngantungan, Kecamatan Pasrepan, Kabupaten Pasuruan",
      sd="Pada hari Kamis, 7 Januari 2027, saya datang ke loket untuk mengambil Kartu Pegawai elektronik yang sudah dinyatakan jadi. Petugas yang berjaga sibuk bermain ponsel selama hampir 30 menit sementara antrean menumpuk. Ketika giliran saya tiba, petugas berkata dengan ketus bahwa saya seharusnya mengurus sendiri lewat aplikasi dan menyuruh saya pulang tanpa memeriksa data saya.",
      loss=None,
      rr="Saya mohon pimpinan BKPSDM membina petugas loket tersebut agar melayani dengan sopan dan tidak bermain ponsel saat jam pelayanan, serta memastikan Karpeg elektronik saya dapat saya terima.",
      place="Pasrepan", date="2027-01-11", signed=True, email="samsul.arifin@example.org",
      phone="085234029915")
letter = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan

Saya Samsul Arifin, guru PNS di SDN Pasrepan 1, beralamat di {f['address']} (HP 0852-3402-9915), ingin menyampaikan pengaduan atas sikap petugas di loket layanan.

{f['service_description']}

{f['requested_resolution']}

Pasrepan, 11 Januari 2027

Hormat saya,
Samsul Arifin"""
mime_item("email_mime/h19.eml", from_=addr("Samsul Arifin", "samsul.arifin@example.org"),
          date_hdr="Mon, 11 Jan 2027 15:55:14 +0700", subject="Pelayanan petugas loket tidak ramah",
          domain="example.org", plain=letter + "\n", html_body=outlook(letter).replace("{cs}", "utf-8"),
          charset="utf-8", cte="base64", extra=[("X-Mailer", "Microsoft Outlook 16.0")],
          fields=f, division="sekretariat",
          note="Outlook multipart base64; counter staff conduct -> sekretariat although Karpeg is named; no loss")

# h20 — anonymous Gmail HTML report of an absent civil servant -> kinerja
f = F(name=None, address=None,
      sd="Ada seorang pegawai PNS di kantor kami yang sejak Oktober 2026 hampir tidak pernah masuk kerja, tetapi daftar hadirnya tetap terisi karena dititipkan ke rekan lain dan gajinya tetap dibayar penuh. Hal ini sudah diketahui atasan langsung, namun tidak pernah ada teguran atau pemeriksaan.",
      loss="Pekerjaan yang bersangkutan akhirnya dibebankan kepada kami yang masuk, sehingga pelayanan kepada masyarakat sering terlambat, dan negara terus membayar gaji pegawai yang tidak bekerja.",
      rr="Mohon BKPSDM melakukan pemeriksaan disiplin terhadap pegawai tersebut dan memeriksa daftar hadir kantor kami, tanpa mengungkap identitas pelapor.",
      place=None, date="2027-01-26", signed=False, email="rembang.bersih@example.com")
letter = f"""Kepada Yth. BKPSDM Kabupaten Pasuruan,

Saya ASN di salah satu kantor di Kecamatan Rembang. Mohon maaf identitas saya tidak saya cantumkan.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Terima kasih."""
mime_item("email_mime/h20.eml", from_="rembang.bersih@example.com",
          date_hdr="Tue, 26 Jan 2027 23:12:44 +0700", subject="Laporan ASN tidak masuk kerja berbulan-bulan",
          domain="example.com", plain=letter + "\n", html_body=gmail(letter), charset="utf-8",
          cte="quoted-printable", fields=f, division="kinerja",
          note="anonymous (bare From address), Gmail multipart QP; ASN discipline -> kinerja")

# h21 — Outlook HTML with identity table, closing without a name; SIASN family data -> pengadaan
f = F(name="Lukman Hakim, S.Sos.",
      address="Jl. Raya Sukorejo No. 88 RT 03 RW 06, Desa Sukorejo, Kecamatan Sukorejo, Kabupaten Pasuruan",
      sd="Sejak Agustus 2026 saya mengajukan pemutakhiran data keluarga di SIASN untuk menambahkan anak kedua saya yang lahir pada Juli 2026, dengan melampirkan akta kelahiran dan kartu keluarga. Usulan tersebut sudah dua kali ditolak dengan alasan \"dokumen tidak terbaca\", padahal file yang saya unggah jelas dan sudah saya periksa ulang.",
      loss="Karena data anak belum masuk SIASN, tunjangan anak untuk anak kedua saya belum dibayarkan selama lima bulan, dan anak saya belum bisa didaftarkan sebagai tanggungan BPJS Kesehatan dari gaji saya.",
      rr="Mohon petugas BKPSDM memverifikasi langsung dokumen saya dan menyetujui pemutakhiran data anak di SIASN, serta memberi tahu apabila ada dokumen lain yang harus diunggah.",
      place="Sukorejo", date="2027-01-26", signed=False, email="lukman.hakim@example.net",
      phone="081559103342", nik="3514150211860005")
rows = [("Nama", f["name"]), ("NIK", f["nik"]), ("Alamat", f["address"]), ("No. HP", "0815-5910-3342")]
letter = ("Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan\n\nDengan hormat, saya yang bertanda tangan di bawah ini:\n\n"
          + "\n".join(f"{k} : {v}" for k, v in rows)
          + f"\n\nmenyampaikan pengaduan sebagai berikut.\n\nUraian pengaduan\n{f['service_description']}\n\n"
          f"Kerugian\n{f['loss']}\n\nPermintaan penyelesaian\n{f['requested_resolution']}\n\n"
          "Sukorejo, 26 Januari 2027\n\nTerima kasih atas perhatiannya.")
tbl = ('<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
       + "\n".join(f'<tr><td width="120" valign="top" style="padding:0cm 5.4pt"><p class="MsoNormal">{html.escape(k)}<o:p></o:p></p></td>'
                   f'<td width="12" valign="top" style="padding:0cm 5.4pt"><p class="MsoNormal">:<o:p></o:p></p></td>'
                   f'<td width="420" valign="top" style="padding:0cm 5.4pt"><p class="MsoNormal">{html.escape(v)}<o:p></o:p></p></td></tr>'
                   for k, v in rows) + "\n</table>")
oh = outlook(letter).replace("{cs}", "utf-8")
table_plain = "\n".join(f'<p class="MsoNormal">{html.escape(f"{k} : {v}", quote=False)}<o:p></o:p></p>' for k, v in rows)
assert table_plain in oh
oh = oh.replace(table_plain, tbl)
for lab in ("Uraian pengaduan", "Kerugian", "Permintaan penyelesaian"):
    oh = oh.replace(f'<p class="MsoNormal">{lab}<o:p></o:p></p>', f'<p class="MsoNormal"><b>{lab}<o:p></o:p></b></p>')
mime_item("email_mime/h21.eml", from_=addr("Lukman Hakim", "lukman.hakim@example.net"),
          date_hdr="Wed, 27 Jan 2027 08:20:11 +0700", subject="Data anak di SIASN tidak diperbarui",
          domain="example.net", plain=letter + "\n", html_body=oh, charset="utf-8", cte="quoted-printable",
          extra=[("X-Mailer", "Microsoft Outlook 16.0")], letter=letter,
          fields=f, division="pengadaan",
          note="Outlook with the identity in an HTML table; 'Terima kasih atas perhatiannya.' with no name -> not signed")

# h22 — Gmail multipart, polite informal; Latsar CPNS (training) -> kompetensi
f = F(name="Novi Anggraini, A.Md.Kep.",
      address="Perum Griya Pandan Asri Blok A-7, Desa Ranuklindungan, Kecamatan Grati, Kabupaten Pasuruan",
      sd="Saya ingin mengadukan bahwa sampai sekarang saya dan sekitar 40 CPNS formasi 2025 lainnya belum dijadwalkan mengikuti Pelatihan Dasar (Latsar) CPNS, padahal masa percobaan kami akan berakhir pada Juni 2027. Setiap kali kami tanyakan, jawabannya selalu \"menunggu kuota dari BPSDM Provinsi\" tanpa perkiraan waktu.",
      loss="Kalau Latsar tidak selesai sebelum masa percobaan habis, pengangkatan kami sebagai PNS akan tertunda dan kami tetap menerima gaji 80%. Kami juga khawatir status kami bisa dibatalkan.",
      rr="Kami mohon BKPSDM memberi kepastian jadwal Latsar bagi CPNS formasi 2025 dan mengumumkannya secara terbuka paling lambat bulan Februari 2027.",
      place="Grati", date="2027-01-28", signed=True, email="novianggraini.ns@example.com",
      phone="089677134028")
letter = f"""Selamat malam, Bapak/Ibu Tim Pengaduan BKPSDM.

Perkenalkan, saya {f['name']}, CPNS formasi 2025 di RSUD Grati. Alamat saya di {f['address']}. Nomor HP saya 0896-7713-4028.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Grati, 28 Januari 2027

Terima kasih,
Novi Anggraini"""
mime_item("email_mime/h22.eml", from_=addr("Novi Anggraini", "novianggraini.ns@example.com"),
          date_hdr="Thu, 28 Jan 2027 19:50:37 +0700", subject="Jadwal Latsar CPNS 2025 belum ada kejelasan",
          domain="example.com", plain=letter + "\n", html_body=gmail(letter), charset="utf-8",
          cte="quoted-printable", fields=f, division="kompetensi",
          note="Gmail multipart QP, identity in running text; basic training (Latsar) -> kompetensi although it concerns CPNS")


# ================================================================== email_pdf
def pdf_item(rel, *, from_, date_hdr, subject, domain, cover, blocks, signed, seed, filename,
             fields, division, note, underline_name=False, extra=()):
    pdf = make_pdf(blocks, signed=signed, seed=seed, underline_name=underline_name)
    root = MIMEMultipart("mixed", boundary=f"0000000000{RNG.getrandbits(64):016x}")
    root.attach(text_part(cover, "plain", "utf-8", "8bit"))
    root.attach(attach(pdf, "application", "pdf", filename))
    envelope(root, from_=from_, date_hdr=date_hdr, subject=subject, domain=domain, extra=extra)
    write_eml(rel, root)
    LETTER_TEXT[rel] = blocks_text(blocks)
    add_truth(rel, "email_pdf", fields, division, note)


# h23 — signed, complete; resignation (pemberhentian APS) -> pengadaan
f = F(name="Yusuf Efendi, S.Pd.I.",
      address="Dusun Krajan RT 01 RW 02, Desa Arjosari, Kecamatan Rejoso, Kabupaten Pasuruan",
      sd="Pada 1 Agustus 2026 saya mengajukan permohonan berhenti dengan hormat atas permintaan sendiri sebagai PNS guru di SDN Rejoso Lor 1, karena harus merawat orang tua dan meneruskan usaha keluarga. Permohonan telah disetujui kepala dinas, tetapi sudah lima bulan keputusan pemberhentian belum terbit dan saya tidak mendapat kabar apa pun.",
      loss="Saya tidak dapat mulai bekerja di tempat lain karena masih tercatat sebagai PNS, dan tawaran pekerjaan yang saya terima sejak Oktober 2026 terpaksa saya tolak.",
      rr="Saya mohon keputusan pemberhentian atas permintaan sendiri segera diproses dan diterbitkan, atau saya diberi penjelasan tertulis apabila ada kekurangan syarat.",
      place="Rejoso", date="2027-01-04", signed=True, email="yusuf.efendi@example.com",
      phone="085706413389")
pdf_item("email_pdf/h23.eml", from_=addr("Yusuf Efendi", "yusuf.efendi@example.com"),
         date_hdr="Mon, 04 Jan 2027 12:25:40 +0700",
         subject="Pengaduan permohonan berhenti atas permintaan sendiri", domain="example.com",
         cover="Selamat siang,\n\nBersama ini saya lampirkan surat pengaduan terkait permohonan berhenti atas permintaan sendiri. Mohon ditindaklanjuti.\n\nTerima kasih,\nYusuf Efendi\n",
         blocks=[("right", "Rejoso, 4 Januari 2027"), ("gap", 4),
                 ("kv", "Perihal", "Pengaduan permohonan pemberhentian atas permintaan sendiri"),
                 ("kv", "Lampiran", "3 (tiga) lembar"), ("gap", 4),
                 ("p", "Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\ndi Bangil"), ("gap", 4),
                 ("p", "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:"),
                 ("kv", "Nama", f["name"]), ("kv", "Alamat", f["address"]), ("kv", "No. HP", "0857-0641-3389"),
                 ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 2),
                 ("p", "Uraian pengaduan:"), ("p", f["service_description"]), ("gap", 2),
                 ("p", "Kerugian:"), ("p", f["loss"]), ("gap", 2),
                 ("p", "Permintaan penyelesaian:"), ("p", f["requested_resolution"]), ("gap", 3),
                 ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
                 ("gap", 6), ("close", "Hormat saya,", f["name"])],
         signed=True, seed=23, filename="Pengaduan_APS_Yusuf_Efendi.pdf", fields=f, division="pengadaan",
         note="signed PDF (vector strokes), complete; resignation (pemberhentian) -> pengadaan")

# h24 — signed, complete; place/date at the bottom; rank promotion -> mutasi
f = F(name="Ani Sulistyowati, S.Pd.",
      address="Jl. Sengon No. 12 RT 003 RW 001, Desa Sengonagung, Kecamatan Purwosari, Kabupaten Pasuruan",
      sd="Usul kenaikan pangkat saya dari Penata Tingkat I (III/d) ke Pembina (IV/a) periode Oktober 2026 sudah diunggah oleh operator sekolah pada bulan Juni 2026 lengkap dengan penetapan angka kredit. Pada bulan November 2026 usul tersebut dinyatakan \"berkas tidak ditemukan\" di BKPSDM, sedangkan operator sekolah memiliki bukti unggah dan tanda terima.",
      loss="Kenaikan pangkat saya mundur sekurang-kurangnya enam bulan ke periode April 2027, sehingga saya kehilangan selisih gaji pokok kurang lebih Rp 250.000 per bulan.",
      rr="Saya mohon BKPSDM mencari kembali berkas usul saya berdasarkan bukti unggah yang saya lampirkan dan memproses kenaikan pangkat saya dengan TMT 1 Oktober 2026.",
      place="Purwosari", date="2027-01-18", signed=True, email="ani.sulistyowati@example.org",
      phone="081230776521", nik="3514096108790002")
pdf_item("email_pdf/h24.eml", from_=addr("Ani Sulistyowati", "ani.sulistyowati@example.org"),
         date_hdr="Tue, 19 Jan 2027 07:15:02 +0700", subject="Pengaduan kenaikan pangkat", domain="example.org",
         cover="Dengan hormat,\n\nTerlampir surat pengaduan kenaikan pangkat. Terima kasih.\n",
         blocks=[("p", "Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\nJl. Raya Raci KM. 9 Bangil"), ("gap", 4),
                 ("p", "Hal: Pengaduan usul kenaikan pangkat periode Oktober 2026"), ("gap", 4),
                 ("p", "Dengan hormat,\nYang bertanda tangan di bawah ini:"),
                 ("kv", "Nama", f["name"]), ("kv", "NIK", f["nik"]), ("kv", "Alamat", f["address"]),
                 ("kv", "Telepon", "0812-3077-6521"), ("kv", "Unit Kerja", "SMP Negeri 1 Purwosari"), ("gap", 2),
                 ("p", "Dengan ini menyampaikan pengaduan sebagai berikut:"),
                 ("p", "1. Pelayanan yang tidak sesuai standar"), ("p", f["service_description"]),
                 ("p", "2. Kerugian"), ("p", f["loss"]),
                 ("p", "3. Permintaan penyelesaian"), ("p", f["requested_resolution"]), ("gap", 3),
                 ("p", "Demikian pengaduan ini saya buat dengan sebenar-benarnya."), ("gap", 4),
                 ("close", "Purwosari, 18 Januari 2027\nYang mengadu,", f["name"])],
         signed=True, seed=24, filename="surat pengaduan kenaikan pangkat.pdf", fields=f, division="mutasi",
         note="signed PDF; the agency's street address is in the letter (not the complainant's); place/date above the closing")

# h25 — unsigned (typed name only); CLTN leave -> kinerja; cover note itself has a name
f = F(name="Puji Astuti, S.Farm., Apt.",
      address="Perum Gempol Asri Blok H-21, Desa Karangrejo, Kecamatan Gempol, Kabupaten Pasuruan",
      sd="Pada bulan September 2026 saya mengajukan permohonan cuti di luar tanggungan negara selama dua tahun untuk mendampingi suami yang bertugas di Makassar. Berkas sudah diterima BKPSDM pada 30 September 2026, namun hingga sekarang belum ada keputusan maupun pemberitahuan apakah permohonan saya disetujui atau ditolak.",
      loss="Karena belum ada keputusan, saya harus tetap bekerja di Gempol dan terpisah dari suami serta anak kami yang sudah ikut pindah ke Makassar, dan tiket pesawat yang sudah saya beli untuk bulan Desember 2026 hangus sebesar Rp 2.100.000.",
      rr="Saya memohon BKPSDM segera memberikan keputusan atas permohonan cuti di luar tanggungan negara saya paling lambat akhir Januari 2027.",
      place="Gempol", date="2027-01-12", signed=False, email="puji.astuti@example.com",
      phone="082231458076")
pdf_item("email_pdf/h25.eml", from_=addr("Puji Astuti", "puji.astuti@example.com"),
         date_hdr="Wed, 13 Jan 2027 17:42:18 +0700", subject="Pengaduan cuti di luar tanggungan negara",
         domain="example.com",
         cover="Yth. Tim Pengaduan,\n\nTerlampir surat pengaduan saya mengenai permohonan cuti di luar tanggungan negara.\n\nSalam,\nPuji Astuti\n",
         blocks=[("right", "Gempol, 12 Januari 2027"), ("gap", 4),
                 ("p", "Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\ndi tempat"), ("gap", 4),
                 ("p", "Perihal: Pengaduan permohonan cuti di luar tanggungan negara"), ("gap", 4),
                 ("p", "Dengan hormat,"), ("gap", 2),
                 ("p", f"Saya, {f['name']}, apoteker di Puskesmas Gempol, beralamat di {f['address']}, nomor HP 0822-3145-8076, dengan ini menyampaikan pengaduan."),
                 ("gap", 2), ("p", f["service_description"]), ("gap", 2), ("p", f["loss"]), ("gap", 2),
                 ("p", f["requested_resolution"]), ("gap", 3),
                 ("p", "Demikian surat ini saya sampaikan. Terima kasih."), ("gap", 6),
                 ("close", "Hormat saya,", f["name"])],
         signed=False, seed=25, filename="pengaduan_cltn.pdf", underline_name=True, fields=f, division="kinerja",
         note="PDF letter with typed (underlined) name only -> not signed, although the cover note closes with a name; leave -> kinerja")

# h26 — signed, no loss; degree recognition -> kompetensi
f = F(name="Siti Khoiriyah",
      address="Dusun Glanggang Barat RT 02 RW 05, Desa Glanggang, Kecamatan Beji, Kabupaten Pasuruan",
      sd="Saya adalah PNS pengadministrasi umum di Kantor Kecamatan Beji. Dengan izin belajar yang diterbitkan BKPSDM pada tahun 2022, saya menyelesaikan pendidikan S1 Administrasi Negara pada bulan Agustus 2026. Permohonan pencantuman gelar yang saya ajukan pada bulan Oktober 2026 dikembalikan dengan alasan \"izin belajar tidak ditemukan di arsip\", padahal salinan izin belajar yang asli sudah saya lampirkan.",
      loss=None,
      rr="Saya mohon BKPSDM memeriksa kembali arsip izin belajar tahun 2022 dan memproses pencantuman gelar S1 saya berdasarkan salinan izin belajar yang saya lampirkan.",
      place="Beji", date="2027-01-21", signed=True, email="khoiriyah.siti@example.net",
      phone="081357206614")
pdf_item("email_pdf/h26.eml", from_=addr("Siti Khoiriyah", "khoiriyah.siti@example.net"),
         date_hdr="Fri, 22 Jan 2027 10:01:55 +0700", subject="Pengaduan pencantuman gelar", domain="example.net",
         cover="Dengan hormat,\nBerikut saya kirimkan surat pengaduan (PDF). Mohon maaf bila ada kekurangan.\nWassalam.\n",
         blocks=[("kv", "Nomor", "-"), ("kv", "Hal", "Pengaduan pencantuman gelar S1"), ("gap", 4),
                 ("p", "Kepada Yth.\nKepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia\nKabupaten Pasuruan"),
                 ("gap", 4), ("p", "Dengan hormat,\nYang bertanda tangan di bawah ini:"),
                 ("kv", "Nama", f["name"]), ("kv", "Alamat", f["address"]), ("kv", "No. HP", "0813-5720-6614"),
                 ("p", "menyampaikan pengaduan mengenai permohonan pencantuman gelar sarjana saya."), ("gap", 2),
                 ("p", f["service_description"]), ("gap", 2), ("p", f["requested_resolution"]), ("gap", 3),
                 ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
                 ("gap", 6), ("close", "Beji, 21 Januari 2027\nHormat saya,", f["name"])],
         signed=True, seed=26, filename="Surat Pengaduan Pencantuman Gelar.pdf", fields=f, division="kompetensi",
         note="signed PDF, no loss; degree recognition -> kompetensi (izin belajar is named too)")

# h27 — signed, complete, roman-numbered sections; counter hours and waiting room -> sekretariat
f = F(name="Mochamad Ilham",
      address="Jl. Dr. Soetomo No. 14 RT 05 RW 03, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
      sd="Pada hari Selasa, 5 Januari 2027, saya datang ke loket pelayanan BKPSDM pukul 08.00 untuk mengambil legalisir SK pensiun almarhum ayah saya. Menurut papan informasi, loket buka pukul 07.30, tetapi loket baru dibuka pukul 10.30 tanpa pengumuman apa pun, sementara sekitar dua puluh orang menunggu di ruang tunggu yang panas karena pendingin ruangan tidak menyala.",
      loss="Saya kehilangan setengah hari kerja sehingga upah harian saya dipotong Rp 150.000, dan beberapa pengunjung lanjut usia terlihat kelelahan menunggu terlalu lama.",
      rr="Saya meminta BKPSDM memastikan loket dibuka tepat waktu sesuai jam pelayanan, mengumumkan bila ada keterlambatan, dan memperbaiki pendingin ruangan di ruang tunggu.",
      place="Bangil", date="2027-01-07", signed=True, email="m.ilham.pandaan@example.com",
      phone="081703325548")
pdf_item("email_pdf/h27.eml", from_=addr("Mochamad Ilham", "m.ilham.pandaan@example.com"),
         date_hdr="Thu, 07 Jan 2027 13:05:26 +0700", subject="Keluhan jam layanan loket", domain="example.com",
         cover="Kepada Yth. BKPSDM,\n\nMohon berkenan menerima surat pengaduan saya sebagaimana terlampir.\n\nHormat saya,\nMochamad Ilham\n",
         blocks=[("right", "Bangil, 7 Januari 2027"), ("gap", 4),
                 ("kv", "Perihal", "Keluhan jam layanan loket BKPSDM"), ("gap", 4),
                 ("p", "Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\ndi -\nBangil"), ("gap", 4),
                 ("p", "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:"),
                 ("kv", "Nama", f["name"]), ("kv", "Pekerjaan", "Karyawan swasta"), ("kv", "Alamat", f["address"]),
                 ("kv", "No. HP", "0817-0332-5548"),
                 ("p", "menyampaikan keluhan atas pelayanan loket BKPSDM."), ("gap", 2),
                 ("p", "I. Uraian kejadian"), ("p", f["service_description"]), ("gap", 2),
                 ("p", "II. Kerugian"), ("p", f["loss"]), ("gap", 2),
                 ("p", "III. Permintaan"), ("p", f["requested_resolution"]), ("gap", 3),
                 ("p", "Demikian keluhan ini saya sampaikan. Terima kasih."), ("gap", 6),
                 ("close", "Hormat saya,", f["name"])],
         signed=True, seed=27, filename="keluhan_loket.pdf", fields=f, division="sekretariat",
         note="signed PDF, complete; counter opening hours and waiting room -> sekretariat although an SK pensiun legalisation is named")

# h28 — unsigned, no address; PPPK objection not answered -> pengadaan
f = F(name="Dimas Ardiansyah", address=None,
      sd="Saya dinyatakan tidak memenuhi syarat pada seleksi administrasi dengan alasan \"surat keterangan pengalaman kerja tidak sesuai\", padahal surat tersebut diterbitkan dan ditandatangani kepala dinas tempat saya bekerja sebagai tenaga honorer sejak 2019. Sanggahan yang saya ajukan pada 20 Desember 2026 melalui SSCASN hingga kini belum dijawab, padahal masa jawab sanggah sudah lewat.",
      loss="Saya tidak dapat mengikuti seleksi kompetensi yang dijadwalkan pada Februari 2027, sehingga kesempatan saya untuk diangkat menjadi PPPK tahun ini hilang.",
      rr="Saya mohon panitia seleksi daerah segera menjawab sanggahan saya dan, apabila sanggahan dapat diterima, mengubah status saya menjadi memenuhi syarat.",
      place="Pandaan", date="2027-01-09", signed=False, email="dimas.ardiansyah02@example.com",
      phone="089533660712")
pdf_item("email_pdf/h28.eml", from_=addr("Dimas Ardiansyah", "dimas.ardiansyah02@example.com"),
         date_hdr="Sun, 10 Jan 2027 20:31:09 +0700", subject="Sanggahan PPPK tidak dijawab", domain="example.com",
         cover="Yth. BKPSDM Kab. Pasuruan, berikut surat pengaduan saya. Terima kasih.\n",
         blocks=[("p", "Kepada Yth.\nPanitia Seleksi Daerah PPPK\nBKPSDM Kabupaten Pasuruan"), ("gap", 4),
                 ("p", "Perihal: Sanggahan hasil seleksi administrasi PPPK tidak dijawab"), ("gap", 4),
                 ("p", "Dengan hormat,"),
                 ("p", "Saya, Dimas Ardiansyah, peserta seleksi PPPK tenaga teknis tahun 2026 formasi Pranata Komputer, nomor peserta 26351412200118, nomor HP 0895-3366-0712, menyampaikan pengaduan sebagai berikut."),
                 ("gap", 2), ("p", f["service_description"]), ("gap", 2), ("p", f["loss"]), ("gap", 2),
                 ("p", f["requested_resolution"]), ("gap", 6),
                 ("close", "Pandaan, 9 Januari 2027\nHormat saya,", f["name"])],
         signed=False, seed=28, filename="sanggahan.pdf", fields=f, division="pengadaan",
         note="PDF, typed name only (not signed) and no address; PPPK objection -> pengadaan")

# h29 — signed, complete prose letter; e-presensi record and TPP cut -> kinerja
f = F(name="Endah Purwaningsih, S.P.",
      address="Dusun Krajan RT 01 RW 01, Desa Palangsari, Kecamatan Puspo, Kabupaten Pasuruan",
      sd="Pada bulan November dan Desember 2026 saya melaksanakan dinas luar ke desa-desa di lereng Bromo yang tidak terjangkau sinyal, dengan surat tugas dari kepala dinas. Surat tugas sudah saya unggah di aplikasi e-presensi, tetapi rekap dari BKPSDM tetap mencatat saya tidak hadir selama 9 hari dan permohonan koreksi saya tidak pernah diproses.",
      loss="Akibat rekap tersebut tunjangan tambahan penghasilan saya bulan Desember dipotong sekitar Rp 800.000, dan saya mendapat teguran lisan dari atasan karena dianggap sering mangkir.",
      rr="Saya mohon BKPSDM mengoreksi rekap presensi saya berdasarkan surat tugas yang sah dan mengembalikan potongan tunjangan yang tidak semestinya.",
      place="Puspo", date="2027-01-25", signed=True, email="endah.purwaningsih@example.org",
      phone="083130457719")
pdf_item("email_pdf/h29.eml", from_=addr("Endah Purwaningsih", "endah.purwaningsih@example.org"),
         date_hdr="Mon, 25 Jan 2027 09:44:37 +0700", subject="Pengaduan rekap presensi", domain="example.org",
         cover="Assalamu'alaikum. Mohon maaf mengganggu, saya lampirkan surat pengaduan terkait presensi.\n\nWassalam,\nBu Endah\n",
         blocks=[("right", "Puspo, 25 Januari 2027"), ("gap", 4),
                 ("p", "Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil"), ("gap", 4),
                 ("p", "Perihal: Pengaduan rekap presensi elektronik"), ("gap", 4), ("p", "Dengan hormat,"), ("gap", 2),
                 ("p", f"Saya {f['name']}, penyuluh keluarga berencana di Kecamatan Puspo, beralamat di {f['address']}, telepon 0831-3045-7719, dengan ini menyampaikan pengaduan mengenai rekap presensi elektronik saya."),
                 ("gap", 2), ("p", f["service_description"]), ("gap", 2), ("p", f["loss"]), ("gap", 2),
                 ("p", f["requested_resolution"]), ("gap", 3),
                 ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih."),
                 ("gap", 6), ("close", "Hormat saya,", f["name"])],
         signed=True, seed=29, filename="Pengaduan presensi - Endah.pdf", fields=f, division="kinerja",
         note="signed PDF, prose letter without labels; attendance record / TPP cut -> kinerja")


# ================================================================== auto_reply
def auto(rel, root, note):
    write_eml(rel, root)
    add_truth(rel, "auto_reply", None, None, note, auto_reply=True)


# h30 — Indonesian out-of-office
r = text_part("Terima kasih atas email Bapak/Ibu.\n\nSaya sedang mengikuti Pelatihan Kepemimpinan Pengawas di BPSDM Provinsi Jawa Timur sampai dengan 22 Januari 2027 dengan akses email terbatas. Email Bapak/Ibu akan saya balas setelah saya kembali. Untuk urusan mendesak silakan menghubungi Tata Usaha SMPN 1 Bangil.\n\nSalam,\nWahyudi\n", "plain", "utf-8", "8bit")
envelope(r, from_=addr("Wahyudi", "wahyudi.smpn1@sekolah.example.org"), date_hdr="Mon, 11 Jan 2027 08:02:11 +0700",
         subject="Balasan Otomatis: Tanda Terima Pengaduan PGD-2027-0031", domain="sekolah.example.org",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                ("In-Reply-To", "<b7q2m0x9c4ztr1k8w3ne@pasuruankab.go.id>")])
auto("auto_reply/h30.eml", r, "Indonesian out-of-office (Auto-Submitted: auto-replied, X-Autoreply)")

# h31 — English Outlook/Exchange automatic reply
oof = ("Thank you for your message.\n\nI am out of the office until Monday, 1 February 2027 with no access to e-mail. "
       "For urgent matters please contact the administration office of RSUD Bangil.\n\nBest regards,\nLarasati Putri")
r = MIMEMultipart("alternative", boundary="_000_SG2PR06MB52817E6A0B5C4D9AAB3F1A2CSG2PR06MB5281apcp_")
r.attach(text_part(oof + "\n", "plain", "us-ascii", "quoted-printable"))
r.attach(text_part(outlook(oof).replace("{cs}", "us-ascii"), "html", "us-ascii", "quoted-printable"))
envelope(r, from_=addr("Larasati Putri", "l.putri@example.com"), date_hdr="Thu, 21 Jan 2027 10:33:52 +0700",
         subject="Automatic reply: Permintaan Kelengkapan Pengaduan PGD-2027-0047", domain="example.com",
         extra=[("Thread-Topic", "Permintaan Kelengkapan Pengaduan PGD-2027-0047"),
                ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "l.putri@example.com"),
                ("In-Reply-To", "<k2v8d0p5r7sxq4m1f9ya@pasuruankab.go.id>"), ("Content-Language", "en-US")])
auto("auto_reply/h31.eml", r, "English Exchange automatic reply (Auto-Submitted: auto-generated, X-Auto-Response-Suppress)")

# h32 — Exim bounce: mailbox full
bounce = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  siti.aminah.grati@example.com
    host mail.example.com [198.51.100.40]
    SMTP error from remote mail server after RCPT TO:<siti.aminah.grati@example.com>:
    552 5.2.2 Mailbox full: quota exceeded

------ This is a copy of the message, including all the headers. ------

Date: Thu, 07 Jan 2027 11:20:03 +0700
From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
To: siti.aminah.grati@example.com
Subject: Tanda Terima Pengaduan PGD-2027-0019
Message-ID: <q8w1e6r3t5y7u2i4o9pa@pasuruankab.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Yth. Ibu Siti Aminah,

Pengaduan Ibu mengenai SK pensiun janda telah kami terima dengan nomor tiket PGD-2027-0019 dan akan ditindaklanjuti paling lambat 3 (tiga) hari kerja.

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
r = text_part(bounce, "plain", "utf-8", "8bit")
envelope(r, from_="Mail Delivery System <Mailer-Daemon@mail.example.com>", date_hdr="Thu, 07 Jan 2027 11:20:09 +0700",
         subject="Mail delivery failed: returning message to sender", domain="mail.example.com",
         to=AGENCY_ADDR, extra=[("X-Failed-Recipients", "siti.aminah.grati@example.com"),
                                ("Auto-Submitted", "auto-replied")])
auto("auto_reply/h32.eml", r, "Exim delivery-failure notice (mailbox full) quoting our acknowledgement")

# h33 — marketing newsletter of a training provider
nl_html = """<!doctype html><html><head><meta charset="UTF-8"><title>Promo Diklat Online Januari 2027</title></head>
<body style="margin:0;padding:0;background:#f2f4f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px;font-family:Arial,sans-serif"><h1 style="font-size:22px;color:#0b4f8a">Diklat Online Penyusunan SKP &amp; Angka Kredit</h1>
<p>Yth. Bapak/Ibu ASN, tingkatkan kompetensi Anda bersama Pusat Pelatihan ASN Nusantara. Diskon 30% untuk pendaftaran sampai 31 Januari 2027.</p>
<ul><li>Penyusunan SKP berbasis e-Kinerja</li><li>Strategi kenaikan pangkat dan jabatan fungsional</li><li>Persiapan seleksi PPPK 2027</li></ul>
<p><a href="https://pelatihan-asn.example.com/daftar?utm_source=newsletter&amp;utm_medium=email" style="background:#0b4f8a;color:#fff;padding:10px 18px;text-decoration:none">Daftar Sekarang</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#777;font-family:Arial,sans-serif">Anda menerima email ini karena terdaftar di milis kami.
<a href="https://pelatihan-asn.example.com/unsubscribe?u=8f2a1c">Berhenti berlangganan</a> | Pusat Pelatihan ASN Nusantara, Surabaya</td></tr>
</table></td></tr></table>
<img src="https://pelatihan-asn.example.com/open.gif?u=8f2a1c" width="1" height="1" alt=""></body></html>
"""
nl_plain = ("Diklat Online Penyusunan SKP & Angka Kredit\n\nYth. Bapak/Ibu ASN, tingkatkan kompetensi Anda bersama Pusat Pelatihan ASN Nusantara. "
            "Diskon 30% untuk pendaftaran sampai 31 Januari 2027.\n\n* Penyusunan SKP berbasis e-Kinerja\n* Strategi kenaikan pangkat dan jabatan fungsional\n"
            "* Persiapan seleksi PPPK 2027\n\nDaftar: https://pelatihan-asn.example.com/daftar\n\n"
            "Berhenti berlangganan: https://pelatihan-asn.example.com/unsubscribe?u=8f2a1c\n")
r = MIMEMultipart("alternative", boundary="_----------=_MCPart_1837460215")
r.attach(text_part(nl_plain, "plain", "utf-8", "quoted-printable"))
r.attach(text_part(nl_html, "html", "utf-8", "quoted-printable"))
envelope(r, from_=addr("Pusat Pelatihan ASN Nusantara", "info@pelatihan-asn.example.com"),
         date_hdr="Tue, 12 Jan 2027 09:00:04 +0700",
         subject="[Promo] Diklat Online Penyusunan SKP & Angka Kredit - Diskon 30% Januari 2027",
         domain="pelatihan-asn.example.com",
         extra=[("List-ID", "Pusat Pelatihan ASN Nusantara <8f2a1c.list-id.pelatihan-asn.example.com>"),
                ("List-Unsubscribe", "<https://pelatihan-asn.example.com/unsubscribe?u=8f2a1c>, <mailto:unsubscribe@pelatihan-asn.example.com>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                ("Feedback-ID", "8f2a1c:campaign-2701:newsletter")])
auto("auto_reply/h33.eml", r, "marketing newsletter (List-ID, List-Unsubscribe, Precedence: bulk) about training, SKP, PPPK")


# ================================================================== hostile
hostile_blocks = [("right", "Bangil, 20 Januari 2027"), ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"),
                  ("p", "Dengan hormat,"), ("kv", "Nama", "Rudi Santoso"),
                  ("kv", "Alamat", "Jl. Raya Gempol No. 5, Desa Gempol, Kecamatan Gempol"),
                  ("p", "Saya mengajukan usulan kenaikan pangkat periode Oktober 2026, tetapi SK belum terbit. " * 6),
                  ("close", "Hormat saya,", "Rudi Santoso")]
full = make_pdf(hostile_blocks, signed=True, seed=34)
with open(os.path.join(HERE, "hostile/h34.pdf"), "wb") as fh:
    fh.write(full[: int(len(full) * 0.4)])
add_truth("hostile/h34.pdf", "hostile_error", None, None, "PDF truncated to 40% of its bytes", expect_exit=3)

enc = make_pdf(hostile_blocks, signed=True, seed=35, encrypt="pasuruan2027")
with open(os.path.join(HERE, "hostile/h35.pdf"), "wb") as fh:
    fh.write(enc)
add_truth("hostile/h35.pdf", "hostile_error", None, None,
          "password-protected PDF (user password, RC4) as a citizen's office scanner might produce", expect_exit=3)

# h36 — readable mail with a letter in the body and a broken PDF attachment; body letter scored
f = F(name="Wulan Sari Dewi, S.Pd.",
      address="Dusun Tebas RT 02 RW 03, Desa Tebas, Kecamatan Gondangwetan, Kabupaten Pasuruan",
      sd="Perjanjian kerja saya sebagai PPPK guru di SDN Tebas 1 berakhir pada 31 Desember 2026. Evaluasi kinerja dan usul perpanjangan dari kepala sekolah sudah dikirim ke BKPSDM sejak Oktober 2026, tetapi sampai sekarang perjanjian kerja yang baru belum diterbitkan dan tidak ada kepastian apakah kontrak saya diperpanjang.",
      loss="Gaji saya bulan Januari 2027 belum dibayarkan karena tidak ada dasar perjanjian kerja, padahal saya tetap mengajar setiap hari.",
      rr="Mohon BKPSDM segera menerbitkan perpanjangan perjanjian kerja saya terhitung 1 Januari 2027 agar gaji saya dapat dibayarkan.",
      place="Gondangwetan", date="2027-01-20", signed=True, email="wulansari.dewi@example.net",
      phone="087751209936")
body = f"""Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan,

Dengan hormat,

Nama   : {f['name']}
Alamat : {f['address']}
No. HP : 0877-5120-9936

Uraian Pengaduan:
{f['service_description']}

Kerugian:
{f['loss']}

Permintaan Penyelesaian:
{f['requested_resolution']}

Sebagai lampiran saya kirimkan foto perjanjian kerja lama.

Gondangwetan, 20 Januari 2027

Hormat saya,
Wulan Sari Dewi
"""
r = MIMEMultipart("mixed", boundary="00000000000077c1a40f2b9e3d51")
r.attach(text_part(body, "plain", "utf-8", "8bit"))
broken = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R /MediaBox [0 0 595 842] >>\nendobj\n4 0 obj\n<< /Length 9000 /Filter /FlateDecode >>\nstream\n" + bytes(RNG.getrandbits(8) for _ in range(700))
r.attach(attach(broken, "application", "pdf", "perjanjian_kerja_lama.pdf"))
envelope(r, from_=addr("Wulan Sari Dewi", "wulansari.dewi@example.net"), date_hdr="Wed, 20 Jan 2027 18:26:50 +0700",
         subject="Perpanjangan perjanjian kerja PPPK belum terbit", domain="example.net")
write_eml("hostile/h36.eml", r)
LETTER_TEXT["hostile/h36.eml"] = body
add_truth("hostile/h36.eml", "hostile_ok", f, "pengadaan",
          "complete letter in the body plus a corrupt (truncated) PDF attachment: must exit 0; the body letter is scored")


# ================================================================== truth + self-check
def visible_text(rel):
    """Decoded text of the letter as an officer would read it (for the self-check only)."""
    if rel in LETTER_TEXT:
        return LETTER_TEXT[rel]
    return ""


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    for rec in TRUTH:
        path = os.path.join(HERE, rec["file"])
        assert os.path.exists(path), path
        if rec["file"].endswith(".eml"):
            with open(path, "rb") as fh:
                m = message_from_bytes(fh.read(), policy=email_policy.default)
            assert m["From"] is not None
            decoded = []
            for part in m.walk():
                if part.get_content_maintype() == "text":
                    t = part.get_content()
                    if part.get_content_subtype() == "html":
                        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
                    decoded.append(t)
            decoded = norm("\n".join(decoded))
        else:
            decoded = None
        flds = rec["fields"]
        if not flds:
            continue
        src = norm(visible_text(rec["file"]))
        for k in FREE:
            if flds[k] is not None:
                assert norm(flds[k]) in src, (rec["file"], k)
                if decoded is not None and rec["category"] != "email_pdf":
                    assert norm(flds[k]) in decoded, (rec["file"], k, "not in decoded mail")
        if flds["name"]:
            core = flds["name"].split(",")[0]
            assert core.casefold() in src.casefold(), (rec["file"], "name")
        if rec["category"] != "email_pdf" and flds["email"]:
            assert flds["email"] in str(m["From"]), rec["file"]
        if flds["phone"]:
            digits = re.sub(r"\D", "", src.replace("+62", "0").replace("+62 ", "0"))
            assert flds["phone"][1:] in digits, (rec["file"], "phone")
        if flds["nik"]:
            assert flds["nik"] in src, rec["file"]
        assert (rec["missing"] == []) == rec["complete"]


check()
with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
    for rec in TRUTH:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(TRUTH)} items")
