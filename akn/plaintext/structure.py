"""Stage 5: blocks to the document model.

Guarantees: every block ends up in exactly one place of the model (cover page, preface, preamble, body,
conclusions or an annex), in order, with its words; operative paragraphs keep their printed numbers;
sub-paragraphs nest by their numbering sequence; an annex restarts the numbering; when a block fits
nowhere with confidence, or a number is out of sequence, a warning names its input line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import model as m
from ..profile import actor_for_formula
from . import cover as cv
from .blocks import NUMBER_OPENING, Block
from .inline import DATE, InlineContext, iso_date, parse, resolve_markers
from .phrases import operative_phrase, preambular_phrase
from .source import BOLD_CLOSE, BOLD_OPEN, ITALIC_CLOSE, ITALIC_OPEN, NOTE_CLOSE, NOTE_OPEN

PARA_NUM = re.compile(r"^(?P<num>\d{1,3})\.(?:\s+|$)")
POINT_NUM = re.compile(r"^\((?P<v>[a-z]{1,2}|[ivxlc]{1,7}|[A-Z]{1,2}|\d{1,2})\)(?:\s+|$)|^(?P<w>[a-z]|[ivx]{1,4})\)\s+")
SECTION_ALONE = re.compile(r"^(?P<num>[IVXLC]{1,6}|[A-Z])\.?$")
SECTION_TITLED = re.compile(r"^(?P<num>[IVXLC]{1,6}|[A-Z])\.\s+(?P<title>[A-Z][^;]{2,160})$")
NAMED_DIVISION = re.compile(
    r"^(?P<kind>Part|PART|Section|SECTION|Chapter|CHAPTER|Article|ARTICLE|Chapitre|Capítulo|Artículo)\s+"
    r"(?P<num>[IVXLC]+|\d{1,3}(?:\s?(?:bis|ter))?|[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|ONE|TWO|THREE|FOUR|FIVE)\.?"
    r"(?:\s*[.:–—-]?\s+(?P<title>\S.*))?$"
)
ANNEX = re.compile(
    r"^(?P<label>(?:Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|Appendix|APPENDIX|Exhibit|EXHIBIT)(?:\s+(?P<num>[IVXLC]+|\d{1,2}|[A-Z])\b)?)\.?"
    r"(?::?\s+(?P<title>.+))?$"
)
PLENARY = re.compile(r"^(?P<meeting>\d+(?:st|nd|rd|th)(?:\s\(resumed\))?\s+plenary meeting)\s*(?P<rest>.*)$", re.S)
ADOPTED_AT = re.compile(r"^Adopted\b.{0,60}\bat (?:the|its) \d+\S*\s+(?:plenary\s+)?meeting", re.I | re.S)
FORMULA = re.compile(
    r"^(?:(?:The|THE|Le|La|El|Les|Los|Las|Therefore,? the|Therefore,? The)\s+|L['’])"
    r"(?:[A-ZÉ][\w'’\-]*|of|on|and|to|this|the|de|du|des|et|y|del)(?:\s+(?:[A-ZÉ][\w'’\-]*|of|on|and|to|this|the|de|du|des|et|y|del|la|las|los|le)){0,9},$"
)
AGREED = re.compile(r"^(?:Have agreed as follows|Has agreed as follows|Sont convenus de ce qui suit|Han convenido en lo siguiente)\s*:$")
KIND_RANK = {"part": 1, "chapter": 2, "section": 3, "article": 4, "paragraph": 5, "point": 6}
_ROMAN = re.compile(r"^(?=[ivxlc])m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")
_INLINE_MARKERS = re.compile(f"[{ITALIC_OPEN}{ITALIC_CLOSE}{BOLD_OPEN}{BOLD_CLOSE}]")
_TRAILING_NOTES = re.compile(f"(?:\\s*{NOTE_OPEN}[^{NOTE_CLOSE}]*{NOTE_CLOSE})+$")


@dataclass
class Diagnostic:
    """A warning about the input, at its 1-based line."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class _Node:
    kind: str
    num: str | None = None
    heading: m.Inlines | None = None
    blocks: list[m.Block] = field(default_factory=list)
    after: list[m.Block] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    style: str = ""
    value: str = ""

    def add_block(self, block: m.Block) -> None:
        (self.after if self.children else self.blocks).append(block)

    def build(self) -> m.Division:
        kids = tuple(child.build() for child in self.children)
        if kids:
            return m.Division(self.kind, self.num, self.heading, intro=tuple(self.blocks), children=kids,
                              wrap_up=tuple(self.after))
        return m.Division(self.kind, self.num, self.heading, content=tuple(self.blocks))


