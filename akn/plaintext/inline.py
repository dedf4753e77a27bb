"""Stage 5: inline semantics of one block of text.

Guarantees: the characters of the text are kept in order (markers excepted); footnote markers become
`Note`s holding their note's text; references to resolutions and decisions become `ref` marks with the cited
work's FRBR IRI (dated when the text dates it); full dates become `date` marks with the ISO date; the
opening phrase, when given, becomes an `i` mark; Markdown emphasis becomes `i` and `b` marks.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from .. import model as m
from ..frbr import FrbrUri, number_from_symbol
from ..profile import load as load_profile
from .source import BOLD_CLOSE, BOLD_OPEN, ITALIC_CLOSE, ITALIC_OPEN, MARKERS, NOTE_CLOSE, NOTE_OPEN

MONTHS: Final = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
# Arabic months as the UN prints them, by both their names ("تشرين الثاني/نوفمبر"), or by either.
_AR_MONTH_NAMES: Final = (
    ("كانون الثاني", "يناير"), ("شباط", "فبراير"), ("آذار", "مارس"), ("نيسان", "أبريل"), ("أيار", "مايو"),
    ("حزيران", "يونيه|يونيو"), ("تموز", "يوليه|يوليو"), ("آب", "أغسطس"), ("أيلول", "سبتمبر"),
    ("تشرين الأول", "أكتوبر"), ("تشرين الثاني", "نوفمبر"), ("كانون الأول", "ديسمبر"),
)
MONTHS.update({
    name: number for number, (levantine, others) in enumerate(_AR_MONTH_NAMES, 1)
    for other in others.split("|") for name in (f"{levantine}/{other}", levantine, other)
})
_EN_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_EN_MONTH = "(?:" + "|".join(_EN_MONTHS + tuple(m.upper() for m in _EN_MONTHS)) + ")"
_FR_MONTH = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
_ES_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_AR_MONTH = "(?:" + "|".join(f"{levantine}/(?:{others})|{others}" for levantine, others in _AR_MONTH_NAMES) + ")"
# The lookahead lets the engine skip to a digit or capital before trying the forms: twice as fast. A Chinese
# date may follow a character without a word boundary between ("的2015年9月25日").
DATE: Final = re.compile(
    rf"(?=[\dA-Z])(?:\b(?:(?P<d1>[0-3]?\d)\s{_EN_MONTH}\s(?P<y1>1[6-9]\d\d|20\d\d)"
    rf"|{_EN_MONTH}\s(?P<d2>[0-3]?\d),\s(?P<y2>1[6-9]\d\d|20\d\d)"
    rf"|(?P<d3>[0-3]?\d|1er)\s{_FR_MONTH}\s(?P<y3>1[6-9]\d\d|20\d\d)"
    rf"|(?P<d4>[0-3]?\d)\sde\s{_ES_MONTH}\sde\s(?P<y4>1[6-9]\d\d|20\d\d)"
    rf"|(?P<d5>[0-3]?\d)\s(?=[а-я]){_RU_MONTH}\s(?P<y5>1[6-9]\d\d|20\d\d)(?:\sгода(?!\w))?"
    rf"|(?P<d7>[0-3]?\d)\s(?=[\u0621-\u064a]){_AR_MONTH}\s(?P<y7>1[6-9]\d\d|20\d\d))"
    rf"|(?<!\d)(?P<y6>1[6-9]\d\d|20\d\d)年(?P<m6>1[0-2]|0?[1-9])月(?P<d6>[0-3]?\d)日)(?!\d)"
)

# Cited resolutions and decisions: a keyword, then one or more numbers.
_BODY: Final = (
    r"(?P<body>General Assembly|Security Council|Economic and Social Council|Human Rights Council|"
    r"Trusteeship Council|Commission on Crime Prevention and Criminal Justice|Commission on Narcotic Drugs|"
    r"Commission on the Status of Women|Commission for Social Development|Commission on Population and Development|"
    r"World Health Assembly|Council|Assembly|Commission)?"
)
REF_KEYWORD: Final = re.compile(
    r"(?=[rdрقم])\b(?P<kind>resolutions?|decisions?|résolutions?|resoluciones|resolución|décisions?|decisiones|decisión"
    r"|резолюци(?:ями|ям|ях|ей|я|и|ю)|решени(?:ями|ям|ях|ем|е|я|ю|и|й)"
    r"|قرار(?:اتها|اته|ات|ها|ه|ي)?|مقرر(?:اتها|اته|ات|ها|ه)?)\s",
    re.IGNORECASE,
)
# Where a keyword of REF_KEYWORD may start (and a few places where none does: "desolate", "precision").
# The first letter as a class of both cases lets the engine skip ahead; the rest is matched in any case.
_REF_HINT: Final = re.compile(r"[rdRDрРقم](?i:esol|ésol|ecisi|écisi|езолюц|ешени|رار|قرر)")
REF_NUMBER: Final = re.compile(
    r"(?=[\dES])(?<![/\w.\-])(?:(?P<sc>\d{1,4}\s\((?:19|20)\d\d\))|(?P<ga>(?:ES-\d{1,2}|S-\d{1,2}|\d{1,4})/\d{1,4}(?:\s[A-Z](?![\w/]))?)|"
    r"(?P<old>\d{1,4}\s?(?:[A-Z]\s)?\((?:[IVXL]+|ES-[IVXL]+|S-[IVXL]+)\)))(?![\w/])"
)
_REF_GAP: Final = re.compile(
    r"^(?:\s*(?:,|and|et|y|or|ou|o|и|или)?\s*(?:section\s+[IVXLC\d]+,?\s*|part\s+[IVXLC\d]+,?\s*|paragraph\s+\d+,?\s*|annex,?\s*)?)$",
    re.IGNORECASE,
)
_OF_DATE: Final = re.compile(r"^\s*,?\s*(?:of|du|de|del|от|المؤرخ|المؤرخة)\s+$")
ACTORS_BY_BODY: Final = {
    "general assembly": "unga", "assembly": "unga", "security council": "unsc",
    "economic and social council": "ecosoc", "human rights council": "unhrc",
    "commission on crime prevention and criminal justice": "ccpcj", "commission on narcotic drugs": "cnd",
    "commission on the status of women": "csw", "world health assembly": "wha", "trusteeship council": "untc",
    "commission for social development": "csocd", "commission on population and development": "cpd",
} | {str(info["name"]).lower(): str(actor) for actor, info in load_profile()["actors"].items()}
# A body named by one word ("Council resolution 5/1"): the adopting body where its name holds the word.
_BODY_WORDS: Final = frozenset({"council", "assembly", "commission"})

_SPACES: Final = re.compile(r" {2,}")
_DIGIT: Final = re.compile(r"\d")
# Every year of DATE, in two patterns: the engine skips to a pattern's first character three times faster than
# it tries a choice of two at each character.
_YEARS_1600_TO_1999: Final = re.compile(r"1[6-9]\d\d")
_YEARS_2000_TO_2099: Final = re.compile(r"20\d\d")
_MARKER: Final = re.compile(f"[{MARKERS}]")


@dataclass
class InlineContext:
    """What inline parsing needs to know of the document: its actor, and how to find a note's text."""

    actor: str | None
    note_text: Callable[[str], str | None]
    refs: bool = True
    impossible_dates: list[str] = field(default_factory=list)  # as printed: "31 June 2013", left unmarked
    # The body that adopts the text, whose resolutions "its resolution 79/1" cites; None when akn does not know it.
    adopting: str | None = None


