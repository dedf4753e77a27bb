"""Stage 5: blocks to the document model.

Guarantees: every block ends up in exactly one place of the model (cover page, preface, preamble, body,
conclusions or an annex), in order, with its words; operative paragraphs keep their printed numbers;
sub-paragraphs nest by their numbering sequence; an annex restarts the numbering; when a block fits
nowhere with confidence, or a number is out of sequence, a warning names its input line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Final

from .. import model as m
from ..profile import actor_for_formula, is_known_formula
from . import cover as cv
from .blocks import DANGLING, NUMBER_OPENING, Block, join_lines
from .inline import DATE, InlineContext, iso_date, parse, resolve_markers
from .ordinals import SECTION_NUMBER_MARK, SECTION_NUMBERS_IN_WORDS, roman_value
from .phrases import opens_paragraph, operative_phrase, preambular_phrase
from .source import (
    BOLD_CLOSE,
    BOLD_OPEN,
    ITALIC_CLOSE,
    ITALIC_OPEN,
    NOTE_CLOSE,
    NOTE_OPEN,
    folded,
    without_emphasis,
)
from .tables import TableBlock

# "1." and, in Arabic, "1 -" (before the Arabic text, or alone on its line).
PARA_NUM: Final = re.compile(r"^(?P<num>\d{1,3})(?:\.|\s?-(?=\s+[\u0600-\u06ff]|\s*$))(?:\s+|$)")
POINT_NUM: Final = re.compile(
    r"^\((?P<v>[a-z]{1,2}|[ivxlc]{1,7}|[A-Z]{1,2}|\d{1,2}|[\u0621-\u064a]\u0640?)\)(?:\s+|$)|^(?P<w>[a-z]|[ivx]{1,4})(?:\)\s+|\.\s+(?=[a-z(\u201c\x22]))|^(?P<b>[—–•▪·-])\s+"
)
# "a. Calls upon ...": a letter, a full stop and a capital. Only a point where a list is due (see `_capital_point`).
CAPITAL_POINT: Final = re.compile(r"^(?P<w>[a-z])\.\s+(?=[A-Z\u201c\x22])")
# The same with a Roman numeral or a capital: "i. Providing ...", "A. To assist ... by:", "II. Political Process:".
_CAPITAL_ITEM: Final = re.compile(r"^(?P<w>[ivxlc]{1,7}|[A-Z]|[IVXLC]{1,7})\.\s+(?=[A-Z\u201c\x22])")
# "I", "B." alone on a line; a number in words may be followed by a dash ("أولا -"). A section's `num` is the
# whole line, its number with the mark after it, as written.
SECTION_ALONE: Final = re.compile(
    rf"^(?P<num>[IVXLC]{{1,6}}|[A-Z]|{SECTION_NUMBERS_IN_WORDS}){SECTION_NUMBER_MARK}?$"
)
SECTION_TITLED: Final = re.compile(r"^(?P<written>(?P<num>[IVXLC]{1,6}|[A-Z])\.)\s+(?P<title>[A-ZА-ЯЁ][^;]{2,160})$")
# Sections as Chinese numbers them ("一. 导言") and as Arabic does, by ordinal adverbs or letters' names
# ("أولا - مقدمة", "ألف - ...").
_NUMBERED_SECTION: Final = re.compile(
    r"^(?P<written>(?P<num>[一二三四五六七八九十]{1,3})[.、．])\s*(?P<title>[^；;。，]{2,80})$"
    rf"|^(?P<arwritten>(?P<ar>{SECTION_NUMBERS_IN_WORDS})\s?-)\s+(?P<artitle>[^؛;]{{2,160}})$"
)
NAMED_DIVISION: Final = re.compile(
    r"^(?P<label>(?P<kind>Part|PART|Section|SECTION|Chapter|CHAPTER|Article|ARTICLE|Rule|RULE|Chapitre|Capítulo|Artículo|Règle|Regla)\s+"
    r"(?P<num>[IVXLC]+|\d{1,3}(?:[A-Z]\b|\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\b)?|[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|ONE|TWO|THREE|FOUR|FIVE"
    r"|premier|première|primero|primera|PREMIER|PREMIÈRE|PRIMERO|PRIMERA)\.?)"
    r"(?:\s*[.:–—-]?\s+(?P<title>\S.*))?$"
)
ANNEX: Final = re.compile(
    r"^(?P<label>(?:Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|Приложение|ПРИЛОЖЕНИЕ|Appendix|APPENDIX|Exhibit|EXHIBIT)(?:\s+(?P<num>[IVXLC]+|\d{1,2}|[A-Z])\b)?"
    r"|附件(?P<zh>[一二三四五六七八九十]{1,3})?"
    r"|المرفق(?: (?P<ar>الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر))?)\.?"
    r"(?::?\s+(?P<title>.+))?$"
)
PLENARY: Final = re.compile(
    r"^(?P<meeting>\d+(?:st|nd|rd|th)(?:\s\(resumed\))?\s+(?:plenary\s+)?meeting"
    r"|(?:[A-Z][a-z]+-)?[A-Z][a-z]+\s+plenary meeting|\d+(?:e|re)\s+séance plénière(?:\s\(reprise\))?"
    r"|\d+[ªa]\s+sesión plenaria(?:\s\(continuación\))?|\d+[-\u2011]е\s+пленарное заседание(?:\s\(возобновленное\))?"
    r"|第\d+次全体会议(?:\s?[(（]续会[)）])?|الجلسة العامة \d+(?:\s?\(المستأنفة\))?)"
    r"\s*(?P<rest>.*)$",
    re.DOTALL,
)
# Not "adopted": a line that opens so is a sentence wrapped before its verb ("... GC(64)/RES/10, / adopted on").
_ADOPTED = "(?-i:Adopted|ADOPTED)"
ADOPTED_AT: Final = re.compile(
    rf"^{_ADOPTED}\b.{{0,60}}\bat (?:the|its) \d+\S*\s+(?:plenary\s+)?meeting|^{_ADOPTED}\b[:,]?\s+(?=\S*\s?\d)"
    rf"|^{_ADOPTED}[:,]\s|^(?:Motion |Question put and )?agreed to\.?$|^\[Adopted\b[^\]]*\]\.?$",
    re.IGNORECASE | re.DOTALL,
)
# An adoption line in brackets: the meeting, its date perhaps, and nothing else.
_BRACKETED_MEETING: Final = re.compile(
    r"^\((?:\d+(?:st|nd|rd|th)|(?:[A-Z][a-z]+-)?[A-Z][a-z]+) (?:plenary )?meeting(?:, [^()]{6,40})?\)\.?$"
)
# The symbol of a meeting's verbatim record printed after its date ("Seventh plenary meeting, 1 June 2024
# A77/VR/7").
_MEETING_RECORD: Final = re.compile(r"^[A-Z][\w.]*(?:/[\w.]+)*/(?:VR|PV|SR)[./]\d+$")
RESOLVING_OPENER: Final = re.compile(r"^(?:(?:NOW,? THEREFORE,? )?BE IT (?:FURTHER )?RESOLVED|RESOLVED|Resolved|That (?:the|this) House)\b")
# A decision's text: "At its 50th plenary meeting, on 22 December 2023, the General Assembly ... decided ...",
# "The Seventy-seventh World Health Assembly, having considered the report ..., decided ..."; a presidential
# statement's: "At the 9250th meeting of the Security Council, ... the President ... made ...".
# What an amendment's text consists of: instructions ("Delete operative paragraph 3.", "In the fifth preambular
# paragraph, replace ..."), in English, French and Spanish.
AMENDMENT_INSTRUCTION: Final = re.compile(
    r"^(?:In (?:the )?(?:[\w-]+ )?(?:preambular|operative|title|paragraph|subparagraph)[^,]{0,80},\s+[a-z]+\b"
    r"|(?:Delete|Insert|Replace|Add|Amend|Reword|Renumber|Move|Substitute)\b"
    r"|(?:Supprimer|Insérer|Remplacer|Ajouter|Modifier|Remanier)\b"
    r"|(?:Suprímase|Insértese|Sustitúyase|Reemplácese|Añádase|Agréguese|Modifíquese)\b)"
)
DECISION_OPENER: Final = re.compile(
    r"^(?:At its \d+(?:st|nd|rd|th) (?:plenary |resumed |closed )?meeting|À sa \d+e séance|En su \d+ª sesión"
    r"|At the \d+(?:st|nd|rd|th) meeting of the Security Council)\b"
    r"|^The (?:[A-Z][\w’'-]*\s(?:(?:of|for|on|and|the)\s)*){0,8}(?:Assembly|Council|Commission|Conference|Board|Committee)"
    r",?\s(?:having\s[^;]{0,600}?,\S*\s)?decided\b"
)
# The verb of a body's decision, in the sentence that opens it.
_DECIDED: Final = re.compile(r"\b(?:decided|a décidé|decidió)\b")
ADOPTS_TEXT: Final = re.compile(r"\b(?:adopts|approves|endorses|proclaims|adopte|aprueba)\b.*\bfollowing\b[^:]*:$", re.IGNORECASE)
ITEM_CODE: Final = re.compile(r"^(?P<code>(?:A|S|E|ST|UNEP|DP)(?:/[A-Za-z0-9.\-]+){2,}(?:\s\((?:\d{4}|Part [IVX]+)\))?)\s+(?=[A-Z])")
FORMULA: Final = re.compile(
    r"^(?:(?:The|THE|Le|La|El|Les|Los|Las|Therefore,? the|Therefore,? The)\s+|L['’])"
    r"(?:[A-ZÉ][\w'’\-]*|of|on|and|to|this|the|de|du|des|et|y|del)(?:\s+(?:[A-ZÉ][\w'’\-]*|of|on|and|for|to|this|the|de|du|des|et|y|del|la|las|los|le)){0,9},$"
)
PART_LABEL: Final = re.compile(
    r"^(?:Resolution |Résolution |Resolución |Decision |Décision |Decisión )?(?P<letter>[A-Z])(?:\.?\s+(?P<title>[A-Z].*))?$"
)
AGREED: Final = re.compile(
    r"^(?:Have agreed as follows|Has agreed as follows|Sont convenus de ce qui suit|Han convenido en lo siguiente)\s*:$"
    r"|^(?:NOW,? THEREFORE,?(?: BE IT)?|Now,? therefore,?(?: be it)?|Therefore,?)$",
    re.IGNORECASE,
)
# The element a division's French or Spanish word stands for.
_DIVISION_WORDS: Final = {"chapitre": "chapter", "capítulo": "chapter", "artículo": "article", "règle": "rule",
                          "regla": "rule"}
KIND_RANK: Final = {
    "hcontainer": 0, "part": 1, "chapter": 2, "section": 3, "article": 4, "rule": 4, "paragraph": 5, "point": 6
}
# Lines that stand between numbered paragraphs without heading them: a labelled value ("Location: Tehran",
# "A.K.A.: 3MG") and a person with a country ("Patrick Robinson (Jamaica)").
_LABELLED_VALUE: Final = re.compile(r"^\S+:\s")
_NAME_AND_COUNTRY: Final = re.compile(r"\((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)*\)$")
_ROMAN: Final = re.compile(r"^(?=[ivxlc])m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")
_INLINE_MARKERS: Final = ITALIC_OPEN + ITALIC_CLOSE + BOLD_OPEN + BOLD_CLOSE
# Where POINT_NUM may match the text once stripped of emphasis and blanks: a cheap test at its start.
_POINT_START: Final = re.compile(f"[\\s{_INLINE_MARKERS}]*[(a-z—–•▪·-]")
_TRAILING_NOTES: Final = re.compile(f"(?:\\s*{NOTE_OPEN}[^{NOTE_CLOSE}]*{NOTE_CLOSE})+$")


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
    name: str | None = None
    # What `_announces_items` has found so far, and how many of `blocks` and `after` it has looked at.
    announces: bool = False
    looked_at: tuple[int, int] = (0, 0)
    # How far the line that opened it is indented: in Markdown, a list item indented under another is its child.
    indent: int = 0

    def add_block(self, block: m.Block) -> None:
        (self.after if self.children else self.blocks).append(block)

    def build(self) -> m.Division:
        blocks, children = self.blocks, self.children
        if self.kind in _INTRO_HOLDERS:
            # The unnumbered paragraphs that open a part before its numbered ones (its own recitals) are its
            # introduction: as paragraphs they were counted, and took the eId of the part's paragraph 1.
            lead = 0
            while lead < len(children) and _is_plain_paragraph(children[lead]):
                lead += 1
            if 0 < lead < len(children) and children[lead].num is not None:
                blocks = blocks + [block for child in children[:lead] for block in child.blocks]
                children = children[lead:]
        kids = tuple(child.build() for child in children)
        if kids:
            return m.Division(self.kind, self.num, self.heading, intro=tuple(blocks), children=kids,
                              wrap_up=tuple(self.after), name=self.name)
        return m.Division(self.kind, self.num, self.heading, content=tuple(blocks), name=self.name)


_INTRO_HOLDERS: Final = frozenset({"part", "chapter", "section", "article", "rule"})


def _opens_like_a_title(text: str) -> bool:
    """Whether `text` opens as a heading does: with a capital, or with a letter of a script that has no case
    (Chinese, Arabic), where no capital marks a heading."""
    first = text[:1]
    return first.isupper() or first.isalpha() and not first.islower()


def _is_plain_paragraph(node: _Node) -> bool:
    return (node.kind == "paragraph" and node.num is None and node.heading is None and not node.children
            and not node.after)


plain: Final = without_emphasis  # the text without emphasis markers (note markers stay); asked for 150 times a document


_NOTE_MARKS: Final = re.compile("\ue000[^\ue001]*\ue001")
_EDITORIAL: Final = re.compile(r"\s*\[(?:matter|text|paragraphs?) omitted\]\s*$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def is_formula(text: str) -> bool:
    """ "The General Assembly,", "Le Conseil de sécurité,", "The States Parties to this Convention,"."""
    if len(text) > 240:
        return False
    flat = plain(text)
    if NOTE_OPEN in flat:
        flat = _NOTE_MARKS.sub("", flat)
    if "]" in flat:
        flat = _EDITORIAL.sub("", flat)
    flat = flat.strip()
    if flat[:1].islower():  # a line wrapped before "the Security Council," goes on a sentence
        return False
    if len(flat.split(None, 14)) > 14:  # more than 14 words, without splitting them all
        return False
    if flat.endswith(("，", "،")):  # Chinese and Arabic commas: the known formulas only, as a text of any length
        return is_known_formula(flat[:-1]) and actor_for_formula(flat[:-1]) is not None
    if not flat.endswith(","):
        return is_known_formula(flat) and actor_for_formula(flat) is not None
    return bool(FORMULA.match(flat)) or actor_for_formula(flat) is not None


def label_alone(text: str, before: str, without_blank_lines: bool) -> bool:
    """A label with nothing else on its line, `before` the line above it: an annex's ("Annex", "Annex II",
    "Anexo"); and, in a text whose paragraphs no blank lines part, a part's or section's ("Part I",
    "Section 1", "II", "B."). A label that is a word is text where the line above stops on a word that needs
    more ("referred to in" / "Annex")."""
    flat = text.strip()
    if without_blank_lines and SECTION_ALONE.match(flat):
        return True
    named = NAMED_DIVISION.match(flat) if without_blank_lines else None
    if not (_ANNEX_LABEL.match(flat) or named is not None and not named.group("title")):
        return False
    return DANGLING.search(before.rstrip()) is None



def opens_block(text: str, named_only: bool = False) -> bool:
    """Whether a line that follows the end of a sentence opens a block where no blank line parts the
    paragraphs: an opening phrase, the adoption ("41st plenary meeting", "Adopted at the 2981st meeting"), or
    a heading's label ("Income section 2", whose title follows on the next line). `named_only` as
    `opens_paragraph` takes it."""
    flat = text.strip()
    return (
        opens_paragraph(flat, named_only) or PLENARY.match(flat) is not None or ADOPTED_AT.match(flat) is not None
        or _SECTION_LABEL.match(flat) is not None
    )


# A label of a budget's parts and the like, which no sentence ends on: "Income section 2", "Section 29A".
_SECTION_LABEL = re.compile(r"^(?:[A-Z][a-z]+ )?(?:[Ss]ection|Part|Chapter) \d{1,3}[A-Z]?$")


_ANNEX_LABEL = re.compile(
    r"^(?:(?:Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|Приложение|ПРИЛОЖЕНИЕ|Appendix|APPENDIX)(?:\s+(?:[IVXLC]+|\d{1,2}|[A-Z]))?"
    r"|附件[一二三四五六七八九十]{0,3}|المرفق(?: [\u0621-\u064a]+)?)$"
)


def is_structural(block: Block) -> bool:
    """Whether a block is a heading, annex label, formula or adoption line, which never continues a paragraph."""
    text = block.plain.strip()
    first = plain(block.lines[0].text).strip() if block.lines else text
    return bool(
        is_formula(text) or ANNEX.match(first) and len(text) < 200 or NAMED_DIVISION.match(first)
        or SECTION_ALONE.match(text) or PLENARY.match(text) or ADOPTED_AT.match(text)
    )


# Arabic points are lettered in the order of the abjad: (أ), (ب), (ج), (د), (هـ), ...
_ABJAD: Final = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"


def point_style(value: str, previous: str | None = None) -> str:
    if value[:1] in _ABJAD:
        return "abjad"
    if not value.isalnum():
        return "bullet"
    if value.isdigit():
        return "digit"
    if value.isupper():
        lower = point_style(value.lower(), previous.lower() if previous else None)
        return "upper-roman" if lower == "roman" else "upper"
    if _ROMAN.match(value) and not (previous and _successor(previous, "lower") == value):
        if value in ("i", "v", "x", "l", "c") and previous is None:
            return "roman" if value == "i" else "lower"
        return "roman"
    return "lower"


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _successor(value: str, style: str) -> str:
    if style == "bullet":
        return value
    if style == "abjad":
        at = _ABJAD.find(value[:1]) + 1
        return "هـ" if _ABJAD[at:at + 1] == "ه" else _ABJAD[at:at + 1]
    if style == "digit":
        return str(int(value) + 1)
    if style == "roman":
        return _to_roman(roman_value(value) + 1)
    if style == "upper-roman":
        return _to_roman(roman_value(value.lower()) + 1).upper()
    if style in ("lower", "upper"):
        if len(value) == 2 and value[0] == value[1]:
            nxt = chr(ord(value[0]) + 1)
            return nxt * 2
        if value in ("z", "Z"):
            return "aa" if value == "z" else "AA"
        return chr(ord(value) + 1)
    return ""


_LOOKALIKES: Final = {"1": "i", "l": "i", "I": "i"}
# "l." where paragraph 1 stands, as OCR reads "1." (A/RES/76/256); taken for it when paragraph 2 follows.
_L_FOR_ONE: Final = re.compile(r"^l\.\s+\S")
# A paragraph number whose full stop OCR misread or lost: "2 . Requests", "2, Requests", "2 Requests".
_MISREAD_NUMBER: Final = re.compile(rf"^(?P<num>\d{{1,3}})(?P<mark>\s?[.,;:]|\s)\s*(?=[A-Z{ITALIC_OPEN}{BOLD_OPEN}])")
# A digit OCR read as the letter it looks like ("S. Decides" for "5. Decides"), where the sequence shows it.
_DIGIT_LOOKALIKES: Final = {"S": "5", "Z": "2", "G": "6", "B": "8"}
_LETTER_FOR_DIGIT: Final = re.compile(rf"^(?P<num>[SZGB])\.\s+(?=[A-Z{ITALIC_OPEN}{BOLD_OPEN}])")
_SECTION_MARK_AT_END: Final = re.compile(rf"{SECTION_NUMBER_MARK}$")
# Lists inside lists deeper than this start over beside their own kind instead (no resolution goes near it).
_DEEPEST_LIST: Final = 8


def _section_style(num: str, last_letter: str | None) -> str:
    """"letter" for a section lettered "A", "B" ... ("I" after "H" too), "roman" for "I", "II" ..., else
    "other"."""
    roman = bool(_ROMAN.match(num.lower()))
    follows_letter = last_letter is not None and ord(num[:1] or " ") == ord(last_letter) + 1
    if len(num) == 1 and num.isupper() and (not roman or follows_letter):
        return "letter"
    return "roman" if roman else "other"


def _without_mark(num: str) -> str:
    """A section's number without the mark written after it: "B." -> "B", "أولا -" -> "أولا"."""
    return _SECTION_MARK_AT_END.sub("", num)


