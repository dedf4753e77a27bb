"""The AKN reader: any producer's Akoma Ntoso 3.0 XML to the document model.

Guarantees: the input is parsed safely (no DTD, no entity expansion, no network; a DOCTYPE is refused) and an
input that is malformed or not Akoma Ntoso raises `XmlInputError`; every character of text in the cover page,
preface, preamble, body, conclusions, notes and attachments reaches the model, block-level texts as separate
blocks (never glued), unknown elements as `Mark`s that keep their text; whitespace that only indents the XML
is dropped and runs of white space inside a paragraph become one space. Metadata comes from the FRBR
identification, the cover page and akn's own provenance record.

Other producers' habits are read as what they mean: the UN's `span class="italic"`/`"bold"` become `i`/`b`,
its `sublist` a list, headings it marks as empty numbered paragraphs (`I`, then a paragraph holding the
title) become sections that hold the paragraphs after them, and `crossHeading`s in the body (preambular text
between operative paragraphs) unnumbered divisions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from .. import model as m
from ..errors import XmlInputError
from ..frbr import FrbrError, FrbrUri
from ..schema import NAMESPACE

_PROVENANCE_NS = "urn:x-akn:provenance:1"
_SPACE = re.compile(r"\s+")

DOCUMENT_ELEMENTS = frozenset(
    {
        "act",
        "amendment",
        "amendmentList",
        "bill",
        "debate",
        "debateReport",
        "doc",
        "documentCollection",
        "judgment",
        "officialGazette",
        "portion",
        "statement",
    }
)
BODIES = ("mainBody", "body", "judgmentBody", "debateBody", "amendmentBody", "collectionBody", "portionBody")
# Block-level elements: each becomes one or more model blocks of its own.
_BLOCKS = frozenset(
    {
        "p",
        "table",
        "blockList",
        "ul",
        "ol",
        "blockContainer",
        "tblock",
        "foreign",
        "toc",
        "container",
        "block",
        "citation",
        "recital",
        "longTitle",
        "formula",
        "item",
        "li",
        "listIntroduction",
        "listWrapUp",
        "blockQuote",
        "embeddedStructure",
        "quotedStructure",
        "subFlow",
        "div",
        "img",
    }
)
# Parts of a division that are not divisions themselves.
_DIVISION_PARTS = frozenset({"num", "heading", "subheading", "content", "intro", "wrapUp", "from"})
_LISTS = frozenset({"list", "sublist", "blockList"})
_HOLDERS_OF_BLOCKS = _BLOCKS | _LISTS | _DIVISION_PARTS
_SKIP = frozenset({"meta"})
_NON_TEXT_ATTRS = frozenset({"eId", "wId", "GUID", "class", "status", "period"})
_SECTION_NUM = re.compile(r"^(?:[IVXLC]{1,7}|[A-Z])\.?$")
_PARAGRAPH_NUM = re.compile(r"^\d{1,3}\.?$")
# A point's number ("(e)", "(ii)", "(3)"), which never labels a section.
_POINT_NUM = re.compile(r"^\((?:[a-z]{1,2}|[ivxlc]{1,7}|\d{1,2})\)$")


_LOCAL_NAMES: dict[str, str] = {}


def local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = _LOCAL_NAMES[tag] = tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag
    return name


def _children(el: etree._Element | None) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str)] if el is not None else []


def parse_xml(data: bytes | str, name: str = "<input>") -> etree._Element:
    """The root element of an Akoma Ntoso document, parsed as every reader of untrusted XML in akn parses
    (`akn.conformance.loader.parse`: no DTD, no entities, no network, bounded depth), without comments."""
    from ..conformance.loader import parse

    root = parse(data.encode("utf-8") if isinstance(data, str) else data, name, comments=False).getroot()
    if local(root) != "akomaNtoso":
        raise XmlInputError(
            name, f"not Akoma Ntoso: the root element is <{local(root) or '?'}>, not <akomaNtoso>"
        )
    namespace = etree.QName(root).namespace
    if namespace != NAMESPACE:
        shown = namespace or "no namespace"
        raise XmlInputError(name, f"not Akoma Ntoso 3.0: the root element's namespace is {shown}")
    if not any(local(c) in DOCUMENT_ELEMENTS for c in _children(root)):
        raise XmlInputError(name, "not Akoma Ntoso: <akomaNtoso> holds no document element")
    return root


def read_xml(data: bytes | str, name: str = "<input>") -> m.Document:
    """The document an Akoma Ntoso file holds (a collection with its components)."""
    return read_element(parse_xml(data, name))


def read_element(root: etree._Element) -> m.Document:
    docs = [c for c in _children(root) if local(c) in DOCUMENT_ELEMENTS]
    top = docs[0]
    doc = _document(top)
    if local(top) == "documentCollection":
        # the collection's components: inside the collection or beside it under the root
        parts = [c for holder in (top, root) for c in _children(holder) if local(c) == "components"]
        found = [
            replace(_document(d), meta=_metadata(next((c for c in _children(d) if local(c) == "meta"), None), _document(d)))
            for comps in parts
            for comp in _children(comps)
            for d in _children(comp)
            if local(d) in DOCUMENT_ELEMENTS
        ]
        doc = replace(doc, components=tuple(found))
    meta_el = next((c for c in _children(top) if local(c) == "meta"), None)
    return replace(doc, meta=_metadata(meta_el, doc))


# --- documents --------------------------------------------------------------------------------------------


def _document(el: etree._Element) -> m.Document:
    parts: dict[str, etree._Element] = {}
    for child in _children(el):
        parts.setdefault(local(child), child)
    body: tuple[m.Division, ...] = ()
    seen_body = False
    for child in _children(el):
        # parts repeated against the schema (preamble, body, preamble, body) are all kept, in order
        name = local(child)
        if name in BODIES and name != "collectionBody":
            body += _divisions(child)
            seen_body = True
        elif name == "preamble" and seen_body:
            body += tuple(_preamble_division(item) for item in _preamble(child))
    attachments: list[m.Document] = []
    for key in ("attachments", "components"):
        holder = parts.get(key)
        if holder is None or (key == "components" and local(el) == "documentCollection"):
            continue
        for attachment in _children(holder):
            inner = [d for d in _children(attachment) if local(d) in DOCUMENT_ELEMENTS]
            if local(attachment) in DOCUMENT_ELEMENTS:
                inner = [attachment]
            label = _attachment_label(attachment)
            for d in inner:
                annex = _document(d)
                attachments.append(replace(annex, preface=(label, *annex.preface)) if label else annex)
                label = None
    return m.Document(
        doc_type=local(el),
        name=el.get("name") or ("resolution" if local(el) == "statement" else local(el)),
        cover=_blocks_of(parts.get("coverPage")),
        preface=_blocks_of(parts.get("preface", parts.get("header"))),  # a judgment's header is its preface
        preamble=_preamble(parts.get("preamble")),
        body=body,
        conclusions=_blocks_of(parts.get("conclusions")),
        attachments=tuple(attachments),
    )


def _attachment_label(attachment: etree._Element) -> m.Para | None:
    """The label an attachment gives the document it holds (`<attachment><heading>First Schedule</heading>`,
    as Laws.Africa's documents have it), as the annex's own label would read."""
    parts = [_inlines(c) for c in _children(attachment) if local(c) in ("num", "heading", "subheading")]
    words: list[m.Inline] = []
    for inlines in parts:
        if words and inlines:
            words.append(m.Text(" "))
        words.extend(inlines)
    if not m.plain_text(tuple(words)).strip():
        return None
    return m.Para((m.Mark("docType", tuple(words)),))


def _preamble(el: etree._Element | None) -> tuple[m.PreambleItem, ...]:
    items: list[m.PreambleItem] = []
    for child in _children(el):
        kind = local(child)
        if kind == "formula":
            inlines = _join_paras(_blocks_of(child))
            items.append(m.Formula(inlines, child.get("name") or "formula"))
        elif kind in ("recitals", "citations"):
            items.extend(_preamble_items_of(child))
        else:
            items.extend(_preamble_items_of_one(child))
    return tuple(items)


def _preamble_division(item: m.PreambleItem) -> m.Division:
    """A preambular item met inside the body, as the body's cross heading."""
    if isinstance(item, m.PreambleHeading):
        return m.Division("hcontainer", heading=item.inlines, name="crossHeading")
    blocks = (m.Para(item.inlines),) if isinstance(item, m.Formula) else item.blocks
    return m.Division("hcontainer", content=blocks, name="crossHeading")


def _preamble_items_of(el: etree._Element) -> list[m.PreambleItem]:
    out: list[m.PreambleItem] = []
    for child in _children(el):
        out.extend(_preamble_items_of_one(child))
    return out


def _preamble_items_of_one(el: etree._Element) -> list[m.PreambleItem]:
    kind = local(el)
    blocks: tuple[m.Block, ...]
    if kind in ("num", "heading", "subheading", "intro"):
        blocks = (m.Para(_inlines(el)),)
        return [m.Recital(blocks, None)] if _has_text(blocks) else []
    if kind == "block" and el.get("name") == "subheading":
        inlines = tuple(_strip_end(_strip_start(list(_inlines(el)))))
        return [m.PreambleHeading(inlines)] if m.plain_text(inlines).strip() else []
    blocks = _blocks_of(el) if kind not in ("p",) else _block(el)
    if not blocks:
        return []
    name = el.get("name") if kind == "container" else None
    if name == "recital":
        name = None
    return [m.Recital(blocks, name)]


def _join_paras(blocks: tuple[m.Block, ...]) -> m.Inlines:
    out: list[m.Inline] = []
    for block in blocks:
        if isinstance(block, m.Para):
            if out:
                out.append(m.Break())
            out.extend(block.inlines)
    return tuple(out)


# --- the hierarchy ----------------------------------------------------------------------------------------


def _divisions(el: etree._Element) -> tuple[m.Division, ...]:
    """The body's divisions; blocks standing directly in it become unnumbered paragraphs."""
    out: list[m.Division] = []
    for child in _children(el):
        kind = local(child)
        if kind in _SKIP:
            continue
        if kind in _BLOCKS and kind not in ("container", "blockContainer"):
            blocks = _block(child)
            if blocks:
                out.append(m.Division("paragraph", content=blocks))
        elif kind in ("num", "heading", "subheading"):
            inlines = _inlines(child)
            if m.plain_text(inlines).strip():
                out.append(m.Division("paragraph", heading=inlines))
        else:
            out.append(_division(child))
    return _sections_from_headings(_numbers_joined(out))


def _numbers_joined(divs: list[m.Division]) -> tuple[m.Division, ...]:
    """A paragraph that is only a paragraph or point number ("1.", "(e)"), followed by a paragraph with text and
    no number or heading, joined into one: some UN files put each number in an empty paragraph of its own."""
    out: list[m.Division] = []
    i = 0
    while i < len(divs):
        div = divs[i]
        after = divs[i + 1] if i + 1 < len(divs) else None
        if (
            after is not None
            and _is_heading_only(div)
            and div.heading is None
            and (_PARAGRAPH_NUM.match((div.num or "").strip()) or _POINT_NUM.match((div.num or "").strip()))
            and after.kind == "paragraph"
            and after.num is None
            and after.heading is None
            and (after.content or after.children)
        ):
            out.append(replace(after, num=div.num))
            i += 2
            continue
        out.append(div)
        i += 1
    return tuple(out)


def _division(el: etree._Element) -> m.Division:
    kind = local(el)
    if kind == "crossHeading":
        return m.Division("hcontainer", content=(m.Para(_inlines(el)),), name="crossHeading")
    if kind in _BLOCK_CONTAINERS:
        kind = "hcontainer"
    num: str | None = None
    heading: list[m.Inline] = []
    intro: list[m.Block] = []
    content: list[m.Block] = []
    wrap_up: list[m.Block] = []
    children: list[m.Division] = []

    def take_list(holder: etree._Element) -> None:
        for item in _children(holder):
            name = local(item)
            if name in ("intro", "listIntroduction"):
                (wrap_up if children else intro).extend(_blocks_of(item) if name == "intro" else _block(item))
            elif name in ("wrapUp", "listWrapUp"):
                wrap_up.extend(_blocks_of(item) if name == "wrapUp" else _block(item))
            elif name in ("num", "heading", "subheading"):
                (wrap_up if children else intro).append(m.Para(_inlines(item)))
            elif name == "item":
                children.append(_item(item))
            elif name in _LISTS:
                take_list(item)
            elif name in _BLOCKS:
                (wrap_up if children else intro).extend(_block(item))
            else:
                children.append(_division(item))

    for child in _children(el):
        name = local(child)
        if name == "num":
            num = _text(child) if num is None else num
        elif name == "p" and num is None and not (heading or content or children) and _lone_num(child):
            num = _lone_num(child)  # the UN's `<section><p><num>III</num></p><subheading>Title</subheading>`
        elif name in ("heading", "subheading", "from"):
            inlines = _inlines(child)
            if num is None and not heading and name != "from":
                label = m.plain_text(inlines).strip()
                if _SECTION_NUM.match(label):
                    num = label  # the UN's `<subheading>I</subheading><subheading>Title</subheading>`
                    continue
            if heading and inlines:
                heading.append(m.Text(" "))
            heading.extend(inlines)
        elif name == "content" and any(local(c) == "blockList" for c in _children(child)):
            # a blockList in the content is the paragraph's sub-paragraphs
            for part in _children(child):
                if local(part) == "blockList":
                    if content and not children:
                        intro.extend(content)
                        content.clear()
                    take_list(part)
                else:
                    (wrap_up if children else content).extend(_blocks_of_loose(part))
        elif name == "content":
            target = wrap_up if children else content
            target.extend(_blocks_of(child))
        elif name == "intro":
            (wrap_up if children else intro).extend(_blocks_of(child))
        elif name == "wrapUp":
            wrap_up.extend(_blocks_of(child))
        elif name in _LISTS:
            if content and not children:
                intro.extend(content)
                content.clear()
            take_list(child)
        elif name in _BLOCKS:
            (wrap_up if children else content).extend(_block(child))
        else:
            if content and not children:
                intro.extend(content)
                content.clear()
            children.append(_division(child))
    heading_inlines = _without_num(tuple(_merge(heading)), num) if heading else None
    if heading_inlines is not None and not m.plain_text(heading_inlines).strip():
        heading_inlines = None
    if children:
        return m.Division(
            kind,
            num,
            heading_inlines,
            intro=tuple(intro),
            children=tuple(children),
            wrap_up=tuple(wrap_up),
            name=_division_name(el),
        )
    return m.Division(
        kind, num, heading_inlines, content=tuple(intro + content + wrap_up), name=_division_name(el)
    )


def _lone_num(p: etree._Element) -> str | None:
    """The number a paragraph holds and nothing else: `<p><num>III</num></p>`."""
    parts = _children(p)
    if len(parts) != 1 or local(parts[0]) != "num" or (p.text or "").strip() or (parts[0].tail or "").strip():
        return None
    return _text(parts[0]).strip() or None


def _division_name(el: etree._Element) -> str | None:
    kind = local(el)
    if kind == "hcontainer":
        return el.get("name")
    if kind in _BLOCK_CONTAINERS:
        return el.get("name") or kind
    return None


# Containers of blocks that stand among the divisions (the UN wraps a table in one): in the model they are
# the generic division, as `container` may stand neither in a section nor hold `content`.
_BLOCK_CONTAINERS = frozenset({"container", "blockContainer"})


def _item(el: etree._Element) -> m.Division:
    num = None
    blocks: list[m.Block] = []
    for child in _children(el):
        if local(child) == "num" and num is None:
            num = _text(child)
        elif local(child) == "p":
            inlines = list(_inlines(child))
            # a blockList item's number may sit inside its paragraph
            if num is None and inlines and isinstance(inlines[0], m.Mark) and inlines[0].element == "num":
                num = m.plain_text(inlines[0].children).strip()
                inlines = _strip_start(inlines[1:])
            blocks.append(m.Para(tuple(inlines)))
        else:
            blocks.extend(_block(child))
    return m.Division("point", num, content=tuple(blocks))


def _is_heading_only(div: m.Division) -> bool:
    return (
        div.kind == "paragraph"
        and not div.content
        and not div.children
        and not div.intro
        and (div.num is not None or div.heading is not None)
    )


def _sections_from_headings(divs: tuple[m.Division, ...]) -> tuple[m.Division, ...]:
    """Paragraphs that are only a number or a heading (how the UN marks "I", "A", "Part I") as sections.

    A number alone (`I`), or a heading that is a section number, opens a section; a heading-only paragraph
    right after it is its title; the paragraphs that follow, up to the next such heading, are its children.
    """
    if not any(_is_heading_only(d) for d in divs):
        return divs
    out: list[m.Division] = []
    current: m.Division | None = None
    i = 0
    while i < len(divs):
        div = divs[i]
        if _is_heading_only(div):
            num = div.num
            heading = div.heading
            if num is None and heading is not None and _SECTION_NUM.match(m.plain_text(heading).strip()):
                num, heading = m.plain_text(heading).strip(), None
            if (
                heading is None
                and i + 1 < len(divs)
                and _is_heading_only(divs[i + 1])
                and divs[i + 1].num is None
            ):
                nxt = divs[i + 1].heading
                if nxt is not None and not _SECTION_NUM.match(m.plain_text(nxt).strip()):
                    heading = nxt
                    i += 1
            if current is not None:
                out.append(current)
            current = m.Division("section", num, _without_num(heading, num) if heading is not None else None)
            i += 1
            continue
        if current is not None:
            current = replace(current, children=current.children + (div,))
        else:
            out.append(div)
        i += 1
    if current is not None:
        out.append(current)
    return tuple(out)


# --- blocks -----------------------------------------------------------------------------------------------


def _blocks_of(el: etree._Element | None) -> tuple[m.Block, ...]:
    """The blocks inside a container element (cover page, content, intro, a note, a table cell)."""
    if el is None:
        return ()
    out: list[m.Block] = []
    loose: list[m.Inline] = []
    if el.text and el.text.strip():
        loose.append(m.Text(el.text))
    for child in _children(el):
        kind = local(child)
        if kind in _SKIP:
            continue
        if kind in _BLOCKS or kind in _LISTS or _holds_blocks(child):
            _flush(loose, out)
            out.extend(_block(child))
        else:
            loose.extend(_inline(child))
        if child.tail and child.tail.strip():
            loose.append(m.Text(child.tail))
    _flush(loose, out)
    return tuple(out)


def _holds_blocks(el: etree._Element) -> bool:
    return any(local(c) in _HOLDERS_OF_BLOCKS for c in el)


def _flush(loose: list[m.Inline], out: list[m.Block]) -> None:
    if loose:
        inlines = _tidy(loose)
        if m.plain_text(inlines).strip() or any(isinstance(x, m.Note) for x in inlines):
            out.append(m.Para(inlines))
        loose.clear()


def _block(el: etree._Element) -> tuple[m.Block, ...]:
    kind = local(el)
    if kind == "p":
        inlines = _inlines(el)
        return (m.Para(inlines),) if _inlines_have_content(inlines) else ()
    if kind == "table":
        return (_table(el),)
    if kind == "img":
        return ()
    if kind in ("item", "li", "blockList", "ul", "ol", "list", "sublist"):
        out: list[m.Block] = []
        num = next((c for c in _children(el) if local(c) == "num"), None)
        prefix = _text(num) if num is not None else ""
        for child in _children(el):
            if child is num:
                continue
            out.extend(
                _block(child)
                if local(child) in _BLOCKS or local(child) in _LISTS
                else _blocks_of_loose(child)
            )
        if el.text and el.text.strip():
            out.insert(0, m.Para(_tidy([m.Text(el.text)])))
        if prefix:
            if out and isinstance(out[0], m.Para):
                out[0] = m.Para((m.Text(prefix + " "),) + out[0].inlines)
            else:
                out.insert(0, m.Para((m.Text(prefix),)))
        return tuple(out)
    if not _holds_blocks(el):
        inlines = _inlines(el)
        return (m.Para(inlines),) if _inlines_have_content(inlines) else ()
    out = []
    for child in _children(el):
        name = local(child)
        if name in ("num", "heading", "subheading"):
            inlines = _inlines(child)
            if _inlines_have_content(inlines):
                out.append(m.Para(inlines))
        elif name in _BLOCKS or name in _LISTS or _holds_blocks(child):
            out.extend(_block(child))
        elif name in ("content", "intro", "wrapUp"):
            out.extend(_blocks_of(child))
        else:
            inlines = _inlines_of([child])
            if _inlines_have_content(inlines):
                out.append(m.Para(inlines))
    return tuple(out)


def _blocks_of_loose(el: etree._Element) -> tuple[m.Block, ...]:
    if _holds_blocks(el):
        return _block(el)
    inlines = _inlines_of([el])
    return (m.Para(inlines),) if _inlines_have_content(inlines) else ()


def _inlines_have_content(inlines: m.Inlines) -> bool:
    if inlines and isinstance(inlines[0], m.Text) and inlines[0].text.strip():
        return True  # the common case, without walking the marks
    return bool(m.plain_text(inlines).strip()) or any(isinstance(x, m.Note) for x in inlines)


def _has_text(blocks: tuple[m.Block, ...]) -> bool:
    return any(
        isinstance(b, m.Para) and _inlines_have_content(b.inlines) or isinstance(b, m.Table) for b in blocks
    )


def _table(el: etree._Element) -> m.Table:
    rows: list[tuple[m.Cell, ...]] = []
    for tr in el.iter():
        if local(tr) != "tr":
            continue
        cells = tuple(
            m.Cell(_blocks_of(cell), local(cell) == "th")
            for cell in _children(tr)
            if local(cell) in ("th", "td")
        )
        rows.append(cells)
    return m.Table(tuple(rows))


# --- inlines ----------------------------------------------------------------------------------------------


def _inlines(el: etree._Element) -> m.Inlines:
    """The inline content of an element that holds text, tidied."""
    raw: list[m.Inline] = []
    if el.text:
        raw.append(m.Text(el.text))
    for child in el:
        if isinstance(child.tag, str):
            raw.extend(_inline(child))
        if child.tail:
            raw.append(m.Text(child.tail))
    return _tidy(raw)


def _inlines_of(els: list[etree._Element]) -> m.Inlines:
    raw: list[m.Inline] = []
    for el in els:
        raw.extend(_inline(el))
    return _tidy(raw)


def _inline(el: etree._Element) -> list[m.Inline]:
    kind = local(el)
    if kind in _SKIP:
        return []
    if kind == "authorialNote" or kind == "note":
        return [m.Note(el.get("marker") or "", _note_blocks(el))]
    if kind in ("eol", "br", "eop"):
        return [m.Break()]
    children: list[m.Inline] = []
    if el.text:
        children.append(m.Text(el.text))
    for child in el:
        if isinstance(child.tag, str):
            child_name = local(child)
            if child_name in _BLOCKS or child_name in _LISTS:
                # a block inside an inline (a p in a docTitle): keep it apart from its neighbours
                children.append(m.Text(" "))
                children.extend(_inline(child))
                children.append(m.Text(" "))
            else:
                children.extend(_inline(child))
        if child.tail:
            children.append(m.Text(child.tail))
    element, attrs = _mark_shape(el, kind)
    if element is None:
        return children
    return [m.Mark(element, tuple(_merge(children)), attrs)]


def _mark_shape(el: etree._Element, kind: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    if kind in ("p", "content"):
        return None, ()
    attrs = tuple((name, v) for k, v in el.attrib.items() if (name := _attr_name(k)) not in _NON_TEXT_ATTRS)
    if kind == "span":
        classes = (el.get("class") or "").split()
        if "italic" in classes:
            return "i", ()
        if "bold" in classes:
            return "b", ()
        if "underline" in classes:
            return "u", ()
        if not attrs:
            return None, ()
    return kind, attrs


def _attr_name(key: str) -> str:
    if key.startswith("{"):
        namespace, _, name = key[1:].partition("}")
        return f"xml:{name}" if namespace == "http://www.w3.org/XML/1998/namespace" else name
    return key


def _note_blocks(el: etree._Element) -> tuple[m.Block, ...]:
    blocks = _blocks_of(el)
    return blocks


def _tidy(raw: list[m.Inline] | tuple[m.Inline, ...]) -> m.Inlines:
    """White space as a reader sees it: runs become one space, none at the ends of the paragraph."""
    merged = _collapse(_merge(raw), [False])
    return tuple(_strip_end(_strip_start(merged)))


def _collapse(items: list[m.Inline], after_space: list[bool]) -> list[m.Inline]:
    out: list[m.Inline] = []
    for item in items:
        if isinstance(item, m.Text):
            text = _one_space(item.text)
            if after_space[0] and text.startswith(" "):
                text = text[1:]
            if text:
                out.append(item if text == item.text else m.Text(text))
                after_space[0] = text.endswith(" ")
        elif isinstance(item, m.Mark):
            inner = tuple(_collapse(list(item.children), after_space))
            out.append(item if inner == item.children else m.Mark(item.element, inner, item.attrs))
        elif isinstance(item, m.Break):
            while out and isinstance(out[-1], m.Text) and out[-1].text.endswith(" "):
                text = out[-1].text.rstrip(" ")
                out[-1:] = [m.Text(text)] if text else []
            out.append(item)
            after_space[0] = True
        else:
            out.append(item)
            after_space[0] = False
    return out  # the input was merged, and only texts are dropped, so no two texts meet


def _one_space(text: str) -> str:
    """`text` with each run of white space made one space (str.split is much faster than a regex)."""
    core = " ".join(text.split())
    if core == text:
        return text
    if not core:
        return " " if text else ""
    if text[0].isspace():
        core = " " + core
    if text[-1].isspace():
        core += " "
    return core


_TRIMMED_THROUGH = frozenset({"i", "b", "u", "span", "docTitle", "docNumber", "inline"})


def _strip_start(items: list[m.Inline]) -> list[m.Inline]:
    return _trim(items, at_end=False)


def _strip_end(items: list[m.Inline]) -> list[m.Inline]:
    return _trim(items, at_end=True)


def _trim(items: list[m.Inline], at_end: bool) -> list[m.Inline]:
    """White space off one end of inline content, through emphasis and title marks; an emptied mark goes,
    and so does a line break at the end."""
    if not items:
        return items
    edge, rest = (items[-1], items[:-1]) if at_end else (items[0], items[1:])

    def put(item: m.Inline) -> list[m.Inline]:
        return rest + [item] if at_end else [item] + rest

    if isinstance(edge, m.Text):
        text = edge.text.rstrip() if at_end else edge.text.lstrip()
        if text == edge.text:
            return items
        return put(m.Text(text)) if text else _trim(rest, at_end)
    if isinstance(edge, m.Mark) and edge.element in _TRIMMED_THROUGH:
        inner = _trim(list(edge.children), at_end)
        if not inner and not edge.attrs:
            return _trim(rest, at_end)
        return put(m.Mark(edge.element, tuple(inner), edge.attrs))
    if at_end and isinstance(edge, m.Break):
        return _trim(rest, at_end)
    return items


def _without_num(heading: tuple[m.Inline, ...], num: str | None) -> tuple[m.Inline, ...]:
    """The heading without the division's number when it repeats it first, as the UN writes part headings
    (`<num>I.</num><subheading>I.<tab/>Organization of work</subheading>`); as it is otherwise."""
    if not num or not num.strip() or not heading or not isinstance(heading[0], m.Text):
        return heading
    first = heading[0].text.lstrip()
    label = num.strip()
    if not first.startswith(label) or not first[len(label):][:1].isspace():
        return heading
    rest = first[len(label):].lstrip()
    return ((m.Text(rest),) if rest else ()) + heading[1:]


def _merge(items: list[m.Inline] | tuple[m.Inline, ...]) -> list[m.Inline]:
    return m.merge_texts(items)


def _text(el: etree._Element) -> str:
    return _SPACE.sub(" ", "".join(el.itertext())).strip()


# --- metadata ---------------------------------------------------------------------------------------------


def _find(el: etree._Element | None, *path: str) -> etree._Element | None:
    for name in path:
        if el is None:
            return None
        el = next((c for c in _children(el) if local(c) == name), None)
    return el


def _metadata(meta: etree._Element | None, doc: m.Document) -> m.Metadata:
    ident = _find(meta, "identification")
    work = _find(ident, "FRBRWork")
    expr = _find(ident, "FRBRExpression")
    manif = _find(ident, "FRBRManifestation")
    uri = _work_uri(work)
    values: dict[str, object] = {}
    if uri is not None:
        values.update(
            country=uri.country, actor=uri.actor, subtype=uri.subtype, number=uri.number, date=uri.date
        )
    for el, key in ((_find(work, "FRBRcountry"), "country"), (_find(work, "FRBRsubtype"), "subtype")):
        if el is not None and el.get("value"):
            values[key] = el.get("value")
    number_el = _find(work, "FRBRnumber")
    if number_el is not None and number_el.get("value"):
        values["number"] = number_el.get("value")
    work_date = _find(work, "FRBRdate")
    if work_date is not None:
        values["date"] = _iso(work_date.get("date")) or values.get("date")
        values["date_name"] = work_date.get("name") or "adoption"
    expr_date = _find(expr, "FRBRdate")
    if expr_date is not None:
        values["issued"] = _iso(expr_date.get("date"))
    language = _find(expr, "FRBRlanguage")
    if language is not None and language.get("language"):
        values["language"] = language.get("language")
    markup = _find(manif, "FRBRdate")
    if markup is not None:
        values["markup_date"] = _iso(markup.get("date"))
    symbol = number_el.get("showAs") if number_el is not None else None
    front = _front_facts(doc)
    values["symbol"] = symbol or front.pop("symbol", None)
    author = _find(work, "FRBRauthor")
    if author is not None and author.get("href"):
        values["author"] = _tlc_name(meta, author.get("href", "")) or None
    values.update({k: v for k, v in front.items() if k != "symbol"})
    values.update(_recorded_metadata(meta))
    version = _find(expr, "FRBRversionNumber")
    if version is not None and version.get("value"):
        values["version"] = version.get("value")
    values["provenance"] = _provenance(meta)
    values["names"] = _tlc_names(meta)
    return m.Metadata(**{k: v for k, v in values.items() if v is not None})  # type: ignore[arg-type]


def _work_uri(work: etree._Element | None) -> FrbrUri | None:
    for name in ("FRBRthis", "FRBRuri"):
        el = _find(work, name)
        value = el.get("value") if el is not None else None
        if not value:
            continue
        try:
            return FrbrUri.parse(value)
        except FrbrError:
            continue
    return None


def _iso(value: str | None) -> str | None:
    if not value or value.startswith("0001-01-01"):
        return None
    return value[:10]


def _tlc_names(meta: etree._Element | None) -> tuple[tuple[str, str], ...]:
    """(id, showAs) of each TLC entry, so that the text refers to each by the name its producer gave it."""
    found = []
    for tlc in _children(_find(meta, "references")):
        key, shown = tlc.get("eId") or tlc.get("id"), tlc.get("showAs")
        if key and shown:
            found.append((key, shown))
    return tuple(found)


def _tlc_name(meta: etree._Element | None, href: str) -> str | None:
    return dict(_tlc_names(meta)).get(href.lstrip("#"))


def _front_facts(doc: m.Document) -> dict[str, object]:
    """What the cover page and preface mark up: symbol, session, agenda items, distribution, sponsors,
    title."""
    facts: dict[str, object] = {}
    agenda: list[str] = []
    sponsors: list[str] = []
    for block in doc.cover + doc.preface:
        if not isinstance(block, m.Para):
            continue
        for mark in _marks(block.inlines):
            refers = mark.get("refersTo") or ""
            text = _SPACE.sub(" ", m.plain_text(mark.children)).strip()
            if mark.element == "docNumber" and refers == "#symbol":
                facts.setdefault("symbol", text)
            elif mark.element == "session" and mark.get("value"):
                facts.setdefault("session", mark.get("value"))
            elif (
                mark.element == "inline" and (mark.get("name") or "").replace(" ", "").lower() == "agendaitem"
            ):
                if mark.get("title"):
                    agenda.append(mark.get("title") or "")
            elif mark.element == "docStatus" and refers.endswith("Distribution"):
                facts.setdefault("distribution", refers[1 : -len("Distribution")])
            elif mark.element == "docProponent" and block in doc.preface and text:
                sponsors.append(text)
            elif mark.element == "docTitle" and refers == "#resolutionTitle":
                facts.setdefault("title", text)
    if agenda:
        facts["agenda_items"] = tuple(agenda)
    if sponsors:
        facts["sponsors"] = tuple(sponsors)
    return facts


def _marks(inlines: m.Inlines) -> list[m.Mark]:
    out: list[m.Mark] = []
    for item in inlines:
        if isinstance(item, m.Mark):
            out.append(item)
            out.extend(_marks(item.children))
    return out


def _own_record(meta: etree._Element | None, name: str) -> etree._Element | None:
    """akn's own record `name` ("metadata", "provenance") in meta/proprietary, if the file has one."""
    prop = _find(meta, "proprietary")
    if prop is None:
        return None
    return next((c for c in prop if isinstance(c.tag, str) and c.tag == f"{{{_PROVENANCE_NS}}}{name}"), None)


def _recorded_metadata(meta: etree._Element | None) -> dict[str, object]:
    """Descriptive metadata akn recorded (title, session, distribution, agenda items, sponsors)."""
    record = _own_record(meta, "metadata")
    if record is None:
        return {}
    found: dict[str, object] = {k: v for k, v in record.attrib.items() if k in ("title", "session", "distribution")}
    agenda = tuple(c.get("value", "") for c in record if isinstance(c.tag, str) and local(c) == "agendaItem")
    sponsors = tuple(c.get("value", "") for c in record if isinstance(c.tag, str) and local(c) == "sponsor")
    found["agenda_items"] = agenda
    found["sponsors"] = sponsors
    return found


def _provenance(meta: etree._Element | None) -> tuple[tuple[str, str], ...]:
    record = _own_record(meta, "provenance")
    if record is None:
        return ()
    out = [(k, v) for k, v in record.attrib.items()]
    for option in record:
        if isinstance(option.tag, str) and local(option) == "option":
            out.append((f"option:{option.get('name', '')}", option.get("value", "")))
    return tuple(out)
