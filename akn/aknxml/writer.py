"""The AKN writer: a document model serialised as Akoma Ntoso 3.0 XML.

Guarantees: the output is valid against the OASIS schema for any model the text reader produces; eIds
follow the naming convention (made by `akn.eids`), FRBR IRIs come from `akn.frbr`, every `#id` the document
points at has its TLC in `references`; the same model gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import model as m
from ..eids import EidMaker, join
from ..errors import ConversionError
from ..frbr import FrbrUri, number_from_symbol, slug
from ..profile import actor_info, reference_entry
from ..schema import NAMESPACE

PROVENANCE_NS = "urn:x-akn:provenance:1"
TOOL_ID = "akn"

_TLC_BY_ELEMENT = {
    "docProponent": "TLCOrganization",
    "docAuthority": "TLCOrganization",
    "docCommittee": "TLCOrganization",
    "session": "TLCEvent",
    "event": "TLCEvent",
    "location": "TLCLocation",
}


def work_uri(meta: m.Metadata, doc: m.Document) -> FrbrUri:
    """The FRBR IRI of a document, from its metadata (the one place where IRIs are made).

    A revision or corrigendum ("A/C.3/80/L.9/Rev.1") is a new expression of the work its symbol revises,
    dated by its issuance."""
    symbol = meta.symbol
    if symbol and meta.version and symbol.endswith("/" + meta.version):
        symbol = symbol[: -len(meta.version) - 1]
    number = meta.number or (number_from_symbol(symbol) if symbol else slug(meta.title or ""))
    return FrbrUri(
        country=meta.country,
        doc_type=doc.doc_type,
        subtype=meta.subtype,
        actor=meta.actor,
        date=meta.date or meta.issued,
        number=number,
        language=meta.language,
        version=(meta.issued or meta.date or "") if meta.version else "",
    )


@dataclass
class _References:
    """The `#id`s a document points at, with what is known of each, to become TLC entries."""

    entries: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # `Metadata.names`: shown instead of a mark's text

    def add(self, ref: str, element: str, shown: str) -> None:
        """An entry for `ref`, shown as the metadata names it, else as the profile does, else as `shown`."""
        key = ref.lstrip("#")
        if not key or key in self.entries:
            return
        tlc, href, show = reference_entry(key, _TLC_BY_ELEMENT.get(element, "TLCConcept"), shown)
        self.entries[key] = (tlc, href, self.names.get(key) or show)

    def add_mark(self, ref: str, mark: m.Mark) -> None:
        """`add` for a mark that points at `ref`, shown (unless named otherwise) as the mark's text."""
        if ref.lstrip("#") not in self.entries:
            self.add(ref, mark.element, m.plain_text(mark.children))

    def add_role(self, ref: str) -> None:
        self.add(ref, "", "")
        key = ref.lstrip("#")
        tlc, href, show = self.entries[key]
        if tlc == "TLCConcept" and "/role/" in href:
            self.entries[key] = ("TLCRole", href, show)


# Characters XML cannot carry (C0 controls other than tab, line feed and carriage return), as UTF-8 bytes.
_XML_CHARACTERS = bytes(range(0x20, 0x100)) + b"\t\n\r"

# Elements whose content is elements only; whitespace between their children is layout, never text.
_STRUCTURAL = frozenset(
    {
        "akomaNtoso", "statement", "doc", "act", "bill", "documentCollection", "collectionBody", "components",
        "component", "meta", "identification", "FRBRWork", "FRBRExpression",
        "FRBRManifestation", "references", "proprietary", "coverPage", "preface", "preamble", "formula",
        "container", "mainBody", "paragraph", "subparagraph", "list", "intro", "wrapUp", "point", "content",
        "section", "part", "chapter", "article", "rule", "hcontainer", "conclusions", "attachments", "attachment",
        "table", "tr", "th", "td", "division", "title", "book", "clause", "subsection", "level",
        "akntool:metadata", "akntool:provenance",
    }
)


def _text(value: str) -> str:
    """Character data escaped as lxml escapes it."""
    if "&" in value or "<" in value or ">" in value or "\r" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return value


