"""storyline: a pile of messy news articles becomes a dossier.

    import storyline
    report = storyline.build("articles/", "dossier.db")
    with storyline.Dossier("dossier.db") as dossier:
        print(dossier.to_dict()["articles"][0]["published"])
"""
from __future__ import annotations

__version__ = "0.1.0"

from .config import Config
from .dossier import Dossier
from .errors import (
    BinaryInput,
    BrokenInput,
    ConfigError,
    EmptyInput,
    InputError,
    OutputError,
    StoreError,
    StorylineError,
    TooLarge,
    VanishedInput,
)
from .models import Article, Candidate, Cleaned, CopyLink, Document, Metadata, Skipped, TextMap
from .pipeline import BuildReport, build
from .store import Store

__all__ = [
    "Article", "BinaryInput", "BrokenInput", "BuildReport", "Candidate", "Cleaned", "Config", "ConfigError",
    "CopyLink", "Document", "Dossier", "EmptyInput", "InputError", "Metadata", "OutputError", "Skipped", "Store", "StoreError",
    "StorylineError", "TextMap", "TooLarge", "VanishedInput", "build", "__version__",
]
