"""The document model: a resolution as structure, independent of text or XML.

Every reader produces these values and every writer consumes them. They are frozen dataclasses that hold no
I/O and no source positions, so two documents are equal exactly when their content and structure are equal.
The classes made by the thousand spell out their `__init__`: the compiled build runs a dataclass's generated
one as Python, several times slower than its own.

A document has a front (cover page and preface, as blocks of marked-up inline text), a preamble (formulas
and recitals), a body of divisions (operative paragraphs, their points, parts and sections), conclusions
(the adoption lines) and attachments (annexes, themselves documents without metadata of their own).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# --- inline content ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """Plain characters."""

    text: str

    def __init__(self, text: str) -> None:
        object.__setattr__(self, "text", text)


@dataclass(frozen=True, slots=True)
class Mark:
    """An inline element around other inline content.

    `element` is the Akoma Ntoso element name (`i`, `b`, `ref`, `date`, `docNumber`, `docProponent`, ...),
    `attrs` its attributes in a fixed order. Presentational and semantic inlines share this one shape, as in
    pandoc's Span: the writers need no case per element, and unknown elements of other producers fit too.
    """

    element: str
    children: Inlines
    attrs: tuple[tuple[str, str], ...] = ()

    def __init__(self, element: str, children: Inlines, attrs: tuple[tuple[str, str], ...] = ()) -> None:
        object.__setattr__(self, "element", element)
        object.__setattr__(self, "children", children)
        object.__setattr__(self, "attrs", attrs)

    def get(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote (`authorialNote`), placed at its marker."""

    marker: str
    blocks: tuple[Block, ...]

    def __init__(self, marker: str, blocks: tuple[Block, ...]) -> None:
        object.__setattr__(self, "marker", marker)
        object.__setattr__(self, "blocks", blocks)


@dataclass(frozen=True, slots=True)
class Break:
    """A line break inside a block (`eol`)."""


Inline = Text | Mark | Note | Break
Inlines = tuple[Inline, ...]


# --- blocks -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of running text (`p`)."""

    inlines: Inlines

    def __init__(self, inlines: Inlines) -> None:
        object.__setattr__(self, "inlines", inlines)


@dataclass(frozen=True, slots=True)
class Cell:
    blocks: tuple[Block, ...]  # paragraphs, or a table nested in the cell (other producers' AKN)
    header: bool = False

    def __init__(self, blocks: tuple[Block, ...], header: bool = False) -> None:
        object.__setattr__(self, "blocks", blocks)
        object.__setattr__(self, "header", header)


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]


Block = Para | Table


# --- structure ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula of the preamble: "The General Assembly,", "Have agreed as follows:"."""

    inlines: Inlines
    name: str = "enactingFormula"

    def __init__(self, inlines: Inlines, name: str = "enactingFormula") -> None:
        object.__setattr__(self, "inlines", inlines)
        object.__setattr__(self, "name", name)


@dataclass(frozen=True, slots=True)
class Recital:
    """One preambular paragraph (`container`); `phrase` is its opening phrase ("Recalling also")."""

    blocks: tuple[Block, ...]
    phrase: str | None = None

    def __init__(self, blocks: tuple[Block, ...], phrase: str | None = None) -> None:
        object.__setattr__(self, "blocks", blocks)
        object.__setattr__(self, "phrase", phrase)


@dataclass(frozen=True, slots=True)
class PreambleHeading:
    """A subject heading among the recitals ("Somalia", "AMISOM"), as `block name="subheading"`."""

    inlines: Inlines

    def __init__(self, inlines: Inlines) -> None:
        object.__setattr__(self, "inlines", inlines)


PreambleItem = Formula | Recital | PreambleHeading


