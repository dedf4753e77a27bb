"""Hypothesis strategies that generate resolutions as document models.

The models are built the way the text reader marks a resolution up (opening phrases in `i`, references with
the cited work's FRBR IRI, `date` marks, cover page and preface marks, notes at their markers), so that a
generated model `m` can be held against `convert(to_text(m))` whole. They cover the cover page of an adopted
resolution or of a draft with its sponsors, the preface, the enacting formula, preambular paragraphs,
numbered operative paragraphs with nested sub-paragraphs, sections, subject headings, footnotes, references, dates, the
adoption lines and annexes, with tables.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hypothesis import strategies as st

from akn import model as m
from akn.aknxml.writer import ident

WORDS = (
    "peace",
    "cooperation",
    "development",
    "programme",
    "national",
    "measures",
    "assistance",
    "regional",
    "capacity",
    "framework",
    "security",
    "support",
    "efforts",
    "policies",
    "relevant",
    "international",
    "law",
    "rights",
    "access",
    "information",
    "women",
    "children",
    "health",
    "education",
    "climate",
    "technical",
    "sustainable",
    "partners",
    "communities",
    "data",
    "public",
    "institutions",
    "all",
    "strengthen",
    "promote",
    "ensure",
    "continue",
    "including",
    "through",
    "appropriate",
    "levels",
)
PREAMBULAR = (
    "Recalling",
    "Recalling also",
    "Reaffirming",
    "Noting with appreciation",
    "Welcoming",
    "Recognizing",
    "Stressing",
    "Bearing in mind",
    "Mindful",
    "Emphasizing",
    "Acknowledging",
)
OPERATIVE = (
    "Decides",
    "Requests",
    "Invites",
    "Urges",
    "Calls upon",
    "Welcomes with appreciation",
    "Notes",
    "Encourages",
    "Emphasizes",
    "Reaffirms",
    "Takes note",
)
SECTION_TITLES = (
    "Cooperation and assistance",
    "Follow-up",
    "Capacity-building",
    "Institutional arrangements",
)
SUBJECT_HEADINGS = ("Human rights", "Political process", "Review and reporting", "Humanitarian access", "Follow-up")
SPONSORS = ("Austria", "Canada", "Colombia", "Ghana", "Peru", "Japan", "Norway", "Senegal", "Mexico")
ORDINALS = {
    75: "Seventy-fifth",
    76: "Seventy-sixth",
    77: "Seventy-seventh",
    78: "Seventy-eighth",
    79: "Seventy-ninth",
    80: "Eightieth",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ROMAN = ("i", "ii", "iii", "iv", "v")
COMMITTEES = {"First": 1, "Second": 2, "Third": 3, "Sixth": 6}
UPPER_ROMAN = ("I", "II", "III", "IV", "V")


def T(text: str) -> m.Text:
    return m.Text(text)


def mark(element: str, children: str | m.Inlines, *attrs: tuple[str, str]) -> m.Mark:
    inner = (T(children),) if isinstance(children, str) else children
    return m.Mark(element, inner, tuple(attrs))


def merge(items: list[m.Inline]) -> m.Inlines:
    out: list[m.Inline] = []
    for item in items:
        if isinstance(item, m.Text) and out and isinstance(out[-1], m.Text):
            out[-1] = T(out[-1].text + item.text)
        elif not (isinstance(item, m.Text) and not item.text):
            out.append(item)
    return tuple(out)


def shown_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


dates = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2025, 12, 31))
words = st.lists(st.sampled_from(WORDS), min_size=2, max_size=14).map(" ".join)


class Notes:
    """Hands out note markers 1, 2, 3, ... in document order, as the printed page numbers them."""

    def __init__(self) -> None:
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return str(self.count)


@st.composite
def reference(draw: st.DrawFn) -> list[m.Inline]:
    """ "its resolution 65/230 of 21 December 2010" with the reference and the date marked."""
    session = draw(st.integers(40, 79))
    number = draw(st.integers(1, 330))
    dated = draw(st.booleans())
    out: list[m.Inline] = [T("its resolution ")]
    if dated:
        day = draw(dates)
        href = f"/akn/un/statement/deliberation/unga/{day.isoformat()}/{session}-{number}"
        out += [
            mark("ref", f"{session}/{number}", ("href", href)),
            T(" of "),
            mark("date", shown_date(day), ("date", day.isoformat())),
        ]
    else:
        href = f"/akn/un/statement/deliberation/unga/{session}-{number}"
        out.append(mark("ref", f"{session}/{number}", ("href", href)))
    return out


@st.composite
def note(draw: st.DrawFn, notes: Notes) -> m.Note:
    if draw(st.booleans()):
        session, number = draw(st.integers(40, 79)), draw(st.integers(1, 330))
        href = f"/akn/un/statement/deliberation/unga/{session}-{number}"
        body = merge([T("Resolution "), mark("ref", f"{session}/{number}", ("href", href)), T(".")])
    else:
        body = (T("See " + draw(words) + "."),)
    return m.Note(notes.next(), (m.Para(body),))


@st.composite
def sentence(draw: st.DrawFn, notes: Notes, end: str) -> list[m.Inline]:
    """Running text after an opening phrase: words, perhaps a reference, a date and a note."""
    out: list[m.Inline] = [T(" " + draw(words))]
    if draw(st.integers(0, 3)) == 0:
        out += [T(" and ")] + draw(reference()) + [T(" on " + draw(words))]
    if draw(st.integers(0, 4)) == 0:
        day = draw(dates)
        out += [T(" from "), mark("date", shown_date(day), ("date", day.isoformat())), T(" " + draw(words))]
    if draw(st.integers(0, 3)) == 0:
        out += [draw(note(notes)), T(" " + draw(words))]
    out.append(T(end))
    return out


@st.composite
def recital(draw: st.DrawFn, notes: Notes) -> m.Recital:
    phrase = draw(st.sampled_from(PREAMBULAR))
    inlines = merge([mark("i", phrase)] + draw(sentence(notes, ",")))
    return m.Recital((m.Para(inlines),), phrase)


@st.composite
def points(draw: st.DrawFn, notes: Notes, depth: int) -> tuple[m.Division, ...]:
    labels = ("a", "b", "c", "d", "e") if depth == 0 else ROMAN
    count = draw(st.integers(1, 4))
    out = []
    for index in range(count):
        last = index == count - 1
        nested = depth == 0 and draw(st.integers(0, 3)) == 0
        end = ":" if nested else ("." if last else ";")
        text = merge([T("To")] + draw(sentence(notes, end)))
        num = f"({labels[index]})"
        if nested:
            out.append(
                m.Division("point", num, intro=(m.Para(text),), children=draw(points(notes, depth + 1)))
            )
        else:
            out.append(m.Division("point", num, content=(m.Para(text),)))
    return tuple(out)


@st.composite
def operative(draw: st.DrawFn, notes: Notes, number: int, last: bool) -> m.Division:
    phrase = draw(st.sampled_from(OPERATIVE))
    listed = draw(st.integers(0, 3)) == 0
    end = ":" if listed else ("." if last else ";")
    inlines = merge([mark("i", phrase)] + draw(sentence(notes, end)))
    num = f"{number}."
    if listed:
        return m.Division("paragraph", num, intro=(m.Para(inlines),), children=draw(points(notes, 0)))
    return m.Division("paragraph", num, content=(m.Para(inlines),))


@st.composite
def operative_part(draw: st.DrawFn, notes: Notes) -> tuple[m.Division, ...]:
    count = draw(st.integers(1, 7))
    paragraphs = [draw(operative(notes, i + 1, i == count - 1)) for i in range(count)]
    sections = draw(st.integers(0, min(3, count))) if count >= 2 else 0
    if sections < 2:
        headed = draw(st.sets(st.integers(0, count - 1), max_size=2))
        out: list[m.Division] = []
        for index, paragraph in enumerate(paragraphs):
            if index in headed:
                heading = (T(draw(st.sampled_from(SUBJECT_HEADINGS))),)
                out.append(m.Division("hcontainer", heading=heading, name="crossHeading"))
            out.append(paragraph)
        return tuple(out)
    cuts = sorted(draw(st.sets(st.integers(1, count - 1), min_size=sections - 1, max_size=sections - 1)))
    written = draw(st.sampled_from(["", "."]))  # "I" or "I.", kept in the section's `num` as written
    out = []
    for index, (start, end) in enumerate(zip([0, *cuts], [*cuts, count])):
        title = (T(draw(st.sampled_from(SECTION_TITLES))),)
        out.append(m.Division("section", UPPER_ROMAN[index] + written, title, children=tuple(paragraphs[start:end])))
    return tuple(out)


@st.composite
def table(draw: st.DrawFn) -> m.Division:
    """A table as the reader makes one of rows written between pipes: a label, then figures, some cells empty."""
    columns = draw(st.integers(2, 4))
    rows = []
    for _ in range(draw(st.integers(2, 4))):
        label = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))).capitalize()
        figures = draw(st.lists(st.one_of(st.just(""), st.integers(1, 999_999).map(lambda n: f"{n:,}".replace(",", " "))),
                                min_size=columns - 1, max_size=columns - 1))
        rows.append(tuple(m.Cell((m.Para((T(text),)),) if text else ()) for text in [label, *figures]))
    return m.Division("hcontainer", content=(m.Table(tuple(rows)),), name="table")


@st.composite
def annex(draw: st.DrawFn, notes: Notes, label: str) -> m.Document:
    title = draw(st.sampled_from(SECTION_TITLES))
    count = draw(st.integers(1, 4))
    body = []
    for i in range(count):
        text = merge([T("The")] + draw(sentence(notes, ".")))
        body.append(m.Division("paragraph", f"{i + 1}.", content=(m.Para(text),)))
    if draw(st.booleans()):
        body.append(draw(table()))
    preface = (m.Para((mark("docType", label),)), m.Para((mark("docTitle", title),)))
    return m.Document(doc_type="doc", name="annex", preface=preface, body=tuple(body))


def general_assembly_cover(symbol: str, distribution: str, issued: dt.date, session: int) -> list[m.Block]:
    """The cover lines every General Assembly document opens with, down to its session."""
    return [
        m.Para((mark("docAuthority", "United Nations", ("refersTo", "#publisher")),)),
        m.Para((mark("docNumber", symbol, ("refersTo", "#symbol")),)),
        m.Para((mark("docAuthority", "General Assembly", ("refersTo", "#issuingBody")),)),
        m.Para((mark("docStatus", f"Distr.: {distribution}", ("refersTo", f"#{distribution.lower()}Distribution")),)),
        m.Para((mark("docDate", shown_date(issued), ("date", issued.isoformat()), ("refersTo", "#dateOfIssuance")),)),
        m.Para((mark("session", f"{ORDINALS[session]} session", ("value", str(session))),)),
    ]


@st.composite
def adopted_front(
    draw: st.DrawFn,
) -> tuple[tuple[m.Block, ...], tuple[m.Block, ...], tuple[m.Block, ...], dt.date]:
    """Cover page, preface and adoption lines of a General Assembly resolution."""
    session = draw(st.sampled_from(sorted(ORDINALS)))
    number = draw(st.integers(1, 330))
    adopted = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2025, 12, 20)))
    issued = adopted + dt.timedelta(days=draw(st.integers(0, 10)))
    item = draw(st.integers(1, 180))
    agenda_title = draw(st.sampled_from(SECTION_TITLES))
    cover = [
        *general_assembly_cover(f"A/RES/{session}/{number}", "General", issued, session),
        m.Para((mark("inline", f"Agenda item {item}", ("name", "agendaItem"), ("title", str(item))),)),
        m.Para((mark("inline", agenda_title, ("name", "agendaItemName")),)),
        m.Para(
            (
                mark(
                    "docTitle",
                    (
                        T("Resolution adopted by the General Assembly on "),
                        mark(
                            "docDate",
                            shown_date(adopted),
                            ("date", adopted.isoformat()),
                            ("refersTo", "#adoptionDate"),
                        ),
                    ),
                ),
            )
        ),
    ]
    preface = (
        m.Para(
            (
                mark("docNumber", f"{session}/{number}."),
                T(" "),
                mark("docTitle", draw(st.sampled_from(SECTION_TITLES)), ("refersTo", "#resolutionTitle")),
            )
        ),
    )
    meeting = draw(st.integers(1, 99))
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(meeting % 10 if meeting % 100 not in (11, 12, 13) else 0, "th")
    conclusions = (
        m.Para(
            (
                mark(
                    "event",
                    (
                        mark(
                            "location", f"{meeting}{suffix} plenary meeting", ("refersTo", "#adoptionMeeting")
                        ),
                        m.Break(),
                        mark(
                            "docDate",
                            shown_date(adopted),
                            ("date", adopted.isoformat()),
                            ("refersTo", "#adoptionDate"),
                        ),
                    ),
                    ("refersTo", "#adoption"),
                ),
            )
        ),
    )
    return tuple(cover), preface, conclusions, adopted


@st.composite
def draft_front(draw: st.DrawFn) -> tuple[tuple[m.Block, ...], tuple[m.Block, ...]]:
    """Cover page and preface of a draft resolution with its sponsors."""
    session = draw(st.sampled_from(sorted(ORDINALS)))
    committee = draw(st.sampled_from(("First", "Second", "Third", "Sixth")))
    number = draw(st.integers(1, 80))
    issued = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2025, 12, 20)))
    cover = (
        *general_assembly_cover(f"A/C.{COMMITTEES[committee]}/{session}/L.{number}", "Limited", issued, session),
        m.Para(
            (
                mark(
                    "docCommittee",
                    f"{committee} Committee",
                    ("refersTo", f"#{ident(committee + ' Committee')}"),
                ),
            )
        ),
    )
    names = draw(st.lists(st.sampled_from(SPONSORS), min_size=1, max_size=4, unique=True))
    line: list[m.Inline] = []
    for index, name in enumerate(names):
        if index:
            line.append(T(" and " if index == len(names) - 1 else ", "))
        line.append(mark("docProponent", name, ("refersTo", f"#{ident(name)}")))
    line += [T(": "), mark("docType", "draft resolution", ("refersTo", "#draftResolution"))]
    title = draw(st.sampled_from(SECTION_TITLES))
    preface = (m.Para(merge(line)), m.Para((mark("docTitle", title, ("refersTo", "#resolutionTitle")),)))
    return cover, preface


@st.composite
def resolutions(draw: st.DrawFn) -> m.Document:
    """A General Assembly resolution, adopted or draft, as the text reader would mark it up."""
    notes = Notes()
    draft = draw(st.booleans())
    if draft:
        cover, preface = draw(draft_front())
        conclusions: tuple[m.Block, ...] = ()
        name = "draftResolution"
    else:
        cover, preface, conclusions, _adopted = draw(adopted_front())
        name = "resolution"
    formula = m.Formula((mark("i", "The General Assembly"), T(",")), "enactingFormula")
    recitals = [draw(recital(notes)) for _ in range(draw(st.integers(0, 6)))]
    body = draw(operative_part(notes))
    annexes = tuple(
        draw(annex(notes, label))
        for label in (("Annex",) if draw(st.integers(0, 3)) == 0 else ())
        or (("Annex I", "Annex II") if draw(st.integers(0, 5)) == 0 else ())
    )
    return m.Document(
        name=name,
        cover=cover,
        preface=preface,
        preamble=(formula, *recitals),
        body=body,
        conclusions=conclusions,
        attachments=annexes,
    )


# -- the UN's other languages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Masthead:
    """How the cover page and the adoption lines of a General Assembly resolution read in a language."""

    authority: str
    organ: str
    distribution: str
    sessions: tuple[tuple[int, str], ...]  # each session and its line
    agenda: str  # the agenda item's line, with {n}
    adopted: tuple[str, str]  # the words before and after the date of adoption
    issued_in_language: bool  # the date of issue is printed in the language (else in English, as in Russian)
    title_gap: str  # between the resolution's number and its title
    meeting: str  # the plenary meeting, with {n}
    limited: str  # a draft's distribution
    sponsors: tuple[str, ...]  # Member States in the language
    conjunctions: tuple[str, str]  # between two sponsors, and before the last one
    draft: str  # what a draft says it is, after its sponsors and the colon


@dataclass(frozen=True)
class Language:
    """How a resolution is worded and printed in one of the UN's other official languages."""

    formula: str
    # the punctuation that ends a recital, an operative paragraph, the last one, and an introduction
    comma: str
    semicolon: str
    full_stop: str
    colon: str
    gap: str  # between an opening phrase and the words after it, and between words: none in Chinese
    recitals: tuple[str, ...]
    verbs: tuple[str, ...]
    words: tuple[str, ...]
    points: tuple[str, ...]
    number: str  # the form of a paragraph's number
    note: str
    sections: tuple[str, ...]  # the numbers of sections, and their titles
    section_titles: tuple[str, ...]
    annex: str
    date_form: str  # with {d}, {m} (the month's name), {n} (its number) and {y}
    months: tuple[str, ...]
    # a citation: the words before the resolution's number, between it and its date, and after them; the date
    # stands before them all where `date_first`
    citation: tuple[str, str, str]
    date_first: bool = False
    masthead: Masthead | None = None
    section_marks: tuple[str, ...] = ("", ".")  # what may follow a section's number, kept in its `num`

    def date(self, day: dt.date) -> str:
        month = self.months[day.month - 1] if self.months else ""
        return self.date_form.format(d=day.day, m=month, n=day.month, y=day.year)

    def text(self, words: list[str]) -> str:
        return self.gap.join(words)