def _rank(node: _Node, section_styles: list[str]) -> float:
    """How high the node stands in the body's hierarchy (lower is higher); a section by its numbering style."""
    rank = float(KIND_RANK.get(node.kind, 9))
    if node.kind == "section" and node.style in section_styles:
        rank += section_styles.index(node.style) / 10
    return rank


# The words a section's title may run to where its number follows the last section's ("B." after "A.").
_LONG_TITLE_WORDS: Final = 40


def _next_sections(num: str | None) -> tuple[str, ...]:
    """The numbers a section after section `num` may have: the next letter, or the next Roman numeral."""
    if not num:
        return ()
    found = []
    if len(num) == 1 and num.isupper() and num != "Z":
        found.append(chr(ord(num) + 1))
    if _ROMAN.match(num.lower()):
        found.append(_to_roman(roman_value(num.lower()) + 1).upper())
    return tuple(found)


def _nearest_list_style(points: list[_Node]) -> str | None:
    """The style of the innermost point numbered by letters or Roman numerals, None when there is none."""
    return next((n.style for n in reversed(points) if n.style in ("lower", "roman")), None)


def _first_of(style: str) -> str:
    return {"digit": "1", "roman": "i", "upper-roman": "I", "lower": "a", "upper": "A", "abjad": "أ"}.get(style, "")


