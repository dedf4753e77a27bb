"""The text reader: a resolution as plain text (PDF extraction, OCR, Markdown) to the document model.

The stages, each with its own guarantees: `source` (decoding, lines, Markdown) -> `layout` (page furniture
and footnote bodies out; a table row printed on one line made one line per cell; in justified text, the
widened gaps between words closed) -> `blocks` (paragraphs) -> `notes` (markers found) -> `structure` (cover
page, preface, preamble, body, conclusions, annexes, with `cover` and `phrases` as recognisers) -> `inline`.
Metadata comes from the document's own words; options override it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .. import __version__
from .. import model as m
from ..errors import OptionError
from ..files import encoding_problem
from ..frbr import is_actor, is_country, number_from_symbol, slug
from ..profile import (
    actor_for_formula,
    actor_for_name,
    actor_for_symbol,
    actor_info,
    embedded_formula,
    is_language,
)
from . import cover as cv
from .blocks import back_matter, drop_running_titles, mend, segment
from .bodies import local_body
from .inline import InlineContext, loose_date
from .layout import analyse, split_embedded_formulas
from .notes import place
from .phrases import forget as forget_phrases
from .phrases import opens_paragraph
from .source import close_widened_gaps, justified, read_source
from .structure import Assembler, Diagnostic, is_formula, is_structural, label_alone, opens_block, plain
from .tables import cells_apart
from .tables import recover as recover_tables

LANGUAGES = {
    "en": "eng", "eng": "eng", "english": "eng", "fr": "fra", "fra": "fra", "fre": "fra", "french": "fra",
    "es": "spa", "spa": "spa", "spanish": "spa", "ar": "ara", "ara": "ara", "zh": "zho", "zho": "zho",
    "chi": "zho", "ru": "rus", "rus": "rus", "de": "deu", "deu": "deu", "ger": "deu",
}


@dataclass(frozen=True)
class ConvertOptions:
    """Metadata given by the user; each overrides what the text says. Empty fields are read from the text."""

    symbol: str | None = None
    actor: str | None = None
    country: str | None = None
    date: str | None = None
    issued: str | None = None
    language: str | None = None
    session: str | None = None
    agenda_items: tuple[str, ...] = ()
    distribution: str | None = None
    sponsors: tuple[str, ...] = ()
    title: str | None = None
    kind: str | None = None
    markup_date: str | None = None
    # How the input's bytes are encoded, when they are not Unicode (a legacy "cp1251" or "gb18030" file).
    encoding: str | None = None

    def __post_init__(self) -> None:
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            for item in value if isinstance(value, tuple) else (value,):
                problem = metadata_problem(name, item) if isinstance(item, str) else None
                if problem:
                    raise OptionError(f"{name}: {problem}")
        if self.encoding is not None:
            problem = encoding_problem(self.encoding)
            if problem:
                raise OptionError(f"encoding: {problem}")

    def recorded(self) -> tuple[tuple[str, str], ...]:
        """The options that were given, as (name, value) pairs for the output's provenance."""
        out = []
        for name in self.__dataclass_fields__:
            if name == "markup_date":
                continue
            value = getattr(self, name)
            if value:
                out.append((name, ";".join(value) if isinstance(value, tuple) else str(value)))
        return tuple(out)


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def option_problem(value: str) -> str | None:
    """Why an option's value cannot go into an XML document, or None when it can."""
    found = _NOT_XML.search(value)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return "holds bytes that are not UTF-8 text"
    return f"holds the character U+{code:04X}, which XML cannot carry"


def metadata_problem(name: str, value: str) -> str | None:
    """Why `value` cannot be the option `name` (`date`, `language`, ...), or None when it can.

    A date, language, country or actor goes into the FRBR IRIs and the metadata as it is given, so one that
    the naming convention refuses would make a document that `akn validate` fails; these are refused here,
    with the rules the validator applies."""
    problem = option_problem(value)
    if problem is None and name in _FIELD_CHECKS:
        problem = _FIELD_CHECKS[name](value)
    return problem


def _date_problem(value: str) -> str | None:
    try:
        real = _ISO_DATE.match(value) is not None and dt.date.fromisoformat(value) is not None
    except ValueError:
        real = False
    return None if real else f"{value!r} is not a date in YYYY-MM-DD form"


def _language_problem(value: str) -> str | None:
    if is_language(LANGUAGES.get(value.lower(), value.lower())):
        return None
    return f"{value!r} is not an ISO 639-2 language code (eng, fra, spa, rus, zho, ara, ...)"


def _country_problem(value: str) -> str | None:
    if is_country(value):
        return None
    return f"{value!r} is not an ISO 3166 country code in lower case (un, us, fr; a subdivision as us-ca)"


