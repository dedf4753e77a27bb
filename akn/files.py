"""File output that never leaves a partial file and never overwrites an input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import AknError


class OutputError(AknError):
    """An output that cannot be written (or would overwrite an input)."""


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: Path, data: bytes, inputs: tuple[Path, ...] = ()) -> None:
    """Write `data` to `path` through a temporary file in the same folder, renamed into place when complete."""
    for source in inputs:
        if same_file(path, source) or path.resolve() == source.resolve():
            raise OutputError(f"{path}: refusing to overwrite the input file")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
