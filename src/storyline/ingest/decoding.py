"""Bytes to text for every text-like input: BOM, strict UTF-8, a declared charset, then a guess.

The cascade, numbered as in `decode`:

1. an empty input is refused;
2. a byte order mark decides (UTF-8, UTF-16, UTF-32) and is removed;
3. NUL bytes mean binary data, unless the bytes look like UTF-16 written without a BOM;
4. strict UTF-8, the fast path for nearly every modern file;
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


def decode(data: bytes, path: str, *, hint: str | None = None) -> tuple[str, str]:
    """Decode one input's bytes; return the text and the Python codec name that decoded it.

    `hint` is a charset the container declares (HTML meta, HTTP header); it is tried after
    strict UTF-8. Raises EmptyInput or BinaryInput.

    >>> decode("The caf\\u00e8 \\u00abLa Mar\\u00e9e\\u00bb reopens".encode("cp1252"), "a.txt")
    ('The cafè «La Marée» reopens', 'cp1252')
    """
    # 1. empty
    if not data:
        raise EmptyInput(path, "empty file")
    text, encoding = _decode_bytes(data, path, hint)
    # 7. white space only, control characters
    if not text.strip():
        raise EmptyInput(path, "only white space" if text else "empty file")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInput(path, BINARY_REASON)
    return text, encoding


def _decode_bytes(data: bytes, path: str, hint: str | None) -> tuple[str, str]:
    """Steps 2 to 6 of the cascade."""
    # 2. byte order mark
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.removesuffix("-sig")), encoding
            except UnicodeDecodeError:
                raise BinaryInput(path, BINARY_REASON) from None
    # 3. NUL bytes
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, path)
    # 4. strict UTF-8
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # 5. declared charset
    declared = _codec_name(hint)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    # 6. charset-normalizer
    return _guess(data, path)


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