def _actor_problem(value: str) -> str | None:
    if is_actor(value):
        return None
    return f"{value!r} cannot be an FRBR actor: one word of letters, digits, '.', '_' or '-', not a date (unga, unsc)"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_FIELD_CHECKS = {
    "date": _date_problem, "issued": _date_problem, "markup_date": _date_problem,
    "language": _language_problem, "country": _country_problem, "actor": _actor_problem,
}


@dataclass
class Conversion:
    document: m.Document
    warnings: list[Diagnostic] = field(default_factory=list)


def read_text(data: bytes | str, options: ConvertOptions | None = None, name: str = "<input>") -> Conversion:
    options = options or ConvertOptions()
    forget_phrases()  # the recognisers remember the texts of one document, not of the last one
    # A str may hold lone surrogates, which the source stage takes out: they are hashed as they are.
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    source = read_source(data, name, options.encoding)
    layout = analyse(split_embedded_formulas(source.lines, embedded_formula()), source.markdown)
    lines = cells_apart(layout.lines)
    if not source.markdown and justified(lines):
        lines = close_widened_gaps(lines)
    blocks = drop_running_titles(segment(lines, opens_block, is_formula, label_alone))
    placement = place(blocks, layout.notes, layout.pages)
    blocks = mend(blocks, opens_paragraph, is_structural, layout.pages)
    blocks, back_start = back_matter(blocks)
    blocks, table_warnings = recover_tables(blocks)
    facts = cv.Facts(symbol=layout.symbol)
    own_actor = _early_actor(options, facts, blocks)
    ctx = InlineContext(own_actor, placement.texts.get, adopting=_adopting_actor(options, own_actor, blocks))
    assembler = Assembler(blocks, ctx, facts, back_start, markdown=source.markdown)
    doc = assembler.document()
    warnings = [Diagnostic(line, message) for line, message in layout.warnings + placement.warnings + table_warnings]
    warnings += assembler.warnings
    for shown in dict.fromkeys(ctx.impossible_dates):
        line = next((ln.no for ln in source.lines if shown in ln.text), None)
        line = line or next((block.no for block in blocks if shown in block.plain), 1)
        warnings.append(Diagnostic(line, f"'{shown}' is not a day of the calendar; kept as text without a date mark"))
    facts.kind = facts.kind or _kind_of_symbol(options.symbol or facts.symbol)
    meta, meta_warnings = _metadata(doc, facts, source.front_matter, options, blocks)
    provenance = (
        ("generator", f"akn {__version__}"),
        ("inputSha256", hashlib.sha256(raw).hexdigest()),
        *((f"option:{k}", v) for k, v in options.recorded()),
    )
    meta = replace(meta, provenance=provenance)
    kind = options.kind or facts.kind or ("resolution" if meta.date_name == "adoption" else "draftResolution")
    doc = replace(doc, name=kind, meta=meta, components=tuple(_part(p, kind, meta) for p in doc.components))
    warnings.extend(meta_warnings)
    warnings.sort(key=lambda w: w.line)
    return Conversion(doc, warnings)


# The symbols of decisions: "A/HRC/DEC/55/115", "E/DEC/2024/205", "A/DEC/78/552".
_DECISION_SYMBOL = re.compile(r"/DEC/")


def _kind_of_symbol(symbol: str | None) -> str | None:
    """The kind of document a symbol names, where it names one."""
    return "decision" if symbol and _DECISION_SYMBOL.search(symbol) else None


def _part(part: m.Document, kind: str, meta: m.Metadata) -> m.Document:
    """A lettered resolution of a collection: its kind, and the collection's metadata with its own symbol
    ("A/RES/77/128 A") and title."""
    letter = part.name
    title = next(
        (m.plain_text(x.children) for block in part.preface if isinstance(block, m.Para)
         for x in block.inlines if isinstance(x, m.Mark) and x.element == "docTitle"),
        meta.title,
    )
    symbol = f"{meta.symbol} {letter}" if meta.symbol else None
    number = number_from_symbol(symbol) if symbol else f"{meta.number}-{letter.lower()}"
    return replace(part, name=kind, meta=replace(meta, symbol=symbol, number=number, title=title, provenance=()))


def _early_actor(options: ConvertOptions, facts: cv.Facts, blocks: list) -> str | None:
    if options.actor:
        return options.actor
    if facts.symbol:
        actor = actor_for_symbol(facts.symbol)
        if actor:
            return actor
    for block in blocks[:60]:
        text = plain(block.text).strip()
        if is_formula(text):
            return actor_for_formula(text)
    return None


def _adopting_actor(options: ConvertOptions, own_actor: str | None, blocks: list) -> str | None:
    """The body that adopts the text: the one its enacting formula names ("The Economic and Social Council," of a
    commission's draft), else the one it is issued by. None for a formula of a body akn does not know, unless
    --actor names it."""
    for block in blocks[:60]:
        text = plain(block.text).strip()
        if is_formula(text):
            return actor_for_formula(text) or options.actor
    return own_actor


