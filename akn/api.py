"""The library API: what the command line does, as functions that return values and raise `AknError`s.

Nothing here prints, exits or touches a file it was not asked to read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .aknxml.reader import read_xml
from .aknxml.writer import to_xml as _write_xml
from .aknxml.writer import work_uri
from .errors import InputError, StrictModeError, XmlInputError
from .files import DEFAULT_TEXT_MAX_SIZE, DEFAULT_XML_MAX_SIZE, read_bytes
from .model import Document, Metadata
from .plaintext.reader import ConvertOptions, read_text
from .plaintext.structure import Diagnostic
from .plaintext.writer import to_text as _write_text


@dataclass
class Converted:
    """What `convert` returns: the document (the model), the warnings the conversion raised (each with the
    input line it points at), and the document as Akoma Ntoso XML or as text on demand."""

    document: Document
    warnings: list[Diagnostic] = field(default_factory=list)

    def to_xml(self) -> bytes:
        """The document as Akoma Ntoso 3.0 XML (UTF-8, with an XML declaration)."""
        return _write_xml(self.document)

    def to_text(self, format: str = "plain") -> str:
        """The document as text a reader sees on paper ("plain" or "markdown"), which `convert` reads back."""
        return _write_text(self.document, format)

    @property
    def work(self) -> str:
        """The FRBR work IRI, e.g. `/akn/un/statement/deliberation/unga/2025-12-17/80-321`."""
        return work_uri(self.document.meta or Metadata(), self.document).work()

    @property
    def expression(self) -> str:
        """The FRBR expression IRI, e.g. `/akn/un/statement/deliberation/unga/2025-12-17/80-321/eng@`."""
        return work_uri(self.document.meta or Metadata(), self.document).expression()


def convert_options(metadata: dict[str, object]) -> ConvertOptions:
    """`ConvertOptions` from keyword metadata (lists taken as tuples); `TypeError` names an unknown field."""
    unknown = sorted(set(metadata) - set(ConvertOptions.__dataclass_fields__))
    if unknown:
        known = ", ".join(ConvertOptions.__dataclass_fields__)
        raise TypeError(f"unknown metadata {', '.join(unknown)}; known: {known}")
    given = {k: tuple(v) if isinstance(v, list) else v for k, v in metadata.items()}
    return ConvertOptions(**given)  # type: ignore[arg-type]


def convert(text: str | bytes | bytearray, *, strict: bool = False, name: str = "<input>", **metadata: object) -> Converted:
    """Convert a resolution's text; `metadata` are the fields of `ConvertOptions` (symbol, date, ...)."""
    if isinstance(text, bytearray):
        text = bytes(text)
    elif not isinstance(text, (str, bytes)):
        raise TypeError(f"convert takes the text itself (str or bytes), not {type(text).__name__}; "
                        "convert_file(path) reads a file")
    if isinstance(text, str) and _names_a_file(text):
        raise InputError(name, f"{text!r} names a file, not the text of a resolution: convert_file({text!r}) "
                               "reads it")
    options = convert_options(metadata)
    result = read_text(text, options, name)
    if strict and result.warnings:
        raise StrictModeError(name, result.warnings)
    return Converted(result.document, result.warnings)


def convert_file(
    path: str | Path, *, strict: bool = False, max_size: int | None = DEFAULT_TEXT_MAX_SIZE, **metadata: object
) -> Converted:
    """`convert` of a file's bytes; raises `InputError` when the file cannot be read or holds more than
    `max_size` bytes (None: no limit)."""
    return convert(read_bytes(path, max_size), strict=strict, name=str(path), **metadata)


# Akoma Ntoso XML as the functions that read it take it: the XML itself (str or bytes), or where to read it.
XmlSource = str | bytes | os.PathLike[str] | BinaryIO


def read_akn(xml: XmlSource, *, name: str = "<input>", max_size: int = DEFAULT_XML_MAX_SIZE) -> Document:
    """The document an Akoma Ntoso file holds, from any producer: `xml` is the XML (str or bytes), a path
    (`pathlib.Path`; a str is XML) or a file opened in binary mode, read if no larger than `max_size` bytes.
    Raises `XmlInputError` for input that cannot be read or is not Akoma Ntoso XML."""
    data, label = _xml_of(xml, name, max_size)
    return read_xml(data, label)


def _xml_of(xml: XmlSource, name: str, max_size: int) -> tuple[str | bytes, str]:
    if isinstance(xml, str) and "<" not in xml and _names_a_file(xml):
        raise XmlInputError(name, f"a str is the XML itself, and {xml!r} names a file: give Path({xml!r}) to read it")
    if isinstance(xml, (str, bytes)):
        return xml, name
    if isinstance(xml, (os.PathLike, bytearray)) or hasattr(xml, "read"):
        from .conformance.loader import read

        return read(xml, name=None if name == "<input>" else name, max_size=max_size)
    raise TypeError(f"Akoma Ntoso XML is given as str or bytes, a path or a file opened in binary mode, not "
                    f"{type(xml).__name__}")


def _names_a_file(text: str) -> bool:
    """Whether a str given where a text or its XML is due is rather the name of a file (one short line)."""
    return "\n" not in text and len(text) < 4096 and os.path.isfile(text)


def to_xml(document: Document | Converted) -> bytes:
    """A document (the model, as `read_akn` returns it, or a `Converted`) as Akoma Ntoso 3.0 XML."""
    if isinstance(document, Converted):
        return _write_xml(document.document)
    if not isinstance(document, Document):
        raise TypeError(f"to_xml writes a Document or a Converted, not {type(document).__name__}")
    return _write_xml(document)


def to_text(xml: XmlSource | Document | Converted, format: str = "plain", *, name: str = "<input>",
            max_size: int = DEFAULT_XML_MAX_SIZE) -> str:
    """A document as text a reader sees on paper (`format` "plain" or "markdown"), which `convert` reads back.

    `xml` is Akoma Ntoso XML (any producer's) as `read_akn` takes it, a `Document` or a `Converted`; raises
    `XmlInputError` for input that cannot be read or is malformed, hostile or not Akoma Ntoso.
    """
    if isinstance(xml, Converted):
        document = xml.document
    elif isinstance(xml, Document):
        document = xml
    else:
        document = read_akn(xml, name=name, max_size=max_size)
    return _write_text(document, format)
