"""Benchmark: our OCR path against raw tesseract on the same 20 scanned pages.

    .venv/bin/python bench/bench_ocr.py [--pages 20] [--dpi 300] [--json-out FILE]

Both sides run one page per core in parallel, with OMP_THREAD_LIMIT=1:

* baseline: for each page, `pdftoppm -r DPI -gray` renders it to PGM and
  `tesseract page.pgm out -l ind+eng` reads it (rendering included);
* ours: `read_scanned_pdf()` on the same PDF in a fresh Python process
  (render, straighten, OCR to a word table, layout, signature check).

Peak memory is of the whole process tree (the Python process and every
tesseract it starts), sampled from /proc every 20 ms as the sum of VmRSS. The two sides run in
alternation for --rounds rounds, because load on a shared VM drifts. Figures
vary 10-30% between runs on a small VM: read the ratios, not the seconds.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _make_scans():
    spec = importlib.util.spec_from_file_location("make_scans", ROOT / "tests/fixtures/scans/make_scans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOPICS = [
    ("kenaikan pangkat", "Berkas usul kenaikan pangkat saya sudah lengkap sejak bulan Januari, "
     "tetapi sampai sekarang belum diproses oleh petugas."),
    ("mutasi", "Permohonan mutasi saya ke Kecamatan Bangil sudah diajukan enam bulan lalu dan "
     "belum ada jawaban tertulis dari BKPSDM."),
    ("SK pensiun", "SK pensiun saya belum terbit padahal batas usia pensiun sudah lewat dua bulan, "
     "sehingga saya belum dapat mengurus hak pensiun di PT Taspen."),
    ("sikap petugas", "Petugas loket menjawab pertanyaan saya dengan nada tinggi dan menolak "
     "menjelaskan prosedur yang harus saya tempuh."),
    ("nilai SKP", "Nilai SKP saya di aplikasi e-Kinerja tercatat kurang padahal penilaian atasan "
     "langsung saya adalah baik."),
]
NAMES = ["Sri Handayani", "Budi Santoso", "Dewi Lestari, S.Pd.", "Agus Salim", "Rina Marlina"]
PLACES = ["Gempol", "Bangil", "Pandaan", "Purwosari", "Kraton"]


def make_pdf(path: Path, pages: int, dpi: int) -> None:
    """`pages` one-page letters, each a little different, as one image-only PDF."""
    ms = _make_scans()
    rng = random.Random(20261130)
    images = []
    for i in range(pages):
        topic, story = TOPICS[i % len(TOPICS)]
        name = NAMES[i % len(NAMES)]
        letter = dict(ms.LETTER)
        letter.update(
            place_date=f"{PLACES[i % len(PLACES)]}, {1 + i} Maret 2026",
            identity=[("Nama", name), ("Alamat", f"Jl. Melati No. {i + 1}, Desa Kejapanan, "
                                                 f"Kecamatan {PLACES[(i + 2) % len(PLACES)]}"),
                      ("No. HP", f"0812-3456-{7000 + i}")],
            paragraphs=[f"Dengan ini saya menyampaikan pengaduan tentang {topic}. {story}",
                        *ms.LETTER["paragraphs"][1:]],
            name=name,
        )
        (page,) = ms.letter_pages(letter, dpi=dpi, signed=i % 3 != 2)
        images.append(ms.scanned(page, skew=rng.uniform(-2.0, 2.0), seed=i, noise=0.001,
                                 paper=rng.randrange(205, 240)).convert("L"))
    images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi)


class TreeMemory:
    """Peak of the summed VmRSS of a process and all its descendants."""

    def __init__(self, pid: int, include_root: bool = True):
        self.pid = pid
        self.include_root = include_root
        self.peak_kb = 0
        self.hwm_kb: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _children(self) -> dict[int, int]:
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as fh:
                        parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    pass
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            p = frontier.pop()
            for child, parent in parents.items():
                if parent == p and child not in tree:
                    tree.add(child)
                    frontier.append(child)
        return {p: 0 for p in tree}

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for pid in self._children():
                if pid == self.pid and not self.include_root:
                    continue
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
                rss = int(fields.get("VmRSS", "0 kB").split()[0])
                hwm = int(fields.get("VmHWM", "0 kB").split()[0])
                total += rss
                self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), hwm)
            self.peak_kb = max(self.peak_kb, total)
            time.sleep(0.02)


def baseline(pdf: Path, pages: int, dpi: int, workers: int, tmp: Path) -> tuple[float, int, int]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(i: int) -> None:
        base = tmp / f"b{i}"
        # PGM, not PNG: compressing a noisy 300 dpi page costs more than its OCR,
        # and the baseline should be the cheapest honest render + OCR.
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", "-f", str(i + 1),
                        "-l", str(i + 1), str(pdf), str(base)], check=True)
        subprocess.run(["tesseract", f"{base}.pgm", str(base), "-l", "ind+eng"], check=True,
                       env=env, stderr=subprocess.DEVNULL)

    # The bench process's children: everything it starts here (not itself).
    with TreeMemory(os.getpid(), include_root=False) as mem:
        started = time.monotonic()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, range(pages)))
        wall = time.monotonic() - started
    return wall, mem.peak_kb, sum(mem.hwm_kb.values())


OURS = """
import json, sys, time
from pipeline.parse.ocr import OcrLimits, read_scanned_pdf
data = open(sys.argv[1], "rb").read()
t = time.monotonic()
doc = read_scanned_pdf(data, OcrLimits(workers=int(sys.argv[2])))
print(json.dumps({"seconds": time.monotonic() - t, "pages": doc.pages,
                  "signed": doc.signature_mark, "chars": len(doc.text)}))