def _attribute(value: str) -> str:
    """An attribute value escaped as lxml escapes it (quotes and line breaks as references too)."""
    value = _text(value)
    if '"' in value or "\n" in value or "\t" in value:
        value = value.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return value


def _tag(name: str, attributes: dict[str, str | None] | None, close: str = ">") -> str:
    """The start tag of an element, or with `close` "/>" the tag of an empty one; attributes whose value is
    None are left out."""
    if not attributes:
        return f"<{name}{close}"
    written = ""
    for key, value in attributes.items():
        if value is not None:
            written = f'{written} {key}="{_attribute(value)}"'
    return f"<{name}{written}{close}"


class _Markup:
    """XML written as it is made, element by element, indented as `_STRUCTURAL` says.

    Indentation is a line break and two spaces a level between the children of a structural element whose
    ancestors are all structural; inline content keeps its whitespace. An element with nothing written into
    it closes as `<name/>`; one given text, even empty text, as `<name></name>`."""

    def __init__(self, indentation: str = "\n") -> None:
        """`indentation` goes before each element written at the top: a line break at the top of a document."""
        self.parts: list[str] = []
        # Per open element: its name, the index of its start tag, and its children's indentation ("" for none);
        # first the place the markup is written into.
        self.open: list[tuple[str, int, str]] = [("", 0, indentation)]

    def start(self, name: str, attributes: dict[str, str | None] | None = None) -> None:
        parts = self.parts
        inner = self.open[-1][2]
        if inner:
            parts.append(inner)
            inner = inner + "  " if name in _STRUCTURAL else ""
        self.open.append((name, len(parts), inner))
        parts.append(_tag(name, attributes))

    def text(self, value: str) -> None:
        self.parts.append(_text(value))

    def end(self) -> None:
        name, at, inner = self.open.pop()
        parts = self.parts
        if len(parts) == at + 1:
            parts[at] = parts[at][:-1] + "/>"
            return
        parts.append(f"{inner[:-2]}</{name}>" if inner else f"</{name}>")

    def empty(self, name: str, attributes: dict[str, str | None] | None = None) -> None:
        """`start` then `end`: an element with nothing in it."""
        inner = self.open[-1][2]
        if inner:
            self.parts.append(inner)
        self.parts.append(_tag(name, attributes, "/>"))

    def leaf(self, name: str, text: str) -> None:
        """`start`, `text` and `end`: an element holding text only."""
        if name in _STRUCTURAL:
            self.start(name)
            self.text(text)
            self.end()
            return
        inner = self.open[-1][2]
        if inner:
            self.parts.append(inner)
        self.parts.append(f"<{name}>{_text(text)}</{name}>")


# The entry on `_Markup.open` of an element of inline content written directly: only its children's
# indentation, none, is read.
_INLINE_CONTENT = ("", -1, "")


