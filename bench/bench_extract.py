"""Extraction speed, in process (no interpreter start-up counted).

    .venv/bin/python bench/bench_extract.py [--rounds 30]

1. median time to parse + extract one e-mail letter (target < 5 ms);
2. median time to parse + extract a one-page text PDF, against raw
   pdfplumber `extract_text()` of the same file in the same run
   (target ratio <= 1.2).

Letters: the golden e-mails of tests/extract/golden and the PDFs attached
to them; ../shared/samples is added when present.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract  # noqa: E402
from pipeline.parse import parse_bytes  # noqa: E402

GOLDEN = ROOT / "tests" / "extract" / "golden"
SAMPLES = ROOT.parent / "shared" / "samples"


def _median_ms(fn, rounds: int) -> float:
    fn()  # warm caches (vocabulary, regexes, imports)
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _mails() -> list[tuple[str, bytes]]:
    out = []
    for folder in (GOLDEN, SAMPLES / "email_plain", SAMPLES / "email_mime"):
        if folder.is_dir():
            for p in sorted(folder.glob("*.eml")):
                data = p.read_bytes()
                if b"application/" not in data:  # the letter in the body
                    out.append((p.name, data))
    return out


def _pdfs() -> list[tuple[str, bytes]]:
    out = []
    for folder in (GOLDEN, SAMPLES / "email_pdf"):
        if not folder.is_dir():
            continue
        for p in sorted(folder.glob("*.eml")):
            msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for part in msg.walk():
                if part.get_content_type() == "application/pdf":
                    out.append((p.stem + ".pdf", part.get_payload(decode=True)))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=30)
    args = ap.parse_args(argv)
    import pdfplumber

    mails = _mails()
    mail_ms = [_median_ms(lambda d=d, n=n: extract(parse_bytes(d, n)), args.rounds) for n, d in mails]
    extract_only = []
    for n, d in mails:
        doc = parse_bytes(d, n)
        extract_only.append(_median_ms(lambda doc=doc: extract(doc), args.rounds))
    print(f"E-mail letters: {len(mails)} files, {args.rounds} rounds each")
    print(f"  parse + extract   median {statistics.median(mail_ms):6.2f} ms   max {max(mail_ms):6.2f} ms   (target < 5 ms)")
    print(f"  extract only      median {statistics.median(extract_only):6.2f} ms")
    print()
    print(f"{'one-page text PDF':28} {'ours ms':>9} {'pdfplumber ms':>14} {'ratio':>7}")
    ratios = []
    for name, data in _pdfs():
        ours = _median_ms(lambda d=data, n=name: extract(parse_bytes(d, n)), args.rounds)

        def plumber(d=data):
            with pdfplumber.open(io.BytesIO(d)) as pdf:
                return "\n".join(page.extract_text() or "" for page in pdf.pages)

        ref = _median_ms(plumber, max(5, args.rounds // 3))
        ratios.append(ours / ref)
        print(f"{name:28} {ours:9.2f} {ref:14.2f} {ours / ref:7.3f}")
    if ratios:
        print(f"{'median ratio':28} {'':9} {'':14} {statistics.median(ratios):7.3f}   (target <= 1.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
