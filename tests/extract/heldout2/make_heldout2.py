#!/usr/bin/env python3
"""Build the second independent held-out set (36 e-mails) and its truth.jsonl.

Written from the specification only (procedure-id.md, DESIGN.md, samples/README.md),
without reading the extractor or the other test sets. Deterministic: fixed dates,
Message-IDs and MIME boundaries. Run:  python3 make_heldout2.py
It rewrites the .eml files and truth.jsonl next to this script and then checks that
every gold free-text passage (and the name) occurs verbatim in the decoded letter.
"""
import datetime as dt
import html as htmlmod
import json
import re
from email import policy
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
POL = policy.default.clone(linesep="\n")

ITEMS = []  # (relpath, bytes, truth)


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def when(y, m, d, hh, mm, off=7):
    return dt.datetime(y, m, d, hh, mm, 17, tzinfo=tz(off))


def base_headers(msg, *, sender, date, subject, mid, extra=()):
    host = parseaddr(sender)[1].split("@")[1]
    stamp = format_datetime(date)
    msg["Received"] = (f"from mail.{host} (mail.{host} [192.0.2.{(len(mid) * 7) % 250 + 2}]) "
                       f"by mx1.pasuruankab.go.id (Postfix) with ESMTPS id {mid[:10].upper()} "
                       f"for <pengaduan.bkpsdm@pasuruankab.go.id>; {stamp}")
    msg["Date"] = stamp
    msg["From"] = sender
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{mid}@{host}>"
    for k, v in extra:
        msg[k] = v


def plain(sender, date, subject, mid, body, extra=(), charset="utf-8", cte="8bit"):
    msg = EmailMessage(policy=POL)
    base_headers(msg, sender=sender, date=date, subject=subject, mid=mid, extra=extra)
    msg.set_content(body, subtype="plain", charset=charset, cte=cte)
    return msg.as_bytes(policy=POL)


def html_only(sender, date, subject, mid, html, charset, cte, extra=()):
    msg = EmailMessage(policy=POL)
    base_headers(msg, sender=sender, date=date, subject=subject, mid=mid, extra=extra)
    msg.set_content(html, subtype="html", charset=charset, cte=cte)
    return msg.as_bytes(policy=POL)


def alternative(sender, date, subject, mid, text, html, charset, cte, boundary, extra=()):
    msg = EmailMessage(policy=POL)
    base_headers(msg, sender=sender, date=date, subject=subject, mid=mid, extra=extra)
    msg.set_content(text, subtype="plain", charset=charset, cte=cte)
    msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    msg.set_boundary(boundary)
    return msg.as_bytes(policy=POL)


def add(rel, data, category, fields, division, note, auto=False):
    if auto:
        truth = {"file": rel, "category": "auto_reply", "expect_exit": 0, "fields": None,
                 "missing": None, "complete": None, "auto_reply": True, "division": None,
                 "ocr": False, "note": note}
    else:
        order = ["name", "address", "service_description", "loss", "requested_resolution",
                 "place", "date", "signed"]
        missing = [k for k in order if (fields[k] is None or fields[k] is False)]
        truth = {"file": rel, "category": category, "expect_exit": 0, "fields": fields,
                 "missing": missing, "complete": not missing, "auto_reply": False,
                 "division": division, "ocr": False, "note": note}
    ITEMS.append((rel, data, truth))


def F(name, address, sd, loss, req, place, date, signed, email, phone, nik):
    return {"name": name, "address": address, "service_description": sd, "loss": loss,
            "requested_resolution": req, "place": place, "date": date, "signed": signed,
            "email": email, "phone": phone, "nik": nik}


# ---------------------------------------------------------------------------
# 01  formal, place/date TOP right "12-11-2026", titled name, address on two lines,
#     "Dampaknya", "Atas hal tersebut saya memohon"; pension -> pengadaan; complete
# ---------------------------------------------------------------------------
sd = ("Saya memasuki batas usia pensiun pada 1 Juni 2026 dan usul pensiun sudah dikirim oleh "
      "Dinas Pendidikan ke BKPSDM pada bulan Januari 2026. Sampai surat ini saya tulis, SK pensiun "
      "belum saya terima dan status usul di SIASN masih tertulis \"berkas diproses\" tanpa perubahan "
      "sejak bulan Maret.")
loss = ("Dampaknya, sejak Juni 2026 gaji saya sudah dihentikan tetapi uang pensiun dari PT Taspen "
        "belum dapat dibayarkan, sehingga sudah lima bulan keluarga kami hidup tanpa penghasilan tetap.")
req = ("Atas hal tersebut saya memohon agar BKPSDM segera menyelesaikan SK pensiun saya dan "
       "menyampaikannya ke PT Taspen, paling lambat akhir bulan November 2026.")
body = f"""                                             Pohjentrek, 12-11-2026

Nomor    : -
Perihal  : Pengaduan SK Pensiun Belum Terbit

Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Yang bertanda tangan di bawah ini:

Nama        : Drs. H. Abdul Rochim, M.Si.
NIK         : 3514051205660001
Alamat      : Jl. Raya Warungdowo No. 14 RT 002 RW 005
              Desa Warungdowo, Kecamatan Pohjentrek
Telepon     : 0813-3172-5508

jabatan terakhir Kepala SMPN 1 Pohjentrek, menyampaikan pengaduan sebagai berikut.

Pokok Pengaduan
{sd}

{loss}

{req}

Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.

Hormat saya,



Drs. H. Abdul Rochim, M.Si.
"""
add("email_plain/h2_01.eml",
    plain("Abdul Rochim <abdul.rochim@example.com>", when(2026, 11, 12, 9, 20),
          "Pengaduan SK Pensiun Belum Terbit", "h2a01pensiunrochim", body),
    "email_plain",
    F("Drs. H. Abdul Rochim, M.Si.",
      "Jl. Raya Warungdowo No. 14 RT 002 RW 005 Desa Warungdowo, Kecamatan Pohjentrek",
      sd, loss, req, "Pohjentrek", "2026-11-12", True, "abdul.rochim@example.com",
      "081331725508", "3514051205660001"),
    "pengadaan", "complete; place/date line at top right as DD-MM-YYYY; titled name; address over two lines")

# ---------------------------------------------------------------------------
# 02  prose letter, NIK and address inline, "Hal ini membuat saya", "Demikian, kami berharap",
#     "2 Nopember 2026"; cuti haji -> kinerja; complete
# ---------------------------------------------------------------------------
sd = ("Permohonan cuti besar untuk menunaikan ibadah haji sudah saya ajukan lengkap dengan surat "
      "keterangan dari Kementerian Agama sejak 10 Maret 2026, namun surat izin cuti baru terbit tanggal "
      "2 Juni 2026, yaitu setelah saya berangkat ke tanah suci. Selama proses itu saya tiga kali "
      "menanyakan ke BKPSDM dan selalu dijawab masih menunggu paraf.")
loss = ("Hal ini membuat saya tercatat tidak masuk kerja tanpa izin selama 12 hari, tunjangan tambahan "
        "penghasilan saya bulan Juni dipotong, dan saya mendapat teguran lisan dari kepala sekolah.")
req = ("Demikian, kami berharap BKPSDM membetulkan catatan kehadiran saya untuk periode tersebut, "
       "mengembalikan potongan tunjangan yang sudah terlanjur dipotong, dan ke depan memproses izin "
       "cuti haji tepat waktu.")
addr = "Dusun Krajan RT 02 RW 01 Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan"
body = f"""Assalamu'alaikum Wr. Wb.

Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan

Saya, Hj. Siti Maryam, NIK 3514084708720003, guru PAI di SDN Kepulungan 2, bertempat tinggal di {addr}, nomor HP 0857-3310-4462, dengan ini menyampaikan keluhan mengenai pelayanan izin cuti.

{sd}

{loss}

{req}

Wassalamu'alaikum Wr. Wb.

Gempol, 2 Nopember 2026
Hormat kami,

Hj. Siti Maryam
"""
add("email_plain/h2_02.eml",
    plain("Siti Maryam <hj.sitimaryam@example.net>", when(2026, 11, 2, 19, 5),
          "Keluhan izin cuti haji terlambat", "h2a02cutihajimaryam", body),
    "email_plain",
    F("Hj. Siti Maryam", addr, sd, loss, req, "Gempol", "2026-11-02", True,
      "hj.sitimaryam@example.net", "085733104462", "3514084708720003"),
    "kinerja", "complete; no labels, NIK/address/phone inline in prose; 'Nopember' spelling")

# ---------------------------------------------------------------------------
# 03  chatty WhatsApp-style; PPPK NIP -> pengadaan; no address, no place line;
#     Date header 06:12 +0700 (UTC is the previous day)
# ---------------------------------------------------------------------------
sd = ("sy udh tanda tangan kontrak bulan juli tp sampe skrg NIP PPPK sy blm keluar, di SIASN jg "
      "statusnya msh usul. temen2 sy yg satu angkatan udh pada keluar semua, knp punya sy blm ya?")
loss = ("gara2 NIP blm keluar sy blm bisa terima gaji udh 3 bulan, padahal tiap hari tetep ngajar, "
        "ongkos bensin jg pake uang sendiri")
