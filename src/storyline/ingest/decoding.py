"""Bytes to text for every text-like input: BOM, strict UTF-8, a declared charset, then a guess.

The cascade, numbered as in `decode`:

1. an empty input is refused;
2. a byte order mark decides (UTF-8, UTF-16, UTF-32) and is removed;
3. NUL bytes mean binary data, unless the bytes look like UTF-16 written without a BOM;
4. strict UTF-8, the fast path for nearly every modern file; bytes that are UTF-8 but for a few
   bad bytes (fewer than the valid multi-byte characters) stay UTF-8, each bad byte shown as
   U+FFFD, and `decode_noted` says where: one stray byte must not turn every "ü" into "Ã¼";
5. a charset the container declares (`hint`: HTML `<meta charset>`, an HTTP header), if it decodes;
6. charset-normalizer's guess, but cp1252 (the commonest legacy web encoding) whenever it reads
   at least as cleanly: on short English text the guess is often cp1250 or cp1125, which turn
   "è" into "č" or curly quotes into Cyrillic. The price: short cp1250/cp1254 text whose bytes
   also read cleanly as cp1252 comes out in cp1252 letters; a declared charset avoids that;
7. white-space-only text and text that is mostly control characters are refused.

Nothing else is changed: line endings and Unicode forms stay as they are, because later offsets
point into this text.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyInput

# Longest BOMs first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY_REASON = "binary data, not text (NUL bytes / not decodable)"
# Share of control characters (C0 and C1, other than tab, line breaks, form feed) above which
# decoded "text" is taken for binary data. Random bytes decode to about 12 % control characters;
# real articles have none, so 5 % leaves room for a few stray escape codes.
MAX_CONTROL_SHARE = 0.05
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Without a BOM, ASCII-heavy UTF-16 has a NUL in every other byte: at least this share of the
# NULs must sit on one parity for the bytes to be tried as UTF-16.
UTF16_NUL_PARITY = 0.95
# Encodings that WHATWG treats as cp1252 when a page declares them.
DECLARED_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}
PREFERRED_ON_TIE = "cp1252"  # see step 6
# Codecs whose result needs no note to the user.
PLAIN_ENCODINGS = frozenset({"utf-8", "utf_8", "ascii", "utf-8-sig"})
# A byte that is not UTF-8, as the surrogateescape error handler shows it.
BAD_BYTE = re.compile("[\udc80-\udcff]")


def decode(data: bytes, path: str, *, hint: str | None = None) -> tuple[str, str]:
    """Decode one input's bytes; return the text and the Python codec name that decoded it.

    As `decode_noted`, without the note.

    `hint` is a charset the container declares (HTML meta, HTTP header); it is tried after
    strict UTF-8. Raises EmptyInput or BinaryInput.

    >>> decode("The caf\\u00e8 \\u00abLa Mar\\u00e9e\\u00bb reopens".encode("cp1252"), "a.txt")
    ('The cafè «La Marée» reopens', 'cp1252')
    """
    text, encoding, _note = decode_noted(data, path, hint=hint)
    return text, encoding


def decode_noted(data: bytes, path: str, *, hint: str | None = None) -> tuple[str, str, str | None]:
    """Decode one input's bytes: the text, the codec, and a note for the user when the bytes were
    not plain UTF-8 (a guessed legacy encoding, or bad bytes replaced by U+FFFD), else None.

    Raises EmptyInput or BinaryInput.
    """
    # 1. empty
    if not data:
        raise EmptyInput(path, "empty file")
    text, encoding, note = _decode_bytes(data, path, hint)
    if note is None and encoding not in PLAIN_ENCODINGS:
        note = f"decoded as {encoding}"
    # 7. white space only, control characters
    if not text.strip():
        raise EmptyInput(path, "only white space" if text else "empty file")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInput(path, BINARY_REASON)
    return text, encoding, note


def mostly_utf8(data: bytes, base: int = 0) -> tuple[str, str] | None:
    """Step 4's second half: (text with U+FFFD for each bad byte, note) for bytes that are UTF-8
    but for a few bad bytes; None for bytes in another encoding. Called on bytes that are not
    valid UTF-8. `base` is added to the byte offset the note names (the length of a BOM).

    "A few": fewer bad bytes than valid multi-byte characters. A legacy single-byte text has
    (nearly) no valid multi-byte sequence; a UTF-8 text with a stray byte has many.
    """
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(data) - len(escaped.encode("utf-8", "ignore"))  # "ignore" drops the escaped bytes
    non_ascii = len(escaped) - len(escaped.encode("ascii", "ignore"))
    if non_ascii - bad <= bad:
        return None
    first = BAD_BYTE.search(escaped)
    at = base + len(escaped[: first.start()].encode("utf-8", "surrogateescape")) if first else 0
    text = BAD_BYTE.sub("\ufffd", escaped)
    count = "1 byte is" if bad == 1 else f"{bad:,} bytes are"
    return text, f"{count} not valid UTF-8 (the first at byte {at}); shown as U+FFFD, the rest read as UTF-8"


def _decode_bytes(data: bytes, path: str, hint: str | None) -> tuple[str, str, str | None]:
    """Steps 2 to 6 of the cascade: text, codec, and a note when bad bytes were replaced."""
    # 2. byte order mark
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.removesuffix("-sig")), encoding, None
            except UnicodeDecodeError:
                mostly = mostly_utf8(data[len(bom):], len(bom)) if encoding == "utf-8-sig" else None
                if mostly is None:
                    raise BinaryInput(path, BINARY_REASON) from None
                return mostly[0], encoding, mostly[1]
    # 3. NUL bytes
    if b"\x00" in data:
        return (*_decode_utf16_without_bom(data, path), None)
    # 4. strict UTF-8, or UTF-8 but for a few bad bytes
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    mostly = mostly_utf8(data)
    if mostly is not None:
        return mostly[0], "utf-8", mostly[1]
    # 5. declared charset
    declared = _codec_name(hint)
    if declared:
        try:
            return data.decode(declared), declared, None
        except UnicodeDecodeError:
            pass
    # 6. charset-normalizer
    return (*_guess(data, path), None)


def _guess(data: bytes, path: str) -> tuple[str, str]:
    """charset-normalizer's best match, or cp1252 when that reads at least as cleanly."""
    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=[PREFERRED_ON_TIE]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        best = western
    if best is None:
        raise BinaryInput(path, BINARY_REASON)
    return str(best), best.encoding