_LOOSE_DATE: Final = re.compile(r"\b(?P<d>[0-3]?\d)\s+(?P<m>[A-Za-z\]\[|1]{3,9})\s+(?P<y>1[6-9]\d\d|20\d\d)\b")
_WORDED_DATE: Final = re.compile(r"\bthis\s+(?P<d>[a-z]+(?:[- ][a-z]+)?)\s+day\s+of\s+(?P<m>[A-Z][a-z]+)\s+(?P<y>1[6-9]\d\d|20\d\d)\b")


def loose_date(text: str) -> str | None:
    """A date whose month an OCR slip spoiled ("3 Apri] 1991"), or written in words ("on this twenty-eighth day
    of November 1978"); the ISO date, or None."""
    import difflib

    from .ordinals import ordinal

    worded = _WORDED_DATE.search(text)
    if worded:
        day = ordinal(worded.group("d"))
        month = MONTHS.get(worded.group("m").lower())
        if day and month:
            return calendar_date(int(worded.group("y")), month, day)
    for match in _LOOSE_DATE.finditer(text):
        close = difflib.get_close_matches(match.group("m").lower(), [m.lower() for m in _EN_MONTHS], n=1, cutoff=0.75)
        if close:
            return calendar_date(int(match.group("y")), MONTHS[close[0]], int(match.group("d")))
    return None


