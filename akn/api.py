"""The library API: what the command line does, as functions that return values and raise `AknError`s."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .aknxml.reader import read_xml
from .aknxml.writer import to_xml
from .errors import InputError, StrictModeError
from .model import Document
from .plaintext.reader import ConvertOptions, read_text
from .plaintext.structure import Diagnostic
from .plaintext.writer import to_text as _write_text


@dataclass
class Converted:
    """A converted document, the warnings the conversion raised, and its XML."""

    document: Document
    warnings: list[Diagnostic] = field(default_factory=list)

    def to_xml(self) -> bytes:
        return to_xml(self.document)


def convert(text: str | bytes, *, strict: bool = False, name: str = "<input>", **metadata: object) -> Converted:
    """Convert a resolution's text; `metadata` are the fields of `ConvertOptions` (symbol, date, ...)."""
    options = ConvertOptions(**metadata)  # type: ignore[arg-type]
    result = read_text(text, options, name)
    if strict and result.warnings:
        raise StrictModeError(name, result.warnings)
    return Converted(result.document, result.warnings)


def convert_file(path: str | Path, *, strict: bool = False, **metadata: object) -> Converted:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not a file") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from None
    return convert(data, strict=strict, name=str(path), **metadata)


def read_akn(xml: str | bytes, *, name: str = "<input>") -> Document:
    """The document an Akoma Ntoso file holds, from any producer; raises `XmlInputError` for other input."""
    return read_xml(xml, name)


def to_text(xml: str | bytes | Document, format: str = "plain", *, name: str = "<input>") -> str:
    """A document as text a reader sees on paper (`format` "plain" or "markdown"), which `convert` reads back.

    `xml` is Akoma Ntoso XML (any producer's) or a `Document`.
    """
    document = xml if isinstance(xml, Document) else read_xml(xml, name)
    return _write_text(document, format)