req = "tolong dicek dong min berkas sy gmn, kalo ada yg kurang kabarin aja biar sy lengkapi secepatnya"
body = f"""pagi min,

sy Rina Oktaviani, PPPK guru formasi 2025 penempatan SDN Sumberrejo 1 Pandaan. mau nanya nih

{sd}

{loss}

{req}
no hp sy 0896-1234-7781 (WA)

makasih bnyk min
Rina
"""
add("email_plain/h2_03.eml",
    plain("Rina Oktaviani <rinaokta99@example.com>", when(2026, 11, 2, 6, 12),
          "nanya NIP PPPK sy blm keluar", "h2a03pppkrina", body),
    "email_plain",
    F("Rina Oktaviani", None, sd, loss, req, None, "2026-11-02", True,
      "rinaokta99@example.com", "089612347781", None),
    "pengadaan", "chatty abbreviations (sy, udh, blm, knp, gmn); no address, no place/date line; "
    "date from Date header 06:12 +0700 (UTC would be the day before); informal closing + first name")

# ---------------------------------------------------------------------------
# 04  chatty, anonymous; rude counter staff about a Karis -> sekretariat
# ---------------------------------------------------------------------------
sd = ("td siang sy ke loket BKPSDM mau nanya Karis istri sy yg udh 6 bln blm jadi, eh petugasnya "
      "malah main hp terus, sy ditanya2 jawabnya ketus bgt, trs bilang 'tunggu aja, jgn nanya2 terus'. "
      "gmn sih pelayanannya kok gitu")
loss = "sy udh izin kerja setengah hari buat dtg kesana, ujung2nya pulang gak dpt info apa2"
req = "mohon petugasnya ditegur, dan tolong kasih info yg jelas Karis sy sampe mana"
body = f"""permisi, mau komplain

{sd}

{loss}

{req}

thx
"""
add("email_plain/h2_04.eml",
    plain("ypratama.88@example.net", when(2026, 10, 28, 13, 47),
          "komplain pelayanan loket", "h2a04loketanon", body),
    "email_plain",
    F(None, None, sd, loss, req, None, "2026-10-28", False, "ypratama.88@example.net", None, None),
    "sekretariat", "chatty, no name anywhere, 'thx' without a name (unsigned); staff conduct "
    "naming a Karis -> sekretariat")

# ---------------------------------------------------------------------------
# 05  English letter, place/date top right "November 9, 2026"; study permit -> kompetensi
# ---------------------------------------------------------------------------
sd = ("I submitted my application for a study permit to pursue a doctoral programme at Universitas "
      "Negeri Malang on 14 July 2026, with all required documents verified by the staff at the counter. "
      "The standard processing time is 14 working days, but after almost four months the permit has "
      "still not been issued and nobody has been able to tell me where the file is.")
loss = ("Consequently, the university has only given me until 30 November 2026 to submit the permit, "
        "otherwise my enrolment will be cancelled and the tuition fee of Rp 12.500.000 that I have "
        "already paid will be lost.")
req = ("Could you please issue my study permit before 30 November 2026, or inform me in writing "
       "which documents are still missing?")
addr = "Perumahan Pandaan Asri Blok F-7, Kelurahan Jogosari, Kecamatan Pandaan"
body = f"""                                              Pandaan, November 9, 2026

To      : The Head of BKPSDM Kabupaten Pasuruan
Subject : Complaint regarding my study permit application

Dear Sir/Madam,

I am writing to file a formal complaint about the handling of my study permit (izin belajar).

Name    : Maya Anggraini, S.Si., M.Pd.
Address : {addr}
Mobile  : +62 812-3098-4415

What happened:
{sd}

{loss}

{req}

Thank you for your attention.

Yours sincerely,

Maya Anggraini, S.Si., M.Pd.
"""
add("email_plain/h2_05.eml",
    plain("Maya Anggraini <maya.anggraini@example.org>", when(2026, 11, 9, 21, 10),
          "Complaint regarding my study permit application", "h2a05studypermit", body),
    "email_plain",
    F("Maya Anggraini, S.Si., M.Pd.", addr, sd, loss, req, "Pandaan", "2026-11-09", True,
      "maya.anggraini@example.org", "081230984415", None),
    "kompetensi", "complete; English letter, 'Consequently', 'Could you please'; US-style date at top right; +62 phone")

# ---------------------------------------------------------------------------
# 06  Indonesian-English mixed; Latsar certificate -> kompetensi; no address
# ---------------------------------------------------------------------------
sd = ("Saya sudah menyelesaikan Pelatihan Dasar (Latsar) CPNS angkatan XII pada bulan Juni 2026 dan "
      "dinyatakan lulus, tetapi sampai sekarang sertifikat STTPP saya belum di-upload ke SIASN. Follow up "
      "via WhatsApp ke panitia diklat sudah tiga kali, jawabannya selalu \"on progress\".")
loss = ("Tanpa STTPP, usulan pengangkatan saya dari CPNS menjadi PNS tidak bisa diproses, jadi saya masih "
        "menerima gaji 80% dan honestly ini cukup stressful karena deadline pengangkatan makin dekat.")
req = "Mohon STTPP saya segera di-upload ke SIASN, atau paling tidak saya dapat timeline yang jelas kapan selesai."
body = f"""Selamat pagi Bapak/Ibu,

Perkenalkan, saya Kevin Aditya Pratama, CPNS formasi 2025 di Dinas Kominfo Kabupaten Pasuruan, NIK 3514162903990002. Saya mau menyampaikan complaint terkait Latsar.

Issue-nya:
{sd}

Impact:
{loss}

Request:
{req}

Thanks a lot for your help.

Purwosari, 23 Oktober 2026
Best regards,
Kevin Aditya Pratama
HP/WA: 0821 4470 3391
"""
add("email_plain/h2_06.eml",
    plain("Kevin Aditya Pratama <kevin.aditya@example.com>", when(2026, 10, 23, 10, 2),
          "Complaint STTPP Latsar belum di-upload", "h2a06latsarkevin", body),
    "email_plain",
    F("Kevin Aditya Pratama", None, sd, loss, req, "Purwosari", "2026-10-23", True,
      "kevin.aditya@example.com", "082144703391", "3514162903990002"),
    "kompetensi", "Indonesian-English mix, English labels (Issue/Impact/Request); no address; NIK inline")

# ---------------------------------------------------------------------------
# 07  ALL CAPS; Satyalancana -> kinerja; complete
# ---------------------------------------------------------------------------
sd = ("SAYA SUDAH MENGABDI SEBAGAI PNS SELAMA 30 TAHUN DAN NAMA SAYA SUDAH DIUSULKAN UNTUK MENERIMA "
      "SATYALANCANA KARYA SATYA XXX TAHUN PADA TAHUN 2025, TETAPI SAMPAI SEKARANG PIAGAM DAN TANDA "
      "KEHORMATAN TERSEBUT BELUM SAYA TERIMA, SEDANGKAN TEMAN SATU KANTOR YANG DIUSULKAN BERSAMA SAYA "
      "SUDAH MENERIMA.")
loss = ("SAYA MERASA TIDAK DIHARGAI ATAS PENGABDIAN SAYA DAN MALU KEPADA REKAN KERJA, APALAGI SAYA AKAN "
        "PENSIUN TAHUN DEPAN.")
req = ("MOHON DICEK APAKAH NAMA SAYA TERCANTUM DALAM KEPPRES PENERIMA SATYALANCANA DAN MOHON PIAGAM "
       "SAYA SEGERA DISERAHKAN.")
addr = "DUSUN SUMBERSARI RT 04 RW 02 DESA KEDEMUNGAN KECAMATAN KEJAYAN"
body = f"""KEPADA YTH. KEPALA BKPSDM KABUPATEN PASURUAN
DI BANGIL

DENGAN HORMAT,
SAYA YANG BERTANDA TANGAN DI BAWAH INI:
NAMA : SUWARNO
ALAMAT : {addr}
NO HP : 081 332 907 115

MENYAMPAIKAN PENGADUAN SEBAGAI BERIKUT:
{sd}

{loss}

{req}

DEMIKIAN ATAS PERHATIANNYA SAYA UCAPKAN TERIMA KASIH.

KEJAYAN, 20 OKTOBER 2026
HORMAT SAYA,

SUWARNO
"""
add("email_plain/h2_07.eml",
    plain("SUWARNO <suwarno.kejayan@example.com>", when(2026, 10, 21, 8, 0),
          "PENGADUAN SATYALANCANA BELUM DITERIMA", "h2a07satyasuwarno", body),
    "email_plain",
    F("SUWARNO", addr, sd, loss, req, "KEJAYAN", "2026-10-20", True,
      "suwarno.kejayan@example.com", "081332907115", None),
    "kinerja", "complete; ALL CAPS letter; unlabelled loss/request paragraphs; Date header a day after the letter")

# ---------------------------------------------------------------------------
# 08  ALL CAPS; pungli around a mutasi -> sekretariat; no address, no place line
# ---------------------------------------------------------------------------
sd = ("WAKTU SAYA MENGURUS PERMOHONAN MUTASI KE SEKOLAH YANG DEKAT RUMAH, ADA ORANG YANG MENGAKU PEGAWAI "
      "BKPSDM MEMINTA UANG RP 3.000.000 SUPAYA SK MUTASI SAYA CEPAT KELUAR. KATANYA KALAU TIDAK BAYAR "
      "BERKAS SAYA TIDAK AKAN DIPROSES.")
loss = ("SAYA SUDAH MENYERAHKAN UANG RP 1.500.000 SEBAGAI UANG MUKA TETAPI SAMPAI SEKARANG SK MUTASI "
        "TIDAK ADA DAN ORANG TERSEBUT SUSAH DIHUBUNGI.")