RUSSIAN = Language(
    "Генеральная Ассамблея", ",", ";", ".", ":", " ",
    ("ссылаясь", "вновь подтверждая", "признавая", "будучи глубоко обеспокоена", "с удовлетворением отмечая",
     "принимая во внимание", "учитывая", "рассмотрев", "ссылаясь также"),
    ("постановляет", "просит", "предлагает", "настоятельно призывает", "приветствует", "принимает к сведению",
     "вновь подтверждает", "рекомендует", "просит также"),
    ("государства", "члены", "организации", "системы", "развития", "сотрудничества", "международного",
     "региональных", "усилий", "области", "мира", "безопасности", "прав", "человека", "программы", "доклад"),
    ("a)", "b)", "c)", "d)", "e)"), "{}.", "См. документ A/80/100.",
    ("I", "II", "III"), ("Законодательная деятельность", "Техническая помощь", "Последующие меры"), "Приложение",
    "{d} {m} {y} года",
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
     "декабря"),
    (" резолюцию ", " от ", ""),
    masthead=Masthead(
        "Организация Объединенных Наций", "Генеральная Ассамблея", "Distr.: General",
        ((78, "Семьдесят восьмая сессия"), (79, "Семьдесят девятая сессия"), (80, "Восьмидесятая сессия")),
        "Пункт {n} повестки дня", ("Резолюция, принятая Генеральной Ассамблеей ", ""), False, " ",
        "{n}-е пленарное заседание", "Distr.: Limited",
        ("Австрия", "Канада", "Чили", "Гана", "Перу", "Япония", "Норвегия"), (", ", " и "), ": проект резолюции",
    ),
)
CHINESE = Language(
    "大会", "，", "；", "。", "：", "",
    ("回顾", "又回顾", "重申", "认识到", "深信", "关切地注意到", "铭记", "考虑到"),
    ("决定", "请", "邀请", "吁请", "敦促", "欢迎", "又决定", "鼓励"),
    ("会员国", "各国", "国际社会", "可持续发展", "合作", "领域", "区域", "方案", "努力", "机制", "和平", "人权", "目标",
     "框架", "能力", "资源"),
    ("(a)", "(b)", "(c)", "(d)", "(e)"), "{}.", "见A/80/100号文件。",
    ("一", "二", "三"), ("立法活动", "技术援助", "后续行动"), "附件",
    "{y}年{n}月{d}日", (), ("第", "", "号决议"), date_first=True, section_marks=("", ".", "、", "．"),
    masthead=Masthead(
        "联合国", "大会", "Distr.: General", ((78, "第七十八届会议"), (79, "第七十九届会议"), (80, "第八十届会议")),
        "议程项目{n}", ("", "大会决议"), False, " ", "第{n}次全体会议", "Distr.: Limited",
        ("奥地利", "加拿大", "智利", "加纳", "秘鲁", "日本", "挪威"), ("、", "和"), "：决议草案",
    ),
)
ARABIC = Language(
    "إن الجمعية العامة", "،", "؛", ".", ":", " ",
    ("إذ تشير", "وإذ تؤكد من جديد", "وإذ تدرك", "وإذ ترحب", "واقتناعا منها", "وقد نظرت"),
    ("تقرر", "تطلب", "تدعو", "تحث", "ترحب", "تؤكد من جديد", "تحيط علما"),
    ("الدول", "الأعضاء", "المنظمات", "الدولية", "التنمية", "المستدامة", "التعاون", "الإقليمي", "الجهود", "حقوق",
     "الإنسان", "البرامج", "السلام", "الأمن", "الموارد", "القدرات"),
    ("(أ)", "(ب)", "(ج)", "(د)", "(هـ)"), "{} -", "انظر الوثيقة A/80/100.",
    ("أولا", "ثانيا", "ثالثا"), ("الأنشطة التشريعية", "المساعدة التقنية", "المتابعة"), "المرفق",
    "{d} {m} {y}",
    ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه",
     "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
    (" قرارها ", " المؤرخ ", ""), section_marks=("", " -", "-"),
    masthead=Masthead(
        "الأمم المتحدة", "الجمعية العامة", "Distr.: General",
        ((78, "الدورة الثامنة والسبعون"), (79, "الدورة التاسعة والسبعون"), (80, "الدورة الثمانون")),
        "البند {n} من جدول الأعمال", ("قرار اتخذته الجمعية العامة في ", ""), False, " - ", "الجلسة العامة {n}",
        "Distr.: Limited", ("النمسا", "كندا", "شيلي", "غانا", "بيرو", "اليابان", "النرويج"), (" و", " و"),
        ": مشروع قرار",
    ),
)
FRENCH = Language(
    "L’Assemblée générale", ",", " ;", ".", " :", " ",
    ("Rappelant", "Réaffirmant", "Considérant", "Notant", "Soulignant", "Reconnaissant", "Rappelant également",
     "Consciente"),
    ("Décide", "Prie", "Invite", "Demande", "Engage", "Encourage", "Souligne", "Réaffirme"),
    ("les", "organisations", "internationales", "programme", "développement", "coopération", "régionale",
     "efforts", "domaine", "paix", "sécurité", "droits", "rapport", "mesures", "pays", "objectifs"),
    ("a)", "b)", "c)", "d)", "e)"), "{}.", "Voir le document A/80/100.",
    ("I", "II", "III"), ("Activités législatives", "Assistance technique", "Suivi"), "Annexe",
    "{d} {m} {y}",
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
     "décembre"),
    (" sa résolution ", " du ", ""),
    masthead=Masthead(
        "Nations Unies", "Assemblée générale", "Distr. générale",
        ((78, "Soixante-dix-huitième session"), (79, "Soixante-dix-neuvième session"), (80, "Quatre-vingtième session")),
        "Point {n} de l’ordre du jour", ("Résolution adoptée par l’Assemblée générale le ", ""), True, " ",
        "{n}e séance plénière", "Distr. limitée",
        ("Autriche", "Canada", "Chili", "Ghana", "Pérou", "Japon", "Norvège"), (", ", " et "), " : projet de résolution",
    ),
)
SPANISH = Language(
    "La Asamblea General", ",", ";", ".", ":", " ",
    ("Recordando", "Reafirmando", "Observando", "Reconociendo", "Destacando", "Considerando", "Recordando también",
     "Teniendo presente"),
    ("Decide", "Pide", "Exhorta", "Reafirma", "Solicita", "Alienta", "Invita", "Insta"),
    ("los", "organizaciones", "internacionales", "programa", "desarrollo", "cooperación", "regional", "esfuerzos",
     "ámbito", "paz", "seguridad", "derechos", "informe", "medidas", "países", "objetivos"),
    ("a)", "b)", "c)", "d)", "e)"), "{}.", "Véase el documento A/80/100.",
    ("I", "II", "III"), ("Actividades legislativas", "Asistencia técnica", "Seguimiento"), "Anexo",
    "{d} de {m} de {y}",
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"),
    (" su resolución ", ", de ", ""),
    masthead=Masthead(
        "Naciones Unidas", "Asamblea General", "Distr. general",
        ((78, "Septuagésimo octavo período de sesiones"), (79, "Septuagésimo noveno período de sesiones"),
         (80, "Octogésimo período de sesiones")),
        "Tema {n} del programa", ("Resolución aprobada por la Asamblea General el ", ""), True, " ",
        "{n}ª sesión plenaria", "Distr. limitada",
        ("Austria", "Canadá", "Chile", "Ghana", "Perú", "Japón", "Noruega"), (", ", " y "), ": proyecto de resolución",
    ),
)
LANGUAGES = (RUSSIAN, CHINESE, ARABIC, FRENCH, SPANISH)


