"""Resolutions in the UN's other languages: the masthead, formula, recitals, operative verbs, dates, notes,
citations and adoption lines as the Russian, Chinese and Arabic texts print them."""

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


# -- the samples: a resolution in each language, marked up as its English counterpart -------------------

# What each sample says, read off its text: language, masthead authorities, formula, recitals' phrases, the
# first recital's citation and date, the note, the operative phrases and numbers, the points, the meeting.
SAMPLE_FACTS = {
    "ru-resolution": {
        "language": "rus", "authorities": ["Организация Объединенных Наций", "Генеральная Ассамблея"],
        "formula": "Генеральная Ассамблея,", "recitals": ["ссылаясь", "признавая", "будучи убеждена"],
        "date": "25 сентября 2015 года", "note": "См. документ A/80/100.",
        "operative": ["постановляет", "предлагает", "просит"], "numbers": ["1.", "2.", "3."], "points": ["a)", "b)"],
        "meeting": "55-е пленарное заседание",
    },
    "zh-resolution": {
        "language": "zho", "authorities": ["联合国", "大会"], "formula": "大会，", "recitals": ["回顾", "认识到", "深信"],
        "date": "2015年9月25日", "note": "见A/80/100号文件。", "operative": ["决定", "邀请", "请"],
        "numbers": ["1.", "2.", "3."], "points": ["(a)", "(b)"], "meeting": "第55次全体会议",
    },
    "ar-resolution": {
        "language": "ara", "authorities": ["الأمم المتحدة", "الجمعية العامة"], "formula": "إن الجمعية العامة،",
        "recitals": ["إذ تشير", "وإذ تدرك", "واقتناعا منها"], "date": "25 أيلول/سبتمبر 2015",
        "note": "انظر الوثيقة A/80/100.", "operative": ["تقرر", "تدعو", "تطلب"], "numbers": ["1 -", "2 -", "3 -"],
        "points": ["(أ)", "(ب)"], "meeting": "الجلسة العامة 55",
    },
}


@pytest.mark.parametrize("sample", sorted(SAMPLE_FACTS))
def test_a_sample_is_marked_up_as_its_english_counterpart(sample: str) -> None:
    facts = SAMPLE_FACTS[sample]
    root, warnings = converted((SAMPLES / f"{sample}.txt").read_text(encoding="utf-8"))
    assert warnings == []
    assert root.find(".//a:FRBRlanguage", NS).get("language") == facts["language"]
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-12-17"
    assert [e.text for e in root.findall(".//a:coverPage//a:docAuthority", NS)] == facts["authorities"]
    assert root.find(".//a:session", NS).get("value") == "80"
    assert root.find(".//a:coverPage//a:inline[@name='agendaItem']", NS).get("title") == "14"
    assert root.find(".//a:coverPage//a:docTitle/a:docDate", NS).get("date") == "2025-12-17"
    assert root.find(".//a:docProponent", NS).get("refersTo") == "#noMainCommittee"
    assert texts(root, ".//a:preamble/a:formula") == [facts["formula"]]
    recitals = root.findall(".//a:preamble/a:container", NS)
    assert [c.get("name") for c in recitals] == facts["recitals"]
    assert [c.findtext(".//a:i", namespaces=NS) for c in recitals] == facts["recitals"]
    ref = recitals[0].find(".//a:ref", NS)
    assert (ref.text, ref.get("href")) == ("70/1", "/akn/un/statement/deliberation/unga/2015-09-25/70-1")
    assert recitals[0].find(".//a:date", NS).text == facts["date"]
    note = recitals[2].find(".//a:authorialNote", NS)
    assert note.get("marker") == "1" and "".join(note.itertext()) == facts["note"]
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == facts["numbers"]
    assert [p.get("eId") for p in paragraphs] == ["para_1", "para_2", "para_3"]
    assert [p.findtext(".//a:i", namespaces=NS) for p in paragraphs] == facts["operative"]
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs[1].findall(".//a:point", NS)] == facts["points"]
    assert root.find(".//a:conclusions//a:location", NS).text == facts["meeting"]
    assert root.find(".//a:conclusions//a:docDate", NS).get("date") == "2025-12-17"


