"""Exceptions raised by storyline.

The library raises; only the command line turns these into messages and exit codes::

    StorylineError
    ├── InputError          one input file (or one record of it) cannot be read; carries the path
    │   ├── EmptyInput      nothing but white space
    │   ├── BinaryInput     bytes that are not text under a text extension
    │   ├── TooLarge        over the configured size limit
    │   ├── BrokenInput     a PDF, HTML page, JSON line or CSV row that does not parse
    │   └── VanishedInput   the file disappeared or became unreadable during the build
    ├── StoreError          the SQLite store cannot be opened, migrated or written
    ├── OutputError         an export cannot be written where asked; carries the path
    └── ConfigError         a setting or an argument that cannot work; the message says the fix
"""
from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""


class InputError(StorylineError):
    """One input (a file, or record N of a list file) could not be turned into an article."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptyInput(InputError):
    """The input holds no text."""


class BinaryInput(InputError):
    """The input is binary data under a text extension."""


class TooLarge(InputError):
    """The input is over the size limit for one article."""


class BrokenInput(InputError):
    """The input is malformed for its format (PDF, HTML, JSON, CSV, WARC)."""


class VanishedInput(InputError):
    """The file was there when the build listed it and gone (or unreadable) when it was read."""


class StoreError(StorylineError):
    """The store cannot be opened, migrated or written."""


class OutputError(StorylineError):
    """An export cannot be written to the file asked for; nothing (not a partial file) was written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot write the export: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(StorylineError):
    """A setting that cannot work; the message suggests the fix."""
