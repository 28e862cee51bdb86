"""Unit tests of the small readers: dates, phones, NIK, routing, labels, validation."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.config import Division
from pipeline.extract.contact import find_nik, find_phone, normalise_phone
from pipeline.extract.dates import parse_date
from pipeline.extract.letter import place_date, read_letter
from pipeline.extract.lines import looks_like_name, match_label
from pipeline.extract.routing import DEFAULT_DIVISIONS, route
from pipeline.extract.vocab import vocab
from pipeline.validate import is_complete, merge_fields, missing_fields


@pytest.mark.parametrize("text,want", [
    ("12 November 2026", date(2026, 11, 12)),
    ("12 Nopember 2026", date(2026, 11, 12)),
    ("Senin, 2 Nov 2026", date(2026, 11, 2)),
    ("Jum'at, 6 Nop. 2026", date(2026, 11, 6)),
    ("12-11-2026", date(2026, 11, 12)),
    ("12/11/2026", date(2026, 11, 12)),
    ("12.11.26", date(2026, 11, 12)),
    ("2026-11-12", date(2026, 11, 12)),
    ("November 12, 2026", date(2026, 11, 12)),
    ("12th November 2026", date(2026, 11, 12)),
    ("1 Pebruari 2026", date(2026, 2, 1)),
    ("17 Agt 2026", date(2026, 8, 17)),
    ("tanggal 3 Desember 2026", date(2026, 12, 3)),
])
def test_dates_as_letters_write_them(text, want):
    assert parse_date(text) == want


@pytest.mark.parametrize("text", ["31/02/2026", "sejak 1 April 2026 saya", "Nomor 12", ""])
def test_not_a_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("line,want", [
    ("Bangil, 12 November 2026", ("Bangil", date(2026, 11, 12))),
    ("   Kota Pasuruan, 1-12-2026", ("Kota Pasuruan", date(2026, 12, 1))),
    ("Senin, 2 Nov 2026", (None, date(2026, 11, 2))),
    ("LEKOK, 1 DESEMBER 2026", ("LEKOK", date(2026, 12, 1))),
    ("Bangil 17/11/2026", ("Bangil", date(2026, 11, 17))),           # no comma, a typed date
    ("Kota Pasuruan 1 Desember 2026", ("Kota Pasuruan", date(2026, 12, 1))),
    ("Pada 12 November 2026", None),                                   # a preposition, not a place
    ("Saya datang 12 November 2026", None),
    ("Lekok, 16 Desember 2026 -", ("Lekok", date(2026, 12, 16))),     # a scan's stray marks after the year
    ("Pandaan, 3 Maret 2026  | '", ("Pandaan", date(2026, 3, 3))),
])
def test_place_and_date_line(line, want):
    assert place_date(line) == want


def test_prose_with_a_date_is_not_a_place_line():
    assert place_date("Pada 5 Mei 2026, saya datang ke kantor dan menunggu dua jam.") is None


@pytest.mark.parametrize("raw,want", [
    ("0811-1356-419", "08111356419"), ("+62 812-4306-0182", "081243060182"), ("6281234567890", "081234567890"),
    ("0812 3456 7890", "081234567890"), ("(+62) 857.1122.3344", "085711223344"),
])
def test_phone_forms(raw, want):
    assert find_phone(f"HP saya {raw} ya")[0] == want


def test_phone_needs_a_label_for_landlines():
    assert find_phone("kantor (0343) 741234") is None
    assert find_phone("(0343) 741234", labelled=True)[0] == "0343741234"
    assert normalise_phone("12") is None


def test_nik_is_sixteen_digits():
    assert find_nik("NIK 3514032411015113")[0] == "3514032411015113"
    assert find_nik("NIK: 3514 0324 1101 5113")[0] == "3514032411015113"
    assert find_nik("NIP 198503122010011002") is None  # 18 digits: a civil-servant number
    assert find_nik("HP 081234567890") is None


def test_routing_by_keywords_with_reason():
    r = route("usulan kenaikan pangkat saya dari golongan III/b belum terbit", DEFAULT_DIVISIONS)
    assert r.code == "mutasi"
    assert "kenaikan pangkat" in r.reason


def test_routing_conduct_goes_to_sekretariat_on_a_tie():
    r = route("petugas meminta uang pelicin agar kenaikan pangkat diproses", DEFAULT_DIVISIONS)
    assert r.code == "sekretariat"


@pytest.mark.parametrize("text,want", [
    ("sy dipindahkan ke sekolah lain tanpa pemberitahuan", "mutasi"),
    ("surat lolos butuh untuk pindah ke Kota Malang belum ditandatangani", "mutasi"),
    ("permohonan cuti di luar tanggungan negara saya ditolak padahal formasi sudah ada pengganti", "kinerja"),
    ("saya disuruh pindah ke loket lain tiga kali", "sekretariat"),
    ("staf menjawab pertanyaan saya dengan ketus lalu dimarahi di depan orang banyak", "sekretariat"),
    ("the officer shouted at me and was impolite", "sekretariat"),
    # attendance records are a discipline and performance matter
    ("rekap presensi elektronik mencatat saya tidak hadir 9 hari padahal saya dinas luar", "kinerja"),
    ("data absensi sy salah, sy dianggap mangkir", "kinerja"),
])
def test_routing_word_forms_of_transfer_and_kinds_of_leave(text, want):
    """GIVEN a transfer named by a form of 'pindah' or a leave named in full THEN its division; a lone
    'pindah' beside the counter is no transfer."""
    assert route(text, DEFAULT_DIVISIONS).code == want


def test_routing_without_topic_is_none():
    assert route("surat saya tidak dibalas", DEFAULT_DIVISIONS).code is None


def test_routing_uses_the_divisions_given():
    custom = (Division("umum", "Umum", "u@example.go.id", ("surat",), 0),)
    assert route("surat saya tidak dibalas", custom).code == "umum"


@pytest.mark.parametrize("line,field", [
    ("Nama : Budi", "name"), ("  NAMA LENGKAP: BUDI", "name"), ("Alamt : Jl. X", "address"),
    ("Tempat tinggal : Desa Y", "address"), ("No. HP : 0812", "phone"), ("2. Kerugian yang saya alami:", "loss"),
    ("KRONOLOGI", "service_description"), ("Harapan saya:", "requested_resolution"), ("Impact: lost", "loss"),
])
def test_label_vocabulary(line, field):
    assert match_label(line, vocab()).field == field


def test_prose_line_is_not_a_label():
    assert match_label("Permohonan perbaikan data sudah saya sampaikan sejak April,", vocab()) is None


@pytest.mark.parametrize("text,ok", [
    ("Budi Santoso", True), ("Dwi Handayani, S.Pd.", True), ("(Nurul Hidayah)", True), ("Rina", True),
    ("Tim Pengaduan BKPSDM", False), ("Sent from my iPhone", False), ("HP 0812 3344", False),
])
def test_name_shape(text, ok):
    assert looks_like_name(text) is ok


def test_email_closing_with_a_name_is_signed_without_a_name_is_not():
    assert read_letter("Mohon dibantu.\n\nTrims,\nAndi").found["signed"].value is True
    assert read_letter("Mohon dibantu.\n\nHormat saya,\n").found["signed"].value is False


def test_validation_order_and_merge():
    fields = {"name": "A", "address": None, "service_description": "x", "loss": None,
              "requested_resolution": "y", "place": "Bangil", "date": "2026-11-01", "signed": False}
    assert missing_fields(fields) == ["address", "loss", "signed"]
    assert not is_complete(fields)
    reply = {"address": "Jl. Mawar 1", "loss": "rugi", "signed": True, "name": "B"}
    merged = merge_fields(fields, reply)
    assert is_complete(merged)
    assert merged["name"] == "A"  # a partial reply fills gaps, it does not overwrite


# ---- loss, NIK, address and name mechanisms (blind-evaluation patterns, our own wording)
from pipeline.extract.lines import clean_name  # noqa: E402
from pipeline.extract.sentences import classify  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Consequently, I have not received my allowance since June.",
    "As a consequence, my promotion was postponed by a whole year.",
    "Because of this I had to borrow from a neighbour to pay the rent.",
    "Karena belum dilantik, saya belum menerima tunjangan jabatan sejak Mei.",
    "Sudah tiga bulan saya tidak mendapat uang pensiun, padahal itu satu-satunya penghasilan saya.",
    "Gaji sy blm cair dr bulan lalu.",
    "SAYA SUDAH MENYETOR UANG RP 900.000 KE PETUGAS TETAPI BERKASNYA TIDAK ADA.",
    "Akbat nya sya tdk bisa ikut tes tahun ini.",
    "akibat nya saya harus datang lagi minggu depan.",
    "Akibtnya saya ketinggalan jadwal.",
    "Dua warga terjatuh di lubang itu dan hasil kebun kami sulit dibawa ke pasar.",
    "aku udh ijin kerja sehari buat ngantri, ujung2nya pulang gak dpt apa2",
    "Aku wis adoh-adoh mrono, ninggal gawean, ongkos metu dhewe, tapi ora oleh opo-opo.",
])
def test_loss_sentences_are_found(sentence):
    """GIVEN a sentence stating a harm in one of the blind set's shapes THEN it is a loss, also as the first one."""
    assert classify(sentence, vocab()) == "loss"
    assert classify(sentence, vocab(), first=True) == "loss"


@pytest.mark.parametrize("sentence", [
    "Pada hari kedua, ketika saya tiba di aula, panitia mengumumkan acara dibatalkan tanpa pemberitahuan.",
    "Ketika saya mengurus berkas, petugas meminta uang Rp 100.000 padahal layanan itu tidak dipungut biaya.",
    "Saya mengajukan berkas kenaikan pangkat pada bulan Maret.",
])
def test_service_events_are_not_a_loss(sentence):
    """GIVEN what happened to the service, with no harm to the writer THEN it is description, not loss."""
    assert classify(sentence, vocab()) != "loss"


def test_tulung_opens_a_request():
    assert classify("Tulung petugase mbok ditegur.", vocab()) == "req"


@pytest.mark.parametrize("text,want", [
    ("Saya Rudi, NIK 3514162903990002. Saya guru.", "3514162903990002"),
    ("NIK saya 3514 0710 0985 0004.", "3514071009850004"),
    ("No. KTP: 3514-0710-0985-0004", "3514071009850004"),
    ("ID number 3514.0710.0985.0004, phone 081234567890", "3514071009850004"),
    ("NIP 198703152010011002, HP 081234567890", None),
])
def test_nik_inline_and_grouped(text, want):
    got = find_nik(text)
    assert (got[0] if got else None) == want


def test_prose_address_needs_an_address_after_the_marker():
    """GIVEN 'warga ... di jalan tersebut' and no address THEN no address is invented."""
    r = read_letter("Selamat pagi,\n\nJalan di depan kantor berlubang sejak Juni.\nSudah dua warga jatuh di jalan "
                    "tersebut, dan gerobak kami sulit lewat.\n\nTolong segera diperbaiki.\n")
    assert "address" not in r.found
    assert "loss" in r.found


def test_unlabelled_address_line_below_the_name():
    r = read_letter("min sy mau lapor loket tutup\n\nmakasih,\nSari Dewi\nDsn. Krajan RT 02 RW 05 Ds. Sumberejo "
                    "Kec. Pandaan\n")
    assert r.found["address"].value == "Dsn. Krajan RT 02 RW 05 Ds. Sumberejo Kec. Pandaan"


@pytest.mark.parametrize("closing", ["makasih bnyk min,", "thx bgt kak,", "terima kasih banyak ya min"])
def test_chatty_words_after_a_closing_are_not_a_name(closing):
    r = read_letter(f"halo\nsy mau lapor antrean lama\n\n{closing}\nRina Oktaviani\n")
    assert r.closing_name == "Rina Oktaviani"


