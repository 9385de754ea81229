"""Normalize: a document's source text becomes clean paragraphs with a map back to the source."""
from .clean import clean
from .lines import Line, label_lines

__all__ = ["clean", "Line", "label_lines"]
