#!/usr/bin/env python3
"""Generate held-out set 12 (written blind): e-mails with PDF letters, HTML
mails, plain mails, auto-replies and one unreadable file, plus truth.jsonl.
Run: /work/main/.venv/bin/python make_heldout12.py  (needs fpdf2)."""
import base64, json, math, os, quopri, random, struct, zlib
from email.header import Header
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
REQ = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
rnd = random.Random(12)
TRUTH = []
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def indo(d):
    y, m, dd = map(int, d.split("-"))
    return f"{dd} {BULAN[m-1]} {y}"


def hdr_date(d, hh="09:12:40", tz="+0700"):
    import datetime
    y, m, dd = map(int, d.split("-"))
    wd = datetime.date(y, m, dd).weekday()
    return f"{DAYS[wd]}, {dd:02d} {MON[m-1]} {y} {hh} {tz}"


def mid(dom):
    return "<" + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)) + "@" + dom + ">"


def record(path, cat, L, note, email, division):
    f = {k: L.get(k) for k in ["name", "address", "service_description", "loss", "requested_resolution", "place", "date"]}
    f["signed"] = bool(L.get("signed"))
    f["email"] = email
    f["phone"] = L.get("phone_digits")
    f["nik"] = L.get("nik")
    missing = [k for k in REQ if (f[k] is None if k != "signed" else not f[k])]
    TRUTH.append({"file": path, "category": cat, "expect_exit": 0, "fields": f, "missing": missing,
                  "complete": not missing, "auto_reply": False, "division": division, "ocr": False, "note": note})


def write(rel, data):
    p = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def b64lines(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i+76] for i in range(0, len(s), 76))


def tiny_png(w=60, h=20):
    raw = b"".join(b"\x00" + bytes([(x * 4 + y * 8) % 256 for x in range(w) for _ in range(3)]) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")

# ------------------------------------------------------------------ PDF letters


class Letter(FPDF):
    footer_text = None

    def footer(self):
        if self.footer_text:
            self.set_y(-15)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, f"Halaman {self.page_no()} dari {{nb}}", align="C")


def signature(pdf, x, y, seed):
    r = random.Random(seed)
    pdf.set_draw_color(20, 30, 120)
    pdf.set_line_width(0.5)
    px, py = x, y + 8
    for i in range(9):
        nx = px + r.uniform(3, 7)
        ny = y + r.uniform(0, 14)
        pdf.bezier([(px, py), (px + r.uniform(-4, 6), y + r.uniform(-3, 16)),
                    (nx + r.uniform(-6, 4), y + r.uniform(-3, 16)), (nx, ny)])
        px, py = nx, ny
    pdf.line(x - 2, y + 12, px + 4, y + 10)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