@dataclass(frozen=True, slots=True)
class Division:
    """A unit of the hierarchy: operative paragraph, point, section, part, chapter, article, ...

    `kind` is the Akoma Ntoso element name. A division holds either `content` (a leaf) or `children`,
    optionally with an `intro` (the chapeau before the children) and a `wrap_up` after them. Points under a
    paragraph or point are written inside a `list`, the intro becoming the list's intro.
    """

    kind: str
    num: str | None = None
    heading: Inlines | None = None
    content: tuple[Block, ...] = ()
    intro: tuple[Block, ...] = ()
    children: tuple[Division, ...] = ()
    wrap_up: tuple[Block, ...] = ()
    name: str | None = None

    def __init__(
        self,
        kind: str,
        num: str | None = None,
        heading: Inlines | None = None,
        content: tuple[Block, ...] = (),
        intro: tuple[Block, ...] = (),
        children: tuple[Division, ...] = (),
        wrap_up: tuple[Block, ...] = (),
        name: str | None = None,
    ) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "num", num)
        object.__setattr__(self, "heading", heading)
        object.__setattr__(self, "content", content)
        object.__setattr__(self, "intro", intro)
        object.__setattr__(self, "children", children)
        object.__setattr__(self, "wrap_up", wrap_up)
        object.__setattr__(self, "name", name)

    def walk(self) -> Iterator[Division]:
        yield self
        for child in self.children:
            yield from child.walk()


# --- metadata -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the FRBR identification and the cover page say about a document.

    Dates are ISO strings. `number` is the FRBR number (`78-117`); it is derived from the symbol when the
    document has one. `version` names a revised or corrected text ("Rev.1", "Corr.1"), whose expression is
    dated by its issuance. `provenance` holds the generator's name, version, options and the input's sha256.
    """

    country: str = "un"
    actor: str | None = None
    author: str | None = None
    symbol: str | None = None
    number: str | None = None
    date: str | None = None
    date_name: str = "adoption"
    issued: str | None = None
    language: str = "eng"
    subtype: str | None = "deliberation"
    session: str | None = None
    agenda_items: tuple[str, ...] = ()
    distribution: str | None = None
    sponsors: tuple[str, ...] = ()
    title: str | None = None
    version: str | None = None
    markup_date: str | None = None
    provenance: tuple[tuple[str, str], ...] = ()
    # The name each referenced id stands for where the text that refers to it is more than the name ("[on the
    # report of the Sixth Committee (A/79/467)]" refers to the Sixth Committee), for its TLC's showAs.
    names: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document, or an attachment of one (then `meta` is None).

    A `documentCollection` ("resolutions 78/80 A and B") holds its resolutions as `components`, each a
    document with a `name` of its own and `meta` None (their identity derives from the collection's)."""

    doc_type: str = "statement"
    name: str = "resolution"
    meta: Metadata | None = None
    cover: tuple[Block, ...] = ()
    preface: tuple[Block, ...] = ()
    preamble: tuple[PreambleItem, ...] = ()
    body: tuple[Division, ...] = ()
    conclusions: tuple[Block, ...] = ()
    attachments: tuple[Document, ...] = field(default=())
    components: tuple[Document, ...] = field(default=())


# --- helpers ------------------------------------------------------------------------------------------------


def plain_text(inlines: Inlines, *, notes: bool = False) -> str:
    """The characters of inline content; note bodies only when `notes` is true."""
    parts: list[str] = []
    _collect(inlines, parts, notes)
    return "".join(parts)


def _collect(inlines: Inlines, out: list[str], notes: bool) -> None:
    for item in inlines:
        if isinstance(item, Text):
            out.append(item.text)
        elif isinstance(item, Mark):
            _collect(item.children, out, notes)
        elif isinstance(item, Break):
            out.append("\n")
        elif notes:
            for block in item.blocks:
                if isinstance(block, Para):
                    out.append(" ")
                    _collect(block.inlines, out, notes)


def merge_texts(items: Iterable[Inline]) -> list[Inline]:
    """Inline content with adjacent texts made one and empty texts dropped."""
    out: list[Inline] = []
    for item in items:
        if isinstance(item, Text):
            if not item.text:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + item.text)
                continue
        out.append(item)
    return out


def italic(text: str) -> Mark:
    return Mark("i", (Text(text),))
