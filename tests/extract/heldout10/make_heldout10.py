#!/usr/bin/env python3
"""Build held-out set 10 for `pengaduan extract` (written blind, without
looking at the extractor).

Run:  /work/main/.venv/bin/python make_heldout10.py
Writes the item files into email_plain/, email_mime/, email_pdf/,
auto_reply/, hostile/ beside this script, and truth.jsonl.

E-mails are built with Python's email library; PDFs with fpdf2 (core
Helvetica font, real text layer); a "signed" PDF carries a drawn signature
made of short blue vector strokes above the typed name. Everything is
deterministic (fixed seeds, fixed dates, fixed Message-IDs). All people,
addresses, numbers and mail addresses are invented; mail domains are the
reserved example.* ones.
"""
from __future__ import annotations

import io
import json
import math
import os
import random
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import message_from_string, policy
from email.message import EmailMessage
from email.utils import format_datetime

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
AGENCY_ADDR = "pengaduan.bkpsdm@pasuruankab.go.id"
WIB = timezone(timedelta(hours=7))
POL = policy.default.clone(linesep="\n")
POL_CRLF = policy.default.clone(linesep="\r\n")

REQUIRED = ["name", "address", "service_description", "loss", "requested_resolution",
            "place", "date", "signed"]
TRUTH: list[dict] = []