def calendar_date(year: int, month: int, day: int) -> str | None:
    """The ISO form of a day the calendar has ("31 June" is not one), or None."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(match: re.Match[str]) -> str | None:
    """The ISO form of a match of `DATE`, or None when the calendar has no such day."""
    # The month is the word between the day and the year ("de" and blanks aside), or before the day.
    if match.group("d1"):
        day, year, month = match.group("d1"), match.group("y1"), match.string[match.end("d1") + 1: match.start("y1") - 1]
    elif match.group("d2"):
        day, year, month = match.group("d2"), match.group("y2"), match.string[match.start(): match.start("d2") - 1]
    elif match.group("d3"):
        day, year, month = match.group("d3"), match.group("y3"), match.string[match.end("d3") + 1: match.start("y3") - 1]
    elif match.group("d4"):
        day, year, month = match.group("d4"), match.group("y4"), match.string[match.end("d4") + 4: match.start("y4") - 4]
    elif match.group("d5"):
        day, year, month = match.group("d5"), match.group("y5"), match.string[match.end("d5") + 1: match.start("y5") - 1]
    elif match.group("d7"):
        day, year, month = match.group("d7"), match.group("y7"), match.string[match.end("d7") + 1: match.start("y7") - 1]
    else:
        return calendar_date(int(match.group("y6")), int(match.group("m6")), int(match.group("d6")))
    return calendar_date(int(year), MONTHS[month.lower()], 1 if day == "1er" else int(day))


def parse(text: str, ctx: InlineContext, phrase: str | None = None) -> m.Inlines:
    """Inline content of `text`, with the opening `phrase` (its first characters) in italics."""
    items = _markup(_SPACES.sub(" ", text) if "  " in text else text, ctx)
    if phrase and "  " in phrase:  # as the text's blanks were collapsed ("إذ   تشير" in a justified line)
        phrase = _SPACES.sub(" ", phrase)
    if phrase and not (items and isinstance(items[0], m.Mark) and items[0].element == "i"):
        items = _italicise_start(items, phrase)
    return tuple(m.merge_texts(items))


def _markup(text: str, ctx: InlineContext) -> list[m.Inline]:
    """Split the private markers into notes and emphasis; the text between gets refs and dates."""
    out: list[m.Inline] = []
    stack: list[tuple[str, list[m.Inline]]] = []
    target = out
    pieces = _split_markers(text)
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if piece == NOTE_OPEN:
            key = pieces[i + 1] if i + 1 < len(pieces) else ""
            i += 3 if i + 2 < len(pieces) and pieces[i + 2] == NOTE_CLOSE else 2
            _attach_marker(target)
            target.append(_note(key, ctx))
            continue
        if piece in (ITALIC_OPEN, BOLD_OPEN):
            stack.append(("i" if piece == ITALIC_OPEN else "b", target))
            target = []
        elif piece in (ITALIC_CLOSE, BOLD_CLOSE):
            if stack:
                element, parent = stack.pop()
                if target:
                    parent.append(m.Mark(element, tuple(m.merge_texts(target))))
                target = parent
        elif piece and piece != NOTE_CLOSE:
            target.extend(semantics(piece, ctx))
        i += 1
    while stack:
        element, parent = stack.pop()
        if target:
            parent.append(m.Mark(element, tuple(m.merge_texts(target))))
        target = parent
    return target


def _split_markers(text: str) -> list[str]:
    """The runs of text and the markers between them, in order, each marker a piece of its own (what
    `re.split` gives with the markers as a captured group). `str.find` finds a marker at memchr speed, where a
    pattern tries each character against the six markers."""
    at: list[int] = []
    for marker in MARKERS:
        found = text.find(marker)
        while found >= 0:
            at.append(found)
            found = text.find(marker, found + 1)
    if not at:
        return [text]
    at.sort()
    pieces: list[str] = []
    pos = 0
    for found in at:
        pieces.append(text[pos:found])
        pieces.append(text[found])
        pos = found + 1
    pieces.append(text[pos:])
    return pieces


def _attach_marker(target: list[m.Inline]) -> None:
    """A note's marker belongs to the word or sign before it: the blank a PDF extraction leaves before a
    superscript ("2023, 4  as well") is layout, not text, and goes."""
    last = target[-1] if target else None
    if isinstance(last, m.Text) and last.text[-1:].isspace():
        kept = last.text.rstrip()
        if kept:
            target[-1] = m.Text(kept)
        elif len(target) > 1:
            target.pop()


def resolve_markers(inlines: m.Inlines | list[m.Inline], ctx: InlineContext) -> m.Inlines:
    """Inline content whose text may still hold private markers, with the markers made into notes and marks."""
    out: list[m.Inline] = []
    for item in inlines:
        if isinstance(item, m.Text) and _MARKER.search(item.text):
            out.extend(_markup(item.text, ctx))
        elif isinstance(item, m.Mark):
            out.append(m.Mark(item.element, resolve_markers(item.children, ctx), item.attrs))
        else:
            out.append(item)
    return tuple(m.merge_texts(out))


def _note(key: str, ctx: InlineContext) -> m.Inline:
    if key.startswith("?"):
        return m.Mark("sup", (m.Text(key[1:]),))
    marker = key.partition("#")[0]
    body = ctx.note_text(key)
    if body is None:
        return m.Mark("sup", (m.Text(marker),))
    inner = InlineContext(ctx.actor, lambda _k: None, ctx.refs, ctx.impossible_dates, ctx.adopting)
    return m.Note(marker, (m.Para(tuple(m.merge_texts(_markup(body, inner)))),))


def semantics(text: str, ctx: InlineContext) -> list[m.Inline]:
    """Refs and dates in a run of plain text."""
    spans: list[tuple[int, int, m.Mark]] = []
    if not _has_digit(text):
        return [m.Text(text)] if text else []
    dates = [(d.start(), d.end(), iso_date(d)) for d in _dates_in(text)]
    for start, end, iso in dates:
        if iso:
            spans.append((start, end, m.Mark("date", (m.Text(text[start:end]),), (("date", iso),))))
        else:
            ctx.impossible_dates.append(text[start:end])
    if ctx.refs:
        spans.extend(_refs(text, ctx, dates))
    if not spans:
        return [m.Text(text)] if text else []
    spans.sort(key=_span_start)
    out: list[m.Inline] = []
    pos = 0
    for start, end, mark in spans:
        if start < pos:
            continue
        if start > pos:
            out.append(m.Text(text[pos:start]))
        out.append(mark)
        pos = end
    if pos < len(text):
        out.append(m.Text(text[pos:]))
    return out


def _span_start(span: tuple[int, int, m.Mark]) -> int:
    return span[0]


def _has_digit(text: str) -> bool:
    """Whether `_DIGIT` finds a digit in `text`: `in` finds an ASCII digit ten times faster than a pattern scans
    for one, and only a text with other characters than ASCII may hold another digit."""
    for digit in "0123456789":
        if digit in text:
            return True
    return not text.isascii() and _DIGIT.search(text) is not None


# A date's year starts at most 20 characters after the date ("30 de septiembre de 2019").
_YEAR_OFFSET: Final = 24


def _dates_in(text: str) -> list[re.Match[str]]:
    """`DATE.finditer(text)`, with the pattern tried only near a year, which every date ends with: the leftmost
    date at or after a position starts at most `_YEAR_OFFSET` before the first year there."""
    found = []
    pos = 0
    early = _start_of(_YEARS_1600_TO_1999.search(text))
    late = _start_of(_YEARS_2000_TO_2099.search(text))
    while (year := _earliest(early, late)) >= 0:
        date = DATE.search(text, max(pos, year - _YEAR_OFFSET))
        if date is None:
            break
        found.append(date)
        pos = date.end()
        # A year found before is still the first at or after `pos` until the dates found pass it: each pattern
        # is sought again only then, so that no stretch of the text is searched twice.
        if 0 <= early < pos:
            early = _start_of(_YEARS_1600_TO_1999.search(text, pos))
        if 0 <= late < pos:
            late = _start_of(_YEARS_2000_TO_2099.search(text, pos))
    return found


def _start_of(match: re.Match[str] | None) -> int:
    return match.start() if match is not None else -1


def _earliest(at: int, other: int) -> int:
    """The earlier of two offsets where something was found, -1 standing for not found (as in `str.find`)."""
    return other if at < 0 or 0 <= other < at else at


def _keywords_in(text: str) -> list[re.Match[str]]:
    """`REF_KEYWORD.finditer(text)`, with the pattern tried only where a keyword may start."""
    found = []
    pos = 0
    for start in _keyword_starts(text):
        if start < pos:
            continue
        keyword = REF_KEYWORD.match(text, start)
        if keyword is not None:
            found.append(keyword)
            pos = keyword.end()
    return found


# What follows the first letter of every keyword of REF_KEYWORD, in lower case.
_KEYWORD_STEMS: Final = ("esol", "ésol", "ecisi", "écisi", "езолюц", "ешени", "رار", "قرر")
_ASCII_KEYWORD_STEMS: Final = tuple(stem for stem in _KEYWORD_STEMS if stem.isascii())
# Letters that the pattern's case folding matches with "s" or "i", though their lower case is another letter.
_FOLDED_LIKE_STEMS: Final = ("ſ", "ı", "İ")


def _keyword_starts(text: str) -> list[int]:
    """Where a keyword of REF_KEYWORD may start, in order: before each stem in the lower-case text, which
    `str.find` finds ten times faster than `_REF_HINT` scans for it (kept for the text with letters that fold
    to a stem's)."""
    if not text.isascii() and any(letter in text for letter in _FOLDED_LIKE_STEMS):
        return [hint.start() for hint in _REF_HINT.finditer(text)]
    lowered = text.lower()
    starts = []
    for stem in _KEYWORD_STEMS if not text.isascii() else _ASCII_KEYWORD_STEMS:
        at = lowered.find(stem, 1)
        while at != -1:
            starts.append(at - 1)
            at = lowered.find(stem, at + 1)
    starts.sort()
    return starts


# A Chinese citation: the number between 第 and 号, the kind after it, the date (if any) just before it.
_ZH_REF: Final = re.compile(
    r"第(?:(?P<sc>\d{1,4}\s?\((?:19|20)\d\d\))|(?P<ga>(?:ES-\d{1,2}/|S-\d{1,2}/)?\d{1,4}/\d{1,4}(?:\s?[A-Z])?)"
    r"|(?P<old>\d{1,4}\s?(?:[A-Z]\s)?\((?:[IVXL]+|ES-[IVXL]+|S-[IVXL]+)\)))号(?P<kind>决议|决定)"
)


def _chinese_refs(text: str, ctx: InlineContext, dates: list[tuple[int, int, str | None]]) -> list[tuple[int, int, m.Mark]]:
    found = []
    for cited in _ZH_REF.finditer(text):
        form = next(name for name in ("sc", "ga", "old") if cited.group(name))
        shown = cited.group(form)
        date = next((iso for _start, stop, iso in dates if stop == cited.start()), None)
        kind = "decision" if cited.group("kind") == "决定" else "resolution"
        href = cited_iri(shown, form, "", kind, ctx.actor, date)
        found.append((cited.start(form), cited.end(form), m.Mark("ref", (m.Text(shown),), (("href", href),))))
    return found


def _refs(text: str, ctx: InlineContext, dates: list[tuple[int, int, str | None]]) -> list[tuple[int, int, m.Mark]]:
    found: list[tuple[int, int, m.Mark]] = []
    if "号" in text:
        found.extend(_chinese_refs(text, ctx, dates))
    for keyword in _keywords_in(text):
        body = _body_before(text[max(0, keyword.start() - 80): keyword.start()])
        kind = keyword.group("kind").lower()
        pos = keyword.end()
        numbers: list[re.Match[str]] = []
        while True:
            number = _next_number(text, pos)
            if not number:
                break
            gap = text[pos:number.start()]
            if (numbers or gap.strip()) and not _REF_GAP.match(gap) and not _skips_date(gap):
                break
            numbers.append(number)
            pos = number.end()
        if not numbers:
            continue
        for number in numbers:
            date = _date_after(text, number.end(), dates)
            href = cited_iri(number.group(0), number.lastgroup, body, kind, ctx.actor, date, ctx.adopting)
            if href:
                mark = m.Mark("ref", (m.Text(number.group(0)),), (("href", href),))
                found.append((number.start(), number.end(), mark))
    return found


# Every number of REF_NUMBER holds a "/" or a "(" among its first eight characters ("ES-10/2", "1234 A (II)").
_SIGN_REACH: Final = 7
_NUMBER_NEAR: Final = re.compile(rf"[\s\S]{{0,{_SIGN_REACH}}}?(?={REF_NUMBER.pattern})")


def _next_number(text: str, pos: int) -> re.Match[str] | None:
    """`REF_NUMBER.search(text, pos)`, with the pattern tried only just before a "/" or "(", which `str.find`
    finds twenty times faster than the pattern scans for a number."""
    low = pos  # no number starts between `pos` and `low`
    while True:
        sign = _earliest(text.find("/", low), text.find("(", low))
        if sign < 0:
            return None
        start = max(low, sign - _SIGN_REACH)  # a number that starts before holds an earlier sign
        near = _NUMBER_NEAR.match(text, start)
        if near is not None:
            return REF_NUMBER.match(text, near.end())
        low = start + _SIGN_REACH + 1


_ARTICLE_BEFORE: Final = re.compile(r"\s*(?:(?:its|their|the|la|sa|su|sus|ses)\s+)?$", re.IGNORECASE)
_BODY_NAMES: Final = tuple(sorted(
    {name.lower() for name in _BODY.split("(?P<body>")[1].split(")?")[0].split("|")} | set(ACTORS_BY_BODY),
    key=len, reverse=True,
))
# "its resolution", "sa résolution", "su resolución": the adopting body's own.
_POSSESSIVE_BEFORE: Final = re.compile(r"(?:^|\s)(?:its|sa|ses|su|sus)\s+$", re.IGNORECASE)
OWN: Final = "its"
# "the General Assembly, in its resolution", "... by its resolution": a possessive whose body stands before.
_PREPOSITION_AFTER: Final = re.compile(r"\s(?:in|by|through|under)$")


def _body_before(text: str) -> str:
    """The body named just before a keyword ("Security Council" in "Security Council resolution"), or ""."""
    # `_ARTICLE_BEFORE` matches blanks and at most one article ("their", five letters) at the end, so its
    # first match starts in the run of blanks before the last five letters, if not after them.
    start = max(0, len(text.rstrip()) - 5)
    while start and text[start - 1].isspace():
        start -= 1
    head = text[: _ARTICLE_BEFORE.search(text, start).start()].lower()  # type: ignore[union-attr]
    after_in = _PREPOSITION_AFTER.search(head)
    if after_in:  # "by the General Assembly in its resolution 60/251": the Assembly's
        head = head[: after_in.start()].rstrip().rstrip(",")
    if not head.endswith(_BODY_NAMES):
        # "its resolution" is the adopting body's; "the Commission on Human Rights, in its resolution", another's
        return OWN if not after_in and _POSSESSIVE_BEFORE.search(text[-12:]) else ""
    return next(name for name in _BODY_NAMES if head.endswith(name))


_DATE_GAP: Final = re.compile(r"^\s*(?:of|du|de|del|от)\s*,?\s*(?:and|et|y|и)?\s*$")
# Blanks belong to the separator before them only: with blanks on both sides, a long list that fails to match
# is tried in exponentially many ways.
_NUMBERS_THEN_OF: Final = re.compile(r"^\s*(?:(?:,|and|et|y|и)\s*)*(?:of|du|de|del|от)\s+$")


def _skips_date(gap: str) -> bool:
    """A gap between two cited numbers that is the first one's date ("65/230 of 21 December 2010, 66/1")."""
    stripped = DATE.sub("", gap)
    return bool(_DATE_GAP.match(stripped)) and stripped != gap


def _date_after(text: str, end: int, dates: list[tuple[int, int, str | None]]) -> str | None:
    for start, _stop, iso in dates:
        if start < end:
            continue
        between = text[end:start]
        if _OF_DATE.match(between):
            return iso
        chain = REF_NUMBER.sub("", between)
        if len(between) < 80 and _NUMBERS_THEN_OF.match(chain):
            return iso
        return None
    return None


_YEAR_NUMBERED: Final = re.compile(r"\d{4}/")


@lru_cache(maxsize=4096)
def cited_iri(
    shown: str, form: str | None, body: str, kind: str, own_actor: str | None, date: str | None,
    adopting: str | None = None,
) -> str:
    """The work IRI of a cited resolution or decision: `shown` as printed, `form` the group of `REF_NUMBER`
    that matched it (`sc` "1373 (2001)", `ga` "65/230", `old` "181 (II)"); remembered within a document, where
    citations recur. `body` is the body named before it (`OWN` for "its"), `adopting` the body that adopts the
    citing text; "" when the cited body is the adopting one and akn does not know it."""
    if body == OWN and form != "sc" or body in _BODY_WORDS and _named_by(adopting, body):
        if adopting is None:
            return ""
        actor = adopting
    elif body == "commission":  # a commission akn does not know, or not the one that adopts the text
        return ""
    elif form == "sc":
        actor = "unsc"
    elif form == "ga" and _YEAR_NUMBERED.match(shown):  # "2019/12": the Economic and Social Council's numbering
        actor = ACTORS_BY_BODY.get(body) or "ecosoc"
    else:  # "65/230", "181 (II)": the General Assembly's, or in its own texts the Human Rights Council's
        actor = ACTORS_BY_BODY.get(body) or (own_actor if own_actor in ("unga", "unhrc") else "unga")
    value = number_from_symbol(shown)
    if kind.startswith(("decision", "décision", "decisi", "решени", "مقرر")):
        value = f"decision-{value}"
    uri = FrbrUri(country="un", doc_type="statement", subtype="deliberation", actor=actor, date=date, number=value)
    return uri.work()


def _named_by(actor: str | None, word: str) -> bool:
    """Whether the body of `actor` is called by `word` ("council" for the Human Rights Council, "commission" for
    the Economic Commission for Africa)."""
    return actor is not None and word in next((name for name, known in ACTORS_BY_BODY.items() if known == actor), "").split()


def _italicise_start(items: list[m.Inline], phrase: str) -> list[m.Inline]:
    """Put the first `len(phrase)` characters in an `i` mark, when they are plain text equal to the phrase."""
    if not items or not isinstance(items[0], m.Text):
        merged = m.merge_texts(items)
        if not merged or not isinstance(merged[0], m.Text):
            return items
        items = merged
    first = items[0]
    assert isinstance(first, m.Text)
    if not first.text.startswith(phrase):
        return items
    rest = first.text[len(phrase):]
    head: list[m.Inline] = [m.Mark("i", (m.Text(phrase),))]
    if rest:
        head.append(m.Text(rest))
    return head + list(items[1:])
