"""Rebuild the binary files of tests/corpora/bad/articles/ (deterministic, fixed seeds).

    .venv/bin/python tests/corpora/make_bad.py

junk.txt      2 KiB of random bytes (seed 20240601), NUL bytes included
garbage.html  3 KiB of random bytes (seed 20240602) behind an .html name
truncated.pdf the first 40 % of a real one-page PDF made with fpdf2 (no %%EOF, no xref)

The text files of that folder (good_*.txt, empty.txt, whitespace.md, broken.html,
bad_lines.jsonl, not_json.json) are written by hand; see tests/corpora/bad/README.md.
"""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent / "bad" / "articles"


def noise(seed: int, size: int) -> bytes:
    data = bytearray(random.Random(seed).randbytes(size))
    data[7] = data[512] = data[1500] = 0  # make sure NUL bytes are there whatever the seed
    return bytes(data)


def small_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(datetime(2022, 10, 1, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Ostervik council approves new harbour lights")
    pdf.ln(14)
    pdf.set_font("Times", "", 12)
    pdf.multi_cell(
        0,
        6,
        "OSTERVIK, 28 September 2022 - The town council approved new LED lighting for the "
        'harbour front on Wednesday. "The old lamps were older than most of our councillors," '
        "said the mayor, Tove Lind. The work is due to finish before Christmas.",
    )
    return bytes(pdf.output())


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "junk.txt").write_bytes(noise(20240601, 2048))
    (HERE / "garbage.html").write_bytes(noise(20240602, 3072))
    full = small_pdf()
    (HERE / "truncated.pdf").write_bytes(full[: int(len(full) * 0.4)])
    for name in ("junk.txt", "garbage.html", "truncated.pdf"):
        print(name, (HERE / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