class Assembler:
    def __init__(
        self, blocks: list[Block], ctx: InlineContext, facts: cv.Facts, back_start: int | None = None,
        markdown: bool = False,
    ) -> None:
        self.blocks = blocks
        self.markdown = markdown  # whether indentation nests list items, as Markdown's does
        self.back_start = len(blocks) if back_start is None else back_start
        self.ctx = ctx
        self.facts = facts
        self.i = 0
        self.warnings: list[Diagnostic] = []
        self.last_section: str | None = None  # the number of the body's last section heading so far

    # -- helpers -----------------------------------------------------------------------------------------

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(Diagnostic(line, message))

    def _peek(self, offset: int = 0) -> Block | None:
        k = self.i + offset
        return self.blocks[k] if k < len(self.blocks) else None

    def _para(self, text: str, phrase: str | None = None) -> m.Para:
        return m.Para(parse(text, self.ctx, phrase))

    # -- the whole document ------------------------------------------------------------------------------

    def _mend_misread_one(self) -> None:
        """The first numbered paragraph written "l." (OCR's reading of "1.", as in A/RES/76/256), mended to
        "1." with a warning when the next numbered paragraph is 2: read as it is, it was text."""
        first = None
        for k, block in enumerate(self.blocks):
            if isinstance(block, TableBlock):
                continue
            text = block.plain.strip()
            number = PARA_NUM.match(text)
            if first is None:
                if number is not None:
                    return
                if _L_FOR_ONE.match(text):
                    first = k
                continue
            misread_two = _MISREAD_NUMBER.match(block.text) if number is None else None
            if misread_two is not None and misread_two.group("num") != "2":
                misread_two = None
            if number is not None or misread_two is not None:
                if number is None or int(number.group("num")) == 2:
                    misread = self.blocks[first]
                    at = misread.text.index("l")
                    misread.replace(at, at + 1, "1")
                    self.warn(misread.no, "l. read as 1.: the numbering sequence shows a misread character")
                return

    def _mend_misread_numbers(self) -> None:
        """A paragraph number whose full stop OCR misread or lost ("2 . Requests", "2, Requests"), mended with
        a warning where the numbering sequence shows it: the block stands between paragraphs 1 and 3, or, with
        an operative phrase, after paragraph 1 where no paragraph 2 or 3 follows. Read as it is, it was text of
        the paragraph before."""
        numbered = [(k, int(found.group("num"))) for k, block in enumerate(self.blocks)
                    if not isinstance(block, TableBlock) and (found := PARA_NUM.match(block.plain.strip()))]
        following = {k: (after, number) for (k, _), (after, number) in pairwise(numbered)}
        for k, number in numbered:
            after, next_number = following.get(k, (len(self.blocks), None))
            if next_number == number + 1:
                continue
            for j in range(k + 1, after):
                block = self.blocks[j]
                if isinstance(block, TableBlock):
                    continue
                misread = _MISREAD_NUMBER.match(block.text)
                if misread is None:
                    misread = _LETTER_FOR_DIGIT.match(block.text)
                    if misread is None or _DIGIT_LOOKALIKES[misread.group("num")] != str(number + 1):
                        continue
                    if operative_phrase(without_emphasis(block.text[misread.end():])) is None:
                        break
                elif int(misread.group("num")) != number + 1:
                    continue
                elif next_number != number + 2 and operative_phrase(without_emphasis(block.text[misread.end():])) is None:
                    break
                written = block.text[: misread.end()].strip()
                block.replace(misread.start("num"), misread.end(), f"{number + 1}. ")
                self.warn(block.no, f"{written} read as {number + 1}.: the numbering sequence shows a misread "
                                    "character")
                break

    def document(self) -> m.Document:
        self._mend_misread_one()
        self._mend_misread_numbers()
        cover = self.cover()
        preface = self.preface()
        if self._part_label() is not None:
            parts = self.parts()
            attachments = self.annexes()
            if len(parts) == 1:
                # one lettered resolution printed alone ("75/290 A"): a document, its letter in the preface
                part = parts[0]
                return m.Document(cover=tuple(cover), preface=tuple(preface) + part.preface, preamble=part.preamble,
                                  body=part.body, conclusions=part.conclusions, attachments=tuple(attachments))
            return m.Document(doc_type="documentCollection", cover=tuple(cover), preface=tuple(preface),
                              attachments=tuple(attachments), components=tuple(parts))
        preamble = self.preamble()
        body, conclusions = self.body()
        attachments = self.annexes()
        if self.i < len(self.blocks):
            block = self.blocks[self.i]
            self.warn(block.no, "text after the last annex could not be placed; kept as a final paragraph")
        return m.Document(cover=tuple(cover), preface=tuple(preface), preamble=tuple(preamble), body=body,
                          conclusions=tuple(conclusions), attachments=tuple(attachments))

    # -- resolutions A, B, C in one document -------------------------------------------------------------

    def _part_label(self) -> str | None:
        """The letter of a resolution that opens here ("A", "Resolution B"): a lone letter, a title perhaps,
        then an enacting formula of its own."""
        block = self._peek()
        if block is None or not block.lines:
            return None
        first = plain(block.lines[0].text).strip()
        if first.endswith(NOTE_CLOSE):  # the only end the pattern matches at: a scan of the line is spared
            first = _TRAILING_NOTES.sub("", first)
        match = PART_LABEL.match(first)
        if not match:
            return None
        for offset in (1, 2):
            nxt = self._peek(offset)
            if nxt is not None and is_formula(nxt.plain):
                return match.group("letter")
        return None

    def parts(self) -> list[m.Document]:
        """Each lettered resolution with its title, preamble, operative part and adoption lines."""
        out: list[m.Document] = []
        while (letter := self._part_label()) is not None:
            label = self.blocks[self.i]
            self.i += 1
            line = plain(label.lines[0].text).strip()
            notes = _TRAILING_NOTES.search(line)  # "B 1": the letter with a note on the resolution
            first = PART_LABEL.match(line[: notes.start()] if notes else line)
            assert first is not None
            shown = first.group(0)[: first.start("title")].rstrip() if first.group("title") else first.group(0)
            titled = first.group("title")
            note_inlines = parse(notes.group(0).strip(), self.ctx) if notes and not titled else ()
            preface: list[m.Block] = [m.Para((cv.mark("docNumber", shown), *note_inlines))]
            rest = [titled + (notes.group(0) if notes else "")] if titled else []
            title = " ".join(rest + [line.text.strip() for line in label.lines[1:] if line.text.strip()])
            nxt = self._peek()
            if not title and nxt is not None and not is_formula(nxt.plain):
                title = nxt.text.strip()
                self.i += 1
            if title:
                preface.append(m.Para((cv.mark("docTitle", parse(title, self.ctx)),)))
            preamble = self.preamble()
            body, conclusions = self.body(in_parts=True)
            out.append(m.Document(name=letter, preface=tuple(preface), preamble=tuple(preamble), body=body,
                                  conclusions=tuple(conclusions)))
        return out

    # -- cover page --------------------------------------------------------------------------------------

    def _logical_lines(self, block: Block) -> list[str]:
        """The block's lines, with an adoption line or a bracketed origin line that wraps joined again."""
        lines = [plain(line.text).strip() for line in block.lines]
        out: list[str] = []
        k = 0
        while k < len(lines):
            text = lines[k]
            k += 1
            if cv.ADOPTED_START.match(text) and not DATE.search(text) and k < len(lines):
                text = f"{text} {lines[k]}"
                k += 1
            while text.startswith("[") and "]" not in text and k < len(lines):
                text = f"{text} {lines[k]}"
                k += 1
            if text:
                out.append(text)
        return out

    def _ends_front(self, block: Block) -> bool:
        text = block.plain
        return (
            is_formula(text) or bool(PARA_NUM.match(text)) or cv.preface_line(text, cv.Facts(), self.ctx) is not None
            or self._classify(block) is not None
        )

    def cover(self) -> list[m.Block]:
        out: list[m.Block] = []
        agenda_open = False
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            lines = self._logical_lines(block)
            # The first line's first rule, if any, goes on to mark it up: it records facts only when it recognises.
            hit = cv.first_hit(lines[0].strip(), self.facts, self.ctx) if lines else None
            recognised = hit is not None
            if not recognised and self._ends_front(block):
                break
            if agenda_open and not recognised:
                out.append(m.Para(resolve_markers((cv.agenda_name(join_lines(lines)[0], self.ctx),), self.ctx)))
                agenda_open = False
                self.i += 1
                continue
            if not recognised and not (block.heading and out) and not self._letterhead(lines) and not _names_session(lines):
                break
            if not recognised and out and self._text_follows():
                break  # the title, just before the text
            paras, agenda_open = self._cover_block(lines, hit)
            out.extend(paras)
            self.i += 1
        return out

    def _text_follows(self) -> bool:
        """Whether the block after this one opens the text: an enacting formula, or a decision's sentence."""
        nxt = self._peek(1)
        return nxt is not None and (is_formula(nxt.plain) or DECISION_OPENER.match(nxt.plain) is not None)

    def _letterhead(self, lines: list[str]) -> bool:
        """Short lines at the top of a page that name the issuer ("Republic of the Philippines", "[Congressional
        Bills 117th Congress]", "Calendar No. 19"): cover page lines, though no rule knows them. Asked only of
        a block that does not end the front matter (`_ends_front`)."""
        if any(len(t.split()) > 10 for t in lines):
            return False
        last = lines[-1] if lines else ""
        return bool(last) and not last.endswith((".", ";", ",", ":")) or bool(re.match(r"^\[.*\]$", last))

    def _cover_block(self, lines: list[str], hit: tuple[m.Inlines, str] | None) -> tuple[list[m.Block], bool]:
        """The block's lines as cover page paragraphs; `hit` is the first rule's mark-up of the first line."""
        out: list[m.Block] = []
        agenda_open = False
        agenda_title: list[str] = []
        for index, text in enumerate(lines):
            if agenda_open and not cv.is_cover_line(text):
                agenda_title.append(text)
                continue
            if agenda_title:
                out.append(m.Para(resolve_markers((cv.agenda_name(join_lines(agenda_title)[0], self.ctx),), self.ctx)))
                agenda_title = []
            inlines, _whole = cv.cover_line(text, self.facts, self.ctx, hit if index == 0 else None)
            out.append(m.Para(resolve_markers(inlines, self.ctx)))
            agenda_open = bool(cv._AGENDA.match(text)) and _ends_with_agenda_item(inlines)
        if agenda_title:
            out.append(m.Para(resolve_markers((cv.agenda_name(join_lines(agenda_title)[0], self.ctx),), self.ctx)))
            agenda_open = False
        return out, agenda_open

    # -- preface -----------------------------------------------------------------------------------------

    def preface(self) -> list[m.Block]:
        out: list[m.Block] = []
        title_at: int | None = None
        title_raw = ""
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            text = block.plain
            if is_formula(text) or PARA_NUM.match(text) or self._part_label() is not None:
                break
            before_formula = self._peek(1) is not None and is_formula(self._peek(1).plain)  # type: ignore[union-attr]
            title_like = before_formula and not text.rstrip().endswith((",", ";")) and len(text.split()) <= 60
            if title_at is not None and title_like:
                # a title that wraps onto a block of its own
                title_raw = f"{title_raw} {text.strip()}"
                out[title_at] = self._title(title_raw)
                self.i += 1
                continue
            hit = cv.preface_line(text, self.facts, self.ctx)
            if hit is not None:
                out.append(m.Para(resolve_markers(hit, self.ctx)))
                if any(isinstance(x, m.Mark) and x.element == "docTitle" for x in hit):
                    title_at, title_raw = len(out) - 1, text.strip()
                self.i += 1
                continue
            if not title_like and self._opens_preamble(block, title_at is not None):
                break
            if title_at is None:
                title_raw = text.strip()
                out.append(self._title(title_raw))
                title_at = len(out) - 1
            elif folded(text) == folded(title_raw) or text.upper() == text:
                out.append(self._para(text))
            elif text.rstrip().endswith((".", ";", ":")):
                break  # a sentence after the title is the text itself (an amendment's instructions)
            else:
                out.append(self._para(text))
            self.i += 1
        return out

    def _opens_preamble(self, block: Block, titled: bool) -> bool:
        """Whether a block in the front matter is rather the first paragraph of the text: a preambular
        paragraph (its phrase, and the comma or semicolon that ends it), an operative one after the title, or
        a long sentence that is no title."""
        text = block.plain.strip()
        kind = self._classify(block)
        if kind == "preambular":
            return text.endswith((",", ";", ":", " and", "--", "—")) or (titled and not text.endswith("."))
        if kind == "operative":
            return titled or bool(RESOLVING_OPENER.match(text))
        return DECISION_OPENER.match(text) is not None or len(text.split()) > 40 and text.upper() != text

    def _title(self, raw: str) -> m.Para:
        """The title line: "78/12. Title" or "Decision 67/1 Title" as number and title, otherwise the title alone."""
        raw = re.sub(r"\s+", " ", raw).strip()
        self.facts.title = None
        numbered = cv.numbered_title(raw, self.facts, self.ctx) or cv.labelled_number(raw, self.facts, self.ctx)
        if numbered is not None and _has_title(self.facts):
            return m.Para(resolve_markers(numbered, self.ctx))
        self.facts.title = cv.clean(raw)
        return m.Para((cv.mark("docTitle", parse(raw, self.ctx), ("refersTo", "#resolutionTitle")),))

    # -- preamble ----------------------------------------------------------------------------------------

    def _classify(self, block: Block) -> str | None:
        """'preambular' or 'operative' from the opening phrase and closing punctuation, or None."""
        text = block.plain.strip()
        if text.endswith(NOTE_CLOSE):
            text = _TRAILING_NOTES.sub("", text)
        pre = preambular_phrase(text)
        op = operative_phrase(text)
        if pre and not op:
            return "preambular"
        if op and not pre:
            return "operative"
        if pre and op:
            return "preambular" if text.endswith((",", "，", "،")) else "operative"
        return None

    def preamble(self) -> list[m.PreambleItem]:
        items: list[m.PreambleItem] = []
        formula_seen = False
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            if isinstance(block, TableBlock):
                break
            text = block.text
            flat = plain(text).strip()
            if is_formula(flat) or AGREED.match(flat):
                first = not any(isinstance(x, m.Formula) for x in items)
                items.append(m.Formula(self._formula_inlines(text), "enactingFormula" if first else "formula"))
                formula_seen = True
                self.i += 1
                continue
            if self._starts_body(block, in_preamble=True) or self._is_cross_heading(block) or DECISION_OPENER.match(flat):
                break
            if ANNEX.match(flat) and len(flat) < 80:
                break
            continues = flat[:1].islower() and items and isinstance(items[-1], m.Recital) and len(items[-1].blocks) > 1
            if (POINT_NUM.match(flat) or continues) and items and isinstance(items[-1], m.Recital):
                last = items[-1]
                items[-1] = m.Recital(last.blocks + (self._para(text),), last.phrase)
                self.i += 1
                continue
            if (formula_seen or items) and self._is_preamble_heading(block, flat):
                items.append(m.PreambleHeading(parse(text.strip(), self.ctx)))
                self.i += 1
                continue
            kind = self._classify(block)
            if kind == "operative" and (formula_seen or items or RESOLVING_OPENER.match(flat)) and not (
                flat.endswith(",") and self._classify_next() == "preambular"
            ):
                break  # a recital worded as an operative paragraph ("Expresses concern ...,") goes on
            if not formula_seen and kind is None and flat.endswith("."):
                break  # without a formula, a plain sentence opens the body (an amendment's instruction)
            for clause in _capitalised_clauses(text):
                phrase = self._phrase(clause, preambular_phrase)
                name = phrase or _leading_italic(clause)
                items.append(m.Recital((self._para(clause, phrase),), " ".join(plain(name).split()).strip(" ,") if name else None))
            self.i += 1
        return items

    def _is_preamble_heading(self, block: Block, flat: str) -> bool:
        """A subject heading among the recitals ("Somalia", "AMISOM" in S/RES/2182): a short line (or two,
        where the page is narrow) that opens with a capital, closes with no punctuation and has no opening
        phrase, and a recital after it."""
        if len(block.lines) > 2 or len(flat) > 80 or len(flat.split()) > 8 or not flat[:1].isupper():
            return False
        if flat.endswith((".", ",", ";", ":")) or self._classify(block) is not None or is_formula(flat + ","):
            return False
        following = self._peek(1)
        if following is None or isinstance(following, TableBlock):
            return False
        return self._classify(following) == "preambular" or following.plain.rstrip().endswith(",")

    def _classify_next(self) -> str | None:
        following = self._peek(1)
        return self._classify(following) if following is not None and not isinstance(following, TableBlock) else None

    def _formula_inlines(self, text: str) -> m.Inlines:
        """ "The General Assembly," with the body's name in italics and the comma (and any note) after them."""
        flat = plain(text).strip()
        notes = re.search("(?:\ue000[^\ue001]*\ue001)+$", flat)
        tail = notes.group(0) if notes else ""
        flat = flat[: len(flat) - len(tail)].rstrip()
        if not flat.endswith((",", ":", "，", "،")):
            return parse(text.strip(), self.ctx)
        return (m.Mark("i", parse(flat[:-1], self.ctx)),) + parse(flat[-1] + tail, self.ctx)

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
        text = block.plain.strip()
        if PARA_NUM.match(text) or self._heading_of(block) is not None:
            return True
        if POINT_NUM.match(text) and in_preamble:
            return not self._points_inside_recital()
        return not in_preamble and self._classify(block) == "operative"

    def _points_inside_recital(self) -> bool:
        """Whether the points from here on belong to the preambular paragraph before them: another
        preambular paragraph follows them ("Whereas the Act-- (1) ...; (2) ...; Whereas ..."), or the
        paragraph before them introduces them with a colon and numbered operative paragraphs follow them
        ("Convinced that the Convention constitutes a contribution to: (a) ...; (b) ... 1. Reaffirms")."""
        k = self.i
        while k < len(self.blocks) and (
            POINT_NUM.match(self.blocks[k].plain.strip()) or (k > self.i and self.blocks[k].plain[:1].islower())
        ):
            k += 1
        if not self.i < k < len(self.blocks):
            return False
        if self._classify(self.blocks[k]) == "preambular":
            return True
        j = self.i - 1  # the paragraph before the run of points this one belongs to
        while j >= 0 and POINT_NUM.match(self.blocks[j].plain.strip()):
            j -= 1
        introduced = j >= 0 and self.blocks[j].plain.rstrip().endswith(":")
        return introduced and bool(PARA_NUM.match(self.blocks[k].plain.strip()))

    def _heading_of(self, block: Block) -> tuple[str, str, str | None] | None:
        """(kind, num, title) when the block is a heading of a part, section, chapter or article."""
        text = block.plain.strip()
        first = plain(block.lines[0].text).strip() if block.lines else text
        named = NAMED_DIVISION.match(first)
        if named and len(first) < 200:
            kind = named.group("kind").lower()
            kind = _DIVISION_WORDS.get(kind, kind)
            title = named.group("title")
            rest = " ".join(plain(x.text).strip() for x in block.lines[1:])
            if rest and not title:
                title = rest
            elif rest:
                title = f"{title} {rest}"
            if title and (title.rstrip().endswith((";", ",")) or len(title.split()) > 30):
                return None
            return kind, named.group("label"), title
        alone = SECTION_ALONE.match(text) or SECTION_ALONE.match(first)
        if alone:
            rest = " ".join(plain(x.text).strip() for x in block.lines[1:]).strip()
            if not rest:
                return "section", alone.group(0), None
            if len(rest.split()) <= 20 and not rest.endswith((";", ",", ":")):
                return "section", alone.group(0), rest
            if (
                len(rest.split()) <= _LONG_TITLE_WORDS and not rest.endswith((".", ";", ",", ":"))
                and alone.group("num") in _next_sections(self.last_section)
            ):
                return "section", alone.group(0), rest  # a long title, where "B." follows part "A."
        titled = SECTION_TITLED.match(text)
        if (
            titled and len(block.lines) <= 3 and not text.endswith((";", ",", ":")) and len(text.split()) <= 20
            and (_ROMAN.match(titled.group("num").lower()) or len(titled.group("num")) == 1)
        ):
            return "section", titled.group("written"), titled.group("title")
        other = _NUMBERED_SECTION.match(text)
        if other and len(block.lines) <= 3 and len(text.split()) <= 20 and not text.endswith((":", "：", "،", "，")):
            if other.group("num"):
                return "section", other.group("written"), other.group("title")
            return "section", other.group("arwritten"), other.group("artitle")
        return None

    def _is_cross_heading(self, block: Block, in_body: bool = False) -> bool:
        """A subject heading over the operative paragraphs that follow ("Human rights", "Review and
        reporting"): a short line (or two or three, where the page is narrower than the title) that opens with
        a capital and closes with no punctuation, no formula or label of its own, and a numbered paragraph
        right after it. Before the body has begun, a line with an
        opening phrase is rather a recital that lost its comma ("Acting under Chapter VII ..."). The heading
        that opens the body may be longer ("Prevention of Illicit Exports of Petroleum, including Crude Oil and
        Refined Petroleum Products") and in brackets and quotes ('("Supporting the political process")')."""
        if len(block.lines) > 3:
            return False
        text = block.plain.strip()
        words, length = (12, 100) if in_body else (20, 160)
        if (
            len(text) > length or len(text.split()) > words or text.endswith((".", ",", ";", ":"))
            or not _opens_like_a_title(text.strip(_TITLE_BRACKETS))
        ):
            return False
        following = self._peek(1)
        if following is None or not PARA_NUM.match(following.plain.strip()):
            return False
        return not (
            _LABELLED_VALUE.match(text) or _NAME_AND_COUNTRY.search(text)
            or (not in_body and self._reads_as_a_paragraph(block, text))
            or is_formula(text + ",") or ANNEX.match(text) or POINT_NUM.match(text)
            or CAPITAL_POINT.match(text) or self._heading_of(block)
        )

    def _reads_as_a_paragraph(self, block: Block, text: str) -> bool:
        """Whether a short line before the body reads as a recital that lost its comma ("Acting under Chapter
        VII ...") rather than a subject heading: a preambular phrase and more, or an operative one and more than
        four words. "Measures", "Arms embargo" (the verb "arms"), "Lifting of arms embargoes" are headings."""
        found = self._classify(block)
        if found is None or _phrase_alone(text) or _GERUND_OF.match(text):
            return False
        return found == "preambular" or len(text.split()) > 4

    def _title_block(self, block: Block | None, words: int = 25) -> bool:
        """Whether `block` is the title of the heading before it: a line of at most `words` words that no number
        opens and no sentence's punctuation closes."""
        if block is None:
            return False
        text = block.plain.strip()
        if not text or len(text.split()) > words or text.endswith((";", ",")):
            return False
        if PARA_NUM.match(text) or POINT_NUM.match(text) or self._heading_of(block) or ANNEX.match(text):
            return False
        if self._classify(block) is not None and text.endswith((".", ":")):
            return False
        return not text.endswith(".")

    def body(self, numbered_from: int = 0, in_parts: bool = False) -> tuple[tuple[m.Division, ...], list[m.Block]]:
        top: list[_Node] = []
        stack: list[_Node] = []
        conclusions: list[m.Block] = []
        last_number = numbered_from
        self.last_section = None
        # How the body's sections are numbered ("roman", "letter"), outermost first: the style met first is
        # the outer one, so that "A." under "II." is a section of it, and "I." under "A." too.
        section_styles: list[str] = []
        last_letter: str | None = None
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            if in_parts and self._part_label() is not None:
                break
            if isinstance(block, TableBlock):
                node = _Node("hcontainer", None, name="table")
                node.blocks.append(self._table(block))
                while stack and stack[-1].kind in ("paragraph", "point", "hcontainer"):
                    stack.pop()
                (stack[-1].children if stack else top).append(node)
                self.i += 1
                continue
            text = block.text.strip()
            flat = plain(text)
            annex = ANNEX.match(plain(block.lines[0].text).strip())
            if annex and not annex.group("title") and len(flat) < 300:
                break
            if annex and annex.group("title") and len(block.lines) <= 3 and len(flat) < 120 and not flat.endswith((";", ",")):
                break
            concluding = self._conclusions(block) if self.i < self.back_start else [self._para(text)]
            if concluding:
                conclusions.extend(concluding)
                self.i += 1
                continue
            if conclusions and not (PARA_NUM.match(flat) or POINT_NUM.match(flat)):
                # text after the adoption lines that is not an annex: keep it with the conclusions
                conclusions.append(self._para(text))
                self.i += 1
                continue
            if self._opens_adopted_text(stack, block):
                node = _Node("hcontainer", None, parse(text, self.ctx), name="adoptedText")
                while stack and stack[-1].kind in ("paragraph", "point"):
                    stack.pop()
                (stack[-1].children if stack else top).append(node)
                stack.append(node)
                last_number = 0
                self.i += 1
                continue
            code = ITEM_CODE.match(flat)
            if code and not stack or code and stack[-1].num and ITEM_CODE.match(stack[-1].num or ""):
                node = _Node("paragraph", code.group("code"))
                node.blocks.append(self._para(text[_raw_offset(text, code.end()):]))
                self._attach_paragraph(node, stack, top)
                self.i += 1
                continue
            if self._is_cross_heading(block, in_body=bool(top)):
                while stack and stack[-1].kind in ("paragraph", "point"):
                    stack.pop()
                node = _Node("hcontainer", None, parse(text, self.ctx), name="crossHeading")
                (stack[-1].children if stack else top).append(node)
                self.i += 1
                continue
            heading = self._heading_of(block)
            if heading:
                kind, num, title = heading
                self.i += 1
                # a long title where the number follows the last section's ("B." after "A."), as under one
                long = kind == "section" and _without_mark(num) in _next_sections(self.last_section)
                if title is None and self._title_block(self._peek(), _LONG_TITLE_WORDS if long else 25):
                    title = self._peek().text.strip()  # type: ignore[union-attr]
                    self.i += 1
                node = _Node(kind, num, parse(title, self.ctx) if title else None)
                if kind == "section":
                    self.last_section = bare = _without_mark(num)
                    node.style = _section_style(bare, last_letter)
                    if node.style == "letter":
                        last_letter = bare
                    if node.style not in section_styles:
                        section_styles.append(node.style)
                rank = _rank(node, section_styles)
                while stack and _rank(stack[-1], section_styles) >= rank:
                    stack.pop()
                (stack[-1].children if stack else top).append(node)
                stack.append(node)
                continue
            number = PARA_NUM.match(flat)
            nested = self._by_indent(block, stack) if number else None
            if number and (nested or nested is None and self._completes_sentence(stack, int(number.group("num")),
                                                                                 last_number)):
                self._attach_point(block, POINT_NUM.match(f"({number.group('num')}) ") or number, text, stack, top,
                                   shown=number.group(0).strip(), skip=number.end())
                self.i += 1
                continue
            if number:
                value = int(number.group("num"))
                restarts = value == 1 and bool(stack) and stack[-1].kind in KIND_RANK and not stack[-1].children
                if last_number and value != last_number + 1 and not restarts:
                    self.warn(block.no, f"paragraph {value} follows paragraph {last_number}: numbering out of sequence")
                last_number = value
                content = text[_raw_offset(text, number.end()):]
                node = _Node("paragraph", number.group(0).strip(), indent=_indent(block))  # "1.", or "1 -" in Arabic
                self._attach_paragraph(node, stack, top)
                self._fill(node, content, block, stack, top)
                self.i += 1
                continue
            point = POINT_NUM.match(flat) or _capital_point(flat, stack)
            if point:
                self._by_indent(block, stack)
                self._attach_point(block, point, text, stack, top)
                self.i += 1
                continue
            if self.facts.kind == "amendment" and AMENDMENT_INSTRUCTION.match(flat) and not _inside_points(stack):
                node = _Node("paragraph", None)  # an instruction of an amendment, each one a paragraph
                node.blocks.append(self._para(text))
                self._attach_paragraph(node, stack, top)
                self.i += 1
                continue
            if self._classify(block) == "operative" and not _inside_points(stack) and not self._heads_a_point(block, stack):
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
            in_container = any(n.kind in ("part", "chapter", "section", "article", "rule") for n in stack)
            after_unnumbered = (
                bool(stack) and stack[-1].kind == "paragraph" and stack[-1].num is None and flat[:1].isupper()
                and _last_char(stack[-1]) in (".", ";")
            )
            if stack and stack[-1].kind in ("paragraph", "point") and not after_unnumbered:
                announced = _announces_items(stack[-1])  # "... as follows:", then its items
                # In Markdown, a block indented under a list item's text is a paragraph of that item, as it says.
                indented_under = self.markdown and _under_item_text(block, stack[-1])
                stack[-1].add_block(self._para(text))
                if (not flat[:1].islower() and flat[:1] not in "“\"‘'(" and not in_container and not announced
                        and not indented_under):
                    self.warn(block.no, "unnumbered block inside the operative part; kept with the paragraph before it")
            else:
                opens_body = not top
                node = _Node("paragraph", None)
                node.blocks.append(self._para(text, self._phrase(text, operative_phrase)))
                self._attach_paragraph(node, stack, top)
                if DECISION_OPENER.match(flat):
                    if opens_body:
                        self._decision_opens(flat)
                elif self._classify(block) is None and not in_container:
                    self.warn(block.no, "unrecognised block in the operative part; kept as an unnumbered paragraph")
            self.i += 1
        return tuple(n.build() for n in top), conclusions

    def _decision_opens(self, flat: str) -> None:
        """A text that opens with what its body decided ("At its 12th meeting, on 20 March 2024, the Commission
        ... decided ...") is a decision, adopted on the date the sentence gives, unless the front said otherwise."""
        decided = _DECIDED.search(flat)
        if not decided:
            return
        self.facts.kind = self.facts.kind or "decision"
        date = DATE.search(flat, 0, decided.start())
        if date and not self.facts.adopted:
            self.facts.adopted = iso_date(date)

    def _heads_a_point(self, block: Block, stack: list[_Node]) -> bool:
        """Whether a block between two points of a list is a subject heading over the next one ("Arms embargo"
        between "(b)" and "(c) Prevent the supply ..."): one short line that opens like a title and closes with
        no punctuation, and the point after it goes on with a list still open. Its first word may read as a verb
        ("Arms"); as a heading it opens no paragraph of its own."""
        if not stack or stack[-1].kind != "point" or len(block.lines) != 1:
            return False
        text = block.plain.strip()
        if len(text.split()) > 8 or text.endswith((".", ",", ";", ":")) or not _opens_like_a_title(text):
            return False
        following = self._peek(1)
        point = POINT_NUM.match(following.plain.strip()) if following is not None else None
        value = point and (point.group("v") or point.group("w"))
        return bool(value) and any(
            n.value and n.style != "bullet" and _successor(n.value, n.style) == value for n in stack)

    def _opens_adopted_text(self, stack: list[_Node], block: Block) -> bool:
        """Whether `block` is the title of a text the resolution adopts in its own body ("Adopts the following
        Declaration:", then the Declaration's title and articles before the adoption lines)."""
        owner = next((n for n in reversed(stack) if n.kind == "paragraph"), None)
        if owner is None or owner.children:
            return False
        if _last_char(owner) != ":" or not ADOPTS_TEXT.search(_last_text(owner)):
            return False
        return (
            self._title_block(block) and not block.plain.strip().endswith((".", ";", ","))
            and _capital_point(plain(block.text).strip(), stack) is None
        )

    def _table(self, block: TableBlock) -> m.Table:
        def cell(lines: list, header: bool = False) -> m.Cell:
            text = " ".join(line.text.strip() for line in lines if line.text.strip())
            return m.Cell((m.Para(parse(text, self.ctx)),) if text else (), header)

        rows: list[tuple[m.Cell, ...]] = []
        if block.columns:
            rows.append(tuple(cell([column], True) for column in block.columns))
        if block.header:
            rows.append((cell(block.header, True),) + tuple(cell([], True) for _ in range(block.width)))
        for row in block.rows:
            figures = [cell([f]) for f in row.figures] + [cell([]) for _ in range(block.width - len(row.figures))]
            rows.append((cell(row.label),) + tuple(figures))
        return m.Table(tuple(rows))

    def _attach_paragraph(self, node: _Node, stack: list[_Node], top: list[_Node]) -> None:
        while stack and stack[-1].kind in ("paragraph", "point"):
            stack.pop()
        (stack[-1].children if stack else top).append(node)
        stack.append(node)

    def _by_indent(self, block: Block, stack: list[_Node]) -> bool | None:
        """What a Markdown list item's indentation says, once the points indented deeper than it are closed:
        True, it is a point (indented under the item before it, or beside a point as far indented); False, it
        is not (it closed points to its right); None, nothing (plain text, or no indentation to go by)."""
        if not self.markdown or not stack:
            return None
        indent = _indent(block)
        closed = False
        while len(stack) > 1 and stack[-1].kind == "point" and stack[-1].indent > indent:
            stack.pop()
            closed = True
        top = stack[-1]
        if top.kind in ("paragraph", "point") and (
            indent > top.indent or (indent > 0 and top.kind == "point" and indent == top.indent)
        ):
            return True
        return False if closed else None

    def _completes_sentence(self, stack: list[_Node], value: int, last_number: int = 0) -> bool:
        """Whether a numbered item continues the sentence of the paragraph before it, which ends with a colon:
        an unnumbered clause that is more than an operative phrase and "that:" ("BE IT RESOLVED ... is hereby
        directed to:" then "1. Establish ...", "2. Develop ..."), or a numbered paragraph whose numbering
        resumes after the items ("6. ... on the following:", "1.", "2.", "3.", then "7.")."""
        owner = next((n for n in reversed(stack) if n.kind == "paragraph"), None)
        if owner is None:
            return False
        if value > 1:
            if owner.num is None:
                return any(c.style == "digit" and c.value == str(value - 1) for c in owner.children)
            return any(c.style == "digit" and c.num == f"{value - 1}." for c in owner.children)
        if owner.children or _last_char(owner) != ":":
            return False
        if owner.num is None:
            return not _opens_like_a_formula(_last_text(owner))
        return last_number > 1 and self._numbering_resumes(last_number + 1)

    def _numbering_resumes(self, expected: int) -> bool:
        """Whether the numbered blocks from here on run 1, 2, 3 ... and then go on with `expected`."""
        run = 1
        for block in self.blocks[self.i + 1:]:
            if isinstance(block, TableBlock):
                return False
            text = block.plain.strip()
            if ANNEX.match(text):
                return False
            number = PARA_NUM.match(text)
            if number is None:
                continue
            value = int(number.group("num"))
            if value != run + 1:
                return value == expected
            run = value
        return False

    def _attach_point(
        self, block: Block, match: re.Match[str], text: str, stack: list[_Node], top: list[_Node],
        shown: str | None = None, skip: int | None = None,
    ) -> None:
        found = match.groupdict()
        value = found.get("v") or found.get("w") or found.get("b") or ""
        shown = shown or match.group(0).strip()
        content = text[_raw_offset(text, skip if skip is not None else match.end()):]
        points = [n for n in stack if n.value]
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
            if points[parent_index].kind == "paragraph":
                node = _Node("paragraph", shown, style=style or "lower", value=value)
                self._attach_paragraph(node, stack, top)
                self._fill(node, content, block, stack, top)
                return
        else:
            previous = points[-1].value if points else None
            style = point_style(value, None)
            if style == "lower" and _ROMAN.match(value) and _nearest_list_style(points) == "roman":
                style = "roman"  # "(v)" where "(iv)" was due: a Roman numeral out of sequence, not a new list
            slip = self._ocr_slip(value, points)
            if slip is not None:
                depth, style, value, note = slip
                self.warn(block.no, f"{note}: the numbering sequence shows a misread character")
                while stack[-1] is not points[depth]:
                    stack.pop()
                stack.pop()
            elif (
                style != "bullet" and value == _first_of(style) and any(n.style == style for n in points)
                and not (_last_char(stack[-1]) == ":" and len(points) < _DEEPEST_LIST)
            ):
                # "(a)" again below a "(b)" that announces no list: one that starts over beside the first
                same = [n for n in points if n.style == style]
                self.warn(block.no, f"{shown} after ({same[-1].value}): the list starts again")
                while stack[-1] is not same[-1]:
                    stack.pop()
                stack.pop()
            elif style != "bullet" and value != _first_of(style) and not (style == "lower" and value in ("i", "v", "x")):
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
        node = _Node("point", shown, style=style or "lower", value=value, indent=_indent(block))
        if not stack or stack[-1].kind not in ("paragraph", "point"):
            # points with no paragraph above them are the document's paragraphs ("(a)", "(b)" of a decision)
            node.kind = "paragraph"
            self._attach_paragraph(node, stack, top)
        else:
            stack[-1].children.append(node)
            stack.append(node)
        self._fill(node, content, block, stack, top)

    def _ocr_slip(self, value: str, points: list[_Node]) -> tuple[int, str, str, str] | None:
        """(depth, style, value) of the point an OCR slip stands for: "(ii)" after a "(1)" that was "(i)", or
        "(5)" between "(a)" and "(c)". The numbering on both sides shows what the character was."""
        for depth in range(len(points) - 1, -1, -1):
            node = points[depth]
            if node.value in _LOOKALIKES and _successor(_LOOKALIKES[node.value], "roman") == value:
                note = f"{node.num} before ({value}) read as ({_LOOKALIKES[node.value]})"
                node.style, node.value = "roman", _LOOKALIKES[node.value]
                return depth, "roman", value, note
            expected = _successor(node.value, node.style)
            following = self._peek(1)
            nxt = POINT_NUM.match(following.plain.strip()) if following is not None else None
            if nxt and (nxt.group("v") or nxt.group("w")) == _successor(expected, node.style) and value != expected:
                return depth, node.style, expected, f"({value}) read as ({expected})"
        return None

    def _fill(self, node: _Node, content: str, block: Block, stack: list[_Node], top: list[_Node]) -> None:
        """The text after a number: its own content, or a first sub-point when one follows at once ("3. (a)");
        a point whose text runs on into the next one ("...; and (b) The elections ...") is split there."""
        inner = POINT_NUM.match(plain(content).strip()) if _POINT_START.match(content) else None
        if inner and plain(content).strip()[inner.end():].strip():
            self._attach_point(block, inner, content.strip(), stack, top)
            return
        if node.kind == "point" and node.value and node.style != "bullet":
            run_on = re.search(
                rf"[;:]\s+(?:and\s+|or\s+)?(?=\({re.escape(_successor(node.value, node.style))}\)\s+[A-Z])", content
            )
            if run_on:
                node.blocks.append(self._para(content[: run_on.end()].rstrip()))
                rest = content[run_on.end():]
                following = POINT_NUM.match(rest)
                if following:
                    self._attach_point(block, following, rest, stack, top)
                    return
        phrase = self._phrase(content, operative_phrase) if node.kind == "paragraph" else None
        node.blocks.append(self._para(content, phrase))

    def _conclusions(self, block: Block) -> list[m.Block]:
        """The adoption lines a block holds: the block as one, or its last line apart from the lines before it
        ("41st meeting / 11 July 2024 / [Adopted without a vote.]" with no blank line between)."""
        whole = self._conclusion(block.text.strip())
        if whole is not None:
            return [whole]
        if len(block.lines) < 2 or not ADOPTED_AT.match(plain(block.lines[-1].text).strip()):
            return []
        head = self._conclusion(" ".join(line.text.strip() for line in block.lines[:-1]))
        return [head, self._para(block.lines[-1].text.strip())] if head is not None else []

    def _conclusion(self, text: str) -> m.Block | None:
        flat = plain(text).strip()
        bracketed = _BRACKETED_MEETING.match(flat)
        if bracketed:  # "(Seventh plenary meeting, 1 June 2024)", as the World Health Assembly prints it
            date = DATE.search(flat)
            if date and not self.facts.adopted:
                self.facts.adopted = iso_date(date)
            return m.Para(parse(text, self.ctx))
        plenary = PLENARY.match(flat)
        if plenary:
            rest = plenary.group("rest").strip().lstrip(",").strip()
            date = DATE.match(rest)
            iso = iso_date(date) if date else None
            if date and iso and _MEETING_RECORD.match(rest[date.end():].strip()):
                self.facts.adopted = self.facts.adopted or iso
                return m.Para(parse(text, self.ctx))
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
            date = DATE.search(flat)
            if date and not self.facts.adopted:
                self.facts.adopted = iso_date(date)
            return m.Para(parse(text, self.ctx))
        if DATE.fullmatch(flat) and self.i > 0 and PLENARY.match(self.blocks[self.i - 1].plain.strip() or ""):
            return m.Para(parse(text, self.ctx))
        return None

    # -- annexes -----------------------------------------------------------------------------------------

    def annexes(self) -> list[m.Document]:
        """The annexes in order. An unnumbered annex after an unnumbered annex is an annex to that annex, and so
        are numbered annexes under an "Annex" that holds no text of its own ("Annex", then "Annex I", "Annex II")."""
        out: list[m.Document] = []
        labels: list[str | None] = []
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            first = plain(block.lines[0].text).strip()
            match = ANNEX.match(first)
            if not match:
                self.warn(block.no, "block after the conclusions kept as an annex paragraph")
                start = self.i
                body, conclusions = self.body()
                if self.i == start:  # nothing the body takes: keep the block as text and go on
                    body, conclusions = (m.Division("paragraph", content=(self._para(block.text),)),), []
                    self.i += 1
                if out:
                    out[-1] = _extend(out[-1], body, conclusions)
                else:
                    out.append(m.Document(doc_type="doc", name="annex", body=body, conclusions=tuple(conclusions)))
                continue
            annex = self._annex(block, first, match)
            number = match.group("num") or match.group("zh") or match.group("ar")
            if out and labels[-1] is None and (number is None or _holds_no_text(out[-1])):
                last = out[-1]
                out[-1] = replace_attachments(last, last.attachments + (annex,))
                continue
            out.append(annex)
            labels.append(number)
        return out

    def _annex(self, block: Block, first: str, match: re.Match[str]) -> m.Document:
        self.i += 1
        rest = [x.text.strip() for x in block.lines[1:] if x.text.strip()]
        if rest and first[match.end("label"):].strip(" :.-\u2013\u2014"):
            # the title starts on the label's line ("Annex A: UNAMID benchmarks ... of the"): the lines after go on with it
            first, rest = join_lines([first, *(plain(x) for x in rest)])[0], []
        label: m.Inlines = (cv.mark("docType", match.group("label")),)
        if match.end("label") < len(first):
            label += (m.Text(first[match.end("label"):]),)
        preface: list[m.Block] = [m.Para(label)]
        title_text = " ".join(rest)
        nxt = self._peek()
        if title_text:
            preface.append(m.Para((cv.mark("docTitle", parse(title_text, self.ctx)),)))
        elif nxt is not None and self._title_block(nxt) and not is_formula(nxt.plain):
            preface.append(m.Para((cv.mark("docTitle", parse(nxt.text.strip(), self.ctx)),)))
            self.i += 1
        while self._peek() is not None and self._annex_subtitle(self._peek()):  # type: ignore[arg-type]
            preface.append(self._para(self._peek().text.strip()))  # type: ignore[union-attr]
            self.i += 1
        preamble = self.preamble()
        body, conclusions = self.body()
        return m.Document(doc_type="doc", name="annex", preface=tuple(preface), preamble=tuple(preamble),
                          body=body, conclusions=tuple(conclusions))

    def _annex_subtitle(self, block: Block) -> bool:
        text = block.plain.strip()
        if ITEM_CODE.match(text):
            return False
        if not self._title_block(block) or is_formula(text) or self._classify(block) is not None:
            return False
        return len(text.split()) <= 15 and not text.endswith((".", ":"))