@pytest.mark.parametrize("raw,want", [
    ("Agustina Wulandari, S.Sos., M.AP.", "Agustina Wulandari, S.Sos., M.AP."),
    ("Budi, S.Pd.", "Budi, S.Pd."),
    ("Budi Santoso.", "Budi Santoso"),
])
def test_title_dot_is_kept(raw, want):
    assert clean_name(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("Endang Susilowati 3", "Endang Susilowati"),      # a speck beside the name on a scan
    ("Wahyu Hidayat :", "Wahyu Hidayat"),
    ("Rina Marlina | —", "Rina Marlina"),
    ("Drs. H. Mulyono, M.Si.", "Drs. H. Mulyono, M.Si."),
    ("Sri 2 Wahyuni", "Sri 2 Wahyuni"),                 # only the tail: nothing is guessed inside a name
])
def test_a_letterless_word_never_ends_a_name(raw, want):
    assert clean_name(raw) == want


def test_label_families_and_terminators():
    """GIVEN label words outside the exact vocabulary, numbered and dash-terminated THEN each is its field's label."""
    from pipeline.extract.lines import match_label
    from pipeline.extract.vocab import vocab
    v = vocab()
    cases = {"III. Tuntutan": "requested_resolution", "Yang saya mohonkan:": "requested_resolution",
             "Usulan jalan keluar --": "requested_resolution", "Langkah yang diharapkan:": "requested_resolution",
             "Hal yang dikeluhkan --": "service_description", "iv) Pokok aduan: x y z": "service_description",
             "Beban yang ditanggung:": "loss", "Akibatnya bagi saya —": "loss", "b. Dampak yang saya tanggung -": "loss"}
    for line, want in cases.items():
        got = match_label(line, v)
        assert got is not None and got.field == want, line
    assert match_label("Saya mohon maaf: berkas saya hilang", v) is None


def test_unlabelled_request_openers_and_misspelt_verb():
    from pipeline.extract.sentences import classify
    from pipeline.extract.vocab import vocab
    v = vocab()
    for s in ("Saya cuma ingin berkas saya diproses.", "Yang saya inginkan SK saya segera terbit.",
              "Saya mohn SK saya diterbitkan bulan ini.", "Besar harapan saya tunjangan dibayarkan."):
        assert classify(s, v) == "req", s


def test_description_after_reporting_verb_and_preamble():
    from pipeline.extract.letter import read_letter
    r = read_letter("Saya yg bertanda tangan dibawah ini:\n\nPerkenalkan, saya Budi Santoso, tinggal di Desa Wonorejo "
                    "RT 01 RW 02 Kec. Bangil, mau melaporkan petugas loket yang menolak berkas cuti saya tanpa alasan.\n")
    desc = r.found["service_description"].value
    assert "bertanda" not in desc and "melaporkan" not in desc and "petugas loket" in desc
    r = read_letter("Dengan hormat. Pokok aduan: surat keputusan cuti saya belum juga terbit sejak Agustus.\n")
    assert r.found["service_description"].value.startswith("surat keputusan")


def test_prose_address_keeps_a_house_number_after_nomor():
    """GIVEN an address in a sentence with "Nomor 12" THEN the house number does not end it; "nomor HP" does."""
    from pipeline.extract.letter import read_letter
    r = read_letter("Saya Wagiman, tinggal di Jalan Kenanga Nomor 12 RT 04 RW 01, Desa Sumbersari, Kecamatan "
                    "Purwosari, nomor HP 081234560011, ingin mengadukan layanan karpeg.\n")
    assert r.found["address"].value == "Jalan Kenanga Nomor 12 RT 04 RW 01, Desa Sumbersari, Kecamatan Purwosari"


@pytest.mark.parametrize("text", [
    "My address is Jl. Anggrek No. 4, Kelurahan Kalirejo, Kecamatan Bangil, and my phone number is 081234560011.",
    "Saya tinggal di Jl. Anggrek No. 4, Kelurahan Kalirejo, Kecamatan Bangil, dan nomor HP saya 081234560011.",
])
def test_prose_address_ends_before_the_contact_joined_by_and(text):
    r = read_letter(text + "\n")
    assert r.found["address"].value == "Jl. Anggrek No. 4, Kelurahan Kalirejo, Kecamatan Bangil"


@pytest.mark.parametrize("tail", [
    "Yang melaporkan,\n\nSri Wahyuni",
    "Terima kasih.\n\nGempol, 3 Desember 2026\n\nSri Wahyuni",
    "Salam kami,\nHormat kami,\natas nama warga Dusun Krajan\n\nSri Wahyuni",
])
def test_closing_name_past_date_line_and_on_behalf_line(tail):
    """GIVEN a closing, then a date line or an 'on behalf of' line, then the name THEN the letter is signed."""
    r = read_letter("Dengan hormat,\nBerkas karpeg saya belum selesai sejak Mei.\n\n" + tail + "\n")
    assert r.closing_name == "Sri Wahyuni" and r.found["signed"].value is True


@pytest.mark.parametrize("opening,want", [
    ("Izinkan saya, Dewi Lestari, S.KM, bidan desa di Puskesmas Gempol, mengadukan layanan cuti.", "Dewi Lestari, S.KM"),
    ("pagi min, sy Andi Wijaya peserta seleksi PPPK 2026, mau tanya hasil seleksi.", "Andi Wijaya"),
    ("Hello, I'm Maria Gunawan, a PPPK teacher at SDN Gempol 2, and my contract letter is late.", "Maria Gunawan"),
])
def test_name_given_in_the_opening_sentence(opening, want):
    """GIVEN the writer names themself in a sentence (after 'Izinkan saya,', as 'sy X peserta', as "I'm X,")
    THEN that name, with its degree, is the name."""
    r = read_letter(opening + "\n\nBerkas saya belum diproses sejak Mei.\n")
    assert r.found["name"].value == want


def test_chat_shorthand_is_read_as_the_word():
    """GIVEN a consequence written in chat shorthand THEN it sorts as a loss, and is kept as written."""
    from pipeline.extract.sentences import classify
    v = vocab()
    assert v.expand_chat("krn itu sy tdk bs ikut") == "karena itu sy tidak bisa ikut"
    assert classify("krn itu sy tdk bs ikut ujian dinas thn ini", v) == "loss"
    assert v.expand_chat("guru smp dr puskesmas") == "guru smp dr puskesmas"   # words of their own stay


@pytest.mark.parametrize("sentence", [
    "Kula Painem, tinggal wonten Dusun Krajan RT 01 RW 04, Desa Kedawung, Kecamatan Grati.",
    "Nyuwun sewu, alamat kula ing Dusun Krajan RT 01 RW 04, Desa Kedawung, Kecamatan Grati.",
])
def test_javanese_address_phrase(sentence):
    """GIVEN an address phrase with a Javanese 'di' or pronoun ('tinggal wonten', 'alamat kula ing') THEN it is read."""
    r = read_letter(sentence + "\n\nKarpeg kula dereng dados.\n")
    assert r.found["address"].value.startswith("Dusun Krajan RT 01 RW 04, Desa Kedawung")


def test_landline_after_a_contact_word_not_the_agency_number():
    """GIVEN the agency's number in the story and the writer's landline after 'dapat dihubungi'
    THEN the phone is the writer's landline."""
    from pipeline.extract.contact import find_contact_phone
    text = ("Saya sudah lima kali menelepon call center BKPSDM di (0343) 741 100 tetapi tidak diangkat.\n"
            "Saya bisa dihubungi melalui telepon rumah (0343) 612 345.\n")
    assert find_contact_phone(text)[0] == "0343612345"
    r = read_letter("Berkas saya hilang.\n\nHormat saya,\nSumarni\nTlp. 0343 612 345\n")
    assert r.found["phone"].value == "0343612345"
    assert find_contact_phone("Nomor layanan BKPSDM, telp (0343) 741 100, tidak aktif.") is None


def test_asking_for_information_is_a_request_politeness_is_not():
    """GIVEN 'mohon informasi' with what is asked THEN a request; a bare 'mohon infonya ya' asks for nothing."""
    from pipeline.extract.sentences import classify
    v = vocab()
    assert classify("Mohon informasi kapan SK kenaikan pangkat saya terbit.", v) == "req"
    assert classify("Mohon infonya ya pak.", v) == "filler"


def test_wrapped_sentence_tail_is_no_heading():
    """GIVEN an opening sentence wrapped so that its last word 'keluhan.' stands on a line of its own
    THEN it heads no section, and the paragraphs below are sorted by their cues."""
    r = read_letter("Dengan hormat,\nSaya Sulastri, guru SDN Kraton 2, dengan ini menyampaikan\nkeluhan.\n\n"
                    "Berkas kenaikan pangkat saya hilang di loket sejak Maret.\n\n"
                    "Akibatnya saya kehilangan kesempatan naik pangkat periode Oktober.\n")
    assert r.found["loss"].value.startswith("Akibatnya")
    assert "heading" not in r.found["service_description"].rule


def test_name_in_the_first_prose_line_after_a_greeting_line():
    """GIVEN a greeting line, then 'sy X guru ..., mau komplain.' THEN X is the name (the greeting leaves a blank)."""
    r = read_letter("slmt pagi bpk/ibu,\nsy Budi Hartono guru SDN Kraton 1, mau komplain.\n\n"
                    "tunjangan sy blm cair 3 bln.\n\nmakasih\nbudi\n")
    assert r.found["name"].value == "Budi Hartono"


def test_cause_clause_then_what_it_did_to_the_writer_is_a_loss():
    """GIVEN 'Karena <cause>, saya tidak bisa ...' THEN a loss; a cause followed by what the writer did is not."""
    from pipeline.extract.sentences import classify
    v = vocab()
    assert classify("Because my file was never verified, I could not register for the exam.", v) == "loss"
    assert classify("Karena ijazah saya belum diverifikasi, saya tidak bisa mendaftar ujian dinas.", v) == "loss"
    assert classify("Karena suami saya pindah tugas, saya mengajukan cuti di luar tanggungan negara.", v) == "desc"


@pytest.mark.parametrize("line,field,value", [
    ("N a m a        : Sutrisno, S.H.", "name", "Sutrisno, S.H."),
    ("A l a m a t    : Jl. Pahlawan No. 3, Bangil", "address", "Jl. Pahlawan No. 3, Bangil"),
    ("T e m p a t   t i n g g a l : Desa Sidowayah", "address", "Desa Sidowayah"),
])
def test_letter_spaced_labels(line, field, value):
    """GIVEN a form that spaces out its label letters THEN the label is read as the word."""
    lab = match_label(line, vocab())
    assert lab is not None and (lab.field, lab.value) == (field, value)


@pytest.mark.parametrize("sentence,want", [
    ("Nama saya tidak tercantum di daftar penerima TPP bulan ini, padahal saya aktif mengajar.", "desc"),
    ("Nama saya sudah diumumkan lulus seleksi PPPK, tetapi NI PPPK saya belum keluar.", "desc"),
    ("Nama saya Sulastri, guru SDN Kraton 2.", "identity"),
    ("nama saya budi, guru sd.", "identity"),
])
def test_nama_saya_introduces_or_tells(sentence, want):
    """GIVEN 'Nama saya' followed by a name THEN an introduction; followed by what happened to it THEN the story."""
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == want


def test_misspelt_address_word_in_prose():
    """GIVEN 'alamt Dsn. ...' in a typo-heavy sentence THEN the address is read."""
    r = read_letter("saya Fadli, staf TU, alamt Dsn. Krajan RT 02 RW 01 Ds. Gading Kec. Gading.\n\n"
                    "sya tidak bsa login ke e-kinerja.\n")
    assert r.found["address"].value.startswith("Dsn. Krajan RT 02 RW 01")