# ------------------------------------------------------------------ helpers
def dt(s: str, tz=WIB) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def new_msg(frm: str, subject: str, date: datetime, mid: str, to: str = AGENCY,
            extra: list[tuple[str, str]] | None = None, relay: str | None = None) -> EmailMessage:
    m = EmailMessage(policy=POL)
    host = relay or frm.split("@")[-1].rstrip(">").strip()
    m["Received"] = (f"from {host} ({host} [192.0.2.{(sum(map(ord, mid)) % 200) + 10}]) "
                     f"by mx1.pasuruankab.go.id (Postfix) with ESMTPS id {zlib.crc32(mid.encode()) * 97 % 16**10:010X} "
                     f"for <{AGENCY_ADDR}>; {format_datetime(date)}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = mid
    for k, v in extra or []:
        m[k] = v
    return m


def fix_boundaries(data: bytes) -> bytes:
    """Replace the library's random MIME boundaries by fixed ones so that every run gives the same bytes."""
    import re
    seen: dict[bytes, bytes] = {}
    for b in re.findall(rb'boundary="(={15}\d+==)"', data):
        if b not in seen:
            seen[b] = b"==_part_%08x_%d==" % (zlib.crc32(data[:200]), len(seen))
    for old, new in seen.items():
        data = data.replace(old, new)
    return data


def write(rel: str, data: bytes) -> None:
    data = fix_boundaries(data)
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


def record(file: str, category: str, fields: dict | None, division: str | None, note: str,
           expect_exit: int = 0, auto_reply: bool = False) -> None:
    if fields is None:
        TRUTH.append({"file": file, "category": category, "expect_exit": expect_exit,
                      "fields": None, "missing": None, "complete": None, "auto_reply": auto_reply,
                      "division": None, "ocr": False, "note": note})
        return
    full = {k: fields.get(k) for k in REQUIRED + ["email", "phone", "nik"]}
    full["signed"] = bool(full["signed"])
    missing = [k for k in REQUIRED if (k == "signed" and not full[k]) or (k != "signed" and full[k] is None)]
    TRUTH.append({"file": file, "category": category, "expect_exit": expect_exit, "fields": full,
                  "missing": missing, "complete": not missing, "auto_reply": False,
                  "division": division, "ocr": False, "note": note})


# ------------------------------------------------------------------ PDF helpers
def signature(pdf: FPDF, x: float, y: float, seed: int, w: float = 48, h: float = 14) -> None:
    """A handwritten-looking scribble of many short blue strokes in the box (x, y, w, h)."""
    rnd = random.Random(seed)
    pdf.set_draw_color(13, 26, 115)
    pdf.set_line_width(0.22)
    pts = []
    loops = rnd.randint(3, 5)
    n = 170
    for i in range(n):
        t = i / (n - 1)
        px = x + w * t + 3.2 * math.sin(2 * math.pi * loops * t + rnd.random() * 0.15)
        py = y + h / 2 + (h / 2.3) * math.sin(2 * math.pi * (loops + 0.5) * t) * (1 - 0.45 * t) \
            + rnd.uniform(-0.25, 0.25)
        pts.append((px, py))
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        pdf.line(x1, y1, x2, y2)
    # an underline flourish
    fx = [(x + w * 0.15 + k * 1.4, y + h + 1.0 - 0.9 * math.sin(k / 6.0)) for k in range(26)]
    for (x1, y1), (x2, y2) in zip(fx, fx[1:]):
        pdf.line(x1, y1, x2, y2)
    pdf.set_draw_color(0, 0, 0)


class Letter:
    """A simple A4 letter in Helvetica with a real text layer."""

    def __init__(self, title: str, size: float = 11.0):
        self.pdf = FPDF(format="A4", unit="mm")
        self.pdf.set_creation_date(datetime(2026, 11, 1, 9, 0, 0, tzinfo=timezone.utc))
        self.pdf.set_creator("Microsoft Word")
        self.pdf.set_title(title)
        self.pdf.set_margins(25, 20, 25)
        self.pdf.set_auto_page_break(True, margin=22)
        self.pdf.add_page()
        self.size = size
        self.lh = size * 0.50
        self.pdf.set_font("Helvetica", size=size)

    def para(self, text: str, gap: float = 2.5, align: str = "J", bold: bool = False) -> None:
        self.pdf.set_font("Helvetica", "B" if bold else "", self.size)
        self.pdf.multi_cell(0, self.lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font("Helvetica", "", self.size)
        if gap:
            self.pdf.ln(gap)

    def lines(self, text: str, gap: float = 2.5) -> None:
        for ln in text.split("\n"):
            self.pdf.cell(0, self.lh, ln, new_x="LMARGIN", new_y="NEXT")
        if gap:
            self.pdf.ln(gap)

    def kv(self, rows: list[tuple[str, str]], label_w: float = 38, gap: float = 2.5) -> None:
        for lab, val in rows:
            self.pdf.set_x(self.pdf.l_margin)
            self.pdf.cell(label_w, self.lh, lab)
            self.pdf.cell(4, self.lh, ":")
            self.pdf.multi_cell(0, self.lh, val, new_x="LMARGIN", new_y="NEXT")
        if gap:
            self.pdf.ln(gap)

    def right(self, text: str, gap: float = 4) -> None:
        self.pdf.cell(0, self.lh, text, align="R", new_x="LMARGIN", new_y="NEXT")
        if gap:
            self.pdf.ln(gap)

    def closing(self, before: str, name: str, after: list[str] | None = None, signed: bool = True,
                seed: int = 1, x: float = 115) -> None:
        need = 40 + 5 * len(after or [])
        if self.pdf.get_y() + need > self.pdf.h - 22:
            self.pdf.add_page()
        for ln in before.split("\n"):
            self.pdf.set_x(x)
            self.pdf.cell(0, self.lh, ln, new_x="LMARGIN", new_y="NEXT")
        y = self.pdf.get_y()
        if signed:
            signature(self.pdf, x + 1, y + 2, seed)
        self.pdf.set_y(y + 20)
        for ln in [name] + (after or []):
            self.pdf.set_x(x)
            self.pdf.cell(0, self.lh, ln, new_x="LMARGIN", new_y="NEXT")

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def pdf_mail(frm, subject, date, mid, cover, pdf_bytes, filename, crlf=False) -> bytes:
    m = new_msg(frm, subject, date, mid)
    m.set_content(cover, charset="utf-8", cte="8bit")
    m.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=filename)
    return m.as_bytes(policy=POL_CRLF if crlf else POL)


# ===================================================================== items
def h01():
    """LBH lawyer on behalf of a widow (pensiun janda)."""
    name, nik, addr = "Sumarni", "3514105708640003", \
        "Dusun Kedungrejo RT 004 RW 002, Desa Tambakrejo, Kecamatan Kraton, Kabupaten Pasuruan"
    desc = ("Suami Pengadu, almarhum Sutrisno, S.Pd., adalah guru PNS pada SDN Tambakrejo 1 yang meninggal "
            "dunia pada tanggal 14 Juni 2026. Pengadu telah menyerahkan berkas usul pensiun janda lengkap ke "
            "loket BKPSDM pada tanggal 3 Juli 2026 dan menerima tanda terima. Sampai surat ini dibuat, SK "
            "pensiun janda belum diterbitkan dan Pengadu tidak pernah mendapat penjelasan tertulis, padahal "
            "petugas menjanjikan SK terbit dalam 30 hari kerja.")
    loss = ("Sejak Juli 2026 Pengadu tidak menerima pensiun janda sebesar kurang lebih Rp 2.150.000 per "
            "bulan, sehingga sampai November 2026 kerugian Pengadu mencapai sekitar Rp 10.750.000, dan "
            "Pengadu terpaksa berutang kepada tetangga untuk biaya sekolah kedua anaknya.")
    req = ("Berdasarkan hal-hal tersebut, kami memohon agar Kepala BKPSDM Kabupaten Pasuruan segera "
           "memproses dan menerbitkan SK pensiun janda atas nama Pengadu, serta memberikan jawaban tertulis "
           "kepada kami selaku kuasa hukum dalam waktu 14 (empat belas) hari kerja sejak surat ini diterima.")
    body = f"""LEMBAGA BANTUAN HUKUM SURYA KEADILAN
Jl. Hayam Wuruk No. 41, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan
Email: advokasi@lbh-surya.example.org
----------------------------------------------------------------------

Nomor    : 118/LBH-SK/XI/2026
Perihal  : Pengaduan atas belum diprosesnya pensiun janda

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil

Dengan hormat,

Yang bertanda tangan di bawah ini, Rizky Aditya Nugroho, S.H., M.H., Advokat pada Lembaga Bantuan Hukum Surya Keadilan, berdasarkan Surat Kuasa Khusus tertanggal 2 November 2026, bertindak untuk dan atas nama:

Nama    : {name}
NIK     : {nik}
Alamat  : {addr}
No. HP  : 0857-3311-2046

selanjutnya disebut sebagai PENGADU, dengan ini menyampaikan pengaduan sebagai berikut.

I. Duduk Perkara
{desc}

II. Kerugian Pengadu
{loss}

III. Permohonan
{req}

Demikian pengaduan ini kami sampaikan. Atas perhatian Bapak, kami ucapkan terima kasih.

Bangil, 9 November 2026

Hormat kami,
Kuasa Hukum Pengadu,


Rizky Aditya Nugroho, S.H., M.H.
"""
    frm = "Rizky Aditya Nugroho <rizky.nugroho@lbh-surya.example.org>"
    m = new_msg(frm, "Pengaduan pensiun janda a.n. Sumarni (Kuasa Hukum LBH Surya Keadilan)",
                dt("2026-11-09 13:41:07"), "<lbh.118.2026@lbh-surya.example.org>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name=name, address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="Bangil", date="2026-11-09", signed=True,
                              email="rizky.nugroho@lbh-surya.example.org", phone="085733112046", nik=nik), \
        "pengadaan", "lawyer (LBH) for a client who is named as PENGADU; letterhead address of the LBH is not the address; money loss"


def h02():
    """PGRI branch on behalf of a member, aligned-colon table layout."""
    name = "Yuyun Sri Wahyuni, S.Pd.SD"
    addr = "Perum Gempol Asri Blok F-14, Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan"
    desc = ("Usul kenaikan pangkat anggota kami dari golongan III/c ke III/d periode Oktober 2026 telah "
            "diunggah lengkap melalui SIASN pada bulan Juni 2026, namun pada bulan September usul tersebut "
            "berstatus \"dikembalikan\" tanpa keterangan kekurangan berkas. Anggota kami sudah tiga kali datang "
            "ke BKPSDM dan setiap kali diberi jawaban yang berbeda oleh petugas.")
    loss = ("Anggota kami gagal naik pangkat pada periode Oktober 2026, sehingga kehilangan kenaikan gaji "
            "pokok kurang lebih Rp 180.000 per bulan dan angka kreditnya terancam tidak terpakai.")
    req = ("Kami mohon BKPSDM memeriksa kembali usul kenaikan pangkat anggota kami, menyebutkan secara "
           "tertulis kekurangan berkas jika ada, dan mengusulkan kembali pada periode terdekat.")
    body = f"""Kepada
Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan
di Bangil

Dengan hormat,

Kami, Pengurus Cabang Persatuan Guru Republik Indonesia (PGRI) Kecamatan Gempol, menyampaikan pengaduan anggota kami dengan identitas sebagai berikut:

Nama Pengadu          : {name}
NIP                   : 198305122009022004
Jabatan               : Guru Ahli Muda, SDN Kepulungan 2
Alamat Rumah          : {addr}
Nomor HP/WA           : 0812-3090-4471

Uraian Pelayanan      : {desc}

Kerugian              : {loss}

Permintaan            : {req}

Demikian pengaduan ini kami sampaikan untuk dapat ditindaklanjuti.

Gempol, 5 November 2026

Hormat kami,
Ketua PGRI Cabang Gempol


Drs. Hariyanto, M.Pd.
"""
    m = new_msg("PGRI Cabang Gempol <pgri.cabang.gempol@example.com>",
                "Pengaduan anggota PGRI - usul kenaikan pangkat dikembalikan",
                dt("2026-11-05 10:02:44"), "<20261105100244.5512@example.com>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name=name, address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="Gempol", date="2026-11-05", signed=True,
                              email="pgri.cabang.gempol@example.com", phone="081230904471", nik=None), \
        "mutasi", "union (PGRI) rep for a member labelled 'Nama Pengadu'; aligned-colon table; NIP (18 digits) is not a NIK"


def h03():
    """KORPRI unit head, collective complaint, numbered '1. Nama: ...' identity, no address."""
    name = "Drs. H. Mochamad Ichwan, M.Si."
    desc = ("Usulan Satyalancana Karya Satya X, XX dan XXX Tahun untuk 37 pegawai di lingkungan Dinas "
            "Pendidikan telah kami sampaikan ke BKPSDM pada bulan Februari 2026 lengkap dengan daftar riwayat "
            "hidup dan SK pangkat terakhir. Pada penganugerahan tanggal 17 Agustus 2026 tidak satu pun dari 37 "
            "pegawai tersebut menerima tanda kehormatan, sementara unit kerja lain menerimanya. Ketika kami "
            "tanyakan, petugas menyampaikan bahwa berkas kami tidak ditemukan dalam daftar usulan.")
    loss = ("Para anggota kami merasa tidak dihargai atas pengabdian puluhan tahun, dan beberapa di antaranya "
            "akan pensiun tahun depan sehingga kehilangan kesempatan menerima tanda kehormatan semasa aktif.")
    req = ("Kami mohon BKPSDM menelusuri berkas usulan tersebut, mengusulkan kembali ke-37 pegawai pada "
           "periode berikutnya, dan memberikan penjelasan tertulis kepada unit KORPRI kami.")
    body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di tempat

Perihal: Pengaduan belum diterimanya Satyalancana Karya Satya

Dengan hormat,
Yang bertanda tangan di bawah ini:
1. Nama: {name}
2. NIP: 196911031994031007
3. Jabatan: Ketua Unit KORPRI Dinas Pendidikan Kabupaten Pasuruan
4. No. Telepon: 0813-5770-2284

atas nama 37 (tiga puluh tujuh) anggota KORPRI di lingkungan Dinas Pendidikan, menyampaikan pengaduan sebagai berikut.

{desc}

{loss}

{req}

Demikian pengaduan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.

Pasuruan, 10 November 2026

Hormat kami,
Ketua Unit KORPRI Dinas Pendidikan

{name}
"""
    m = new_msg("Unit KORPRI Disdik Kab. Pasuruan <korpri.disdik@example.net>",
                "Pengaduan Satyalancana Karya Satya 37 pegawai Dinas Pendidikan",
                dt("2026-11-10 14:20:31"), "<korpri-disdik-20261110-01@example.net>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name=name, address=None, service_description=desc, loss=loss,
                              requested_resolution=req, place="Pasuruan", date="2026-11-10", signed=True,
                              email="korpri.disdik@example.net", phone="081357702284", nik=None), \
        "kinerja", "KORPRI unit head, collective complaint for 37 members; numbered identity list; no address (a unit kerja is not an address)"


def h04():
    """Date written 'Pasuruan, 3-11-2026'; degree recognition; no loss."""
    name = "Lukman Hakim, S.Kom."
    addr = "Jl. Panglima Sudirman Gg. III No. 7, Kelurahan Pogar, Kecamatan Bangil"
    desc = ("Saya telah lulus S1 Teknik Informatika pada Maret 2026 dengan izin belajar yang sah dari BKPSDM. "
            "Permohonan pencantuman gelar beserta ijazah dan transkrip yang telah dilegalisir saya serahkan pada "
            "bulan Mei 2026, tetapi sampai hari ini belum ada keputusan. Dua kali saya menanyakan ke loket, "
            "jawabannya selalu masih menunggu tanda tangan pimpinan.")
    req = ("Oleh karena itu saya mohon agar permohonan pencantuman gelar saya segera diproses dan saya diberi "
           "kepastian kapan surat keputusannya dapat diambil.")
    body = f"""Pasuruan, 3-11-2026

Kepada Yth. Kepala BKPSDM Kab. Pasuruan
Hal: Pengaduan pencantuman gelar

Dengan hormat,
Saya:
Nama   : {name}
Alamat : {addr}
HP     : 0821-4455-0913

ingin menyampaikan keluhan tentang layanan pencantuman gelar.

{desc}

{req}

Terima kasih atas perhatiannya.

Salam hormat,
Lukman Hakim
"""
    m = new_msg("Lukman Hakim <lukman.hakim.skom@example.org>", "Keluhan layanan pencantuman gelar",
                dt("2026-11-03 19:55:12"), "<CAF3k9x2Lm0qPencantumanGelar@mail.example.org>")
    m.set_content(body, charset="utf-8", cte="7bit")
    return m.as_bytes(), dict(name=name, address=addr, service_description=desc, loss=None,
                              requested_resolution=req, place="Pasuruan", date="2026-11-03", signed=True,
                              email="lukman.hakim.skom@example.org", phone="082144550913", nik=None), \
        "kompetensi", "date as 'Pasuruan, 3-11-2026'; degree recognition; no loss stated"


def h05():
    """Date line 'Rabu, 4 November 2026' (weekday, no place); cuti besar; address in prose."""
    addr = "Dusun Dayurejo RT 02 RW 05, Desa Dayurejo, Kecamatan Prigen, Kabupaten Pasuruan"
    desc = ("Pada tanggal 1 September 2026 saya mengajukan cuti besar selama tiga bulan untuk merawat ibu saya "
            "yang menjalani operasi jantung. Permohonan itu sudah disetujui kepala puskesmas dan Dinas "
            "Kesehatan, tetapi di BKPSDM permohonan saya ditolak secara lisan oleh petugas dengan alasan kuota "
            "cuti besar sudah habis, tanpa surat penolakan apa pun.")
    loss = ("Karena cuti tidak keluar, saya terpaksa mengambil cuti di luar tanggungan negara selama satu bulan "
            "sehingga tidak menerima gaji dan tunjangan bulan Oktober 2026.")
    req = ("Saya memohon BKPSDM meninjau kembali permohonan cuti besar saya dan memberikan penolakan secara "
           "tertulis beserta dasar hukumnya apabila memang tidak dapat dikabulkan.")
    body = f"""Rabu, 4 November 2026

Yth. Bapak/Ibu Tim Pengaduan BKPSDM Kabupaten Pasuruan

Saya, Agustina Wulandari, perawat pada Puskesmas Prigen, beralamat di {addr}, ingin menyampaikan pengaduan mengenai permohonan cuti besar saya.

{desc}

{loss}

{req}

Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Hormat saya,

Agustina Wulandari
NIK 3514086104850002
HP 0856-4812-7730
"""
    m = new_msg("Agustina Wulandari <agustina.wulandari85@example.com>", "Pengaduan penolakan cuti besar",
                dt("2026-11-05 07:12:40"), "<a1b2c3d4e5.cutibesar@example.com>")
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m.as_bytes(), dict(name="Agustina Wulandari", address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place=None, date="2026-11-04", signed=True,
                              email="agustina.wulandari85@example.com", phone="085648127730",
                              nik="3514086104850002"), \
        "kinerja", "date line 'Rabu, 4 November 2026' with no place (Date header is 5 Nov); address inside a sentence; QP"


def h06():
    """Citizen replies on top of her own earlier mail, adding the request."""
    addr = "Jl. Untung Suropati No. 23, Kelurahan Kidul Dalem, Kecamatan Bangil"
    desc = ("Pada hari Kamis, 5 November 2026 sekitar pukul 13.00 saya datang ke loket pelayanan BKPSDM untuk "
            "menyerahkan berkas, tetapi loket kosong tanpa petugas sampai pukul 14.30. Papan pengumuman "
            "menyebutkan jam layanan sampai pukul 15.00, dan petugas lain yang saya temui hanya menyuruh saya "
            "datang lagi besok.")
    loss = ("Saya sudah mengambil izin setengah hari dari kantor dan harus datang lagi keesokan harinya, "
            "sehingga kehilangan dua hari kerja dan biaya transportasi.")
    req = ("saya mohon pimpinan BKPSDM memastikan loket pelayanan buka sesuai jam layanan yang diumumkan dan "
           "memberikan teguran kepada petugas yang meninggalkan loket tanpa pengganti.")
    orig = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama   : Rina Kusumawati
Alamat : {addr}
HP     : 0819-3467-2201

{desc}

{loss}

Bangil, 9 November 2026

Hormat saya,
Rina Kusumawati"""
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in orig.split("\n"))
    body = f"""Selamat siang,

Mohon maaf, pada email saya sebelumnya ada yang terlewat. Permintaan saya: {req}

Terima kasih,
Rina Kusumawati

Pada Sen, 9 Nov 2026 pukul 10.12, Rina Kusumawati <rina.kusumawati@example.com> menulis:
{quoted}
"""
    m = new_msg("Rina Kusumawati <rina.kusumawati@example.com>", "Re: Pengaduan loket pelayanan kosong",
                dt("2026-11-11 12:03:19"), "<CAHx7Rina2611111203@mail.example.com>",
                extra=[("In-Reply-To", "<CAHx7Rina2611091012@mail.example.com>"),
                       ("References", "<CAHx7Rina2611091012@mail.example.com>")])
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name="Rina Kusumawati", address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="Bangil", date="2026-11-09", signed=True,
                              email="rina.kusumawati@example.com", phone="081934672201", nik=None), \
        "sekretariat", "reply on top of her OWN earlier mail (In-Reply-To is hers, not ours): request on top, the rest in the quote; date of the quoted letter"


