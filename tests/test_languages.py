"""Resolutions in Russian: the UN's masthead, formula, recitals in lower case, operative verbs, dates, notes
and adoption lines as the Russian texts print them."""

from __future__ import annotations

import re

import pytest
from lxml import etree

import akn
from akn.plaintext.phrases import opens_paragraph, operative_phrase, preambular_phrase
from akn.plaintext.reader import guess_language

from .conftest import SAMPLES
from .extractions import (
    as_another_extractor_writes_it,
    as_pdftotext_layout_prints_it,
    justified,
    retyped,
    without_blank_lines,
)

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
SAMPLE = SAMPLES / "ru-resolution.txt"


def converted(text: str) -> tuple[etree._Element, list[str]]:
    conversion = akn.convert(text, markup_date="2026-01-01")
    return etree.fromstring(conversion.to_xml()), [w.message for w in conversion.warnings]


def texts(root: etree._Element, path: str) -> list[str]:
    return [re.sub(r"\s+", " ", "".join(e.itertext())).strip() for e in root.findall(path, NS)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n", "rus"),
        ("إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n", "ara"),
        ("大会，\n\n回顾其第70/1号决议，\n", "zho"),
        # a Russian name in an English text leaves it English
        ("The General Assembly,\n\nRecalling the statement of Mr. Иванов on the matter of the report,\n", "eng"),
    ],
)
def test_the_language_is_read_from_the_script(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_the_sample_is_marked_up_as_its_french_and_english_counterparts() -> None:
    root, warnings = converted(SAMPLE.read_text(encoding="utf-8"))
    assert warnings == []
    assert root.find(".//a:FRBRlanguage", NS).get("language") == "rus"
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-12-17"
    assert root.find(".//a:session", NS).get("value") == "80"
    assert root.find(".//a:coverPage//a:inline[@name='agendaItem']", NS).get("title") == "14"
    assert root.find(".//a:docProponent", NS).get("refersTo") == "#noMainCommittee"
    assert texts(root, ".//a:preamble/a:formula") == ["Генеральная Ассамблея,"]
    recitals = root.findall(".//a:preamble/a:container", NS)
    assert [c.get("name") for c in recitals] == ["ссылаясь", "признавая", "будучи убеждена"]
    assert [c.findtext(".//a:i", namespaces=NS) for c in recitals] == ["ссылаясь", "признавая", "будучи убеждена"]
    ref = recitals[0].find(".//a:ref", NS)
    assert (ref.text, ref.get("href")) == ("70/1", "/akn/un/statement/deliberation/unga/2015-09-25/70-1")
    assert recitals[0].find(".//a:date", NS).text == "25 сентября 2015 года"
    note = recitals[2].find(".//a:authorialNote", NS)
    assert note.get("marker") == "1" and "".join(note.itertext()) == "См. документ A/80/100."
    assert texts(recitals[2], ".//a:p[a:authorialNote]")[0].startswith("будучи убеждена в необходимости")
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["1.", "2.", "3."]
    assert [p.findtext(".//a:i", namespaces=NS) for p in paragraphs] == ["постановляет", "предлагает", "просит"]
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs[1].findall(".//a:point", NS)] == ["a)", "b)"]
    meeting = root.find(".//a:conclusions//a:location", NS)
    assert meeting.text == "55-е пленарное заседание"
    assert root.find(".//a:conclusions//a:docDate", NS).get("date") == "2025-12-17"


@pytest.mark.parametrize(
    "extraction",
    [without_blank_lines, as_another_extractor_writes_it, retyped, justified, as_pdftotext_layout_prints_it],
    ids=lambda how: how.__name__,
)
def test_the_sample_reads_alike_however_it_was_extracted(extraction) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE.read_text(encoding="utf-8")
    found, _ = converted(text)
    other, _ = converted(extraction(text))
    for part in ("a:preamble", "a:mainBody", "a:conclusions"):
        assert etree.tostring(other.find(f".//{part}", NS)) == etree.tostring(found.find(f".//{part}", NS)), part


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("ссылаясь на свою резолюцию 70/1,", "ссылаясь"),
        ("вновь подтверждая свою приверженность,", "вновь подтверждая"),
        ("будучи глубоко обеспокоена ростом насилия,", "будучи глубоко обеспокоена"),
        ("с глубокой озабоченностью отмечая, что", "с глубокой озабоченностью отмечая"),
        ("принимая во внимание доклад Генерального секретаря,", "принимая во внимание"),
        ("рассмотрев доклад Комитета,", "рассмотрев"),
        ("действуя на основании главы VII Устава,", "действуя"),
        ("включая лиц, живущих с редкими заболеваниями,", None),
        ("которая была принята,", None),
        ("является одним из наиболее распространенных,", None),
    ],
)
def test_a_russian_recital_opens_with_a_participle(text: str, phrase: str | None) -> None:
    assert preambular_phrase(text) == phrase


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("постановляет провозгласить 9 июня Международным днем;", "постановляет"),
        ("настоятельно призывает все государства;", "настоятельно призывает"),
        ("с удовлетворением принимает к сведению доклад;", "с удовлетворением принимает к сведению"),
        ("бюджет на 2026 год утверждается;", None),
        ("ссылаясь на свою резолюцию,", None),
    ],
)
def test_a_russian_operative_paragraph_opens_with_a_verb(text: str, phrase: str | None) -> None:
    assert operative_phrase(text) == phrase