def test_gara_gara_gives_a_cause_mid_sentence_and_a_consequence_at_the_head():
    from pipeline.extract.sentences import classify
    v = vocab()
    assert classify("Saya dapat teguran tertulis gara2 dibilang bolos 3 hari, padahal saya dinas luar.", v,
                    first=True) == "desc"
    assert classify("Gara-gara ini saya tidak bisa ikut seleksi jabatan.", v) == "loss"


def test_announcing_that_x_gives_x_and_an_english_addressee_line_is_no_prose():
    """GIVEN 'Kami ingin menyampaikan bahwa X' THEN X opens the description; GIVEN 'To the complaints team,'
    THEN that line is not part of it."""
    r = read_letter("Dengan hormat,\n\nKami ingin menyampaikan bahwa toilet kantor BKPSDM sudah sebulan dikunci.\n")
    assert r.found["service_description"].value.startswith("toilet kantor")
    r = read_letter("To the complaints team,\n\nMy pension decree has not been issued since June.\n")
    assert r.found["service_description"].value.startswith("My pension decree")


def test_short_closing_name_given_in_full_in_the_opening():
    """GIVEN 'sy bagus wicaksono, pppk ...' and 'nuwun / bagus' THEN the name is the full one as written."""
    r = read_letter("pagi pak\n\nsy bagus wicaksono, pppk teknis di dinas pertanian.\n\nSK sy blm dibagikan.\n\n"
                    "nuwun\nbagus\n")
    assert r.found["name"].value == "bagus wicaksono"


def test_lower_case_honorific_before_a_signed_name():
    """GIVEN 'Regards,\\ndr. Ratih Kusuma' THEN that is the signed name."""
    assert looks_like_name("dr. Ratih Kusuma") and looks_like_name("hj. Siti Romlah")
    r = read_letter("My award was left out of the decree.\n\nRegards,\ndr. Ratih Kusuma\n")
    assert r.closing_name == "dr. Ratih Kusuma" and r.found["signed"].value is True


@pytest.mark.parametrize("sentence,want", [
    ("Saya ingin SK kenaikan pangkat saya segera diterbitkan.", "req"),
    ("Kami hanya ingin data kami di SIASN dibetulkan.", "req"),
    ("Saya mau daftar PPPK tapi berkas saya ditolak sistem.", "desc"),
    ("Saya ingin mengikuti diklat teknis di Surabaya bulan depan.", "desc"),
])
def test_a_wish_that_something_be_done_is_a_request(sentence, want):
    """GIVEN 'saya ingin X di-...' (something to be done) THEN a request; a wish in a story is not."""
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab(), first=True) == want


def test_the_addressees_landline_is_not_the_writers():
    r = read_letter("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\nJl. Raya Raci KM 9 Bangil\nTelp. (0343) 429 009\n\n"
                    "Dengan hormat,\nBerkas karpeg saya belum selesai.\n\nHormat saya,\nSumarni\n")
    assert "phone" not in r.found


@pytest.mark.parametrize("line,field,value", [
    ("Alamat sekarang : Dsn. Krajan RT 1 RW 2", "address", "Dsn. Krajan RT 1 RW 2"),
    ("Nama lengkap & gelar : Budi Santoso, S.E.", "name", "Budi Santoso, S.E."),
    ("HP saya: 0812 1111 2222", "phone", "0812 1111 2222"),
    ("No. WhatsApp : 0812 1111 2222", "phone", "0812 1111 2222"),
])
def test_identity_label_with_a_qualifier_before_the_colon(line, field, value):
    lab = match_label(line, vocab())
    assert lab is not None and (lab.kind, lab.field, lab.value) == ("identity", field, value)


@pytest.mark.parametrize("line,field", [("Hal yang saya alami:", "service_description"),
                                        ("Keinginan saya:", "requested_resolution")])
def test_more_label_family_words(line, field):
    lab = match_label(line, vocab())
    assert lab is not None and lab.field == field


def test_a_sentence_with_a_colon_is_no_qualified_label():
    assert match_label("Nama saya tidak ada di daftar: kenapa?", vocab()) is None


@pytest.mark.parametrize("opening,want", [
    ("Saya, Budi Santoso (NIK 3514010101800001), warga Desa Sumberejo, ingin mengadu.", "Budi Santoso"),
    ("Dengan hormat, saya yang bernama Slamet Riyadi, guru SDN 1 Beji, menyampaikan keluhan.", "Slamet Riyadi"),
])
def test_name_before_a_bracket_or_after_bernama(opening, want):
    r = read_letter(opening + "\n\nSK saya belum terbit.\n")
    assert r.found["name"].value == want and "bernama" not in r.found["service_description"].value


@pytest.mark.parametrize("tail", [
    "Hormat saya,\n\n(tanda tangan)\n\nBudi Santoso",
    "Hormat kami,\nKetua Paguyuban Pensiunan Bangil\n\nBudi Santoso",
    "Tabik,\nBudi Santoso",
    "Many thanks,\nBudi Santoso",
    "Matur sembah nuwun,\nBudi Santoso",
])
def test_more_closings_and_lines_between_closing_and_name(tail):
    """GIVEN other closing words, a '(tanda tangan)' placeholder or the office signed for THEN the name below."""
    r = read_letter("SK saya belum terbit.\n\n" + tail + "\n")
    assert r.closing_name == "Budi Santoso" and r.found["signed"].value is True


@pytest.mark.parametrize("sentence", [
    "This delay means I cannot receive my pension.",
    "Kula dados mboten saged ndaftar PPPK taun niki.",
    "Sy jd gak bs ikut seleksi jabatan.",
])
def test_became_unable_is_a_loss(sentence):
    """GIVEN the writer became unable to get or do something ('cannot receive', 'dados mboten saged', 'jd gak bs')
    THEN a loss."""
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == "loss"


@pytest.mark.parametrize("text,want", [
    ("12-X-2026", date(2026, 10, 12)),
    ("3/XI/2026", date(2026, 11, 3)),
    ("5 XII 2026", date(2026, 12, 5)),
])
def test_roman_month_dates(text, want):
    assert parse_date(text) == want


def test_letterhead_rule_is_not_a_quote_and_head_lines_are_not_prose():
    from pipeline.extract.normalize import split_mail
    text = ("PEMERINTAH DESA SUKOREJO\nJl. Melati No. 3, Desa Sukorejo, Kecamatan Gempol 67155\n"
            "Telp. 0812 4455 6677\n" + "_" * 40 + "\n\nKepada Yth. Kepala BKPSDM\n\nDengan hormat,\n\n"
            "Kami melaporkan bahwa data pegawai desa kami belum diperbarui di SIASN sejak Mei 2026.\n\n"
            "Kami mohon data tersebut segera diperbarui.\n\nSukorejo, 4-XI-2026\nKepala Desa,\n\nttd.\n\nBAMBANG WIJAYA")
    parts = split_mail(text)
    assert "Kami melaporkan" in parts.main
    r = read_letter(parts.main)
    assert r.found["place"].value == "Sukorejo" and r.found["date"].value == "2026-11-04"
    assert "PEMERINTAH" not in r.found["service_description"].value
    assert split_mail("Oke pak.\n" + "_" * 32 + "\nFrom: X <x@example.org>\nSent: Monday\n\nlama").main == "Oke pak."


@pytest.mark.parametrize("line,place", [
    ("gempol, tgl 5-11-26", "gempol"),
    ("Tempat, tanggal: Prigen, 2 November 2026", "Prigen"),
    ("Place and date: Bangil, 2 November 2026", "Bangil"),
])
def test_lower_case_or_labelled_place_date_line(line, place):
    r = read_letter("Dengan hormat,\n\nSaya melaporkan SK saya belum terbit.\n\n" + line + "\n\nHormat saya,\nBudi")
    assert r.found["place"].value == place


@pytest.mark.parametrize("line", ["kemarin, 3-11-2026", "sejak, 3-11-2026"])
def test_lower_case_time_word_is_no_place(line):
    assert not (place_date(line) or (None,))[0]


def test_paragraphs_glued_by_a_converter_are_parted():
    from pipeline.extract.normalize import clean
    assert clean("Bangil, 16 November 2026Hormat saya,") == "Bangil, 16 November 2026\nHormat saya,"
    assert clean("Dengan hormat,Saya yang bertanda") == "Dengan hormat,\nSaya yang bertanda"


@pytest.mark.parametrize("sentence", [
    "Saya sudah terlanjur menyetor Rp 750.000 kepada oknum itu dan sampai sekarang SK belum ada.",
    "Pramila kula taksih kedah nyambut damel saben dinten, padahal griya kula tebih.",
    "Dengan keputusan itu gaji saya berkurang sejak September.",
    "Tanpa surat tersebut saya tidak memenuhi syarat untuk mendaftar seleksi jabatan.",
    "Kalau tidak segera diproses, kenaikan pangkat kami bisa tertunda satu periode lagi.",
])
def test_implicit_consequence_is_a_loss(sentence):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == "loss"


@pytest.mark.parametrize("sentence", [
    # what the officer said is the service's answer, not the writer's burden
    "Sudah dua bulan saya menunggu, tetapi petugas bilang data tidak bisa diubah dan saya harus mengulang dari awal.",
    # a kind of leave is a service, not an illness suffered
    "Saya mau menyampaikan bahwa cuti sakit saya sudah diajukan tetapi belum divalidasi.",
    "Dengan ini saya menyampaikan bahwa SK kenaikan pangkat saya belum terbit sampai sekarang.",
])
def test_a_described_service_is_not_a_loss(sentence):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) != "loss"


def test_run_on_mail_is_cut_where_the_writer_becomes_the_subject():
    r = read_letter("ada orang yg ngaku dari kantor minta uang 20 juta ke guru honorer di desa kami katanya bisa "
                    "jamin lolos seleksi uangnya dikirim ke rekening pribadi kakak sy sdh terlanjur kirim 10 juta "
                    "dan skrg nomornya tdk aktif\n\ntolong diusut biar tdk ada korban lagi")
    assert r.found["loss"].value.startswith("kakak sy sdh terlanjur")
    assert r.found["service_description"].value.startswith("ada orang")


@pytest.mark.parametrize("line,field", [
    ("C. YANG KAMI INGINKAN", "requested_resolution"),
    ("II. Dampak bagi keluarga", "loss"),
    ("HARAPAN KAMI", "requested_resolution"),
])
def test_capital_or_lettered_heading_without_colon(line, field):
    lab = match_label(line, vocab())
    assert lab is not None and lab.field == field and not lab.value


@pytest.mark.parametrize("line", ["MOHON SEGERA DIPROSES", "SURAT PENGADUAN", "A. Mohon data saya diperbaiki"])
def test_a_capital_request_or_title_heads_nothing(line):
    lab = match_label(line, vocab())
    assert lab is None or lab.field != "requested_resolution" or lab.value


def test_chronology_section_running_into_consequence_and_request():
    text = ("Dengan hormat,\n\nYang bertanda tangan di bawah ini, saya Rudi Hartono, guru pada SDN Wonorejo 2, "
            "bertempat tinggal di Dusun Krajan RT 01 RW 02, Desa Wonorejo, Kecamatan Wonorejo, nomor telepon "
            "0812 1111 2222, menyampaikan pengaduan sebagai berikut.\n"
            "Berkas kenaikan pangkat saya sudah lengkap dan diunggah ke SIASN pada bulan Maret 2026 melalui "
            "operator dinas. Namun sampai sekarang statusnya masih menunggu verifikasi tanpa penjelasan.\n"
            "Kronologi:\n1. Maret 2026: berkas diunggah.\n2. Juni 2026: operator menanyakan, belum ada jawaban.\n"
            "Akibatnya kenaikan pangkat saya tertunda satu periode dan saya kehilangan selisih gaji.\n"
            "Sehubungan dengan itu, saya mohon berkas saya segera diverifikasi.\n"
            "Wonorejo, 2 November 2026\nHormat saya,\nRudi Hartono")
    r = read_letter(text, line_sentences=False)
    assert r.found["loss"].value.startswith("Akibatnya")
    assert "saya mohon" in r.found["requested_resolution"].value
    desc = r.found["service_description"].value
    assert "Berkas kenaikan pangkat" in desc and "1. Maret 2026" in desc and "bertanda tangan" not in desc


