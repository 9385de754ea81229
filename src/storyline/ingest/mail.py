"""An e-mail saved as a file (.eml): a news alert, a newsletter, an article forwarded by a colleague.

The message is parsed with the standard library's `email` package, which undoes the transfer
encodings (quoted-printable, base64) and the character sets a mail client chose. The document's
text is the message's own header fields (From, To, Date, Subject, as a mail client shows them)
and then its text: the first text/plain part, else the first text/html part read as a web page.
A message forwarded as an attachment (message/rfc822) is read the same way, inside. The header
fields stay in the text so that the header reader sees them as it sees a pasted mail: furniture,
whose subject may stand for a missing headline and whose date is the mail's, not the article's
when a forwarded message follows.
"""
from __future__ import annotations

from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser

from ..errors import BrokenInput
from ..models import Document

SHOWN_FIELDS = ("From", "To", "Date", "Subject")


def read_mail(data: bytes, path: str, file: str) -> Document:
    """One message as a document; `BrokenInput` when it holds no text to read."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not any(message.get(f) for f in SHOWN_FIELDS):
        raise BrokenInput(path, "not an e-mail message: no From, To, Date or Subject field")
    body = _text(message)
    if body is None:
        raise BrokenInput(path, "the message has no text or HTML part")
    head = "".join(f"{name}: {message[name]}\n" for name in SHOWN_FIELDS if message.get(name))
    notes = [] if not message.defects else [f"the message is malformed ({type(message.defects[0]).__name__}); read as far as it goes"]
    return Document(path=path, file=file, format="eml", text=head + "\n" + body, raw=data, notes=notes)


def _text(message: EmailMessage) -> str | None:
    """The message's text: its plain part, else its HTML part's article text, looking inside a
    message attached to it."""
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        return _content(plain)
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        from .html import read_html

        return read_html(_content(html).encode("utf-8"), "", "").text
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, EmailMessage) and (found := _text(inner)) is not None:
                return found
    return None


def _content(part: MIMEPart) -> str:
    """A text part's words, decoded; a part whose declared charset is wrong is read as UTF-8
    with its bad bytes replaced rather than lost."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return str(content).replace("\r\n", "\n")