def make_pdf(L, o):
    pdf = Letter(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 22)
    if o.get("pageno"):
        pdf.footer_text = True
    pdf.add_page()
    F = o.get("font", "Times")
    pdf.set_font(F, "", 11.5)
    lh = 5.6
    if o.get("kop"):
        pdf.set_font(F, "B", 13)
        for i, line in enumerate(o["kop"]):
            if i == 1:
                pdf.set_font(F, "", 10)
            pdf.cell(0, 6 if i == 0 else 4.8, line, align="C", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 2
        pdf.set_line_width(0.8); pdf.line(25, y, 190, y); pdf.set_line_width(0.2); pdf.line(25, y + 1.2, 190, y + 1.2)
        pdf.set_y(y + 5)
        pdf.set_font(F, "", 11.5)
    pd = o.get("pdline")
    if pd and o.get("pd_top", True):
        pdf.cell(0, lh, pd, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for lab, val in o.get("head", []):
        pdf.cell(25, lh, lab); pdf.cell(4, lh, ":"); pdf.multi_cell(0, lh, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in o.get("to", ["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "Komplek Perkantoran Jl. Raya Raci KM. 9", "di -", "      BANGIL"]):
        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for para in o["body_before"]:
        pdf.multi_cell(0, lh, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    ident = o.get("ident", [])
    if ident:
        if o.get("ident_table"):
            pdf.set_font(F, "", 10.5)
            with pdf.table(col_widths=(45, 120), first_row_as_headings=False, line_height=5.2) as t:
                for a, b in ident:
                    r = t.row(); r.cell(a); r.cell(b)
            pdf.set_font(F, "", 11.5)
        else:
            for a, b in ident:
                pdf.set_x(32); pdf.cell(32, lh, a); pdf.cell(4, lh, ":")
                pdf.multi_cell(0, lh, b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for kind, a, b in o["sections"]:
        if kind == "p":
            pdf.multi_cell(0, lh, a, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif kind == "h":
            pdf.set_font(F, "B", 11.5); pdf.multi_cell(0, lh, a, new_x="LMARGIN", new_y="NEXT"); pdf.set_font(F, "", 11.5)
            if b:
                pdf.set_x(31); pdf.multi_cell(0, lh, b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font(F, "", 10)
            with pdf.table(col_widths=a, line_height=5) as t:
                for row in b:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.set_font(F, "", 11.5); pdf.ln(3)
        elif kind == "page":
            pdf.add_page()
    for para in o.get("closing", ["Demikian surat pengaduan ini saya sampaikan. Atas perhatian dan tindak lanjut Bapak/Ibu, saya ucapkan terima kasih."]):
        pdf.multi_cell(0, lh, para, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.ln(4)
    if pdf.get_y() > 230:
        pdf.add_page()
    x = 120
    if pd and not o.get("pd_top", True):
        pdf.set_x(x); pdf.cell(0, lh, pd, new_x="LMARGIN", new_y="NEXT")
    for line in o.get("greet", ["Hormat saya,"]):
        pdf.set_x(x); pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    if L["signed"]:
        signature(pdf, x + 4, y + 2, sum(map(ord, L["name"])))
    pdf.set_y(y + 22)
    pdf.set_x(x); pdf.set_font(F, "BU", 11.5); pdf.cell(0, lh, o.get("typed", L["name"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 11.5)
    if o.get("nip"):
        pdf.set_x(x); pdf.cell(0, lh, "NIP. " + o["nip"], new_x="LMARGIN", new_y="NEXT")
    if o.get("tembusan"):
        pdf.ln(8)
        pdf.set_font(F, "", 10)
        for t in o["tembusan"]:
            pdf.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_creator("Microsoft Word")
    return bytes(pdf.output())


def pdf_mail(rel, L, o, cover, sender_name, sender, subject, fname, date_hdr, note, division, ua="Mozilla/5.0"):
    pdfb = make_pdf(L, o)
    bnd = "----=_Part_" + str(rnd.randint(10**9, 10**10))
    dom = sender.split("@")[1]
    msg = (f"Received: from mail.{dom} (mail.{dom} [198.51.100.{rnd.randint(2,250)}])\n"
           f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {rnd.randint(10**9,10**10):X}\n"
           f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {date_hdr}\n"
           f"Date: {date_hdr}\nFrom: {sender_name} <{sender}>\nTo: {AGENCY}\n"
           f"Subject: {Header(subject, 'utf-8').encode() if not subject.isascii() else subject}\n"
           f"Message-ID: {mid(dom)}\nMIME-Version: 1.0\n"
           f"Content-Type: multipart/mixed; boundary=\"{bnd}\"\n\n"
           f"This is a multi-part message in MIME format.\n\n--{bnd}\n"
           f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{cover}\n\n--{bnd}\n"
           f"Content-Type: application/pdf; name=\"{fname}\"\n"
           f"Content-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n"
           f"{b64lines(pdfb)}\n--{bnd}--\n")
    write(rel, msg)
    record(rel, "email_pdf", L, note, sender.lower(), division)


def std_sections(L, labels=("Uraian pelayanan yang tidak sesuai standar", "Kerugian yang saya alami", "Permintaan penyelesaian"), extra=None, numbered=True):
    out = []
    keys = ["service_description", "loss", "requested_resolution"]
    n = 0
    for lab, k in zip(labels, keys):
        if L.get(k) is None:
            continue
        n += 1
        out.append(("h", (f"{n}. " if numbered else "") + lab + ":", L[k]))
        if extra and k in extra:
            out.extend(extra[k])
    return out


# ------------------------------------------------------------------ 12 email_pdf


def P(**k):
    k.setdefault("signed", True)
    k.setdefault("nik", None)
    return k


def pdf_items():
    # p01 pengadaan: PPPK SK not delivered; kop, id table, complete, NIP under name
    L = P(name="Siti Khoirun Nisa, S.Pd.", address="Dusun Krajan RT 002 RW 004, Desa Ngempit, Kecamatan Kraton, Kabupaten Pasuruan",
          service_description="Saya dinyatakan lulus seleksi PPPK Guru tahun 2025 dan telah mengikuti penandatanganan perjanjian kerja pada bulan Maret 2026. Namun sampai surat ini saya tulis, petikan SK pengangkatan PPPK saya belum diserahkan, sedangkan rekan satu formasi di kecamatan lain sudah menerimanya sejak Mei 2026.",
          loss="Karena SK belum saya terima, gaji saya sebagai PPPK belum dapat dibayarkan selama enam bulan dan saya tidak dapat didaftarkan sebagai peserta BPJS Kesehatan dari instansi.",
          requested_resolution="Saya mohon BKPSDM segera menyerahkan petikan SK pengangkatan PPPK saya dan berkoordinasi dengan BPKAD agar gaji yang tertunda dapat dibayarkan.",
          place="Kraton", date="2026-10-12", phone_digits="081336470218")
    o = dict(kop=["SITI KHOIRUN NISA, S.Pd.", "Dusun Krajan RT 002 RW 004, Desa Ngempit, Kecamatan Kraton, Kabupaten Pasuruan", "Telp. 0813-3647-0218"],
             pdline="Kraton, 12 Oktober 2026", head=[("Perihal", "Pengaduan SK Pengangkatan PPPK"), ("Lampiran", "2 (dua) lembar")],
             body_before=["Dengan hormat,", "Yang bertanda tangan di bawah ini:"], ident_table=True,
             ident=[("Nama", L["name"]), ("NIP", "19890317 202521 2 004"), ("Jabatan", "Guru Ahli Pertama"), ("Unit Kerja", "SDN Ngempit 2"),
                    ("Alamat", L["address"]), ("No. HP", "0813-3647-0218")],
             sections=[("p", "dengan ini menyampaikan pengaduan sebagai berikut:", None)] + std_sections(L), nip="19890317 202521 2 004")
    pdf_mail("email_pdf/p01.eml", L, o, "Assalamualaikum,\n\nYth. Bapak/Ibu petugas pengaduan, terlampir surat pengaduan saya mengenai SK PPPK. Mohon dapat ditindaklanjuti.\n\nTerima kasih,\nSiti Khoirun Nisa",
             "Siti Khoirun Nisa", "siti.khoirunnisa@example.com", "Pengaduan SK PPPK belum diterima", "Surat Pengaduan SK PPPK.pdf",
             hdr_date("2026-10-12", "20:14:05"), "complete; personal kop; identity table; NIP under signed name (NIP is not NIK)", "pengadaan")

    # p02 mutasi: transfer not processed, two pages with chronology table, complete
    L = P(name="Drs. Bambang Hariyadi", address="Jl. Raya Pandaan-Malang No. 211 RT 03 RW 01, Kelurahan Petungasri, Kecamatan Pandaan",
          service_description="Saya telah mengajukan permohonan pindah tugas (mutasi) dari SMPN 1 Lumbang ke SMPN 2 Pandaan sejak bulan Februari 2026 dengan persetujuan kedua kepala sekolah dan Dinas Pendidikan. Permohonan tersebut sudah tiga kali saya tanyakan, tetapi setiap kali jawaban petugas berbeda dan berkas saya dinyatakan belum diterima oleh bidang terkait.",
          loss="Setiap hari saya menempuh perjalanan sekitar 70 km pulang-pergi dengan biaya bensin kurang lebih Rp 900.000 per bulan, dan kesehatan saya menurun karena kelelahan.",
          requested_resolution="Saya mohon permohonan mutasi saya segera diproses dan saya diberi penjelasan tertulis tentang posisi berkas saya saat ini.",
          place="Pandaan", date="2026-09-21", phone_digits="085231907764", nik="3514082105680003")
    chron = [("No", "Tanggal", "Kegiatan", "Keterangan")] + [
        ("1", "09-02-2026", "Penyerahan berkas ke loket", "Tanda terima No. 112"), ("2", "16-04-2026", "Konfirmasi pertama", "Berkas belum diterima bidang"),
        ("3", "03-06-2026", "Konfirmasi kedua", "Diminta menunggu"), ("4", "28-08-2026", "Konfirmasi ketiga", "Berkas dinyatakan tidak ditemukan")]
    o = dict(pdline="Pandaan, 21 September 2026", head=[("Nomor", "-"), ("Lampiran", "1 (satu) berkas"), ("Perihal", "Pengaduan permohonan mutasi yang tidak diproses")],
             body_before=["Dengan hormat,", "Saya yang bertanda tangan di bawah ini:"],
             ident=[("Nama", L["name"]), ("NIK", L["nik"]), ("Alamat", L["address"]), ("Telepon", "0852-3190-7764")],
             sections=[("p", "menyampaikan pengaduan atas pelayanan BKPSDM Kabupaten Pasuruan sebagai berikut:", None),
                       ("h", "1. Uraian pelayanan yang tidak sesuai standar:", L["service_description"]),
                       ("p", "Kronologi pengurusan berkas saya adalah sebagai berikut:", None), ("table", (10, 28, 62, 65), chron),
                       ("page", None, None),
                       ("h", "2. Kerugian yang saya alami:", L["loss"]), ("h", "3. Permintaan penyelesaian:", L["requested_resolution"])],
             pageno=True, tembusan=["Tembusan:", "1. Yth. Kepala Dinas Pendidikan Kabupaten Pasuruan", "2. Arsip"])
    pdf_mail("email_pdf/p02.eml", L, o, "Selamat siang,\n\nBersama ini saya lampirkan surat pengaduan (2 halaman).\n\nHormat kami,\nBambang Hariyadi",
             "Bambang Hariyadi", "b.hariyadi@example.net", "Pengaduan mutasi guru", "pengaduan_mutasi_bambang.pdf",
             hdr_date("2026-09-22", "11:02:51"), "complete; two pages with chronology table and page numbers; tembusan list after signature; cover mail dated a day later than the letter", "mutasi")

    # p03 kompetensi: latsar certificate, no loss
    L = P(name="Rina Ayu Kusumawardani, A.Md.Kep.", address="Perumahan Puri Kencana Blok F-12, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan",
          service_description="Saya telah mengikuti Pelatihan Dasar CPNS (Latsar) angkatan VII tahun 2025 dan dinyatakan lulus. Akan tetapi sampai sekarang sertifikat STTPL saya belum diterbitkan, sedangkan peserta lain dari angkatan yang sama sudah menerima sertifikatnya.",
          loss=None,
          requested_resolution="Mohon agar STTPL Latsar saya segera diterbitkan atau saya diberi penjelasan apa yang menjadi kendala penerbitannya.",
          place="Beji", date="2026-11-02", phone_digits="087755302219")
    o = dict(pdline="Beji, 2 November 2026", head=[("Perihal", "Pengaduan sertifikat Latsar CPNS")],
             body_before=["Dengan hormat,", "Saya yang bertanda tangan di bawah ini:"],
             ident=[("Nama", L["name"]), ("NIP", "19980211 202501 2 007"), ("Unit kerja", "Puskesmas Beji"), ("Alamat", L["address"]), ("HP/WA", "0877-5530-2219")],
             sections=std_sections(L, labels=("Uraian pengaduan", "", "Permintaan penyelesaian")), nip="19980211 202501 2 007", font="Helvetica")
    pdf_mail("email_pdf/p03.eml", L, o, "Dengan hormat,\nTerlampir surat pengaduan saya terkait sertifikat Latsar.\nTerima kasih.\n\nRina Ayu K.",
             "Rina Ayu Kusumawardani", "rina.ayu.k@example.org", "Sertifikat Latsar belum terbit", "Pengaduan_Latsar.pdf",
             hdr_date("2026-11-02", "07:41:19"), "no loss; NIP under name", "kompetensi")

    # p04 kinerja: cuti besar not processed; complete; letter in table-free numbered sections with roman headings
    L = P(name="Hj. Umi Kalsum", address="Jl. KH. Hasyim Asy'ari No. 45, Desa Sidogiri, Kecamatan Kraton, Kabupaten Pasuruan",
          service_description="Saya mengajukan permohonan cuti besar selama tiga bulan untuk menunaikan ibadah haji melalui atasan langsung pada tanggal 5 Maret 2026. Sampai dengan keberangkatan kloter saya pada bulan Mei 2026, keputusan pemberian cuti besar dari BKPSDM tidak pernah terbit walaupun sudah berulang kali saya tanyakan.",
          loss="Selama saya menunaikan ibadah haji, saya tercatat tidak masuk kerja tanpa keterangan sehingga tambahan penghasilan pegawai saya bulan Mei dan Juni 2026 dipotong seluruhnya, sekitar Rp 3.400.000.",
          requested_resolution="Saya mohon keputusan cuti besar saya diterbitkan dengan tanggal berlaku surut dan catatan ketidakhadiran saya diperbaiki sehingga potongan tambahan penghasilan dapat dikembalikan.",
          place="Kraton", date="2026-08-17", phone_digits="082140558713")
    o = dict(pdline="Kraton, 17 Agustus 2026", pd_top=False, head=[("Hal", "Pengaduan permohonan cuti besar"), ("Lamp.", "Fotokopi surat permohonan cuti")],
             body_before=["Assalamu'alaikum Wr. Wb.", "Yang bertanda tangan di bawah ini, saya:"],
             ident=[("Nama", L["name"]), ("Jabatan", "Pengadministrasi Umum, Kecamatan Kraton"), ("Alamat rumah", L["address"]), ("Nomor HP", "0821 4055 8713")],
             sections=[("h", "I. Pelayanan yang tidak sesuai standar", L["service_description"]), ("h", "II. Kerugian", L["loss"]),
                       ("h", "III. Penyelesaian yang saya mohon", L["requested_resolution"])],
             closing=["Demikian pengaduan ini saya sampaikan, atas perhatiannya saya sampaikan terima kasih.", "Wassalamu'alaikum Wr. Wb."],
             greet=["Pelapor,"])
    pdf_mail("email_pdf/p04.eml", L, o, "Yth. BKPSDM,\n\nSaya mengirimkan surat pengaduan dari ibu saya, Hj. Umi Kalsum, karena beliau tidak terbiasa menggunakan email. Surat asli terlampir.\n\nSalam,\nAhmad Fauzan (anak)\n0857-0412-3398",
             "Ahmad Fauzan", "ahmad.fauzan.kraton@example.com", "Pengaduan cuti besar a.n. Hj. Umi Kalsum", "surat ibu.pdf",
             hdr_date("2026-08-18", "19:25:00"), "cover mail sent and signed by the son forwarding for his mother (email = sender, phone/name from letter); place/date line above the signature; roman numbered sections", "kinerja")

    # p05 sekretariat: pungli around kenaikan pangkat; unsigned (typed name only)
    L = P(name="Slamet Riyadi", address="Dusun Tegal RT 001 RW 002, Desa Warungdowo, Kecamatan Pohjentrek, Kabupaten Pasuruan",
          service_description="Pada saat saya menyerahkan berkas usulan kenaikan pangkat di loket BKPSDM tanggal 14 Oktober 2026, seorang oknum petugas meminta uang sebesar Rp 1.500.000 dengan alasan agar berkas saya diproses lebih cepat. Petugas tersebut mengatakan tanpa uang itu berkas saya akan diproses pada periode berikutnya.",
          loss="Saya terpaksa menyerahkan uang Rp 1.500.000 tanpa tanda terima dan merasa dirugikan karena layanan tersebut seharusnya tidak dipungut biaya.",
          requested_resolution="Saya meminta pimpinan BKPSDM menindak tegas oknum petugas tersebut dan mengembalikan uang yang telah saya serahkan.",
          place="Pohjentrek", date="2026-10-20", phone_digits="081259900341", signed=False)
    o = dict(pdline="Pohjentrek, 20 Oktober 2026", head=[("Perihal", "Laporan dugaan pungutan liar"), ("Lampiran", "-")],
             body_before=["Dengan hormat,", "Saya yang bertanda tangan di bawah ini:"],
             ident=[("Nama", L["name"]), ("Alamat", L["address"]), ("Telp", "0812-5990-0341")],
             sections=std_sections(L, labels=("Kejadian", "Kerugian", "Harapan / permintaan penyelesaian")))
    pdf_mail("email_pdf/p05.eml", L, o, "Mohon maaf mengganggu, saya lampirkan laporan saya tentang pungutan di loket. Nama petugas tidak saya ketahui.\n\nSlamet Riyadi",
             "Slamet Riyadi", "slametriyadi1971@example.net", "Laporan pungutan liar", "laporan.pdf",
             hdr_date("2026-10-20", "13:33:07"), "illegal fee in a promotion (kenaikan pangkat) matter -> sekretariat; letter has printed name only, not signed (cover mail has a name but the attached letter decides)", "sekretariat")

    # p06 pengadaan: Karsu for husband; complete, relative forwards, Yahoo-like cover
    L = P(name="Dewi Mariyam", address="Jl. Mawar No. 7 RT 04 RW 05, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
          service_description="Saya mengajukan permohonan Kartu Suami (Karsu) sejak bulan Januari 2026 melalui bagian kepegawaian RSUD Bangil. Pada bulan Juli 2026 saya diberi tahu bahwa Karsu sudah jadi, tetapi saat saya ambil di loket ternyata nama suami saya tertulis salah, yaitu Mochamad Rosyid, padahal seharusnya Moch. Rasyid.",
          loss="Karena kesalahan nama tersebut, klaim asuransi kesehatan suami saya ditolak dan saya harus membayar sendiri biaya rawat inap sebesar Rp 4.250.000.",
          requested_resolution="Saya mohon Karsu diterbitkan ulang dengan nama yang benar tanpa dipungut biaya dan diserahkan dalam waktu paling lama dua minggu.",
          place="Bangil", date="2026-09-30", phone_digits="085646120987", nik="3514094407830002")
    o = dict(pdline="Bangil, 30 September 2026", head=[("Perihal", "Pengaduan kesalahan penulisan nama pada Karsu"), ("Lampiran", "Fotokopi Karsu dan akta nikah")],
             body_before=["Dengan hormat,", "Saya yang bertanda tangan di bawah ini:"],
             ident=[("Nama", L["name"]), ("NIK", L["nik"]), ("NIP", "19830704 200801 2 012"), ("Alamat", L["address"]), ("No. HP", "0856-4612-0987")],
             sections=[("p", "dengan ini mengajukan pengaduan sebagai berikut.", None)] + std_sections(L, extra={"service_description": [("table", (40, 60, 65), [("Data", "Tertulis di Karsu", "Seharusnya"), ("Nama suami", "Mochamad Rosyid", "Moch. Rasyid"), ("Tanggal lahir", "12-03-1980", "12-03-1980")])]}),
             nip="19830704 200801 2 012")
    pdf_mail("email_pdf/p06.eml", L, o, "Selamat pagi,\n\nSaya Nanda, keponakan Ibu Dewi Mariyam. Atas permintaan beliau saya kirimkan surat pengaduan terlampir. Untuk konfirmasi silakan menghubungi beliau langsung di nomor yang tercantum di surat.\n\nTerima kasih,\nNanda Prasetya\n\nDikirim dari Yahoo Mail di Android",
             "Nanda Prasetya", "nanda.prasetya@example.com", "Surat pengaduan Karsu (Ibu Dewi Mariyam)", "Pengaduan Karsu - Dewi Mariyam.pdf",
             hdr_date("2026-10-01", "06:58:44"), "cover mail by the niece/nephew forwarding; letter with NIK and NIP, small data table inside the description section", "pengadaan")

    # p07 kinerja: Satyalancana not awarded, two pages, complete
    L = P(name="Suwarno, S.Sos.", address="Dusun Wonosari RT 005 RW 001, Desa Nongkojajar, Kecamatan Tutur, Kabupaten Pasuruan",
          service_description="Saya telah mengabdi sebagai PNS selama 30 tahun tanpa pernah dijatuhi hukuman disiplin dan telah diusulkan oleh perangkat daerah untuk menerima Satyalancana Karya Satya XXX Tahun pada tahun 2025. Namun nama saya tidak tercantum dalam Keputusan Presiden penerima tanda kehormatan, sementara rekan yang diusulkan bersamaan sudah menerima. Ketika saya tanyakan, petugas menyatakan berkas usulan saya tidak dikirim karena ada kekurangan dokumen yang tidak pernah diberitahukan kepada saya.",
          loss="Saya kehilangan kesempatan menerima tanda kehormatan sebelum memasuki masa pensiun bulan Februari 2027 dan merasa tidak dihargai atas pengabdian saya.",
          requested_resolution="Saya mohon usulan Satyalancana Karya Satya saya diajukan kembali pada periode tahun 2027 dan saya diberi tahu secara tertulis dokumen apa yang kurang.",
          place="Tutur", date="2026-11-09", phone_digits="081330098812")
    masa = [("No", "Periode", "Unit kerja", "Keterangan")] + [(str(i + 1), p, u, "Tidak pernah dihukum disiplin") for i, (p, u) in enumerate(
        [("1996 - 2003", "Kecamatan Puspo"), ("2003 - 2011", "Kecamatan Tosari"), ("2011 - 2018", "Dinas Pertanian"), ("2018 - sekarang", "Kecamatan Tutur")])]
    o = dict(kop=["SUWARNO, S.Sos.", "Dusun Wonosari RT 005 RW 001, Desa Nongkojajar, Kecamatan Tutur"], pdline="Tutur, 9 November 2026",
             head=[("Perihal", "Pengaduan usulan Satyalancana Karya Satya"), ("Lampiran", "3 (tiga) lembar")],
             body_before=["Dengan hormat,", "Bersama surat ini saya, " + L["name"] + ", PNS pada Kecamatan Tutur, beralamat di " + L["address"] + ", nomor HP 0813-3009-8812, menyampaikan pengaduan sebagai berikut."],
             sections=[("h", "A. Uraian pelayanan yang tidak sesuai standar", L["service_description"]), ("p", "Riwayat masa kerja saya:", None),
                       ("table", (10, 35, 55, 65), masa), ("p", "Kelengkapan berkas usulan pada waktu itu sudah saya serahkan kepada pengelola kepegawaian kecamatan, termasuk fotokopi SK CPNS, SK PNS, SK pangkat terakhir dan surat pernyataan tidak pernah dijatuhi hukuman disiplin tingkat sedang atau berat. Saya juga telah menanyakan perkembangan usulan ini beberapa kali kepada pengelola kepegawaian kecamatan dan selalu dijawab bahwa usulan sudah dikirim ke BKPSDM.", None),
                       ("h", "B. Kerugian", L["loss"]), ("h", "C. Permintaan penyelesaian", L["requested_resolution"])],
             pageno=True, nip="19680412 199603 1 005")
    pdf_mail("email_pdf/p07.eml", L, o, "Kepada Yth. Tim Pengaduan BKPSDM Kab. Pasuruan\n\nTerlampir surat pengaduan saya.\n\nWassalam\nSuwarno",
             "Suwarno", "suwarno.tutur@example.org", "Pengaduan Satyalancana", "Pengaduan_Satyalancana_Suwarno.pdf",
             hdr_date("2026-11-09", "15:20:33"), "complete; personal kop; identity inside a running sentence (no labels); table; flows onto page 2; NIP under name", "kinerja")

    # p08 mutasi: jabatan fungsional appointment not processed; no requested resolution
    L = P(name="Lukman Hakim, S.T.", address="Perum Bumi Mulyo Asri Blok B2 No. 4, Desa Pakukerto, Kecamatan Sukorejo, Kabupaten Pasuruan",
          service_description="Saya telah lulus uji kompetensi jabatan fungsional Pranata Komputer Ahli Pertama pada bulan Maret 2026 dan usulan pengangkatan dalam jabatan fungsional sudah dikirim oleh Dinas Komunikasi dan Informatika pada bulan April 2026. Sampai saat ini SK pengangkatan dalam jabatan fungsional belum diterbitkan dan status usulan di SIASN masih tertulis sedang diproses.",
          loss="Saya tidak menerima tunjangan jabatan fungsional sejak April 2026 dan angka kredit yang saya kumpulkan tidak dapat diperhitungkan.",
          requested_resolution=None, place="Sukorejo", date="2026-10-05", phone_digits="089677312045")
    o = dict(pdline="Sukorejo, 5 Oktober 2026", head=[("Perihal", "Pengangkatan dalam jabatan fungsional")],
             body_before=["Dengan hormat,"], ident=[("Nama", L["name"]), ("Alamat", L["address"]), ("No. HP", "0896-7731-2045")],
             sections=[("p", L["service_description"], None), ("p", L["loss"], None)],
             closing=["Demikian surat ini saya buat untuk menjadi perhatian Bapak/Ibu. Terima kasih."], font="Helvetica")
    pdf_mail("email_pdf/p08.eml", L, o, "Yth. Admin Pengaduan,\nberikut saya lampirkan surat.\nRegards,\nLukman",
             "Lukman Hakim", "lukman.hakim.st@example.com", "SK JF Pranata Komputer", "surat_JF_lukman.pdf",
             hdr_date("2026-10-05", "22:07:10"), "no requested resolution; unlabelled paragraphs for description and loss", "mutasi")

    # p09 kompetensi: pencantuman gelar / ijazah S1; complete; cover mail date differs
    L = P(name="Fatimatuz Zahro", address="Jl. Raya Lekok No. 88, Desa Tambaklekok, Kecamatan Lekok, Kabupaten Pasuruan",
          service_description="Saya mengajukan permohonan pencantuman gelar Sarjana Pendidikan (S.Pd.) berdasarkan ijazah S1 yang saya peroleh dengan izin belajar resmi dari BKPSDM. Permohonan saya ditolak dengan alasan izin belajar saya tidak terdaftar, padahal saya memiliki surat izin belajar asli yang ditandatangani Kepala BKPSDM tahun 2022.",
          loss="Saya tidak dapat mengusulkan penyesuaian ijazah untuk kenaikan pangkat dan harus kembali mengeluarkan biaya legalisir serta transportasi ke kampus di Malang sebanyak dua kali.",
          requested_resolution="Saya mohon BKPSDM memeriksa kembali arsip izin belajar tahun 2022 dan menerbitkan surat keterangan pencantuman gelar saya.",
          place="Lekok", date="2026-09-08", phone_digits="085852204416")
    o = dict(pdline="Lekok, 8 September 2026", head=[("Nomor", "01/FZ/IX/2026"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) bendel"), ("Perihal", "Pengaduan penolakan pencantuman gelar")],
             body_before=["Dengan hormat,", "Saya yang bertanda tangan di bawah ini:"], ident=[("Nama", L["name"]), ("NIP", "19900825 201903 2 011"), ("Alamat", L["address"]), ("HP", "0858-5220-4416")],
             sections=std_sections(L, labels=("Uraian pelayanan yang tidak sesuai standar pelayanan", "Uraian kerugian materiel/immateriel", "Permintaan penyelesaian yang diajukan")),
             nip="19900825 201903 2 011")
    pdf_mail("email_pdf/p09.eml", L, o, "Dengan hormat,\n\nSurat ini sebenarnya sudah saya tulis minggu lalu tetapi baru sempat saya kirim sekarang. Mohon maaf atas keterlambatannya.\n\nHormat saya,\nFatimatuz Zahro",
             "Fatimatuz Zahro", "zahro.fatim@example.net", "Pengaduan pencantuman gelar", "Pengaduan_Gelar.pdf",
             hdr_date("2026-09-15", "10:44:12"), "complete; letter date differs from the Date header by a week (letter wins)", "kompetensi")

    # p10 sekretariat: facilities (no ramp, broken queue machine); two pages
    L = P(name="Yusuf Effendi", address="Jl. Pattimura Gg. III No. 12, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
          service_description="Saya adalah pensiunan PNS pengguna kursi roda. Pada tanggal 2 November 2026 saya datang ke kantor BKPSDM untuk mengurus legalisir SK, tetapi ruang pelayanan di lantai dua tidak dapat saya jangkau karena tidak ada jalur landai maupun lift, dan mesin antrean di lantai satu rusak sehingga petugas tidak dapat dipanggil ke bawah.",
          loss="Saya menunggu lebih dari tiga jam di halaman parkir tanpa tempat duduk yang layak dan harus kembali keesokan harinya dengan biaya sewa mobil Rp 350.000 per hari.",
          requested_resolution="Saya mohon BKPSDM menyediakan jalur landai atau loket pelayanan di lantai satu bagi penyandang disabilitas dan lansia, serta memperbaiki mesin antrean.",
          place="Bangil", date="2026-11-04", phone_digits="03437412563")
    o = dict(pdline="Bangil, 4 November 2026", head=[("Perihal", "Pengaduan sarana pelayanan bagi penyandang disabilitas"), ("Lampiran", "2 (dua) lembar foto")],
             body_before=["Dengan hormat,", "Saya yang bertanda tangan di bawah ini:"], ident=[("Nama", L["name"]), ("Alamat", L["address"]), ("Telepon rumah", "(0343) 7412563")],
             sections=[("h", "1. Uraian pengaduan", L["service_description"]),
                       ("table", (10, 70, 85), [("No", "Sarana", "Kondisi yang saya temui"), ("1", "Jalur landai / lift", "Tidak tersedia"), ("2", "Mesin antrean", "Rusak, layar mati"), ("3", "Kursi tunggu", "Hanya di lantai dua"), ("4", "Toilet difabel", "Terkunci")]),
                       ("page", None, None),
                       ("h", "2. Kerugian yang saya alami", L["loss"]), ("h", "3. Permintaan penyelesaian", L["requested_resolution"])], pageno=True)
    pdf_mail("email_pdf/p10.eml", L, o, "Selamat sore,\n\nTerlampir surat pengaduan ayah saya.\n\nSalam,\nRatna Effendi",
             "Ratna Effendi", "ratna.effendi@example.org", "Pengaduan fasilitas kantor BKPSDM", "pengaduan fasilitas.pdf",
             hdr_date("2026-11-04", "16:05:59"), "facilities -> sekretariat; table; page 2; landline phone with area code; cover mail by the daughter", "sekretariat")

    # p11 pengadaan: SIASN data wrong; unsigned and no place (date only)
    L = P(name="Agung Setiawan", address="Dusun Ketapang RT 006 RW 002, Desa Ranuklindungan, Kecamatan Grati, Kabupaten Pasuruan",
          service_description="Data riwayat pendidikan saya di SIASN masih tercatat SMA, padahal saya sudah menyerahkan ijazah D3 dan surat keterangan pencantuman gelar sejak bulan Mei 2026 untuk pemutakhiran data.",
          loss="Akibat data yang belum diperbarui, saya tidak dapat mendaftar seleksi jabatan pelaksana yang mensyaratkan pendidikan D3.",
          requested_resolution="Mohon data pendidikan saya di SIASN segera dimutakhirkan sesuai dokumen yang sudah saya serahkan.",
          place=None, date="2026-10-28", phone_digits="081217785301", signed=False, nik="3514121503910001")
    o = dict(pdline="28 Oktober 2026", head=[("Perihal", "Pemutakhiran data SIASN")], body_before=["Kepada Yth. Kepala BKPSDM,", "Dengan hormat,"],
             to=[], ident=[("Nama", L["name"]), ("NIK", L["nik"]), ("Alamat", L["address"]), ("No HP", "0812 1778 5301")],
             sections=std_sections(L, labels=("Permasalahan", "Kerugian", "Permohonan")), font="Helvetica")
    pdf_mail("email_pdf/p11.eml", L, o, "Dengan hormat, bersama ini saya kirim surat pengaduan.\n\nTerima kasih\nAgung",
             "Agung Setiawan", "agungsetiawan.grati@example.com", "Data SIASN", "SIASN.pdf",
             hdr_date("2026-10-28", "09:00:02"), "date without place in the letter; typed name only (unsigned)", "pengadaan")

    # p12 kinerja: hukuman disiplin process unfair; no address
    L = P(name="Nurul Hidayah, S.E.", address=None,
          service_description="Saya dijatuhi hukuman disiplin berupa teguran tertulis karena dianggap tidak masuk kerja selama lima hari pada bulan Juli 2026, padahal pada hari-hari tersebut saya sedang menjalani cuti sakit dengan surat keterangan dokter yang sudah saya serahkan. Saya tidak pernah dipanggil untuk pemeriksaan sebelum hukuman dijatuhkan.",
          loss="Hukuman disiplin tersebut membuat tunjangan kinerja saya dipotong dan nama saya tercoreng di lingkungan kantor.",
          requested_resolution="Saya mohon BKPSDM meninjau kembali keputusan hukuman disiplin tersebut, melakukan pemeriksaan sesuai prosedur, dan memulihkan hak tunjangan kinerja saya.",
          place="Gondangwetan", date="2026-08-26", phone_digits="082233019876")
    o = dict(pdline="Gondangwetan, 26 Agustus 2026", head=[("Perihal", "Keberatan dan pengaduan atas penjatuhan hukuman disiplin")],
             body_before=["Dengan hormat,", "Saya, " + L["name"] + ", NIP 19870919 201101 2 003, pengelola keuangan pada Kecamatan Gondangwetan (HP 0822-3301-9876), menyampaikan pengaduan sebagai berikut:"],
             sections=std_sections(L), nip="19870919 201101 2 003")
    pdf_mail("email_pdf/p12.eml", L, o, "Yth. Bapak/Ibu,\n\nMohon izin menyampaikan pengaduan sebagaimana terlampir.\n\nHormat saya,\nNurul Hidayah",
             "Nurul Hidayah", "nurul.hidayah.se@example.org", "Pengaduan hukuman disiplin", "Keberatan_Hukdis.pdf",
             hdr_date("2026-08-26", "08:15:47"), "no address (only the office named); NIP in the running sentence and under name", "kinerja")

# ------------------------------------------------------------------ 10 email_mime


def enc_part(ctype, text, charset, cte, extra=""):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = b64lines(raw)
    else:
        body = raw.decode(charset)
    return f"Content-Type: {ctype}; charset=\"{charset}\"\n{extra}Content-Transfer-Encoding: {cte}\n\n{body}\n"


def head(sender_name, sender, subject, date_hdr, extra="", name_cs="utf-8"):
    dom = sender.split("@")[1]
    nm = sender_name if sender_name.isascii() else Header(sender_name, name_cs).encode()
    sj = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return (f"Received: from mail.{dom} (mail.{dom} [203.0.113.{rnd.randint(2,250)}])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {rnd.randint(10**9,10**10):X}\n"
            f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {date_hdr}\n"
            f"Date: {date_hdr}\nFrom: {nm} <{sender}>\nTo: {AGENCY}\nSubject: {sj}\nMessage-ID: {mid(dom)}\n{extra}MIME-Version: 1.0\n")


def html2text(h):
    import re, html
    h = re.sub(r"(?is)<blockquote.*?</blockquote>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(re.sub(r"\n{3,}", "\n\n", h)).strip()


def alt(h, charset, cte, plain=True):
    b = "000000000000" + "".join(rnd.choice("0123456789abcdef") for _ in range(16))
    parts = ""
    if plain:
        parts += f"--{b}\n" + enc_part("text/plain", html2text(h), charset, cte)
    parts += f"--{b}\n" + enc_part("text/html", h, charset, cte)
    return f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n" + parts + f"--{b}--\n", b


def mime_items():
    # m01 Gmail, mutasi: kenaikan pangkat pilihan; complete; nested divs
    L = P(name="Rudi Hartono", address="Jl. Cempaka No. 23 RT 02 RW 07, Desa Ranggeh, Kecamatan Gondangwetan, Kabupaten Pasuruan",
          service_description="Usulan kenaikan pangkat pilihan saya periode Oktober 2026 dikembalikan dengan alasan SKP dua tahun terakhir belum diunggah, padahal dokumen tersebut sudah saya unggah di SIASN pada bulan Juli dan statusnya sudah diverifikasi oleh pengelola kepegawaian dinas.",
          loss="Kenaikan pangkat saya tertunda enam bulan sehingga saya kehilangan kenaikan gaji sekitar Rp 220.000 setiap bulan.",
          requested_resolution="Mohon usulan kenaikan pangkat saya diverifikasi ulang dan tetap diproses pada periode Oktober 2026.",
          place="Gondangwetan", date="2026-10-09", phone_digits="081335567120")
    h = f"""<div dir="ltr"><div>Yth. Kepala BKPSDM Kabupaten Pasuruan</div><div><br></div><div>Dengan hormat,</div><div>Saya yang bertanda tangan di bawah ini:</div><div><br></div><div>Nama&nbsp;&nbsp;&nbsp;: {L['name']}</div><div>Alamat&nbsp;: {L['address']}</div><div>HP&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: 0813-3556-7120</div><div><br></div><div><b>Uraian pengaduan:</b></div><div>{L['service_description']}</div><div><br></div><div><b>Kerugian:</b></div><div>{L['loss']}</div><div><br></div><div><b>Permintaan penyelesaian:</b></div><div>{L['requested_resolution']}</div><div><br></div><div>Gondangwetan, 9 Oktober 2026</div><div><br></div><div>Hormat saya,</div><div>Rudi Hartono</div><div><br></div><div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">Rudi Hartono<div>Dinas Pekerjaan Umum dan Penataan Ruang</div></div></div></div></div>"""
    body, _ = alt(h, "UTF-8", "quoted-printable")
    write("email_mime/m01.eml", head("Rudi Hartono", "rudi.hartono.pu@example.com", "Pengaduan usulan kenaikan pangkat pilihan", hdr_date("2026-10-09", "10:22:31")) + body)
    record("email_mime/m01.eml", "email_mime", L, "Gmail multipart/alternative QP utf-8, nested divs, gmail_signature block", "rudi.hartono.pu@example.com", "mutasi")

    # m02 Outlook windows-1252 base64, kompetensi izin belajar; complete; MsoNormal paragraphs, curly quotes
    L = P(name="Ika Puspitasari, S.Kep.", address="Perum Taman Sari Indah Blok H-3, Desa Baujeng, Kecamatan Beji, Kabupaten Pasuruan",
          service_description="Permohonan izin belajar saya untuk program profesi Ners yang saya ajukan pada 3 Juni 2026 ditolak dengan alasan “formasi tidak tersedia”, padahal pengumuman BKPSDM tidak pernah menyebutkan adanya pembatasan formasi untuk izin belajar – alasan ini juga tidak tercantum dalam standar pelayanan.",
          loss="Saya sudah membayar uang pendaftaran dan biaya semester pertama sebesar Rp 7.500.000 yang tidak dapat dikembalikan oleh kampus.",
          requested_resolution="Saya mohon penolakan izin belajar saya ditinjau ulang dan saya diberi penjelasan tertulis mengenai dasar aturan “formasi” yang dimaksud.",
          place="Beji", date="2026-08-11", phone_digits="085604471290")
    p = lambda t: f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{t}<o:p></o:p></span></p>\n'
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>'
         '<body lang="EN-US" link="#0563C1"><div class="WordSection1">\n' + p("Kepada Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan") + p("&nbsp;") +
         p("Dengan hormat,") + p(f"Nama: {L['name']}<br>Alamat: {L['address']}<br>No. HP: 0856 0447 1290") + p("&nbsp;") +
         p("<b>Uraian pelayanan yang tidak sesuai:</b>") + p(L["service_description"]) + p("&nbsp;") + p("<b>Kerugian:</b>") + p(L["loss"]) + p("&nbsp;") +
         p("<b>Permintaan penyelesaian:</b>") + p(L["requested_resolution"]) + p("&nbsp;") + p("Beji, 11 Agustus 2026") + p("&nbsp;") +
         p("Hormat saya,") + p("Ika Puspitasari, S.Kep.") + p("Perawat Terampil – Puskesmas Beji") + "</div></body></html>")
    body, _ = alt(h, "windows-1252", "base64")
    write("email_mime/m02.eml", head("Ika Puspitasari", "ika.puspitasari@example.net", "Penolakan izin belajar – mohon ditinjau", hdr_date("2026-08-11", "14:50:09"), "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdsQk1J2\n") + body)
    record("email_mime/m02.eml", "email_mime", L, "Outlook multipart/alternative windows-1252 base64, MsoNormal paragraphs, curly quotes and en dash; RFC 2047 subject", "ika.puspitasari@example.net", "kompetensi")

    # m03 Yahoo, sekretariat: rude staff on phone/WA; no loss
    L = P(name="Mochammad Ainur Rofiq", address="Dusun Kebonsari RT 003 RW 001, Desa Lebak, Kecamatan Winongan, Kabupaten Pasuruan",
          service_description="Saya menghubungi nomor layanan informasi BKPSDM untuk menanyakan jadwal pengambilan SK pensiun ayah saya. Petugas yang menerima telepon berbicara dengan kasar, menyuruh saya membaca sendiri di website, lalu menutup telepon sebelum saya selesai bertanya. Hal ini terjadi dua kali pada tanggal 6 dan 7 Oktober 2026.",
          loss=None, requested_resolution="Saya mohon petugas layanan telepon tersebut dibina agar bersikap ramah dan informasi jadwal pengambilan SK diumumkan dengan jelas.",
          place="Winongan", date="2026-10-08", phone_digits="081998204573")
    h = f"""<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Selamat siang Bapak/Ibu,</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Perkenalkan saya {L['name']}, alamat {L['address']}, HP 0819-9820-4573.</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Saya ingin menyampaikan keluhan. {L['service_description']}</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">{L['requested_resolution']}</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Winongan, 8 Oktober 2026</div><div dir="ltr" data-setdir="false">Salam,</div><div dir="ltr" data-setdir="false">Rofiq</div></div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">Dikirim dari Yahoo Mail di Android</a></div></body></html>"""
    body, _ = alt(h, "UTF-8", "quoted-printable")
    write("email_mime/m03.eml", head("Mochammad Ainur Rofiq", "rofiq.winongan@example.com", "Keluhan pelayanan telepon", hdr_date("2026-10-08", "12:31:45")) + body)
    L2 = dict(L)
    record("email_mime/m03.eml", "email_mime", L2, "Yahoo HTML, identity in a running sentence, no loss; closing 'Salam,' with a short name (signed); name = full name from the letter", "rofiq.winongan@example.com", "sekretariat")

    # m04 Thunderbird iso-8859-1 QP, pengadaan: PPPK NI not issued; complete; moz-signature
    L = P(name="Yohanes Kristanto", address="Jl. Argopuro No. 9 RT 01 RW 03, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan",
          service_description="Saya peserta seleksi PPPK tenaga teknis tahun 2025 yang sudah dinyatakan lulus optimalisasi. Nomor Induk PPPK saya tidak kunjung ditetapkan karena menurut petugas data saya di SSCASN ganda, padahal saya hanya pernah mendaftar satu kali. Sudah ± 5 bulan tidak ada kejelasan.",
          loss="Saya sudah mengundurkan diri dari pekerjaan lama karena mengira akan segera diangkat, sehingga lima bulan ini saya tanpa penghasilan.",
          requested_resolution="Mohon data ganda saya di SSCASN diselesaikan dengan BKN dan penetapan NI PPPK saya segera diproses.",
          place="Prigen", date="2026-11-11", phone_digits="081232659901", nik="3514052911940004")
    h = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-1"></head><body>
<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<br>di Bangil</p>
<p>Dengan hormat,<br>saya yang bertanda tangan di bawah ini:</p>
<table border="0"><tr><td>Nama</td><td>:</td><td>{L['name']}</td></tr><tr><td>NIK</td><td>:</td><td>{L['nik']}</td></tr><tr><td>Alamat</td><td>:</td><td>{L['address']}</td></tr><tr><td>Telepon</td><td>:</td><td>0812 3265 9901</td></tr></table>
<p>1. Uraian pelayanan yang tidak sesuai standar:<br>{L['service_description']}</p>
<p>2. Kerugian yang saya derita:<br>{L['loss']}</p>
<p>3. Permintaan penyelesaian:<br>{L['requested_resolution']}</p>
<p>Prigen, 11 November 2026</p><p>Hormat saya,<br><br>Yohanes Kristanto<br></p>
<div class="moz-signature">-- <br>Yohanes Kristanto<br>Prigen, Pasuruan</div></body></html>"""
    body, _ = alt(h, "iso-8859-1", "quoted-printable")
    write("email_mime/m04.eml", head("Yohanes Kristanto", "y.kristanto@example.org", "Penetapan NI PPPK belum terbit", hdr_date("2026-11-11", "21:09:55"), "User-Agent: Mozilla Thunderbird\n") + body)
    record("email_mime/m04.eml", "email_mime", L, "Thunderbird iso-8859-1 QP (± sign), identity in HTML table, moz-signature", "y.kristanto@example.org", "pengadaan")

    # m05 Gmail reply with blockquote of an earlier agency reply; kinerja SKP; complete; date from letter
    L = P(name="Anik Sulistyowati", address="Dusun Sumbersari RT 004 RW 002, Desa Cowek, Kecamatan Purwodadi, Kabupaten Pasuruan",
          service_description="Nilai SKP tahun 2025 saya belum juga divalidasi di aplikasi e-Kinerja walaupun atasan saya sudah menyetujuinya sejak Januari 2026. Saya sudah dua kali menghubungi admin e-Kinerja BKPSDM dan hanya dijawab sedang dalam antrean.",
          loss="Karena SKP belum tervalidasi, tunjangan kinerja saya bulan Februari sampai Mei 2026 ditahan sebesar kurang lebih Rp 1.200.000 per bulan.",
          requested_resolution="Mohon SKP tahun 2025 saya segera divalidasi dan tunjangan kinerja yang ditahan dibayarkan.",
          place="Purwodadi", date="2026-06-15", phone_digits="085755120348")
    h = f"""<div dir="ltr">Yth. Admin BKPSDM,<br><br>Menindaklanjuti balasan Bapak/Ibu di bawah, berikut saya lengkapi pengaduan saya.<br><br>Nama: {L['name']}<br>Alamat: {L['address']}<br>No. HP: 0857-5512-0348<br><br>Uraian pelayanan yang tidak sesuai standar:<br>{L['service_description']}<br><br>Kerugian:<br>{L['loss']}<br><br>Permintaan penyelesaian:<br>{L['requested_resolution']}<br><br>Purwodadi, 15 Juni 2026<br><br>Terima kasih,<br>Anik Sulistyowati</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Pada tanggal Jum, 12 Jun 2026 pukul 09.14 Pengaduan BKPSDM &lt;<a href="mailto:pengaduan.bkpsdm@pasuruankab.go.id">pengaduan.bkpsdm@pasuruankab.go.id</a>&gt; menulis:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>Yth. Ibu Anik,<br><br>Terima kasih atas pesan Ibu. Agar pengaduan dapat kami proses, mohon dilengkapi alamat lengkap, uraian kerugian, permintaan penyelesaian serta tempat dan tanggal surat.<br><br>Salam,<br>Petugas Pengaduan<br>BKPSDM Kabupaten Pasuruan<br>Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153</div><br><div>&gt; Selamat pagi, SKP saya belum divalidasi sejak Januari, tolong dibantu. Anik</div></blockquote></div>"""
    body, _ = alt(h, "UTF-8", "base64")
    write("email_mime/m05.eml", head("Anik Sulistyowati", "anik.sulis@example.com", "Re: Tanda terima pesan Anda", hdr_date("2026-06-15", "08:03:27"), "In-Reply-To: <ack0612.x81@pasuruankab.go.id>\nReferences: <ack0612.x81@pasuruankab.go.id>\n") + body)
    record("email_mime/m05.eml", "email_mime", L, "Gmail reply, base64; quoted earlier agency reply in blockquote carries the agency's address (must not be taken)", "anik.sulis@example.com", "kinerja")

    # m06 letter only in an HTML attachment; pengadaan pensiun janda; no address
    L = P(name="Kasiati", address=None,
          service_description="Suami saya, almarhum Sugeng Widodo, pensiunan PNS, meninggal dunia pada bulan April 2026. Berkas usul pensiun janda sudah saya serahkan ke BKPSDM pada bulan Mei 2026, tetapi sampai sekarang SK pensiun janda belum terbit dan saya selalu diminta kembali minggu depan.",
          loss="Sejak Mei 2026 saya tidak lagi menerima uang pensiun dan harus berutang kepada tetangga untuk biaya hidup.",
          requested_resolution="Saya mohon SK pensiun janda saya segera diterbitkan agar saya dapat mengurus pembayaran di PT Taspen.",
          place="Rembang", date="2026-09-03", phone_digits="082331457760")
    att = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Surat Pengaduan</title></head><body style="font-family:Times New Roman">
<p style="text-align:right">Rembang, 3 September 2026</p>
<p>Perihal: Pengaduan SK pensiun janda</p><p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan</p>
<p>Dengan hormat,</p><p>Saya yang bertanda tangan di bawah ini, <b>{L['name']}</b>, janda dari almarhum Sugeng Widodo, nomor HP 0823-3145-7760, menyampaikan pengaduan sebagai berikut.</p>
<ol><li><b>Uraian pengaduan</b><br>{L['service_description']}</li><li><b>Kerugian</b><br>{L['loss']}</li><li><b>Permintaan</b><br>{L['requested_resolution']}</li></ol>
<p>Demikian pengaduan ini saya sampaikan, terima kasih.</p><p style="margin-left:60%">Hormat saya,<br><br>Kasiati</p></body></html>"""
    b = "=_mixed_" + str(rnd.randint(10**8, 10**9))
    msg = head("Bagus Wicaksono", "bagus.wicaksono@example.net", "Surat pengaduan Ibu Kasiati", hdr_date("2026-09-04", "07:30:12")) + \
        f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\n--{b}\n" + \
        enc_part("text/html", "<div>Selamat pagi, surat pengaduan nenek saya terlampir dalam file html.<br><br>Bagus</div>", "utf-8", "7bit") + \
        f"--{b}\nContent-Type: text/html; charset=\"utf-8\"; name=\"surat_pengaduan.html\"\nContent-Disposition: attachment; filename=\"surat_pengaduan.html\"\nContent-Transfer-Encoding: base64\n\n{b64lines(att.encode())}\n--{b}--\n"
    write("email_mime/m06.eml", msg)
    record("email_mime/m06.eml", "email_mime", L, "letter only in an attached .html file, forwarded by a grandson (email = sender); no address in the letter; date from the letter", "bagus.wicaksono@example.net", "pengadaan")

    # m07 Outlook with table signature with inline image (multipart/related); mutasi jabatan; complete
    L = P(name="Ir. Heru Santoso, M.M.", address="Jl. Dr. Wahidin No. 31, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
          service_description="Pada seleksi terbuka jabatan pimpinan tinggi pratama tahun 2026, saya dinyatakan tidak lolos administrasi dengan alasan belum pernah menduduki jabatan administrator selama dua tahun, padahal saya telah menjabat sebagai kepala bidang sejak Januari 2022 sebagaimana tercantum dalam SK jabatan saya.",
          loss="Saya kehilangan kesempatan mengikuti tahap seleksi berikutnya dan merasa dirugikan secara karier.",
          requested_resolution="Saya mohon panitia seleksi memeriksa kembali SK jabatan saya dan memberikan jawaban tertulis atas keberatan ini sebelum tahap wawancara dimulai.",
          place="Bangil", date="2026-07-20", phone_digits="08113504422")
    sig = ('<table style="border-collapse:collapse"><tr><td style="padding-right:8px"><img src="cid:image001.png@01DB0A1C.5E3F7A20" width="60" height="20" alt="logo"></td>'
           '<td style="border-left:2px solid #1F4E79;padding-left:8px"><b>Ir. Heru Santoso, M.M.</b><br>Kepala Bidang Tata Ruang<br>Dinas PUPR Kabupaten Pasuruan<br>M: +62 811-3504-422</td></tr></table>')
    h = ('<html><body><div class="WordSection1"><p class="MsoNormal">Yth. Kepala BKPSDM Kabupaten Pasuruan,<o:p></o:p></p><p class="MsoNormal">&nbsp;</p>'
         f'<p class="MsoNormal">Dengan hormat, saya {L["name"]}, beralamat di {L["address"]}, menyampaikan pengaduan sebagai berikut.</p><p class="MsoNormal">&nbsp;</p>'
         f'<p class="MsoNormal"><u>Uraian:</u> {L["service_description"]}</p><p class="MsoNormal">&nbsp;</p>'
         f'<p class="MsoNormal"><u>Kerugian:</u> {L["loss"]}</p><p class="MsoNormal">&nbsp;</p>'
         f'<p class="MsoNormal"><u>Permintaan:</u> {L["requested_resolution"]}</p><p class="MsoNormal">&nbsp;</p>'
         '<p class="MsoNormal">Bangil, 20 Juli 2026</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Hormat saya,</p>' + sig + '</div></body></html>')
    ba, bm = "_alt_" + str(rnd.randint(10**8, 10**9)), "_rel_" + str(rnd.randint(10**8, 10**9))
    msg = head("Heru Santoso", "heru.santoso@example.org", "Keberatan hasil seleksi administrasi JPT Pratama", hdr_date("2026-07-20", "17:45:00"), "X-Mailer: Microsoft Outlook 16.0\n") + \
        f"Content-Type: multipart/related; boundary=\"{bm}\"; type=\"multipart/alternative\"\n\n--{bm}\n" + \
        f"Content-Type: multipart/alternative; boundary=\"{ba}\"\n\n--{ba}\n" + enc_part("text/plain", html2text(h), "utf-8", "quoted-printable") + \
        f"--{ba}\n" + enc_part("text/html", h, "utf-8", "quoted-printable") + f"--{ba}--\n\n--{bm}\n" + \
        f"Content-Type: image/png; name=\"image001.png\"\nContent-ID: <image001.png@01DB0A1C.5E3F7A20>\nContent-Disposition: inline; filename=\"image001.png\"\nContent-Transfer-Encoding: base64\n\n{b64lines(tiny_png())}\n--{bm}--\n"
    write("email_mime/m07.eml", msg)
    record("email_mime/m07.eml", "email_mime", L, "Outlook multipart/related with inline logo image; signature in a table after 'Hormat saya,'; inline labels", "heru.santoso@example.org", "mutasi")

    # m08 Gmail HTML-only, kompetensi tugas belajar; no place line (date from header)
    L = P(name="Dimas Aditya Pratama", address="Perum Griya Permata Gempol Blok K-15, Desa Bulusari, Kecamatan Gempol, Kabupaten Pasuruan",
          service_description="Saya sudah lulus seleksi beasiswa tugas belajar S2 dari kementerian dan mengajukan rekomendasi tugas belajar ke BKPSDM sejak 10 Agustus 2026. Hingga batas waktu pendaftaran ulang, rekomendasi tidak diterbitkan tanpa alasan yang jelas.",
          loss="Beasiswa saya terancam dibatalkan dan saya sudah mengeluarkan biaya tes bahasa Inggris sebesar Rp 2.800.000.",
          requested_resolution="Mohon rekomendasi tugas belajar saya diterbitkan sebelum 30 September 2026.",
          place=None, date="2026-09-21", phone_digits="081515883462")
    h = f"""<div dir="ltr"><div dir="ltr">Selamat malam Bapak/Ibu,<div><br></div><div>Saya {L['name']}<br>alamat: {L['address']}<br>WA: 0815-1588-3462</div><div><br></div><div>{L['service_description']}</div><div><br></div><div>{L['loss']}</div><div><br></div><div>{L['requested_resolution']}</div><div><br></div><div>Terima kasih,</div><div>Dimas</div></div></div>"""
    msg = head("Dimas Aditya Pratama", "dimas.aditya.p@example.com", "Rekomendasi tugas belajar", "Mon, 21 Sep 2026 23:51:08 +0700") + enc_part("text/html", h, "UTF-8", "quoted-printable")
    write("email_mime/m08.eml", msg)
    record("email_mime/m08.eml", "email_mime", L, "HTML-only QP; unlabelled paragraphs; no place/date line: date from Date header (late evening, local date); 'Terima kasih,' + first name = signed", "dimas.aditya.p@example.com", "kompetensi")

    # m09 Outlook.com windows-1252 QP, sekretariat (counter queue / staff absent); no place; complete otherwise
    L = P(name="Sri Wahyuni Ningsih", address="Jl. Sultan Agung No. 14 RT 05 RW 02, Kelurahan Kolursari, Kecamatan Bangil, Kabupaten Pasuruan",
          service_description="Pada hari Kamis, 15 Oktober 2026, saya datang ke loket layanan BKPSDM pukul 08.00 untuk mengambil SK kenaikan pangkat. Loket baru dibuka pukul 10.15 dan tidak ada petugas yang bisa menjelaskan penyebabnya, padahal jam layanan yang tertera adalah pukul 07.30.",
          loss="Saya harus meninggalkan tugas mengajar selama setengah hari dan murid-murid saya tidak mendapatkan pelajaran.",
          requested_resolution="Saya meminta agar jam buka loket ditepati sesuai jadwal yang diumumkan dan ada petugas pengganti bila petugas loket berhalangan.",
          place=None, date="2026-10-16", phone_digits="085230871144")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
         f'Kepada Yth. BKPSDM Kab. Pasuruan</div><div><br></div><div>Identitas pelapor:<br>• Nama: {L["name"]}<br>• Alamat: {L["address"]}<br>• HP: 0852 3087 1144</div><div><br></div>'
         f'<div>Uraian kejadian:<br>{L["service_description"]}</div><div><br></div><div>Kerugian:<br>{L["loss"]}</div><div><br></div><div>Permohonan:<br>{L["requested_resolution"]}</div><div><br></div>'
         '<div>16 Oktober 2026</div><div><br></div><div>Hormat saya,</div><div>Sri Wahyuni Ningsih</div><div id="Signature"><br></div></body></html>')
    body, _ = alt(h, "windows-1252", "quoted-printable")
    write("email_mime/m09.eml", head("Sri Wahyuni Ningsih", "sriwahyuni.n@example.com", "Keterlambatan buka loket", hdr_date("2026-10-16", "13:12:58"), "X-MS-Exchange-Organization-SCL: 1\n") + body)
    record("email_mime/m09.eml", "email_mime", L, "Outlook.com windows-1252 QP with bullet characters; date line without place; counter -> sekretariat though a promotion SK is named", "sriwahyuni.n@example.com", "sekretariat")

    # m10 iso-8859-1 base64 HTML-only, kinerja cuti; no requested resolution
    L = P(name="Wiwik Indrawati", address="Dusun Krajan RT 001 RW 003, Desa Arjosari, Kecamatan Rejoso, Kabupaten Pasuruan",
          service_description="Permohonan cuti alasan penting saya untuk mendampingi ibu yang dirawat di rumah sakit di Surabaya sudah saya serahkan lengkap pada 2 September 2026, tetapi surat izin cuti tidak terbit dan petugas mengatakan formulirnya hilang.",
          loss="Saya dianggap membolos selama tujuh hari dan mendapat teguran lisan dari atasan, serta tunjangan saya dipotong kurang lebih Rp 650.000.",
          requested_resolution=None, place="Rejoso", date="2026-09-25", phone_digits="087701236655")
    h = f"""<html><body><p>Kepada Yth. Kepala BKPSDM</p><p>Dengan hormat,</p><p>Nama&nbsp;: {L['name']}<br>Alamat&nbsp;: {L['address']}<br>Telp&nbsp;: 0877&middot;0123&middot;6655</p><p>{L['service_description']}</p><p>{L['loss']}</p><p>Demikian keluhan saya. Rejoso, 25 September 2026.</p><p>Salam hormat,<br>Wiwik Indrawati</p></body></html>"""
    msg = head("Wiwik Indrawati", "wiwik.indrawati@example.net", "Surat cuti tidak terbit", hdr_date("2026-09-25", "11:11:11")) + enc_part("text/html", h, "iso-8859-1", "base64")
    write("email_mime/m10.eml", msg)
    record("email_mime/m10.eml", "email_mime", L, "HTML-only iso-8859-1 base64; place/date inside the last sentence; no requested resolution; phone with middle dots", "wiwik.indrawati@example.net", "kinerja")

# ------------------------------------------------------------------ 5 email_plain, 2 auto_reply, 1 hostile


def plain(rel, L, sender_name, sender, subject, date_hdr, text, note, division, cte="8bit", extra=""):
    raw = text
    if cte == "quoted-printable":
        raw = quopri.encodestring(text.encode("utf-8")).decode()
    msg = head(sender_name, sender, subject, date_hdr, extra) + f"Content-Type: text/plain; charset=\"utf-8\"; format=flowed\nContent-Transfer-Encoding: {cte}\n\n{raw}\n"
    write(rel, msg)
    if L is not None:
        record(rel, "email_plain", L, note, sender.lower(), division)


def plain_items():
    L = P(name="Achmad Zainuri", address="Dusun Pesanggrahan RT 002 RW 005, Desa Watuprapat, Kecamatan Nguling, Kabupaten Pasuruan",
          service_description="Saya mendaftar seleksi CPNS Kabupaten Pasuruan formasi Penyuluh Pertanian tahun 2026. Nilai SKD saya di papan pengumuman BKN 312, tetapi pada pengumuman hasil akhir yang diterbitkan BKPSDM tertulis 291 sehingga saya tidak masuk peringkat.",
          loss="Saya kehilangan kesempatan diangkat menjadi CPNS karena peringkat saya turun dari ketiga menjadi ketujuh.",
          requested_resolution="Mohon BKPSDM mencocokkan ulang nilai SKD saya dengan data BKN dan memperbaiki pengumuman hasil akhir.",
          place="Nguling", date="2026-12-01", phone_digits="082141236677", nik="3514231708980002")
    t = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama    : Achmad Zainuri
NIK     : 3514231708980002
Alamat  : Dusun Pesanggrahan RT 002 RW 005, Desa Watuprapat,
          Kecamatan Nguling, Kabupaten Pasuruan
No. HP  : 0821 4123 6677

A. URAIAN MASALAH
{L['service_description']}

B. KERUGIAN
{L['loss']}

C. PERMOHONAN
{L['requested_resolution']}

Nguling, 1 Desember 2026

Hormat saya,

Achmad Zainuri
"""
    plain("email_plain/t01.eml", L, "Achmad Zainuri", "achmad.zainuri98@example.com", "Nilai SKD berbeda dengan data BKN", hdr_date("2026-12-01", "06:40:00"), t,
          "complete; address wrapped over two lines; lettered headings", "pengadaan")

    # t02 anonymous, sekretariat (staff playing games / absent), chatty
    L = P(name=None, address=None,
          service_description="Setiap kali saya ke kantor BKPSDM di jam kerja, beberapa petugas di ruang pelayanan malah asyik main game di HP dan merokok di dalam ruangan, sementara antrean warga dibiarkan menunggu lama tanpa dilayani.",
          loss="Saya harus menunggu hampir dua jam hanya untuk menyerahkan satu berkas dan terpaksa izin tidak masuk kerja.",
          requested_resolution="Tolong pimpinan menertibkan pegawai yang seperti itu dan memasang larangan merokok yang ditegakkan.",
          place=None, date="2026-11-23", phone_digits=None, signed=False)
    t = f"""Pak/Bu admin,

saya mau lapor tapi mohon identitas saya dirahasiakan ya.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Sekian, mohon ditindaklanjuti.
"""
    plain("email_plain/t02.eml", L, "pegawai biasa", "suara.pelayanan@example.net", "laporan perilaku petugas", "Mon, 23 Nov 2026 10:17:44 +0700", t,
          "anonymous: no name, no address, no place line, unsigned; staff conduct -> sekretariat", "sekretariat")

    # t03 Javanese-flavoured, kinerja cuti melahirkan; complete; QP; CRLF later
    L = P(name="Endah Purwaningsih", address="Dusun Ngemplak RT 03 RW 02, Desa Jatiarjo, Kecamatan Prigen, Kabupaten Pasuruan",
          service_description="Nyuwun sewu, saya mengajukan cuti melahirkan mulai 1 Oktober 2026 lewat sekolah, tapi sampai saya sudah melahirkan surat cutinya belum terbit. Waktu saya tanyakan ke BKPSDM katanya berkas masih di meja kepala bidang.",
          loss="Gaji dan tunjangan saya bulan Oktober ditahan karena dianggap tidak masuk tanpa izin, padahal saya sedang membutuhkan biaya persalinan.",
          requested_resolution="Kula nyuwun supaya surat cuti melahirkan saya segera diterbitkan dan gaji yang ditahan dibayarkan.",
          place="Prigen", date="2026-11-06", phone_digits="085791337742")
    t = f"""Assalamualaikum wr wb,

Kula Endah Purwaningsih, guru SDN Jatiarjo 1.
Alamat: Dusun Ngemplak RT 03 RW 02, Desa Jatiarjo, Kecamatan Prigen, Kabupaten Pasuruan
HP/WA: 0857-9133-7742

Keluhan:
{L['service_description']}

Kerugian:
{L['loss']}

Permintaan:
{L['requested_resolution']}

Matur nuwun sanget.

Prigen, 6 November 2026
Hormat kula,
Endah Purwaningsih
"""
    plain("email_plain/t03.eml", L, "Endah Purwaningsih", "endah.purwa@example.org", "cuti melahirkan belum terbit", hdr_date("2026-11-06", "19:02:15"), t,
          "complete; Javanese-flavoured wording (Kula, nyuwun, Hormat kula); quoted-printable", "kinerja", cte="quoted-printable")

    # t04 mutasi: demotion in position/ jabatan; no loss, unsigned ("Terima kasih." no name); ALL CAPS labels
    L = P(name="Hariyanto", address="Jl. Raya Kejayan No. 56, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan",
          service_description="SAYA DIPINDAHKAN DARI JABATAN KASUBAG UMUM KE JABATAN PELAKSANA DI KECAMATAN LAIN TANPA PEMBERITAHUAN DAN TANPA SK YANG JELAS. SAYA HANYA DIBERI TAHU LEWAT GRUP WHATSAPP KANTOR.",
          loss=None,
          requested_resolution="SAYA MINTA DITUNJUKKAN SK PEMINDAHAN SAYA DAN DASAR PERTIMBANGANNYA, ATAU SAYA DIKEMBALIKAN KE JABATAN SEMULA.",
          place="Kejayan", date="2026-07-28", phone_digits="081357002241", signed=False)
    t = f"""NAMA: HARIYANTO
ALAMAT: JL. RAYA KEJAYAN NO. 56, DESA KEJAYAN, KECAMATAN KEJAYAN, KABUPATEN PASURUAN
HP: 081357002241

PENGADUAN:
{L['service_description']}

PERMINTAAN:
{L['requested_resolution']}

KEJAYAN, 28 JULI 2026

TERIMA KASIH.
"""
    L["name"] = "HARIYANTO"
    L["address"] = "JL. RAYA KEJAYAN NO. 56, DESA KEJAYAN, KECAMATAN KEJAYAN, KABUPATEN PASURUAN"
    plain("email_plain/t04.eml", L, "Hariyanto", "hariyanto.kjy@example.com", "PENGADUAN PEMINDAHAN JABATAN", hdr_date("2026-07-28", "09:30:00"), t,
          "ALL CAPS; no loss; closing without a name -> unsigned; name as written in caps", "mutasi")

    # t05 English-mixed kompetensi diklat; complete; reply chain quoted with '>'
    L = P(name="Kevin Ardiansyah, S.Kom.", address="Perum Pesona Pandaan Blok A-7, Desa Sumberejo, Kecamatan Pandaan, Kabupaten Pasuruan",
          service_description="Saya sudah terdaftar sebagai peserta diklat teknis Manajemen Data angkatan II tahun 2026, tapi seminggu sebelum pelaksanaan nama saya dicoret tanpa notifikasi. Panitia bilang kuota dialihkan ke OPD lain, padahal saya sudah dapat approval dari kepala dinas.",
          loss="Saya sudah membatalkan cuti dan membayar kursus online prasyarat sebesar Rp 1.100.000 yang sekarang jadi sia-sia.",
          requested_resolution="Please, saya minta dimasukkan kembali ke angkatan berikutnya dan diberi penjelasan resmi kenapa nama saya dicoret.",
          place="Pandaan", date="2026-05-19", phone_digits="081234509876")
    L["address"] = "Perum Pesona Pandaan Blok A-7, Desa Sumberejo, Kecamatan Pandaan, Kabupaten Pasuruan"
    t = f"""Hi Tim Pengaduan,

Sorry baru bisa follow up. Berikut pengaduan lengkap saya:

Name / Nama: Kevin Ardiansyah, S.Kom.
Address / Alamat: {L['address']}
Phone: +62 812-3450-9876

Issue:
{L['service_description']}

Impact / kerugian:
{L['loss']}

Request:
{L['requested_resolution']}

Pandaan, 19 Mei 2026

Regards,
Kevin Ardiansyah

On Fri, 15 May 2026 at 09:12, Kevin Ardiansyah <kevin.ardiansyah@example.com> wrote:
> Halo, nama saya dicoret dari diklat teknis, mohon info.
> Kevin
"""
    plain("email_plain/t05.eml", L, "Kevin Ardiansyah", "kevin.ardiansyah@example.com", "Re: diklat teknis - nama dicoret", hdr_date("2026-05-19", "16:44:21"), t,
          "English-mixed labels; own earlier message quoted with '>' below; +62 phone; 'Regards,' closing", "kompetensi", cte="8bit")


def auto_items():
    t = """Terima kasih atas pesan Anda.

Saya sedang mengikuti Diklat PKA di Surabaya tanggal 9-20 November 2026 dengan akses email terbatas.
Pesan Anda akan saya baca setelah tanggal tersebut. Untuk urusan kepegawaian mendesak silakan hubungi
Sdri. Laila di nomor 0343-741000.

Hormat saya,
Gatot Subroto
Kasubbag Umum Kecamatan Bangil
"""
    msg = head("Gatot Subroto", "gatot.subroto@kec.example.go.id", "Balasan Otomatis: Permintaan kelengkapan pengaduan PGD-2026-0877", hdr_date("2026-11-10", "08:00:03"),
               "X-Autoreply: yes\nPrecedence: auto_reply\nX-Auto-Response-Suppress: All\nIn-Reply-To: <req0877.kq1@pasuruankab.go.id>\n") + \
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + t
    write("auto_reply/a01.eml", msg)
    TRUTH.append({"file": "auto_reply/a01.eml", "category": "auto_reply", "expect_exit": 0, "fields": None, "missing": None, "complete": None,
                  "auto_reply": True, "division": None, "ocr": False, "note": "Indonesian out-of-office (X-Autoreply, Precedence: auto_reply; no Auto-Submitted)"})
    b = "9B095B5ADSN=_01D" + str(rnd.randint(10**6, 10**7))
    orig = """From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
To: sugiono.lama@example.com
Subject: Tanda terima pengaduan PGD-2026-0901
Date: Thu, 12 Nov 2026 09:00:00 +0700
Message-ID: <ack0901.zz2@pasuruankab.go.id>
Content-Type: text/plain; charset="utf-8"

Yth. Bapak Sugiono,
Pengaduan Bapak telah kami terima dengan nomor PGD-2026-0901.
Nama: Sugiono
Alamat: Desa Pleret, Kecamatan Pohjentrek
"""
    msg = ("Received: from mx.example.com (mx.example.com [192.0.2.10])\n\tby mx1.pasuruankab.go.id (Postfix); Thu, 12 Nov 2026 09:00:41 +0700\n"
           "Date: Thu, 12 Nov 2026 09:00:41 +0700\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nTo: pengaduan.bkpsdm@pasuruankab.go.id\n"
           f"Subject: Undelivered Mail Returned to Sender\nMessage-ID: {mid('mx.example.com')}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n--{b}\nContent-Type: text/plain; charset=us-ascii\n\n"
           "This is the mail system at host mx.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
           "<sugiono.lama@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n\n"
           f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; sugiono.lama@example.com\nAction: failed\nStatus: 5.1.1\n\n"
           f"--{b}\nContent-Type: message/rfc822\n\n{orig}\n--{b}--\n")
    write("auto_reply/a02.eml", msg)
    TRUTH.append({"file": "auto_reply/a02.eml", "category": "auto_reply", "expect_exit": 0, "fields": None, "missing": None, "complete": None,
                  "auto_reply": True, "division": None, "ocr": False, "note": "delivery-failure bounce (multipart/report) quoting our acknowledgement with a name and address"})


def hostile_items():
    junk = b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>\n"
    write("hostile/h01.pdf", junk)
    TRUTH.append({"file": "hostile/h01.pdf", "category": "hostile_error", "expect_exit": 3, "fields": None, "missing": None, "complete": None,
                  "auto_reply": False, "division": None, "ocr": False, "note": "a .pdf that is really an HTML error page (failed download): unreadable, exit 3"})


if __name__ == "__main__":
    pdf_items(); mime_items(); plain_items(); auto_items(); hostile_items()
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(TRUTH), "items")