def h07():
    """Long letter with 'Pertama, Kedua, Ketiga' complaints."""
    name = "Bambang Hermanto, S.Sos."
    addr = "Dusun Kisik RT 001 RW 004, Desa Jatirejo, Kecamatan Lekok, Kabupaten Pasuruan"
    p1 = ("Pertama, data riwayat pendidikan saya di SIASN masih tercatat SMA, padahal ijazah S1 saya sudah "
          "diakui dan dicantumkan dalam SK sejak tahun 2019. Pemutakhiran data mandiri yang saya ajukan pada "
          "bulan Februari 2026 ditolak tiga kali dengan keterangan \"dokumen tidak sesuai\" tanpa penjelasan "
          "dokumen mana yang dimaksud.")
    p2 = ("Kedua, Kartu Pegawai elektronik saya tidak dapat diunduh di aplikasi MyASN karena NIP saya "
          "dinyatakan \"tidak ditemukan\", sementara rekan satu kantor tidak mengalami masalah yang sama.")
    p3 = ("Ketiga, surat yang saya kirimkan ke BKPSDM pada tanggal 8 Juli 2026 untuk menanyakan kedua masalah "
          "di atas tidak pernah dijawab, dan ketika saya menelepon nomor layanan, saya diminta datang langsung "
          "tanpa kepastian siapa yang harus saya temui.")
    desc = "\n\n".join([p1, p2, p3])
    loss = ("Akibat dari semua itu, saya tidak bisa mengikuti seleksi jabatan administrator yang mensyaratkan "
            "pendidikan S1 dalam data SIASN, dan saya sudah empat kali meninggalkan pekerjaan untuk datang ke "
            "Bangil tanpa hasil.")
    req = ("Untuk itu saya mohon agar data pendidikan saya di SIASN segera diperbaiki, masalah NIP di MyASN "
           "diselesaikan, dan saya diberi satu nama petugas yang dapat saya hubungi sampai urusan ini selesai.")
    body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,

Perkenankan saya, {name}, pegawai pada Kantor Kecamatan Lekok, yang beralamat di {addr}, menyampaikan beberapa keluhan atas pelayanan kepegawaian yang saya terima selama tahun 2026.

{desc}

{loss}

{req}

Demikian surat ini saya buat dengan sebenarnya.

Lekok, 2 November 2026
Hormat saya,

{name}
Telp. 0822-3018-6645
"""
    m = new_msg("Bambang Hermanto <bambang.hermanto.lekok@example.net>",
                "Keluhan data SIASN, Karpeg elektronik dan surat yang tidak dijawab",
                dt("2026-11-02 09:17:55"), "<bh-lekok-0211@example.net>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(policy=POL_CRLF), dict(
        name=name, address=addr, service_description=desc, loss=loss, requested_resolution=req,
        place="Lekok", date="2026-11-02", signed=True, email="bambang.hermanto.lekok@example.net",
        phone="082230186645", nik=None), \
        "pengadaan", "long letter, three complaints 'Pertama/Kedua/Ketiga' (description = all three); CRLF"


def h08():
    """Typed on a phone: no punctuation, abbreviations, date only in the header (early morning WIB)."""
    addr = "ds ngempit rt 5 rw 2 kec kraton"
    desc = ("sy ajukan naik pangkat dr III/a ke III/b periode april 2026 tp smp skrg sk nya blm keluar pdhl "
            "tmn2 sy yg ngajuin bareng sdh trima semua sy tanya ke operator sekolah katanya berkas sy ada di "
            "bkpsdm tp pas sy tlp bkpsdm katanya tdk ada berkasnya")
    loss = "krn sk blm keluar gaji sy msh gaji lama sdh 7 bln rugi kira2 rp 120rb per bln"
    req = "mhn dibantu dicek berkas kp sy dan sk nya diterbitkan secepatnya"
    body = f"""assalamualaikum pak bu admin bkpsdm
sy mau lapor sy heru santoso guru sdn ngempit 3 tinggal di {addr}
{desc}
{loss}
{req}
mksh
heru
0858 1234 7719

Dikirim dari Yahoo Mail di Android
"""
    m = new_msg("heru s <herusantoso.ngempit@example.com>", "lapor sk naik pangkat",
                dt("2026-11-16 05:10:02"), "<1763244602.778123.yahoo@example.com>",
                extra=[("X-Mailer", "YahooMailAndroidMobile/6.44.3")])
    m.set_content(body, charset="utf-8", cte="7bit")
    return m.as_bytes(), dict(name="heru santoso", address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place=None, date="2026-11-16", signed=True,
                              email="herusantoso.ngempit@example.com", phone="085812347719", nik=None), \
        "mutasi", "phone-typed, no punctuation, abbreviations; no place/date line, Date header 05:10 +0700 (UTC is the day before); informal closing 'mksh / heru'"


def h14():
    """Loss stated as money amounts in a table; multipart/alternative base64."""
    name = "Wiwik Indrawati, S.Pd."
    addr = "Jl. Raya Pohjentrek No. 88 RT 02 RW 01, Desa Sukorejo, Kecamatan Pohjentrek, Kabupaten Pasuruan"
    desc = ("Saya mengajukan permohonan mutasi dari SDN Tutur 2 ke SDN Pohjentrek 1 yang dekat dengan tempat "
            "tinggal saya, dan permohonan itu telah disetujui Dinas Pendidikan. Namun SK mutasi yang terbit pada "
            "bulan Juli 2026 justru menempatkan saya di SDN Tosari 1, sekolah yang tidak pernah saya ajukan. "
            "Ketika saya mengajukan ralat, petugas menyatakan SK sudah final dan tidak dapat diubah.")
    rows = [("Sewa kamar kos di Tosari selama 3 bulan", "Rp 1.500.000"),
            ("Transportasi pulang-pergi Pohjentrek - Tosari setiap akhir pekan", "Rp 1.200.000"),
            ("Biaya pengasuhan anak selama saya bertugas di Tosari", "Rp 2.250.000"),
            ("Jumlah kerugian", "Rp 4.950.000")]
    loss_intro = "Akibat kesalahan tersebut saya mengalami kerugian materiel sebagai berikut:"
    loss = loss_intro + "\n" + "\n".join(f"- {a}: {b}" for a, b in rows)
    req = ("Saya mohon SK mutasi saya ditinjau ulang dan diterbitkan ralat sesuai permohonan saya ke SDN "
           "Pohjentrek 1, serta kerugian yang timbul akibat kesalahan administrasi ini dipertimbangkan.")
    plain = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan,

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama: {name}
Alamat: {addr}
HP: 0838-6612-0457

Uraian pengaduan:
{desc}

Rincian kerugian:
{loss}

Permintaan:
{req}

Pohjentrek, 26 Oktober 2026

Hormat saya,
{name}
"""
    trs = "".join(f"<tr><td>{a}</td><td style=\"text-align:right\">{b}</td></tr>" for a, b in rows[:-1])
    trs += f"<tr><td><b>{rows[-1][0]}</b></td><td style=\"text-align:right\"><b>{rows[-1][1]}</b></td></tr>"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Yth. Kepala BKPSDM Kabupaten Pasuruan,</p>
<p>Dengan hormat,<br>Saya yang bertanda tangan di bawah ini:<br>
Nama: {name}<br>Alamat: {addr}<br>HP: 0838-6612-0457</p>
<p><b>Uraian pengaduan:</b><br>{desc}</p>
<p><b>Rincian kerugian:</b><br>{loss_intro}</p>
<table border="1" cellpadding="4" cellspacing="0">{trs}</table>
<p><b>Permintaan:</b><br>{req}</p>
<p>Pohjentrek, 26 Oktober 2026</p>
<p>Hormat saya,<br>{name}</p>
</body></html>
"""
    m = new_msg("Wiwik Indrawati <wiwik.indrawati@example.org>", "Pengaduan SK mutasi salah penempatan",
                dt("2026-10-26 20:31:09"), "<DB9PR03MB7722.wiwik@example.org>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content(plain, charset="utf-8", cte="base64")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    return m.as_bytes(), dict(name=name, address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="Pohjentrek", date="2026-10-26", signed=True,
                              email="wiwik.indrawati@example.org", phone="083866120457", nik=None), \
        "mutasi", "loss as an itemised list of money amounts (HTML table in the html part); multipart/alternative base64"


def h15():
    """Address only in the signature block under the name."""
    addr_lines = ["Dsn. Tunggulwulung RT 03 RW 07", "Desa Sumbergedang, Kec. Pandaan", "Kab. Pasuruan"]
    addr = "\n".join(addr_lines)
    desc = ("Saya CPNS formasi 2025 yang ditempatkan di RSUD Bangil. Sesuai ketentuan, CPNS wajib mengikuti "
            "Pelatihan Dasar (Latsar) paling lambat satu tahun sejak TMT CPNS. TMT CPNS saya 1 Juni 2025, namun "
            "sampai November 2026 nama saya belum pernah dijadwalkan dalam angkatan Latsar mana pun, sementara "
            "CPNS lain yang TMT-nya sama sudah selesai pelatihan.")
    loss = ("Karena belum mengikuti Latsar, saya tidak dapat diangkat menjadi PNS tepat waktu dan masih menerima "
            "80 persen gaji pokok sebagai CPNS, sementara rekan seangkatan sudah menerima 100 persen.")
    req = ("Saya mohon agar saya segera dijadwalkan pada angkatan Latsar terdekat dan diberi surat keterangan "
           "bahwa keterlambatan ini bukan kesalahan saya.")
    name = "Siti Nurhalizah, A.Md.Kep."
    plain = f"""Yth. Admin Pengaduan BKPSDM,