req = "SAYA MINTA KASUS INI DIUSUT, UANG SAYA DIKEMBALIKAN, DAN OKNUM TERSEBUT DITINDAK TEGAS."
body = f"""YTH. BAPAK KEPALA BKPSDM

SAYA SLAMET RIYADI, GURU SDN GRATITUNON 1, INGIN MELAPORKAN KEJADIAN BERIKUT.

{sd}

{loss}

{req}

NOMOR WA SAYA 0852 3344 1209 KALAU PERLU KETERANGAN TAMBAHAN.

HORMAT SAYA
SLAMET RIYADI
"""
add("email_plain/h2_08.eml",
    plain("SLAMET RIYADI <slametriyadi.grati@example.net>", when(2026, 11, 10, 16, 30),
          "LAPORAN PUNGLI MUTASI", "h2a08pungliriyadi", body),
    "email_plain",
    F("SLAMET RIYADI", None, sd, loss, req, None, "2026-11-10", True,
      "slametriyadi.grati@example.net", "085233441209", None),
    "sekretariat", "ALL CAPS; illegal fee named with a mutasi -> sekretariat; no address "
    "(school name only), no place/date line; closing without comma")

# ---------------------------------------------------------------------------
# 09  heavy typos; kenaikan pangkat -> mutasi; "tgl 5 Okt 2026"; no loss
# ---------------------------------------------------------------------------
sd = ("SK kenaikan pangakt sya periode April 2026 sdh terbit tpi golongan yg tertulis di SK salah, "
      "seharusnya III/d malah ditulis III/c, pdahal di SIASN sdh bnar. Sya sdh lapor ke petugas bulan "
      "Juli tpi blum ada perbaikn sampe skrg.")
req = "Mohon SK sya segera di revisi dngan golongan yg benar, trimakasih sebelumnya."
addr = "Jl. Mawar Gg 3 No. 21 RT 05 RW 01 Ds. Kalirejo Kec. Kraton"
body = f"""Kpd Yth. Bapk/Ibu BKPSDM Kab. Pasuruan

Dgn hormat,
sya yg brtanda tangan dbawah ini
Nama : Heru Susanto
Almat : {addr}
No Hp : 0812-3355-6071

Mau menyampaiakan pengaduan:
{sd}

{req}

Kraton, tgl 5 Okt 2026
Hormat sya

Heru Susanto
"""
add("email_plain/h2_09.eml",
    plain("Heru Susanto <herususanto72@example.com>", when(2026, 10, 5, 20, 15),
          "pengaduan SK kenaikan pangkat salah golngan", "h2a09kpheru", body),
    "email_plain",
    F("Heru Susanto", addr, sd, None, req, "Kraton", "2026-10-05", True,
      "herususanto72@example.com", "081233556071", None),
    "mutasi", "heavy typos (Almat, pangakt, sya); 'tgl 5 Okt 2026'; no loss")

# ---------------------------------------------------------------------------
# 10  heavy typos; e-Kinerja / SKP -> kinerja; no request, 'wassalam' without name;
#     Date header +0800
# ---------------------------------------------------------------------------
sd = ("Sudah 2 bulan ini sya tidak bsa login ke aplikasi e-Kinerja, selalu muncul tulisan \"akun tidak "
      "ditemukan\". Sya sudah laporan ke admin kepegawaian di kantr dan ke hlpdesk BKPSDM tpi katanya "
      "disuruh nunggu terus, smentara SKP bulanan sya tidak bisa di input.")
loss = ("Akbat nya TPP sya bulan September dan Oktober tidak cair karna SKP dianggap kosong, padahal sya "
        "masuk kerja terus.")
addr = "Dsn. Kedawung RT 01 RW 03 Ds. Nguling Kec. Nguling"
body = f"""Assalamualaikum,

saya Fitriyah, staf TU di SMPN 2 Nguling, alamt {addr}.

Mau melapokan msalah e-kinerja:
{sd}

{loss}

Nguling, 29-10-2026
wassalam
"""
add("email_plain/h2_10.eml",
    plain("Fitriyah <fitriyah.nguling@example.org>", when(2026, 10, 29, 11, 25, off=8),
          "maslah login e-kinerja", "h2a10ekinerjafitri", body),
    "email_plain",
    F("Fitriyah", addr, sd, loss, None, "Nguling", "2026-10-29", False,
      "fitriyah.nguling@example.org", None, None),
    "kinerja", "heavy typos; no requested resolution; 'wassalam' with no name after it (unsigned)")

# ---------------------------------------------------------------------------
# 11  Javanese (krama) flavoured; Karsu -> pengadaan; complete
# ---------------------------------------------------------------------------
sd = ("Berkas permohonan Karsu kagem suami kulo sampun kulo setor ten loket BKPSDM wulan Februari 2026, "
      "nanging ngantos sakmenika dereng dados. Saben kulo nyuwun pirsa, petugase namung ngendika "
      "\"sabar nggih Bu, tasih diproses\".")
loss = ("Amargi Karsu dereng wonten, suami kulo mboten saged ngurus tunjangan keluarga lan BPJS, dados "
        "kulo kedah mbayar piyambak biaya berobat suami kulo ingkang nembe operasi, kinten-kinten Rp 4.000.000.")
req = ("Kulo nyuwun tulung supados Karsu suami kulo enggal dipun proses lan kulo dipun paringi kabar "
       "menawi sampun dados.")
addr = "Dusun Sumbergedang RT 03 RW 02 Desa Sruwi, Kecamatan Winongan"
body = f"""Kepada Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan

Assalamu'alaikum, nyuwun sewu sakderengipun.

Kulo Sumiati, guru SD ing Winongan, griya kulo wonten {addr}. No HP 0838-5521-0093.

Kulo badhe matur babagan Kartu Suami (Karsu):
{sd}

{loss}

{req}

Matur nuwun sanget.

Winongan, 3 November 2026
Hormat kulo,
Sumiati
"""
add("email_plain/h2_11.eml",
    plain("Sumiati <sumiati.winongan@example.com>", when(2026, 11, 3, 15, 33),
          "Nyuwun tulung Karsu dereng dados", "h2a11karsusumiati", body),
    "email_plain",
    F("Sumiati", addr, sd, loss, req, "Winongan", "2026-11-03", True,
      "sumiati.winongan@example.com", "083855210093", None),
    "pengadaan", "complete; Javanese (krama) flavoured; 'Hormat kulo' closing")

# ---------------------------------------------------------------------------
# 12  Javanese (ngoko) chatty; empty counter -> sekretariat; no address, no place line
# ---------------------------------------------------------------------------
sd = ("Dino Kemis wingi aku teko nang loket BKPSDM jam 10 isuk arep ngurus legalisir SK, tapi loket "
      "kosong ora ono wong blas. Aku ngenteni ngantek jam 1 awan, petugase lagek teko trus langsung "
      "ngomong wis tutup, sesuk maneh ae.")
loss = ("Aku wis adoh-adoh teko Lumbang, ninggal kerjaan sedino, bensin karo mangan yo metu dhewe, tapi "
        "ora oleh opo-opo.")
req = "Tulung jam layanan loket dipatuhi, lan petugas sing ora ono nang panggon pas jam kerja mbok ditegur."
body = f"""Mas/Mbak admin pengaduan,

Aku Sudarto, PNS ing Kecamatan Lumbang. Arep sambat sithik.

{sd}

{loss}

{req}

Suwun,
Sudarto
"""
add("email_plain/h2_12.eml",
    plain("Sudarto <darto.lumbang@example.net>", when(2026, 11, 6, 14, 40),
          "sambat loket kosong", "h2a12loketdarto", body),
    "email_plain",
    F("Sudarto", None, sd, loss, req, None, "2026-11-06", True,
      "darto.lumbang@example.net", None, None),
    "sekretariat", "Javanese (ngoko) chatty; counter service; 'Kecamatan Lumbang' is a workplace, not "
    "an address; no place/date line; 'Suwun,' + name")

# ---------------------------------------------------------------------------
# 13  reply with the agency's message quoted below ("> "); pencantuman gelar -> kompetensi; complete
# ---------------------------------------------------------------------------
sd = ("Saya sudah lulus S1 Ekonomi pada tahun 2025 dengan izin belajar yang sah dan mengajukan permohonan "
      "pencantuman gelar pada bulan Februari 2026. Hingga kini gelar saya belum tercantum di SIASN maupun "
      "di SK terakhir, dan berkas saya dua kali dikembalikan dengan alasan yang berbeda-beda.")
loss = ("Saya tidak dapat mengikuti seleksi jabatan pelaksana yang mensyaratkan ijazah S1, padahal "
        "pendaftaran akan ditutup bulan depan.")
req = ("Saya mohon permohonan pencantuman gelar saya diselesaikan dalam bulan ini, dan alasan pengembalian "
       "berkas disampaikan sekaligus secara tertulis.")
addr = "Perum Sukorejo Indah Blok B-12, Desa Glagahsari, Kecamatan Sukorejo"
body = f"""Selamat pagi,

Menanggapi email dari Tim Pengaduan, berikut saya kirimkan kembali pengaduan saya dengan data yang lengkap.

Identitas Pelapor
Nama lengkap : Nurul Hidayah, S.E.
Alamat rumah : {addr}
Nomor HP     : 0819-0722-3185

Permasalahan:
{sd}

Kerugian:
{loss}

Harapan:
{req}

Sukorejo, 4 November 2026

Salam hormat,
Nurul Hidayah, S.E.

Pada tanggal Sen, 2 Nov 2026 pukul 14.05, Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id> menulis:
> Yth. Ibu Nurul Hidayah,
>
> Terima kasih atas pengaduan Anda. Agar dapat kami tindak lanjuti, mohon
> dilengkapi data berikut sesuai standar pelayanan pengaduan:
> - alamat lengkap;
> - uraian kerugian yang dialami;
> - permintaan penyelesaian.
>
> Hormat kami,
> Tim Pengaduan BKPSDM Kabupaten Pasuruan
> Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153
"""
add("email_plain/h2_13.eml",
    plain("Nurul Hidayah <nurul.hidayah@example.org>", when(2026, 11, 4, 10, 30),
          "Re: Kelengkapan Pengaduan PGD-2026-0398", "h2a13gelarnurul", body,
          extra=[("In-Reply-To", "<pgd20260398req@pasuruankab.go.id>"),
                 ("References", "<pgd20260398req@pasuruankab.go.id>")]),
    "email_plain",
    F("Nurul Hidayah, S.E.", addr, sd, loss, req, "Sukorejo", "2026-11-04", True,
      "nurul.hidayah@example.org", "081907223185", None),
    "kompetensi", "complete; reply on top, agency's request quoted below with '> ' "
    "(agency address and 'Hormat kami' in the quote are not the complainant's)")

