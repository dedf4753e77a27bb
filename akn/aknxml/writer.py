"""The AKN writer: a document model serialised as Akoma Ntoso 3.0 XML.

Guarantees: the output is valid against the OASIS schema for any model the text reader produces; eIds
follow the naming convention (made by `akn.eids`), FRBR IRIs come from `akn.frbr`, every `#id` the document
points at has its TLC in `references`; the same model gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from lxml import etree

from .. import model as m
from ..eids import EidMaker, join
from ..frbr import FrbrUri, number_from_symbol, slug
from ..profile import actor_info, reference_entry
from ..schema import NAMESPACE

PROVENANCE_NS = "urn:x-akn:provenance:1"
NSMAP = {None: NAMESPACE, "akntool": PROVENANCE_NS}
TOOL_ID = "akn"

_TLC_BY_ELEMENT = {
    "docProponent": "TLCOrganization",
    "docAuthority": "TLCOrganization",
    "docCommittee": "TLCOrganization",
    "session": "TLCEvent",
    "event": "TLCEvent",
    "location": "TLCLocation",
}


@cache
def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


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

    def add(self, ref: str, element: str, shown: str) -> None:
        key = ref.lstrip("#")
        if not key or key in self.entries:
            return
        tlc, href, show = reference_entry(key, _TLC_BY_ELEMENT.get(element, "TLCConcept"), shown)
        self.entries[key] = (tlc, href, show)

    def add_role(self, ref: str) -> None:
        self.add(ref, "", "")
        key = ref.lstrip("#")
        tlc, href, show = self.entries[key]
        if tlc == "TLCConcept" and "/role/" in href:
            self.entries[key] = ("TLCRole", href, show)


class XmlWriter:
    def __init__(self, doc: m.Document) -> None:
        self.doc = doc
        self.eids = EidMaker()
        self.refs = _References()

    # -- document --------------------------------------------------------------------------------------

    def write(self) -> etree._Element:
        root = etree.Element(_q("akomaNtoso"), nsmap=NSMAP)
        meta = self.doc.meta or m.Metadata()
        uri = work_uri(meta, self.doc)
        top = self._document(root, self.doc, prefix="", uri=uri, component="main")
        meta_el = top.find(_q("meta"))
        assert meta_el is not None
        self._references(meta_el)
        self._proprietary(meta_el, meta)
        return root

    def _document(
        self, parent: etree._Element, doc: m.Document, prefix: str, uri: FrbrUri, component: str
    ) -> etree._Element:
        el = etree.SubElement(parent, _q(doc.doc_type), name=doc.name)
        meta_el = etree.SubElement(el, _q("meta"))
        self._identification(meta_el, doc.meta or self.doc.meta or m.Metadata(), uri.with_component(component))
        if doc.cover:
            self._blocks(etree.SubElement(el, _q("coverPage")), doc.cover, join(prefix, "coverPage"))
        if doc.preface:
            self._blocks(etree.SubElement(el, _q("preface")), doc.preface, join(prefix, "preface"))
        if doc.preamble:
            self._preamble(etree.SubElement(el, _q("preamble")), doc.preamble, join(prefix, "preamble"))
        if doc.doc_type == "documentCollection":
            body = etree.SubElement(el, _q("collectionBody"))
            parts_id = join(prefix, "cmpnts")
            for index, part in enumerate(doc.components, start=1):
                holder = etree.SubElement(body, _q("component"), eId=self.eids.make(prefix, "component", str(index)))
                shown = (part.meta.symbol if part.meta and part.meta.symbol else None) or f"Part {index}"
                target = join(parts_id, f"cmp_{index}")
                etree.SubElement(holder, _q("documentRef"), href=f"#{target}", showAs=shown)
        else:
            body = etree.SubElement(el, _q("mainBody"))
            for division in doc.body:
                self._division(body, division, prefix)
            if not doc.body:
                etree.SubElement(body, _q("p"))
        if doc.conclusions:
            self._blocks(etree.SubElement(el, _q("conclusions")), doc.conclusions, join(prefix, "conclusions"))
        if doc.attachments:
            holder = etree.SubElement(el, _q("attachments"))
            for index, annex in enumerate(doc.attachments, start=1):
                att_id = self.eids.make(prefix, "attachment", str(index))
                att = etree.SubElement(holder, _q("attachment"), eId=att_id)
                self._document(att, annex, att_id, uri, f"{component}/annex_{index}" if prefix else f"annex_{index}")
        if doc.components:
            parts_id = self.eids.make(prefix, "components")
            parts = etree.SubElement(el, _q("components"), eId=parts_id)
            for index, part in enumerate(doc.components, start=1):
                part_id = self.eids.make(parts_id, "component", str(index))
                holder = etree.SubElement(parts, _q("component"), eId=part_id)
                part_meta = part.meta or self.doc.meta or m.Metadata()
                self._document(holder, part, part_id, work_uri(part_meta, part), "main")
        return el

    # -- metadata --------------------------------------------------------------------------------------

    def _identification(self, meta_el: etree._Element, meta: m.Metadata, uri: FrbrUri) -> None:
        ident = etree.SubElement(meta_el, _q("identification"), source=f"#{TOOL_ID}")
        actor = meta.actor or "author"
        author_ref = f"#{actor}"
        self.refs.add(author_ref, "docAuthority", meta.author or actor_info(actor).get("name", actor))
        work_date = uri.date or "0001-01-01"
        issued = meta.issued or work_date
        markup = meta.markup_date or issued

        work = etree.SubElement(ident, _q("FRBRWork"))
        etree.SubElement(work, _q("FRBRthis"), value=uri.work_this())
        etree.SubElement(work, _q("FRBRuri"), value=uri.work())
        etree.SubElement(work, _q("FRBRdate"), date=work_date, name=meta.date_name)
        etree.SubElement(work, _q("FRBRauthor"), href=author_ref, **{"as": "#author"})
        etree.SubElement(work, _q("FRBRcountry"), value=meta.country)
        if meta.subtype:
            etree.SubElement(work, _q("FRBRsubtype"), value=meta.subtype)
        number = etree.SubElement(work, _q("FRBRnumber"), value=uri.number)
        if meta.symbol:
            number.set("showAs", meta.symbol)
        etree.SubElement(work, _q("FRBRname"), value=self.doc.name)

        expr = etree.SubElement(ident, _q("FRBRExpression"))
        etree.SubElement(expr, _q("FRBRthis"), value=uri.expression_this())
        etree.SubElement(expr, _q("FRBRuri"), value=uri.expression())
        etree.SubElement(expr, _q("FRBRdate"), date=issued, name="publication")
        etree.SubElement(expr, _q("FRBRauthor"), href=author_ref, **{"as": "#issuer"})
        if meta.version:
            etree.SubElement(expr, _q("FRBRversionNumber"), value=meta.version)
        etree.SubElement(expr, _q("FRBRlanguage"), language=meta.language)

        manif = etree.SubElement(ident, _q("FRBRManifestation"))
        etree.SubElement(manif, _q("FRBRthis"), value=uri.manifestation_this())
        etree.SubElement(manif, _q("FRBRuri"), value=uri.manifestation())
        etree.SubElement(manif, _q("FRBRdate"), date=markup, name="markup")
        etree.SubElement(manif, _q("FRBRauthor"), href=f"#{TOOL_ID}", **{"as": "#editor"})
        etree.SubElement(manif, _q("FRBRformat"), value="application/akn+xml")
        for role in ("#author", "#issuer", "#editor"):
            self.refs.add_role(role)
        self.refs.add(f"#{TOOL_ID}", "docAuthority", TOOL_ID)

    def _references(self, meta_el: etree._Element) -> None:
        refs = etree.Element(_q("references"), source=f"#{TOOL_ID}")
        order = ("TLCOrganization", "TLCPerson", "TLCRole", "TLCConcept", "TLCEvent", "TLCLocation", "TLCReference")
        ranked = sorted(self.refs.entries.items(), key=lambda kv: (order.index(kv[1][0]), kv[0]))
        for key, (tlc, href, show) in ranked:
            etree.SubElement(refs, _q(tlc), eId=key, href=href, showAs=show or key)
        meta_el.append(refs)

    def _proprietary(self, meta_el: etree._Element, meta: m.Metadata) -> None:
        """Descriptive metadata without an FRBR home, and the record of how the document was made."""
        described = {
            "title": meta.title, "session": meta.session, "distribution": meta.distribution,
        }
        if not meta.provenance and not any(described.values()) and not meta.agenda_items and not meta.sponsors:
            return
        prop = etree.SubElement(meta_el, _q("proprietary"), source=f"#{TOOL_ID}")
        record = etree.SubElement(prop, f"{{{PROVENANCE_NS}}}metadata")
        for key, value in described.items():
            if value:
                record.set(key, value)
        for item in meta.agenda_items:
            etree.SubElement(record, f"{{{PROVENANCE_NS}}}agendaItem", value=item)
        for sponsor in meta.sponsors:
            etree.SubElement(record, f"{{{PROVENANCE_NS}}}sponsor", value=sponsor)
        if meta.provenance:
            made = etree.SubElement(prop, f"{{{PROVENANCE_NS}}}provenance")
            for key, value in meta.provenance:
                if key.startswith("option:"):
                    etree.SubElement(made, f"{{{PROVENANCE_NS}}}option", name=key[len("option:"):], value=value)
                else:
                    made.set(key, value)

    # -- structure -------------------------------------------------------------------------------------

    def _preamble(self, el: etree._Element, items: tuple[m.PreambleItem, ...], prefix: str) -> None:
        for item in items:
            if isinstance(item, m.Formula):
                eid = self.eids.make(prefix, "formula")
                formula = etree.SubElement(el, _q("formula"), name=item.name, eId=eid)
                self._para(formula, item.inlines, eid)
            else:
                eid = self.eids.make(prefix, "container")
                container = etree.SubElement(el, _q("container"), name=item.phrase or "recital", eId=eid)
                self._blocks(container, item.blocks, eid)

    def _division(self, parent: etree._Element, div: m.Division, prefix: str) -> None:
        eid = self.eids.make(prefix, div.kind, div.num)
        el = etree.SubElement(parent, _q(div.kind), eId=eid)
        if div.kind == "hcontainer":
            el.set("name", div.name or "division")
        elif div.name:
            el.set("class", div.name)
        if div.num is not None:
            etree.SubElement(el, _q("num")).text = div.num
        if div.heading is not None:
            self._inlines(etree.SubElement(el, _q("heading")), div.heading, eid)
        if not div.children:
            content = etree.SubElement(el, _q("content"))
            self._blocks(content, div.content or (m.Para(()),), eid)
            return
        holder, holder_id = el, eid
        if div.kind in ("paragraph", "point", "subparagraph") and all(c.kind == "point" for c in div.children):
            holder_id = self.eids.make(eid, "list")
            holder = etree.SubElement(el, _q("list"), eId=holder_id)
        if div.intro:
            self._blocks(etree.SubElement(holder, _q("intro"), eId=self.eids.make(holder_id, "intro")), div.intro, holder_id)
        for child in div.children:
            self._division(holder, child, holder_id)
        if div.wrap_up:
            wrap = etree.SubElement(holder, _q("wrapUp"), eId=self.eids.make(holder_id, "wrapUp"))
            self._blocks(wrap, div.wrap_up, holder_id)

    # -- blocks and inlines ----------------------------------------------------------------------------

    def _blocks(self, parent: etree._Element, blocks: tuple[m.Block, ...], prefix: str) -> None:
        for block in blocks:
            if isinstance(block, m.Para):
                self._para(parent, block.inlines, prefix)
            else:
                self._table(parent, block, prefix)

    def _para(self, parent: etree._Element, inlines: m.Inlines, prefix: str) -> None:
        self._inlines(etree.SubElement(parent, _q("p")), inlines, prefix)

    def _table(self, parent: etree._Element, table: m.Table, prefix: str) -> None:
        el = etree.SubElement(parent, _q("table"), eId=self.eids.make(prefix, "table"))
        for row in table.rows:
            tr = etree.SubElement(el, _q("tr"))
            for cell in row:
                td = etree.SubElement(tr, _q("th" if cell.header else "td"))
                self._blocks(td, cell.blocks or (m.Para(()),), prefix)

    def _inlines(self, el: etree._Element, inlines: m.Inlines, prefix: str) -> None:
        last: etree._Element | None = None
        for item in inlines:
            if isinstance(item, m.Text):
                if last is None:
                    el.text = (el.text or "") + item.text
                else:
                    last.tail = (last.tail or "") + item.text
                continue
            if isinstance(item, m.Mark):
                child = etree.SubElement(el, _q(item.element))
                for key, value in item.attrs:
                    child.set(key, value)
                    if key in ("refersTo", "href") and value.startswith("#"):
                        self.refs.add(value, item.element, m.plain_text(item.children))
                self._inlines(child, item.children, prefix)
            elif isinstance(item, m.Note):
                eid = self.eids.make(prefix, "authorialNote")
                child = etree.SubElement(el, _q("authorialNote"), marker=item.marker, placement="bottom", eId=eid)
                self._blocks(child, item.blocks or (m.Para(()),), eid)
            else:
                child = etree.SubElement(el, _q("eol"))
            last = child


def to_element(doc: m.Document) -> etree._Element:
    return XmlWriter(doc).write()


def to_xml(doc: m.Document) -> bytes:
    """The document as Akoma Ntoso XML bytes (UTF-8, with an XML declaration, indented)."""
    root = to_element(doc)
    _indent(root, 0)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


# Elements whose content is elements only; whitespace between their children is layout, never text.
_STRUCTURAL = frozenset(
    {
        "akomaNtoso", "statement", "doc", "act", "bill", "documentCollection", "collectionBody", "components",
        "component", "meta", "identification", "FRBRWork", "FRBRExpression",
        "FRBRManifestation", "references", "proprietary", "coverPage", "preface", "preamble", "formula",
        "container", "mainBody", "paragraph", "subparagraph", "list", "intro", "wrapUp", "point", "content",
        "section", "part", "chapter", "article", "hcontainer", "conclusions", "attachments", "attachment",
        "table", "tr", "th", "td", "division", "title", "book", "clause", "subsection", "level", "metadata",
        "provenance",
    }
)


_STRUCTURAL_TAGS = frozenset(
    [_q(name) for name in _STRUCTURAL] + [f"{{{PROVENANCE_NS}}}{name}" for name in ("metadata", "provenance")]
)


def _indent(el: etree._Element, level: int) -> None:
    """Line breaks and indentation between the children of structural elements; inline content untouched."""
    if not len(el):
        return
    inner = "\n" + "  " * (level + 1)
    el.text = inner
    for child in el:
        if child.tag in _STRUCTURAL_TAGS:
            _indent(child, level + 1)
        child.tail = inner
    el[-1].tail = "\n" + "  " * level


_CAMEL_SPLIT = re.compile(r"[^0-9A-Za-z]+")


def ident(text: str) -> str:
    """A TLC identifier for a name: "Third Committee" -> "thirdCommittee"."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in _CAMEL_SPLIT.split(ascii_text) if w]
    if not words:
        return "unnamed"
    head = words[0].lower()
    out = head + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    return out if out[0].isalpha() else f"x{out}"
