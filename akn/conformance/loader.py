"""Reading untrusted XML safely: a size limit, no DTD of any kind, no entities, no network, bounded depth.

A document is refused before parsing when its prolog holds a DOCTYPE (billion laughs, external entities
and external DTDs all need one), and again after parsing should one have slipped past the prolog scan. The
parser never loads a DTD, never resolves an entity, never touches the network and keeps libxml2's limits
on depth and text size (`huge_tree=False`).
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..errors import XmlInputError
from ..files import DEFAULT_XML_MAX_SIZE, document_format, over_the_limit, read_limited

DEFAULT_MAX_SIZE = DEFAULT_XML_MAX_SIZE
_HEAD = 65536
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_PARSER_OPTIONS = {
    "resolve_entities": False, "no_network": True, "load_dtd": False, "dtd_validation": False, "huge_tree": False,
}


class UnreadableXml(XmlInputError):
    """An input that is not a document akn will check: unreadable, too large, malformed or hostile.

    `code` names the kind (`input-unreadable`, `input-too-large`, `xml-malformed`, `xml-forbidden`);
    `line` and `column` point into the input where the parser stopped (0 when unknown).
    """

    def __init__(self, source: str, problem: str, code: str = "xml-malformed", line: int = 0, column: int = 0):
        super().__init__(source, problem)
        self.code, self.line, self.column = code, line, column

    def __str__(self) -> str:
        """`file:line:column: problem`, as compilers point into a file (the line and column when known)."""
        where = f"{self.source}:{self.line}" if self.line else self.source
        if self.line and self.column:
            where += f":{self.column}"
        return f"{where}: {self.problem}"


# The kinds of `UnreadableXml`, each a fatal problem of its own ID in a report: what `--list-rules` says of them.
READING_PROBLEMS = {
    "input-unreadable": "the file cannot be read: missing, a folder, no permission, a file opened in text mode.",
    "input-too-large": "the file is larger than the size limit (--max-size).",
    "xml-malformed": "the file is not well-formed XML, or nests elements deeper than the parser allows.",
    "xml-forbidden": "the file declares a DOCTYPE: DTDs and entities are refused, so nothing outside it is read.",
}

_parsers: dict[tuple[bool, bool], etree.XMLParser] = {}


def _parser(keep_cdata: bool, comments: bool) -> etree.XMLParser:
    key = (keep_cdata, comments)
    if key not in _parsers:
        _parsers[key] = etree.XMLParser(strip_cdata=not keep_cdata, remove_comments=not comments,
                                        remove_pis=not comments, **_PARSER_OPTIONS)
    return _parsers[key]


def read(source: str | os.PathLike[str] | bytes | BinaryIO, *, name: str | None = None,
         max_size: int = DEFAULT_MAX_SIZE) -> tuple[bytes, str]:
    """The bytes of `source` (a path, bytes, or a binary file) and a name for messages, within `max_size`."""
    if isinstance(source, (bytes, bytearray)):
        data, label = bytes(source), name or "<bytes>"
    elif hasattr(source, "read"):
        label = name or getattr(source, "name", None) or "<stream>"
        if isinstance(source, io.TextIOBase):
            raise UnreadableXml(str(label), "a file opened in text mode; open it in binary mode ('rb')",
                                "input-unreadable")
        data = read_limited(source, max_size)  # type: ignore[arg-type]
    else:
        if isinstance(source, str) and source.lstrip().startswith("<") and not os.path.exists(source):
            raise UnreadableXml(name or "<str>", "a str is a file's path, and this one is XML: give the XML as bytes "
                                "(xml.encode())", "input-unreadable")
        path = Path(source)  # type: ignore[arg-type]
        label = name or str(source)
        try:
            size = path.stat().st_size
            if size > max_size:
                raise UnreadableXml(label, over_the_limit(size, max_size), "input-too-large")
            with path.open("rb") as handle:
                data = handle.read(size + 1) if size else read_limited(handle, max_size)
        except FileNotFoundError:
            raise UnreadableXml(label, "no such file", "input-unreadable") from None
        except IsADirectoryError:
            raise UnreadableXml(label, "is a directory, not a file", "input-unreadable") from None
        except PermissionError:
            raise UnreadableXml(label, "permission denied", "input-unreadable") from None
        except OSError as exc:
            raise UnreadableXml(label, exc.strerror or "cannot be read", "input-unreadable") from None
    if len(data) > max_size:
        raise UnreadableXml(label, over_the_limit(None, max_size), "input-too-large")
    return data, label


def parse(data: bytes, name: str, *, keep_cdata: bool = False, comments: bool = True) -> etree._ElementTree:
    """The parsed document, or `UnreadableXml` saying plainly why not. Every reader of untrusted XML in akn
    parses here. `comments=False` leaves out comments and processing instructions, which a reader of the
    text has no use for."""
    if not data or data.isspace():
        raise UnreadableXml(name, "empty input, not XML")
    found = document_format(data)
    if found is not None:
        raise UnreadableXml(name, f"{found[1]}, not XML")
    head = _decode_head(data)
    if head is None:
        raise UnreadableXml(name, "binary data, not XML")
    prolog = _PROLOG.match(head)
    start = prolog.end() if prolog else 0  # of the first markup after the XML declaration and comments
    if not head.startswith("<", start):
        raise UnreadableXml(name, "text, not XML: it does not begin with a tag", "xml-malformed", _line_of(head, start))
    if head.startswith("<!DOCTYPE", start):
        raise UnreadableXml(name, _FORBIDDEN, "xml-forbidden", _line_of(head, start))
    try:
        root = etree.fromstring(data, _parser(keep_cdata, comments))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (0, 0)
        raise UnreadableXml(name, _syntax_problem(exc), "xml-malformed", line or 0, column or 0) from None
    except (ValueError, MemoryError) as exc:
        raise UnreadableXml(name, f"not XML: {exc}") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise UnreadableXml(name, _FORBIDDEN, "xml-forbidden")
    return tree


def load(source: str | os.PathLike[str] | bytes | BinaryIO, *, name: str | None = None,
         max_size: int = DEFAULT_MAX_SIZE, keep_cdata: bool = False) -> tuple[etree._ElementTree, bytes, str]:
    data, label = read(source, name=name, max_size=max_size)
    return parse(data, label, keep_cdata=keep_cdata), data, label


_FORBIDDEN = "a DOCTYPE declaration (DTDs and entities are refused, so nothing outside the file is read)"


def _decode_head(data: bytes) -> str | None:
    head = data[:_HEAD]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace").lstrip("\ufeff")
    if b"\x00" in head:
        if head[:2] in (b"<\x00", b"\x00<"):
            return head.decode("utf-16-le" if head[0] else "utf-16-be", errors="replace")
        return None
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _syntax_problem(exc: etree.XMLSyntaxError) -> str:
    """What the parser refused, in words a user can act on: libxml2's depth limit is named as such (its own
    message advises a parser option that is not the user's to set)."""
    message = re.sub(r", line \d+, column \d+$", "", exc.msg or str(exc))
    deep = _TOO_DEEP.match(message)
    if deep:
        return (f"elements nest deeper than {deep.group(1)} levels, the parser's depth limit (which keeps "
                "hostile documents from exhausting memory)")
    return f"not well-formed XML: {message}"


_TOO_DEEP = re.compile(r"Excessive depth in document: (\d+)")