@st.composite
def cited(draw: st.DrawFn, language: Language) -> list[m.Inline]:
    """A citation of a General Assembly resolution as the language words it, dated or not."""
    session, number = draw(st.integers(40, 79)), draw(st.integers(1, 330))
    day = draw(dates) if draw(st.booleans()) else None
    href = f"/akn/un/statement/deliberation/unga/{day.isoformat() + '/' if day else ''}{session}-{number}"
    ref = mark("ref", f"{session}/{number}", ("href", href))
    when = [mark("date", language.date(day), ("date", day.isoformat()))] if day else []
    before, between, after = language.citation
    if language.date_first:
        return [*when, T(before), ref, T(after)]
    return [T(before), ref, *([T(between), *when] if day else []), T(after)]


@st.composite
def worded(draw: st.DrawFn, language: Language, notes: Notes, end: str) -> list[m.Inline]:
    """The words after an opening phrase: perhaps a citation, a date and a note glued to a word."""
    def some() -> str:
        return language.text(draw(st.lists(st.sampled_from(language.words), min_size=1, max_size=8)))

    out: list[m.Inline] = [T(language.gap + some())]
    if draw(st.integers(0, 3)) == 0:
        out += draw(cited(language)) + [T(language.gap + some())]
    if draw(st.integers(0, 4)) == 0:
        day = draw(dates)
        out += [T(language.gap), mark("date", language.date(day), ("date", day.isoformat())), T(language.gap + some())]
    if draw(st.integers(0, 3)) == 0:
        out += [m.Note(notes.next(), (m.Para((T(language.note),)),)), T(language.gap + some())]
    out.append(T(end))
    return out


