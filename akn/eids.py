"""eIds of the Akoma Ntoso naming convention, made in one place.

An eId is the eId of the nearest identified ancestor, `__`, the element's abbreviation, `_` and its number:
`para_2__list_1__point_a`. The number is the element's `num` without punctuation; an element without a
`num` is numbered by its position among the siblings of the same kind. Elements that occur once in their
parent (`intro`, `wrapUp`) take no number.

    >>> EidMaker().make("", "paragraph", "1.")
    'para_1'
    >>> EidMaker().make("para_2__list_1", "point", "(a)")
    'para_2__list_1__point_a'
    >>> num_token("(iii)"), num_token("Article 2 bis"), num_token("I."), num_token("*")
    ('iii', '2bis', 'I', '')
"""

from __future__ import annotations

import re

# The naming convention's abbreviations; elements not listed use their own name.
ABBREVIATIONS: dict[str, str] = {
    "alinea": "al",
    "amendmentBody": "body",
    "article": "art",
    "attachment": "att",
    "blockList": "list",
    "chapter": "chp",
    "citation": "cit",
    "citations": "cits",
    "clause": "cl",
    "component": "cmp",
    "components": "cmpnts",
    "componentRef": "cref",
    "debateBody": "body",
    "debateSection": "dbsect",
    "division": "dvs",
    "documentRef": "dref",
    "eventRef": "eref",
    "judgmentBody": "body",
    "listIntroduction": "intro",
    "listWrapUp": "wrap",
    "mainBody": "body",
    "paragraph": "para",
    "quotedStructure": "qstr",
    "quotedText": "qtext",
    "recital": "rec",
    "recitals": "recs",
    "section": "sec",
    "subchapter": "subchp",
    "subclause": "subcl",
    "subdivision": "subdvs",
    "subparagraph": "subpara",
    "subsection": "subsec",
    "temporalGroup": "tmpg",
    "wrapUp": "wrapup",
}

# Elements that occur at most once in their parent and so carry no number.
SINGLETONS = frozenset({"intro", "wrapUp", "listIntroduction", "listWrapUp", "content"})

# Top-level parts whose name prefixes the eIds inside them (the body's do not).
PART_PREFIXES = {"preface": "preface", "preamble": "preamble", "conclusions": "conclusions", "coverPage": "coverPage"}

_NUM_TRIM = re.compile(r"[^0-9A-Za-z]+")
_EID = re.compile(r"^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9\-.]+)?(__[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9\-.]+)?)*$")
_WORDS_BEFORE_NUMBER = re.compile(
    r"^(article|art\.?|section|sec\.?|chapter|part|paragraph|para\.?|annex|rule|title|book)\s+", re.I
)


def abbreviation(element: str) -> str:
    return ABBREVIATIONS.get(element, element)


def num_token(num: str | None) -> str:
    """The number part of an eId for a `num` ("(a)" -> "a", "Article 2 bis" -> "2bis")."""
    if not num:
        return ""
    text = _WORDS_BEFORE_NUMBER.sub("", num.strip())
    return _NUM_TRIM.sub("", text)


def is_well_formed(eid: str) -> bool:
    return bool(_EID.match(eid))


def join(prefix: str, local: str) -> str:
    return f"{prefix}__{local}" if prefix else local


class EidMaker:
    """Hands out eIds for one document, keeping them unique."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._counters: dict[tuple[str, str], int] = {}

    def make(self, prefix: str, element: str, num: str | None = None) -> str:
        abbr = abbreviation(element)
        if element in SINGLETONS:
            return self._claim(join(prefix, abbr))
        key = (prefix, abbr)
        position = self._counters.get(key, 0) + 1
        self._counters[key] = position
        token = num_token(num) or str(position)
        return self._claim(join(prefix, f"{abbr}_{token}"))

    def _claim(self, eid: str) -> str:
        if eid in self.used:
            suffix = 2
            while f"{eid}-{suffix}" in self.used:
                suffix += 1
            eid = f"{eid}-{suffix}"
        self.used.add(eid)
        return eid