"""


def ours(pdf: Path, workers: int) -> tuple[float, float, int, int, dict]:
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", OURS, str(pdf), str(workers)],
                            stdout=subprocess.PIPE, cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    with TreeMemory(proc.pid) as mem:
        out, _ = proc.communicate()
    wall = time.monotonic() - started
    if proc.returncode != 0:
        raise SystemExit("our OCR path failed")
    result = json.loads(out)
    return wall, result["seconds"], mem.peak_kb, sum(mem.hwm_kb.values()), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rounds", type=int, default=2,
                    help="alternate baseline and ours this many times (load on a shared VM drifts)")
    ap.add_argument("--json-out")
    args = ap.parse_args()
    n = args.pages
    rounds = []
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        tmp = Path(tmp)
        pdf = tmp / "scan.pdf"
        make_pdf(pdf, n, args.dpi)
        for r in range(args.rounds):
            order = ["baseline", "ours"] if r % 2 == 0 else ["ours", "baseline"]
            got = {}
            for side in order:
                if side == "baseline":
                    got["b_wall"], got["b_peak"], _ = baseline(pdf, n, args.dpi, args.workers, tmp)
                else:
                    got["o_wall"], got["o_inner"], got["o_peak"], _, got["result"] = ours(pdf, args.workers)
                    got["o_max_proc"] = 0
            rounds.append(got)
            print(f"round {r + 1}: raw {got['b_wall'] / n:.2f} s/page, ours {got['o_wall'] / n:.2f} "
                  f"s/page, ratio {got['o_wall'] / got['b_wall']:.2f}", flush=True)

    b_wall = sum(g["b_wall"] for g in rounds)
    o_wall = sum(g["o_wall"] for g in rounds)
    o_inner = sum(g["o_inner"] for g in rounds)
    b_peak = max(g["b_peak"] for g in rounds)
    o_peak = max(g["o_peak"] for g in rounds)
    total = n * len(rounds)
    figures = {
        "pages": n, "dpi": args.dpi, "workers": args.workers, "rounds": len(rounds),
        "baseline_s_per_page": round(b_wall / total, 3),
        "ours_s_per_page": round(o_wall / total, 3),
        "ratio": round(o_wall / b_wall, 3),
        "ratio_without_python_startup": round(o_inner / b_wall, 3),
        "ratio_per_round": [round(g["o_wall"] / g["b_wall"], 3) for g in rounds],
        "baseline_peak_tree_mb": round(b_peak / 1024, 1),
        "ours_peak_tree_mb": round(o_peak / 1024, 1),
        "ours_signature_verdict": rounds[-1]["result"]["signed"],
    }
    print(f"{n} pages at {args.dpi} dpi, {args.workers} in parallel, {len(rounds)} rounds")
    print(f"  raw pdftoppm + tesseract : {b_wall / total:6.2f} s/page   peak tree {b_peak / 1024:6.0f} MB")
    print(f"  pengaduan OCR path       : {o_wall / total:6.2f} s/page   peak tree {o_peak / 1024:6.0f} MB")
    print(f"  ratio ours / raw         : {o_wall / b_wall:6.2f}x  ({o_inner / b_wall:.2f}x without "
          f"Python start-up; target <= 1.3x; memory target < 400 MB)")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