def _has_title(facts: cv.Facts) -> bool:
    """Whether the facts hold a title. Asked in a function of its own: read where `facts.title = None` was just
    written, the compiled build would take it for None still, though a call in between set it."""
    return bool(facts.title)


def _under_item_text(block: Block, item: _Node) -> bool:
    """Whether `block` is indented as far as the text of the numbered `item` ("1.  " then four blanks), which
    makes it a paragraph of that item in Markdown."""
    return item.num is not None and _indent(block) >= item.indent + len(item.num) + 1


def _indent(block: Block) -> int:
    """The blanks before the first line's text (a tab counting as four, as Markdown counts it)."""
    text = block.lines[0].text if block.lines else ""
    indent = 0
    for char in text:
        if char == " ":
            indent += 1
        elif char == "\t":
            indent += 4 - indent % 4
        else:
            break
    return indent


def _holds_no_text(doc: m.Document) -> bool:
    return not (doc.body or doc.preamble or doc.conclusions)


def _extend(doc: m.Document, body: tuple[m.Division, ...], conclusions: list[m.Block]) -> m.Document:
    return m.Document(doc_type=doc.doc_type, name=doc.name, preface=doc.preface, preamble=doc.preamble,
                      body=doc.body + body, conclusions=doc.conclusions + tuple(conclusions),
                      attachments=doc.attachments)