{desc}

{loss}

{req}

Pandaan, 12 November 2026

Hormat saya,

{name}
{addr}
WA 0877-5520-1938
"""
    h = lambda s: s.replace("\n", "<br>")
    html = f"""<div dir="ltr"><div>Yth. Admin Pengaduan BKPSDM,</div><div><br></div>
<div>{desc}</div><div><br></div><div>{loss}</div><div><br></div><div>{req}</div><div><br></div>
<div>Pandaan, 12 November 2026</div><div><br></div><div>Hormat saya,</div><div><br></div>
<div><b>{name}</b></div><div style="color:#777777;font-size:small">{h(addr)}<br>WA 0877-5520-1938</div></div>
"""
    m = new_msg("Siti Nurhalizah <siti.nurhalizah.amdkep@example.com>", "Belum dijadwalkan Latsar CPNS",
                dt("2026-11-12 16:44:28"), "<CAJ9mLatsar1611@mail.example.com>")
    m.set_content(plain, charset="utf-8", cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return m.as_bytes(), dict(name=name, address=", ".join(addr_lines), service_description=desc, loss=loss,
                              requested_resolution=req, place="Pandaan", date="2026-11-12", signed=True,
                              email="siti.nurhalizah.amdkep@example.com", phone="087755201938", nik=None), \
        "kompetensi", "no identity block: the address is only in the signature block under the name; Latsar (training)"


def h16():
    """Mostly Javanese krama with Indonesian terms; illegal fee at the counter."""
    addr = "Dusun Krajan RT 01 RW 01, Desa Ngembal, Kecamatan Tutur, Kabupaten Pasuruan"
    desc = ("Nalika tanggal 20 Oktober 2026 kula mendhet Kartu Pegawai (Karpeg) ingkang sampun dados, petugas "
            "loket nyuwun arta Rp 100.000 kanthi alasan \"biaya cetak\", mangka wonten papan pengumuman kaserat "
            "bilih layanan punika gratis. Arta punika kula paringaken amargi kula ajrih Karpeg mboten "
            "dipunparingaken, lan kula mboten dipunparingi kuitansi.")
    loss = ("Kula kécalan arta Rp 100.000 saha ngraos dipunapusi, awit bayaran kula minangka penjaga sekolah "
            "namung alit.")
    req = ("Kula nyuwun supados arta punika dipunwangsulaken lan petugas ingkang nyuwun arta punika "
           "dipunparingi teguran utawi sanksi miturut aturan ingkang lumaku.")
    body = f"""Dhumateng
Ingkang Kinurmatan Bapak Kepala BKPSDM Kabupaten Pasuruan
wonten ing Bangil

Kanthi hormat,

Ingkang tapak asma ing ngandhap punika:
Nami   : Sukarji
Alamat : {addr}
No. HP : 0852-3601-7745

Kula badhe ngaturaken pengaduan babagan pelayanan ing loket BKPSDM.

{desc}

{loss}

{req}

Mekaten atur pengaduan kula, matur nuwun sanget.

Tutur, 22 Oktober 2026

Kanthi urmat,

Sukarji
"""
    m = new_msg("Sukarji <sukarji.tutur@example.net>", "Pengaduan arta biaya cetak Karpeg",
                dt("2026-10-22 11:08:36"), "<sukarji-20261022110836@example.net>")
    m.set_content(body, charset="iso-8859-1", cte="quoted-printable")
    return m.as_bytes(), dict(name="Sukarji", address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="Tutur", date="2026-10-22", signed=True,
                              email="sukarji.tutur@example.net", phone="085236017745", nik=None), \
        "sekretariat", "Javanese krama ('Nami', 'Kanthi urmat'); illegal fee at the counter while collecting a Karpeg -> sekretariat; iso-8859-1 QP"


def h09():
    """English letter from a family member abroad."""
    addr = "Van Speijkstraat 112, 2518 GJ Den Haag, the Netherlands"
    desc = ("My mother retired on 1 March 2026. Her name is written as \"Sulastri\" on her birth certificate, "
            "diploma and all her decrees, but in the SIASN personnel database it is spelled \"Sulastry\". Because "
            "of this mismatch, PT Taspen has refused to process her pension payments. Her pension file was "
            "submitted to BKPSDM in January 2026, and my sister has visited your office three times since June, "
            "each time being told to wait for a data correction that has not happened.")
    loss = ("As a result, my mother has not received any pension since March 2026, roughly IDR 3,100,000 per "
            "month, and she now depends entirely on our family for her daily needs and medicine.")
    req = ("I kindly ask BKPSDM to correct my mother's name in SIASN, to send the corrected data to PT Taspen as "
           "soon as possible, and to inform my sister or me in writing once this has been done.")
    body = f"""Dear Sir or Madam,

My name is Dimas Aryo Pratama. I live abroad and I am writing on behalf of my mother, Mrs. Sulastri, a retired primary school teacher in Kabupaten Pasuruan, who does not use e-mail.

My address: {addr}

{desc}

{loss}

{req}

Thank you for your attention.

The Hague, 8 November 2026

Yours faithfully,
Dimas Aryo Pratama
"""
    m = new_msg("Dimas Pratama <dimas.a.pratama@example.nl>",
                "Complaint: my mother's pension blocked by a name error in SIASN",
                dt("2026-11-08 21:15:47", timezone(timedelta(hours=1))), "<5f1e2d3c-dimas@example.nl>")
    m.set_content(body, charset="utf-8", cte="7bit")
    return m.as_bytes(), dict(name="Dimas Aryo Pratama", address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="The Hague", date="2026-11-08", signed=True,
                              email="dimas.a.pratama@example.nl", phone=None, nik=None), \
        "pengadaan", "English, son abroad writes for his mother (he is the complainant and signer, his own foreign address); Date header +0100"


def h10():
    """Anonymous: facilities; closing without a name."""
    desc = ("Ruang tunggu layanan di lantai dua tidak dapat dijangkau oleh pengguna kursi roda karena tidak ada "
            "bidang miring maupun lift, dan mesin antrean sudah rusak sejak bulan Agustus sehingga pengunjung "
            "harus berdiri berdesakan di depan loket. Toilet pengunjung juga terkunci dengan alasan rusak.")
    loss = ("Ayah saya yang memakai kursi roda terpaksa menunggu di halaman parkir di bawah terik matahari "
            "selama hampir dua jam ketika mengurus berkas pensiunnya.")
    req = ("Mohon disediakan ruang layanan di lantai satu atau bidang miring bagi penyandang disabilitas, mesin "
           "antrean diperbaiki, dan toilet pengunjung dibuka kembali.")
    body = f"""Kepada Yth. Pimpinan BKPSDM Kabupaten Pasuruan,

Melalui surat elektronik ini saya ingin menyampaikan keluhan tentang sarana pelayanan di kantor BKPSDM. Identitas saya sengaja tidak saya cantumkan.

{desc}

{loss}

{req}

Pasuruan, 11 November 2026

Hormat saya,
ASN yang peduli
"""
    m = new_msg("ASN Peduli <asn.peduli.2026@example.com>", "Keluhan sarana pelayanan BKPSDM",
                dt("2026-11-11 22:05:50"), "<anon-sarana-1111@example.com>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name=None, address=None, service_description=desc, loss=loss,
                              requested_resolution=req, place="Pasuruan", date="2026-11-11", signed=False,
                              email="asn.peduli.2026@example.com", phone=None, nik=None), \
        "sekretariat", "anonymous; closing 'ASN yang peduli' is not a name -> unsigned; facilities (mentions pension) -> sekretariat"


def h11():
    """Anonymous: position appointments; 'Hamba Allah', no date line."""
    desc = ("Saya mau melaporkan pengisian jabatan kepala sekolah di wilayah Kecamatan Purwodadi. Pada bulan "
            "Oktober 2026 ada tiga guru yang dilantik menjadi kepala sekolah padahal belum memiliki sertifikat "
            "calon kepala sekolah, sementara guru yang sudah lulus diklat cakep dan masuk daftar tunggu justru "
            "tidak diangkat. Pengumuman hasil seleksi juga tidak pernah dipublikasikan.")
    loss = ("Kami para guru yang sudah lama menunggu merasa dirugikan karena kesempatan menjadi kepala sekolah "
            "tertutup, padahal biaya diklat cakep sebesar Rp 7.500.000 kami tanggung sendiri.")
    req = ("Kami minta BKPSDM membuka data hasil seleksi kepala sekolah tahun 2026 dan meninjau ulang "
           "pengangkatan yang tidak sesuai ketentuan.")
    body = f"""Yth. BKPSDM Kab Pasuruan

{desc}

{loss}

{req}

