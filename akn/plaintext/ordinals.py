"""Ordinal numbers in words, as sessions are printed: English, French, Spanish, Russian, Arabic and Chinese;
and the value of a roman numeral, as lists and parts are numbered.

    >>> ordinal("Seventy-eighth"), ordinal("Eightieth"), ordinal("78th")
    (78, 80, 78)
    >>> ordinal("Soixante-dix-huitième"), ordinal("quatre-vingtième"), ordinal("vingt et unième")
    (78, 80, 21)
    >>> ordinal("Septuagésimo octavo"), ordinal("Octogésimo"), ordinal("vigésimo primer")
    (78, 80, 21)
    >>> ordinal("Семьдесят восьмая"), ordinal("Восьмидесятая"), ordinal("двадцать третье")
    (78, 80, 23)
    >>> ordinal("الثامنة والسبعون"), ordinal("الثمانون"), ordinal("الحادية عشرة")
    (78, 80, 11)
    >>> ordinal("七十八"), ordinal("八十"), ordinal("一百零一")
    (78, 80, 101)
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

# Russian ordinals by stem, whatever their gender and case ending ("восьмая", "восьмой", "восьмое"); the tens
# before them as cardinals ("семьдесят восьмая").
_RU_ORDINAL_STEMS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
    "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
    "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20,
    "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70, "восьмидесят": 80,
    "девяност": 90, "сот": 100,
}
_RU_ORDINAL_ENDING = re.compile(r"(?:ая|ый|ой|ое|ий|ья|ье|ьи|ые)$")
_RU_TENS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100,
}

# Arabic ordinals, feminine and masculine, with the tens that follow them after "و" ("الثامنة والسبعون").
_AR_WORDS = {
    "الأولى": 1, "الأول": 1, "الحادية": 1, "الحادي": 1, "الثانية": 2, "الثاني": 2, "الثالثة": 3, "الثالث": 3,
    "الرابعة": 4, "الرابع": 4, "الخامسة": 5, "الخامس": 5, "السادسة": 6, "السادس": 6, "السابعة": 7,
    "السابع": 7, "الثامنة": 8, "الثامن": 8, "التاسعة": 9, "التاسع": 9, "العاشرة": 10, "العاشر": 10,
    "عشرة": 10, "عشر": 10, "العشرون": 20, "الثلاثون": 30, "الأربعون": 40, "الخمسون": 50, "الستون": 60,
    "السبعون": 70, "الثمانون": 80, "التسعون": 90, "المائة": 100, "المئة": 100,
}
_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100}

# Sections as Chinese numbers them ("一") and as Arabic does, by ordinal adverbs ("أولا", first) or by the names
# of letters ("ألف", A): a pattern of the numbers, for the reader and the writer alike.
SECTION_NUMBERS_IN_WORDS = (
    r"[一二三四五六七八九十]{1,3}|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا"
    r"|ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء"
)
# What may close a section's number, kept with it in its `num` as the text writes it: "B.", "IV.", "أولا -"
# (a dash after a number in Arabic), "一、" and "一．" (Chinese marks after a Chinese number).
SECTION_NUMBER_MARK = r"(?:\.|(?<=[^\x00-\x7f])\s?-|(?<=[一二三四五六七八九十])[、．])"


def ordinal(text: str) -> int | None:
    word = re.sub(r"\s+", " ", text.strip().lower())
    digits = re.match(r"^(\d+)(?:st|nd|rd|th|e|ème|er|re|º|ª|o|a)$", word)
    if digits:
        return int(digits.group(1))
    for parse in (_english, _french, _spanish, _russian, _arabic, _chinese):
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


def _russian(word: str) -> int | None:
    *tens, last = word.split()
    stem = _RU_ORDINAL_ENDING.sub("", last)
    if stem == last or stem not in _RU_ORDINAL_STEMS or len(tens) > 1:
        return None
    value = _RU_ORDINAL_STEMS[stem]
    if tens:
        if tens[0] not in _RU_TENS or value >= 10:
            return None
        value += _RU_TENS[tens[0]]
    return value


def _arabic(word: str) -> int | None:
    parts = word.split()
    values = [_AR_WORDS.get(part[1:] if index and part.startswith("و") else part) for index, part in enumerate(parts)]
    if not parts or any(v is None for v in values):
        return None
    return sum(v for v in values if v)


def _chinese(word: str) -> int | None:
    """七十八 is 78, 一百零一 101: a digit multiplies the unit after it, and what is left is added."""
    if not word or any(char not in _ZH_DIGITS and char not in _ZH_UNITS for char in word):
        return None
    total, digit = 0, 0
    for char in word:
        unit = _ZH_UNITS.get(char)
        if unit is None:
            digit = _ZH_DIGITS[char]
        else:
            total += (digit or 1) * unit
            digit = 0
    return total + digit or None


def roman_value(text: str) -> int:
    """The value of a roman numeral in lower case ("iv" -> 4)."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for a, b in zip(text, text[1:] + " "):
        va, vb = values.get(a, 0), values.get(b, 0)
        total += -va if va < vb else va
    return total
