"""eIds of the Akoma Ntoso naming convention, made in one place.

An eId is the eId of the nearest identified ancestor, `__`, the element's abbreviation, `_` and its number:
`para_2__list_1__point_a`. The number is the element's `num` without punctuation; an element without a
`num` is numbered by its position among the siblings of the same kind. Elements that occur once in their
parent (`intro`, `wrapUp`) take no number.

    >>> EidMaker().make("", "paragraph", "1.")
    'para_1'
    >>> EidMaker().make("para_2__list_1", "point", "(a)")
    'para_2__list_1__point_a'
    >>> num_token("(iii)"), num_token("Article 2 bis"), num_token("I."), num_token("*"), num_token("29.1.")
    ('iii', '2bis', 'I', '', '29.1')
    >>> num_token("Chapitre IV"), num_token("Artículo 5")
    ('IV', '5')
    >>> split("para_2__list_1__point_a")
    ('para_2__list_1', 'point', 'a')
    >>> number_matches("1-2", "1."), number_matches("3", "1.")
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

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
SINGLETONS = frozenset(
    {
        "intro", "wrapUp", "listIntroduction", "listWrapUp", "content", "num", "heading", "subheading",
        "coverPage", "preface", "preamble", "mainBody", "body", "amendmentBody", "debateBody", "judgmentBody",
        "conclusions", "attachments", "components",
    }
)

# Top-level parts whose name prefixes the eIds inside them (the body's do not). The parts of a judgment's
# body are such parts too: they hold the text side by side, as the preamble and the conclusions do.
PART_PREFIXES = {
    "preface": "preface", "preamble": "preamble", "conclusions": "conclusions", "coverPage": "coverPage",
    "introduction": "introduction", "background": "background", "arguments": "arguments", "remedies": "remedies",
    "motivation": "motivation", "decision": "decision",
}

# Elements that never give context to the eIds inside them, even when they carry an eId themselves: they hold
# the text of their parent (a note in the intro of `para_2__list_1` is `para_2__list_1__authorialNote_1`).
NON_CONTEXTS = frozenset({"content", "intro", "wrapUp", "listIntroduction", "listWrapUp", "num", "heading", "subheading"})

# Of those, the parts that may still name themselves in the eIds inside them, as the convention's
# abbreviations of them allow: `sec_2__intro__p_1` as well as `sec_2__p_1` for a paragraph of the intro.
SELF_NAMING = frozenset({"intro", "wrapUp"})

# Document parts that start a numbering of their own even without an eId: an unidentified attachment is
# the context `att_N` (N its position among its sibling attachments) for the eIds inside it.
IMPLICIT_CONTEXTS = frozenset({"attachment", "component"})

_NUM_EDGES = re.compile(r"^[^0-9A-Za-z]+|[^0-9A-Za-z]+$")
_NUM_DROP = re.compile(r"[^0-9A-Za-z.\-]+|(?<![0-9A-Za-z])[.\-]+|[.\-]+(?![0-9A-Za-z])")
_EID = re.compile(r"^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9\-.]+)?(__[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9\-.]+)?)*$")
_DISAMBIGUATED = re.compile(r"^(.*)-([2-9]|[1-9][0-9]+)$")
# The words a division's number may be printed after, in English, French and Spanish ("Article 2", "Chapitre I",
# "Artículo 5").
_WORDS_BEFORE_NUMBER = re.compile(
    r"^(article|art\.?|section|sec\.?|chapter|part|paragraph|para\.?|annex|rule|title|book"
    r"|chapitre|partie|règle|titre|livre|annexe|capítulo|artículo|parte|sección|regla|título|libro|anexo)\s+",
    re.IGNORECASE,
)


def abbreviation(element: str) -> str:
    return ABBREVIATIONS.get(element, element)


@lru_cache(maxsize=4096)
def num_token(num: str | None) -> str:
    """The number part of an eId for a `num` ("(a)" -> "a", "Article 2 bis" -> "2bis", "1.2." -> "1.2").

    Words before the number, brackets, spaces and outer punctuation go; dots and hyphens between letters or
    digits stay, so that "1.2" and "12" remain apart.
    """
    if not num:
        return ""
    text = _WORDS_BEFORE_NUMBER.sub("", num.strip())
    return _NUM_DROP.sub("", _NUM_EDGES.sub("", text))


def printed_with_its_word(num: str) -> bool:
    """Whether a number is printed after the word that names its division ("Article 2", "Chapitre I")."""
    return bool(_WORDS_BEFORE_NUMBER.match(num.strip()))


def is_well_formed(eid: str) -> bool:
    return bool(_EID.match(eid))


def split(eid: str) -> tuple[str, str, str]:
    """(prefix, element_ref, number) of a well-formed eId; the prefix and number may be empty."""
    prefix, _, last = eid.rpartition("__")
    ref, _, number = last.partition("_")
    return prefix, ref, number


def number_matches(number: str, num: str | None) -> bool:
    """Whether an eId's number part is what the element's `num` gives.

    A suffix `-2`, `-3`, ... (how `EidMaker` keeps two elements with the same number apart) is accepted;
    without a `num`, or with one without any letter or digit ("*"), the number is a count (`3`, `12-2`).
    The dots inside a number may be written as hyphens (`1-1` for "1.1"): the number and its parts stay
    the same.
    """
    match = _DISAMBIGUATED.match(number)
    base = match.group(1) if match else number
    token = num_token(num)
    if not token:
        return base.isdigit()
    if base == token:
        return True
    written = hyphenated(token)
    return written in (number, base)


def hyphenated(number: str) -> str:
    """A number with the dots between its parts written as hyphens ("1.1" -> "1-1")."""
    return number.replace(".", "-")


def context_prefix(ancestors: Iterable[tuple[str, str | None, int]]) -> str:
    """The prefix of the eId of an element, from its ancestors, nearest first.

    Each ancestor is (element name, its eId or None, its position among sibling elements of its name). The
    nearest ancestor with an eId that is a context gives the prefix; parts on the way (`preamble`, ...) add
    their name, and unidentified attachments their implicit `att_N`.

        >>> context_prefix([("content", "para_1__content", 1), ("paragraph", "para_1", 1)])
        'para_1'
        >>> context_prefix([("container", None, 3), ("preamble", None, 1), ("statement", None, 1)])
        'preamble'
        >>> context_prefix([("mainBody", None, 1), ("doc", None, 1), ("attachment", None, 2)])
        'att_2'
    """
    parts: list[str] = []
    for name, eid, position in ancestors:
        if name in NON_CONTEXTS:
            continue
        if eid:
            parts.append(eid)
            break
        if name in PART_PREFIXES:
            parts.append(PART_PREFIXES[name])
        elif name in IMPLICIT_CONTEXTS:
            parts.append(f"{abbreviation(name)}_{position}")
    return "__".join(reversed(parts))


def join(prefix: str, local: str) -> str:
    return f"{prefix}__{local}" if prefix else local


class EidMaker:
    """Hands out eIds for one document, keeping them unique."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._counters: dict[tuple[str, str], int] = {}
        # The suffix to try first for an eId taken already: every one below it is taken, and stays so.
        self._next_suffix: dict[str, int] = {}

    def make(self, prefix: str, element: str, num: str | None = None) -> str:
        return self._claim(self._unclaimed(prefix, element, num)[0])

    def make_siblings(self, prefix: str, elements: Sequence[tuple[str, str | None]]) -> list[str]:
        """The eIds of sibling elements, given as (element, num) in document order. Those with a number take
        it first, so that an unnumbered one, counted, cannot take the eId of a numbered one after it: an
        unnumbered paragraph before paragraph 1 is `para_1-2`, and paragraph 1 is `para_1`."""
        unclaimed = [self._unclaimed(prefix, element, num) for element, num in elements]
        made = [""] * len(unclaimed)
        for numbered in (True, False):
            for i, (eid, has_number) in enumerate(unclaimed):
                if has_number is numbered:
                    made[i] = self._claim(eid)
        return made

    def _unclaimed(self, prefix: str, element: str, num: str | None) -> tuple[str, bool]:
        """The eId an element asks for, before `_claim` keeps it unique, and whether its number is its own."""
        abbr = abbreviation(element)
        if element in SINGLETONS:
            return join(prefix, abbr), False
        key = (prefix, abbr)
        position = self._counters.get(key, 0) + 1
        self._counters[key] = position
        token = num_token(num)
        return join(prefix, f"{abbr}_{token or position}"), bool(token)

    def _claim(self, eid: str) -> str:
        if eid in self.used:
            suffix = self._next_suffix.get(eid, 2)
            while f"{eid}-{suffix}" in self.used:
                suffix += 1
            self._next_suffix[eid] = suffix + 1
            eid = f"{eid}-{suffix}"
        self.used.add(eid)
        return eid