Hamba Allah
"""
    m = new_msg("guru purwodadi <gurupurwodadi.bersuara@example.org>", "laporan pengangkatan kepala sekolah",
                dt("2026-11-13 21:47:03"), "<gp-bersuara-1311@example.org>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name=None, address=None, service_description=desc, loss=loss,
                              requested_resolution=req, place=None, date="2026-11-13", signed=False,
                              email="gurupurwodadi.bersuara@example.org", phone=None, nik=None), \
        "mutasi", "anonymous signed 'Hamba Allah' (not a name); no place/date line; appointment to positions (mentions diklat) -> mutasi"


def h17():
    """SKP objection; multipart/alternative; 'Kraton, 10 Nov 2026'; NIP and NIK."""
    name = "Anang Prasetya Wibowo, S.E."
    addr = "Perumahan Kraton Indah Blok B-7, Desa Kalirejo, Kecamatan Kraton, Kabupaten Pasuruan"
    desc = ("Predikat kinerja tahun 2025 saya ditetapkan \"butuh perbaikan\" oleh pejabat penilai yang baru "
            "menjabat dua bulan, tanpa dialog kinerja dan tanpa bukti dukung. Keberatan yang saya ajukan melalui "
            "aplikasi e-Kinerja pada 15 Januari 2026 sampai sekarang tidak pernah diproses oleh tim penilai "
            "kinerja di BKPSDM.")
    loss = ("Predikat tersebut membuat tunjangan kinerja saya dipotong 25 persen sejak Februari 2026 dan saya "
            "dicoret dari usulan peserta seleksi jabatan pengawas.")
    req = ("Saya mohon tim penilai kinerja BKPSDM memeriksa keberatan saya, melakukan penilaian ulang secara "
           "objektif, dan mengembalikan tunjangan kinerja yang telah dipotong.")
    ident = [("Nama lengkap", name), ("NIP", "198802142011011003"), ("NIK", "3514091402880001"),
             ("Alamat", addr), ("Telepon", "0896-7712-3008")]
    plain = ("Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\n\nDengan hormat,\n"
             "Saya yang bertanda tangan di bawah ini:\n"
             + "".join(f"{k:<13}: {v}\n" for k, v in ident)
             + f"\ndengan ini mengajukan pengaduan atas penanganan keberatan penilaian kinerja (SKP) saya.\n\n"
               f"{desc}\n\n{loss}\n\n{req}\n\nKraton, 10 Nov 2026\n\nHormat saya,\n\n{name}\n")
    rows = "".join(f"<tr><td>{k}</td><td>:</td><td>{v}</td></tr>" for k, v in ident)
    html = (f"<html><body><p>Kepada<br>Yth. Kepala BKPSDM Kabupaten Pasuruan</p><p>Dengan hormat,<br>"
            f"Saya yang bertanda tangan di bawah ini:</p><table>{rows}</table>"
            f"<p>dengan ini mengajukan pengaduan atas penanganan keberatan penilaian kinerja (SKP) saya.</p>"
            f"<p>{desc}</p><p>{loss}</p><p>{req}</p><p>Kraton, 10 Nov 2026</p><p>Hormat saya,<br><br>{name}</p>"
            f"</body></html>\n")
    m = new_msg("Anang Prasetya Wibowo <anang.pw@example.com>", "Pengaduan keberatan SKP tidak diproses",
                dt("2026-11-10 08:26:14"), "<anang.pw.skp.20261110@example.com>")
    m.set_content(plain, charset="utf-8", cte="base64")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    return m.as_bytes(), dict(name=name, address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="Kraton", date="2026-11-10", signed=True,
                              email="anang.pw@example.com", phone="089677123008", nik="3514091402880001"), \
        "kinerja", "SKP objection; 'Kraton, 10 Nov 2026' (abbreviated month); NIP and NIK both present; HTML table identity"


def h18():
    """HTML-only windows-1252 QP; no loss, no request, no place/date line."""
    name = "Ratna Dewi Purnamasari"
    addr = "Jl. Dr. Wahidin No. 5, Kelurahan Bugul Lor, Kecamatan Panggungrejo, Kota Pasuruan"
    desc = ("Pengumuman hasil seleksi administrasi PPPK di laman BKPSDM diunggah dalam bentuk gambar yang buram "
            "dan tidak dapat dibaca, serta tidak memuat alasan ketidaklulusan. Nomor telepon layanan informasi "
            "yang tercantum di pengumuman tidak pernah aktif selama masa sanggah (2–4 November 2026).")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div>Selamat pagi Bapak/Ibu,</div><div>&nbsp;</div>
<div>Saya {name}, pelamar PPPK tenaga teknis tahun 2026, alamat {addr}.</div><div>&nbsp;</div>
<div>Saya ingin menyampaikan keluhan sebagai berikut. {desc}</div><div>&nbsp;</div>
<div>Demikian yang dapat saya sampaikan.</div><div>&nbsp;</div>
<div>Salam,</div><div>{name}</div><div>0813-3455-0876</div></body></html>
"""
    m = new_msg(f"{name} <ratna.dewi.p@example.net>", "Pengumuman seleksi PPPK tidak terbaca – mohon perhatian",
                dt("2026-11-06 06:58:21"), "<ratna-pppk-0611@example.net>")
    m.set_content(html, subtype="html", charset="windows-1252", cte="quoted-printable")
    return m.as_bytes(), dict(name=name, address=addr, service_description=desc, loss=None,
                              requested_resolution=None, place=None, date="2026-11-06", signed=True,
                              email="ratna.dewi.p@example.net", phone="081334550876", nik=None), \
        "pengadaan", "HTML only, windows-1252 QP with an en dash; no loss, no request, no place/date line; PPPK recruitment"


def h12():
    """Chatty complaint about unanswered service phone; no address, no loss, no place."""
    desc = ("Sudah dua minggu ini saya menelepon nomor layanan BKPSDM yang tercantum di website dan mengirim "
            "pesan ke WhatsApp layanan, tetapi telepon tidak pernah diangkat dan pesan WA hanya centang dua tanpa "
            "balasan. Saya hanya ingin menanyakan jadwal pengambilan SK, tapi sampai sekarang belum dapat jawaban.")
    req = ("Tolong nomor layanan itu benar-benar dijaga petugas di jam kerja, atau kalau memang tidak aktif "
           "dihapus saja dari website supaya masyarakat tidak bingung.")
    body = f"""Selamat siang admin BKPSDM,

Saya mau complain soal layanan informasi. {desc}

{req}

Salam,
Teguh Prayitno
"""
    m = new_msg("Teguh Prayitno <teguh.prayitno77@example.com>", "complain telepon layanan tidak diangkat",
                dt("2026-11-17 12:40:05"), "<tp77-1711-telepon@example.com>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name="Teguh Prayitno", address=None, service_description=desc, loss=None,
                              requested_resolution=req, place=None, date="2026-11-17", signed=True,
                              email="teguh.prayitno77@example.com", phone=None, nik=None), \
        "sekretariat", "chatty; no address, no loss, no place/date line; 'Salam,' + name; general service channel -> sekretariat"


def h13():
    """Sent from the daughter's mailbox; 'Sukorejo, 2 Nopember 2026'; sick leave."""
    addr = "Dusun Lemahbang RT 03 RW 01, Desa Lecari, Kecamatan Sukorejo, Kabupaten Pasuruan"
    desc = ("Saya pegawai pada Dinas Pekerjaan Umum yang sejak Juli 2026 menjalani pengobatan kanker usus dan "
            "harus kemoterapi setiap tiga minggu. Permohonan cuti sakit saya untuk tiga bulan beserta surat "
            "keterangan dokter RSUD Bangil sudah saya serahkan pada 28 Juli 2026, tetapi BKPSDM tidak menerbitkan "
            "izin cuti dan berkas saya dikembalikan dua kali dengan alasan format surat dokter salah, tanpa pernah "
            "diberi contoh format yang benar.")
    loss = ("Karena izin cuti tidak terbit, saya tercatat tidak masuk kerja tanpa keterangan selama 21 hari kerja "
            "dan terancam hukuman disiplin, sementara kondisi kesehatan saya menurun karena harus bolak-balik "
            "mengurus berkas.")
    req = ("Saya mohon izin cuti sakit saya segera diterbitkan berlaku surut sejak 28 Juli 2026 dan catatan "
           "ketidakhadiran saya dihapus.")
    body = f"""Kepada Yth. Bapak Kepala BKPSDM Kabupaten Pasuruan

Assalamualaikum wr. wb.

(Surat ini saya kirim melalui email putri saya karena saya tidak memiliki email.)

Saya yang bertanda tangan di bawah ini:
Nama   : Suwarno
Alamat : {addr}
HP     : 0823-3170-5582

{desc}

{loss}

{req}

Sukorejo, 2 Nopember 2026

Wassalamualaikum wr. wb.
Hormat saya,
Suwarno
"""
    m = new_msg("Putri Ayu Lestari <putri.ayu.lestari@example.com>", "Pengaduan izin cuti sakit Bapak Suwarno",
                dt("2026-11-03 18:22:09"), "<putri.ayu.cuti.0311@example.com>")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), dict(name="Suwarno", address=addr, service_description=desc, loss=loss,
                              requested_resolution=req, place="Sukorejo", date="2026-11-02", signed=True,
                              email="putri.ayu.lestari@example.com", phone="082331705582", nik=None), \
        "kinerja", "sent from the daughter's mailbox (From name differs from the letter's name); old spelling 'Nopember'; sick leave"


# ------------------------------------------------------------------ PDF letters
def h19():
    name = "Ir. Galih Wicaksono"
    addr = "Jl. Pattimura No. 31 RT 05 RW 03, Kelurahan Gempeng, Kecamatan Bangil, Kabupaten Pasuruan"
    desc = ("Saya adalah Penyuluh Pertanian Ahli Pertama pada Dinas Pertanian. Usul kenaikan jenjang jabatan ke "
            "Penyuluh Pertanian Ahli Muda beserta penetapan angka kredit telah saya ajukan melalui SIASN pada "
            "bulan Maret 2026 dan telah diverifikasi lengkap. Namun hingga kini SK kenaikan jenjang jabatan belum "
            "diterbitkan, dan status usulan di SIASN tidak berubah selama tujuh bulan.")
    loss = ("Saya tidak menerima tunjangan jabatan fungsional jenjang Ahli Muda sebesar Rp 520.000 per bulan "
            "sejak April 2026, dan angka kredit saya yang berlebih tidak dapat dipakai untuk usul kenaikan pangkat.")
    req = ("Saya mohon BKPSDM segera memproses SK kenaikan jenjang jabatan saya dengan TMT sesuai usulan dan "
           "menjelaskan penyebab tertahannya usulan tersebut.")
    L = Letter("Pengaduan kenaikan jenjang jabatan")
    L.right("Bangil, 28 Oktober 2026")
    L.kv([("Nomor", "-"), ("Perihal", "Pengaduan kenaikan jenjang jabatan fungsional")], label_w=22)
    L.lines("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil")
    L.lines("Dengan hormat,\nYang bertanda tangan di bawah ini:", gap=1)
    L.kv([("Nama", name), ("Tempat/Tgl Lahir", "Pasuruan, 19 Mei 1984"), ("Alamat", addr),
          ("No. HP", "0812-5213-4480")])
    L.para("Uraian pengaduan:", gap=0, bold=True)
    L.para(desc)
    L.para("Kerugian:", gap=0, bold=True)
    L.para(loss)
    L.para("Permohonan:", gap=0, bold=True)
    L.para(req)
    L.para("Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.")
    L.closing("Hormat saya,", name, seed=17)
    cover = "Yth. Tim Pengaduan BKPSDM,\n\nTerlampir surat pengaduan saya mengenai kenaikan jenjang jabatan fungsional.\n\nHormat saya,\nGalih Wicaksono\n"
    data = pdf_mail("Galih Wicaksono <galih.wicaksono@example.com>", "Pengaduan kenaikan jenjang jabatan",
                    dt("2026-10-28 10:15:33"), "<galih.jf.2810@example.com>", cover, L.bytes(),
                    "Pengaduan_Jenjang_Jabatan_Galih.pdf")
    return data, dict(name=name, address=addr, service_description=desc, loss=loss, requested_resolution=req,
                      place="Bangil", date="2026-10-28", signed=True, email="galih.wicaksono@example.com",
                      phone="081252134480", nik=None), \
        "mutasi", "PDF, signed (vector strokes); date line right-aligned at top; 'Tempat/Tgl Lahir: Pasuruan, 19 Mei 1984' is not the place/date line"


