"""Recognisers of the cover page and preface lines: masthead, symbol, organ, distribution, dates, session,
agenda item, committee origin, sponsors, the recommending chain and the numbered title.

Each recogniser is a small function of `(text, facts, ctx)` that returns None when it does not recognise the
line and records what it learnt in `facts` when it does. A cover rule (`Rule`) returns the start of the line
marked up and the rest; a preface rule, the whole line marked up. Their order is data (`COVER_RULES`,
`PREFACE_RULES`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import model as m
from ..aknxml.writer import ident
from ..profile import actor_for_name, names_with_and
from .inline import DATE, InlineContext, iso_date, loose_date, semantics
from .layout import SYMBOL
from .ordinals import ordinal
from .source import NOTE_CLOSE, NOTE_OPEN

ORGANS = (
    "General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council",
    "Trusteeship Council", "Conference of the Parties", "Assemblée générale", "Conseil de sécurité",
    "Conseil économique et social", "Conseil des droits de l'homme", "Conseil des droits de l’homme",
    "Asamblea General", "Consejo de Seguridad", "Consejo Económico y Social", "Consejo de Derechos Humanos",
    "Генеральная Ассамблея", "Совет Безопасности", "Экономический и Социальный Совет", "Совет по правам человека",
    "大会", "安全理事会", "经济及社会理事会", "人权理事会",
    "الجمعية العامة", "مجلس الأمن", "المجلس الاقتصادي والاجتماعي", "مجلس حقوق الإنسان",
)
_ORGAN = re.compile(r"^(" + "|".join(ORGANS) + r")\b\s*")
# Arabic letters may be drawn out by tatweels ("الأمــم المتحـدة") where a line is justified.
_UNITED_NATIONS_AR = r"\s+".join("\u0640*".join(word) for word in ["الأمم", "المتحدة"])
_AUTHORITY = re.compile(
    rf"^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|{_UNITED_NATIONS_AR})\b\s*"
)
_SYMBOL_PREFIX = re.compile(SYMBOL.pattern.replace("^(?:United Nations\\s+)?", "^").rstrip("$") + r"(?=\s|$)\s*")
_DISTRIBUTION = re.compile(
    r"^Distr\.?\s*:?\s*(General|Limited|Restricted|Générale|Limitée|Restreinte|Limitada|Reservada)(?![\w])\s*", re.IGNORECASE
)
_ORIGINAL = re.compile(r"^(Original|Original\s*:\s*|Orig\.)\s*:?\s*(English|French|Spanish|Arabic|Chinese|Russian|anglais|français|espagnol|inglés|francés|español)\b\s*", re.IGNORECASE)
_SESSION = re.compile(
    r"^((?:[A-Z][a-z]+-)?[A-Za-z]+|\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+((?i:special |emergency special |regular |resumed |organizational )?(?i:session))\b\s*"
    r"|^([A-ZÉ][a-zéè]+(?:[- ](?:et[- ])?[a-zéè]+)*)\s+(session)\b\s*"
    r"|^([A-Z][a-záéíóú]+(?: [a-záéíóú]+)?)\s+(período de sesiones)\b\s*"
    r"|^([А-ЯЁ][а-яё]+(?: [а-яё]+)?)\s+(сессия)\b\s*"
    r"|^第([〇零一二两三四五六七八九十百]+)届((?:紧急特别|特别)?会议)\s*"
    r"|^(الدورة(?: الاستثنائية(?: الطارئة)?)?) ((?:ال|و)\S+(?: (?:ال|و)\S+)*)\s*$"
)
# What every match of `_SESSION` holds.
_SESSION_WORD = re.compile(r"(?i:session)|período de sesiones|сессия|届|الدورة")
_COMMITTEE = re.compile(
    r"^((?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee|"
    r"(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission|"
    r"(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión|"
    r"Credentials Committee|(?:Commission|Committee) (?:on|of|for) (?:the )?[A-Z][\w ]+?)\s*$"
)
_AGENDA = re.compile(
    r"^((?:Provisional )?[Aa]genda items?\s+(?P<n1>\d+(?:\.\d+)*(?:\s?\([a-z]\))?(?:(?:,|\sand)\s\d+(?:\.\d+)*(?:\s?\([a-z]\))?)*)"
    r"|Items?\s+(?P<n2>\d+(?:\s?\([a-z]\))?(?:(?:,|\sand)\s\d+(?:\s?\([a-z]\))?)*)\s+of the (?:provisional |preliminary )?(?:agenda|list of items)"
    r"|Point (?P<n3>\d+(?:\s?\(?[a-z]\))?) de l[’']ordre du jour|Tema (?P<n4>\d+(?:\s?\(?[a-z]\))?) del programa"
    r"|Пункты? (?P<n5>\d+(?:\s?\(?[a-z]\))?(?:(?:,|\sи)\s\d+(?:\s?\(?[a-z]\))?)*) (?:предварительной )?повестки дня"
    r"|议程项目(?P<n6>\d+(?:\s?\([a-z]\))?(?:[、和]\d+(?:\s?\([a-z]\))?)*)"
    r"|البند(?:ان)? (?P<n7>\d+(?:\s?\([\u0621-\u064a]\))?(?: و\s?\d+(?:\s?\([\u0621-\u064a]\))?)*) من جدول الأعمال(?: المؤقت)?)"
)
_PLACE_DATES = re.compile(r"^[A-Z][a-zé]+(?: [A-Z][a-z]+)?, \d{1,2}(?:\s?[–-]\s?\d{1,2})?(?: [A-Z][a-z]+)?(?:\s?[–-]\s?\d{1,2})? [A-Z][a-z]+ \d{4}$")
_ADOPTED_TITLE = re.compile(
    r"^(?:Resolutions?|Decisions?) adopted by the (?P<o1>.+?) on (?P<d1>.+)$"
    r"|^(?:Résolution|Décision) adoptée par (?:l['’]|le |la )(?P<o2>.+?) le (?P<d2>.+)$"
    r"|^(?:Resolución|Decisión) aprobada por (?:el |la )(?P<o3>.+?) el (?P<d3>.+)$"
    r"|^(?:Резолюция, принятая|Решение, принятое) .+? (?P<d4>\d{1,2} [а-я]+ \d{4} года)$"
    r"|^(?P<d5>\d{4}年\d{1,2}月\d{1,2}日)\S+?(?:决议|决定)$"
    r"|^(?:قرار|مقرر) اتخذت?ه .+? في (?P<d6>\d.+)$"
)
ADOPTED_START = re.compile(
    r"^(?:(?:(?:Resolutions?|Decisions?) adopted by|(?:Résolution|Décision) adoptée par|(?:Resolución|Decisión) aprobada por"
    r"|Резолюция, принятая|Решение, принятое|(?:قرار|مقرر) اتخذت?ه)\b|\d{4}年\d{1,2}月\d{1,2}日\S+?(?:决议|决定)$)"
)
_ORIGIN = re.compile(
    r"^\[(?:on the (?:report|recommendation)|without reference|sur (?:la base du )?rapport|sans renvoi|"
    r"sin remisión|sobre la base del informe|без передачи|по докладу|未经发交|根据|دون الإحالة|بناء على تقرير)"
)
_SPONSORS = re.compile(
    r"^(?P<sponsors>.+?)[:：]\s*(?:(?P<note>\ue000[^\ue001]*\ue001|\*+)\s*)?(?P<type>(?:revised )?draft (?:resolution|decision)\b.*|"
    r"amendments? to (?:the )?draft (?:resolution|decision)\b.*|projet de (?:résolution|décision)\b.*|proyecto de (?:resolución|decisión)\b.*"
    r"|(?:пересмотренный )?проект (?:резолюции|решения)\b.*|(?:订正)?(?:决议|决定)草案.*|مشروع (?:قرار|مقرر)(?:\s.*)?)$",
    re.DOTALL,
)
_SUBMITTED = re.compile(r"^(?P<type>(?:Revised )?[Dd]raft (?:resolution|decision)|Amendment)s?\s+(?P<rest>submitted by .+|proposed by .+)$", re.DOTALL)
_RECOMMENDS = re.compile(r"\brecommends?\b.*\b(?:approval|adoption)\b.*\bfollowing\b", re.DOTALL | re.IGNORECASE)
# "78/12. Title", and in Arabic "78/12 - Title".
_NUMBERED_TITLE = re.compile(
    r"^(?P<num>(?:ES-\d{1,2}/|S-\d{1,2}/)?\d{1,4}/\d{1,4}(?:\s?[A-Z])?\.|\d{4}/\d{1,3}\.|\d{1,4}/(?:\.{3}|…)"
    r"|(?:ES-\d{1,2}/|S-\d{1,2}/)?\d{1,4}/\d{1,4}(?=\s?-\s+[\u0600-\u06ff]))(?P<gap>\s?-\s+|\s+)(?P<title>.+)$",
    re.DOTALL,
)
_NUMBERED_RESOLUTION = re.compile(
    r"^(?P<label>(?:A )?RESOLUTION NO\.?|Resolution No\.?|Roll Call(?: No\.?)?)\s*(?P<n>[\w\-.]+)$"
    r"|^Resolution\s+(?P<s>\d{1,4}\s?\([IVXLC]+\))$"  # a regional commission's, by its session: "770(XL)"
)
_SC_NUMBER = re.compile(
    r"^(?:(?:Resolution|Résolution|Resolución|Резолюция|القرار)\s+)?(?P<n>\d{1,4})\s*\((?P<y>\d{4})\)[.,]?(?:\s+(?:Resolution\s+)?(?P<rest>of .+))?$",
    re.IGNORECASE,
)
_SC_ADOPTED = re.compile(
    r"^(?:Adopted by the (?P<o1>.+?) at its \d+\w{2} meeting,?\s+on\s+(?P<d1>.+)"
    r"|(?i:adopted at the \d+\w{2} meeting)(?: (?i:of the) (?P<o4>.+?))?,?\s+(?:on\s+)?(?P<d4>\d.+)"
    r"|Adoptée par le (?P<o2>.+?)(?: à sa \S+ séance,)? le (?P<d2>.+)"
    r"|Aprobada por el (?P<o3>.+?)(?: en su \S+ sesión,)?(?: celebrada)? el (?P<d3>.+)"
    r"|[Пп]ринят(?:ая|а|ое|о) .+? на (?:его|ее|её) \S+ заседании,? (?P<d5>\d.+)"
    r"|(?P<d6>\d{4}年\d{1,2}月\d{1,2}日)\S+?第\d+次会议通过"
    r"|الذي اتخذه .+? في جلسته \d+،? المعقودة في (?P<d7>\d.+))$",
    re.DOTALL,
)
KINDS = {
    "draft resolution": "draftResolution", "revised draft resolution": "draftResolution",
    "draft decision": "draftDecision", "revised draft decision": "draftDecision",
    "amendment": "amendment", "amendments": "amendment", "projet de résolution": "draftResolution",
    "proyecto de resolución": "draftResolution", "projet de décision": "draftDecision",
    "proyecto de decisión": "draftDecision", "проект резолюции": "draftResolution",
    "пересмотренный проект резолюции": "draftResolution", "проект решения": "draftDecision",
    "决议草案": "draftResolution", "订正决议草案": "draftResolution", "决定草案": "draftDecision",
    "مشروع قرار": "draftResolution", "مشروع مقرر": "draftDecision",
}


@dataclass
class Facts:
    """What the cover page and preface say of the document, for its metadata."""

    symbol: str | None = None
    organ: str | None = None
    committee: str | None = None
    distribution: str | None = None
    issued: str | None = None
    adopted: str | None = None
    original_language: str | None = None
    session: str | None = None
    agenda_items: list[str] = field(default_factory=list)
    sponsors: list[str] = field(default_factory=list)
    title: str | None = None
    kind: str | None = None
    number: str | None = None
    country: str | None = None
    actor: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # what a referenced id's TLC shows (`Metadata.names`)


_PRIVATE = re.compile("\ue000[^\ue001]*\ue001|[\ue000-\ue005]")


def clean(text: str) -> str:
    """Text for metadata: without note markers and emphasis markers, spaces collapsed."""
    return re.sub(r"\s+", " ", _PRIVATE.sub("", text)).strip()


def mark(element: str, text: str | m.Inlines, *attrs: tuple[str, str]) -> m.Mark:
    children = (m.Text(text),) if isinstance(text, str) else text
    return m.Mark(element, children, tuple(attrs))


def date_mark(text: str, refers_to: str, element: str = "docDate") -> m.Inlines:
    """`text` with its first full date marked as `element` (docDate by default)."""
    match = DATE.search(text)
    iso = iso_date(match) if match else None
    if not match or not iso:
        return (m.Text(text),)
    out: list[m.Inline] = []
    if match.start():
        out.append(m.Text(text[: match.start()]))
    out.append(mark(element, match.group(0), ("date", iso), ("refersTo", refers_to)))
    if match.end() < len(text):
        out.append(m.Text(text[match.end():]))
    return tuple(out)


Rule = Callable[[str, Facts, InlineContext], "tuple[m.Inlines, str] | None"]


def _authority(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _AUTHORITY.match(text)
    if not match or text.startswith("United Nations Convention"):
        return None
    rest, gap = text[match.end():], len(match.group(0)) - len(match.group(0).rstrip())
    if gap == 1 and rest[:1].isupper() and "/" not in rest.split(None, 1)[0] and not _ORGAN.match(rest):
        return None  # "United Nations Environment Assembly": the name of a body, not the masthead's authority
    return (mark("docAuthority", match.group(0).strip(), ("refersTo", "#publisher")),), text[match.end():]


def _symbol(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _SYMBOL_PREFIX.match(text)
    if not match:
        return None
    symbol = re.sub(r"\s+", " ", match.group(1))
    facts.symbol = facts.symbol or symbol
    return (mark("docNumber", symbol, ("refersTo", "#symbol")),), text[match.end():]


# "SEVENTY-SEVENTH WORLD HEALTH ASSEMBLY": the session and the body at the head of a World Health Assembly text.
_NUMBERED_ASSEMBLY = re.compile(r"^(?P<ordinal>[A-Za-z]+(?:-[A-Za-z]+)?)\s+(?P<body>WORLD HEALTH ASSEMBLY|World Health Assembly)\b\s*")


def _numbered_assembly(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    if "ssembly" not in text and "SSEMBLY" not in text:  # the pattern would be tried at each line
        return None
    match = _NUMBERED_ASSEMBLY.match(text)
    number = ordinal(match.group("ordinal")) if match else None
    if not match or number is None or text[match.end():match.end() + 1] == ",":  # "..., having considered": the text
        return None
    facts.session = facts.session or str(number)
    facts.organ = facts.organ or "World Health Assembly"
    return (mark("session", match.group("ordinal"), ("value", str(number))), m.Text(" "),
            mark("docAuthority", match.group("body"), ("refersTo", "#issuingBody"))), text[match.end():]


def _organ(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _ORGAN.match(text)
    if not match:
        return None
    rest = text[match.end():]
    if rest[:1] == ":" or rest.strip() in (",", "，", "،"):  # "大会，" alone: the formula, no article tells it apart
        return None
    facts.organ = facts.organ or match.group(1)
    return (mark("docAuthority", match.group(1), ("refersTo", "#issuingBody")),), rest


def _distribution(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _DISTRIBUTION.match(text)
    if not match:
        return None
    level = match.group(1).lower()
    key = {"générale": "general", "limitée": "limited", "limitada": "limited", "reservada": "restricted"}.get(level, level)
    facts.distribution = key
    return (mark("docStatus", match.group(0).strip(), ("refersTo", f"#{key}Distribution")),), text[match.end():]


_PERIOD_AFTER = re.compile(r"\s*[-\u2013\u2014]\s*\d")


def _date(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = DATE.match(text)
    if not match:
        return None
    iso = iso_date(match)
    if not iso or "\u3400" <= text[match.end():match.end() + 1] <= "\u9fff":  # a Chinese sentence that opens with a date
        return None
    if _PERIOD_AFTER.match(text, match.end()):
        return None  # "27 July 2023–25 July 2024": a session's period, not the date of issuance
    facts.issued = facts.issued or iso
    return (mark("docDate", match.group(0), ("date", iso), ("refersTo", "#dateOfIssuance")),), text[match.end():].lstrip()


def _original(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _ORIGINAL.match(text)
    if not match:
        return None
    facts.original_language = match.group(2)
    label = text[: match.start(2)]
    return (m.Text(label), mark("inline", match.group(2), ("name", "originalLanguage"))), text[match.end():]


def _session(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    if not _SESSION_WORD.search(text):  # the pattern's words would be tried at each blank of any line
        return None
    match = _SESSION.match(text)
    if not match:
        return None
    named = next(g for g in match.group(1, 3, 5, 7, 9, 12) if g)
    number = int(named) if named.isdigit() else ordinal(named)  # "2024 session": a session named by its year
    if number is None:
        return None
    facts.session = facts.session or str(number)
    shown = match.group(0).strip()
    return (mark("session", shown, ("value", str(number))),), text[match.end():]


def _committee(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    """ "Third Committee", "Commission on the Status of Women", and any body akn knows by its name ("Economic
    and Social Commission for Asia and the Pacific"): the body under the organ that issues the text."""
    match = _COMMITTEE.match(text)
    name = match.group(1) if match else text.strip() if actor_for_name(text) else None
    if not name:
        return None
    facts.committee = facts.committee or name
    return (mark("docCommittee", name, ("refersTo", f"#{body_id(name)}")),), ""


def session_or_agenda(text: str) -> bool:
    """Whether `text` opens with a session ("Sixty-eighth session") or an agenda item ("Agenda item 3 (c)")."""
    probe = Facts()
    quiet = InlineContext(None, lambda _k: None, False)
    return _session(text, probe, quiet) is not None or _agenda(text, probe, quiet) is not None


def body_id(name: str) -> str:
    """The TLC id of a body: its actor when akn knows it ("ccpcj"), else its name in camel case."""
    return actor_for_name(name) or ident(name)


def _agenda(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _AGENDA.match(text)
    if not match:
        return None
    number = next(g for g in match.group("n1", "n2", "n3", "n4", "n5", "n6", "n7") if g)
    facts.agenda_items.append(number)
    out: list[m.Inline] = [mark("inline", text[: match.end()], ("name", "agendaItem"), ("title", number))]
    rest = text[match.end():]
    note = re.match(rf"^\s*{NOTE_OPEN}[^{NOTE_CLOSE}]*{NOTE_CLOSE}", rest)
    if note:
        out.append(m.Text(note.group(0)))
        rest = rest[note.end():]
    if _COLUMN_GAP.match(rest) or DATE.fullmatch(rest.strip()):
        return tuple(out), rest  # "Agenda item 11.1        1 June 2024": the other column's line follows
    if rest.strip():
        out.append(m.Text(" "))
        out.append(agenda_name(rest.strip(), ctx))
    return tuple(out), ""


_COLUMN_GAP = re.compile(r"^\s{3,}\S")


def agenda_name(text: str, ctx: InlineContext) -> m.Mark:
    return mark("inline", tuple(semantics(text, ctx)), ("name", "agendaItemName"))


_US_BILL = re.compile(
    r"^(?P<chamber>S|H)\.\s?(?P<kind>RES|CON\.\s?RES|J\.\s?RES|Res|Con\.\s?Res|J\.\s?Res)\.\s?(?P<n>\d+)(?:\s|$)\s*"
)
_GPO_STAGE = re.compile(r"^\[(?:S|H)\.\s?(?:Con\.\s|J\.\s)?Res\.\s?\d+\s+(?P<stage>.+?)\s+\((?P<code>[A-Z]+)\)\]$")
_GPO_ADOPTED = frozenset({"ATS", "AGS", "ATH", "AGH", "EAS", "EAH", "ENR", "ES", "EH"})


def _us_bill(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    """ "S. RES. 99": a United States Senate (or House) resolution's number."""
    match = _US_BILL.match(text)
    if not match:
        return None
    kind = re.sub(r"\s+", " ", match.group("kind")).title().replace("Con.Res", "Con. Res").replace("J.Res", "J. Res")
    symbol = f"{match.group('chamber')}. {kind}. {match.group('n')}"
    facts.symbol = facts.symbol or symbol
    facts.country = facts.country or "us"
    facts.actor = facts.actor or ("senate" if match.group("chamber") == "S" else "house")
    return (mark("docNumber", match.group(0).strip(), ("refersTo", "#symbol")),), text[match.end():]


def _gpo_stage(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    """ "[S. Res. 99 Reported in Senate (RS)]": the version of a bill printed by the GPO, which says whether it
    was agreed to."""
    match = _GPO_STAGE.match(text)
    if not match:
        return None
    facts.kind = facts.kind or ("resolution" if match.group("code") in _GPO_ADOPTED else "draftResolution")
    return (m.Text(text),), ""


_DOCUMENT_SYMBOL = re.compile(r"^(?:Document|Doc\.)\s+(?P<s>(?:S|A|E)/[\w.\-/]+)\b\s*|^\[(?P<b>(?:S|A|E)/[\w.\-/]+)\]\s*")


# A World Health Assembly or Executive Board resolution's number alone on its line ("WHA77.1"), or a decision's
# ("WHA77(12)", "EB154(3)"): its symbol.
_BODY_SYMBOL_ALONE = re.compile(r"^(?:WHA\d{1,2}\.\d{1,3}|EB\d{1,3}\.R\d{1,3}|(?P<decision>(?:WHA\d{1,2}|EB\d{1,3})\(\d{1,3}\)))$")


def _body_symbol(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _BODY_SYMBOL_ALONE.match(text.strip())
    if not match:
        return None
    facts.symbol = facts.symbol or match.group(0)
    if match.group("decision"):
        facts.kind = facts.kind or "decision"
    return (mark("docNumber", match.group(0), ("refersTo", "#symbol")),), ""


def _document_symbol(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    """ "Document S/1234" or "[S/1501]": the symbol under which an early resolution was circulated."""
    match = _DOCUMENT_SYMBOL.match(text)
    if not match:
        return None
    symbol = match.group("s") or match.group("b")
    facts.symbol = facts.symbol or symbol
    shown = match.group(0).strip()
    at = shown.index(symbol)
    return (m.Text(shown[:at]), mark("docNumber", symbol, ("refersTo", "#symbol")), m.Text(shown[at + len(symbol):])), text[match.end():]


_PLACE_DATE = re.compile(r"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\s+(?=\d{1,2}\s+[A-Za-z]+\s+\d{4}$)")


def _place_date(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    """ "NEW YORK, 28 January 1949": where and when a document was issued."""
    match = _PLACE_DATE.match(text)
    if not match:
        return None
    return (m.Text(match.group(0).rstrip()),), text[match.end():]


def _place_dates(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    if not _PLACE_DATES.match(text):
        return None
    return (m.Text(text),), ""


def _adopted_title(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    match = _ADOPTED_TITLE.match(text)
    if not match:
        return None
    date = DATE.search(next(g for g in match.group("d1", "d2", "d3", "d4", "d5", "d6") if g))
    if not date:
        return None
    facts.adopted = iso_date(date)
    # (the Russian, Chinese and Arabic lines name the organ in a case of its own, which names no actor)
    facts.organ = facts.organ or next((g for g in match.group("o1", "o2", "o3") if g), None)
    if text.startswith(("Decision", "Décision", "Decisión", "Решение", "مقرر")) or text.endswith("决定"):
        facts.kind = facts.kind or "decision"
    return (mark("docTitle", date_mark(text, "#adoptionDate")),), ""


_PRESIDENTIAL = re.compile(
    r"^(?:Statement by the President of the Security Council|Déclaration (?:de la présidence|du Président) du "
    r"Conseil de sécurité|Declaración (?:de la Presidencia|del Presidente) del Consejo de Seguridad)$"
)


def _presidential_statement(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    """ "Statement by the President of the Security Council": the kind of document a S/PRST is."""
    if not _PRESIDENTIAL.match(text):
        return None
    facts.kind = facts.kind or "presidentialStatement"
    return (mark("docType", text, ("refersTo", "#presidentialStatement")),), ""

# The Main Committees as a Russian, Chinese or Arabic text names them ("по докладу Третьего комитета", "第三委员会",
# "اللجنة الثالثة"), in English.
_COMMITTEES_IN_ENGLISH = {
    f"{ordinal_word} комитета": f"{english} Committee"
    for ordinal_word, english in (("Первого", "First"), ("Второго", "Second"), ("Третьего", "Third"),
                                  ("Четвертого", "Fourth"), ("Пятого", "Fifth"), ("Шестого", "Sixth"))
} | {f"第{digit}委员会": f"{english} Committee"
     for digit, english in zip("一二三四五六", ("First", "Second", "Third", "Fourth", "Fifth", "Sixth"))} | {
    f"اللجنة {arabic}": f"{english} Committee"
    for arabic, english in zip(("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة"),
                               ("First", "Second", "Third", "Fourth", "Fifth", "Sixth"))
} | {"Special Political and Decolonization Committee": "Fourth Committee"} | {
    f"{french} Commission": f"{english} Committee"
    for french, english in zip(("Première", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième"),
                               ("First", "Second", "Third", "Fourth", "Fifth", "Sixth"))
} | {
    f"{spanish} Comisión": f"{english} Committee"
    for spanish, english in zip(("Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta"),
                                ("First", "Second", "Third", "Fourth", "Fifth", "Sixth"))
}


# The body whose report or recommendation a text was adopted on, other than a Main Committee.
_ORIGIN_BODY = re.compile(r"\b(?:report|recommendation) of the (?P<body>[A-Z][\w’'-]*(?:\s(?:[a-z]+\s)*[A-Z][\w’'-]*)*)")


def _origin(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    if not _ORIGIN.match(text):
        return None
    inner = re.search(r"\(([^()]*(?:\([^()]*\))?[^()]*)\)\]?\s*$", text)
    refers = "#noMainCommittee" if re.search(r"without|sans renvoi|sin remisión|без передачи|未经发交|دون الإحالة", text) else None
    committee = re.search(
        r"(?:of|de) the ((?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee)"
        r"|de la ((?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission)"
        r"|de la ((?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión)"
        r"|по докладу ((?:Первого|Второго|Третьего|Четвертого|Пятого|Шестого) комитета)"
        r"|根据(第[一二三四五六]委员会)"
        r"|بناء على تقرير (اللجنة (?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة))",
        text,
    )
    other = None if committee or refers else _ORIGIN_BODY.search(text)
    name = None
    if committee:
        name = next(g for g in committee.groups() if g)
        refers = f"#{body_id(_COMMITTEES_IN_ENGLISH.get(name, name))}"
    elif other:  # "[on the recommendation of the Commission on Science and Technology for Development (E/2024/31)]"
        name = other.group("body")
        refers = f"#{body_id(name)}"
    if name and refers:
        facts.names.setdefault(refers[1:], name)
    children: list[m.Inline] = []
    if inner:
        children = [m.Text(text[: inner.start(1)]), mark("inline", inner.group(1), ("name", "originatingDocument")),
                    m.Text(text[inner.end(1):])]
    else:
        children = [m.Text(text)]
    attrs = (("refersTo", refers),) if refers else ()
    return (m.Mark("docProponent", tuple(c for c in children if not (isinstance(c, m.Text) and not c.text)), attrs),), ""


COVER_RULES: tuple[Rule, ...] = (
    _authority, _symbol, _body_symbol, _document_symbol, _us_bill, _gpo_stage, _organ, _numbered_assembly, _distribution, _original, _adopted_title,
    _presidential_statement, _origin, _session, _committee, _agenda, _place_dates, _place_date, _date,
)


def first_hit(text: str, facts: Facts, ctx: InlineContext) -> tuple[m.Inlines, str] | None:
    """The start of `text` marked up by the first cover rule that recognises it, and the rest; or None. A rule
    records facts (and dates) only when it recognises the text."""
    for rule in COVER_RULES:
        hit = rule(text, facts, ctx)
        if hit:
            return hit
    return None


def cover_line(
    text: str, facts: Facts, ctx: InlineContext, hit: tuple[m.Inlines, str] | None = None
) -> tuple[list[m.Inline], bool]:
    """A cover page line marked up; the flag says whether all of it was recognised. `hit` is the `first_hit` of
    the stripped line, when the caller has it."""
    out: list[m.Inline] = []
    rest = text.strip()
    while rest:
        hit = hit or first_hit(rest, facts, ctx)
        if hit is None:
            if out:
                out.append(m.Text(" "))
            out.extend(semantics(rest, ctx))
            return out, False
        inlines, remaining = hit
        if out:
            out.append(m.Text(" "))
        out.extend(inlines)
        rest = remaining.strip()
        hit = None
    return out, True


def is_cover_line(text: str) -> bool:
    return first_hit(text.strip(), Facts(), InlineContext(None, lambda _k: None, False)) is not None


# --- preface ---------------------------------------------------------------------------------------------


_SENTENCE_BREAK = re.compile(r"[.;]\s")
_NOTES_AND_STARS = re.compile(rf"{NOTE_OPEN}[^{NOTE_CLOSE}]*{NOTE_CLOSE}|\*+")
_NOTES_AND_LAST_STARS = re.compile(rf"{NOTE_OPEN}[^{NOTE_CLOSE}]*{NOTE_CLOSE}|\*+$")
_BLANKS = re.compile(r"\s+")
# Commas, and the conjunction before the last name: "and", "et", "y", "и", Chinese "、" and "和" (not the
# "和" of "共和国", republic), Arabic "،" and "و" glued to the next name.
_SPONSOR_SEPARATOR = re.compile(
    r",\s+|،\s*|、|\s+(?:and|et|y|e|и)\s+(?=[A-ZÉА-ЯЁ])|(?<!共)和(?!国)|\s+و(?=[\u0621-\u064a])"
)


def sponsors_line(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    """ "Austria, Canada and Colombia: draft resolution" as docProponents and a docType."""
    match = _SPONSORS.match(text)
    if not match:
        return None
    names_text = match.group("sponsors")
    if len(names_text) > 3000 or _SENTENCE_BREAK.search(names_text):
        return None
    names = split_sponsors(names_text)
    if not names or any(len(n) > 80 for n in names):
        return None
    kind_text = match.group("type")
    facts.kind = facts.kind or kind_of(kind_text)
    facts.sponsors.extend(_NOTES_AND_STARS.sub("", n).strip() for n in names)
    out: list[m.Inline] = []
    pos = 0
    for name in names:
        at = names_text.index(name, pos)
        if at > pos:
            out.append(m.Text(names_text[pos:at]))
        clean = _NOTES_AND_LAST_STARS.sub("", name).strip()
        out.append(mark("docProponent", clean, ("refersTo", f"#{ident(clean)}")))
        trailing = name[len(clean):] if name.startswith(clean) else ""
        pos = at + len(name) - len(trailing)
    out.append(m.Text(names_text[pos:] + text[match.end("sponsors"): match.start("type")]))
    out.append(mark("docType", tuple(semantics(kind_text, ctx)), ("refersTo", f"#{facts.kind or 'draftResolution'}")))
    return tuple(out)


def split_sponsors(text: str) -> list[str]:
    """ "Austria, Bosnia and Herzegovina and Canada" -> the three names: names that contain a conjunction
    (profile data) are kept whole, the list splits at commas and at the conjunction before the last name."""
    flat = _BLANKS.sub(" ", text).strip()
    protected = flat
    for name in names_with_and():
        if name in protected:
            protected = protected.replace(name, name.replace(" ", "\x00").replace("和", "\x01"))
    parts = _SPONSOR_SEPARATOR.split(protected)
    return [p.replace("\x00", " ").replace("\x01", "和").strip() for p in parts if p.strip()]


_KINDS_LONGEST_FIRST = tuple(sorted(KINDS.items(), key=lambda kv: -len(kv[0])))


def kind_of(text: str) -> str:
    lowered = text.lower()
    for phrase, kind in _KINDS_LONGEST_FIRST:
        if lowered.startswith(phrase):
            return kind
    return "draftResolution"


def submitted_line(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    match = _SUBMITTED.match(text)
    if not match:
        return None
    facts.kind = facts.kind or kind_of(match.group("type"))
    return (mark("docType", match.group("type"), ("refersTo", f"#{facts.kind}")),
            m.Text(" "), *semantics(match.group("rest"), ctx))


def recommending_line(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    if not text.rstrip().endswith(":") or not _RECOMMENDS.search(text):
        return None
    facts.kind = facts.kind or ("draftDecision" if "draft decision" in text else "draftResolution")
    return tuple(semantics(text, ctx))


def numbered_title(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    match = _NUMBERED_TITLE.match(text)
    if not match:
        return None
    if not match.group("num").endswith(("...", "…")):  # "56/...": a draft's number, to be given on adoption
        facts.number = match.group("num").rstrip(".")
    facts.title = facts.title or clean(match.group("title"))
    gap = match.group("gap") if match.group("gap").strip() else " "
    return (mark("docNumber", match.group("num")), m.Text(gap),
            mark("docTitle", tuple(semantics(match.group("title"), ctx)), ("refersTo", "#resolutionTitle")))


# "第2799(2025)号决议", and the adoption line that follows it without a blank between in Chinese.
_SC_NUMBER_ZH = re.compile(r"^第(?P<n>\d{1,4})\s?\((?P<y>\d{4})\)号决议(?P<rest>\s*\d{4}年.+通过)?$")


def sc_number(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    chinese = _SC_NUMBER_ZH.match(text)
    if chinese:
        facts.number = f"{chinese.group('n')} ({chinese.group('y')})"
        if not chinese.group("rest"):
            return (mark("docNumber", text),)
        return (mark("docNumber", text[: chinese.start("rest")]), *(sc_adopted(chinese.group("rest"), facts, ctx) or ()))
    match = _SC_NUMBER.match(text)
    if not match:
        return None
    facts.number = f"{match.group('n')} ({match.group('y')})"
    out: list[m.Inline] = [mark("docNumber", text[: match.end("y") + 1])]
    if match.group("rest"):
        date = DATE.search(match.group("rest"))
        if date:
            facts.adopted = facts.adopted or iso_date(date)
        else:
            facts.adopted = facts.adopted or loose_date(match.group("rest"))
        out.append(m.Text(text[match.end("y") + 1: match.start("rest")]))
        out.extend(date_mark(match.group("rest"), "#adoptionDate"))
    elif match.end("y") + 1 < len(text):
        out.append(m.Text(text[match.end("y") + 1:]))  # the full stop or comma after the number
    return tuple(out)


def sc_adopted(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    match = _SC_ADOPTED.match(text)
    if not match:
        return None
    date = DATE.search(next(g for g in match.group("d1", "d2", "d3", "d4", "d5", "d6", "d7") if g))
    if date:
        facts.adopted = facts.adopted or iso_date(date)
    organ = next((g for g in match.group("o1", "o2", "o3", "o4") if g), None)
    facts.organ = facts.organ or (organ.title() if organ and organ.isupper() else organ)
    return date_mark(text, "#adoptionDate")


_BODY_NUMBERED_TITLE = re.compile(r"^(?P<num>WHA\d{1,2}\.\d{1,3}|EB\d{1,3}\.R\d{1,3})\s+(?P<title>\S.+)$", re.DOTALL)


def body_numbered_title(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    """ "WHA66.4 Towards universal eye health": a World Health Assembly (or Executive Board) resolution's
    number and title on one line."""
    match = _BODY_NUMBERED_TITLE.match(text.strip())
    if not match:
        return None
    facts.symbol = facts.symbol or match.group("num")
    facts.title = facts.title or clean(match.group("title"))
    return (mark("docNumber", match.group("num"), ("refersTo", "#symbol")), m.Text(" "),
            mark("docTitle", tuple(semantics(match.group("title").strip(), ctx)), ("refersTo", "#resolutionTitle")))


# "Decision 67/1", "Decision 2024/201", "Resolution 80/1", alone or before the title: the kind of text and its own
# number, where no "Decision adopted by ..." line says so.
_LABELLED_NUMBER = re.compile(
    r"^(?P<label>(?P<decision>Decision|Décision|Decisión)|Resolution|Résolution|Resolución)\s+"
    r"(?P<num>(?:ES-\d{1,2}/|S-\d{1,2}/)?\d{1,4}/\d{1,4}(?:\s?[A-Z](?![\w/]))?|\d{1,4}\s?\([IVXLC]+\))"
    r"(?:\.|:|\s[–—-])?(?:\s+(?P<title>[A-Z\"“‘'].*))?$",
    re.DOTALL,
)


def labelled_number(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    """ "Decision 67/1" and the title after it, if any: a decision's (or resolution's) number and title. A
    resolution's label does not tell a resolution from a draft: its distribution and dates do."""
    match = _LABELLED_NUMBER.match(text.strip())
    if not match:
        return None
    if match.group("decision"):
        facts.kind = facts.kind or "decision"
    facts.number = match.group("num")
    shown = text.strip()[: match.end("num")]
    if not match.group("title"):
        return (mark("docNumber", text.strip()),)
    facts.title = facts.title or clean(match.group("title"))
    gap = text.strip()[match.end("num"): match.start("title")]
    return (mark("docNumber", shown), m.Text(gap),
            mark("docTitle", tuple(semantics(match.group("title"), ctx)), ("refersTo", "#resolutionTitle")))


def resolution_number(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    """ "RESOLUTION NO. 21", "Resolution No. 20111208-074": the number a local body gives its resolution."""
    match = _NUMBERED_RESOLUTION.match(text.strip())
    if not match:
        return None
    facts.number = facts.number or match.group("n") or match.group("s")
    return (mark("docNumber", text.strip()),)


_MOVED = re.compile(
    r"^(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s(?:[A-Z][\w'\-]*\.?\s)*[A-Z][\w'\-]+)(?P<rest>\s+moved(?: the following motion)?:?)$"
)


def _member(pattern: re.Pattern[str], text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    """The member a line names as proposer ("Mr. Menendez", "Ms A B Nkosi") marked up, and the rest of it."""
    text = text.strip()
    if not text.startswith(_MEMBER_TITLES):  # the patterns' first words: the blanks need no collapsing
        return None
    match = pattern.match(_BLANKS.sub(" ", text))
    if not match:
        return None
    who = match.group("who")
    facts.sponsors.append(who)
    return (mark("docProponent", who, ("refersTo", f"#{ident(who)}")), *semantics(match.group("rest"), ctx))


_MEMBER_TITLES = ("Mr", "Ms", "Miss", "Dr", "Prof")


def member_moved(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    """ "Ms A B Nkosi moved:": the member who moves a motion."""
    return _member(_MOVED, text, facts, ctx)


_SUBMITTED_BY_MEMBER = re.compile(
    r"^(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.\s[A-Z][\w'\-]+)(?P<rest>(?:\s\(.*?\))?\s+(?:submitted|introduced|offered)\s+the following .+)$",
    re.DOTALL,
)


def member_submitted(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    """ "Mr. Menendez (for himself, ...) submitted the following resolution; which was referred to ..." """
    return _member(_SUBMITTED_BY_MEMBER, text, facts, ctx)


PREFACE_RULES = (sponsors_line, submitted_line, recommending_line, numbered_title, body_numbered_title, sc_number, sc_adopted,
                 labelled_number, resolution_number,
                 member_submitted, member_moved)


def preface_line(text: str, facts: Facts, ctx: InlineContext) -> m.Inlines | None:
    for rule in PREFACE_RULES:
        hit = rule(text, facts, ctx)
        if hit is not None:
            return hit
    return None