@st.composite
def resolutions_in(draw: st.DrawFn, language: Language) -> m.Document:
    """The formula, recitals and operative paragraphs (some with points) of a resolution in `language`, as
    the text reader marks them up."""
    notes = Notes()
    recitals = []
    for _ in range(draw(st.integers(0, 5))):
        phrase = draw(st.sampled_from(language.recitals))
        recitals.append(m.Recital((m.Para(merge([mark("i", phrase)] + draw(worded(language, notes, language.comma)))),),
                                  phrase))
    count = draw(st.integers(1, 5))
    body = []
    for index in range(count):
        listed = draw(st.integers(0, 3)) == 0
        end = language.colon if listed else (language.full_stop if index == count - 1 else language.semicolon)
        inlines = merge([mark("i", draw(st.sampled_from(language.verbs)))] + draw(worded(language, notes, end)))
        num = language.number.format(index + 1)
        if not listed:
            body.append(m.Division("paragraph", num, content=(m.Para(inlines),)))
            continue
        labels = language.points[: draw(st.integers(1, len(language.points)))]
        points = []
        for k, label in enumerate(labels):
            last = k == len(labels) - 1 and index == count - 1
            words = draw(worded(language, notes, language.full_stop if last else language.semicolon))
            words[0] = T(words[0].text.lstrip())  # a point's words follow its label
            points.append(m.Division("point", label, content=(m.Para(merge(words)),)))
        body.append(m.Division("paragraph", num, intro=(m.Para(inlines),), children=tuple(points)))
    sections = draw(st.integers(0, min(3, count))) if count >= 2 else 0
    if sections >= 2:
        cuts = sorted(draw(st.sets(st.integers(1, count - 1), min_size=sections - 1, max_size=sections - 1)))
        written = draw(st.sampled_from(language.section_marks))
        body = [
            m.Division("section", language.sections[k] + written, (T(language.section_titles[k]),),
                       children=tuple(body[start:end]))
            for k, (start, end) in enumerate(zip([0, *cuts], [*cuts, count]))
        ]
    else:  # perhaps a subject heading over some of the paragraphs
        for index in sorted(draw(st.sets(st.integers(0, count - 1), max_size=2)), reverse=True):
            heading = (T(draw(st.sampled_from(language.section_titles))),)
            body.insert(index, m.Division("hcontainer", heading=heading, name="crossHeading"))
    annexes: tuple[m.Document, ...] = ()
    if draw(st.integers(0, 3)) == 0:
        paragraphs = tuple(
            m.Division("paragraph", language.number.format(k + 1), content=(m.Para(merge(
                [T(language.text(draw(st.lists(st.sampled_from(language.words), min_size=1, max_size=8))))]
                + [T(language.full_stop)])),))
            for k in range(draw(st.integers(1, 3)))
        )
        preface = (m.Para((mark("docType", language.annex),)),
                   m.Para((mark("docTitle", draw(st.sampled_from(language.section_titles))),)))
        annexes = (m.Document(doc_type="doc", name="annex", preface=preface, body=paragraphs),)
    formula = m.Formula((mark("i", language.formula), T(language.comma)), "enactingFormula")
    front = draw(st.sampled_from(("none", "adopted", "draft")))
    cover: tuple[m.Block, ...] = ()
    preface: tuple[m.Block, ...] = ()
    conclusions: tuple[m.Block, ...] = ()
    if front == "adopted":
        cover, preface, conclusions = draw(front_in(language))
    elif front == "draft":
        cover, preface = draw(draft_front_in(language))
    return m.Document(name="draftResolution" if front == "draft" else "resolution", cover=cover, preface=preface,
                      preamble=(formula, *recitals), body=tuple(body), conclusions=conclusions, attachments=annexes)