def plain(text: str) -> str:
    return _INLINE_MARKERS.sub("", text)


def is_formula(text: str) -> bool:
    flat = plain(text).strip()
    if len(flat.split()) > 14:
        return False
    return bool(FORMULA.match(flat)) or (actor_for_formula(flat) is not None and flat.endswith(","))


def is_structural(block: Block) -> bool:
    """Whether a block is a heading, annex label, formula or adoption line, which never continues a paragraph."""
    text = plain(block.text).strip()
    first = plain(block.lines[0].text).strip() if block.lines else text
    return bool(
        is_formula(text) or ANNEX.match(first) and len(text) < 200 or NAMED_DIVISION.match(first)
        or SECTION_ALONE.match(text) or PLENARY.match(text) or ADOPTED_AT.match(text)
    )


def point_style(value: str, previous: str | None = None) -> str:
    if value.isdigit():
        return "digit"
    if value.isupper():
        return "upper"
    if _ROMAN.match(value) and not (previous and _successor(previous, "lower") == value):
        if value in ("i", "v", "x", "l", "c") and previous is None:
            return "roman" if value == "i" else "lower"
        return "roman"
    return "lower"


def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for a, b in zip(text, text[1:] + " "):
        va, vb = values.get(a, 0), values.get(b, 0)
        total += -va if va < vb else va
    return total


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _successor(value: str, style: str) -> str:
    if style == "digit":
        return str(int(value) + 1)
    if style == "roman":
        return _to_roman(_roman_value(value) + 1)
    if style in ("lower", "upper"):
        if len(value) == 2 and value[0] == value[1]:
            nxt = chr(ord(value[0]) + 1)
            return nxt * 2
        if value in ("z", "Z"):
            return "aa" if value == "z" else "AA"
        return chr(ord(value) + 1)
    return ""


def _first_of(style: str) -> str:
    return {"digit": "1", "roman": "i", "lower": "a", "upper": "A"}[style]