def _metadata(
    doc: m.Document, facts: cv.Facts, front: dict[str, str], options: ConvertOptions, blocks: list
) -> tuple[m.Metadata, list[Diagnostic]]:
    warnings: list[Diagnostic] = []
    symbol = options.symbol or facts.symbol or front.get("symbol")
    if not symbol and (options.kind or facts.kind) in (None, "resolution"):
        symbol = _symbol_from_number(facts.number, doc)
    title = options.title or facts.title or front.get("title")
    actor = options.actor or facts.actor or _actor(doc, facts, symbol)
    local = None
    if not actor:
        local = local_body(" ".join(plain(b.text) for b in blocks[:80]), front)
        if local:
            facts.country, actor = facts.country or local[0], local[1]
    first_line = blocks[0].no if blocks else 1
    own_number = None if symbol or not facts.number else _own_number(facts.number, options.kind or facts.kind)
    if not symbol and own_number is None:
        warnings.append(Diagnostic(first_line, "no document symbol in the text; the FRBR number is a slug of the "
                                               "title (give --symbol to set it)"))
    elif not symbol and own_number != facts.number:
        warnings.append(Diagnostic(first_line, f"no document symbol in the text; the FRBR number is {own_number!r}, "
                                               f"from the number the text gives it (give --symbol to set it)"))
    if not actor:
        warnings.append(Diagnostic(first_line, "the issuing body is not recognised; the FRBR actor is missing and "
                                               "the country is taken as un (give --actor and --country)"))
    adopted = options.date or facts.adopted or _front_date(front)
    issued = options.issued or facts.issued
    kind = options.kind or facts.kind
    draft = kind is not None and kind != "resolution" and kind != "decision" or (
        kind is None and facts.distribution == "limited" and not facts.adopted)
    work_date = adopted if not draft else (issued or adopted)
    if not work_date:
        work_date = issued or _first_front_date(doc) or _worded_date(doc)
    if not work_date:
        warnings.append(Diagnostic(first_line, "no date in the text for the FRBR work; give --date to set it"))
    language = _language(options, front, doc, " ".join(b.text for b in blocks[:80]))
    number = None
    if not symbol:
        number = own_number or slug(title or "document")
    info = actor_info(actor) if actor else {}
    country = options.country or facts.country or info.get("country") or "un"
    version = re.search(r"/((?:Rev|Corr)\.\d+)$", symbol or "")
    if version and number is None:
        number = number_from_symbol(symbol[: version.start()])  # type: ignore[index]
    meta = m.Metadata(
        version=version.group(1) if version else None,
        country=country,
        actor=actor,
        author=(info.get("name") if info else None) or facts.organ,
        symbol=symbol,
        number=number or (number_from_symbol(symbol) if symbol else None),  # a revision keeps its work's number
        date=work_date,
        date_name="publication" if draft else "adoption",
        issued=issued,
        language=language,
        session=options.session or facts.session,
        agenda_items=options.agenda_items or tuple(facts.agenda_items),
        distribution=options.distribution or facts.distribution,
        sponsors=options.sponsors or tuple(facts.sponsors),
        title=title,
        markup_date=options.markup_date,
        names=tuple(facts.names.items()),
    )
    return meta, warnings


def _own_number(number: str, kind: str | None) -> str | None:
    """The FRBR number a document's own number gives without a symbol: as it is ("17-0298"), or a resolution's
    number of a body akn does not know ("54/1" -> "54-1"); a decision's as its citations name it
    ("decision-67-1"), apart from the resolution of the same number."""
    if re.match(r"^[\w\-.]+$", number):
        return number
    if re.match(r"^(?:ES-\d+/)?\d+/\d+$", number):
        return ("decision-" if kind == "decision" else "") + number_from_symbol(number)
    return None


def _symbol_from_number(number: str | None, doc: m.Document) -> str | None:
    """The symbol a resolution's number makes for the body whose formula the text has: "54/1" of "The Human
    Rights Council," is A/HRC/RES/54/1. Without a formula, "1445 (2002)" is the Security Council's and "78/12"
    the General Assembly's; a body without a symbol of that form, or one akn does not know, gets none."""
    if not number or not re.match(r"^(?:\d+ \(\d{4}\)|(?:ES-\d+/)?\d+/\d+)", number):
        return None
    actor = _formula_actor(doc)
    if actor is None and any(
        isinstance(item, m.Formula) and len(m.plain_text(item.inlines).split()) > 1 for item in doc.preamble
    ):
        return None  # a formula that names a body akn does not know ("The Statistical Commission,"): no guess
    if actor is None:
        actor = "unsc" if re.match(r"^\d+ \(\d{4}\)$", number) else "unga"
    template = actor_info(actor).get("resolution_symbol")
    return template.format(number) if template else None