def h20():
    name = "Dra. Endah Kusumaningrum, M.M."
    addr = "Jl. Raya Tretes No. 14, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan"
    desc = ("Saya telah mengikuti Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III yang diselenggarakan oleh "
            "BKPSDM pada bulan Mei sampai Agustus 2026 dan dinyatakan lulus. Namun Surat Tanda Tamat Pelatihan "
            "(STTP) saya belum diterbitkan, sedangkan peserta lain dari angkatan yang sama sudah menerimanya pada "
            "bulan September.")
    loss = ("Tanpa STTP, saya tidak dapat memenuhi syarat uji kompetensi jabatan yang dijadwalkan pada bulan "
            "Desember 2026, sehingga kesempatan promosi saya tertunda paling cepat satu tahun.")
    req = ("Saya mohon STTP saya segera diterbitkan atau saya diberi penjelasan tertulis apabila ada persyaratan "
           "yang belum saya penuhi.")
    L = Letter("Pengaduan STTP PKP")
    L.lines("Pandaan, 29 Oktober 2026")
    L.lines("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan")
    L.lines("Hal: Pengaduan belum terbitnya STTP Pelatihan Kepemimpinan Pengawas")
    L.para(f"Dengan hormat, saya {name}, Kepala Seksi Pemerintahan pada Kecamatan Pandaan, beralamat di "
           f"{addr}, nomor HP 0816-5530-2217, menyampaikan pengaduan sebagai berikut.")
    L.para(desc)
    L.para(loss)
    L.para(req)
    L.para("Atas perhatian Bapak/Ibu saya ucapkan terima kasih.")
    L.closing("Hormat saya,", name, signed=False)
    cover = "Selamat sore,\n\nBersama ini saya lampirkan surat pengaduan terkait STTP pelatihan.\n\nHormat saya,\nEndah Kusumaningrum\n"
    data = pdf_mail("Endah Kusumaningrum <endah.kusumaningrum@example.org>", "Surat pengaduan STTP PKP",
                    dt("2026-10-29 15:48:02"), "<endah.sttp.2910@example.org>", cover, L.bytes(), "surat pengaduan.pdf")
    return data, dict(name=name, address=addr, service_description=desc, loss=loss, requested_resolution=req,
                      place="Pandaan", date="2026-10-29", signed=False,
                      email="endah.kusumaningrum@example.org", phone="081655302217", nik=None), \
        "kompetensi", "PDF letter NOT signed (printed name only) although the cover mail closes with a name; identity inside a sentence"


def h21():
    name = "Ninik Sulistyowati, S.Pd."
    addr_lines = ["Dusun Kertosari RT 02 RW 06", "Desa Pucangsari, Kecamatan Purwosari", "Kabupaten Pasuruan"]
    addr = "\n".join(addr_lines)
    desc = ("Permohonan izin belajar program Magister Pendidikan Dasar di Universitas Negeri Malang yang saya "
            "ajukan pada bulan Juli 2026 ditolak melalui SIASN dengan keterangan singkat \"tidak memenuhi "
            "syarat\", tanpa menyebutkan syarat mana yang tidak terpenuhi. Padahal saya telah melampirkan surat "
            "rekomendasi kepala dinas, jadwal kuliah di luar jam kerja, dan SKP dua tahun terakhir dengan "
            "predikat baik.")
    loss = ("Saya sudah membayar uang pangkal dan SPP semester pertama sebesar Rp 8.750.000, dan tanpa izin "
            "belajar ijazah S2 saya tidak dapat diakui untuk kenaikan pangkat maupun pencantuman gelar.")
    req = ("Saya mohon BKPSDM meninjau kembali permohonan izin belajar saya dan menjelaskan secara tertulis "
           "syarat yang dianggap belum terpenuhi.")
    L = Letter("Pengaduan izin belajar")
    L.lines("Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\nKomplek Perkantoran Jl. Raya Raci KM. 9\nBangil - Pasuruan 67153")
    L.lines("Perihal: Pengaduan penolakan izin belajar")
    L.para("Dengan hormat, bersama surat ini saya menyampaikan pengaduan atas penolakan permohonan izin belajar saya.")
    L.para(desc)
    L.para(loss)
    L.para(req)
    L.para("Demikian surat ini saya sampaikan. Terima kasih.")
    L.closing("Purwosari, 16 November 2026\nHormat saya,", name, addr_lines + ["Telp. 0831-2294-5510"], seed=19)
    cover = "Dengan hormat,\nsurat pengaduan saya terlampir.\nTerima kasih.\n"
    data = pdf_mail("Ninik Sulistyowati <ninik.sulistyowati@example.net>", "Pengaduan izin belajar ditolak",
                    dt("2026-11-16 13:02:45"), "<ninik-ib-1611@example.net>", cover, L.bytes(),
                    "Pengaduan izin belajar.pdf", crlf=True)
    return data, dict(name=name, address=", ".join(addr_lines), service_description=desc, loss=loss,
                      requested_resolution=req, place="Purwosari", date="2026-11-16", signed=True,
                      email="ninik.sulistyowati@example.net", phone="083122945510", nik=None), \
        "kompetensi", "PDF, signed; the only complainant address is under the typed name; the agency's address is in the recipient block"


def h22():
    name = "dr. Arief Rachman Hakim"
    addr = "Jl. Gajah Mada No. 61 RT 03 RW 08, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan"
    pts = ["1) Permohonan tugas belajar saya ajukan pada 6 Juli 2026 dengan berkas lengkap, tetapi baru "
           "diverifikasi pada 30 September 2026, jauh melampaui waktu layanan 14 hari kerja yang tercantum "
           "dalam standar pelayanan BKPSDM.",
           "2) Setelah verifikasi, saya diminta melengkapi surat pernyataan yang sebelumnya tidak pernah "
           "disebutkan dalam daftar persyaratan, dan formulirnya tidak tersedia di loket maupun di laman BKPSDM.",
           "3) Sampai surat ini saya buat, SK tugas belajar belum terbit dan status permohonan di aplikasi tidak "
           "dapat dilacak."]
    desc = "\n".join(pts)
    loss = ("Kementerian Kesehatan memberi batas akhir penyerahan SK tugas belajar pada 30 November 2026. Apabila "
            "batas tersebut terlewati, beasiswa senilai kurang lebih Rp 450.000.000 untuk masa studi empat tahun "
            "akan dibatalkan dan kursi PPDS saya akan dialihkan kepada peserta lain.")
    req = ("Saya mohon BKPSDM menerbitkan SK tugas belajar saya paling lambat 25 November 2026 dan, apabila masih "
           "ada kekurangan berkas, memberitahukannya secara tertulis dalam satu kali pemberitahuan.")
    L = Letter("Pengaduan tugas belajar", size=12)
    L.right("Bangil, 2 November 2026")
    L.kv([("Nomor", "-"), ("Lampiran", "3 (tiga) lembar"), ("Perihal", "Pengaduan atas pelayanan permohonan tugas belajar")],
         label_w=24)
    L.lines("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil")
    L.lines("Dengan hormat,\nSaya yang bertanda tangan di bawah ini:", gap=1)
    L.kv([("Nama", name), ("NIK", "3514012709870004"), ("Jabatan", "Dokter Ahli Pertama, RSUD Bangil"),
          ("Alamat", addr), ("No. HP", "0811-3306-2719")], label_w=24)
    L.para("dengan ini menyampaikan pengaduan atas pelayanan permohonan tugas belajar yang saya ajukan. Sebagai "
           "latar belakang, saya diterima pada Program Pendidikan Dokter Spesialis (PPDS) Anestesiologi di "
           "Universitas Airlangga mulai semester genap 2026/2027 dengan beasiswa dari Kementerian Kesehatan, yang "
           "mensyaratkan surat keputusan tugas belajar dari pemerintah daerah.")
    L.para("Uraian pelayanan yang tidak sesuai standar:", gap=0, bold=True)
    for p in pts:
        L.para(p, gap=1)
    L.pdf.ln(1.5)
    L.para("Kerugian yang saya alami:", gap=0, bold=True)
    L.para(loss)
    L.para("Permintaan penyelesaian:", gap=0, bold=True)
    L.para(req)
    L.para("Sebagai bahan pertimbangan, bersama ini saya lampirkan salinan surat penerimaan PPDS, surat keterangan "
           "beasiswa, dan tanda terima berkas permohonan.")
    L.para("Demikian pengaduan ini saya sampaikan. Atas perhatian dan tindak lanjutnya saya ucapkan terima kasih.")
    if L.pdf.page_no() == 1:
        L.pdf.add_page()
    L.closing("Hormat saya,", name, seed=20)
    assert L.pdf.page_no() == 2
    cover = ("Yth. Bapak/Ibu Petugas Pengaduan,\n\nMohon izin menyampaikan surat pengaduan (2 halaman, PDF terlampir).\n\n"
             "Terima kasih,\ndr. Arief\n")
    data = pdf_mail("dr. Arief Rachman Hakim <arief.rachman.hakim@example.com>",
                    "Pengaduan tugas belajar PPDS - mohon segera", dt("2026-11-02 21:09:51"),
                    "<arief-tubel-0211@example.com>", cover, L.bytes(), "Surat_Pengaduan_Tubel.pdf")
    return data, dict(name=name, address=addr, service_description=desc, loss=loss, requested_resolution=req,
                      place="Bangil", date="2026-11-02", signed=True, email="arief.rachman.hakim@example.com",
                      phone="081133062719", nik="3514012709870004"), \
        "kompetensi", "two-page PDF, numbered 1) 2) 3) complaints, signature on page 2; background paragraph is not the description"


