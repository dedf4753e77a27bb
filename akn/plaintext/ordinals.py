"""Ordinal numbers in words, as sessions are printed: English, French and Spanish.

    >>> ordinal("Seventy-eighth"), ordinal("Eightieth"), ordinal("78th")
    (78, 80, 78)
    >>> ordinal("Soixante-dix-huitième"), ordinal("quatre-vingtième"), ordinal("vingt et unième")
    (78, 80, 21)
    >>> ordinal("Septuagésimo octavo"), ordinal("Octogésimo"), ordinal("vigésimo primer")
    (78, 80, 21)
"""

from __future__ import annotations

import re

_EN_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

_FR_ORDINAL_TO_CARDINAL = {
    "premier": "un", "première": "un", "unième": "un", "deuxième": "deux", "second": "deux", "seconde": "deux",
    "troisième": "trois", "quatrième": "quatre", "cinquième": "cinq", "sixième": "six", "septième": "sept",
    "huitième": "huit", "neuvième": "neuf", "dixième": "dix", "onzième": "onze", "douzième": "douze",
    "treizième": "treize", "quatorzième": "quatorze", "quinzième": "quinze", "seizième": "seize",
    "vingtième": "vingt", "trentième": "trente", "quarantième": "quarante", "cinquantième": "cinquante",
    "soixantième": "soixante", "centième": "cent",
}
_FR_CARDINALS = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
}
_ES_WORDS = {
    "primero": 1, "primer": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercer": 3, "tercera": 3,
    "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7,
    "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10, "décima": 10, "undécimo": 11,
    "duodécimo": 12, "vigésimo": 20, "vigésima": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50,
    "sexagésimo": 60, "septuagésimo": 70, "septuagésima": 70, "octogésimo": 80, "octogésima": 80,
    "nonagésimo": 90, "centésimo": 100,
}


def ordinal(text: str) -> int | None:
    word = re.sub(r"\s+", " ", text.strip().lower())
    digits = re.match(r"^(\d+)(?:st|nd|rd|th|e|ème|er|re|º|ª|o|a)$", word)
    if digits:
        return int(digits.group(1))
    for parse in (_english, _french, _spanish):
        value = parse(word)
        if value:
            return value
    return None


def _english(word: str) -> int | None:
    if word in _EN_UNITS:
        return _EN_UNITS[word]
    tens, _, unit = word.partition("-")
    if tens in _EN_TENS and _EN_UNITS.get(unit, 10) < 10:
        return _EN_TENS[tens] + _EN_UNITS[unit]
    return None


def _french(word: str) -> int | None:
    parts = [p for p in re.split(r"[-\s]+", word) if p and p != "et"]
    if not parts or parts[-1] not in _FR_ORDINAL_TO_CARDINAL:
        return None
    parts[-1] = _FR_ORDINAL_TO_CARDINAL[parts[-1]]
    total = 0
    for index, part in enumerate(parts):
        value = _FR_CARDINALS.get(part)
        if value is None:
            return None
        if part.startswith("vingt") and index > 0 and parts[index - 1] == "quatre":
            total += 80 - 4
        else:
            total += value
    return total


def _spanish(word: str) -> int | None:
    parts = word.split()
    values = [_ES_WORDS.get(p) for p in parts]
    if not parts or any(v is None for v in values):
        return None
    return sum(v for v in values if v)
