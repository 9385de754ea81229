"""Exports of a dossier: JSON (the schema contract) and Markdown (for reading)."""
from .json_export import to_dict, to_json
from .markdown import to_markdown
from .output import write_export

FORMATS = {"json": to_json, "markdown": to_markdown}

__all__ = ["FORMATS", "to_dict", "to_json", "to_markdown", "write_export"]
