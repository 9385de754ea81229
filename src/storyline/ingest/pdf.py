"""One article saved as PDF: the text layer, page by page, read with pypdfium2.

`Document.text` is each page's text as pdfium gives it, line breaks kept (with "\\r\\n" and
lone "\\r" turned into "\\n"), pages joined by PAGE_SEPARATOR ("\\n\\f\\n"): a form feed on a
line of its own, so later stages can find page boundaries (running headers, footers, page
numbers) and unwrap hard line breaks. No OCR is done: a scanned PDF is reported.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pypdfium2 as pdfium

from ..errors import BrokenInput, EmptyInput
from ..models import Candidate, Document

SOURCE = "pdf-meta"
PAGE_SEPARATOR = "\n\f\n"
NO_TEXT_LAYER = "the PDF has no text layer (scanned image?); OCR is not done"
# PDF metadata keys and the field each gives. CreationDate is when the file was made, which is
# not the publication date: it is offered as "created" for the metadata stage to weigh.
META_FIELDS = {"Title": "title", "Author": "byline", "CreationDate": "created"}
PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})(\d{2})")
LINE_BREAK = re.compile(r"\r\n?")


def read_pdf(data: bytes, path: str, file: str) -> Document:
    """Read a PDF's text layer into a Document (format "pdf").

    Raises EmptyInput for an empty file, BrokenInput for a truncated, corrupt or encrypted
    PDF, and for one without a text layer.
    """
    if not data:
        raise EmptyInput(path, "empty file")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise BrokenInput(path, f"not a readable PDF: {str(err).rstrip('.')}") from None
    try:
        pages = list(_page_texts(pdf))
        metadata = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError as err:
        raise BrokenInput(path, f"not a readable PDF: {str(err).rstrip('.')}") from None
    finally:
        pdf.close()
    if not any(page.strip() for page in pages):
        raise BrokenInput(path, NO_TEXT_LAYER)
    text = PAGE_SEPARATOR.join(pages)
    return Document(path=path, file=file, format="pdf", text=text, raw=data,
                    candidates=list(_candidates(metadata)))


def _page_texts(pdf: pdfium.PdfDocument) -> Iterator[str]:
    """The text of each page, line breaks as "\\n"."""
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                yield LINE_BREAK.sub("\n", textpage.get_text_range())
            finally:
                textpage.close()
        finally:
            page.close()


def _candidates(metadata: dict[str, str]) -> Iterator[Candidate]:
    """Title, author and creation date from the PDF's document information."""
    for key, field in META_FIELDS.items():
        value = " ".join(metadata.get(key, "").split())
        if field == "created":
            value = _pdf_date(value)
        if value:
            yield Candidate(field, value, SOURCE, key)


def _pdf_date(value: str) -> str:
    """The calendar date of a PDF date string ("D:20230314083000+01'00'"), or ""."""
    match = PDF_DATE.match(value)
    if not match:
        return ""
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return ""