def masthead_lines(
    language: Language, symbol: str, distribution: str, level: str, issued: dt.date, session: int, session_line: str
) -> tuple[m.Block, ...]:
    """The cover lines every General Assembly document in `language` opens with, down to its session, as
    `general_assembly_cover` has them in English."""
    head = language.masthead
    assert head is not None
    shown_issued = language.date(issued) if head.issued_in_language else shown_date(issued)
    return (
        m.Para((mark("docAuthority", head.authority, ("refersTo", "#publisher")),)),
        m.Para((mark("docNumber", symbol, ("refersTo", "#symbol")),)),
        m.Para((mark("docAuthority", head.organ, ("refersTo", "#issuingBody")),)),
        m.Para((mark("docStatus", distribution, ("refersTo", f"#{level}Distribution")),)),
        m.Para((mark("docDate", shown_issued, ("date", issued.isoformat()), ("refersTo", "#dateOfIssuance")),)),
        m.Para((mark("session", session_line, ("value", str(session))),)),
    )


@st.composite
def draft_front_in(draw: st.DrawFn, language: Language) -> tuple[tuple[m.Block, ...], tuple[m.Block, ...]]:
    """Cover page and preface of a draft resolution in `language`, with its sponsors."""
    head = language.masthead
    assert head is not None
    session, session_line = draw(st.sampled_from(head.sessions))
    issued = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2025, 12, 20)))
    symbol = f"A/{session}/L.{draw(st.integers(1, 80))}"
    cover = masthead_lines(language, symbol, head.limited, "limited", issued, session, session_line)
    names = draw(st.lists(st.sampled_from(head.sponsors), min_size=1, max_size=4, unique=True))
    between, last = head.conjunctions
    line: list[m.Inline] = []
    for index, name in enumerate(names):
        if index:
            line.append(T(last if index == len(names) - 1 else between))
        line.append(mark("docProponent", name, ("refersTo", f"#{ident(name)}")))
    colon, kind = re.match(r"^(\W*)(.*)$", head.draft).groups()  # type: ignore[union-attr]
    line += [T(colon), mark("docType", kind, ("refersTo", "#draftResolution"))]
    title = draw(st.sampled_from(language.section_titles))
    return cover, (m.Para(merge(line)), m.Para((mark("docTitle", title, ("refersTo", "#resolutionTitle")),)))


