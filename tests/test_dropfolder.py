"""The drop folder as a copier uses it: slow writes, the same letter twice, a crash mid-OCR."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

from sqlmodel import select

from pipeline.store.tables import Complaint, InboundItem

from conftest import EXAMPLES, PENGADUAN, ROOT, make_project

LETTER = (EXAMPLES / "scans/surat-pensiun.pdf").read_bytes()
SCAN = ROOT / "tests/fixtures/scans/signed_skewed.png"


def _complaints(project):
    with project.db().atomic() as s:
        return s.exec(select(Complaint)).all()


def test_a_letter_written_slowly_in_chunks_is_read_only_once_whole(tmp_path):
    """GIVEN a copier writing a PDF in chunks, 0.3 s apart
    WHEN the worker polls the folder all the while
    THEN it takes the file only once it is whole and still: one complaint, nothing quarantined."""
    project = make_project(tmp_path / "site", extra="")
    text = project.config.read_text().replace("stable_seconds = 0", "stable_seconds = 1.0")
    project.config.write_text(text)
    pipeline = project.pipeline()
    target = project.root / "var/scans/surat.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)

    def copier():
        chunk = len(LETTER) // 8 + 1
        with open(target, "wb") as fh:
            for i in range(0, len(LETTER), chunk):
                fh.write(LETTER[i:i + chunk])
                fh.flush()
                time.sleep(0.3)

    writer = threading.Thread(target=copier)
    writer.start()
    polls, deadline = 0, time.monotonic() + 30
    while time.monotonic() < deadline:
        report = pipeline.run_cycle()
        polls += 1
        assert not report.failed, report.failed
        if not target.exists() and not writer.is_alive():
            break
        time.sleep(0.1)
    writer.join()
    assert polls > 5  # the worker really looked while the file was being written
    [complaint] = _complaints(project)
    assert complaint.channel == "scan"
    with project.db().atomic() as s:
        [item] = s.exec(select(InboundItem)).all()
        assert Path(item.archive_path).read_bytes() == LETTER
    assert (project.root / "var/scans-done/surat.pdf").read_bytes() == LETTER


def test_the_same_letter_dropped_twice_is_one_complaint(project):
    project.drop_scan("surat.pdf", LETTER)
    project.pipeline().run_cycle()
    project.drop_scan("surat-lagi.pdf", LETTER)
    report = project.pipeline().run_cycle()
    assert report.filed == []
    assert len(_complaints(project)) == 1
    done = sorted(p.name for p in (project.root / "var/scans-done").iterdir())
    assert done == ["surat-lagi.pdf", "surat.pdf"]


def _tesseract_in_session(sid: int) -> bool:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            comm = stat.read_text().split("(", 1)[1].rsplit(")", 1)[0]
        except (OSError, IndexError):
            continue
        if comm == "tesseract" and int(fields[3]) == sid:   # fields[3] is the session id
            return True
    return False


def test_a_crash_in_the_middle_of_ocr_loses_nothing(tmp_path):
    """GIVEN a scanned letter in the drop folder
    WHEN the worker is SIGKILLed while tesseract reads it
    THEN the letter is still in the folder or in the archive, and the next run files it once."""
    project = make_project(tmp_path / "site")
    project.drop_scan("scan.png", SCAN.read_bytes())
    env = {**os.environ, "PENGADUAN_OFFICER": "x"}
    proc = subprocess.Popen([PENGADUAN, "--config", str(project.config), "run", "--once"], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not _tesseract_in_session(proc.pid):
            assert proc.poll() is None, "the worker finished before OCR could be interrupted"
            assert time.monotonic() < deadline, "tesseract never started"
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    in_folder = (project.root / "var/scans/scan.png").exists()
    with project.db().atomic() as s:
        items = s.exec(select(InboundItem)).all()
    archived = [i for i in items if Path(i.archive_path).exists() and i.status == "stored"]
    assert in_folder and len(archived) == 1   # stored before parsing, still waiting
    assert _complaints(project) == []

    project.cli("run", "--once", check=True, timeout=300)
    [complaint] = _complaints(project)
    assert complaint.channel == "scan" and complaint.ocr
    assert not (project.root / "var/scans/scan.png").exists()
    assert (project.root / "var/scans-done/scan.png").exists()


def test_page_images_in_a_subfolder_are_one_letter_in_name_order(project):
    """GIVEN the two pages of one letter as separate images in a subfolder
    WHEN the subfolder has been still long enough
    THEN they are read as one two-page letter, pages in name order, and the
    subfolder moves out whole."""
    from io import BytesIO

    from PIL import Image

    tif = Image.open(ROOT / "tests/fixtures/scans/unsigned_two_pages.tif")
    pages = []
    for i in range(tif.n_frames):
        tif.seek(i)
        buf = BytesIO()
        tif.copy().save(buf, format="PNG")
        pages.append(buf.getvalue())
    # named so that name order, not creation order, puts page 1 first
    project.drop_scan("surat-budi/halaman-2.png", pages[1])
    project.drop_scan("surat-budi/halaman-1.png", pages[0])
    folder = project.root / "var/scans/surat-budi"
    past = folder.stat().st_mtime - 60
    os.utime(folder, (past, past))

    report = project.pipeline().run_cycle()
    assert len(report.filed) == 1, report.failed
    [complaint] = _complaints(project)
    assert complaint.channel == "scan" and complaint.ocr
    with project.db().atomic() as s:
        [item] = s.exec(select(InboundItem)).all()
    combined = Image.open(item.archive_path)
    assert combined.n_frames == 2
    combined.seek(0)
    assert combined.convert("L").tobytes() == Image.open(BytesIO(pages[0])).convert("L").tobytes()
    assert not folder.exists()
    assert sorted(p.name for p in (project.root / "var/scans-done/surat-budi").iterdir()) == \
        ["halaman-1.png", "halaman-2.png"]