def h23():
    name = "Moh. Faisol Anwar"
    addr = "Jl. KH. Hasyim Asyari No. 9, Desa Winongan Lor, Kecamatan Winongan, Kabupaten Pasuruan"
    desc = ("Pada tanggal 2 Oktober 2026 saya menerima keputusan hukuman disiplin sedang berupa pemotongan "
            "tunjangan kinerja 25 persen selama 9 bulan karena dianggap tidak masuk kerja 12 hari. Saya tidak "
            "pernah dipanggil untuk pemeriksaan dan tidak diberi kesempatan membela diri, padahal ketidakhadiran "
            "tersebut adalah tugas luar yang dibuktikan dengan surat tugas dari atasan.")
    loss = ("Akibat keputusan tersebut tunjangan kinerja saya berkurang sekitar Rp 600.000 setiap bulan dan nama "
            "baik saya tercemar di kantor.")
    req = ("Saya mohon BKPSDM memeriksa ulang proses penjatuhan hukuman disiplin tersebut, memanggil saya untuk "
           "didengar keterangannya, dan membatalkan hukuman apabila terbukti tidak sesuai prosedur.")
    L = Letter("Keberatan hukuman disiplin")
    L.lines("Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan")
    L.lines("Perihal: Keberatan atas proses penjatuhan hukuman disiplin")
    L.lines("Saya yang bertanda tangan di bawah ini,", gap=1)
    L.kv([("Nama", name), ("Alamat", addr), ("No. HP", "0878-1520-3364")], label_w=20)
    L.para(desc)
    L.para(loss)
    L.para(req)
    L.closing("Hormat saya,", name, seed=21)
    cover = "Kepada Yth. Tim Pengaduan,\nberikut saya kirimkan surat keberatan saya. Mohon ditindaklanjuti.\n\nSalam,\nFaisol\n"
    data = pdf_mail("Moh. Faisol Anwar <faisol.anwar@example.net>", "Keberatan hukuman disiplin",
                    dt("2026-10-21 08:03:27"), "<faisol-hd-2110@example.net>", cover, L.bytes(), "keberatan.pdf")
    return data, dict(name=name, address=addr, service_description=desc, loss=loss, requested_resolution=req,
                      place=None, date="2026-10-21", signed=True, email="faisol.anwar@example.net",
                      phone="087815203364", nik=None), \
        "kinerja", "PDF, signed, but the letter has no place/date line (date from the Date header, place missing); discipline"


def h24():
    name = "Fransiska Dewi Anggraeni"
    addr = "Perum Pesona Candi Blok H-3, Desa Karangrejo, Kecamatan Gempol, Kabupaten Pasuruan"
    desc = ("Pada tanggal 14 September 2026 saya menyerahkan ijazah asli S1 dan transkrip nilai di loket BKPSDM "
            "untuk keperluan verifikasi pencantuman gelar, dengan janji dikembalikan dalam tiga hari. Ketika saya "
            "datang mengambilnya, petugas mengatakan dokumen tersebut tidak ada dan tidak ada catatan penerimaan, "
            "padahal saya diberi tanda terima bertanda tangan petugas.")
    loss = ("Saya harus mengurus duplikat ijazah ke kampus di Yogyakarta dengan biaya perjalanan dan legalisir "
            "kurang lebih Rp 3.400.000, dan pendaftaran saya pada seleksi jabatan fungsional terpaksa dibatalkan.")
    req = ("Saya mohon BKPSDM menelusuri keberadaan ijazah asli saya, memberikan surat keterangan kehilangan resmi "
           "dari instansi, dan mengganti biaya pengurusan duplikat ijazah.")
    L = Letter("Pengaduan kehilangan ijazah asli")
    L.lines("Gempol, 19 Oktober 2026")
    L.lines("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil")
    L.lines("Dengan hormat,\nYang bertanda tangan di bawah ini:", gap=1)
    L.kv([("Nama", name), ("Alamat", addr), ("HP", "0815-5567-1290"), ("E-mail", "fransiska.anggraeni@example.net")],
         label_w=20)
    L.para("menyampaikan pengaduan sebagai berikut:")
    L.para("1. Uraian kejadian", gap=0, bold=True)
    L.para(desc)
    L.para("2. Kerugian", gap=0, bold=True)
    L.para(loss)
    L.para("3. Permintaan penyelesaian", gap=0, bold=True)
    L.para(req)
    L.closing("Hormat saya,", name, seed=22)
    cover = "Selamat pagi,\n\nSurat pengaduan saya terlampir dalam format PDF.\n\nTerima kasih,\nFransiska\n"
    data = pdf_mail("Fransiska Dewi Anggraeni <fransiska.anggraeni@example.net>",
                    "Pengaduan: ijazah asli hilang di loket BKPSDM", dt("2026-10-19 07:41:10"),
                    "<fransiska-ijazah-1910@example.net>", cover, L.bytes(), "Pengaduan_Ijazah_Hilang.pdf")
    return data, dict(name=name, address=addr, service_description=desc, loss=loss, requested_resolution=req,
                      place="Gempol", date="2026-10-19", signed=True, email="fransiska.anggraeni@example.net",
                      phone="081555671290", nik=None), \
        "sekretariat", "PDF, signed; original diploma lost at the counter (mentions degree recognition) -> sekretariat; money loss"


def h25():
    name = "Dewi Masruroh, S.Pd."
    addr = "Dusun Sumberwaras RT 01 RW 02, Desa Gading, Kecamatan Winongan, Kabupaten Pasuruan"
    desc = ("Saya dinyatakan lulus seleksi PPPK Guru tahun 2025 tahap II dan telah mengisi daftar riwayat hidup "
            "serta mengunggah dokumen pada bulan Maret 2026. Rekan-rekan yang lulus pada tahap yang sama telah "
            "menerima Nomor Induk PPPK dan SK pengangkatan pada bulan Juli 2026, tetapi status saya di SSCASN "
            "masih \"proses penetapan NI\" tanpa keterangan apa pun.")
    loss = ("Saya belum dapat menerima gaji sebagai PPPK sejak Juli 2026, sehingga kehilangan penghasilan sekitar "
            "Rp 3.200.000 per bulan, sementara saya tetap mengajar penuh di SDN Gading 2 dengan honor Rp 400.000 "
            "per bulan.")
    req = ("Saya mohon BKPSDM menelusuri penyebab tertundanya penetapan Nomor Induk PPPK saya dan segera "
           "menerbitkan SK pengangkatan saya.")
    L = Letter("Pengaduan NI PPPK")
    L.right("Winongan, 4 November 2026")
    L.lines("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan")
    L.lines("Perihal: Pengaduan belum terbitnya Nomor Induk PPPK dan SK pengangkatan")
    L.lines("Dengan hormat,\nSaya yang bertanda tangan di bawah ini:", gap=1)
    L.kv([("Nama", name), ("NIK", "3514155201950002"), ("Alamat", addr), ("Nomor Peserta", "26351411000231"),
          ("No. HP", "0857-0412-6693")], label_w=34)
    L.para("Uraian pengaduan:", gap=0, bold=True)
    L.para(desc)
    L.para("Kerugian yang dialami:", gap=0, bold=True)
    L.para(loss)
    L.para("Permintaan penyelesaian:", gap=0, bold=True)
    L.para(req)
    L.para("Demikian surat pengaduan ini saya buat dengan sebenar-benarnya.")
    L.closing("Hormat saya,", name, seed=31)
    cover = "Assalamualaikum,\n\nTerlampir surat pengaduan saya terkait NI PPPK.\n\nWassalam,\nDewi Masruroh\n"
    data = pdf_mail("Dewi Masruroh <dewi.masruroh95@example.com>", "Pengaduan NI PPPK belum terbit",
                    dt("2026-11-04 11:30:00"), "<dewi-pppk-0411@example.com>", cover, L.bytes(), "Pengaduan NI PPPK.pdf")
    return data, dict(name=name, address=addr, service_description=desc, loss=loss, requested_resolution=req,
                      place="Winongan", date="2026-11-04", signed=True, email="dewi.masruroh95@example.com",
                      phone="085704126693", nik="3514155201950002"), \
        "pengadaan", "PDF, signed; aligned-colon identity with a 14-digit participant number (not a NIK/phone); PPPK"


# ------------------------------------------------------------------ auto replies
def h26():
    """List mail that looks exactly like a complaint."""
    body = """Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Nama   : Slamet Widodo, S.Pd.
Alamat : Dusun Tegalsari RT 02 RW 03, Desa Kenep, Kecamatan Beji
HP     : 0812-4400-3172

SK kenaikan pangkat saya periode April 2026 sampai sekarang belum terbit, padahal berkas sudah lengkap sejak Januari. Akibatnya saya kehilangan selisih gaji sekitar Rp 160.000 per bulan.

Saya mohon SK saya segera diterbitkan.

Beji, 12 November 2026

Hormat saya,
Slamet Widodo

(Teman-teman, ini surat yang saya kirim ke BKPSDM, siapa tahu ada yang mengalami hal sama.)

--
Anda menerima pesan ini karena Anda berlangganan grup "Forum Guru Pasuruan".
Untuk berhenti berlangganan dari grup ini dan berhenti menerima email darinya, kirim email ke forum-guru-pasuruan+unsubscribe@groups.example.org.
Untuk melihat diskusi ini di web, kunjungi https://groups.example.org/g/forum-guru-pasuruan/c/8fk2LmQ0aZ4
"""
    m = new_msg('"Slamet Widodo via Forum Guru Pasuruan" <forum-guru-pasuruan@groups.example.org>',
                "[Forum Guru Pasuruan] Pengaduan SK kenaikan pangkat belum terbit", dt("2026-11-12 19:02:11"),
                "<7c1f09aa-4b2e-4f0e-9d1c-slamet@groups.example.org>",
                to="Forum Guru Pasuruan <forum-guru-pasuruan@groups.example.org>",
                extra=[("Reply-To", "Slamet Widodo <slamet.widodo@example.com>"),
                       ("Sender", "forum-guru-pasuruan@groups.example.org"),
                       ("X-Original-Sender", "slamet.widodo@example.com"),
                       ("Precedence", "list"),
                       ("Mailing-list", "list forum-guru-pasuruan@groups.example.org; contact forum-guru-pasuruan+owners@groups.example.org"),
                       ("List-ID", "<forum-guru-pasuruan.groups.example.org>"),
                       ("List-Post", "<https://groups.example.org/g/forum-guru-pasuruan/post>, <mailto:forum-guru-pasuruan@groups.example.org>"),
                       ("List-Help", "<https://support.example.org/groups>, <mailto:forum-guru-pasuruan+help@groups.example.org>"),
                       ("List-Archive", "<https://groups.example.org/g/forum-guru-pasuruan>"),
                       ("List-Unsubscribe", "<mailto:forum-guru-pasuruan+unsubscribe@groups.example.org>, <https://groups.example.org/g/forum-guru-pasuruan/unsubscribe>"),
                       ("Delivered-To", AGENCY_ADDR)],
                relay="groups.example.org")
    m.set_content(body, charset="utf-8", cte="8bit")
    return m.as_bytes(), "list mail (Google-Groups-like) carrying a complete-looking complaint letter; List-ID, Precedence: list"