@st.composite
def front_in(
    draw: st.DrawFn, language: Language
) -> tuple[tuple[m.Block, ...], tuple[m.Block, ...], tuple[m.Block, ...]]:
    """Cover page, preface and adoption lines of a General Assembly resolution in `language`."""
    head = language.masthead
    assert head is not None
    session, session_line = draw(st.sampled_from(head.sessions))
    number, item = draw(st.integers(1, 330)), draw(st.integers(1, 180))
    adopted = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2025, 12, 20)))
    issued = adopted + dt.timedelta(days=draw(st.integers(0, 10)))
    adoption = mark("docDate", language.date(adopted), ("date", adopted.isoformat()), ("refersTo", "#adoptionDate"))
    before, after = head.adopted
    agenda = head.agenda.format(n=item)
    cover = (
        *masthead_lines(language, f"A/RES/{session}/{number}", head.distribution, "general", issued, session,
                        session_line),
        m.Para((mark("inline", agenda, ("name", "agendaItem"), ("title", str(item))),)),
        m.Para((mark("docTitle", merge([T(before), adoption, T(after)])),)),
    )
    shown_number = f"{session}/{number}" + ("" if head.title_gap.strip() else ".")
    preface = (m.Para((mark("docNumber", shown_number), T(head.title_gap),
                       mark("docTitle", draw(st.sampled_from(language.section_titles)), ("refersTo", "#resolutionTitle")))),)
    meeting = mark("location", head.meeting.format(n=draw(st.integers(1, 99))), ("refersTo", "#adoptionMeeting"))
    conclusions = (m.Para((mark("event", (meeting, m.Break(), adoption), ("refersTo", "#adoption")),)),)
    return cover, preface, conclusions
