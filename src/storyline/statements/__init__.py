"""Statements: one id for the quotes, in any articles, that report one utterance."""
from .align import Utterance, align, same_speaker, word_share
from .encoder import Encoder, SentenceEncoder

__all__ = ["Encoder", "SentenceEncoder", "Utterance", "align", "same_speaker", "word_share"]
