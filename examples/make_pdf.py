"""Build the sample PDF article of the bundled corpus.

    .venv/bin/python examples/make_pdf.py

writes examples/articles/drovsk-herald_kovrin-filling.pdf: a two-page print page of the
fictional Drovsk Herald with a running header (outlet and date) and page numbers. The text
is fictional. The core Helvetica font only encodes Latin-1, so quotes are straight.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).parent / "articles" / "drovsk-herald_kovrin-filling.pdf"

HEADER = "DROVSK HERALD  |  Thursday, 11 August 2022"
TITLE = "Kovrin reservoir filling 'on schedule', Voronin says as Ardesh protests"
BYLINE = "By Petra Lusk, energy correspondent"

PAGE_ONE = [
    "Velmora will keep filling the Kovrin reservoir despite a formal complaint from Ardesh, "
    "Energy Minister Alexander Voronin said on Wednesday, insisting that the drop in the "
    "Tarsa's flow downstream was modest and temporary.",
    "Speaking at a news conference in Drovsk, Voronin said measurements by Velmoran engineers "
    "showed the river's flow at the border had fallen by about 25 percent since the gates at "
    "Kovrin were partly closed on July 21. Ardesh says the drop at Nerevo is 40 percent.",
    '"The figures coming from Salimar do not match what our instruments show," he said. '
    '"Part of the drop is the drought, not the dam. The Tarsa is low this year everywhere, '
    'including above the reservoir."',
    "He said the first stage of filling would be completed by mid-September and that Velmora "
    "would then raise releases. "
    '"We have always said that Kovrin will be filled in stages. Nobody in Ardesh should be '
    'surprised," Voronin added.',
    "The Tarsa Basin Commission confirmed on Wednesday that it had received Ardesh's "
    "complaint. Its chair, Ines Korrell, said technical teams from both countries would meet "
    "next week to compare gauge readings.",
]

PAGE_TWO = [
    "Opposition lawmakers in Drovsk accused the government of handing Ardesh a propaganda "
    'victory. "We plan a dam for a decade and then fill it in the worst possible month," said '
    "Radomir Vesk, an opposition member of the energy committee.",
    "Miroslav Petek, of the Drovsk Institute for Water Policy, said the disagreement over the "
    "numbers was partly technical: the two countries measure the river at different points, "
    "and Nerevo lies 60 kilometres below the border, after two large irrigation intakes. "
    '"Both figures can be true at once," he said. "That is exactly why they need one shared '
    'gauge."',
    "The Kovrin Dam, whose construction began last year, is due to produce its first power in "
    "2024. When complete, its four turbines are expected to double Velmora's electricity "
    "output.",
]

# Curly quotes and dashes the core font cannot encode.
PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


class HeraldPage(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, HEADER, align="L")
        self.ln(8)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def paragraphs(pdf: FPDF, paras: list[str]) -> None:
    pdf.set_font("Times", "", 12)
    for para in paras:
        pdf.multi_cell(0, 6, para.translate(PLAIN))
        pdf.ln(3)


def main() -> None:
    pdf = HeraldPage(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author("Drovsk Herald")
    pdf.set_creation_date(datetime(2022, 8, 11, 2, 15, tzinfo=timezone.utc))  # fixed: reproducible bytes
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, TITLE.translate(PLAIN))
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 6, BYLINE)
    pdf.ln(10)
    paragraphs(pdf, PAGE_ONE)
    pdf.add_page()
    paragraphs(pdf, PAGE_TWO)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