def replace_attachments(doc: m.Document, attachments: tuple[m.Document, ...]) -> m.Document:
    return m.Document(doc_type=doc.doc_type, name=doc.name, preface=doc.preface, preamble=doc.preamble,
                      body=doc.body, conclusions=doc.conclusions, attachments=attachments)


_CAPITAL_WORD: Final = re.compile(r"(?<=[,;] )(?=[A-Z]{4,}\b)")


def _capitalised_clauses(text: str) -> list[str]:
    """A preambular paragraph in the capitalised style ("NOTING also ..., CONSCIOUS of ...") split where a
    second capitalised opening phrase begins a clause of its own."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not (len(first) >= 4 and first.isupper() and first.isalpha()):
        return [text]
    pieces: list[str] = []
    start = 0
    for match in _CAPITAL_WORD.finditer(text):
        rest = text[match.start():]
        phrase = preambular_phrase(rest)
        if phrase and phrase.split()[0].isupper():
            pieces.append(text[start:match.start()].rstrip())
            start = match.start()
    pieces.append(text[start:])
    return [p for p in pieces if p]


def _leading_italic(text: str) -> str | None:
    stripped = text.lstrip()
    if not stripped.startswith(ITALIC_OPEN) or ITALIC_CLOSE not in stripped:
        return None
    return stripped[1:stripped.index(ITALIC_CLOSE)]


def _names_session(lines: list[str]) -> bool:
    """Whether a block's second or third line is a cover page's session or agenda item line: the block is the
    cover page's, whatever its first line (a body akn does not know) and however long the item's name after it."""
    return any(cv.session_or_agenda(text) for text in lines[1:3])


def _ends_with_agenda_item(inlines: list[m.Inline] | m.Inlines) -> bool:
    """Whether a cover line ends with its agenda item (and a note on it), so that the item's name may follow: not
    after the name, nor after what a column beside it holds ("Agenda item 11.1        1 June 2024")."""
    for item in reversed(inlines):
        if isinstance(item, m.Mark) and item.get("name") == "agendaItem":
            return True
        if not (isinstance(item, m.Text) and (not item.text.strip() or item.text.strip().startswith(NOTE_OPEN))):
            return False
    return False


def _opens_like_a_formula(text: str) -> bool:
    """ "Resolves that:", "Resolves that, for 2021:", "Decides as follows:": an operative phrase and little
    more, which opens the operative part as a formula does (the numbered paragraphs after it keep their rank)."""
    phrase = operative_phrase(text)
    if phrase is None:
        return len(text.split()) <= 3
    rest = text[len(phrase):].strip(" :")
    return not rest or len(rest.split()) <= 3 and rest.startswith(("that", "as follows"))


def _capital_point(flat: str, stack: list[_Node]) -> re.Match[str] | None:
    """A point printed "a. Calls upon ...", "i. Providing ...", "A. To assist ... by:" or "I. Political
    Process:": the first of a list ("a.", "i.", "A.", "I.") right after a paragraph or point that ends with a
    colon, or the one after a point printed the same way ("b." after "a.", "II." after "I."). Elsewhere such a
    number before a capital stays text."""
    match = CAPITAL_POINT.match(flat) or _CAPITAL_ITEM.match(flat)
    if match is None or not stack:
        return None
    value = match.group("w")
    if any(n.kind == "point" and (n.num or "").endswith(".") and _successor(n.value, n.style) == value for n in stack):
        return match
    announced = stack[-1].kind in ("paragraph", "point") and not stack[-1].children and _last_char(stack[-1]) == ":"
    return match if announced and value in ("a", "i", "A", "I") else None


# A participle made a noun by "of" names a subject, as no recital opens: "Lifting of arms embargoes".
_GERUND_OF = re.compile(r"^[A-Z][a-z]+ing of\b")
# A heading may stand in brackets and quotes: ("Supporting the political process").
_TITLE_BRACKETS = "()\"'\u201c\u201d\u2018\u2019"


def _phrase_alone(text: str) -> bool:
    """Whether the text is nothing but an opening phrase ("Measures", "Listing"): a subject heading, since a
    recital or an operative paragraph says more than its phrase."""
    phrase = operative_phrase(text) or preambular_phrase(text)
    return phrase is not None and phrase == text.strip()


def _announces_items(node: _Node) -> bool:
    """Whether a block of the node's text ends with a colon, so that the unnumbered blocks after it are its items.

    Asked for each block added to the node; its blocks are only ever added to, so each is looked at once."""
    if not node.announces:
        seen_blocks, seen_after = node.looked_at
        node.announces = any(_ends_with_colon(block) for block in node.blocks[seen_blocks:]) or any(
            _ends_with_colon(block) for block in node.after[seen_after:]
        )
        node.looked_at = (len(node.blocks), len(node.after))
    return node.announces


def _ends_with_colon(block: m.Block) -> bool:
    return isinstance(block, m.Para) and m.plain_text(block.inlines).rstrip().endswith(":")


def _inside_points(stack: list[_Node]) -> bool:
    return bool(stack) and stack[-1].kind == "point" and not plain_text_ends(stack[-1])


def _last_para(node: _Node) -> m.Para | None:
    """The node's last block when it is a paragraph (what follows its points, else its own blocks)."""
    blocks = node.after or node.blocks
    last = blocks[-1] if blocks else None
    return last if isinstance(last, m.Para) else None