def _utf16_parity(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NUL bytes sit where ASCII-heavy UTF-16 puts them."""
    if len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    nuls = odd + even
    if nuls < len(data) // 8:
        return None
    if odd >= UTF16_NUL_PARITY * nuls:
        return "utf-16-le"
    if even >= UTF16_NUL_PARITY * nuls:
        return "utf-16-be"
    return None


def _decode_utf16_without_bom(data: bytes, path: str) -> tuple[str, str]:
    """UTF-16 text saved without a BOM, else a BinaryInput."""
    encoding = _utf16_parity(data)
    if encoding is None:
        raise BinaryInput(path, BINARY_REASON)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise BinaryInput(path, BINARY_REASON) from None
    if "\x00" in text:
        raise BinaryInput(path, BINARY_REASON)
    return text, encoding


def _codec_name(declared: str | None) -> str | None:
    """The Python codec for a declared charset label, or None when Python does not know it."""
    if not declared:
        return None
    label = declared.strip().strip("\"'").lower()
    label = DECLARED_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page cannot declare UTF-16/32 from inside itself (WHATWG reads it as UTF-8); decoding
    # single-byte text as UTF-16 would "succeed" with nonsense.
    return None if name.startswith(("utf-16", "utf-32")) else name


def _control_share(text: str) -> float:
    """Share of characters that are control characters other than white space."""
    sample = text[:65536]
    return len(CONTROL_CHARS.findall(sample)) / len(sample)
