"""Inputs read with a plain reason when they cannot be; outputs written so that no partial file is left and
no input is overwritten."""

from __future__ import annotations

import codecs
import io
import os
import secrets
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import BinaryIO

from .errors import AknError, InputError


class OutputError(AknError):
    """An output that cannot be written (or would overwrite an input)."""


class WholeWrites(io.BufferedIOBase):
    """A binary stream that passes each write to `stream` whole (`write_all`): under a `TextIOWrapper`, the
    standard output of a report that a closed pipe must stop, not cut short."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        write_all(self._stream, bytes(data))
        return len(data)

    def flush(self) -> None:
        self._stream.flush()


# The longest resolutions are under a megabyte of text: a text many times that size is most likely another
# file given by mistake, and would take a minute to convert.
DEFAULT_TEXT_MAX_SIZE = 20 * 1024 * 1024
# The largest Akoma Ntoso document read unless told otherwise (validate, fix, text and the library's readers).
DEFAULT_XML_MAX_SIZE = 100 * 1024 * 1024


def read_bytes(path: str | os.PathLike[str], max_size: int | None = None) -> bytes:
    """A file's bytes, or `InputError` saying plainly why not: among the reasons, more than `max_size` bytes
    (None: no limit), which a file is refused for before it is read."""
    name = os.fspath(path)
    try:
        if max_size is None:
            return Path(path).read_bytes()
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_size:
                raise InputError(name, over_the_limit(size, max_size))
            # a pipe or a device gives no size: read in pieces up to the limit
            data = handle.read(size + 1) if size else read_limited(handle, max_size)
        if len(data) > max_size:
            raise InputError(name, over_the_limit(None if not size else len(data), max_size))
        return data
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None


def read_limited(handle: BinaryIO, max_size: int) -> bytes:
    """At most `max_size` + 1 bytes of a stream (a pipe, a device), read in pieces: one more than the limit
    tells the caller the limit was passed, and no buffer of the limit's size is allocated up front."""
    chunks, total = [], 0
    while total <= max_size:
        chunk = handle.read(min(1 << 20, max_size + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def over_the_limit(size: int | None, max_size: int) -> str:
    """Why an input of `size` bytes (None: of a stream, known only to be larger) is refused, the limit
    written in the unit --max-size gives it and in bytes, so that it reads unlike any size over it."""
    megabytes, rest = divmod(max_size, 1024 * 1024)
    exact = f"{max_size:,} bytes"
    limit = f"{megabytes} MB ({exact}; --max-size)" if megabytes and not rest else f"{exact} (--max-size)"
    return f"more than the size limit of {limit}" if size is None else f"{size:,} bytes is over the size limit of {limit}"


# Formats of documents that are not text, told by their first bytes: (kind, what the file is).
_SIGNATURES = (
    (b"%PDF-", "pdf", "a PDF file"),
    (b"PK\x03\x04", "zip", "a ZIP archive (a Word .docx, an OpenDocument .odt, ...)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc", "a legacy Office document (a Word .doc)"),
    (b"{\\rtf", "rtf", "an RTF document"),
)


def document_format(data: bytes) -> tuple[str, str] | None:
    """(kind, what the file is) when `data` opens as a PDF, a ZIP archive (Office and OpenDocument files), a
    legacy Office document or RTF: what users give by mistake for the text or XML of a resolution."""
    for signature, kind, what in _SIGNATURES:
        if data.startswith(signature):
            return kind, what
    return None


def encoding_problem(name: str) -> str | None:
    """Why `name` is no encoding a text can be read in, or None when it is one."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return f"unknown encoding {name!r}"
    if not info._is_text_encoding:  # base64, rot13: codecs, but not of text
        return f"{name!r} is no text encoding"
    return None


class Inputs:
    """The input files that no output may replace, each looked up at once by its resolved path and by its
    identity on disk (device and inode: a hard link or a symlink to an input is the input), so that a batch
    of thousands of files costs one lookup per output, not one per input."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.resolved: set[Path] = set()
        self.identities: set[tuple[int, int]] = set()
        for path in paths:
            self.resolved.add(path.resolve())
            try:
                found = os.stat(path)
            except OSError:
                continue
            self.identities.add((found.st_dev, found.st_ino))

    def include(self, path: Path, found: os.stat_result | None) -> bool:
        """Whether `path` (whose `os.stat` is `found`, None when there is no such file) is one of the inputs."""
        if found is not None and (found.st_dev, found.st_ino) in self.identities:
            return True
        return path.resolve() in self.resolved


def write_atomic(path: Path, data: bytes, inputs: Inputs | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same folder, renamed into place when complete.

    The file gets the permissions a new file gets (0666 less the umask), or those of the file it replaces.
    A path that is no regular file (a device such as /dev/null, a named pipe) is written into, as `cp` does:
    replacing it would destroy it. A symbolic link is written through, to the file it points to, which
    keeps the link. A write the system refuses is an `OutputError` naming `path`; so is a path that is one
    of `inputs`."""
    path, existing = _target(path, inputs)
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        try:
            with open(path, "wb") as handle:
                write_all(handle, data)
        except OSError as exc:
            raise OutputError(f"{path}: {exc.strerror or exc}") from None
        return
    with signals_held():  # interrupted between creating the temporary file and the rename, it would stay
        try:
            fd, tmp = _create_beside(path, existing)
        except OSError as exc:
            raise OutputError(f"{path}: {exc.strerror or exc}") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                write_all(handle, data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException as exc:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
                raise OutputError(f"{path}: {exc.strerror or exc}") from None
            raise


def _target(path: Path, inputs: Inputs | None) -> tuple[Path, os.stat_result | None]:
    """The file an output goes to (a symbolic link followed) and what is there now, once it is known that it
    is no input, no folder, and in a folder that exists."""
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    try:
        existing: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise OutputError(f"{path}: {exc.strerror or exc}") from None
    if inputs is not None and inputs.include(path, existing):
        raise OutputError(f"{path}: refusing to overwrite the input file")
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise OutputError(f"{path}: is a folder, not a file")
    folder = path.parent if str(path.parent) else Path(".")
    if existing is None and not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    return path, existing


class PendingText(io.TextIOWrapper):
    """A text output written as it goes (a report over thousands of files) under a temporary name beside
    `path`, which `close` renames into place, whole; `discard` removes it, so that a run that fails leaves
    nothing. `path` must be none of `inputs`. A path that is no regular file (/dev/stdout) is written into."""

    def __init__(self, path: Path, inputs: Inputs | None = None) -> None:
        self.path, existing = _target(path, inputs)
        self._tmp: str | None = None
        try:
            if existing is not None and not stat.S_ISREG(existing.st_mode):
                handle = open(self.path, "wb")  # noqa: SIM115 - closed by close()
            else:
                fd, self._tmp = _create_beside(self.path, existing)
                handle = os.fdopen(fd, "wb")
        except OSError as exc:
            raise OutputError(f"{self.path}: {exc.strerror or exc}") from None
        super().__init__(handle, encoding="utf-8", newline="")

    def close(self) -> None:
        if self.closed:
            return
        with signals_held():
            try:
                self.flush()
                if self._tmp is not None:
                    os.fsync(self.buffer.fileno())
                super().close()
                if self._tmp is not None:
                    os.replace(self._tmp, self.path)
            except OSError as exc:
                self.discard()
                raise OutputError(f"{self.path}: {exc.strerror or exc}") from None

    def discard(self) -> None:
        """Close without keeping what was written."""
        if not self.closed:
            try:
                super().close()
            except OSError:
                pass
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except FileNotFoundError:
                pass


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while a step that must not be cut runs (a file written and renamed into place;
    in a batch, an output and its manifest record), so that a stop lands before or after it, never inside;
    a signal that came meanwhile acts on leaving. Only the main thread receives signals: elsewhere the step
    runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[tuple[int, FrameType | None]] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append((signum, frame))

    # read before any is replaced: a signal that lands while they are replaced finds both to put back
    previous = {int(number): signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        for number in previous:
            signal.signal(number, hold)
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught:
            signum, frame = caught[0]
            handler = previous[signum]
            if callable(handler):
                handler(signum, frame)
            elif handler != signal.SIG_IGN:
                signal.raise_signal(signum)


def _create_beside(path: Path, existing: os.stat_result | None) -> tuple[int, str]:
    """A new file `.NAME.RANDOM.part` in the folder of `path`, open for writing, with the mode of the file it
    is to replace (`existing`), or else mode 0666, which the umask narrows as it does for any new file
    (`tempfile.mkstemp` would make it 0600 whatever the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = str(path.with_name(f".{path.name}.{secrets.token_hex(6)}.part"))
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        if existing is not None:
            try:
                os.chmod(tmp, stat.S_IMODE(existing.st_mode))
            except OSError:
                os.close(fd)
                os.unlink(tmp)
                raise
        return fd, tmp
    raise FileExistsError(f"no free name for a temporary file beside {path}")


def write_all(stream: BinaryIO, data: bytes) -> None:
    """Write every byte of `data` to `stream` and flush it. A buffered stream may write part of a large
    block and return the count without raising (a reader that closes a pipe midway): the rest is written
    again, and that write raises `BrokenPipeError`, instead of the loss passing in silence."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view) or 0:]
    stream.flush()