# ---------------------------------------------------------------------------
# 14  reply to an agency announcement, quoted below with a place/date line in the quote;
#     SIASN name -> pengadaan; no loss, no place; Date header +0000 at 23:50
# ---------------------------------------------------------------------------
sd = ("Nama saya di SIASN tertulis \"Ahmad Fausi\", tidak sesuai dengan KTP dan SK CPNS. Saya sudah mencoba "
      "memperbaiki lewat menu PDM sebanyak tiga kali, tetapi usulan perbaikan selalu ditolak oleh "
      "verifikator tanpa keterangan alasan.")
req = "Saya minta nama saya di SIASN dibetulkan oleh admin BKPSDM sesuai dokumen yang saya lampirkan."
addr = "Jl. Hasanuddin No. 7 RT 01 RW 04, Kelurahan Gempeng, Kecamatan Bangil"
body = f"""Mohon maaf, saya ingin menyampaikan pengaduan terkait pemutakhiran data ini.

Nama saya Achmad Fauzi, tinggal di {addr}. NIK saya 3514 0710 0985 0004.

{sd}

{req}

Terima kasih,
Achmad Fauzi
0856-4901-2277

On Mon, 2 Nov 2026 at 08:00, BKPSDM Kabupaten Pasuruan <info.bkpsdm@pasuruankab.go.id> wrote:
> Yth. Bapak/Ibu ASN di lingkungan Pemerintah Kabupaten Pasuruan,
>
> Bersama ini kami sampaikan bahwa pemutakhiran data mandiri (PDM) melalui
> SIASN diperpanjang sampai dengan 30 November 2026.
>
> Bangil, 2 November 2026
> Kepala BKPSDM Kabupaten Pasuruan
"""
add("email_plain/h2_14.eml",
    plain("Achmad Fauzi <achmad.fauzi@example.com>", dt.datetime(2026, 11, 3, 23, 50, 2, tzinfo=tz(0)),
          "Re: Pengumuman Pemutakhiran Data Mandiri SIASN", "h2a14siasnfauzi", body,
          extra=[("In-Reply-To", "<pdm2026info@pasuruankab.go.id>")]),
    "email_plain",
    F("Achmad Fauzi", addr, sd, None, req, None, "2026-11-03", True,
      "achmad.fauzi@example.com", "085649012277", "3514071009850004"),
    "pengadaan", "reply above a quoted agency announcement whose 'Bangil, 2 November 2026' line is "
    "not the letter's; no loss, no place; date from Date header written as +0000; NIK with spaces")

# ---------------------------------------------------------------------------
# 15  forwarded own complaint; jabatan fungsional -> mutasi; complete; letter date differs from header
# ---------------------------------------------------------------------------
sd = ("Saya telah lulus uji kompetensi jabatan fungsional Pranata Komputer Ahli Pertama pada bulan Mei 2026 "
      "dan usulan pengangkatan sudah dikirim oleh instansi saya pada bulan Juni 2026. Sampai sekarang SK "
      "pengangkatan dalam jabatan fungsional belum terbit dan saya belum dilantik.")
loss = ("Saya belum menerima tunjangan jabatan fungsional sejak Juli 2026, dan angka kredit saya tidak "
        "dapat dihitung sehingga kenaikan pangkat saya ikut tertunda.")
req = "Mohon BKPSDM segera menerbitkan SK pengangkatan dan menjadwalkan pelantikan saya."
addr = "Dusun Ledug RT 01 RW 06, Desa Ledug, Kecamatan Prigen"
body = f"""Yth. Tim Pengaduan,

Mohon maaf, pengaduan di bawah ini minggu lalu saya kirim ke alamat email yang keliru. Saya teruskan ke sini, mohon ditindaklanjuti.

Salam,
Nanang

---------- Forwarded message ---------
Dari: Nanang Qosim <nanang.qosim@example.net>
Date: Kam, 29 Okt 2026 pukul 19.40
Subject: Pengaduan pengangkatan jabatan fungsional
To: <bkpsdm.pasuruan@example.org>


Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama   : Nanang Qosim, S.Kom.
Alamat : {addr}
Telp   : 0877-5512-0468

Uraian pengaduan:
{sd}

Kerugian:
{loss}

Permintaan:
{req}

Prigen, 29 Oktober 2026
Hormat saya,

Nanang Qosim, S.Kom.
"""
add("email_plain/h2_15.eml",
    plain("Nanang Qosim <nanang.qosim@example.net>", when(2026, 11, 3, 9, 12),
          "Fwd: Pengaduan pengangkatan jabatan fungsional", "h2a15jfnanang", body),
    "email_plain",
    F("Nanang Qosim, S.Kom.", addr, sd, loss, req, "Prigen", "2026-10-29", True,
      "nanang.qosim@example.net", "087755120468", None),
    "mutasi", "complete; forwarded own complaint below a short cover note; date is the letter's "
    "(29 Oct), not the Date header (3 Nov)")

# ---------------------------------------------------------------------------
# 16  signature block after "-- " with an office address and landline; NIP (18 digits) not NIK;
#     disciplinary sanction -> kinerja; complete
# ---------------------------------------------------------------------------
sd = ("Pada tanggal 9 Oktober 2026 saya menerima SK hukuman disiplin penundaan kenaikan pangkat selama "
      "satu tahun, padahal saya tidak pernah dipanggil untuk pemeriksaan dan tidak pernah diberi kesempatan "
      "membela diri sebagaimana diatur dalam PP 94 Tahun 2021. Berita acara pemeriksaan yang dilampirkan "
      "pun tidak saya tandatangani.")
loss = ("Akibat SK tersebut kenaikan pangkat saya periode April 2027 batal diusulkan dan nama baik saya "
        "tercemar di lingkungan kantor.")
req = ("Saya memohon agar SK hukuman disiplin tersebut ditinjau kembali dan saya diperiksa sesuai prosedur "
       "yang berlaku.")
addr = "Jl. Sultan Agung No. 33 RT 03 RW 07, Kelurahan Pogar, Kecamatan Bangil"
body = f"""Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
c.q. Bidang Penilaian Kinerja dan Penghargaan

Hal: Keberatan atas penjatuhan hukuman disiplin

Dengan hormat,

Saya Ir. Bambang Hermanto, NIP 197104122000031005, beralamat di {addr}, menyampaikan pengaduan sebagai berikut.

{sd}

{loss}

{req}

Bangil, 13 November 2026

Hormat saya,
Ir. Bambang Hermanto

-- 
Ir. Bambang Hermanto
Kepala Seksi Jalan dan Jembatan
Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Pasuruan
Jl. Hayam Wuruk No. 14 Bangil
Telp. (0343) 741 552 | HP 0813-3090-1276
"""
add("email_plain/h2_16.eml",
    plain("Ir. Bambang Hermanto <b.hermanto@example.com>", when(2026, 11, 13, 15, 5),
          "Keberatan atas penjatuhan hukuman disiplin", "h2a16disiplinbambang", body),
    "email_plain",
    F("Ir. Bambang Hermanto", addr, sd, loss, req, "Bangil", "2026-11-13", True,
      "b.hermanto@example.com", "081330901276", None),
    "kinerja", "complete; '-- ' signature block with office address and landline after the closing; "
    "18-digit NIP is not a NIK; phone = the HP number")

# ---------------------------------------------------------------------------
# 17  HTML only, windows-1252 quoted-printable, 'Identitas Pelapor' table, place/date top right;
#     PPPK selection -> pengadaan; complete
# ---------------------------------------------------------------------------
sd = ("Saya mengikuti seleksi PPPK tenaga kesehatan formasi perawat tahun 2026 dan dinyatakan “tidak lulus” "
      "karena nilai seleksi kompetensi teknis saya tercatat 0, padahal pada layar akhir ujian nilai saya 310. "
      "Sanggahan sudah saya ajukan pada masa sanggah – lengkap dengan foto layar hasil ujian – tetapi tidak "
      "pernah dijawab.")
loss = ("Saya kehilangan kesempatan diangkat sebagai PPPK tahun ini, padahal saya sudah menjadi tenaga "
        "honorer di Puskesmas Beji selama sembilan tahun.")
req = ("Saya meminta panitia seleksi daerah mencocokkan ulang nilai saya dengan data BKN dan memberikan "
       "jawaban tertulis atas sanggahan saya.")