@pytest.mark.parametrize("text,code", [
    ('Petugas meminta "uang administrasi" Rp 200.000 per berkas kenaikan pangkat.', "sekretariat"),
    ("Saya sudah berkali-kali menelepon nomor layanan kantor untuk bertanya soal kenaikan pangkat.", "sekretariat"),
    ("Berkas usul pensiun saya yang saya serahkan di loket penerimaan berkas hilang, padahal ada tanda terimanya.",
     "sekretariat"),
    ("Saya dicopot dari jabatan Kepala Subbagian tanpa alasan dan ingin dikembalikan ke jabatan semula, "
     "bukan pensiun dini.", "mutasi"),
    # a price for passing a selection, and the broker who asks it: illegal fees whatever service is named
    ("Seseorang menjanjikan kami lulus seleksi PPPK dengan imbalan Rp 10.000.000 per orang.", "sekretariat"),
    ("Ada calo yang menjanjikan formasi CPNS kepada calon peserta.", "sekretariat"),
    ("Saya calon peserta seleksi PPPK tetapi nama saya tidak ada di pengumuman formasi.", "pengadaan"),
])
def test_routing_service_line_counter_quoted_fee_and_post_removal(text, code):
    assert route(text, DEFAULT_DIVISIONS).code == code


def test_a_wrapped_line_starting_with_di_is_not_an_addressee():
    text = ("Dengan hormat,\n\nHari Senin saya datang ke kantor BKPSDM untuk mengambil legalisir, dan petugas\n"
            "di meja depan sama sekali tidak menanggapi saya karena sibuk bermain HP sepanjang\n"
            "pagi itu.\n\nMohon petugas tersebut dibina.\n\nBangil, 2 November 2026\nHormat saya,\nSiti")
    assert "di meja depan" in read_letter(text).found["service_description"].value


def test_bilingual_closing_is_a_closing():
    r = read_letter("Dear Sir,\n\nMy leave request has not been answered.\n\nBangil, 2 November 2026\n\n"
                    "Kind regards / Salam hormat,\nDewi Lestari\nGuru SDN Bangil 3")
    assert r.found["signed"].value is True and r.closing_name == "Dewi Lestari"


@pytest.mark.parametrize("text,want", [
    ("Perkenalkan, saya Moh. Rizal Fahmi, guru SMPN 2 Grati, mengadukan SK saya.", "Moh. Rizal Fahmi"),
    ("My name is Sekar Ayu Lestari. My mother has not received her pension since June.", "Sekar Ayu Lestari"),
    ("sy mau komplain sk sy blm turun. nama sy budi dwi santoso nip 199001012020121001 makasih", "budi dwi santoso"),
    ("selamat mlm\n\nnama sya Rina Kartika, guru PNS SDN 1 Puspo.", "Rina Kartika"),     # "saya" typed short
    ("Selamat siang. Nama saia Hendra Wijaya dari Desa Ngempit.", "Hendra Wijaya"),
])
def test_names_in_prose_end_at_the_sentence_and_may_be_lower_case(text, want):
    assert read_letter(text).found["name"].value == want


def test_addressee_pair_ends_a_sentence():
    from pipeline.extract.sentences import sentences
    assert sentences("Kula nyuwun tulung Bapak/Ibu. Permohonan cuti kula dereng wonten kabar.") == [
        "Kula nyuwun tulung Bapak/Ibu.", "Permohonan cuti kula dereng wonten kabar."]


def test_landline_written_with_a_spaced_dash():
    from pipeline.extract.contact import find_contact_phone
    assert find_contact_phone("Hormat saya,\nBudi\nTelp. 0343 - 421 578")[0] == "0343421578"


@pytest.mark.parametrize("line", ["KAMI SANGAT DIRUGIKAN", "SAYA MOHON DIPROSES"])
def test_a_capital_sentence_opening_with_the_writer_is_no_heading(line):
    assert match_label(line, vocab()) is None


def test_anaphoric_opening_alone_is_no_loss():
    from pipeline.extract.sentences import classify
    assert classify("Dengan bukti itu saya sudah mengajukan keberatan ke dinas.", vocab()) != "loss"


@pytest.mark.parametrize("closing", ["Yang melaporkan,", "Yang menyampaikan keluhan,", "Yang mengadu,", "Yang bermohon"])
def test_a_role_closing_above_the_name_signs(closing):
    r = read_letter(f"Surat keterangan cuti saya belum terbit sejak Mei.\n\nGempol, 4 Juni 2026\n{closing}\n\n\nRini Astuti")
    assert r.found["signed"].value is True and r.closing_name == "Rini Astuti"


def test_a_greeting_in_yang_is_no_closing():
    r = read_letter("Yang terhormat,\nKepala BKPSDM\n\nSurat keterangan cuti saya belum terbit sejak Mei.")
    assert r.found["signed"].value is False


@pytest.mark.parametrize("text,want", [
    ("Saya Rina Kartika Sari, penyuluh KB di Kecamatan Lekok, ingin mengadukan tunjangan saya.", "Rina Kartika Sari"),
    ("Selamat pagi. Saya Hendra Wijaya, juru kunci SDN Kraton, mau melapor soal gaji.", "Hendra Wijaya"),
])
def test_a_name_in_apposition_before_a_lower_case_role(text, want):
    assert read_letter(text).found["name"].value == want


def test_a_title_case_sentence_is_no_name_in_apposition():
    assert "name" not in read_letter("Saya Sudah Mengirim Berkas, tetapi belum ada jawaban dari kantor.").found


@pytest.mark.parametrize("text", ["Domisili saya di Perum Bumi Asri Blok C-2 No. 5, Desa Kejapanan, Kecamatan Gempol.",
                                  "Tempat tinggal kami di Dusun Krajan RT 02 RW 01, Desa Ngembal, Kecamatan Tutur."])
def test_an_address_noun_with_its_owner_opens_an_address(text):
    assert read_letter("Gaji saya belum dibayar sejak Mei. " + text).found["address"].value.split()[0] in ("Perum", "Dusun")


_BARE_HEADED = ("Pokok masalah\nSK pensiun ayah saya belum terbit padahal berkas lengkap sejak Januari.\n\n"
                "Kerugian\nUang pensiun ayah belum dibayar lima bulan.\n\n{third}\n{body}\n\nHormat saya,\nDewi Lestari")


def test_a_bare_heading_among_bare_headings_heads_its_part():
    r = read_letter(_BARE_HEADED.format(third="Langkah yang kami harapkan",
                                        body="SK pensiun ayah segera diterbitkan dan uangnya dibayar."))
    assert r.found["requested_resolution"].value.startswith("SK pensiun ayah segera")
    assert "Langkah" not in r.found["loss"].value


def test_a_short_line_mid_word_family_is_no_heading():
    r = read_letter(_BARE_HEADED.format(third="Sampai sekarang belum ada solusi",
                                        body="Petugas hanya meminta kami menunggu."))
    assert "requested_resolution" not in r.found


@pytest.mark.parametrize("sentence", [
    "Kekosongan informasi ini membuat saya tidak dapat mendaftar ulang.",
    "Sejak kejadian itu saya jadi takut mengantar berkas sendiri ke kantor.",
])
def test_a_caused_or_fearful_writer_is_a_loss(sentence):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == "loss"


def test_a_cause_that_only_moved_the_writer_to_act_is_no_loss():
    from pipeline.extract.sentences import classify
    assert classify("Hal tersebut membuat saya menanyakan lagi ke bagian umum.", vocab()) != "loss"


def test_a_leadership_training_by_its_short_name_routes_to_competence():
    got = route("Saya batal mengikuti PKA angkatan III karena nama saya diganti pegawai lain tanpa alasan.",
                DEFAULT_DIVISIONS)
    assert got.code == "kompetensi"


def test_an_all_caps_clause_is_no_name_but_an_all_caps_name_is():
    """In a letter typed in capitals every word is capitalised: the words of a clause
    (wanting, reporting, affixed verbs) keep a sentence from passing as a name."""
    assert not looks_like_name("BERMAKSUD MENYAMPAIKAN KELUHAN")
    assert not looks_like_name("INGIN MENGADUKAN PETUGAS LOKET")
    assert looks_like_name("SITI AMINAH")
    assert looks_like_name("Berliani Putri")
    reading = read_letter("SAYA INGIN MENGADUKAN PETUGAS LOKET YANG MEMINTA UANG TAMBAHAN. "
                          "MOHON DITINDAK.\n\nTERIMA KASIH")
    assert "name" not in reading.found


