"""Statements: one id for the quotes, in any articles, that report one utterance."""
from ..quotes.tokens import word_share
from .align import Utterance, align, same_speaker
from .encoder import Encoder, SentenceEncoder

__all__ = ["Encoder", "SentenceEncoder", "Utterance", "align", "same_speaker", "word_share"]