addr = "Jl. Gajah Mada No. 5 RT 02 RW 03, Desa Gununggangsir, Kecamatan Beji"
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif">
<p align="right">Beji, 30 Oktober 2026</p>
<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<br>di Bangil</p>
<p>Dengan hormat,</p>
<p><b>Identitas Pelapor</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Nama</td><td>Dian Puspitasari, A.Md.Kep.</td></tr>
<tr><td>Alamat</td><td>{addr}</td></tr>
<tr><td>NIK</td><td>3514024305940001</td></tr>
<tr><td>No. HP</td><td>0812-5566-0917</td></tr>
</table>
<p><b>Uraian Pengaduan</b><br>{sd}</p>
<p><b>Kerugian</b><br>{loss}</p>
<p><b>Permintaan Penyelesaian</b><br>{req}</p>
<p>Hormat saya,<br><br>Dian Puspitasari, A.Md.Kep.</p>
</body></html>
"""
add("email_mime/h2_17.eml",
    html_only("Dian Puspitasari <dian.puspita@example.com>", when(2026, 10, 30, 20, 48),
              "Sanggahan hasil seleksi PPPK – tidak ditanggapi", "h2a17pppkdian", html,
              "windows-1252", "quoted-printable"),
    "email_mime",
    F("Dian Puspitasari, A.Md.Kep.", addr, sd, loss, req, "Beji", "2026-10-30", True,
      "dian.puspita@example.com", "081255660917", "3514024305940001"),
    "pengadaan", "complete; HTML only, windows-1252 QP, curly quotes/en dashes, 'Identitas Pelapor' "
    "table, right-aligned place/date at top, RFC 2047 subject")

# ---------------------------------------------------------------------------
# 18  multipart/alternative iso-8859-1 base64; facilities -> sekretariat;
#     "Saya jadi harus bolak-balik ... dan mengeluarkan biaya"; no place line
# ---------------------------------------------------------------------------
sd = ("Ruang tunggu loket pelayanan di lantai dua tidak memiliki kursi yang cukup dan tidak ada lift maupun "
      "jalur landai, sehingga saya yang sudah berusia 68 tahun dan memakai tongkat harus naik tangga dan "
      "berdiri menunggu ± 2 jam. Mesin nomor antrean juga rusak sejak bulan lalu sehingga antrean tidak tertib.")
loss = ("Saya jadi harus bolak-balik tiga kali karena tidak kuat menunggu sampai giliran saya, dan "
        "mengeluarkan biaya transportasi sekitar Rp 150.000 untuk setiap kali datang.")
req = ("Mohon disediakan loket atau ruang tunggu di lantai dasar untuk lansia dan penyandang disabilitas, "
       "serta mesin antrean segera diperbaiki.")
addr = "Dusun Karangrejo RT 04 RW 02 Desa Tambakrejo, Kecamatan Kraton"
intro = (f"Dengan hormat, saya Rudi Hartanto, pensiunan PNS, alamat {addr}, HP 0853-3011-8742, "
         "menyampaikan keluhan mengenai fasilitas pelayanan di kantor BKPSDM.")
text = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan,

{intro}

{sd}

{loss}

{req}

Terima kasih atas perhatiannya.

Salam,
Rudi Hartanto
"""
html = f"""<html><body>
<p>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan,</p>
<p>{intro}</p>
<p>{sd}</p>
<p>{loss}</p>
<p>{req}</p>
<p>Terima kasih atas perhatiannya.</p>
<p>Salam,<br>Rudi Hartanto</p>
</body></html>
"""
add("email_mime/h2_18.eml",
    alternative("Rudi Hartanto <rudi.hartanto@example.org>", when(2026, 11, 11, 17, 22),
                "Keluhan fasilitas ruang tunggu dan antrean", "h2a18fasilitasrudi", text, html,
                "iso-8859-1", "base64", "=_h2_18_alt_9c1e"),
    "email_mime",
    F("Rudi Hartanto", addr, sd, loss, req, None, "2026-11-11", True,
      "rudi.hartanto@example.org", "085330118742", None),
    "sekretariat", "multipart/alternative iso-8859-1 base64 ('±'); facilities; no place/date line")

# ---------------------------------------------------------------------------
# 19  multipart/alternative windows-1252 QP, 'Identitas Pelapor' HTML table; PKA training -> kompetensi
# ---------------------------------------------------------------------------
sd = ("Saya telah ditetapkan sebagai peserta Pelatihan Kepemimpinan Administrator (PKA) angkatan II tahun "
      "2026 melalui surat pemanggilan dari BKPSDM, tetapi satu minggu sebelum pelatihan dimulai nama saya "
      "dicoret dan diganti pegawai lain tanpa pemberitahuan maupun alasan yang jelas.")
loss = ("Saya sudah membayar uang muka akomodasi Rp 2.750.000 yang tidak dapat dikembalikan, dan karena "
        "belum memiliki sertifikat PKA saya terancam diberhentikan dari jabatan administrator.")
req = ("Saya mohon penjelasan tertulis atas pencoretan nama saya dan jaminan bahwa saya diikutkan pada "
       "angkatan berikutnya.")
addr = "Jl. Raya Pasrepan No. 112 RT 01 RW 01, Desa Pasrepan, Kecamatan Pasrepan"
name = "Agustina Wulandari, S.Sos., M.AP."
text = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

IDENTITAS PELAPOR
Nama     : {name}
Alamat   : {addr}
No. HP   : 0813 5790 2264

Pada hari Jum’at, 23 Oktober 2026 saya menerima kabar berikut dari panitia.

{sd}

{loss}

{req}

Pasrepan, 6 November 2026
Hormat saya,
{name}
"""
html = f"""<html><head><meta charset="windows-1252"></head><body>
<div>Yth. Kepala BKPSDM Kabupaten Pasuruan</div><div><br></div>
<div>Dengan hormat,</div><div><br></div>
<table style="border-collapse:collapse" border="1">
<tr><th colspan="2">Identitas Pelapor</th></tr>
<tr><td>Nama</td><td>{name}</td></tr>
<tr><td>Alamat</td><td>{addr}</td></tr>
<tr><td>No. HP</td><td>0813 5790 2264</td></tr>
</table><div><br></div>
<div>Pada hari Jum’at, 23 Oktober 2026 saya menerima kabar berikut dari panitia.</div><div><br></div>
<div>{sd}</div><div><br></div>
<div>{loss}</div><div><br></div>
<div>{req}</div><div><br></div>
<div>Pasrepan, 6 November 2026<br>Hormat saya,<br>{name}</div>
</body></html>
"""
add("email_mime/h2_19.eml",
    alternative(f"Agustina Wulandari <agustina.w@example.net>", when(2026, 11, 6, 8, 55),
                "Nama saya dicoret dari peserta PKA", "h2a19pkaagustina", text, html,
                "windows-1252", "quoted-printable", "----=_NextPart_h2_19_000_01D7"),
    "email_mime",
    F(name, addr, sd, loss, req, "Pasrepan", "2026-11-06", True,
      "agustina.w@example.net", "081357902264", None),
    "kompetensi", "complete; multipart/alternative windows-1252 QP; HTML 'Identitas Pelapor' table "
    "with a header cell; an unrelated earlier date in the text")

# ---------------------------------------------------------------------------
# 20  prose without labels, place/date top right; mutasi -> mutasi; complete
# ---------------------------------------------------------------------------
sd = ("Permohonan pindah tugas saya dari Puskesmas Rejoso ke Puskesmas Pandaan karena mengikuti suami sudah "
      "saya ajukan sejak Desember 2025 dan telah disetujui oleh kepala dinas kesehatan. Namun sudah sepuluh "
      "bulan SK mutasi tidak juga diterbitkan, dan setiap kali saya bertanya jawabannya hanya menunggu "
      "rapat Baperjakat.")
loss = ("Selama menunggu saya harus menempuh perjalanan 45 km setiap hari dan menitipkan anak saya yang "
        "masih balita kepada tetangga, sehingga keluarga kami sangat terbebani baik biaya maupun tenaga.")
req = "Saya berharap BKPSDM dapat segera menerbitkan SK mutasi saya atau memberi kepastian waktu penerbitannya."
addr = "Dusun Jogoreso RT 02 RW 02 Desa Toyaning, Kecamatan Rejoso"
body = f"""                                                   Rejoso, 28 Oktober 2026

Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya Yuliana Eka Sari, bidan di Puskesmas Rejoso, beralamat di {addr}, nomor telepon 0822 3015 6648, bermaksud menyampaikan pengaduan.

{sd}

{loss}

{req}

Atas perhatian Bapak, saya mengucapkan terima kasih.

Hormat saya,

Yuliana Eka Sari
"""
add("email_plain/h2_20.eml",
    plain("Yuliana Eka Sari <yuliana.ekasari@example.com>", when(2026, 10, 28, 7, 45),
          "Pengaduan SK mutasi belum terbit", "h2a20mutasiyuliana", body),
    "email_plain",
    F("Yuliana Eka Sari", addr, sd, loss, req, "Rejoso", "2026-10-28", True,
      "yuliana.ekasari@example.com", "082230156648", None),
    "mutasi", "complete; no labels at all; place/date at top right")

# ---------------------------------------------------------------------------
# 21  no clear topic (road damage, wrong agency) -> division null; no address
# ---------------------------------------------------------------------------
sd = ("Jalan penghubung antara Desa Ngadirejo dan Desa Tutur sepanjang kurang lebih 2 km rusak parah sejak "
      "awal tahun, aspalnya mengelupas dan berlubang besar. Sudah pernah diusulkan lewat musrenbang desa dua "
      "kali, tetapi sampai sekarang belum ada perbaikan.")
loss = ("Sudah beberapa kali warga jatuh dari sepeda motor di jalan tersebut, dan hasil panen sayur kami "
        "sulit diangkut ke pasar sehingga harganya jatuh.")
req = "Kami mohon jalan tersebut segera diperbaiki atau paling tidak lubang-lubangnya ditambal sebelum musim hujan."
body = f"""Kepada Yth. Bapak/Ibu Pejabat Pemerintah Kabupaten Pasuruan

Dengan hormat,
Saya Samsul Arifin ingin mengadukan hal berikut.

{sd}

{loss}

{req}

