"""The language of a text that does not state its own: py3langid's packaged model.

py3langid (a maintained fork of langid.py: naive Bayes over byte n-grams, 97 languages, its
4.6 MB model inside the package) agreed with the page's declared language on 125 of 133
realweb/dev pages that declare one, against 118 for the function-word count it replaced (which
also said nothing on 8); most of the rest are pages declaring "en" over German text. It reads
the first `SAMPLE_CHARS` of the text: the same answers there as on 5,000, at a tenth of the time
(0.6 ms an article).
"""
from __future__ import annotations

import io
import lzma
import re
from array import array
from functools import cache

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 1000
MIN_WORDS = 20  # fewer words than this: a caption, a teaser; their language is left unknown
MIN_PROBABILITY = 0.9


@cache
def _identifier() -> LanguageIdentifier:
    """The model, loaded once per process on first use (about 0.3 s).

    Decompressed in memory (30 MB for a moment): py3langid's own loader writes it to a temporary
    file, which fails on a full disk and would then cost every article its language.
    """
    with lzma.open(MODEL_DIR / MODEL_FILE) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), _array(data["nextmove"]),
            data["out_feat"].tolist(), norm_probs=True, tk_row=_array(data["nextmove_row"]))


def _array(values: np.ndarray) -> array:  # type: ignore[type-arg]
    """An unsigned integer numpy array as the stdlib array py3langid's tables are."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(re.findall(r"\w+", sample)) < MIN_WORDS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if probability >= MIN_PROBABILITY else None


# Spellings only one side of the Atlantic uses. English text of a British (Irish, Indian,
# Australian) page writes numeric dates day first, an American one month first; the language
# identifier says "en" for both.
BRITISH = re.compile(r"\b(?:defence|programme|colour\w*|favour\w*|labour|centre|organis\w+|realis\w+|analys(?:e|ed|ing)"
                     r"|travelled|whilst|per cent|licence|neighbour\w*|behaviour\w*|criticis\w+|apologis\w+)\b",
                     re.IGNORECASE)
AMERICAN = re.compile(r"\b(?:defense|program|color\w*|favor\w*|labor|center|organiz\w+|realiz\w+|analyz(?:e|ed|ing)"
                      r"|traveled|percent|license|neighbor\w*|behavior\w*|criticiz\w+|apologiz\w+)\b",
                      re.IGNORECASE)


SPELLING_CHARS = 20_000  # an article's worth of text: a 50 MB dump is not searched whole


def english_variant(text: str) -> str:
    """ "en-GB" when an English text spells as British pages do more often than as American ones,
    else "en": the locale whose date order then reads its numeric dates."""
    sample = text[:SPELLING_CHARS]
    return "en-GB" if len(BRITISH.findall(sample)) > len(AMERICAN.findall(sample)) else "en"