def _fuzzy_equal_full_table(a: str, b: str) -> bool:
    """fuzzy_equal as first written: the whole edit-distance table, for the banded one to agree with."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    limit = 2 if min(la, lb) >= 9 else 1
    if a[:1] != b[:1] or min(la, lb) < 3 or max(la, lb) < 4 or abs(la - lb) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[lb] <= limit


def test_fuzzy_equal_banded_agrees_with_the_full_table():
    """The letter-count shortcut and the band of the table change speed, never the answer."""
    import itertools
    import random

    from pipeline.extract.lines import fuzzy_equal
    words = ["".join(p) for n in range(6) for p in itertools.product("abc", repeat=n)]
    for a in words:
        for b in words:
            if a[:1] == b[:1] and abs(len(a) - len(b)) <= 2:
                assert fuzzy_equal(a, b) == _fuzzy_equal_full_table(a, b), (a, b)
    rnd = random.Random(7)
    letters = "aabdeiklmnorstu "
    for _ in range(3000):
        w = "".join(rnd.choice(letters) for _ in range(rnd.randint(3, 14)))
        t = list(w)
        for _ in range(rnd.randint(1, 3)):
            k = rnd.randrange(len(t))
            op = rnd.randrange(4)
            if op == 0:
                t[k] = rnd.choice(letters)
            elif op == 1:
                t.insert(k, rnd.choice(letters))
            elif op == 2 and len(t) > 1:
                del t[k]
            elif k + 1 < len(t):
                t[k], t[k + 1] = t[k + 1], t[k]
        t = "".join(t)
        assert fuzzy_equal(w, t) == _fuzzy_equal_full_table(w, t), (w, t)
        assert fuzzy_equal(t, w) == _fuzzy_equal_full_table(t, w), (t, w)
    assert fuzzy_equal("alamt", "alamat") and fuzzy_equal("kerugain", "kerugian")
    assert not fuzzy_equal("budi santoso", "best regards")


def test_word_alternation_as_a_trie_matches_as_the_plain_one_longest_first():
    """vocab._alt writes the cue lists as tries for speed; every match, span and group stays the one of
    the plain alternation of the words longest first, whatever follows it in the pattern."""
    import random
    import re

    from pipeline.extract.vocab import _alt

    def plain(words):
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    rnd = random.Random(11)
    shapes = [r"(?<![\w])(?:{})(?![\w])", r"^({})(?![\w])", r"(?:{})b", r"(?:(?:{})\s*,?\s*)*(?:{})c",
              r"({})(?:{})", r"(?:{})(?!\s*a)"]
    for _ in range(400):
        words = {"".join(rnd.choice("ab -") for _ in range(rnd.randint(0, 5))) for _ in range(rnd.randint(1, 8))}
        more = {"".join(rnd.choice("abc") for _ in range(rnd.randint(1, 4))) for _ in range(3)}
        for shape in shapes:
            n = shape.count("{}")
            lists = [words, more][:n]
            got = re.compile(shape.format(*(_alt(w) for w in lists)), re.IGNORECASE)
            want = re.compile(shape.format(*(plain(w) for w in lists)), re.IGNORECASE)
            for _ in range(20):
                text = "".join(rnd.choice("abcAB -,x") for _ in range(rnd.randint(0, 14)))
                assert [(m.span(), m.groups()) for m in got.finditer(text)] == \
                    [(m.span(), m.groups()) for m in want.finditer(text)], (words, shape, text)
    assert _alt(["di", "dari", "dalam"]) == "d(?:a(?:lam|ri)|i)"
    assert _alt(["Nama", "nama saya"]) == plain(["Nama", "nama saya"])   # not lower-case ASCII: left plain


def test_cue_lists_skip_only_searches_that_cannot_match():
    """vocab.CueRx skips a cue list's scan when no word of the text begins a cue: on text made of cue words,
    parts of them and neighbours glued on, every method answers as the plain regex does."""
    import random

    from pipeline.extract.vocab import CueRx

    v = vocab()
    cue_rxs = {name: rx for name in v.__dataclass_fields__ if isinstance(rx := getattr(v, name), CueRx)}
    assert {"loss_strong_rx", "filler_rx", "family_rx", "loss_not_received_rx", "request_mid_rx"} <= set(cue_rxs)
    import tomllib

    from pipeline.extract.vocab import VOCAB_FILE
    data = tomllib.loads(VOCAB_FILE.read_text(encoding="utf-8"))
    phrases = {w for ws in list(data["cues"].values()) + list(data["label_families"].values())
               + list(data["address"].values()) for w in ws}
    phrases |= {"saya mohon agar", "kami sangat berharap", "i kindly ask", "we would like to request that",
                "sy mohon maaf", "i hope", "saya harap"}
    pool = sorted({w for rx in cue_rxs.values() for need in rx.needs for w in need} | phrases
                  | {"saya", "tidak", "gaji", "belum", "x", "nya", "i", "we", "that", "agar", "sangat", "segera"})
    rnd = random.Random(5)
    matched = twin_matched = 0
    for _ in range(3000):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            w = rnd.choice(pool)
            if rnd.random() < 0.2:
                w = w[:rnd.randint(1, len(w))]          # part of a word
            if rnd.random() < 0.15:
                w = rnd.choice(["", "x", "2", "_"]) + w + rnd.choice(["", "k", "9"])   # glued to a neighbour
            parts.append(w + rnd.choice([" ", " ", ", ", ". ", "-", "'", " — "]))
        text = "".join(parts)
        for rx in cue_rxs.values():
            m, want = rx.search(text), rx.rx.search(text)
            assert (m and (m.span(), m.lastgroup)) == (want and (want.span(), want.lastgroup)), (rx.rx.pattern, text)
            assert rx.findall(text) == rx.rx.findall(text)
            assert [x.span() for x in rx.finditer(text)] == [x.span() for x in rx.rx.finditer(text)]
            assert rx.sub("#", text) == rx.rx.sub("#", text)
            matched += want is not None
        low = text.lower()
        if low.isascii() and low.islower():   # the lower-case twins of the case-blind address lists
            for twin, blind in ((v.address_prose_lower, v.address_prose_rx), (v.address_marker_lower,
                                                                              v.address_marker_rx)):
                m, want = twin.search(low), blind.search(low)
                assert (m and m.span()) == (want and want.span()), (blind.pattern, low)
                twin_matched += want is not None
    assert matched > 1000 and twin_matched > 100


@pytest.mark.parametrize("line,want", [
    ("Demikian keluhan saya. Rejoso, 25 September 2026.", "Rejoso"),
    ("Kab. Pasuruan, 3 November 2026", "Kab. Pasuruan"),
])
def test_place_is_the_last_sentence_s_not_the_words_before_it(line, want):
    assert place_date(line)[0] == want


def test_a_phone_grouped_with_middle_dots():
    from pipeline.extract.normalize import clean
    r = read_letter(clean("Nama : Wiwik Indrawati\nTelp : 0877\u00b70123\u00b76655\n\nIsi pengaduan.\n"))
    assert r.found["phone"].value == "087701236655"


# ---- blind set 14: mechanisms, in our own wording
def test_a_date_line_without_its_year_takes_the_sending_year():
    """GIVEN a place, a comma and a date without year THEN the year is the one the mail was sent in
    (the year before when that would put the letter after the mail), and nothing without the sending date."""
    assert place_date("Gempol, 3 Maret", date(2026, 3, 5)) == ("Gempol", date(2026, 3, 3))
    assert place_date("Bangil, tgl 28 bulan 12", date(2027, 1, 2)) == ("Bangil", date(2026, 12, 28))
    assert place_date("Gempol, 3 Maret") is None
    assert place_date("Sejak 3 Maret", date(2026, 3, 5)) is None   # no comma: no place-and-date line


def test_a_misspelt_head_word_outweighs_a_family_word_later_in_the_label():
    """GIVEN "Kerugan yang kami alami :" (the loss head word misspelt, "alami" of the story further on)
    THEN a loss heading."""
    lab = match_label("Kerugan yang kami alami :", vocab())
    assert (lab.kind, lab.field) == ("section", "loss")


def test_a_lower_case_writer_names_themselves_before_a_role():
    r = read_letter("slmt siang. sy budi hartono, pns dinas pendidikan, mau lapor soal gaji yg blm cair.")
    assert r.found["name"].value == "budi hartono"


def test_thanks_ending_the_last_paragraph_over_a_first_name_sign_it():
    r = read_letter("sy rina, guru sdn 1. berkas sy blm diproses sejak juni. mohon dibantu. trims sebelumnya\nrina")
    assert r.found["signed"].value is True
    assert "berkas sy blm diproses" in r.found["service_description"].value


@pytest.mark.parametrize("text", [
    "Saya Wulan, griya (omah) saya di Dusun Mojo RT 2 RW 3 Desa Kepulungan Kecamatan Gempol.",
    "Maaf, alamat saya kemarin belum ada. Alamat lengkap saya: Jl. Anggrek 5, Desa Karangrejo, Kec. Gempol.",
])
def test_an_address_phrase_with_a_gloss_or_lengkap_in_running_text(text):
    r = read_letter(text)
    assert r.found["address"].value.split()[0] in ("Dusun", "Jl.")


def test_a_consequence_told_just_before_the_request_in_a_story_section_is_the_loss():
    r = read_letter("Uraian pengaduan:\nBulan Mei saya mengurus kenaikan pangkat di BKPSDM dan petugas menyatakan "
                    "berkas lengkap. Karena khawatir, saya membayar Rp 250.000 kepada petugas namun SK saya tetap "
                    "belum terbit. Saya mohon SK kenaikan pangkat saya segera diterbitkan.\n")
    assert r.found["loss"].value.startswith("Karena khawatir")
    assert r.found["service_description"].value.startswith("Bulan Mei")
    assert r.found["requested_resolution"].value.startswith("Saya mohon")


@pytest.mark.parametrize("text,code", [
    ("Petugas bilang SK cepat jadi asalkan saya kasih uang kopi dulu.", "sekretariat"),
    ("Katanya berkas bisa diproses asal saya menyerahkan ijazah asli untuk pencantuman gelar.", "kompetensi"),
])
def test_a_fee_as_the_condition_of_a_service_is_an_illegal_fee(text, code):
    assert route(text, DEFAULT_DIVISIONS).code == code


def test_a_form_s_unfilled_dotted_fields_give_nothing_and_its_attachments_heading_ends_the_request():
    r = read_letter("Nama : Sari\nAlamat : ..............................\n"
                    "8. Kerugian yang diderita:\n....................................\n.....................\n"
                    "9. Permintaan penyelesaian:\nMohon berkas saya diproses.\n"
                    "10. Dokumen pendukung (bila ada):\nFotokopi tanda terima\n")
    assert "address" not in r.found and "loss" not in r.found
    assert r.found["requested_resolution"].value == "Mohon berkas saya diproses."


# ---- blind set 13 (scans): mechanisms, in our own wording
@pytest.mark.parametrize("text,want", [
    (".1/4. Maret 2026", date(2026, 3, 14)),     # a day written by hand into "...... Maret 2026"
    ("..9.. Juni 2026", date(2026, 6, 9)),
    ("1 4 Maret 2026", date(2026, 3, 14)),
])
def test_a_handwritten_day_read_with_specks(text, want):
    assert parse_date(text) == want


@pytest.mark.parametrize("line", ["2. Pelayanan yang tidak sesuai standar pelayanan", "b. Layanan yang tidak sesuai:",
                                  "I. PELAYANAN YANG TIDAK SESUAI DENGAN STANDAR"])
def test_the_procedure_s_own_words_head_the_story(line):
    lab = match_label(line, vocab())
    assert (lab.kind, lab.field) == ("section", "service_description")


@pytest.mark.parametrize("text,code", [
    ("Para guru yang ingin pindah diminta menyetorkan uang Rp 5.000.000 kepada oknum.", "sekretariat"),
    ("Petugas loket meminta syarat tambahan yang tidak ada di papan informasi untuk legalisir SK pensiun.",
     "sekretariat"),
    ("Saya harus membayar biaya transportasi dua kali untuk mengurus SK pensiun ke Taspen.", "pengadaan"),
    # said of the one who asks, with words between; and money taken without a receipt
    ("Saat mendaftar bimtek, panitia meminta setiap peserta menyetor uang kontribusi Rp 250.000.", "sekretariat"),
    ("Untuk ikut diklat PIM kami ditarik iuran Rp 100.000 tanpa kuitansi oleh panitia.", "sekretariat"),
    ("Saya membayar biaya kuliah izin belajar sendiri dan ada kuitansinya, tetapi izin belum terbit.", "kompetensi"),
])
def test_fees_demanded_and_unpublished_counter_requirements_go_to_the_secretariat(text, code):
    assert route(text, DEFAULT_DIVISIONS).code == code


def test_page_images_attached_one_by_one_are_one_letter():
    from pipeline.parse.document import Document
    from pipeline.parse.email import _pages_joined
    pages = [Document(source="image", text="Nama : Budi\n", ocr=True, pages=1, signature_mark=None),
             Document(source="image", text="Hormat saya,\nBudi\n", ocr=True, pages=1, signature_mark=True),
             Document(source="pdf", text="lampiran", pages=1)]
    joined = _pages_joined(pages)
    assert [d.source for d in joined] == ["image", "pdf"]
    assert joined[0].text.index("Nama") < joined[0].text.index("Hormat") and joined[0].pages == 2
    assert joined[0].signature_mark is True


# ---- blind set 16: mechanisms, in our own wording
@pytest.mark.parametrize("sentence", [
    "Berkenaan dengan hal itu, dimohon kiranya data kepegawaian saya dapat diperbaiki.",
    "Oleh sebab itu dimohon agar SK pensiun saya segera diterbitkan.",
])
def test_the_bureaucratic_passive_asks(sentence):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == "req"


def test_a_request_told_as_what_happened_is_story():
    from pipeline.extract.sentences import classify
    assert classify("Ketika saya meminta agar berkas diperiksa ulang, petugas hanya diam saja.", vocab()) != "req"


@pytest.mark.parametrize("sentence", [
    "Sudah tiga bulan ini kulo ndak terima gaji.",
    "Menunggu tiga jam berdiri membuat ibu saya pusing dan hampir pingsan.",
])
def test_javanese_negation_and_the_body_s_toll_are_losses(sentence):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == "loss"


def test_a_loss_in_its_own_paragraph_leaves_loss_like_story_sentences_to_the_story():
    r = read_letter("Pada 3 Mei saya mengurus legalisir di BKPSDM. Lift rusak sehingga ibu saya harus naik tangga "
                    "ke lantai tiga.\n\nIbu saya kelelahan dan sempat pingsan setelah kejadian itu.\n\n"
                    "Saya mohon lift segera diperbaiki.\n")
    assert r.found["loss"].value.startswith("Ibu saya kelelahan")
    assert "sehingga ibu saya harus naik tangga" in r.found["service_description"].value


def test_a_javanese_weekday_in_the_date_line():
    assert place_date("Grati, Kemis 3 Desember 2026") == ("Grati", date(2026, 12, 3))


def test_a_kinship_term_is_no_part_of_the_name():
    from pipeline.extract.lines import clean_name
    assert clean_name("Eyang Sastro Wiyono") == "Sastro Wiyono"
    assert clean_name("Mbah") == "Mbah"


@pytest.mark.parametrize("text,code", [
    ("Saya mengurus SK kenaikan pangkat, tetapi petugas loket membentak saya di depan orang banyak.", "sekretariat"),
    ("Waktu mengambil Karpeg, petugas njaluk duwit Rp 50.000 dulu.", "sekretariat"),
    ("Saya sudah empat kali datang dan selalu dilempar dari ruangan ke ruangan soal SK kenaikan pangkat.", "mutasi"),
])
def test_staff_conduct_goes_to_the_secretariat_whatever_the_service(text, code):
    assert route(text, DEFAULT_DIVISIONS).code == code


# ---- blind set 15 (scans): mechanisms, in our own wording
@pytest.mark.parametrize("text,want", [
    ("dua puluh Oktober 2026", date(2026, 10, 20)), ("tujuh belas Agustus 2026", date(2026, 8, 17)),
    ("tiga puluh satu Desember 2026", date(2026, 12, 31)), ("sebelas Mei 2026", date(2026, 5, 11)),
])
def test_a_day_in_words(text, want):
    assert parse_date(text) == want


def test_ocr_rules_around_identity_values_are_dropped():
    """A table's rule or a doubled colon read by OCR is no part of the value."""
    r = read_letter("Nama : | Rizky Pratama\nAlamat : : Jl. Anggrek 21, Desa Legok, Kecamatan Gempol\n")
    assert r.found["name"].value == "Rizky Pratama"
    assert r.found["address"].value.startswith("Jl. Anggrek")