Tutur, 7 November 2026
Hormat saya,
Samsul Arifin
HP 0812 1700 5523
"""
add("email_plain/h2_21.eml",
    plain("Samsul Arifin <samsul.arifin@example.net>", when(2026, 11, 7, 9, 0),
          "Jalan desa rusak parah", "h2a21jalansamsul", body),
    "email_plain",
    F("Samsul Arifin", None, sd, loss, req, "Tutur", "2026-11-07", True,
      "samsul.arifin@example.net", "081217005523", None),
    None, "off-topic for BKPSDM (village road) -> no division; no address")

# ---------------------------------------------------------------------------
# 22  no clear topic (e-KTP printing) -> division null; no loss, no place
# ---------------------------------------------------------------------------
sd = ("Saya sudah merekam data KTP elektronik sejak bulan Juli, tetapi sampai sekarang KTP saya belum "
      "dicetak dengan alasan blangko habis, sementara tetangga saya yang merekam belakangan sudah "
      "mendapatkan KTP.")
req = "Mohon dibantu agar KTP elektronik saya bisa segera dicetak."
addr = "Jl. Untung Suropati No. 45 RT 06 RW 02, Kelurahan Kidul Dalem, Kecamatan Bangil"
body = f"""Selamat siang,

Nama saya Endang Susilowati, alamat {addr}. No HP 0815 5201 3348.

{sd}

{req}

Terima kasih.
Endang Susilowati
"""
add("email_plain/h2_22.eml",
    plain("Endang Susilowati <endang.susi@example.com>", when(2026, 10, 26, 12, 30),
          "KTP belum dicetak", "h2a22ktpendang", body),
    "email_plain",
    F("Endang Susilowati", addr, sd, None, req, None, "2026-10-26", True,
      "endang.susi@example.com", "081552013348", None),
    None, "off-topic (e-KTP) -> no division; no loss, no place/date line")

# ---------------------------------------------------------------------------
# 23  "Senin, 2 Nov 2026" at top right; annual leave -> kinerja; complete; 62-prefixed phone
# ---------------------------------------------------------------------------
sd = ("Saya mengajukan cuti tahunan selama 6 hari kerja untuk mendampingi orang tua operasi di Surabaya "
      "melalui aplikasi e-Cuti pada 1 Oktober 2026. Permohonan tersebut ditolak otomatis oleh sistem dengan "
      "keterangan sisa cuti 0 hari, padahal tahun ini saya belum pernah mengambil cuti sama sekali.")
loss = ("Saya terpaksa tetap berangkat dan dicatat alpa selama 6 hari, sehingga TPP bulan Oktober saya "
        "dipotong sekitar Rp 900.000.")
req = ("Saya meminta saldo cuti tahunan saya di e-Cuti diperbaiki dan catatan alpa tersebut diganti menjadi "
       "cuti tahunan.")
addr = "Perumahan Wonorejo Permai Blok D No. 4, Desa Wonorejo, Kecamatan Wonorejo"
body = f"""                                          Wonorejo, Senin, 2 Nov 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Perihal: Pengaduan penolakan cuti tahunan

Dengan hormat,

Data pelapor
  Nama lengkap   : Teguh Santoso, S.T.
  Tempat tinggal : {addr}
  WhatsApp       : 62813-3488-2150

Kronologi:
{sd}

Dampak yang saya alami:
{loss}

Yang saya minta:
{req}

Hormat saya,
Teguh Santoso, S.T.
"""
add("email_plain/h2_23.eml",
    plain("Teguh Santoso <teguh.santoso@example.org>", when(2026, 11, 2, 13, 2),
          "Pengaduan penolakan cuti tahunan", "h2a23cutiteguh", body),
    "email_plain",
    F("Teguh Santoso, S.T.", addr, sd, loss, req, "Wonorejo", "2026-11-02", True,
      "teguh.santoso@example.org", "081334882150", None),
    "kinerja", "complete; 'Wonorejo, Senin, 2 Nov 2026' at top right; other label words "
    "(Tempat tinggal, Kronologi, Dampak, Yang saya minta); phone written 62...")

# ---------------------------------------------------------------------------
# 24  widow's pension -> pengadaan; closes without a name (unsigned)
# ---------------------------------------------------------------------------
sd = ("Berkas usul pensiun janda sudah saya serahkan ke BKPSDM pada bulan Juni 2026 dan tanda terimanya saya "
      "simpan, tetapi sampai sekarang SK pensiun janda belum terbit. Ketika saya tanyakan, petugas "
      "mengatakan berkas saya tidak ditemukan.")
loss = ("Sudah lima bulan saya tidak menerima uang pensiun sama sekali, padahal itu satu-satunya penghasilan "
        "saya untuk hidup dan membiayai sekolah anak bungsu saya.")
req = ("Saya mohon berkas saya dicari atau saya diberi tahu apa yang harus saya serahkan ulang, agar SK "
       "pensiun janda bisa segera terbit.")
addr = "Dusun Pesisir RT 01 RW 01 Desa Jatirejo, Kecamatan Lekok"
body = f"""Kepada Yth. BKPSDM Kabupaten Pasuruan

Dengan hormat,

Yang bertanda tangan di bawah ini:
Nama     : Musrifah
Alamat   : {addr}
No. Telp : 0858-1490-2236

adalah istri dari almarhum Bapak Sugeng Riyanto, pensiunan PNS Dinas Pertanian yang meninggal dunia pada bulan Mei 2026.

{sd}

{loss}

{req}

Lekok, 20 Oktober 2026
Demikian, terima kasih.
"""
add("email_plain/h2_24.eml",
    plain("Musrifah <musrifah.lekok@example.net>", when(2026, 10, 20, 10, 10),
          "SK pensiun janda belum terbit", "h2a24janda", body),
    "email_plain",
    F("Musrifah", addr, sd, loss, req, "Lekok", "2026-10-20", False,
      "musrifah.lekok@example.net", "085814902236", None),
    "pengadaan", "ends with 'Demikian, terima kasih.' and no name after it (unsigned); "
    "deceased husband's name is not the complainant")

# ---------------------------------------------------------------------------
# 25  no name anywhere, 'Hormat saya,' with nothing after; place/date top "02-11-2026";
#     pelantikan -> mutasi
# ---------------------------------------------------------------------------
sd = ("Pengumuman hasil seleksi calon kepala sekolah menyatakan saya lulus dan akan dilantik pada bulan "
      "September 2026, tetapi pelantikan terus ditunda tanpa jadwal yang jelas, sementara jabatan kepala "
      "sekolah di SDN Gayam 2 masih diisi pelaksana tugas.")
loss = ("Karena belum dilantik, saya belum menerima tunjangan jabatan dan sertifikat calon kepala sekolah "
        "saya akan habis masa berlakunya tahun depan.")
req = ("Mohon BKPSDM memberikan jadwal pelantikan yang pasti dan segera melantik calon kepala sekolah yang "
       "sudah lulus seleksi.")
addr = "Dusun Kalirejo RT 03 RW 01, Desa Gayam, Kecamatan Gondangwetan"
body = f"""                                            Gondangwetan, 02-11-2026

Yth. Kepala BKPSDM Kab. Pasuruan

Saya adalah guru yang pada bulan Agustus 2026 telah ditetapkan lulus seleksi calon kepala sekolah, beralamat di {addr}. Saya menyampaikan pengaduan berikut.

{sd}

{loss}

{req}

Hormat saya,
"""
add("email_plain/h2_25.eml",
    plain("TU SMPN 3 Gondangwetan <tu.smpn3gw@example.org>", when(2026, 11, 2, 11, 18),
          "Pelantikan kepala sekolah ditunda", "h2a25pelantikan", body),
    "email_plain",
    F(None, addr, sd, loss, req, "Gondangwetan", "2026-11-02", False,
      "tu.smpn3gw@example.org", None, None),
    "mutasi", "no name in the letter (sent from a school office account), closing with nothing after it; "
    "place/date top right as 02-11-2026")

# ---------------------------------------------------------------------------
# 26  website / phone / WhatsApp unreachable -> sekretariat; complete; different label words
# ---------------------------------------------------------------------------
sd = ("Sejak dua minggu terakhir layanan antrean online di website BKPSDM selalu gagal dengan pesan \"server "
      "sedang sibuk\", nomor telepon layanan informasi tidak pernah diangkat, dan pesan WhatsApp ke nomor "
      "pengaduan hanya dibalas pesan otomatis.")
loss = ("Saya yang tinggal di daerah pegunungan Puspo harus turun ke Bangil hanya untuk menanyakan informasi "
        "sederhana, menempuh perjalanan dua jam sekali jalan dan kehilangan satu hari kerja.")
req = ("Untuk itu saya mohon agar antrean online dan layanan telepon segera diperbaiki, dan pesan WhatsApp "
       "pengaduan dijawab oleh petugas dalam jam kerja.")
addr = "Dusun Jurangpelen RT 02 RW 01, Desa Keduwung, Kecamatan Puspo"
body = f"""Assalamu'alaikum Wr. Wb.

Yth. Kepala BKPSDM Kabupaten Pasuruan

Pelapor   : Lukman Hakim
Domisili  : {addr}
Kontak    : 0896 5530 7712

Keluhan:
{sd}

Akibatnya:
{loss}

Usulan penyelesaian:
{req}

Puspo, 5 November 2026