class Assembler:
    def __init__(self, blocks: list[Block], ctx: InlineContext, facts: cv.Facts) -> None:
        self.blocks = blocks
        self.ctx = ctx
        self.facts = facts
        self.i = 0
        self.warnings: list[Diagnostic] = []

    # -- helpers -----------------------------------------------------------------------------------------

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(Diagnostic(line, message))

    def _peek(self, offset: int = 0) -> Block | None:
        k = self.i + offset
        return self.blocks[k] if k < len(self.blocks) else None

    def _para(self, text: str, phrase: str | None = None) -> m.Para:
        return m.Para(parse(text, self.ctx, phrase))

    # -- the whole document ------------------------------------------------------------------------------

    def document(self) -> m.Document:
        cover = self.cover()
        preface = self.preface()
        preamble = self.preamble()
        body, conclusions = self.body()
        attachments = self.annexes()
        if self.i < len(self.blocks):
            block = self.blocks[self.i]
            self.warn(block.no, "text after the last annex could not be placed; kept as a final paragraph")
        return m.Document(cover=tuple(cover), preface=tuple(preface), preamble=tuple(preamble), body=body,
                          conclusions=tuple(conclusions), attachments=tuple(attachments))

    # -- cover page --------------------------------------------------------------------------------------

    def _ends_front(self, block: Block) -> bool:
        text = plain(block.text)
        return (
            is_formula(text) or bool(PARA_NUM.match(text)) or cv.preface_line(text, cv.Facts(), self.ctx) is not None
            or self._classify(block) is not None
        )

    def cover(self) -> list[m.Block]:
        out: list[m.Block] = []
        agenda_open = False
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            if self._ends_front(block):
                break
            lines = [plain(line.text).strip() for line in block.lines]
            if agenda_open and not any(cv.is_cover_line(t) for t in lines):
                out.append(m.Para(resolve_markers((cv.agenda_name(" ".join(lines), self.ctx),), self.ctx)))
                agenda_open = False
                self.i += 1
                continue
            recognised = [cv.is_cover_line(t) for t in lines]
            if not any(recognised) and not (block.heading and out):
                break
            paras, agenda_open = self._cover_block(lines)
            out.extend(paras)
            self.i += 1
        return out

    def _cover_block(self, lines: list[str]) -> tuple[list[m.Block], bool]:
        out: list[m.Block] = []
        k = 0
        agenda_open = False
        agenda_title: list[str] = []
        while k < len(lines):
            text = lines[k]
            if re.match(r"^(Resolution|Decision) adopted by", text) and not DATE.search(text) and k + 1 < len(lines):
                text = f"{text} {lines[k + 1]}"
                k += 1
            while text.startswith("[") and "]" not in text and k + 1 < len(lines):
                text = f"{text} {lines[k + 1]}"
                k += 1
            k += 1
            if agenda_open and not cv.is_cover_line(text):
                agenda_title.append(text)
                continue
            if agenda_title:
                out.append(m.Para(resolve_markers((cv.agenda_name(" ".join(agenda_title), self.ctx),), self.ctx)))
                agenda_title = []
            inlines, _whole = cv.cover_line(text, self.facts, self.ctx)
            out.append(m.Para(resolve_markers(inlines, self.ctx)))
            agenda_open = bool(cv._AGENDA.match(text)) and not _agenda_has_title(inlines)
        if agenda_title:
            out.append(m.Para(resolve_markers((cv.agenda_name(" ".join(agenda_title), self.ctx),), self.ctx)))
            agenda_open = False
        return out, agenda_open

    # -- preface -----------------------------------------------------------------------------------------

    def preface(self) -> list[m.Block]:
        out: list[m.Block] = []
        titled = False
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            text = plain(block.text)
            if is_formula(text) or PARA_NUM.match(text) or (self._classify(block) and titled):
                break
            hit = cv.preface_line(text, self.facts, self.ctx)
            if hit is not None:
                out.append(m.Para(resolve_markers(hit, self.ctx)))
                titled = titled or any(isinstance(x, m.Mark) and x.element == "docTitle" for x in hit)
                self.i += 1
                continue
            before_formula = self._peek(1) is not None and is_formula(plain(self._peek(1).text))  # type: ignore[union-attr]
            title_like = before_formula and not text.rstrip().endswith((",", ";")) and len(text.split()) <= 60
            if not title_like and (self._classify(block) is not None or len(text.split()) > 40):
                break
            if not titled:
                title = re.sub(r"\s+", " ", text).strip()
                self.facts.title = self.facts.title or plain(title)
                inner = parse(title, self.ctx)
                out.append(m.Para((cv.mark("docTitle", inner, ("refersTo", "#resolutionTitle")),)))
                titled = True
            else:
                out.append(self._para(text))
            self.i += 1
        return out

    # -- preamble ----------------------------------------------------------------------------------------

    def _classify(self, block: Block) -> str | None:
        """'preambular' or 'operative' from the opening phrase and closing punctuation, or None."""
        text = _TRAILING_NOTES.sub("", plain(block.text).strip())
        pre = preambular_phrase(text)
        op = operative_phrase(text)
        if pre and not op:
            return "preambular"
        if op and not pre:
            return "operative"
        if pre and op:
            return "preambular" if text.endswith(",") else "operative"
        return None

    def preamble(self) -> list[m.PreambleItem]:
        items: list[m.PreambleItem] = []
        formula_seen = False
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            text = block.text
            flat = plain(text).strip()
            if is_formula(flat) or AGREED.match(flat):
                first = not any(isinstance(x, m.Formula) for x in items)
                items.append(m.Formula(self._formula_inlines(text), "enactingFormula" if first else "formula"))
                formula_seen = True
                self.i += 1
                continue
            if self._starts_body(block, in_preamble=True):
                break
            if ANNEX.match(flat) and len(flat) < 80:
                break
            kind = self._classify(block)
            if kind == "operative" and (formula_seen or items):
                break
            phrase = self._phrase(text, preambular_phrase)
            name = phrase or _leading_italic(text)
            items.append(m.Recital((self._para(text, phrase),), plain(name).strip(" ,") if name else None))
            self.i += 1
        return items

    def _formula_inlines(self, text: str) -> m.Inlines:
        """ "The General Assembly," with the body's name in italics and the comma after them."""
        flat = plain(text).strip()
        if not flat.endswith((",", ":")):
            return parse(text.strip(), self.ctx)
        return (m.Mark("i", parse(flat[:-1], self.ctx)), m.Text(flat[-1]))

    def _phrase(self, text: str, finder: object) -> str | None:
        """The opening phrase: the text's own leading italics when it has them, else what `finder` sees."""
        stripped = text.lstrip()
        if stripped.startswith(ITALIC_OPEN):
            return None
        assert callable(finder)
        phrase: str | None = finder(stripped)
        return phrase

    # -- body --------------------------------------------------------------------------------------------

    def _starts_body(self, block: Block, in_preamble: bool = False) -> bool:
        text = plain(block.text).strip()
        if PARA_NUM.match(text) or self._heading_of(block) is not None:
            return True
        if POINT_NUM.match(text) and in_preamble:
            return True
        return not in_preamble and self._classify(block) == "operative"

    def _heading_of(self, block: Block) -> tuple[str, str, str | None] | None:
        """(kind, num, title) when the block is a heading of a part, section, chapter or article."""
        text = plain(block.text).strip()
        first = plain(block.lines[0].text).strip() if block.lines else text
        named = NAMED_DIVISION.match(first)
        if named and len(first) < 200:
            kind = named.group("kind").lower()
            kind = {"chapitre": "chapter", "capítulo": "chapter", "artículo": "article"}.get(kind, kind)
            title = named.group("title")
            rest = " ".join(plain(x.text).strip() for x in block.lines[1:])
            if rest and not title:
                title = rest
            elif rest:
                title = f"{title} {rest}"
            if title and (title.rstrip().endswith((";", ",")) or len(title.split()) > 30):
                return None
            return kind, named.group("num"), title
        alone = SECTION_ALONE.match(text)
        if alone:
            return "section", alone.group("num"), None
        titled = SECTION_TITLED.match(text)
        if titled and len(block.lines) <= 3 and not text.endswith((";", ",", ":")) and len(text.split()) <= 20:
            if titled.group("num") in ("A", "I") or _ROMAN.match(titled.group("num").lower()) or len(titled.group("num")) == 1:
                return "section", titled.group("num"), titled.group("title")
        return None

    def _title_block(self, block: Block | None) -> bool:
        if block is None:
            return False
        text = plain(block.text).strip()
        if not text or len(text.split()) > 25 or text.endswith((";", ",")):
            return False
        if PARA_NUM.match(text) or POINT_NUM.match(text) or self._heading_of(block) or ANNEX.match(text):
            return False
        if self._classify(block) is not None and text.endswith((".", ":")):
            return False
        return not text.endswith(".") or len(text.split()) <= 12

    def body(self, numbered_from: int = 0) -> tuple[tuple[m.Division, ...], list[m.Block]]:
        top: list[_Node] = []
        stack: list[_Node] = []
        conclusions: list[m.Block] = []
        last_number = numbered_from
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            text = block.text.strip()
            flat = plain(text)
            annex = ANNEX.match(plain(block.lines[0].text).strip())
            if annex and not annex.group("title") and len(flat) < 300:
                break
            if annex and annex.group("title") and len(block.lines) == 1 and len(flat) < 120 and not flat.endswith((";", ",")):
                break
            concluding = self._conclusion(text)
            if concluding is not None:
                conclusions.append(concluding)
                self.i += 1
                continue
            if conclusions and not (PARA_NUM.match(flat) or POINT_NUM.match(flat)):
                # text after the adoption lines that is not an annex: keep it with the conclusions
                conclusions.append(self._para(text))
                self.i += 1
                continue
            heading = self._heading_of(block)
            if heading:
                kind, num, title = heading
                self.i += 1
                if title is None and self._title_block(self._peek()):
                    title = self._peek().text.strip()  # type: ignore[union-attr]
                    self.i += 1
                node = _Node(kind, num, parse(title, self.ctx) if title else None)
                rank = KIND_RANK[kind]
                while stack and KIND_RANK.get(stack[-1].kind, 9) >= rank:
                    stack.pop()
                (stack[-1].children if stack else top).append(node)
                stack.append(node)
                continue
            number = PARA_NUM.match(flat)
            if number:
                value = int(number.group("num"))
                if last_number and value != last_number + 1:
                    self.warn(block.no, f"paragraph {value} follows paragraph {last_number}: numbering out of sequence")
                last_number = value
                content = text[_raw_offset(text, number.end()):]
                node = _Node("paragraph", f"{value}.")
                phrase = self._phrase(content, operative_phrase)
                node.blocks.append(self._para(content, phrase))
                self._attach_paragraph(node, stack, top)
                self.i += 1
                continue
            point = POINT_NUM.match(flat)
            if point:
                self._attach_point(block, point, text, stack, top)
                self.i += 1
                continue
            if self._classify(block) == "operative" and not _inside_points(stack):
                node = _Node("paragraph", None)
                node.blocks.append(self._para(text, self._phrase(text, operative_phrase)))
                self._attach_paragraph(node, stack, top)
                self.i += 1
                continue
            if is_formula(flat) and not stack:
                node = _Node("paragraph", None)
                node.blocks.append(m.Para(self._formula_inlines(text)))
                self._attach_paragraph(node, stack, top)
                self.i += 1
                continue
            if stack and stack[-1].kind in ("paragraph", "point"):
                stack[-1].add_block(self._para(text))
                if not flat[:1].islower() and flat[:1] not in "“\"‘'(":
                    self.warn(block.no, "unnumbered block inside the operative part; kept with the paragraph before it")
            else:
                node = _Node("paragraph", None)
                node.blocks.append(self._para(text, self._phrase(text, operative_phrase)))
                self._attach_paragraph(node, stack, top)
                if self._classify(block) is None:
                    self.warn(block.no, "unrecognised block in the operative part; kept as an unnumbered paragraph")
            self.i += 1
        return tuple(n.build() for n in top), conclusions

    def _attach_paragraph(self, node: _Node, stack: list[_Node], top: list[_Node]) -> None:
        while stack and stack[-1].kind in ("paragraph", "point"):
            stack.pop()
        (stack[-1].children if stack else top).append(node)
        stack.append(node)

    def _attach_point(self, block: Block, match: re.Match[str], text: str, stack: list[_Node], top: list[_Node]) -> None:
        value = match.group("v") or match.group("w")
        shown = match.group(0).strip()
        content = text[_raw_offset(text, match.end()):]
        points = [n for n in stack if n.kind == "point"]
        parent_index = None
        style = None
        for depth in range(len(points) - 1, -1, -1):
            node = points[depth]
            if _successor(node.value, node.style) == value:
                parent_index, style = depth, node.style
                break
        if parent_index is not None:
            while stack[-1] is not points[parent_index]:
                stack.pop()
            stack.pop()
        else:
            previous = points[-1].value if points else None
            style = point_style(value, None)
            if value != _first_of(style) and not (style == "lower" and value in ("i", "v", "x")):
                same = [n for n in points if n.style == style]
                if same:
                    self.warn(block.no, f"{shown} follows ({same[-1].value}): numbering out of sequence")
                    while stack[-1] is not same[-1]:
                        stack.pop()
                    stack.pop()
                elif points or (stack and stack[-1].kind == "paragraph"):
                    self.warn(block.no, f"{shown} does not start a list; nested under the paragraph before it")
            elif style == "lower" and value in ("i", "v", "x") and previous is not None:
                style = "roman" if value == "i" else style
        node = _Node("point", shown, style=style or "lower", value=value)
        node.blocks.append(self._para(content))
        if not stack or stack[-1].kind not in ("paragraph", "point"):
            # points with no paragraph above them are the document's paragraphs ("(a)", "(b)" of a decision)
            node.kind = "paragraph"
            self._attach_paragraph(node, stack, top)
            node.kind = "paragraph"
            return
        stack[-1].children.append(node)
        stack.append(node)

    def _conclusion(self, text: str) -> m.Block | None:
        flat = plain(text).strip()
        plenary = PLENARY.match(flat)
        if plenary:
            rest = plenary.group("rest").strip()
            date = DATE.match(rest)
            iso = iso_date(date) if date else None
            if date and iso and not rest[date.end():].strip():
                self.facts.adopted = self.facts.adopted or iso
                return m.Para((m.Mark("event", (
                    cv.mark("location", plenary.group("meeting"), ("refersTo", "#adoptionMeeting")),
                    m.Break(),
                    cv.mark("docDate", date.group(0), ("date", iso), ("refersTo", "#adoptionDate")),
                ), (("refersTo", "#adoption"),)),))
            if not rest:
                return m.Para((cv.mark("location", plenary.group("meeting"), ("refersTo", "#adoptionMeeting")),))
        if ADOPTED_AT.match(flat) and len(flat) < 400:
            return m.Para(parse(text, self.ctx))
        if DATE.fullmatch(flat) and self.i > 0 and PLENARY.match(plain(self.blocks[self.i - 1].text).strip() or ""):
            return m.Para(parse(text, self.ctx))
        return None

    # -- annexes -----------------------------------------------------------------------------------------

    def annexes(self) -> list[m.Document]:
        out: list[m.Document] = []
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            first = plain(block.lines[0].text).strip()
            match = ANNEX.match(first)
            if not match:
                # trailing text that belongs nowhere: an unnumbered paragraph of a last annex or the body
                if out:
                    body, conclusions = self.body()
                    last = out[-1]
                    out[-1] = m.Document(
                        doc_type=last.doc_type, name=last.name, preface=last.preface, preamble=last.preamble,
                        body=last.body + body, conclusions=last.conclusions + tuple(conclusions),
                    )
                    continue
                self.warn(block.no, "block after the conclusions kept as an annex paragraph")
                body, conclusions = self.body()
                out.append(m.Document(doc_type="doc", name="annex", body=body, conclusions=tuple(conclusions)))
                continue
            self.i += 1
            preface: list[m.Block] = [m.Para((cv.mark("docType", match.group("label")),)
                                              + ((m.Text(first[match.end("label"):]),) if match.end("label") < len(first) else ()))]
            rest_lines = [line.text for line in block.lines[1:]]
            title_text = " ".join(x.strip() for x in rest_lines if x.strip())
            if title_text:
                preface.append(m.Para((cv.mark("docTitle", parse(title_text, self.ctx)),)))
            elif self._title_block(self._peek()) and not is_formula(plain(self._peek().text)):  # type: ignore[union-attr]
                preface.append(m.Para((cv.mark("docTitle", parse(self._peek().text.strip(), self.ctx)),)))  # type: ignore[union-attr]
                self.i += 1
            while self._peek() is not None and self._annex_subtitle(self._peek()):  # type: ignore[arg-type]
                preface.append(self._para(self._peek().text.strip()))  # type: ignore[union-attr]
                self.i += 1
            preamble = self.preamble()
            body, conclusions = self.body()
            out.append(m.Document(doc_type="doc", name="annex", preface=tuple(preface), preamble=tuple(preamble),
                                  body=body, conclusions=tuple(conclusions)))
        return out

    def _annex_subtitle(self, block: Block) -> bool:
        text = plain(block.text).strip()
        if not self._title_block(block) or is_formula(text) or self._classify(block) is not None:
            return False
        return len(text.split()) <= 15 and not text.endswith((".", ":"))


def _leading_italic(text: str) -> str | None:
    stripped = text.lstrip()
    if not stripped.startswith(ITALIC_OPEN) or ITALIC_CLOSE not in stripped:
        return None
    return stripped[1:stripped.index(ITALIC_CLOSE)]


def _agenda_has_title(inlines: list[m.Inline] | m.Inlines) -> bool:
    return any(isinstance(x, m.Mark) and x.get("name") == "agendaItemName" for x in inlines)


def _inside_points(stack: list[_Node]) -> bool:
    return bool(stack) and stack[-1].kind == "point" and not plain_text_ends(stack[-1])


def plain_text_ends(node: _Node) -> bool:
    blocks = node.after or node.blocks
    if not blocks or not isinstance(blocks[-1], m.Para):
        return True
    text = m.plain_text(blocks[-1].inlines).rstrip()
    return text.endswith((";", ".", ":"))


def _raw_offset(text: str, plain_offset: int) -> int:
    """The offset in `text` (which may hold inline markers) of character `plain_offset` of its plain form."""
    count = 0
    for index, char in enumerate(text):
        if count == plain_offset:
            return index
        if not _INLINE_MARKERS.match(char):
            count += 1
    return len(text)


del NUMBER_OPENING