def test_a_form_s_signature_box_closes_the_letter():
    r = read_letter("Saya mohon berkas saya diproses.\n\nPasuruan, 3-11-2026\nTanda tangan pengadu,\n\nAndi Firmansyah\n")
    assert r.found["signed"].value is True


def test_a_phone_whose_label_colon_ocr_read_as_a_one():
    r = read_letter("Nama : Siti\nNo. HP   10815 1046 3378\n")
    assert r.found["phone"].value == "081510463378"


# ---- blind set 17 ("Pasuruan's own voice"): mechanisms, in our own wording
def test_a_phone_channel_named_in_a_loss_sentence_is_no_self_introduction():
    """"telepon" opens contact lines ("Telepon: 0343 ..."), but here it names how the writer tried to ask."""
    s = ("Karena telepon kantor tidak pernah dijawab, saya yang sudah tua terpaksa naik bus dua kali ke Raci, "
         "ongkosnya Rp 80.000 pulang pergi.")
    assert classify(s, vocab()) == "loss"
    assert classify("Telepon rumah saya (0343) 412 908.", vocab()) == "identity"


def test_going_home_without_being_served_is_a_loss():
    s = "Saya menunggu dari jam delapan sampai jam dua belas dan akhirnya pulang tanpa dilayani sama sekali."
    assert classify(s, vocab()) == "loss"


@pytest.mark.parametrize("closing", ["Mator sakalangkong,", "Sakalangkong,"])
def test_madurese_thanks_close_the_letter(closing):
    r = read_letter(f"Mohon SK saya segera diterbitkan.\n\nBangil, 2 Desember 2026\n\n{closing}\nAbd. Rahman\n")
    assert r.found["signed"].value is True


@pytest.mark.parametrize("sentence", [
    "Bisakah usulan kenaikan pangkat saya diperiksa ulang sebelum akhir bulan ini?",
    "Apakah dapat berkas cuti saya diproses minggu ini, karena keberangkatan saya sudah dekat?",
])
def test_a_request_put_as_a_question(sentence):
    assert classify(sentence, vocab()) == "req"


def test_a_question_in_the_story_without_an_asked_action_is_no_request():
    assert classify("Apakah bisa seperti itu, Pak?", vocab()) != "req"


def test_nik_after_a_colon_aligned_with_spaces_and_grouped_with_dots():
    assert find_nik("NIK        :  3514.02.281180.0007")[0] == "3514022811800007"


def test_a_unit_label_ends_the_identity_block_and_orientation_is_training():
    r = read_letter("Nama    : Dewi Lestari\nAlamat  : Desa Karangsentul, Kecamatan Gondangwetan\n"
                    "Unit    : PPPK Tenaga Kesehatan, Puskesmas Gondangwetan\n\n"
                    "Saya PPPK angkatan 2026 tetapi belum dipanggil mengikuti orientasi, padahal rekan satu angkatan "
                    "sudah selesai semua.\n")
    assert not r.found["service_description"].value.startswith("Unit")
    assert route("Saya belum dipanggil mengikuti pelatihan orientasi PPPK gelombang kedua.",
                 DEFAULT_DIVISIONS).code == "kompetensi"


def test_a_title_over_the_letter_is_not_its_story():
    """GIVEN a letter headed by a title that starts with a section word ("PENGADUAN ...") right above
    the addressee WHEN read THEN the story is the one under the letter's own heading."""
    r = read_letter("PENGADUAN AKSESIBILITAS LAYANAN\nKepada Yth. Kepala BKPSDM Kabupaten Pasuruan\n"
                    "Nama : Yoga Adi Saputra\nPermasalahan\n"
                    "Saya tidak dapat masuk ke ruang layanan karena tidak ada jalur landai.\n"
                    "Permintaan\nSaya meminta BKPSDM menyediakan jalur landai.\nHormat saya,\nYoga Adi Saputra")
    assert r.found["service_description"].value.startswith("Saya tidak dapat masuk")


# ---- blind set 19: mechanisms, in our own wording
def test_points_of_a_numbered_list_are_read_without_their_numbers():
    """GIVEN a letter told as "1. ... 2. ... 3. ..." without labels, the first point opening with a title
    ("Ns.") WHEN read THEN the loss point is the loss, the request point the request, no number in either."""
    r = read_letter("Dengan hormat,\n\n"
                    "1. Saya Ns. Rina Kartika, perawat di Puskesmas Grati, HP 0812-3456-7788.\n"
                    "2. Usul pencantuman gelar saya sudah diajukan Maret 2026 dan belum diproses.\n"
                    "3. Karena gelar belum dicantumkan, saya tidak bisa ikut seleksi jabatan fungsional.\n"
                    "4. Saya mohon usul saya segera diproses.\n\nHormat saya,\nNs. Rina Kartika")
    assert r.found["loss"].value == "Karena gelar belum dicantumkan, saya tidak bisa ikut seleksi jabatan fungsional."
    assert r.found["requested_resolution"].value == "Saya mohon usul saya segera diproses."
    assert r.found["service_description"].value.startswith("Usul pencantuman gelar")


def test_a_sentence_that_names_its_loss_without_a_colon_is_the_loss():
    from pipeline.extract.sentences import classify
    assert classify("Kerugiannya tunjangan saya dua bulan belum terbayar.", vocab()) == "loss"
    assert classify("Kerugian yang saya alami adalah ongkos bolak-balik ke kantor.", vocab()) == "loss"


def test_an_image_placeholder_between_the_closing_and_the_name_is_not_text():
    from pipeline.extract.normalize import split_mail
    main = split_mail("Isi surat.\n\nHormat saya,\n[cid:ttd_budi.png]\nBudi Santoso\n[image: logo.png]").main
    assert main.endswith("Hormat saya,\nBudi Santoso")


@pytest.mark.parametrize("line,want", [
    ("Perum Griya Asri Blok C-7, Desa Ledug, budi@example.com", "Perum Griya Asri Blok C-7, Desa Ledug"),
    ("Dsn. Krajan RT 02 RW 05 Ds. Sumberejo    Telp. 0343-612345", "Dsn. Krajan RT 02 RW 05 Ds. Sumberejo"),
    ("Dsn. Krajan RT 02 RW 05 Ds. Sumberejo 0812 3456 7788", "Dsn. Krajan RT 02 RW 05 Ds. Sumberejo"),
    ("Jl. Melati No. 4 RT 01 RW 03 Kel. Bugul", "Jl. Melati No. 4 RT 01 RW 03 Kel. Bugul"),
])
def test_a_letterhead_s_second_column_is_cut_off_the_address_line(line, want):
    from pipeline.extract.identity import without_glued_contact
    assert without_glued_contact(line) == want


def test_an_address_in_a_two_column_letterhead_read_row_by_row():
    r = read_letter("Budi Santoso, S.T.                      Telp. 0811-3409-5522\n"
                    "Perum Griya Asri Blok C-7, Desa Ledug,  budi@example.com\n"
                    "Kec. Prigen, Kab. Pasuruan\n\nYth. Kepala BKPSDM\n\nDengan hormat,\n"
                    "Usul kenaikan pangkat saya dikembalikan tanpa alasan yang jelas.\n\nHormat saya,\nBudi Santoso")
    assert r.found["address"].value == "Perum Griya Asri Blok C-7, Desa Ledug, Kec. Prigen, Kab. Pasuruan"


def test_a_chance_given_by_the_rules_is_no_loss_and_a_chance_withheld_is():
    from pipeline.extract.sentences import classify
    v = vocab()
    assert classify("Sepengetahuan saya, ketentuan memberi kesempatan bagi PNS untuk pindah mengikuti suami.",
                    v) == "desc"
    assert classify("Saya kehilangan kesempatan mengikuti seleksi jabatan tahun ini.", v) == "loss"


def test_the_name_introduced_without_its_degrees_takes_them_from_the_signature():
    r = read_letter("Dengan hormat,\nSaya, Kusnadi, S.H:, PNS pada Kantor Kecamatan Kejayan, menyampaikan pengaduan.\n"
                    "Cuti saya tercatat sebagai tanpa keterangan.\n\nHormat saya,\n\nKusnadi, S.H.")
    assert r.found["name"].value == "Kusnadi, S.H."
    other = read_letter("Dengan hormat,\nSaya, Kusnadi, PNS pada Kantor Kecamatan Kejayan, menyampaikan pengaduan.\n"
                        "Cuti saya tercatat sebagai tanpa keterangan.\n\nHormat saya,\n\nBudi Santoso")
    assert other.found["name"].value == "Kusnadi"   # someone else signs: the introduced name stays


@pytest.mark.parametrize("text", ["HP 0896-1127- 3350, ingin melapor", "HP 0896 -1127 - 3350.", "HP 0896-1127-3350"])
def test_a_space_that_ocr_read_beside_a_dash_stays_inside_the_phone_number(text):
    assert find_phone(text)[0] == "089611273350"


def test_a_phone_at_the_end_of_a_list_point_does_not_run_into_the_next_point_s_number():
    assert find_phone("alamat Desa Gerongan, HP 0878-5521-3096.\n2. Pada bulan Februari")[0] == "087855213096"