def _formula_actor(doc: m.Document) -> str | None:
    for item in doc.preamble:
        if isinstance(item, m.Formula):
            actor = actor_for_formula(m.plain_text(item.inlines))
            if actor:
                return actor
    return None


def _actor(doc: m.Document, facts: cv.Facts, symbol: str | None) -> str | None:
    if facts.committee:
        actor = actor_for_name(facts.committee)
        if actor:
            return actor
    if symbol:
        actor = actor_for_symbol(symbol)
        if actor:
            return actor
    if facts.organ:
        actor = actor_for_name(facts.organ)
        if actor:
            return actor
    return _formula_actor(doc)


def _worded_date(doc: m.Document) -> str | None:
    """A date the operative text writes in words ("Proclaims on this twenty-eighth day of November 1978")."""
    for division in doc.body:
        for block in division.content + division.intro:
            if isinstance(block, m.Para):
                found = loose_date(m.plain_text(block.inlines))
                if found:
                    return found
    return None


def _first_front_date(doc: m.Document) -> str | None:
    """The first full date printed on the cover page or in the preface."""
    for block in doc.cover + doc.preface:
        if isinstance(block, m.Para):
            found = _find_date(block.inlines)
            if found:
                return found
    return None


def _find_date(inlines: m.Inlines) -> str | None:
    for item in inlines:
        if isinstance(item, m.Mark):
            if item.get("date"):
                return item.get("date")
            inner = _find_date(item.children)
            if inner:
                return inner
    return None


def _front_date(front: dict[str, str]) -> str | None:
    for key in ("date", "doc_date", "adopted"):
        value = front.get(key, "")
        if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            return value
    return None


_FUNCTION_WORDS = {
    "eng": {"the", "of", "and", "to", "in", "its", "that", "for", "with", "on"},
    "fra": {"le", "la", "les", "des", "et", "du", "de", "en", "pour", "sur", "aux", "dans"},
    "spa": {"el", "los", "las", "del", "y", "de", "en", "para", "con", "por", "su", "sus"},
}


_WORD_LETTERS = "abcdefghijklmnopqrstuvwxyzéèáíóú"
# Latin-1 bytes read as in the lower-case text: a word's letter in lower case, any other byte a blank.
_WORD_BYTES = bytes(ord(chr(b).lower()) if chr(b).lower() in _WORD_LETTERS else 32 for b in range(256))
# The only characters beyond Latin-1 whose lower case holds a word's letter ("İ", the Kelvin sign).
_LOWERED_TO_LETTERS = ("\u0130", "\u212a")
_FUNCTION_BYTES = {lang: tuple(w.encode("latin-1") for w in words) for lang, words in _FUNCTION_WORDS.items()}


# Scripts that name their language at once: a text mostly in Cyrillic, Arabic or Chinese characters.
_SCRIPTS = (("rus", re.compile("[\u0400-\u04ff]")), ("ara", re.compile("[\u0600-\u06ff]")),
            ("zho", re.compile("[\u4e00-\u9fff]")))
_LATIN_LETTER = re.compile("[A-Za-z]")
_ANY_OF_THE_SCRIPTS = re.compile("[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]")


def guess_language(text: str) -> str:
    """Russian, Arabic or Chinese by the script most of the text's letters are written in; otherwise the
    language whose commonest function words the text uses most (English, French or Spanish)."""
    # The words are the runs of `_WORD_LETTERS` in the lower-case text. Encoded as Latin-1 (any other character
    # a "?") and read through `_WORD_BYTES`, the text splits at blanks into the same words, five times faster
    # than a pattern finds them.
    head = text[:3000]
    if not head.isascii() and _ANY_OF_THE_SCRIPTS.search(head):  # a quick look rules out most Latin texts
        latin = len(_LATIN_LETTER.findall(head))
        for language, letters in _SCRIPTS:
            if len(letters.findall(head)) > latin:
                return language
    if any(char in head for char in _LOWERED_TO_LETTERS):
        head = head.lower()
    counts = Counter(head.encode("latin-1", "replace").translate(_WORD_BYTES).split())
    scores = {lang: sum(counts[w] for w in words) for lang, words in _FUNCTION_BYTES.items()}
    return max(scores, key=lambda lang: (scores[lang], lang == "eng"))


def _language(options: ConvertOptions, front: dict[str, str], doc: m.Document, text: str) -> str:
    if options.language:
        return LANGUAGES.get(options.language.lower(), options.language.lower())
    if front.get("language"):
        return LANGUAGES.get(front["language"].lower(), "eng")
    return guess_language(text)