class XmlWriter:
    def __init__(self, doc: m.Document) -> None:
        self.doc = doc
        self.eids = EidMaker()
        self.refs = _References(names=dict(doc.meta.names) if doc.meta is not None else {})
        self.out = _Markup()

    # -- document --------------------------------------------------------------------------------------

    def write(self) -> str:
        out = self.out
        out.parts.append("<?xml version='1.0' encoding='UTF-8'?>")
        out.start("akomaNtoso", {"xmlns": NAMESPACE, "xmlns:akntool": PROVENANCE_NS})
        meta = self.doc.meta or m.Metadata()
        uri = work_uri(meta, self.doc)
        slot = self._document(self.doc, prefix="", uri=uri, component="main")
        out.end()
        # The references and the proprietary block close the top `meta`, once the whole text has named them.
        at, indentation = slot
        tail = _Markup(indentation)
        self._references(tail)
        self._proprietary(tail, meta)
        out.parts[at] = "".join(tail.parts)
        out.parts.append("\n")  # the last line ends as a text file's does
        return "".join(out.parts)

    def _document(self, doc: m.Document, prefix: str, uri: FrbrUri, component: str) -> tuple[int, str]:
        """Write `doc`; returns the place in the output where its `meta` may be completed, and the indentation
        of the elements there."""
        out = self.out
        out.start(doc.doc_type, {"name": doc.name})
        out.start("meta")
        self._identification(doc.meta or self.doc.meta or m.Metadata(), uri.with_component(component))
        slot = (len(out.parts), out.open[-1][2])
        out.parts.append("")
        out.end()
        if doc.cover:
            self._part("coverPage", doc.cover, join(prefix, "coverPage"))
        if doc.preface:
            self._part("preface", doc.preface, join(prefix, "preface"))
        if doc.preamble:
            out.start("preamble")
            self._preamble(doc.preamble, join(prefix, "preamble"))
            out.end()
        if doc.doc_type == "documentCollection":
            out.start("collectionBody")
            parts_id = join(prefix, "cmpnts")
            for index, part in enumerate(doc.components, start=1):
                out.start("component", {"eId": self.eids.make(prefix, "component", str(index))})
                shown = (part.meta.symbol if part.meta and part.meta.symbol else None) or f"Part {index}"
                target = join(parts_id, f"cmp_{index}")
                out.empty("documentRef", {"href": f"#{target}", "showAs": shown})
                out.end()
            out.end()
        else:
            out.start("mainBody")
            self._divisions(doc.body, prefix)
            if not doc.body:
                out.empty("p")
            out.end()
        if doc.conclusions:
            self._part("conclusions", doc.conclusions, join(prefix, "conclusions"))
        if doc.attachments:
            out.start("attachments")
            for index, annex in enumerate(doc.attachments, start=1):
                att_id = self.eids.make(prefix, "attachment", str(index))
                out.start("attachment", {"eId": att_id})
                self._document(annex, att_id, uri, f"{component}/annex_{index}" if prefix else f"annex_{index}")
                out.end()
            out.end()
        if doc.components:
            parts_id = self.eids.make(prefix, "components")
            out.start("components", {"eId": parts_id})
            for index, part in enumerate(doc.components, start=1):
                part_id = self.eids.make(parts_id, "component", str(index))
                out.start("component", {"eId": part_id})
                part_meta = part.meta or self.doc.meta or m.Metadata()
                self._document(part, part_id, work_uri(part_meta, part), "main")
                out.end()
            out.end()
        out.end()
        return slot

    def _part(self, name: str, blocks: tuple[m.Block, ...], prefix: str) -> None:
        self.out.start(name)
        self._blocks(blocks, prefix)
        self.out.end()

    # -- metadata --------------------------------------------------------------------------------------

    def _identification(self, meta: m.Metadata, uri: FrbrUri) -> None:
        out = self.out
        out.start("identification", {"source": f"#{TOOL_ID}"})
        actor = meta.actor or "author"
        author_ref = f"#{actor}"
        self.refs.add(author_ref, "docAuthority", meta.author or actor_info(actor).get("name", actor))
        work_date = uri.date or "0001-01-01"
        issued = meta.issued or work_date
        markup = meta.markup_date or issued

        out.start("FRBRWork")
        out.empty("FRBRthis", {"value": uri.work_this()})
        out.empty("FRBRuri", {"value": uri.work()})
        out.empty("FRBRdate", {"date": work_date, "name": meta.date_name})
        out.empty("FRBRauthor", {"href": author_ref, "as": "#author"})
        out.empty("FRBRcountry", {"value": meta.country})
        if meta.subtype:
            out.empty("FRBRsubtype", {"value": meta.subtype})
        out.empty("FRBRnumber", {"value": uri.number, "showAs": meta.symbol or None})
        out.empty("FRBRname", {"value": self.doc.name})
        out.end()

        out.start("FRBRExpression")
        out.empty("FRBRthis", {"value": uri.expression_this()})
        out.empty("FRBRuri", {"value": uri.expression()})
        out.empty("FRBRdate", {"date": issued, "name": "publication"})
        out.empty("FRBRauthor", {"href": author_ref, "as": "#issuer"})
        if meta.version:
            out.empty("FRBRversionNumber", {"value": meta.version})
        out.empty("FRBRlanguage", {"language": meta.language})
        out.end()

        out.start("FRBRManifestation")
        out.empty("FRBRthis", {"value": uri.manifestation_this()})
        out.empty("FRBRuri", {"value": uri.manifestation()})
        out.empty("FRBRdate", {"date": markup, "name": "markup"})
        out.empty("FRBRauthor", {"href": f"#{TOOL_ID}", "as": "#editor"})
        out.empty("FRBRformat", {"value": "application/akn+xml"})
        out.end()
        out.end()
        for role in ("#author", "#issuer", "#editor"):
            self.refs.add_role(role)
        self.refs.add(f"#{TOOL_ID}", "docAuthority", TOOL_ID)

    def _references(self, out: _Markup) -> None:
        out.start("references", {"source": f"#{TOOL_ID}"})
        order = ("TLCOrganization", "TLCPerson", "TLCRole", "TLCConcept", "TLCEvent", "TLCLocation", "TLCReference")
        ranked = sorted(self.refs.entries.items(), key=lambda kv: (order.index(kv[1][0]), kv[0]))
        for key, (tlc, href, show) in ranked:
            out.empty(tlc, {"eId": key, "href": href, "showAs": show or key})
        out.end()

    def _proprietary(self, out: _Markup, meta: m.Metadata) -> None:
        """Descriptive metadata without an FRBR home, and the record of how the document was made."""
        described = {
            "title": meta.title, "session": meta.session, "distribution": meta.distribution,
        }
        if not meta.provenance and not any(described.values()) and not meta.agenda_items and not meta.sponsors:
            return
        out.start("proprietary", {"source": f"#{TOOL_ID}"})
        out.start("akntool:metadata", {key: value for key, value in described.items() if value})
        for item in meta.agenda_items:
            out.empty("akntool:agendaItem", {"value": item})
        for sponsor in meta.sponsors:
            out.empty("akntool:sponsor", {"value": sponsor})
        out.end()
        if meta.provenance:
            options = [(k[len("option:"):], v) for k, v in meta.provenance if k.startswith("option:")]
            out.start("akntool:provenance", {k: v for k, v in meta.provenance if not k.startswith("option:")})
            for name, value in options:
                out.empty("akntool:option", {"name": name, "value": value})
            out.end()
        out.end()

    # -- structure -------------------------------------------------------------------------------------

    def _preamble(self, items: tuple[m.PreambleItem, ...], prefix: str) -> None:
        out = self.out
        for item in items:
            if isinstance(item, m.Formula):
                eid = self.eids.make(prefix, "formula")
                out.start("formula", {"name": item.name, "eId": eid})
                self._para(item.inlines, eid)
            elif isinstance(item, m.PreambleHeading):
                out.start("block", {"name": "subheading"})
                self._inlines(item.inlines, prefix)
            else:
                eid = self.eids.make(prefix, "container")
                out.start("container", {"name": item.phrase or "recital", "eId": eid})
                self._blocks(item.blocks, eid)
            out.end()

    def _divisions(self, divisions: tuple[m.Division, ...], prefix: str) -> None:
        made = self.eids.make_siblings(prefix, [(div.kind, div.num) for div in divisions])
        for div, eid in zip(divisions, made):
            self._division(div, eid)

    def _division(self, div: m.Division, eid: str) -> None:
        out = self.out
        if div.kind == "hcontainer":
            out.start(div.kind, {"eId": eid, "name": div.name or "division"})
        else:
            out.start(div.kind, {"eId": eid, "class": div.name or None})
        if div.num is not None:
            out.leaf("num", div.num)
        if div.heading is not None:
            out.start("heading")
            self._inlines(div.heading, eid)
            out.end()
        if not div.children:
            if not div.content and div.heading is not None:
                out.end()  # a heading is all it holds (a cross heading): the schema needs no content then
                return
            out.start("content")
            self._blocks(div.content or (m.Para(()),), eid)
            out.end()
            out.end()
            return
        holder_id = eid
        listed = div.kind in ("paragraph", "point", "subparagraph") and all(c.kind == "point" for c in div.children)
        if listed:
            holder_id = self.eids.make(eid, "list")
            out.start("list", {"eId": holder_id})
        if div.intro:
            out.start("intro", {"eId": self.eids.make(holder_id, "intro")})
            self._blocks(div.intro, holder_id)
            out.end()
        self._divisions(div.children, holder_id)
        if div.wrap_up:
            out.start("wrapUp", {"eId": self.eids.make(holder_id, "wrapUp")})
            self._blocks(div.wrap_up, holder_id)
            out.end()
        if listed:
            out.end()
        out.end()

    # -- blocks and inlines ----------------------------------------------------------------------------

    def _blocks(self, blocks: tuple[m.Block, ...], prefix: str) -> None:
        for block in blocks:
            if isinstance(block, m.Para):
                self._para(block.inlines, prefix)
            else:
                self._table(block, prefix)

    def _para(self, inlines: m.Inlines, prefix: str) -> None:
        # Written as `_inlines` writes a mark: a paragraph holds inline content, which is never indented.
        out = self.out
        if not inlines:
            out.empty("p")
            return
        inner = out.open[-1][2]
        if inner:
            out.parts.append(inner)
        out.parts.append("<p>")
        out.open.append(_INLINE_CONTENT)  # the place a note in the paragraph starts from
        self._inlines(inlines, prefix)
        out.open.pop()
        out.parts.append("</p>")

    def _table(self, table: m.Table, prefix: str) -> None:
        out = self.out
        out.start("table", {"eId": self.eids.make(prefix, "table")})
        for row in table.rows:
            out.start("tr")
            for cell in row:
                out.start("th" if cell.header else "td")
                self._blocks(cell.blocks or (m.Para(()),), prefix)
                out.end()
            out.end()
        out.end()

    def _inlines(self, inlines: m.Inlines, prefix: str) -> None:
        # Inline content is never indented: its marks are written straight into the output, without the
        # bookkeeping of `_Markup.start`, and close as `end` would close them.
        out = self.out
        parts = out.parts
        for item in inlines:
            if isinstance(item, m.Text):
                parts.append(_text(item.text))
            elif isinstance(item, m.Mark):
                element, children = item.element, item.children
                attributes = ""
                # A name given twice is written once, with its last value: XML allows an attribute once.
                for key, value in item.attrs if len(item.attrs) < 2 else dict(item.attrs).items():
                    attributes = f'{attributes} {key}="{_attribute(value)}"'
                    if (key == "refersTo" or key == "href") and value[:1] == "#":
                        self.refs.add_mark(value, item)
                if len(children) == 1 and isinstance(children[0], m.Text):
                    parts.append(f"<{element}{attributes}>{_text(children[0].text)}</{element}>")
                    continue
                tag = f"<{element}{attributes}"
                at = len(parts)
                parts.append(tag + ">")
                self._inlines(children, prefix)
                if len(parts) == at + 1:
                    parts[at] = tag + "/>"
                else:
                    parts.append(f"</{element}>")
            elif isinstance(item, m.Note):
                eid = self.eids.make(prefix, "authorialNote")
                out.start("authorialNote", {"marker": item.marker, "placement": "bottom", "eId": eid})
                self._blocks(item.blocks or (m.Para(()),), eid)
                out.end()
            else:
                out.empty("eol")


def to_xml(doc: m.Document) -> bytes:
    """The document as Akoma Ntoso XML bytes (UTF-8, with an XML declaration, indented, ending with a line break).

    Raises `ConversionError` when the model holds a character XML cannot carry (a control character)."""
    data = XmlWriter(doc).write().encode("utf-8")
    stray = data.translate(None, _XML_CHARACTERS)
    if stray:
        raise ConversionError(f"the document holds the control character U+{stray[0]:04X}, which XML cannot carry")
    return data


_CAMEL_SPLIT = re.compile(r"[^0-9A-Za-z]+")
_WORDS = re.compile(r"[^\W_]+")


def ident(text: str) -> str:
    """A TLC identifier for a name: "Third Committee" -> "thirdCommittee"; a name in another script keeps its
    letters ("Босния и Герцеговина" -> "боснияИГерцеговина", "智利" -> "智利")."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in _CAMEL_SPLIT.split(ascii_text) if w]
    if not words:
        words = [w for w in _WORDS.findall(text) if w]
    if not words:
        return "unnamed"
    head = words[0].lower()
    out = head + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    return out if out[0].isalpha() else f"x{out}"
