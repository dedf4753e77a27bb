"""A document whose attribute values changed, written as its own bytes with only those values rewritten.

Serialising the tree again would also rewrite what the parser does not keep: line endings, the quotes around
values, `<a></a>` against `<a/>`, the order of namespace declarations, the XML declaration. A reviewer of
`akn fix`'s output would see every line changed. Instead the start tags of the original are found in order,
each with the element it opened, and the values that changed are replaced (a new attribute goes at the end
of its tag). The result is parsed again and must be the tree, canonically equal, or none is given.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree

from .loader import UnreadableXml, parse

# Everything in a document that starts with "<": comments, CDATA sections, processing instructions and end
# tags are passed over; a start tag gives its attributes. Text holds no "<" in well-formed XML.
_MARKUP = re.compile(
    r"""<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|</[^>]*>|<!DOCTYPE[^>]*>"""
    r"""|<[^\s/>!?]+(?P<attributes>(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*/?>""",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r"""\s+(?P<name>[^\s=/>]+)\s*=\s*(?P<quote>["'])(?P<value>.*?)(?P=quote)""", re.DOTALL)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def attributes(root: etree._Element) -> list[dict[str, str]]:
    """The attributes of every element, in document order: what `patched` compares the tree with."""
    return [dict(element.attrib) for element in root.iter(etree.Element)]


def patched(original: bytes, tree: etree._ElementTree, before: list[dict[str, str]]) -> bytes | None:
    """`original` with the attribute values that differ between `before` and `tree` rewritten (and its last
    line ended with a line break if it was not), or None when that cannot be done faithfully (an encoding
    that does not round-trip, a changed namespaced attribute, a removed one, or markup this reading does not
    follow)."""
    text, encoding = _decoded(original, tree.docinfo.encoding or "UTF-8")
    if text is None:
        return None
    elements = list(tree.getroot().iter(etree.Element))
    if len(elements) != len(before):
        return None
    pieces: list[str] = []
    done = 0
    index = 0
    for markup in _MARKUP.finditer(text):
        found = markup.group("attributes")
        if found is None:
            continue
        if index >= len(elements):
            return None
        now = dict(elements[index].attrib)
        if now != before[index]:
            rewritten = _rewritten(found, before[index], now)
            if rewritten is None:
                return None
            pieces.append(text[done:markup.start("attributes")])
            pieces.append(rewritten)
            done = markup.end("attributes")
        index += 1
    if index != len(elements):
        return None
    pieces.append(text[done:])
    if not text.endswith("\n"):
        pieces.append("\r\n" if "\r\n" in text else "\n")  # the last line ended, as in every file akn writes
    result = "".join(pieces).encode(encoding, errors="xmlcharrefreplace")
    return result if _same(result, tree) else None


def encoding_of(original: bytes, declared: str) -> str:
    """The encoding `original` is written in: its byte-order mark's, or the one its declaration names."""
    return next((name for bom, name in _BOMS if original.startswith(bom)), declared)


def _decoded(original: bytes, declared: str) -> tuple[str | None, str]:
    encoding = encoding_of(original, declared)
    try:
        text = original.decode(encoding)
        return (text, encoding) if text.encode(encoding) == original else (None, encoding)
    except (LookupError, UnicodeError):
        return None, encoding


def _rewritten(written: str, before: dict[str, str], now: dict[str, str]) -> str | None:
    """A start tag's attributes as written, with the values of `now` that differ from `before`."""
    if any(name not in now for name in before):
        return None
    changed = {name: value for name, value in now.items() if before.get(name) != value}
    if any(name.startswith("{") for name in changed):
        return None
    pieces: list[str] = []
    done = 0
    for attribute in _ATTRIBUTE.finditer(written):
        name = attribute.group("name")
        if name in changed:
            quote = attribute.group("quote")
            pieces.append(written[done:attribute.start("value")] + _escaped(changed.pop(name), quote))
            done = attribute.end("value")
    pieces.append(written[done:])
    pieces.extend(f' {name}="{_escaped(value, chr(34))}"' for name, value in changed.items())
    return "".join(pieces)


def _escaped(value: str, quote: str) -> str:
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(quote, "&quot;" if quote == '"' else "&apos;")
    return value.replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")


def _same(result: bytes, tree: etree._ElementTree) -> bool:
    try:
        again = parse(result, "<patched>", keep_cdata=True)
    except UnreadableXml:
        return False
    return bool(etree.tostring(again, method="c14n") == etree.tostring(tree, method="c14n"))