def test_the_arabic_samples_title_and_bracketed_marker() -> None:
    root, _ = converted((SAMPLES / "ar-resolution.txt").read_text(encoding="utf-8"))
    assert texts(root, ".//a:preface/a:p") == ["80/325 - اليوم الدولي للمحفوظات العامة"]
    # the marker "(1)" is taken out with its brackets, the note standing where it stood
    assert texts(root, ".//a:preamble/a:container[3]/a:p")[0].endswith("الوثائقيانظر الوثيقة A/80/100.،")


def _wrapped_every(text: str, width: int) -> str:
    """Chinese as a PDF wraps it: a line of Chinese cut after every `width` characters, between any two
    characters but those of one number or Latin word ("2030", "A/80/100"), which line breaking keeps
    together."""
    out = []
    for line in text.split("\n"):
        while len(line) > width and any("\u3400" <= char <= "\u9fff" for char in line):
            cut = width
            while cut < len(line) and (line[cut - 1].isascii() and line[cut - 1].isalnum() or line[cut - 1] in "/.")\
                    and (line[cut].isascii() and line[cut].isalnum() or line[cut] in "/."):
                cut += 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


EXTRACTIONS = {
    "without_blank_lines": without_blank_lines, "another_extractor": as_another_extractor_writes_it,
    "justified": justified, "pdftotext_layout": as_pdftotext_layout_prints_it,
}


@pytest.mark.parametrize(
    "sample, extraction",
    [(sample, name) for sample in sorted(SAMPLE_FACTS) for name in EXTRACTIONS]
    + [("ru-resolution", "retyped"), ("zh-resolution", "wrapped"), ("zh-resolution", "wrapped_tight")],
)
def test_a_sample_reads_alike_however_it_was_extracted(sample: str, extraction: str) -> None:
    how = EXTRACTIONS.get(extraction) or {
        "retyped": retyped,  # the Russian sample has no curly quotes for retyping to straighten
        "wrapped": lambda text: _wrapped_every(text, 16),
        "wrapped_tight": lambda text: without_blank_lines(_wrapped_every(text, 16)),
    }[extraction]
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")
    found, _ = converted(text)
    other, _ = converted(how(text))
    for part in ("a:preamble", "a:mainBody", "a:conclusions"):
        assert etree.tostring(other.find(f".//{part}", NS)) == etree.tostring(found.find(f".//{part}", NS)), part


# -- Russian -------------------------------------------------------------------------------------------


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
        ("ссылаясь также на свою резолюцию 76/132,", "ссылаясь также"),
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
        ("просит также Генерального секретаря представить доклад;", "просит также"),
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


# -- Chinese -------------------------------------------------------------------------------------------


def test_chinese_lines_are_joined_without_a_blank() -> None:
    root, _ = converted("大会，\n\n认识到公共档案保存各国人民的记忆，并\n促进透明度，\n\n1. 决定宣布6月9日为国际公共\n档案日。\n")
    assert texts(root, ".//a:preamble/a:container/a:p") == ["认识到公共档案保存各国人民的记忆，并促进透明度，"]
    assert texts(root, ".//a:mainBody//a:p") == ["决定宣布6月9日为国际公共档案日。"]


@pytest.mark.parametrize(
    "text, recital, operative",
    [
        ("又回顾其第70/1号决议，", "又回顾", "又回顾"),
        ("关切地注意到冲突持续，", "关切地注意到", "关切地注意到"),
        ("请秘书长提交报告。", None, "请"),
        ("会员国应当采取行动。", None, None),
    ],
)
def test_a_chinese_paragraph_opens_with_a_known_verb(text: str, recital: str | None, operative: str | None) -> None:
    assert (preambular_phrase(text), operative_phrase(text)) == (recital, operative)