Wassalam,
Lukman Hakim
"""
add("email_plain/h2_26.eml",
    plain("Lukman Hakim <lukman.hakim@example.com>", when(2026, 11, 5, 13, 0),
          "Antrean online dan telepon BKPSDM tidak bisa diakses", "h2a26websitelukman", body),
    "email_plain",
    F("Lukman Hakim", addr, sd, loss, req, "Puspo", "2026-11-05", True,
      "lukman.hakim@example.com", "089655307712", None),
    "sekretariat", "complete; label words Pelapor/Domisili/Kontak/Keluhan/Akibatnya/Usulan penyelesaian")

# ---------------------------------------------------------------------------
# 27  cancelled training -> kompetensi; description only (no loss, no request, no place)
# ---------------------------------------------------------------------------
sd = ("Saya terdaftar sebagai peserta pelatihan teknis manajemen kegawatdaruratan yang diselenggarakan BKPSDM "
      "pada 19–23 Oktober 2026 dan sudah menerima surat panggilan. Pada hari pertama, ketika saya datang ke "
      "lokasi pelatihan, panitia menyatakan pelatihan dibatalkan dan tidak ada pemberitahuan sebelumnya "
      "kepada peserta.")
addr = "Perum Pesona Candi Blok A2 No. 9, Desa Kalianyar, Kecamatan Bangil"
body = f"""Yth. BKPSDM Kab Pasuruan,

Saya Retno Wulansari, perawat di RSUD Bangil, alamat {addr}.

{sd}

Salam,
Retno Wulansari
"""
add("email_plain/h2_27.eml",
    plain("Retno Wulansari <retno.wulan@example.net>", when(2026, 10, 25, 21, 5),
          "Pelatihan dibatalkan mendadak", "h2a27pelatihanretno", body),
    "email_plain",
    F("Retno Wulansari", addr, sd, None, None, None, "2026-10-25", True,
      "retno.wulan@example.net", None, None),
    "kompetensi", "short: description only; no loss, no request, no place/date line")

# ---------------------------------------------------------------------------
# 28  pungli at PPPK decree handover -> sekretariat; address on two lines; complete
# ---------------------------------------------------------------------------
sd = ("Pada saat penyerahan SK PPPK tanggal 10 November 2026 di aula BKPSDM, setiap penerima SK diminta "
      "membayar Rp 200.000 oleh seorang petugas dengan alasan \"uang map dan administrasi\". Petugas tersebut "
      "mengatakan SK tidak akan diserahkan kalau tidak membayar, dan tidak ada kuitansi yang diberikan.")
loss = ("Saya dan sekitar 40 rekan PPPK lainnya terpaksa membayar, sehingga total uang yang dipungut "
        "diperkirakan mencapai Rp 8.000.000.")
req = ("Atas hal tersebut saya memohon agar BKPSDM mengusut petugas yang melakukan pungutan, mengembalikan "
       "uang yang sudah dipungut, dan memastikan penyerahan SK ke depan tidak dipungut biaya.")
body = f"""Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
di tempat

Perihal: Laporan pungutan liar pada penyerahan SK PPPK

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama    : Moh. Ilham Ramadhan
Alamat  : Dusun Krajan RT 05 RW 02,
          Desa Gerbo, Kecamatan Purwodadi
NIK     : 3514211107970005
HP      : 0831-5077-2419

{sd}

{loss}

{req}

Purwodadi, 16 November 2026
Hormat saya,

Moh. Ilham Ramadhan
"""
add("email_plain/h2_28.eml",
    plain("Moh. Ilham Ramadhan <ilham.ramadhan@example.com>", when(2026, 11, 17, 8, 40),
          "Laporan pungutan liar penyerahan SK PPPK", "h2a28pungliilham", body),
    "email_plain",
    F("Moh. Ilham Ramadhan", "Dusun Krajan RT 05 RW 02, Desa Gerbo, Kecamatan Purwodadi",
      sd, loss, req, "Purwodadi", "2026-11-16", True,
      "ilham.ramadhan@example.com", "083150772419", "3514211107970005"),
    "sekretariat", "complete; illegal fee at a PPPK decree handover -> sekretariat; address on two lines; "
    "letter dated the day before the Date header")

# ---------------------------------------------------------------------------
# 29  anonymous, closing followed by a non-name; attendance/TPP -> kinerja
# ---------------------------------------------------------------------------
sd = ("Mesin presensi sidik jari di kantor kami rusak sejak awal September 2026 dan sudah dilaporkan ke "
      "BKPSDM, tetapi data kehadiran kami selama mesin rusak tetap tercatat tidak hadir di aplikasi presensi.")
loss = ("Akibatnya TPP bulan September seluruh pegawai di kantor kami dipotong, untuk saya sendiri sekitar "
        "Rp 1.200.000.")
req = ("Mohon data presensi selama mesin rusak dikoreksi berdasarkan daftar hadir manual yang sudah kami "
       "kirimkan, dan potongan TPP dikembalikan.")
body = f"""Kepada Yth. Tim Pengaduan BKPSDM

Saya ASN di salah satu OPD, mohon maaf identitas saya rahasiakan.

{sd}

{loss}

{req}

Tosari, 30 Oktober 2026
Hormat kami,
Pegawai yang dirugikan
"""
add("email_plain/h2_29.eml",
    plain("pegawai.kecewa@example.org", when(2026, 10, 30, 16, 0),
          "Presensi error, TPP dipotong", "h2a29presensianon", body),
    "email_plain",
    F(None, None, sd, loss, req, "Tosari", "2026-10-30", False,
      "pegawai.kecewa@example.org", None, None),
    "kinerja", "anonymous; 'Hormat kami,' followed by 'Pegawai yang dirugikan' (not a name -> unsigned); "
    "attendance records / TPP cut -> kinerja")

# ---------------------------------------------------------------------------
# 30  English; birth date in SIASN / retirement -> pengadaan; no address, no place;
#     Date header +0800 07:30
# ---------------------------------------------------------------------------
sd = ("My date of birth is recorded in SIASN as 3 March 1968 instead of 3 March 1970, which is the date on my "
      "birth certificate, diploma and civil servant appointment decree. Because of this error the system "
      "lists my retirement date as 1 April 2026, and my salary was stopped in May 2026 even though I am "
      "still working every day.")
loss = ("Consequently, I have not received my salary for six months and I had to borrow money from relatives "
        "to pay my children's school fees.")
req = ("Could you please correct my date of birth in SIASN, restore my salary, and pay the arrears for the "
       "months that were withheld?")
body = f"""Dear BKPSDM Complaints Team,

My name is Michael Santoso and I work at the Regional Revenue Agency (Bapenda) of Kabupaten Pasuruan.

Complaint regarding my retirement date in SIASN

{sd}

{loss}

{req}

You can reach me on WhatsApp at +62 878 5530 1142.

Kind regards,
Michael Santoso
"""
add("email_plain/h2_30.eml",
    plain("Michael Santoso <michael.santoso@example.com>", when(2026, 10, 31, 7, 30, off=8),
          "Complaint regarding my retirement date in SIASN", "h2a30siasnmichael", body),
    "email_plain",
    F("Michael Santoso", None, sd, loss, req, None, "2026-10-31", True,
      "michael.santoso@example.com", "087855301142", None),
    "pengadaan", "English; no address, no place/date line; date from Date header 07:30 +0800")

# ---------------------------------------------------------------------------
# 31  roman-numeral sections, "12/11/2026"; inter-regional transfer -> mutasi; complete
# ---------------------------------------------------------------------------
sd = ("Saya mengajukan mutasi antardaerah dari Pemerintah Kabupaten Pasuruan ke Pemerintah Kabupaten Sidoarjo "
      "dan sudah mendapat surat persetujuan menerima dari Bupati Sidoarjo sejak April 2026. Namun surat "
      "persetujuan melepas dari Kabupaten Pasuruan belum diterbitkan, dan berkas saya tidak bisa dilanjutkan "
      "ke BKN.")
loss = ("Surat persetujuan dari Kabupaten Sidoarjo hanya berlaku enam bulan dan akan kedaluwarsa pada akhir "
        "bulan ini, sehingga saya harus mengulang seluruh proses dari awal.")
req = "Saya mohon surat persetujuan melepas segera diterbitkan sebelum 30 November 2026."
addr = "Jl. Raya Grati No. 88 RT 01 RW 03, Desa Kalipang, Kecamatan Grati"
body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

I. IDENTITAS
   Nama          : Wahyu Setiawan, S.H.
   NIK           : 3514101508880007
   Alamat        : {addr}
   Telepon/WA    : 0812 3300 4471

II. URAIAN PENGADUAN
{sd}

III. KERUGIAN
{loss}

IV. PERMOHONAN
{req}

Demikian pengaduan ini saya buat dengan sebenarnya.

Grati, 12/11/2026
Hormat saya,

Wahyu Setiawan, S.H.
"""
add("email_plain/h2_31.eml",
    plain("Wahyu Setiawan <wahyu.setiawan@example.net>", when(2026, 11, 12, 20, 0),
          "Persetujuan melepas mutasi antardaerah", "h2a31mutasiwahyu", body),
    "email_plain",
    F("Wahyu Setiawan, S.H.", addr, sd, loss, req, "Grati", "2026-11-12", True,
      "wahyu.setiawan@example.net", "081233004471", "3514101508880007"),
    "mutasi", "complete; roman-numeral section headings; date DD/MM/YYYY")

# ---------------------------------------------------------------------------
# 32  CLTN leave -> kinerja; complete; "Dampaknya bagi saya"
# ---------------------------------------------------------------------------
sd = ("Saya mengajukan cuti di luar tanggungan negara (CLTN) selama satu tahun untuk mendampingi suami yang "
      "bertugas di luar negeri. Permohonan sudah saya serahkan lengkap pada bulan Mei 2026, tetapi tidak ada "
      "keputusan sampai suami saya berangkat, dan petugas hanya menyarankan saya mengajukan ulang.")
loss = ("Dampaknya bagi saya, tiket keberangkatan yang sudah dibeli seharga Rp 9.400.000 hangus dan keluarga "
        "kami terpaksa hidup terpisah sampai sekarang.")