def _last_text(node: _Node) -> str:
    para = _last_para(node)
    return m.plain_text(para.inlines).rstrip() if para is not None else ""


def _last_char(node: _Node) -> str:
    """The last character of `_last_text(node)`, or "": read back from the end, not from the whole text."""
    para = _last_para(node)
    return _last_char_of(para.inlines) if para is not None else ""


def _last_char_of(inlines: m.Inlines) -> str:
    """The last character of `m.plain_text(inlines).rstrip()`, or "". A break is a blank and a note's text is
    not in the plain text: both are passed."""
    for item in reversed(inlines):
        if isinstance(item, m.Text):
            text = item.text.rstrip()
            if text:
                return text[-1]
        elif isinstance(item, m.Mark):
            last = _last_char_of(item.children)
            if last:
                return last
    return ""


def plain_text_ends(node: _Node) -> bool:
    para = _last_para(node)
    return para is None or _last_char_of(para.inlines) in (";", ".", ":")


def _raw_offset(text: str, plain_offset: int) -> int:
    """The offset in `text` (which may hold inline markers) of character `plain_offset` of its plain form."""
    count = 0
    for index, char in enumerate(text):
        if count == plain_offset:
            return index
        if char not in _INLINE_MARKERS:
            count += 1
    return len(text)


del NUMBER_OPENING