# ---- blind set 20: mechanisms, in our own wording
@pytest.mark.parametrize("sentence,kind", [
    # Madurese-flavoured Indonesian: "kaule" is the writer, "nyo'on" asks, "ta'" negates
    ("Kaule nyo'on berkas pensiun kaule segera diproses.", "req"),
    ("Kaule harus bolak-balik ke Raci, ongkos bensin habis sekitar 300 ribu.", "loss"),
    # a chance lost is a loss whatever it is called, and a payment the writer made
    ("Padahal saya sudah keluar dari pekerjaan lama, dan sekarang peluang itu hilang begitu saja.", "loss"),
    ("Saya akhirnya bayar Rp 200.000 karena SK itu saya perlukan untuk pinjaman bank.", "loss"),
    ("Saya sudah tiga kali membayar parkir liar itu, dan orang tua saya kesulitan naik ke lantai dua.", "loss"),
    ("Karena kesalahan data tersebut, bank menolak rekening saya dan gaji saya tertahan dua bulan.", "loss"),
    ("Saya sudah izin setengah hari dan menempuh perjalanan dua jam, jadi satu hari kerja saya hilang.", "loss"),
    # a plea that opens the main clause after a condition
    ("Jika masih ada syarat yang kurang, mohon saya dikabari agar bisa saya lengkapi.", "req"),
    ("Berkas sudah saya kirim, mohon maaf kalau terlambat.", "filler"),
])
def test_blind_set_20_sentences(sentence, kind):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == kind


def test_a_name_with_degrees_before_the_writer_s_post_is_the_name():
    r = read_letter("Dengan hormat,\nSaya Agus Salim, S.IP., Kasi Trantib di Kantor Kecamatan Beji, menyampaikan "
                    "pengaduan.\nUsul diklat saya dibatalkan tanpa pemberitahuan.")
    assert r.found["name"].value == "Agus Salim, S.IP."


def test_dotted_leaders_of_a_typed_form_are_not_the_value():
    from pipeline.extract.normalize import clean
    assert clean("Nama ............... : Evi Kurnia\nNIP ______________ 1986\nAlamat : ..........") == \
        "Nama : Evi Kurnia\nNIP : 1986\nAlamat : .........."
    assert clean("saya tunggu....... lama sekali") == "saya tunggu....... lama sekali"


def test_an_address_stated_in_english_is_taken_even_abroad():
    r = read_letter("Dear Sir,\nMy name is Rina Wati. My current address is Lindenweg 4, 3011 Bern, Switzerland. "
                    "I can be reached by e-mail.\nMy pension has not been paid since June.\nRegards,\nRina Wati")
    assert r.found["address"].value == "Lindenweg 4, 3011 Bern, Switzerland"


def test_the_date_in_the_letterhead_s_right_column_beside_the_letter_number():
    r = read_letter("Nomor : 017/KKG/XII/2026   Purwosari, 10 Desember 2026\nPerihal : Pengaduan\n\n"
                    "Dengan hormat,\nSertifikat pelatihan kami belum terbit.\n\nHormat kami,\nSiti Aminah")
    assert r.found["place"].value == "Purwosari" and r.found["date"].value == "2026-12-10"


def test_the_name_of_a_signature_block_under_the_closing_signs_the_mail():
    from pipeline.extract import extract
    from pipeline.parse.document import Document, MailHeaders
    doc = Document(source="email", text="Dengan hormat,\nCuti besar saya belum diverifikasi.\n\nBangil, 1 Desember 2026"
                   "\n\nHormat saya,\n\n-- \nYuni Kartika, S.E.\nPengelola Keuangan\nHP 0812-3009-4418\n",
                   headers=MailHeaders(from_address="yuni@example.com"))
    e = extract(doc)
    assert e.fields["name"] == "Yuni Kartika, S.E." and e.fields["signed"] is True


# ---- blind set 21: mechanisms, in our own wording
@pytest.mark.parametrize("sentence,kind", [
    ("Mohon izin belajar saya segera diterbitkan karena kuliah sudah dimulai.", "req"),   # a permit asked for
    ("Mohon ijin menyampaikan keluhan soal tunjangan.", "filler"),                         # leave to speak
    ("Alangkah baiknya jika BKPSDM memeriksa ulang berkas saya sebelum menolaknya.", "req"),
    # "waktu" as "when" opens a story; money borrowed and paid off is a loss
    ("Waktu menyerahkan berkas di kantor, ada petugas yang bilang berkas saya bisa dipercepat asal ada uang "
     "pelicin Rp 1.500.000.", "desc"),
    ("Uang itu saya pinjam dari koperasi dan sampai sekarang masih saya cicil.", "loss"),
    # announcing the story is not the story
    ("Saya mau melaporkan kejadian yang saya alami waktu mengurus mutasi.", "filler"),
])
def test_blind_set_21_sentences(sentence, kind):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == kind


def test_a_place_with_the_day_left_blank_gives_the_place_and_no_date():
    r = read_letter("Dengan hormat,\nSK pensiun saya belum terbit.\n\nPandaan, ........ Desember 2026\n"
                    "Hormat saya,\nSuparno")
    assert r.found["place"].value == "Pandaan" and "date" not in r.found



@pytest.mark.parametrize("text,code", [
    ("Pengambilan kartu pegawai dikenakan biaya cetak Rp 100.000 oleh petugas loket.", "sekretariat"),
    ("Saya membayar Rp 100.000 tanpa tanda terima untuk mengambil kartu pegawai.", "sekretariat"),
    ("Berkas usul pensiun saya serahkan tanpa tanda terima dan sekarang dinyatakan hilang.", "pengadaan"),
])
def test_a_charge_on_a_free_service_goes_to_the_secretariat(text, code):
    assert route(text, DEFAULT_DIVISIONS).code == code


def test_a_line_longer_than_any_paragraph_does_not_push_the_letter_past_the_cut():
    from pipeline.extract.normalize import clean
    text = "tolong dibantu " * 15_000 + "\nDengan hormat,\nKontrak PPPK saya belum diperpanjang.\nHormat saya,\nFajar"
    assert clean(text) == "Dengan hormat,\nKontrak PPPK saya belum diperpanjang.\nHormat saya,\nFajar"


def test_a_speck_read_onto_a_label_before_its_colon_is_dropped():
    from pipeline.extract.normalize import clean
    assert clean("Nama\u2018 : Achmad Nurhadi\nJam' : 08.00") == "Nama : Achmad Nurhadi\nJam : 08.00"
    assert clean("Ma'ruf : hadir") == "Ma'ruf : hadir"


# ---- blind sets 22 and 23: mechanisms, in our own wording
def test_between_attachments_the_fuller_letter_wins_not_the_longer_text():
    """A letter PDF beside a long KTP photo or SK copy: the attachment that reads as the letter is kept."""
    from pipeline.extract import extract
    from pipeline.parse.document import Document, MailHeaders
    letter = ("Dengan hormat,\nNama : Rina Wulandari\nAlamat : Jl. Mawar 5 RT 01 RW 02, Desa Kejapanan, Gempol\n"
              "Uraian: Usul kenaikan pangkat saya belum diproses sejak Maret 2026.\n"
              "Kerugian: Tunjangan saya tertahan enam bulan.\nPermintaan: Mohon usul saya segera diproses.\n\n"
              "Gempol, 2 Desember 2026\nHormat saya,\nRina Wulandari\n")
    ktp = ("PROVINSI JAWA TIMUR\nKABUPATEN PASURUAN\nNIK : 3514074709880002\nNama : RINA WULANDARI\n"
           "Alamat : JL MAWAR 5\nRT/RW : 001/002\nKel/Desa : KEJAPANAN\nKecamatan : GEMPOL\n"
           "Agama : ISLAM\nStatus Perkawinan : KAWIN\nPekerjaan : PEGAWAI NEGERI SIPIL\n" * 3)
    doc = Document(source="email", text="Berikut surat pengaduan dan KTP saya.\nRina",
                   headers=MailHeaders(from_address="rina@example.com"),
                   letters=[Document(source="pdf", text=letter, signature_mark=True),
                            Document(source="image", text=ktp, ocr=True)])
    e = extract(doc)
    assert e.fields["name"] == "Rina Wulandari" and e.fields["place"] == "Gempol"


def test_an_outlook_forward_reads_the_forwarded_letter_not_the_forwarder_s_note():
    from pipeline.extract import extract
    from pipeline.parse.document import Document, MailHeaders
    text = ("Dengan hormat,\nSaya teruskan surat dari staf kami. Bagian kepegawaian kami sudah dua kali menanyakan "
            "ke BKPSDM, namun belum ada jawaban. Mohon arahan dari BKPSDM.\n\nPasuruan, 8 Desember 2026\n"
            "Hormat kami,\nIr. Bambang Sutejo\nKepala Dinas\nJl. Pahlawan No. 2, Kecamatan Bangil\n"
            "Telp. (0343) 411222\n\n________________________________\n"
            "From: Dewi Lestari <dewi@example.net>\nSent: Monday, December 7, 2026 8:10 AM\n"
            "To: Kepala Dinas <kadis@example.org>\nSubject: Pengaduan cuti melahirkan\n\n"
            "Dengan hormat,\nNama : Dewi Lestari\nNo. HP : 0812-3456-7890\n"
            "Cuti melahirkan saya belum disetujui sejak Oktober.\n\nPurwosari, 6 Desember 2026\n"
            "Hormat saya,\nDewi Lestari\n")
    e = extract(Document(source="email", text=text, headers=MailHeaders(
        from_address="kadis@example.org", subject="FW: Pengaduan cuti melahirkan")))
    assert e.fields["name"] == "Dewi Lestari" and e.fields["phone"] == "081234567890"
    assert e.fields["place"] == "Purwosari" and e.fields["date"] == "2026-12-06"
    # the same block under a reply to the writer's own mail stays a quote
    from pipeline.extract.normalize import split_mail
    reply = split_mail("Terima kasih, sudah saya terima.\n\n" + text[text.index("____"):])
    assert not reply.forwarded and "Cuti melahirkan" in reply.quoted


@pytest.mark.parametrize("sentence,kind", [
    # less than it should be
    ("Pensiun pokok saya dihitung lebih rendah Rp 312.000 per bulan dibandingkan seharusnya.", "loss"),
    # money handed over by the writer (a bare stem after "saya"), then nothing came
    ("Uang Rp 500.000 sudah saya bayarkan, dan hingga kini kartu saya belum juga jadi.", "loss"),
    # a day off work taken for the visit
    ("Untuk datang ke kantor itu saya sudah minta izin tidak masuk kerja.", "loss"),
    # a price offered for a favour is what happened, not the writer's loss
    ("Seorang calo mendatangi kami dan menawarkan kelulusan dengan imbalan Rp 50.000.000, sehingga banyak orang "
     "tertarik.", "desc"),
])
def test_blind_sets_22_23_sentences(sentence, kind):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == kind


def test_a_trip_from_home_is_not_where_home_is():
    from pipeline.extract.sentences import classify
    assert classify("Perjalanan dari rumah saya di Tosari ke Bangil hampir dua jam, dan saya sudah izin tidak "
                    "mengajar hari itu.", vocab()) != "identity"


@pytest.mark.parametrize("text,code", [
    ("Surat perintah Plt Kepala Seksi untuk saya belum diterbitkan sejak Agustus.", "mutasi"),
    ("SK redistribusi guru menempatkan saya jauh dari rumah.", "mutasi"),
    ("SK PNS saya belum terbit padahal teman seangkatan sudah menerima SK PNS; saya sudah lulus pelatihan dasar.",
     "pengadaan"),
    # a late Latsar keeps a CPNS from being made a civil servant: still about the training
    ("Saya CPNS belum dijadwalkan pelatihan dasar (Latsar), sehingga tidak dapat diangkat menjadi PNS tepat "
     "waktu.", "kompetensi"),
    # papers lost at the counter, whatever papers they were
    ("Berkas asli saya (SK CPNS, SK PNS) tidak ditemukan oleh petugas loket penerimaan berkas.", "sekretariat"),
    ("Riwayat jabatan dan riwayat pendidikan saya hilang, sehingga saya gagal seleksi jabatan; pemutakhiran data "
     "saya ditolak.", "pengadaan"),
    ("Layanan keliling yang diumumkan tidak jadi, petugas tidak datang sama sekali.", "sekretariat"),
    ("Mohon sanksi kepada petugas yang menyebarkan nomor HP saya di grup PPPK.", "sekretariat"),
    ("Petugas bilang berkas mutasi saya cepat selesai jika saya memberikan uang Rp 2.000.000.", "sekretariat"),
])
def test_blind_sets_22_23_routing(text, code):
    assert route(text, DEFAULT_DIVISIONS).code == code