def test_a_chinese_paragraph_is_a_recital_or_operative_by_its_closing_punctuation() -> None:
    root, _ = converted("大会，\n\n重申其承诺，\n\n欢迎秘书长的报告，\n\n1. 重申其承诺；\n\n2. 欢迎秘书长的报告。\n")
    assert [c.get("name") for c in root.findall(".//a:preamble/a:container", NS)] == ["重申", "欢迎"]
    assert [p.findtext(".//a:i", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["重申", "欢迎"]


def test_a_sentence_that_opens_with_the_bodys_name_is_no_formula() -> None:
    root, _ = converted("大会，\n\n回顾其决议，\n\n1. 决定宣布6月9日为国际日；\n\n大会还决定在第八十一届会议临时议程中列入该项目，\n")
    assert len(root.findall(".//a:preamble/a:formula", NS)) == 1


@pytest.mark.parametrize(
    "citation, shown, href",
    [
        ("2015年9月25日第70/1号决议", "70/1", "/akn/un/statement/deliberation/unga/2015-09-25/70-1"),
        ("第2532 (2020)号决议", "2532 (2020)", "/akn/un/statement/deliberation/unsc/2532-2020"),
        ("第77/555号决定", "77/555", "/akn/un/statement/deliberation/unga/decision-77-555"),
    ],
)
def test_a_chinese_citation_is_a_reference(citation: str, shown: str, href: str) -> None:
    root, _ = converted(f"大会，\n\n回顾其{citation}，\n\n1. 决定宣布6月9日为国际日。\n")
    ref = root.find(".//a:preamble//a:ref", NS)
    assert (ref.text, ref.get("href")) == (shown, href)


def test_a_security_council_resolution_in_chinese() -> None:
    root, _ = converted(
        "联合国                                                          S/RES/2799 (2025)\n"
        "安全理事会                                                      Distr.: General\n"
        "                                                                15 October 2025\n\n"
        "第2799(2025)号决议\n2025年10月14日安全理事会第9999次会议通过\n\n安全理事会，\n\n"
        "回顾其以往关于这一问题的所有决议和主席声明，\n\n根据《联合国宪章》第七章采取行动，\n\n"
        "1. 决定将特派团的任务期限延长至2026年10月15日；\n\n2. 决定继续积极处理此案。\n"
    )
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-10-14"
    assert texts(root, ".//a:preface/a:p") == ["第2799(2025)号决议2025年10月14日安全理事会第9999次会议通过"]
    assert root.find(".//a:preface/a:p/a:docNumber", NS).text == "第2799(2025)号决议"
    assert [c.get("name") for c in root.findall(".//a:preamble/a:container", NS)] == ["回顾", "根据"]


# -- Arabic --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, recital, operative",
    [
        ("وإذ تؤكد من جديد قرارها 70/1،", "وإذ تؤكد من جديد", None),
        ("وقد نظرت في تقرير الأمين العام،", "وقد نظرت", None),
        ("واقتناعا منها بضرورة صون التراث،", "واقتناعا منها", None),
        ("تحيط علما بتقرير الأمين العام؛", None, "تحيط علما"),
        ("يقرر أن يبقي المسألة قيد نظره الفعلي.", None, "يقرر"),
    ],
)
def test_an_arabic_paragraph_opens_with_its_phrase(text: str, recital: str | None, operative: str | None) -> None:
    assert (preambular_phrase(text), operative_phrase(text)) == (recital, operative)


def test_arabic_points_follow_the_abjad() -> None:
    root, _ = converted(
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\n1 - تدعو الدول الأعضاء إلى ما يلي:\n\n"
        "(أ) الاحتفال باليوم الدولي؛\n\n(ب) تعزيز الاطلاع على المحفوظات؛\n\n(ج) نشر المعلومات؛\n\n(د) التعاون؛\n\n"
        "(هـ) تقديم التقارير؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n"
    )
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["1 -", "2 -"]
    points = paragraphs[0].findall("a:list/a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in points] == ["(أ)", "(ب)", "(ج)", "(د)", "(هـ)"]


def test_arabic_notes_marked_in_brackets_are_placed_at_their_markers() -> None:
    root, warnings = converted(
        "إن الجمعية العامة،\n\nإذ تشير إلى الإعلان العالمي لحقوق الإنسان(1)، واتفاقية حقوق الطفل(2)،\n\n"
        "1 - تقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n(1) القرار 217 ألف (د-3).\n"
        "(2) United Nations, Treaty Series, vol. 1577, No. 27531.\n"
    )
    assert [w for w in warnings if "symbol" not in w and "date" not in w] == []
    notes = root.findall(".//a:preamble//a:authorialNote", NS)
    assert [(n.get("marker"), "".join(n.itertext())) for n in notes] == [
        ("1", "القرار 217 ألف (د-3)."), ("2", "United Nations, Treaty Series, vol. 1577, No. 27531.")
    ]


def test_the_united_nations_drawn_out_by_tatweels_is_the_masthead() -> None:
    root, _ = converted("الأمــم المتحـدة\nA/RES/80/325\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\n1 - تقرر ذلك.\n")
    assert root.find(".//a:coverPage//a:docAuthority", NS).get("refersTo") == "#publisher"


def test_a_phrase_in_a_justified_line_is_named_and_set_in_italics_with_one_blank() -> None:
    root, _ = converted("The General Assembly,\n\nRecalling   also its resolution 70/1,\n\n1. Decides to act.\n")
    recital = root.find(".//a:preamble/a:container", NS)
    assert (recital.get("name"), recital.findtext(".//a:i", namespaces=NS)) == ("Recalling also", "Recalling also")


def test_a_security_council_resolution_in_arabic() -> None:
    root, _ = converted(
        "الأمم المتحدة                                                   S/RES/2799 (2025)\n"
        "مجلس الأمن                                                      Distr.: General\n"
        "                                                                15 October 2025\n\n"
        "القرار 2799 (2025)\n\n"
        "الذي اتخذه مجلس الأمن في جلسته 9999 المعقودة في 14 تشرين الأول/أكتوبر 2025\n\n"
        "إن مجلس الأمن،\n\nإذ يشير إلى جميع قراراته السابقة،\n\nوإذ يتصرف بموجب الفصل السابع من الميثاق،\n\n"
        "1 - يقرر تمديد ولاية البعثة؛\n\n2 - يقرر أن يبقي المسألة قيد نظره الفعلي.\n"
    )
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-10-14"
    assert root.find(".//a:preface//a:docNumber", NS).text == "القرار 2799 (2025)"
    assert root.find(".//a:preface//a:docDate", NS).get("refersTo") == "#adoptionDate"
    assert [c.get("name") for c in root.findall(".//a:preamble/a:container", NS)] == ["إذ يشير", "وإذ يتصرف"]
    assert [p.findtext(".//a:i", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["يقرر", "يقرر"]


@pytest.mark.parametrize(
    "text",
    ["с удовлетворением " * 60, "с глубокой озабоченностью " * 60 + "x", "вновь " * 500 + "1", "с с " * 500],
    ids=["instrumental", "adjective_and_noun", "adverbs", "prepositions"],
)
def test_a_russian_text_that_repeats_an_adverb_is_read_at_once(text: str) -> None:
    """Each word of an opening phrase matches in one way only: a text that repeats an adverbial phrase and
    opens nothing is no phrase, found out at once (were the words matched in two ways each, it would take
    2 to the 60th tries)."""
    assert preambular_phrase(text) is None and operative_phrase(text) is None and not opens_paragraph(text)


@pytest.mark.parametrize(
    "text, sections, annex",
    [
        (("Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\nI. Законодательная деятельность\n\n"
         "1. приветствует работу Комиссии;\n\nII. Техническая помощь\n\n2. просит Генерального секретаря.\n\n"
         "Приложение\n\nПлан действий\n\n1. Государства охраняют архивы.\n"),
         [("I.", "Законодательная деятельность"), ("II.", "Техническая помощь")], ("Приложение", "План действий")),
        (("大会，\n\n回顾其第70/1号决议，\n\n一. 立法活动\n\n1. 欢迎委员会的工作；\n\n二. 技术援助\n\n2. 鼓励各国合作。\n\n"
         "附件一\n\n行动计划\n\n1. 各国应当保护档案。\n"),
         [("一.", "立法活动"), ("二.", "技术援助")], ("附件一", "行动计划")),
        (("大会，\n\n回顾其第70/1号决议，\n\n一、立法活动\n\n1. 欢迎委员会的工作；\n\n二、技术援助\n\n2. 鼓励各国合作。\n\n"
         "附件一\n\n行动计划\n\n1. 各国应当保护档案。\n"),
         [("一、", "立法活动"), ("二、", "技术援助")], ("附件一", "行动计划")),
        (("إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\nأولا - الأنشطة التشريعية\n\n1 - ترحب بعمل اللجنة؛\n\n"
         "ثانيا - المساعدة التقنية\n\n2 - تشجع الدول على التعاون.\n\nالمرفق\n\nخطة العمل\n\n1 - ينبغي للدول أن تحمي المحفوظات.\n"),
         [("أولا -", "الأنشطة التشريعية"), ("ثانيا -", "المساعدة التقنية")], ("المرفق", "خطة العمل")),
    ],
    ids=["russian", "chinese", "chinese-enumeration-comma", "arabic"],
)
def test_sections_and_annexes_in_each_language(text: str, sections: list[tuple[str, str]], annex: tuple[str, str]) -> None:
    root, _ = converted(text)
    found = root.findall(".//a:mainBody/a:section", NS)
    assert [(s.findtext("a:num", namespaces=NS), s.findtext("a:heading", namespaces=NS)) for s in found] == sections
    again, _ = converted(akn.to_text(etree.tostring(root)))
    assert [(s.findtext("a:num", namespaces=NS), s.findtext("a:heading", namespaces=NS))
            for s in again.findall(".//a:mainBody/a:section", NS)] == sections
    assert [len(s.findall("a:paragraph", NS)) for s in found] == [1, 1]
    preface = root.find(".//a:attachment/a:doc/a:preface", NS)
    assert (preface.findtext(".//a:docType", namespaces=NS), preface.findtext(".//a:docTitle", namespaces=NS)) == annex
    # and `akn text` writes them so that they read back the same
    again, _ = converted(akn.to_text(etree.tostring(root)))
    assert etree.tostring(again.find(".//a:mainBody", NS)) == etree.tostring(root.find(".//a:mainBody", NS))


@pytest.mark.parametrize(
    "sample", ["ga-resolution", "sc-resolution", "fr-resolution", "es-draft", "ru-resolution", "zh-resolution",
               "ar-resolution"],
)
def test_a_sample_in_each_official_language_conforms_to_the_akn4un_profile(sample: str) -> None:
    report = akn.validate(SAMPLES / f"{sample}.xml", profile="akn4un")
    assert [(p.rule_id, p.message) for p in report.problems if p.severity in ("error", "warning")] == []


def test_a_formula_with_a_typographic_apostrophe_is_the_formula() -> None:
    root, _ = converted("L’Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n1. Décide d’agir.\n")
    assert texts(root, ".//a:preamble/a:formula") == ["L’Assemblée générale,"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Teniendo presente la resolución 70/1,", "Teniendo presente"),
        ("Teniendo en cuenta el informe del Secretario General,", "Teniendo en cuenta"),
        ("Tomando nota del informe,", "Tomando nota"),
        ("Acogiendo con beneplácito el informe,", "Acogiendo con beneplácito"),
        ("Tenant compte du rapport du Secrétaire général,", "Tenant compte"),
    ],
)
def test_a_spanish_or_french_recital_phrase_takes_its_fixed_continuation(text: str, phrase: str) -> None:
    assert preambular_phrase(text) == phrase


@pytest.mark.parametrize("label", ["Приложение", "附件", "المرفق"])
def test_an_annex_label_right_after_the_last_paragraph_opens_the_annex(label: str) -> None:
    root, _ = converted(
        f"Генеральная Ассамблея,\n\nссылаясь на резолюцию 70/1,\n\n1. постановляет провозгласить день.\n{label}\n"
        "План действий\n\n1. Государства охраняют архивы.\n"
    )
    assert root.findtext(".//a:attachment//a:docType", namespaces=NS) == label
    assert texts(root, "a:statement/a:mainBody/a:paragraph//a:p") == ["постановляет провозгласить день."]


@pytest.mark.parametrize(
    "line, sponsors, kind",
    [
        ("Австрия, Босния и Герцеговина, Канада и Чили: проект резолюции",
         ["Австрия", "Босния и Герцеговина", "Канада", "Чили"], "проект резолюции"),
        ("奥地利、波斯尼亚和黑塞哥维那、中华人民共和国和智利：决议草案",
         ["奥地利", "波斯尼亚和黑塞哥维那", "中华人民共和国", "智利"], "决议草案"),
        ("النمسا والبوسنة والهرسك وكندا وشيلي: مشروع قرار",
         ["النمسا", "البوسنة والهرسك", "كندا", "شيلي"], "مشروع قرار"),
    ],
    ids=["russian", "chinese", "arabic"],
)
def test_a_drafts_sponsors_in_each_language(line: str, sponsors: list[str], kind: str) -> None:
    root, _ = converted(f"A/C.3/80/L.99\n\n{line}\n\nГенеральная Ассамблея,\n\n1. постановляет действовать.\n")
    proponents = root.findall(".//a:preface//a:docProponent", NS)
    assert [p.text for p in proponents] == sponsors
    ids = [p.get("refersTo")[1:] for p in proponents]
    assert len(set(ids)) == len(sponsors)  # each sponsor its own TLC, its name kept in its own script
    assert {e.get("eId") for e in root.findall(".//a:references/a:TLCOrganization", NS)} >= set(ids)
    assert root.findtext(".//a:preface//a:docType", namespaces=NS) == kind
    assert root.find(".//a:FRBRWork/a:FRBRname", NS).get("value") == "draftResolution"
    assert akn.validate(etree.tostring(root)).conformant


def test_a_chinese_agenda_item_or_ordinal_number_is_no_note_marker() -> None:
    root, _ = converted(
        "联合国\nA/RES/80/324\n\n大会\n\n第八十届会议\n议程项目1\n\n大会，\n\n回顾第1次会议的报告，\n\n深信有必要保护文献遗产1，\n\n"
        "1. 决定宣布6月9日为国际公共档案日。\n\n__________________\n1 见A/80/100号文件。\n"
    )
    assert root.find(".//a:coverPage//a:inline[@name='agendaItem']", NS).text == "议程项目1"
    note = root.find(".//a:authorialNote", NS)
    assert note is not None and note.getparent().getparent().get("name") == "深信"


def test_an_arabic_paragraph_numbered_with_a_dash_is_no_note() -> None:
    root, _ = converted(
        "الأمم المتحدة\nA/RES/78/1\nالجمعية العامة\nDistr.: General\n1 January 2020\nالدورة الثامنة والسبعون\n"
        "البند 1 من جدول الأعمال\nقرار اتخذته الجمعية العامة في 1 كانون الثاني/يناير 2020\n\n78/1 - الأنشطة التشريعية\n\n"
        "إن الجمعية العامة،\n\n1 - تقرر الدول قرارها 40/1 الدول.\n\nالجلسة العامة 1\n1 كانون الثاني/يناير 2020\n"
    )
    assert root.find(".//a:authorialNote", NS) is None
    assert texts(root, ".//a:mainBody/a:paragraph/a:num") == ["1 -"]
    assert root.find(".//a:conclusions//a:location", NS).text == "الجلسة العامة 1"


@pytest.mark.parametrize(
    "text, headings",
    [
        ("大会，\n\n回顾其决议，\n\n人权\n\n1. 决定采取行动；\n\n后续行动\n\n2. 请秘书长提交报告。\n", ["人权", "后续行动"]),
        (("إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\nحقوق الإنسان\n\n1 - تقرر ذلك؛\n\nالمتابعة\n\n"
         "2 - تطلب إلى الأمين العام تقديم تقرير.\n"), ["حقوق الإنسان", "المتابعة"]),
    ],
    ids=["chinese", "arabic"],
)
def test_a_subject_heading_in_a_script_without_capitals(text: str, headings: list[str]) -> None:
    root, _ = converted(text)
    assert texts(root, ".//a:mainBody/a:hcontainer[@name='crossHeading']/a:heading") == headings
    assert len(root.findall(".//a:preamble/a:container", NS)) == 1


def test_an_organ_followed_by_more_on_its_line_is_the_masthead_and_alone_with_a_comma_the_formula() -> None:
    root, _ = converted(
        "United Nations\nA/RES/79/1\nGeneral Assembly, Seventy-ninth session\n\nThe General Assembly,\n\n"
        "Recalling its resolution 70/1,\n\n1. Decides to act.\n"
    )
    assert [e.get("refersTo") for e in root.findall(".//a:coverPage//a:docAuthority", NS)] == ["#publisher", "#issuingBody"]
    root, _ = converted(without_blank_lines((SAMPLES / "ru-resolution.txt").read_text(encoding="utf-8")))
    assert texts(root, ".//a:preamble/a:formula") == ["Генеральная Ассамблея,"]


def test_a_french_and_spanish_treaty_s_chapters_and_articles_keep_their_words() -> None:
    # "Chapitre I", "Article premier", "Artículo 2": the eId takes the number alone, and akn text prints the
    # number as printed, without an English word before it, so that the text reads back the same.
    text = ("Le Conseil de sécurité,\n\nRappelant sa résolution 1373 (2001),\n\n1. Décide de créer le groupe;\n\n"
            "Annexe\n\nChapitre I\nDispositions générales\n\nArticle premier\nObjet\n\n"
            "1. La présente convention a pour objet de promouvoir la coopération.\n\n"
            "Artículo 2\nDefiniciones\n\n1. A los efectos de la presente convención.\n")
    options = {"markup_date": "2026-01-01", "symbol": "S/RES/9999", "date": "2025-01-01"}
    xml = akn.convert(text, **options).to_xml()
    root = etree.fromstring(xml)
    a = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
    divisions = [(e.get("eId"), e.findtext(f"{a}num")) for e in root.iter(f"{a}chapter", f"{a}article")]
    assert divisions == [("att_1__chp_I", "Chapitre I"), ("att_1__chp_I__art_premier", "Article premier"),
                         ("att_1__chp_I__art_2", "Artículo 2")]
    written = akn.to_text(xml)
    assert "\nChapitre I\n" in written and "\nArtículo 2\n" in written and "Chapter" not in written
    assert akn.convert(written, **options).to_xml().split(b"inputSha256")[1].split(b"\n", 1)[1] == \
        xml.split(b"inputSha256")[1].split(b"\n", 1)[1]
    assert akn.validate(xml).conformant