@pytest.mark.parametrize(
    "line, opens",
    [("признавая, что архивы сохраняют память,", True), ("просит Генерального секретаря", True),
     ("включая неправительственные организации,", False), ("стремясь охватить в первую очередь", True),
     ("является одним из наиболее распространенных", False)],
)
def test_without_blank_lines_a_russian_line_opens_a_paragraph_by_its_phrase(line: str, opens: bool) -> None:
    assert opens_paragraph(line) is opens


def test_a_recital_after_a_page_break_is_not_joined_to_the_one_before() -> None:
    text = (
        "Генеральная Ассамблея,\n"
        "будучи убеждена в необходимости сохранять документальное наследие1,\n"
        "__________________\n1 См. документ A/80/100.\n"
        "25-21234\n2/2\n"
        "с глубокой озабоченностью отмечая утрату архивов в результате стихийных\nбедствий,\n"
        "1.\nпостановляет провозгласить 9 июня Международным днем общественных\nархивов.\n"
    )
    root, _ = converted(text)
    assert [c.get("name") for c in root.findall(".//a:preamble/a:container", NS)] == [
        "будучи убеждена", "с глубокой озабоченностью отмечая"
    ]


def test_points_numbered_a_bracket_alone_on_their_lines_open_points() -> None:
    text = (
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\n1.\nпредлагает всем государствам-членам:\n"
        "a)\nотмечать Международный день;\nb)\nсодействовать доступу к архивам.\n"
    )
    root, _ = converted(text)
    points = root.findall(".//a:mainBody//a:point", NS)
    assert [(p.findtext("a:num", namespaces=NS), texts(p, "a:content/a:p")) for p in points] == [
        ("a)", ["отмечать Международный день;"]), ("b)", ["содействовать доступу к архивам."])
    ]


def test_a_job_number_with_two_dates_is_page_furniture() -> None:
    text = (
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\n\n25-21234 (R)    241225    261225\n\n"
        "1. постановляет провозгласить 9 июня Международным днем.\n"
    )
    root, _ = converted(text)
    assert "25-21234" not in etree.tostring(root, encoding=str)
    assert texts(root, ".//a:mainBody/a:paragraph/a:content/a:p") == [
        "постановляет провозгласить 9 июня Международным днем."
    ]


def test_a_security_council_resolution_in_russian() -> None:
    text = (
        "Организация Объединенных Наций                                   S/RES/2799 (2025)\n"
        "Совет Безопасности                                               Distr.: General\n"
        "                                                                 15 October 2025\n\n"
        "Резолюция 2799 (2025),\n"
        "принятая Советом Безопасности на его 9999-м заседании 14 октября 2025 года\n\n"
        "Совет Безопасности,\n\n"
        "ссылаясь на все свои предыдущие резолюции и заявления Председателя,\n\n"
        "действуя на основании главы VII Устава Организации Объединенных Наций,\n\n"
        "1. постановляет продлить мандат Миссии до 15 октября 2026 года;\n\n"
        "2. постановляет продолжать активно заниматься этим вопросом.\n"
    )
    root, _ = converted(text)
    assert root.find(".//a:FRBRWork/a:FRBRthis", NS).get("value") == (
        "/akn/un/statement/deliberation/unsc/2025-10-14/2799-2025/!main"
    )
    assert texts(root, ".//a:preface/a:p") == [
        "Резолюция 2799 (2025),", "принятая Советом Безопасности на его 9999-м заседании 14 октября 2025 года"
    ]
    assert root.find(".//a:preface//a:docDate", NS).get("refersTo") == "#adoptionDate"
    assert [c.get("name") for c in root.findall(".//a:preamble/a:container", NS)] == ["ссылаясь", "действуя"]
    assert len(root.findall(".//a:mainBody/a:paragraph", NS)) == 2


def test_the_full_stop_after_a_security_council_resolutions_number_is_kept() -> None:
    root, _ = converted(
        "Resolution 2799 (2025).\n\nAdopted by the Security Council at its 9999th meeting, on 14 October 2025\n\n"
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n"
    )
    assert texts(root, ".//a:preface/a:p")[0] == "Resolution 2799 (2025)."


@pytest.mark.parametrize(
    "line, refers",
    [
        ("[по докладу Третьего комитета (A/80/500)]", "#thirdCommittee"),
        ("[без передачи в главные комитеты (A/80/L.60)]", "#noMainCommittee"),
    ],
)
def test_the_origin_of_a_russian_resolution(line: str, refers: str) -> None:
    root, _ = converted(
        f"Резолюция, принятая Генеральной Ассамблеей 17 декабря 2025 года\n\n{line}\n\n"
        "80/323. Международный день\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\n"
        "1. постановляет провозгласить 9 июня Международным днем.\n"
    )
    proponent = root.find(".//a:coverPage//a:docProponent", NS)
    assert proponent.get("refersTo") == refers
    assert proponent.find("a:inline", NS).get("name") == "originatingDocument"


def test_a_spaced_number_before_a_russian_month_is_no_note_marker() -> None:
    root, warnings = converted(
        "Резолюция, принятая Генеральной Ассамблеей 1 декабря 2025 года\n\n80/323. Международный день\n\n"
        "Генеральная Ассамблея,\n\nссылаясь на доклад1,\n\n1. постановляет провозгласить 9 июня Международным днем.\n\n"
        "__________________\n1 См. документ A/80/100.\n"
    )
    assert warnings == []
    assert root.find(".//a:coverPage//a:docDate", NS).get("date") == "2025-12-01"
    note = root.find(".//a:preamble/a:container//a:authorialNote", NS)
    assert note is not None and note.get("marker") == "1"