def h27():
    """Exim-style DSN bounce of one of our own mails, no Auto-Submitted header."""
    orig = EmailMessage(policy=POL)
    orig["Date"] = format_datetime(dt("2026-11-18 09:00:12"))
    orig["From"] = AGENCY
    orig["To"] = "Wiwik Hartati <w.hartati@example.net>"
    orig["Subject"] = "Permintaan kelengkapan pengaduan PGD-2026-0517"
    orig["Message-ID"] = "<pgd-2026-0517-req@pasuruankab.go.id>"
    orig.set_content("""Yth. Ibu Wiwik Hartati,

Pengaduan Anda telah kami terima dengan nomor PGD-2026-0517. Agar dapat diproses, mohon dilengkapi:
- alamat lengkap
- uraian kerugian yang dialami
- tempat dan tanggal surat serta tanda tangan

Nama    : Wiwik Hartati
Perihal : Keterlambatan SK pensiun

Hormat kami,
Petugas Pengaduan BKPSDM Kabupaten Pasuruan
""", charset="utf-8", cte="8bit")
    m = new_msg("Mail Delivery System <Mailer-Daemon@mail.example.net>",
                "Mail delivery failed: returning message to sender", dt("2026-11-18 09:00:15"),
                "<E1vLq2X-0003Kd-7a@mail.example.net>", to=AGENCY_ADDR,
                extra=[("Return-Path", "<>"), ("X-Failed-Recipients", "w.hartati@example.net")],
                relay="mail.example.net")
    m.set_type("multipart/report")
    m.set_param("report-type", "delivery-status")
    text = EmailMessage(policy=POL)
    text.set_content("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  w.hartati@example.net
    host mx.example.net [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<w.hartati@example.net>:
    550 5.1.1 <w.hartati@example.net>: Recipient address rejected: mailbox unavailable
""", charset="us-ascii", cte="7bit")
    status = message_from_string(
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.example.net\n\n"
        "Action: failed\nFinal-Recipient: rfc822;w.hartati@example.net\nStatus: 5.1.1\n"
        "Remote-MTA: dns; mx.example.net\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <w.hartati@example.net>: mailbox unavailable\n", policy=POL)
    ret = EmailMessage(policy=POL)
    ret["Content-Type"] = "message/rfc822"
    ret["Content-Description"] = "Undelivered Message"
    ret.set_payload([orig])
    m.set_payload([text, status, ret])
    m.set_boundary("1763431215-eximdsn-2048")
    return m.as_bytes(), "DSN bounce (Exim style, multipart/report, Return-Path <>, X-Failed-Recipients) of our own request mail; no Auto-Submitted header"


def h28():
    """Outlook out-of-office from a division staff member, mentions 'cuti'."""
    plain = """Terima kasih atas email Anda.

Saya sedang menjalani cuti tahunan mulai 16 sampai dengan 20 November 2026 dengan akses email terbatas. Email Anda akan saya balas setelah saya kembali bertugas.

Untuk urusan mendesak terkait penilaian kinerja dan disiplin pegawai, silakan menghubungi Bidang Penilaian Kinerja dan Penghargaan melalui kinerja.bkpsdm@example.go.id.

Salam,
Rahmat Hidayat
"""
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in plain.strip().split("\n\n")).replace("\n", "<br>") + "</body></html>\n"
    m = new_msg("Rahmat Hidayat <rahmat.hidayat@example.go.id>",
                "Balasan Otomatis: Disposisi Pengaduan PGD-2026-0498", dt("2026-11-17 08:01:44"),
                "<MW4PR09MB6310AUTO0498@example.go.id>", to=AGENCY,
                extra=[("In-Reply-To", "<pgd-2026-0498-disp@pasuruankab.go.id>"),
                       ("Auto-Submitted", "auto-generated"),
                       ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "rahmat.hidayat@example.go.id"),
                       ("Thread-Topic", "Disposisi Pengaduan PGD-2026-0498")],
                relay="example.go.id")
    m.set_content(plain, charset="utf-8", cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return m.as_bytes(), "Outlook out-of-office ('Balasan Otomatis:', Auto-Submitted: auto-generated) that talks about cuti and kinerja"


# ------------------------------------------------------------------ hostile
def h29():
    """Headers only, 0-byte body."""
    m = new_msg("Yudi Kurniawan <yudi.k@example.com>", "Pengaduan", dt("2026-11-19 10:10:10"),
                "<empty-body-1911@example.com>")
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = 'text/plain; charset="utf-8"'
    m["Content-Transfer-Encoding"] = "7bit"
    raw = m.as_bytes()
    assert raw.endswith(b"\n\n")
    return raw, "headers only, 0-byte body: readable, exit 0, not an auto-reply (fields not scored)"


def h30():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("surat_pengaduan.txt", (2026, 11, 18, 8, 0, 0)),
                   "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan\nDengan hormat, ...\n")
        z.writestr(zipfile.ZipInfo("ktp.jpg", (2026, 11, 18, 8, 0, 0)), bytes(range(256)) * 8)
    return buf.getvalue(), "a ZIP archive renamed .pdf: unreadable as PDF, exit 3"


def h31():
    """A letter in the first part, then 300 nested multiparts."""
    letter_fields = dict(
        name="Joko Susilo",
        address="Dusun Wates RT 04 RW 02, Desa Bulusari, Kecamatan Gempol, Kabupaten Pasuruan",
        service_description=("Permohonan Kartu Istri (Karis) untuk istri saya yang saya ajukan pada bulan Mei 2026 "
                             "belum selesai, padahal menurut petugas pembuatan Karis hanya membutuhkan 30 hari kerja. "
                             "Status di aplikasi masih \"menunggu verifikasi\" selama lima bulan."),
        loss=("Istri saya belum dapat didaftarkan sebagai tanggungan untuk keperluan asuransi kesehatan dan "
              "tunjangan keluarga."),
        requested_resolution="Mohon Karis istri saya segera diterbitkan.",
        place="Gempol", date="2026-11-12", signed=True, email="joko.susilo.gempol@example.com",
        phone="083855610274", nik=None)
    f = letter_fields
    letter = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Nama   : {f['name']}
Alamat : {f['address']}
HP     : 0838-5561-0274

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Gempol, 12 November 2026

Hormat saya,
Joko Susilo
"""
    m = new_msg("Joko Susilo <joko.susilo.gempol@example.com>", "Pengaduan Karis belum terbit",
                dt("2026-11-12 09:45:00"), "<nested300-1211@example.com>")
    hdr = m.as_bytes().decode()  # header block only, followed by a blank line
    depth = 300
    out = [hdr.rstrip("\n") + "\n",
           "MIME-Version: 1.0\n",
           'Content-Type: multipart/mixed; boundary="nest000"\n\n',
           "This is a multi-part message in MIME format.\n",
           "--nest000\n",
           'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n',
           letter,
           "--nest000\n"]
    for i in range(1, depth + 1):
        out.append(f'Content-Type: multipart/mixed; boundary="nest{i:03d}"\n\n--nest{i:03d}\n')
    out.append('Content-Type: text/plain; charset="us-ascii"\n\nlampiran\n')
    for i in range(depth, -1, -1):
        out.append(f"--nest{i:03d}--\n")
    return "".join(out).encode("utf-8"), letter_fields, "pengadaan", \
        "letter in the first part, then 300 nested multipart/mixed levels: must not crash; the letter is scored"


def h32():
    """Letter in the body, PDF attachment whose base64 is cut off mid-stream (no closing boundary)."""
    f = dict(
        name="Ahmad Fauzi Ramadhan, S.T.",
        address="Jl. Sultan Agung No. 12, Desa Randupitu, Kecamatan Gempol, Kabupaten Pasuruan",
        service_description=("Surat persetujuan melepas yang saya ajukan sejak April 2026 belum diterbitkan, padahal "
                             "instansi penerima di Surabaya sudah mengeluarkan surat persetujuan menerima sejak bulan "
                             "Maret. Setiap kali saya menanyakan, jawaban petugas selalu \"masih di meja pimpinan\"."),
        loss=("Surat persetujuan menerima dari Surabaya berlaku enam bulan dan akan kedaluwarsa pada akhir bulan ini, "
              "sehingga proses pindah yang sudah saya rintis selama setahun terancam batal."),
        requested_resolution="Saya mohon surat persetujuan melepas segera diterbitkan sebelum 30 November 2026.",
        place="Gempol", date="2026-11-17", signed=True, email="fauzi.ramadhan.st@example.com",
        phone="081330114582", nik=None)
    body = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

Saya, {f['name']}, beralamat di {f['address']}, menyampaikan pengaduan terkait permohonan pindah tugas ke Pemerintah Kota Surabaya.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Terlampir scan surat persetujuan menerima dari Pemerintah Kota Surabaya.

Gempol, 17 November 2026

Hormat saya,
{f['name']}
HP 0813-3011-4582
"""
    L = Letter("Surat persetujuan menerima")
    for _ in range(6):
        L.para("PEMERINTAH KOTA SURABAYA - SURAT PERSETUJUAN MENERIMA PEGAWAI NEGERI SIPIL PINDAHAN. " * 4)
    m = new_msg("Ahmad Fauzi Ramadhan <fauzi.ramadhan.st@example.com>", "Pengaduan surat persetujuan melepas",
                dt("2026-11-17 14:27:36"), "<fauzi-pindah-1711@example.com>")
    m.set_content(body, charset="utf-8", cte="8bit")
    m.add_attachment(L.bytes(), maintype="application", subtype="pdf", filename="persetujuan_menerima.pdf")
    m.set_boundary("==trunc_b64_boundary_1711==")
    raw = m.as_bytes()
    cut = raw.index(b"filename=")
    start = raw.index(b"\n\n", cut) + 2
    b64_len = raw.index(b"\n--==trunc_b64_boundary_1711==--", start) - start
    raw = raw[: start + int(b64_len * 0.4) + 37]  # cut inside a base64 line, no closing boundary
    return raw, f, "mutasi", "PDF attachment's base64 truncated mid-line, no closing boundary; the body letter is scored"


# ===================================================================== build
def main() -> None:
    plain = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13]
    mime = [h14, h15, h16, h17, h18]
    pdfs = [h19, h20, h21, h22, h23, h24, h25]
    autos = [h26, h27, h28]
    n = 0

    def nid():
        nonlocal n
        n += 1
        return f"h{n:02d}"

    for folder, cat, fns in (("email_plain", "email_plain", plain), ("email_mime", "email_mime", mime),
                             ("email_pdf", "email_pdf", pdfs)):
        for fn in fns:
            data, fields, division, note = fn()
            rel = f"{folder}/{nid()}.eml"
            write(rel, data)
            record(rel, cat, fields, division, note)
    for fn in autos:
        data, note = fn()
        rel = f"auto_reply/{nid()}.eml"
        write(rel, data)
        record(rel, "auto_reply", None, None, note, auto_reply=True)
    data, note = h29()
    rel = f"hostile/{nid()}.eml"
    write(rel, data)
    record(rel, "hostile_ok", None, None, note)
    data, note = h30()
    rel = f"hostile/{nid()}.pdf"
    write(rel, data)
    record(rel, "hostile_error", None, None, note, expect_exit=3)
    for fn in (h31, h32):
        data, fields, division, note = fn()
        rel = f"hostile/{nid()}.eml"
        write(rel, data)
        record(rel, "hostile_ok", fields, division, note)
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in TRUTH:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(TRUTH)} items")


if __name__ == "__main__":
    main()