def test_a_list_number_read_with_a_comma_still_heads_its_section():
    r = read_letter("Dengan hormat,\n1. Uraian\nKenaikan pangkat saya belum diproses.\n2, Kerugian\n"
                    "Tunjangan saya tertahan tiga bulan.\n3. Permintaan\nMohon segera diproses.\n\n"
                    "Bangil, 3 Desember 2026\nHormat saya,\nAgus Salim")
    assert r.found["loss"].value == "Tunjangan saya tertahan tiga bulan."


def test_a_letter_signed_for_a_person_names_that_person_and_for_a_group_its_signer():
    r = read_letter("Mohon kartu pegawai ibu saya segera dicetak.\n\nBangil, 2 Desember 2026\n\nHormat kami,\n"
                    "a.n. Hj. Siti Romlah\nAhmad Fauzi (anaknya)")
    assert r.closing_name == "Hj. Siti Romlah"
    r = read_letter("Mohon honor kami segera dibayarkan.\n\nBangil, 2 Desember 2026\n\nHormat kami,\n"
                    "a.n. Paguyuban Honorer Bangil\nAhmad Fauzi")
    assert r.closing_name == "Ahmad Fauzi"


def test_a_consequence_told_of_a_parent_in_the_third_person_with_a_sum_is_the_loss():
    from pipeline.extract.sentences import classify
    assert classify("Karena golongan yang keliru tersebut, pensiun Ibu dibayar lebih rendah Rp 280.000 dari "
                    "seharusnya.", vocab()) == "loss"


# ---- blind set 24: mechanisms, in our own wording
@pytest.mark.parametrize("line,place,day", [
    ("Grati, Kamis Legi 3 Desember 2026", "Grati", "2026-12-03"),                     # the Javanese market day
    ("Nguling, 22 Jumadil Akhir 1448 H / 3 Desember 2026 M", "Nguling", "2026-12-03"),  # Hijri first
    ("Nguling, 3 Desember 2026 M / 22 Jumadil Akhir 1448 H", "Nguling", "2026-12-03"),  # Hijri after
    ("Bangil, 3 Desember 2026 M", "Bangil", "2026-12-03"),                             # its Hijri line below
])
def test_date_lines_with_a_market_day_or_a_hijri_date(line, place, day):
    got = place_date(line)
    assert got is not None and got[0] == place and str(got[1]) == day


def test_a_javanese_closing_signs_the_letter():
    r = read_letter("Kula nyuwun SK kula dipunralat.\n\nGrati, 3 Desember 2026\nIngkang ngaturaken,\n\nSupardi")
    assert r.closing_name == "Supardi"


@pytest.mark.parametrize("sentence,kind", [
    ("Langsung to the point saja: saya request agar SK izin belajar saya segera diterbitkan sebelum 20 Januari "
     "2027, atau kalau memang tidak bisa, please jelaskan tertulis apa saja kekurangannya.", "req"),
    ("Intinya: tunjangan saya tidak dibayar selama tiga bulan.", "loss"),
    ("Berikut kekurangannya yang diminta oleh tim pengaduan.", "filler"),
    ("Sejak itu saya tidak bisa bekerja karena SK penempatan belum diralat.", "loss"),
])
def test_blind_set_24_sentences(sentence, kind):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == kind


def test_a_reply_to_our_request_for_what_was_missing_reads_the_letter_quoted_inside_it():
    from pipeline.extract import extract
    from pipeline.parse.document import Document, MailHeaders
    text = ("Berikut kekurangannya.\n\nSaya mohon SK saya segera diterbitkan.\n\nGrati, 4 Desember 2026\n"
            "Hormat saya,\nRina Marlina\n\n"
            "Pada 3 Des 2026, Pengaduan BKPSDM <pengaduan@example.go.id> menulis:\n"
            "> Pengaduan Anda belum memuat permintaan penyelesaian.\n>\n"
            "> Pada 2 Des 2026, Rina Marlina <rina@example.net> menulis:\n"
            "> > Nama : Rina Marlina\n> > Alamat : Jl. Anggrek 4 RT 02 RW 01, Desa Grati, Kecamatan Grati\n"
            "> > Kenaikan pangkat saya belum diproses sejak April 2026.\n"
            "> > Akibatnya tunjangan saya tertahan enam bulan.\n")
    e = extract(Document(source="email", text=text, headers=MailHeaders(
        from_address="rina@example.net", subject="Re: Pengaduan Anda belum lengkap")))
    assert e.fields["address"].startswith("Jl. Anggrek 4")
    assert e.fields["service_description"].startswith("Kenaikan pangkat saya")
    assert e.fields["loss"] and e.fields["requested_resolution"] and e.missing == []


def test_a_contact_line_with_the_office_number_first_gives_the_writer_s_mobile():
    from pipeline.extract.contact import find_phone
    got = find_phone("(0343) 851 222 (kantor) / 0857-1122-3344 (HP)", labelled=True)
    assert got[0] == "085711223344"
    assert find_phone("(0343) 851 222", labelled=True)[0] == "0343851222"


@pytest.mark.parametrize("text,ok", [("Pengunjung difabel", False), ("Seorang pensiunan", False),
                                     ("Ahmad bin Umar", True), ("Siti binti Abdullah", True)])
def test_a_description_of_the_writer_is_no_name_and_bin_is_part_of_one(text, ok):
    assert looks_like_name(text) is ok


def test_a_misread_colon_before_a_name_is_dropped_and_a_first_name_is_taken_in_full_from_the_signature():
    assert clean_name("0... | Lilis Suryani.") == "Lilis Suryani"
    r = read_letter("Dengan hormat,\nSaya Joko, guru SDN Grati 1, mengadukan SK mutasi saya yang salah.\n\n"
                    "Grati, 3 Desember 2026\nHormat saya,\n\nJoko Santoso")
    assert r.found["name"].value == "Joko Santoso"


# ---- blind sets 26 and 27: mechanisms, in our own wording
def test_a_form_read_by_ocr_keeps_its_fields_apart():
    text = ("FORMULIR PENGADUAN\nNama lengkap : Sri Wahyuni\nAlamat lengkap : Dusun Krajan RT 02 RW 01\n"
            "Uraian pelayanan yang tidak ses _; Cuti melahirkan saya belum disetujui sejak Oktober 2026.\n"
            "Kerugian yang diderita   Tunjangan saya dipotong selama dua bulan.\n"
            "Permintaan penyelesaian   Mohon surat cuti saya segera diterbitkan:\n"
            "sebelum akhir bulan ini.\n\nLayanan yang diadukan (beri tanda X): 1\n"
            "X SKP/Cuti/Disiplin   Pelayanan Loket/Lainnya\n\nBangil, 4 Desember .2026\nPelapor,\nSri Wahyuni")
    r = read_letter(text)
    assert r.found["service_description"].value.startswith("Cuti melahirkan saya")
    assert r.found["loss"].value == "Tunjangan saya dipotong selama dua bulan."
    assert r.found["requested_resolution"].value.endswith("sebelum akhir bulan ini.")
    assert r.found["place"].value == "Bangil" and r.found["date"].value == "2026-12-04"


@pytest.mark.parametrize("line,day", [("Beji, 4/X11/2026", "2026-12-04"), ("Beji, 4/X1/2026", "2026-11-04"),
                                      ("Beji, 4 Desember .2026", "2026-12-04")])
def test_dates_as_ocr_misreads_them(line, day):
    assert str(place_date(line)[1]) == day


def test_the_date_beside_the_place_wins_over_a_date_ending_a_wrapped_sentence():
    r = read_letter("Dengan hormat,\nMohon SK saya diterbitkan sebelum\ntanggal 20 Desember 2026.\n\n"
                    "Gempol, 3 Desember 2026\nHormat saya,\nSiti")
    assert r.found["date"].value == "2026-12-03"


def test_an_identity_block_beside_the_addressee_keeps_its_own_column():
    r = read_letter("Nama : Sumiati, S.Pd : Yth. Kepala BKPSDM\nAlamat : Dusun Sumber RT 01 RW 02, : Kabupaten Pasuruan\n"
                    "Desa Gerbo, Kecamatan Purwodadi, : di Bangil\nKabupaten Pasuruan\nHP : 0812-3456-7788\n\n"
                    "Dengan hormat,\nSatyalancana saya belum diusulkan.\n\nHormat saya,\nSumiati, S.Pd")
    assert r.found["name"].value == "Sumiati, S.Pd"
    assert r.found["address"].value == ("Dusun Sumber RT 01 RW 02, Desa Gerbo, Kecamatan Purwodadi, "
                                        "Kabupaten Pasuruan")
    assert clean_name("Sumiati,S.Pd.") == "Sumiati, S.Pd."


def test_a_closing_between_specks_in_a_photo_still_closes():
    r = read_letter("Dengan hormat,\nHasil seleksi jabatan mohon ditinjau ulang.\n\nne   Hormat saya,   Hg\n\n"
                    "Drs. Bambang Irawan")
    assert r.closing_name == "Drs. Bambang Irawan"


@pytest.mark.parametrize("sentence,kind", [
    ("Pelapor sudah membayar Rp 150.000 kepada petugas, tetapi tidak diberi tanda terima.", "loss"),
    ("Pelapor meminta agar uang tersebut dikembalikan.", "req"),
    ("Menurut pelapor, petugas meminta \"uang terima kasih\" sebelum menyerahkan SK-nya.", "desc"),
    ("Saya pasti tidak akan pernah menerima penghargaan itu karena bulan depan sudah pensiun.", "loss"),
    ("Without the card I cannot be added as her dependant, so my health cover has been on hold for months.", "loss"),
])
def test_blind_sets_26_27_sentences(sentence, kind):
    from pipeline.extract.sentences import classify
    assert classify(sentence, vocab()) == kind


def test_a_letter_above_a_forwarded_thread_of_one_liners_is_the_complaint():
    from pipeline.extract import extract
    from pipeline.parse.document import Document, MailHeaders
    text = ("Nama : Budi Hartono\nAlamat : Jl. Melati 5, Desa Gempol\n\nKartu ujian PPPK saya tidak bisa diunduh.\n"
            "Saya mohon status verifikasi saya diperbaiki.\n\nGempol, 2 Desember 2026\nHormat saya,\nBudi Hartono\n\n"
            "lihat di bawah\n\n---------- Forwarded message ----------\nFrom: <a@example.com>\nSubject: Fwd: kartu\n\n"
            "lihat di bawah\n\n---------- Forwarded message ----------\nFrom: <b@example.com>\nSubject: kartu\n\n"
            "lihat di bawah\n")
    e = extract(Document(source="email", text=text, headers=MailHeaders(from_address="budi@example.com",
                                                                         subject="Fwd: kartu")))
    assert e.fields["name"] == "Budi Hartono" and e.fields["place"] == "Gempol"


def test_a_note_in_the_identity_block_is_not_the_story():
    r = read_letter("Nama : Ngatinah\nKeterangan : janda almarhum Suwarno\nmenyampaikan pengaduan sebagai berikut:\n"
                    "SK pemberhentian suami saya belum terbit.\nSaya mohon SK tersebut segera diterbitkan.\n\n"
                    "Hormat saya,\nNgatinah")
    assert r.found["requested_resolution"].value == "Saya mohon SK tersebut segera diterbitkan."


def test_a_record_that_no_loss_was_named_is_no_loss():
    from pipeline.extract.sentences import classify
    assert classify("Pelapor tidak menyebutkan kerugian yang dialami.", vocab()) == "filler"