req = ("Saya mohon permohonan CLTN saya diputuskan paling lambat dalam 14 hari dan saya diberi jawaban "
       "tertulis bila ada syarat yang kurang.")
addr = "Jl. Dr. Soetomo No. 21 RT 04 RW 01, Kelurahan Kauman, Kecamatan Bangil"
body = f"""Yth. Bapak Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya Anik Fatmawati, guru SMAN 1 Bangil, tinggal di {addr}, HP 0857 0633 2918.

Yang saya keluhkan:
{sd}

Kerugian materiil/immateriil:
{loss}

Penyelesaian yang saya harapkan:
{req}

Bangil, 9 November 2026

Wassalamu'alaikum,

Anik Fatmawati
"""
add("email_plain/h2_32.eml",
    plain("Anik Fatmawati <anik.fatmawati@example.org>", when(2026, 11, 9, 10, 45),
          "Permohonan CLTN tidak diputus", "h2a32cltnanik", body),
    "email_plain",
    F("Anik Fatmawati", addr, sd, loss, req, "Bangil", "2026-11-09", True,
      "anik.fatmawati@example.org", "085706332918", None),
    "kinerja", "complete; CLTN (leave); 'Wassalamu'alaikum,' + name")

# ---------------------------------------------------------------------------
# 33-36 auto-replies
# ---------------------------------------------------------------------------
body = """Terima kasih, email Anda sudah saya terima.

Saat ini saya sedang mengikuti diklat di luar kota sampai dengan 20 November 2026 dan akses email saya terbatas. Email Anda akan saya baca dan tanggapi setelah saya kembali ke kantor.

Untuk urusan mendesak silakan menghubungi bagian kepegawaian kecamatan.

Salam,
Hariyanto
"""
msg = EmailMessage(policy=POL)
base_headers(msg, sender="Hariyanto <hariyanto@kecamatan.example.org>", date=when(2026, 11, 16, 8, 1),
             subject="Re: Tanda Terima Pengaduan PGD-2026-0561", mid="h2a33oooharianto",
             extra=[("In-Reply-To", "<pgd20260561ack@pasuruankab.go.id>"),
                    ("Auto-Submitted", "auto-replied")])
msg.set_content(body, charset="utf-8", cte="8bit")
add("auto_reply/h2_33.eml", msg.as_bytes(policy=POL), None, None, None,
    "Indonesian out-of-office; only cue is Auto-Submitted: auto-replied (subject is a plain 'Re:')", auto=True)

body = """Yth. Pengirim,

Saya sedang cuti tahunan sampai dengan tanggal 23 November 2026 dan tidak membuka email selama periode tersebut. Pesan Anda akan saya tanggapi setelah saya masuk kembali.

Terima kasih atas pengertiannya.

Lilis Setyowati
Puskesmas Gempol
"""
msg = EmailMessage(policy=POL)
base_headers(msg, sender="Lilis Setyowati <lilis.setyowati@puskesmas.example.net>",
             date=when(2026, 11, 18, 10, 14),
             subject="Balasan otomatis: Tanda Terima Pengaduan PGD-2026-0577", mid="h2a34vacationlilis",
             extra=[("In-Reply-To", "<pgd20260577ack@pasuruankab.go.id>")])
msg.set_content(body, charset="utf-8", cte="quoted-printable")
add("auto_reply/h2_34.eml", msg.as_bytes(policy=POL), None, None, None,
    "vacation reply; only cue is the subject 'Balasan otomatis:' (no Auto-Submitted, no Precedence)", auto=True)

# 35 bounce (Exim-style wording), multipart/report DSN, no Auto-Submitted header
orig = EmailMessage(policy=POL)
orig["Date"] = format_datetime(when(2026, 11, 19, 14, 2))
orig["From"] = AGENCY
orig["To"] = "Bagus Wicaksono <bagus.wicaksono@example.net>"
orig["Subject"] = "Tanggapan atas Pengaduan PGD-2026-0530"
orig["Message-ID"] = "<pgd20260530resp@pasuruankab.go.id>"
orig.set_content("""Yth. Bapak Bagus Wicaksono,

Menindaklanjuti pengaduan Bapak mengenai keterlambatan SK kenaikan pangkat, bersama ini kami sampaikan
bahwa SK telah terbit dan dapat diambil di loket pelayanan BKPSDM pada jam kerja.

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
""", charset="utf-8", cte="8bit")
rep = MIMEMultipart("report", boundary="h2_35_report_b7a1", report_type="delivery-status")
for k, v in [("Date", format_datetime(when(2026, 11, 19, 14, 3))),
             ("From", "Mail Delivery System <MAILER-DAEMON@mail.example.net>"),
             ("To", "pengaduan.bkpsdm@pasuruankab.go.id"),
             ("Subject", "Mail delivery failed: returning message to sender"),
             ("Message-ID", "<h2a35bounce@mail.example.net>")]:
    rep[k] = v
rep.attach(MIMEText("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bagus.wicaksono@example.net
    mailbox is full: retry timeout exceeded
""", "plain", "us-ascii"))
ds = Message()
ds["Content-Type"] = "message/delivery-status"
per_msg = Message()
per_msg["Reporting-MTA"] = "dns; mail.example.net"
per_msg["Arrival-Date"] = format_datetime(when(2026, 11, 19, 14, 2))
per_rcpt = Message()
per_rcpt["Final-Recipient"] = "rfc822;bagus.wicaksono@example.net"
per_rcpt["Action"] = "failed"
per_rcpt["Status"] = "5.2.2"
per_rcpt["Diagnostic-Code"] = "smtp; 552 5.2.2 mailbox is full"
ds.set_payload([per_msg, per_rcpt])
rep.attach(ds)
rep.attach(MIMEMessage(orig))
add("auto_reply/h2_35.eml", rep.as_bytes(policy=POL), None, None, None,
    "bounce from MAILER-DAEMON, multipart/report DSN with the returned message; no Auto-Submitted header",
    auto=True)

# 36 newsletter, List-Id / List-Unsubscribe only (no Precedence), multipart/alternative
text = """INFO ASN PASURUAN - Edisi 47, November 2026

Halo Sahabat ASN,

1. Pendaftaran izin belajar semester genap dibuka sampai 15 Desember 2026.
2. Jadwal pelatihan teknis triwulan IV sudah terbit, cek di website kami.
3. Tips: pastikan data SKP Anda di e-Kinerja sudah terisi sebelum akhir bulan.

Salam hangat,
Redaksi Info ASN Pasuruan

Anda menerima email ini karena berlangganan Info ASN Pasuruan.
Berhenti berlangganan: https://asn-pasuruan.example.com/unsubscribe?u=8812
"""
html = """<html><body><h2>INFO ASN PASURUAN &ndash; Edisi 47, November 2026</h2>
<p>Halo Sahabat ASN,</p><ol>
<li>Pendaftaran izin belajar semester genap dibuka sampai 15 Desember 2026.</li>
<li>Jadwal pelatihan teknis triwulan IV sudah terbit, cek di website kami.</li>
<li>Tips: pastikan data SKP Anda di e-Kinerja sudah terisi sebelum akhir bulan.</li></ol>
<p>Salam hangat,<br>Redaksi Info ASN Pasuruan</p>
<p style="font-size:11px">Anda menerima email ini karena berlangganan Info ASN Pasuruan.
<a href="https://asn-pasuruan.example.com/unsubscribe?u=8812">Berhenti berlangganan</a></p>
</body></html>
"""
add("auto_reply/h2_36.eml",
    alternative("Info ASN Pasuruan <newsletter@asn-pasuruan.example.com>", when(2026, 11, 20, 6, 0),
                "Info ASN Pasuruan Edisi 47: izin belajar, pelatihan, SKP", "h2a36newsletter",
                text, html, "utf-8", "quoted-printable", "=_h2_36_news_44d0",
                extra=[("List-Id", "Info ASN Pasuruan <info.asn-pasuruan.example.com>"),
                       ("List-Unsubscribe", "<https://asn-pasuruan.example.com/unsubscribe?u=8812>, "
                                            "<mailto:unsubscribe@asn-pasuruan.example.com>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]),
    None, None, None, "newsletter with List-Id / List-Unsubscribe (no Precedence header)", auto=True)


# ---------------------------------------------------------------------------
# write + verify
# ---------------------------------------------------------------------------
def html_to_text(s):
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def decoded_text(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    parts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "text/html":
            parts.append(html_to_text(part.get_content()))
    return msg, "\n".join(parts)


def norm(s):
    return " ".join(s.split())


def main():
    assert len(ITEMS) == 36, len(ITEMS)
    rows = []
    for rel, data, truth in ITEMS:
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        msg, text = decoded_text(path.read_bytes())
        if truth["fields"] is not None:
            f = truth["fields"]
            nt = norm(text)
            for k in ("name", "address", "service_description", "loss", "requested_resolution", "place"):
                if f[k] is not None:
                    assert norm(f[k]) in nt, (rel, k, f[k])
            assert f["email"] == parseaddr(str(msg["From"]))[1].lower(), rel
            digits = re.sub(r"\D", "", text)
            if f["nik"]:
                assert len(f["nik"]) == 16 and f["nik"] in digits, rel
            if f["phone"]:
                assert f["phone"][1:] in digits, rel
            hdr = msg["Date"].datetime.date().isoformat()
            if f["place"] is None:
                assert f["date"] == hdr, (rel, f["date"], hdr)
        rows.append(json.dumps(truth, ensure_ascii=False))
    (HERE / "truth.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} items; all gold passages found verbatim")


if __name__ == "__main__":
    main()
