"""Writing an export to a file: whole or not at all, and never over the store it was read from."""
from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import OutputError
from ..store import store_files

if TYPE_CHECKING:
    from ..dossier import Dossier


def _is_store_file(target: Path, store: Path) -> bool:
    """Whether `target` names one of the store's files, by any path, symlink or hard link."""
    real = os.path.realpath(target)
    for theirs in store_files(store):
        if real == os.path.realpath(theirs):
            return True
        try:
            if target.exists() and theirs.exists() and os.path.samefile(target, theirs):
                return True
        except OSError:
            continue
    return False


def write_text(target: Path, text: str) -> None:
    """Write `text` to `target` through a temporary file in the same folder, renamed into place:
    a failure (a full disk) leaves the previous file as it was and no partial one. A symlink is
    written through; a device or pipe (/dev/stdout) is written to directly."""
    real = Path(os.path.realpath(target))
    try:
        if real.exists() and not real.is_file():
            with open(real, "w", encoding="utf-8") as fh:
                fh.write(text)
            return
        if not real.parent.is_dir():
            raise OutputError(str(target), f"the folder {real.parent} does not exist")
        tmp = real.with_name(f".{real.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        mode = stat.S_IMODE(real.stat().st_mode) if real.exists() else 0o666  # less the umask, as open() does
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, real)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(str(target), exc.strerror or str(exc)) from exc
    except UnicodeError as exc:
        raise OutputError(str(target), f"text that cannot be written as UTF-8 ({exc})") from exc


def write_export(dossier: Dossier, fmt: str, target: str | Path) -> None:
    """Write the dossier as `fmt` (a key of FORMATS) to the file `target`. Example::

        with storyline.Dossier("dossier.db") as d:
            write_export(d, "json", "dossier.json")
    """
    from . import FORMATS

    target = Path(target)
    if _is_store_file(target, dossier.store.path):
        raise OutputError(str(target), f"it is the store being exported ({dossier.store.path}) or one of its files;"
                                       " choose another output file")
    write_text(target, FORMATS[fmt](dossier))
