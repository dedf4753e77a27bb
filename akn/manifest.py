"""The manifest of a batch: one JSON Lines record per input, saying what happened to it.

A record is appended (and flushed) as each input finishes, so the manifest of an interrupted run is true
about what finished. Records are never rewritten in place: a later record for the same input replaces an
earlier one when the manifest is read, and a run that completes compacts the file to one record per input
(atomically, through a temporary file), in the order the inputs were first recorded.

    >>> record = Record(input="in/a.txt", status="converted", options_sha256="0" * 64)
    >>> Record.from_dict(record.to_dict()) == record
    True
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .files import write_atomic

FORMAT = 1
# Statuses of `akn convert`: converted (warnings allowed), failed (an error, or a warning under strict),
# unreadable (the input could not be read or decoded). Of `akn validate`: conformant, problems, unreadable.
CONVERT_STATUSES = ("converted", "failed", "unreadable")
VALIDATE_STATUSES = ("conformant", "problems", "unreadable")
# What a recorded status means for a command's exit code.
EXIT_CODES = {"converted": 0, "conformant": 0, "failed": 1, "problems": 1, "unreadable": 3}


@dataclass
class Record:
    """What happened to one input. Paths are as given on the command line (inputs) and relative to the
    manifest's folder (outputs); timings are milliseconds; `options_sha256` fingerprints the command, the
    options that change the output, and the akn version. `counts` (validation) holds the number of problems
    of each severity, `errors` and `warnings` the first of them."""

    input: str
    status: str
    input_sha256: str | None = None
    output: str | None = None
    output_sha256: str | None = None
    work: str | None = None
    expression: str | None = None
    warnings: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    command: str = "convert"
    options: dict[str, Any] = field(default_factory=dict)
    options_sha256: str = ""
    akn: str = __version__
    run: str = ""
    finished: str = ""
    format: int = FORMAT

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @property
    def exit_code(self) -> int:
        return EXIT_CODES.get(self.status, 1)


def fingerprint(command: str, options: Mapping[str, Any]) -> str:
    """The sha256 of what decides an output besides the input: the command, its options, the akn version."""
    canonical = json.dumps({"command": command, "options": dict(options), "akn": __version__}, sort_keys=True,
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def key(path: str) -> str:
    """How an input is matched between runs: its path as given, normalised (`./in//a.txt` is `in/a.txt`), as
    the manifest can hold it (`printable`)."""
    return os.path.normpath(printable(path))


def printable(text: str) -> str:
    """`text` as UTF-8 can carry it: the bytes of a file name that are not UTF-8, which Python holds as
    surrogate escapes, become U+FFFD, as in every report of akn, so that writing the name cannot fail."""
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_run_id() -> str:
    return f"{_dt.datetime.now(_dt.UTC):%Y%m%dT%H%M%SZ}-{os.getpid()}"


def read(path: str | os.PathLike[str]) -> dict[str, Record]:
    """The latest record of each input in a manifest (an absent manifest is empty). A line that is not a
    whole record, as an interrupted write can leave at the end, is passed over."""
    records: dict[str, Record] = {}
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115
    except FileNotFoundError:
        return records
    with handle:
        for line in handle:
            try:
                data = json.loads(line)
                record = Record.from_dict(data)
            except (ValueError, TypeError):
                continue
            records.pop(key(record.input), None)  # a later record moves the input to the end
            records[key(record.input)] = record
    return records


class Writer:
    """Appends records to a manifest, one line each, flushed at once. `fresh` starts the file anew."""

    def __init__(self, path: str | os.PathLike[str], *, fresh: bool) -> None:
        self.path = Path(path)
        self.handle: TextIO = open(self.path, "w" if fresh else "a", encoding="utf-8")  # noqa: SIM115

    def write(self, record: Record) -> None:
        self.handle.write(_line(record))
        self.handle.flush()

    def close(self) -> None:
        if not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()

    def compact(self) -> None:
        """Rewrite the manifest with one record per input (the latest), atomically."""
        self.close()
        write_all(self.path, read(self.path).values())


def _line(record: Record) -> str:
    """The record as one line of the manifest: JSON, with names that are not UTF-8 made `printable`."""
    return printable(json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))) + "\n"


def write_all(path: str | os.PathLike[str], records: Iterable[Record]) -> None:
    """A whole manifest at once (atomically)."""
    write_atomic(Path(path), "".join(_line(r) for r in records).encode("utf-8"))
