"""Inputs read with a plain reason when they cannot be; outputs written so that no partial file is left and
no input is overwritten."""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

from .errors import AknError, InputError


class OutputError(AknError):
    """An output that cannot be written (or would overwrite an input)."""


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes, or `InputError` saying plainly why not."""
    name = os.fspath(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None


def encoding_problem(name: str) -> str | None:
    """Why `name` is no encoding a text can be read in, or None when it is one."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return f"unknown encoding {name!r}"
    if not info._is_text_encoding:  # base64, rot13: codecs, but not of text
        return f"{name!r} is no text encoding"
    return None


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
