"""Paragraph numbering styles the converter recognises, each shown on a short resolution."""

from __future__ import annotations

import re

import pytest
from lxml import etree

import akn
from akn import eids
from akn import model as m

from .extractions import justified

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def body(text: str) -> etree._Element:
    return etree.fromstring(akn.convert(text, markup_date="2026-01-01").to_xml())


def ids_and_nums(elements: list[etree._Element]) -> list[tuple[str | None, str | None]]:
    return [(e.get("eId"), e.findtext("a:num", namespaces=NS)) for e in elements]


def converted(text: str) -> tuple[etree._Element, list[tuple[int, str]]]:
    """The XML of the text, and its warnings as (line, message)."""
    conversion = akn.convert(text, markup_date="2026-01-01")
    return etree.fromstring(conversion.to_xml()), [(w.line, w.message) for w in conversion.warnings]


@pytest.mark.parametrize(
    "intro, first, second",
    [
        ("Requests the Secretary-General:", "to report on the mission;", "to keep the Council informed;"),
        # a capital after the letter: a point only where a list is due, here after the colon
        ("Affirms that safeguards are essential, and in that regard:", "Calls upon all States to sign a protocol,",
         "Stresses the importance of resources,"),
    ],
)
def test_lettered_points_with_a_full_stop_are_points(intro: str, first: str, second: str) -> None:
    root = body(
        f"The Security Council,\n\n1. {intro}\n\na. {first}\n\nb. {second}\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["1.", "2."]
    points = paragraphs[0].findall(".//a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in points] == ["a.", "b."]
    assert [p.findtext("a:content/a:p", namespaces=NS) for p in points] == [first, second]


def test_lettered_points_come_back_from_the_text_once() -> None:
    xml = akn.convert("The Security Council,\n\n1. Requests:\n\na. to report;\n\nb. to inform;\n", markup_date="2026-01-01")
    assert akn.to_text(xml).count("a. to report;") == 1


@pytest.mark.parametrize(
    "text, kept",
    [
        ("1. Takes note of the report of the Panel chaired by\nA. Smith and welcomes its recommendations.\n",
         "chaired by A. Smith and welcomes"),
        # a letter, a full stop and a capital where no list is due
        ("1. Takes note of the report of the Panel.\n\nb. Smith presented it to the Council.\n", "b. Smith presented"),
    ],
)
def test_an_initial_that_opens_a_line_stays_in_the_paragraph(text: str, kept: str) -> None:
    root = body(f"The Security Council,\n\n{text}")
    assert not root.findall(".//a:point", NS)
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert len(paragraphs) == 1
    assert kept in " ".join("".join(paragraphs[0].itertext()).split())


@pytest.mark.parametrize("first, second", [("I.", "II."), ("A.", "B.")])
def test_titled_items_a_colon_announces_are_points_each_holding_its_own_list(first: str, second: str) -> None:
    # "I. Title:" with its lettered items, then "II. Title:" with its own. Read as text, each title went into the
    # last item before it and the next list nested inside that item, one level deeper each time.
    root, warnings = converted(
        "The Security Council,\n\n4. Decides that the mission shall have the following mandate:\n\n"
        f"{first} Support to the Government:\n\n(a) To assist the police;\n\n(b) To assist the courts;\n\n"
        f"{second} Human Rights:\n\n(a) To monitor the situation;\n\n(b) To report on it;\n\n"
        "5. Decides to remain seized of the matter.\n"
    )
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["4.", "5."]
    titled = paragraphs[0].findall("a:list/a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in titled] == [first, second]
    for point, title in zip(titled, ["Support to the Government:", "Human Rights:"]):
        assert point.findtext("a:list/a:intro/a:p", namespaces=NS) == title
        assert [p.findtext("a:num", namespaces=NS) for p in point.findall("a:list/a:point", NS)] == ["(a)", "(b)"]
    assert [message for line, message in warnings if line > 1] == []


def test_roman_items_with_a_capital_a_colon_announces_are_points() -> None:
    root, warnings = converted(
        "The Security Council,\n\n2. Requests the Office to focus on:\n\ni. Providing support to the elections;\n\n"
        "ii. Promoting dialogue among the parties;\n\niii. Assisting the Government;\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    first = root.find(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in first.findall(".//a:point", NS)] == ["i.", "ii.", "iii."]
    assert [message for line, message in warnings if line > 1] == []


def test_a_capital_item_where_no_list_is_due_stays_text() -> None:
    root = body("The Security Council,\n\n1. Takes note of the report.\n\nII. Smith presented it to the Council.\n")
    assert not root.findall(".//a:point", NS)


def test_a_day_the_calendar_lacks_stays_text_with_a_warning_at_its_line() -> None:
    text = "The Security Council,\n\n1. Requests a first report by 31 June 2013\nand a second by 31 December 2013;\n"
    converted = akn.convert(text, markup_date="2026-01-01")
    root = etree.fromstring(converted.to_xml())
    assert [d.get("date") for d in root.iterfind(".//a:mainBody//a:date", NS)] == ["2013-12-31"]
    assert [(w.line, w.message) for w in converted.warnings if "calendar" in w.message] == [
        (3, "'31 June 2013' is not a day of the calendar; kept as text without a date mark")
    ]
    assert akn.validate(converted.to_xml()).conformant


def refs(text: str) -> list[tuple[str, str | None]]:
    return [(r.text or "", r.get("href")) for r in body(text).iterfind(".//a:ref", NS)]


DELIBERATION = "/akn/un/statement/deliberation/"


def test_a_citation_in_french_is_a_reference_on_its_own() -> None:
    assert refs("Le Conseil de sécurité,\n\n1. Rappelle sa résolution 2532 (2020);\n") == [
        ("2532 (2020)", DELIBERATION + "unsc/2532-2020")
    ]


def test_a_session_numbered_resolution_cited_by_the_security_council_is_the_general_assembly_s() -> None:
    text = (
        "The Security Council,\n\n"
        "Recalling its resolution 1265 (1999) and resolution 49/59 of 9 December 1994,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert refs(text) == [
        ("1265 (1999)", DELIBERATION + "unsc/1265-1999"),
        ("49/59", DELIBERATION + "unga/1994-12-09/49-59"),
    ]


def test_a_year_numbered_resolution_is_the_economic_and_social_council_s() -> None:
    text = "The General Assembly,\n\nRecalling Council resolution 2019/12,\n\n1. Decides to act.\n"
    assert refs(text) == [("2019/12", DELIBERATION + "ecosoc/2019-12")]


@pytest.mark.parametrize("formula, cited", [
    # a regional commission numbers its resolutions by session, as the Assembly does
    ("The Economic and Social Commission for Asia and the Pacific,", DELIBERATION + "escap/2023-05-19/79-1"),
    ("The United Nations Environment Assembly,", DELIBERATION + "unea/2023-05-19/79-1"),
    ("The Human Rights Council,", DELIBERATION + "unhrc/2023-05-19/79-1"),
    ("The General Assembly,", DELIBERATION + "unga/2023-05-19/79-1"),
    # a body akn does not know: no link rather than one to the Assembly's resolution of that number
    ("The Statistical Commission,", None),
])
def test_its_resolution_is_the_adopting_body_s(formula: str, cited: str | None) -> None:
    text = f"{formula}\n\nRecalling its resolution 79/1 of 19 May 2023,\n\n1. Decides to act.\n"
    assert refs(text) == ([("79/1", cited)] if cited else [])


def test_the_adopting_body_is_the_one_the_formula_names_not_the_one_that_issues_the_draft() -> None:
    # a commission's draft for the Economic and Social Council: "its" is the Council's
    text = ("United Nations\nE/CN.5/2024/L.4\n\nEconomic and Social Council\nDistr.: Limited\n9 February 2024\n\n"
            "The Economic and Social Council,\n\nRecalling its resolution 2023/7 and Commission resolution 61/1,\n\n"
            "1. Decides to act.\n")
    # and "Commission resolution 61/1" is not the Council's: without a body akn knows, no link
    assert refs(text) == [("2023/7", DELIBERATION + "ecosoc/2023-7")]


@pytest.mark.parametrize("text, cited", [
    ("The Economic and Social Commission for Asia and the Pacific,\n\nRecalling Commission resolution 78/3,\n",
     DELIBERATION + "escap/78-3"),
    ("The Human Rights Council,\n\nRecalling Council resolution 5/1,\n", DELIBERATION + "unhrc/5-1"),
    # the body named before "in its" or "by its" is the one that adopted the cited resolution
    ("The Security Council,\n\nNoting the Statute adopted by the General Assembly by its resolution 50/245,\n",
     DELIBERATION + "unga/50-245"),
    ("The General Assembly,\n\nWelcoming the decision of the United Nations Environment Assembly, in its resolution 5/14,\n",
     DELIBERATION + "unea/5-14"),
    ("The General Assembly,\n\nRecalling Economic Commission for Africa resolution 2023/7,\n", DELIBERATION + "eca/2023-7"),
])
def test_a_body_named_before_the_citation_is_the_cited_body(text: str, cited: str) -> None:
    assert [href for _number, href in refs(text + "\n1. Decides to act.\n")] == [cited]


NOTES_THAT_SKIP = (
    "The General Assembly,\n\n"
    "Recalling the 2030 Agenda,1 the Paris Agreement2 and the Sendai Framework,8\n\n"
    "1. Welcomes the report,9 and decides to act.\n\n"
    "__________________\n\n"
    "1 Resolution 70/1.\n"
    "2 See FCCC/CP/2015/10/Add.1.\n"
    "8 Resolution 69/283, annex II.\n"
    "9 A/76/642.\n"
)


def test_notes_whose_numbers_skip_ahead_are_notes_with_a_warning_at_the_skip() -> None:
    converted = akn.convert(NOTES_THAT_SKIP, markup_date="2026-01-01", symbol="A/RES/80/1", date="2025-09-09")
    root = etree.fromstring(converted.to_xml())
    notes = root.findall(".//a:authorialNote", NS)
    assert [(n.get("marker"), "".join(n.itertext())) for n in notes] == [
        ("1", "Resolution 70/1."), ("2", "See FCCC/CP/2015/10/Add.1."), ("8", "Resolution 69/283, annex II."),
        ("9", "A/76/642."),
    ]
    assert [(w.line, w.message) for w in converted.warnings] == [
        (11, "note 8 follows note 2: the numbers in between are not in the text")
    ]


def test_a_number_out_of_sequence_in_a_note_stays_its_text_with_a_warning() -> None:
    text = NOTES_THAT_SKIP.replace("9 A/76/642.\n", "").replace(",9 and", " and")
    converted = akn.convert(text, markup_date="2026-01-01")
    notes = etree.fromstring(converted.to_xml()).findall(".//a:authorialNote", NS)
    assert [n.get("marker") for n in notes] == ["1", "2"]
    assert "".join(notes[1].itertext()) == "See FCCC/CP/2015/10/Add.1. 8 Resolution 69/283, annex II."
    assert (11, "'8' out of sequence after note 2; read as part of its text") in [
        (w.line, w.message) for w in converted.warnings
    ]


def test_the_date_line_of_an_annexed_letter_at_the_end_is_no_footnote() -> None:
    text = (
        "The Security Council,\n\n"
        "Noting the letter dated 8 October 2002, which is annexed to this resolution,\n\n"
        "1. Decides to remain seized of the matter.\n\n"
        "Annex\n\n"
        "8 October 2002\n\n"
        "Dear General Al-Saadi,\n\n"
        "We write to confirm the arrangements.\n"
    )
    root = body(text)
    assert not root.findall(".//a:authorialNote", NS)
    annex = "".join(root.find(".//a:attachments", NS).itertext())  # type: ignore[union-attr]
    assert "8 October 2002" in annex and "Dear General Al-Saadi," in annex


def _note_after_a_year(gap: str) -> tuple[str, list[str]]:
    text = (
        "The General Assembly,\n\n"
        f"1. Reaffirms the declarations of the Summits held in 2019 and 2023, 4{gap}as well as their annexes.\n\n"
        "__________________\n\n"
        "4 Resolutions 74/4 and 78/1.\n"
    )
    converted = akn.convert(text, markup_date="2026-01-01", symbol="A/RES/80/1", date="2025-09-09")
    paragraph = etree.fromstring(converted.to_xml()).find(".//a:mainBody//a:p", NS)
    assert paragraph is not None
    return etree.tostring(paragraph, encoding=str), [w.message for w in converted.warnings]


def test_a_spaced_marker_after_a_year_is_a_marker_when_a_superscript_gap_follows() -> None:
    paragraph, warnings = _note_after_a_year("  ")
    assert 'held in 2019 and 2023,<authorialNote marker="4"' in paragraph
    assert "</authorialNote> as well as their annexes." in paragraph
    assert not warnings


def test_a_number_after_a_year_with_one_space_is_text() -> None:
    paragraph, warnings = _note_after_a_year(" ")
    assert "held in 2019 and 2023, 4 as well as their annexes." in paragraph
    assert warnings == ["footnote '4' has no marker in the text; placed after the paragraph before it"]


def test_a_spaced_marker_joins_the_word_before_it_and_stays_there_through_the_text_round_trip() -> None:
    text = (
        "The General Assembly,\n\n"
        "1. Welcomes the Sevilla Commitment, 1  which renews the financing framework.\n\n"
        "__________________\n\n"
        "1 A/CONF.227/2025/L.1.\n"
    )
    first = akn.convert(text, markup_date="2026-01-01", symbol="A/RES/80/1", date="2025-09-09")
    xml = first.to_xml()
    assert b'Sevilla Commitment,<authorialNote marker="1"' in xml
    assert b"</authorialNote> which renews" in xml
    again = akn.convert(akn.to_text(xml), markup_date="2026-01-01", symbol="A/RES/80/1", date="2025-09-09")
    assert again.document.body == first.document.body


def test_a_spaced_marker_after_a_sentence_ending_in_a_word_that_takes_a_number_is_a_marker() -> None:
    # S/RES/1 (1946) as extracted: "meeting 22" would be a meeting's number, "meeting. 22" cannot be.
    text = (
        "The Security Council,\n\n"
        "1. Decides to remain seized of the matter.\n\n"
        "Adopted at the 2nd meeting. 22\n\n"
        "22 Adopted without vote.\n"
    )
    first = akn.convert(text, markup_date="2026-01-01", symbol="S/RES/1 (1946)", date="1946-01-25")
    xml = first.to_xml()
    assert b'the 2nd meeting.<authorialNote marker="22"' in xml
    assert b"meeting. 22" not in xml
    assert not [w for w in first.warnings if "footnote" in w.message]
    text_again = akn.to_text(xml)
    again = akn.convert(text_again, markup_date="2026-01-01", symbol="S/RES/1 (1946)", date="1946-01-25").to_xml()
    assert b'the 2nd meeting.<authorialNote marker="22"' in again
    assert akn.to_text(again) == text_again


@pytest.mark.parametrize("before", ["at its 22nd meeting 22", "at the meeting, 22", "in paragraph 22"])
def test_a_number_after_a_word_that_takes_one_is_no_spaced_marker(before: str) -> None:
    text = f"The General Assembly,\n\n1. Decides to act as agreed {before} of the report.\n\n22 A note.\n"
    xml = body(text)
    paragraph = "".join(xml.find(".//a:paragraph/a:content/a:p", NS).itertext())
    assert f"{before} of the report.A note." in paragraph


def test_a_marker_glued_to_a_short_number_and_comma_is_found_before_a_later_spaced_number() -> None:
    text = (
        "The General Assembly,\n\n"
        "Recalling chapter 17 of Agenda 21,1\n\n"
        "1. Notes the contracts with 19 contractors for nodules, 1 contractor for sulphides.\n\n"
        "__________________\n\n"
        "1 Report of the United Nations Conference on Environment and Development.\n"
    )
    xml = akn.convert(text, markup_date="2026-01-01", symbol="A/RES/80/1", date="2025-09-09").to_xml()
    assert b'chapter 17 of Agenda 21,<authorialNote marker="1"' in xml
    assert b"nodules, 1 contractor for sulphides." in xml


@pytest.mark.parametrize(
    "cited",
    ["its resolution 76/28,1", "decision 3/COP.14,1", "the period 2015\u20132030.1", "the impact of COVID-19,1",
     "a meeting from 10 a.m. to 1 p.m.,1", "the list in annex V.1"],
)
def test_a_marker_glued_to_a_symbol_or_a_year_and_its_punctuation_is_found(cited: str) -> None:
    text = (
        "The General Assembly,\n\n"
        f"Recalling {cited} and the report of 2 contractors,\n\n"
        "1. Decides to act.\n\n"
        "__________________\n\n"
        "1 See A/80/1.\n"
    )
    converted = akn.convert(text, markup_date="2026-01-01", symbol="A/RES/80/1", date="2025-09-09")
    recital = etree.fromstring(converted.to_xml()).find(".//a:preamble/a:container/a:p", NS)
    assert recital is not None
    note = recital.find("a:authorialNote", NS)
    assert note is not None and note.get("marker") == "1"
    before = "".join(recital.itertext()).split("See A/80/1.")[0]
    assert before.endswith(cited[:-1])
    assert not converted.warnings


def test_numbered_annexes_under_an_annex_with_no_text_of_its_own_are_its_annexes() -> None:
    root = body(
        "The Security Council,\n\n"
        "1. Decides to amend the Statute as set out in the annex.\n\n"
        "Annex\n\n"
        "Annex I\n\n"
        "1. The Chambers shall be composed of sixteen judges.\n\n"
        "Annex II\n\n"
        "1. The judges shall elect a President.\n"
    )
    top = root.findall("./a:statement/a:attachments/a:attachment", NS)
    assert [a.get("eId") for a in top] == ["att_1"]
    inner = top[0].findall("./a:doc/a:attachments/a:attachment", NS)
    assert [a.get("eId") for a in inner] == ["att_1__att_1", "att_1__att_2"]
    assert [a.findtext(".//a:docType", namespaces=NS) for a in inner] == ["Annex I", "Annex II"]


def test_numbered_annexes_after_an_annex_with_text_stay_side_by_side() -> None:
    root = body(
        "The Security Council,\n\n"
        "1. Decides to amend the Statute.\n\n"
        "Annex\n\n"
        "1. The Chambers shall be composed of sixteen judges.\n\n"
        "Annex I\n\n"
        "1. The judges shall elect a President.\n"
    )
    top = root.findall("./a:statement/a:attachments/a:attachment", NS)
    assert [a.get("eId") for a in top] == ["att_1", "att_2"]


@pytest.mark.parametrize("suffix", ["bis", "ter", "quater", "quinquies"])
def test_an_article_numbered_with_a_latin_suffix_keeps_it_in_its_number(suffix: str) -> None:
    root = body(
        "The Security Council,\n\n"
        "1. Decides to amend the Statute as follows.\n\n"
        "Annex\n\n"
        f"Article 12 {suffix}\n\n"
        "Status of ad litem judges\n\n"
        "1. Ad litem judges shall enjoy the same privileges.\n"
    )
    article = root.find(".//a:article", NS)
    assert article.findtext("a:num", namespaces=NS) == f"Article 12 {suffix}"
    assert article.findtext("a:heading", namespaces=NS) == "Status of ad litem judges"
    assert article.get("eId").endswith(f"art_12{suffix}")


SUBJECT_HEADINGS = (
    "The Security Council,\n\n"
    "Recalling its previous resolutions,\n\n"
    "Acting under Chapter VII of the Charter of the United Nations,\n\n"
    "Political process\n\n"
    "1. Expresses its support to the Transitional Authorities;\n\n"
    "2. Urges all parties to cooperate;\n\n"
    "Human rights\n\n"
    "3. Reiterates the need to hold all perpetrators accountable;\n\n"
    "Monitoring and reporting\n\n"
    "4. Requests the Secretary-General to report every three months;\n"
)


def test_a_subject_heading_between_operative_paragraphs_is_a_cross_heading() -> None:
    root, warnings = converted(SUBJECT_HEADINGS)
    main = root.find(".//a:mainBody", NS)
    shape = [(etree.QName(c).localname, c.findtext("a:heading", namespaces=NS) or c.findtext("a:num", namespaces=NS))
             for c in main]
    assert shape == [
        ("hcontainer", "Political process"), ("paragraph", "1."), ("paragraph", "2."),
        ("hcontainer", "Human rights"), ("paragraph", "3."),
        ("hcontainer", "Monitoring and reporting"), ("paragraph", "4."),
    ]
    assert {c.get("name") for c in main.findall("a:hcontainer", NS)} == {"crossHeading"}
    assert len(root.findall(".//a:preamble/a:container", NS)) == 2
    assert "Human rights" not in "".join(main.find("a:paragraph[2]", NS).itertext())
    assert not [message for _, message in warnings if "operative part" in message]
    assert akn.validate(etree.tostring(root)).conformant


def test_cross_headings_come_back_from_the_text_in_their_place() -> None:
    xml = akn.convert(SUBJECT_HEADINGS, markup_date="2026-01-01").to_xml()
    again = akn.convert(akn.to_text(xml), markup_date="2026-01-01").to_xml()
    assert again == xml


def test_a_recital_that_lost_its_comma_stays_in_the_preamble() -> None:
    root = body(
        "The Security Council,\n\n"
        "Recalling its previous resolutions,\n\n"
        "Acting under Chapter VII of the Charter of the United Nations\n\n"
        "1. Decides to extend the mandate;\n"
    )
    assert len(root.findall(".//a:preamble/a:container", NS)) == 2
    assert root.find(".//a:hcontainer", NS) is None


@pytest.mark.parametrize("line", ["Location: Pasdaran Avenue, Tehran", "Patrick Robinson (Jamaica)"])
def test_a_labelled_value_or_a_name_with_a_country_is_no_cross_heading(line: str) -> None:
    root = body(
        "The Security Council,\n\n"
        "1. Decides that the following entity is subject to the measures:\n\n"
        f"{line}\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert root.find(".//a:hcontainer", NS) is None
    assert line in "".join(root.find(".//a:mainBody/a:paragraph", NS).itertext())


def test_a_recital_worded_as_an_operative_paragraph_stays_in_the_preamble() -> None:
    root = body(
        "The Security Council,\n\n"
        "Recalling its previous resolutions,\n\n"
        "Expresses grave concern over ongoing hostilities in and around Tripoli,\n\n"
        "Urging the full participation of women in all activities,\n\n"
        "1. Decides to extend the mandate of the Mission;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    recitals = root.findall(".//a:preamble/a:container", NS)
    assert len(recitals) == 3
    assert "".join(recitals[1].itertext()).strip().startswith("Expresses grave concern")
    assert [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["1.", "2."]


def test_points_a_recital_introduces_before_the_numbered_paragraphs_stay_in_the_recital() -> None:
    # As in A/RES/75/55: "Convinced that the Convention ... constitutes a major contribution to: (a) ...,
    # (b) ...," and then "1. Reaffirms ...". The points are the recital's, not lettered operative paragraphs.
    root = body(
        "The General Assembly,\n\n"
        "Recalling its resolution 70/1,\n\n"
        "Convinced that the Convention constitutes a major contribution to:\n\n"
        "(a) International peace and security,\n\n"
        "(b) Eliminating chemical weapons and preventing their re-emergence,\n\n"
        "1. Reaffirms its condemnation of the use of chemical weapons;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    recitals = root.findall(".//a:preamble/a:container", NS)
    assert [len(r.findall("a:p", NS)) for r in recitals] == [1, 3]
    assert "".join(recitals[1][2].itertext()).startswith("(b) Eliminating chemical weapons")
    assert [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["1.", "2."]


@pytest.mark.parametrize("opener", ["Resolves that:", "Resolves that, for 2021:", "Decides as follows:"])
def test_numbered_paragraphs_after_a_bare_resolves_that_keep_their_rank(opener: str) -> None:
    root = body(
        "The General Assembly\n\n"
        f"{opener}\n\n"
        "1. The Working Capital Fund shall be established in the amount of 150 million dollars;\n\n"
        "2. Member States shall make advances to the Fund;\n"
    )
    numbered = [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)]
    assert numbered == [None, "1.", "2."]
    assert root.find(".//a:point", NS) is None


def test_numbered_items_that_complete_a_clause_are_its_points() -> None:
    root = body(
        "WHEREAS, the City has adopted a plan;\n\n"
        "NOW, THEREFORE, BE IT RESOLVED that the City Manager is hereby directed to:\n\n"
        "1. Establish a working group;\n\n"
        "2. Report to the Council within 90 days.\n"
    )
    assert [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:point", NS)] == ["1.", "2."]


def test_items_numbered_from_one_inside_a_paragraph_are_its_points_when_the_numbering_resumes() -> None:
    conversion = akn.convert(
        "The Security Council,\n\n"
        "5. Decides to extend the mandate;\n\n"
        "6. Requests that the parties report on the following:\n\n"
        "1. Resolution of the final status of Abyei;\n\n"
        "2. Implementation of all decisions;\n\n"
        "7. Urges continued progress;\n",
        markup_date="2026-01-01",
    )
    root = etree.fromstring(conversion.to_xml())
    numbered = [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)]
    assert numbered == ["5.", "6.", "7."]
    points = root.findall(".//a:mainBody/a:paragraph[2]//a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in points] == ["1.", "2."]
    assert not [w for w in conversion.warnings if "out of sequence" in w.message]


def test_a_numbering_that_restarts_for_good_is_no_list_of_points() -> None:
    root = body(
        "The Security Council,\n\n"
        "5. Decides to extend the mandate as follows:\n\n"
        "1. Resolution of the final status of Abyei;\n\n"
        "2. Implementation of all decisions;\n"
    )
    assert root.find(".//a:point", NS) is None


def test_items_a_colon_announces_stay_with_their_paragraph_without_a_warning() -> None:
    text = (
        "The General Assembly,\n\n"
        "8. Decides that the plenary meetings will be held as follows:\n\n"
        "Thursday, 2 June: from 9.30 a.m. to 1 p.m.\n\n"
        "Friday, 3 June: from 10 a.m. to 1 p.m.;\n\n"
        "9. Decides to remain seized of the matter.\n\n"
        "The meetings will be open to observers.\n"
    )
    conversion = akn.convert(text, markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    first = root.find(".//a:mainBody/a:paragraph", NS)
    assert "Friday, 3 June" in "".join(first.itertext())
    lines = [w.line for w in conversion.warnings if "unnumbered block" in w.message]
    assert lines == [11]


def notes_after(text: str) -> tuple[dict[str, str], list[str]]:
    """Each note's marker with the words of its paragraph just before it, and the warnings."""
    converted = akn.convert(text, markup_date="2026-01-01", symbol="A/RES/80/1", date="2025-09-09")
    root = etree.fromstring(converted.to_xml())
    places = {}
    for note in root.iter(f"{{{NS['a']}}}authorialNote"):
        holder = note.getparent()
        before = [holder.text or ""]
        for child in holder:
            if child is note:
                break
            if child.tag != note.tag:
                before.append("".join(child.itertext()))
            before.append(child.tail or "")
        places[note.get("marker")] = " ".join("".join(before).split())
    return places, [w.message for w in converted.warnings]


def notes_of_a_recital(recital: str, *notes: str) -> tuple[dict[str, str], list[str]]:
    """`notes_after` for a resolution of one recital, one paragraph and the notes below a rule."""
    rule = "__________________"
    return notes_after(f"The General Assembly,\n\n{recital}\n\n1. Decides to act.\n\n{rule}\n\n" + "\n".join(notes) + "\n")


@pytest.mark.parametrize(
    "recital, notes, places, warnings",
    [
        pytest.param(
            "Recalling the political declaration of 22 September 2008, 2 and the Paris Agreement,3 and the "
            "Dakar 2 Summit on Feed Africa,",
            ("2 Resolution 63/1.", "3 See FCCC/CP/2015/10/Add.1."),
            {"2": "declaration of 22 September 2008,", "3": "2008, and the Paris Agreement,"},
            [],
            id="a spaced marker after a date, before the next note's glued marker",
        ),
        pytest.param(
            "Recalling that in 2019 there were 113 cases, and recalling decision VII/1113 of the Meeting of the "
            "Parties and the Convention,14",
            ("13 UNEP/OzL.Pro.7/12.", "14 United Nations, Treaty Series, vol. 1513, No. 26164."),
            {"13": "113 cases, and recalling decision VII/11", "14": "Parties and the Convention,"},
            ["footnote '13' has no marker of its own; read as the end of 'VII/1113', which then stands for 'VII/11'"],
            id="a marker read off the end of a symbol, the last resort, with a warning",
        ),
        pytest.param(
            "Recalling its resolutions 71/205 of 19 December 2016 and 74/17 of 9 December 2019, and welcoming "
            "the reports submitted pursuant to resolutions 71/2057 and 72/190,8",
            ("7 See A/72/498.", "8 See A/73/404."),
            {"7": "pursuant to resolutions 71/205", "8": "and 72/190,"},
            ["footnote '7' has no marker of its own; read as the end of '71/2057', which then stands for '71/205'"],
            id="of two symbols that could end in the marker, the one whose shorter number is cited elsewhere",
        ),
    ],
)
def test_weaker_readings_of_a_marker_stop_at_the_next_note_s_marker(
    recital: str, notes: tuple[str, ...], places: dict[str, str], warnings: list[str]
) -> None:
    found, warned = notes_of_a_recital(recital, *notes)
    assert {marker: found[marker][-len(words):] for marker, words in places.items()} == places
    assert warned == warnings


@pytest.mark.parametrize(
    "cited",
    ["decision C-16/DEC.1", "decision ICCD/COP(15)/CP.1", "the conference A/CONF.1", "the Gas Bulletin No.1",
     "paragraph IV.1 of the report"],
)
def test_a_number_after_a_symbol_s_segment_or_a_numbered_thing_and_its_dot_is_no_marker(cited: str) -> None:
    places, _ = notes_of_a_recital(
        f"Recalling {cited} of 1 December 2011 and the report of 5 October 2017,1", "1 EC-86/DG.31."
    )
    assert places["1"].endswith("report of 5 October 2017,")


def test_the_letter_of_a_resolution_printed_alone_keeps_its_note() -> None:
    text = (
        "76/235. Financial reports and audited financial statements\n\n"
        "B 1\n\n"
        "The General Assembly,\n\n"
        "1. Accepts the financial reports.\n\n"
        "__________________\n\n"
        "1 Resolution 76/235 is resolution A.\n"
    )
    letter = body(text).findall(".//a:preface/a:p", NS)[-1]
    assert letter.findtext("a:docNumber", namespaces=NS) == "B"
    assert letter.find("a:authorialNote", NS).get("marker") == "1"
    assert notes_after(text)[0]["1"] == "B"


@pytest.mark.parametrize(
    "cited",
    ["the parties to the NPT", "the commitment on HIV/AIDS", "the response to COVID-19",
     "the response to COVID\u201119"],
)
def test_a_marker_glued_to_an_acronym_or_a_hyphenated_name_is_found_before_the_next_note(cited: str) -> None:
    places, _ = notes_of_a_recital(
        f"Recalling {cited}5 and the 5 principles of the Convention,6",
        "5 A/77/1.",
        "6 United Nations, Treaty Series, vol. 1513, No. 26164.",
    )
    assert places["5"] == f"Recalling {cited}"
    assert places["6"].endswith("principles of the Convention,")


def test_a_subject_heading_over_a_point_that_reads_as_a_verb_opens_no_paragraph() -> None:
    # "Arms Embargo" between points (b) and (c): its first word reads as a verb ("arms"), so it opened an
    # unnumbered operative paragraph, and "(c)" went under it instead of beside "(b)".
    root, warnings = converted(
        "The Security Council,\n\n1. Decides that all States shall take the following measures:\n\n"
        "Asset Freeze\n\n(a) Freeze the funds of these individuals;\n\nTravel Ban\n\n"
        "(b) Prevent their entry into their territories;\n\nArms Embargo\n\n"
        "(c) Prevent the supply of arms to them;\n\n2. Decides to remain seized of the matter.\n"
    )
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["1.", "2."]
    points = paragraphs[0].findall("a:list/a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in points] == ["(a)", "(b)", "(c)"]
    assert not [message for _, message in warnings if "does not start a list" in message]

def test_a_list_that_starts_again_stands_beside_the_first_not_inside_it() -> None:
    # "(b)", a block kept with it that announces no list, then "(a)": a second list of the paragraph.
    root, warnings = converted(
        "The Security Council,\n\n1. Requests the parties:\n\n(a) To observe the ceasefire;\n\n(b) To report;\n\n"
        "1000. Decides to act;\n\n(a) To meet monthly;\n\n(b) To inform the Council;\n"
    )
    (paragraph,) = root.findall(".//a:mainBody/a:paragraph", NS)
    points = paragraph.findall(".//a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in points] == ["(a)", "(b)", "(a)", "(b)"]
    assert all(p.getparent().getparent() is paragraph for p in points)
    assert [p.get("eId") for p in points][2:] == ["para_1__list_1__point_a-2", "para_1__list_1__point_b-2"]
    assert (11, "(a) after (b): the list starts again") in warnings


def test_a_point_that_announces_a_list_of_its_own_kind_holds_it() -> None:
    root = body(
        "The Security Council,\n\n1. Requests the parties:\n\n(a) To observe the ceasefire;\n\n"
        "(b) To report on the following:\n\n(a) The ceasefire;\n\n(b) The elections;\n"
    )
    (inner,) = root.findall(".//a:point/a:list", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in inner.findall("a:point", NS)] == ["(a)", "(b)"]
    assert inner.getparent().findtext("a:num", namespaces=NS) == "(b)"


@pytest.mark.parametrize(
    "item, times, points, deepest",
    [
        # "(a)", "(b)", a block kept with "(b)", again and again: each list starts over beside the first. Nested
        # one inside the other, this went deeper than Python's recursion limit (an internal error).
        ("(a) To observe item {i};\n\n(b) To report on item {i};\n\n1000. Also item {i}.\n\n", 2000, 4000, 5),
        # each "(a)" announcing a list of its own: the lists nest no deeper than eight
        ("(a) To report on item {i} as follows:\n\n", 3000, 3000, 5 + 2 * 8),
    ],
)
def test_lists_started_again_thousands_of_times_stay_shallow(item: str, times: int, points: int, deepest: int) -> None:
    text = "The Security Council,\n\n1. Requests the parties:\n\n" + "".join(item.format(i=i) for i in range(times))
    found = body(text).findall(".//a:point", NS)
    assert len(found) == points
    assert max(sum(1 for _ in p.iterancestors()) for p in found) <= deepest  # the first: statement/mainBody/paragraph/list


LONG_TITLE = (
    "Scale up climate action and support, including climate finance, in line with existing commitments and "
    "obligations under the United Nations Framework Convention on Climate Change and the Paris Agreement"
)


def test_a_section_letter_after_the_one_before_takes_a_long_title() -> None:
    # As in the annex of A/RES/78/317: "B." alone on its line, then a title of 29 words over three lines.
    wrapped = LONG_TITLE.replace(" in line ", "\nin line ").replace(" Framework ", "\nFramework ")
    root = body(
        "The General Assembly,\n\n1. Adopts the programme:\n\nA.\nBuild economic resilience\n\n"
        "(a) Increase investments;\n\n(b) Enable youth economic participation;\n\n"
        f"B.\n{wrapped}\n\n(a) Accelerate actions;\n"
    )
    sections = root.findall(".//a:section", NS)
    assert [s.findtext("a:num", namespaces=NS) for s in sections] == ["A.", "B."]
    assert " ".join("".join(sections[1].find("a:heading", NS).itertext()).split()) == LONG_TITLE
    assert [p.findtext("a:num", namespaces=NS) for p in sections[1].iter(f"{{{NS['a']}}}paragraph")] == ["(a)"]


def test_a_letter_with_a_long_text_and_no_section_before_it_is_no_section() -> None:
    root = body(f"The General Assembly,\n\n1. Adopts the programme:\n\nB.\n{LONG_TITLE}\n\n2. Decides to act.\n")
    assert root.findall(".//a:section", NS) == []


def test_blocks_kept_with_one_paragraph_are_each_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether the paragraph announces items was asked of all its blocks again for each block added: n squared.
    calls = 0
    plain_text = m.plain_text

    def counted(inlines: m.Inlines) -> str:
        nonlocal calls
        calls += 1
        return plain_text(inlines)

    monkeypatch.setattr(m, "plain_text", counted)
    blocks = 2000
    text = "The Security Council,\n\n1. Decides to act.\n\n" + "".join(
        f"Part {1000 + i}\n\n" for i in range(blocks)
    )
    root = body(text)
    assert len(root.find(".//a:mainBody/a:paragraph", NS).findall("a:content/a:p", NS)) == blocks + 1
    assert calls < 20 * blocks


def test_eids_of_one_number_taken_many_times_are_found_without_trying_each_taken_one() -> None:
    class Counted(set):
        asked = 0

        def __contains__(self, item: object) -> bool:
            Counted.asked += 1
            return super().__contains__(item)

    maker = eids.EidMaker()
    maker.used = Counted()
    made = [maker.make("para_1__list_1", "point", "(a)") for _ in range(3000)]
    assert made[:3] == ["para_1__list_1__point_a", "para_1__list_1__point_a-2", "para_1__list_1__point_a-3"]
    assert len(set(made)) == 3000
    assert Counted.asked < 3 * 3000
    maker.used.add("para_2-3")  # taken beforehand: skipped, and the count goes on after it
    assert [maker.make("", "paragraph", "2.") for _ in range(3)] == ["para_2", "para_2-2", "para_2-4"]


def test_lettered_sections_under_roman_ones_are_theirs_and_the_style_met_first_is_the_outer() -> None:
    # As the annex of A/RES/78/317: "II." with parts "A." to "D.", then "III." with "A." to "J." ("I." after
    # "H." is a letter). Side by side, the second "A." was sec_A-2 and the letter I a second sec_I.
    letters = "ABCDEFGHIJ"
    text = "The General Assembly,\n\nI.\nThe story\n\n1. Notes the story.\n\nII.\nWhat is wanted\n\n"
    text += "".join(f"{x}.\nWanted {x}\n\n{i + 2}. Wants {x}.\n\n" for i, x in enumerate("ABCD"))
    text += "III.\nHow to get there\n\n" + "".join(f"{x}.\nWay {x}\n\n{i + 6}. Goes {x}.\n\n" for i, x in enumerate(letters))
    root = body(text)
    sections = [s.get("eId") for s in root.iter(f"{{{NS['a']}}}section")]
    assert sections == ["sec_I", "sec_II", *(f"sec_II__sec_{x}" for x in "ABCD"), "sec_III",
                        *(f"sec_III__sec_{x}" for x in letters)]
    outer = body("The General Assembly,\n\nA.\nFirst\n\nI.\nOne\n\n1. Acts.\n\nII.\nTwo\n\n2. Acts.\n\nB.\nSecond\n\n3. Acts.\n")
    assert [s.get("eId") for s in outer.iter(f"{{{NS['a']}}}section")] == [
        "sec_A", "sec_A__sec_I", "sec_A__sec_II", "sec_B"]


@pytest.mark.parametrize(
    "headings, nums, eids",
    [
        (("I.\nThe story", "A.\nResilience", "IV.\nThe way"), ["I.", "A.", "IV."], ["sec_I", "sec_I__sec_A", "sec_IV"]),
        (("I. The story", "B. Resilience"), ["I.", "B."], ["sec_I", "sec_I__sec_B"]),
        (("A\nThe story", "B\nResilience"), ["A", "B"], ["sec_A", "sec_B"]),
        (("Chapter II.\nThe story", "Article 3.\nResilience"), ["Chapter II.", "Article 3."], ["chp_II", "chp_II__art_3"]),
        (("Part I\nThe story", "Article 3\nResilience"), ["Part I", "Article 3"], ["part_I", "part_I__art_3"]),
    ],
    ids=["alone", "titled", "without-full-stop", "named", "named-without-full-stop"],
)
def test_a_part_s_number_is_kept_as_written_and_its_eid_takes_the_bare_number(
    headings: tuple[str, ...], nums: list[str], eids: list[str]
) -> None:
    # As the annex of A/RES/78/317: "A." alone on its line lost its full stop, which paragraph numbers keep.
    text = "The General Assembly,\n\n" + "".join(
        f"{heading}\n\n{i + 1}. Acts on part {i + 1}.\n\n" for i, heading in enumerate(headings))
    xml = akn.convert(text, markup_date="2026-01-01").to_xml()
    parts = [p for p in etree.fromstring(xml).find(".//a:mainBody", NS).iter()
             if p.find("a:heading", NS) is not None]
    assert ids_and_nums(parts) == list(zip(eids, nums, strict=True))
    text_again = akn.to_text(xml)
    assert all(f"\n\n{num}\n\n" in text_again for num in nums)
    assert akn.to_text(akn.convert(text_again, markup_date="2026-01-01").to_xml()) == text_again


def test_the_recitals_that_open_a_part_are_its_introduction() -> None:
    # As parts of A/RES/75/253 and 77/263: counted as a paragraph, the recital took sec_I__para_1 and the
    # part's paragraph 1 was left with sec_I__para_1-2.
    root = body(
        "The General Assembly,\n\nI\n\nActivities of the Office\n\nRecalling its resolution 48/218 B,\n\n"
        "1. Reaffirms its role;\n\n2. Requests a report;\n\nII\n\nThe budget\n\n3. Approves the budget.\n"
    )
    first = root.find(".//a:section", NS)
    assert [p.get("eId") for p in first.findall("a:paragraph", NS)] == ["sec_I__para_1", "sec_I__para_2"]
    assert first.find("a:intro", NS).get("eId") == "sec_I__intro"
    assert "".join(first.find("a:intro/a:p", NS).itertext()) == "Recalling its resolution 48/218 B,"


def test_a_section_numbered_with_a_letter_after_its_figure_is_a_section() -> None:
    # Part VIII of A/RES/78/252: "Section 29A Department of ...", then 29B, 29C. Not read as headings, they
    # stood in the part's first paragraph and at the end of the paragraphs before each.
    root = body(
        "The General Assembly,\n\nSection 28\n\nGlobal communications\n\n63. Recalls paragraph VII.10;\n\n"
        "Section 29A Department of Management Strategy, Policy and Compliance\n\n64. Recalls paragraph 41;\n\n"
        "65. Takes note of paragraph VIII.6;\n\nSection 29B Department of Operational Support\n\n"
        "66. Takes note of paragraph VIII.35;\n"
    )
    sections = root.findall(".//a:section", NS)
    assert ids_and_nums(sections) == [("sec_28", "Section 28"), ("sec_29A", "Section 29A"),
                                      ("sec_29B", "Section 29B")]
    assert [num for _, num in ids_and_nums(sections[1].findall("a:paragraph", NS))] == ["64.", "65."]
    assert "Section 29B" not in "".join(sections[1].itertext())


def test_numbered_siblings_keep_their_numbers_and_an_unnumbered_one_before_them_is_counted_with_a_suffix() -> None:
    # As the annex of the Austin resolution: an unnumbered paragraph, then "1.", "2.". Made in document order,
    # the unnumbered one took att_1__para_1 and paragraph 1 was left with att_1__para_1-2.
    root = body(
        "The General Assembly,\n\n1. Adopts the principles annexed.\n\nAnnex\n\nOpen data principles\n\n"
        "The city is committed to open government.\n\n1. Data sets shall be open.\n\n2. Data shall be primary.\n"
    )
    annex = root.find(".//a:attachment//a:mainBody", NS)
    assert ids_and_nums(annex.findall("a:paragraph", NS)) == [
        ("att_1__para_1-2", None), ("att_1__para_1", "1."), ("att_1__para_2", "2.")]
    maker = eids.EidMaker()
    assert maker.make_siblings("", [("paragraph", None), ("paragraph", "1."), ("intro", None), ("paragraph", "1.")]) == [
        "para_1-3", "para_1", "intro", "para_1-2"]  # the numbered first, in order; then the counted


def test_rules_of_procedure_are_rules_each_numbering_its_paragraphs() -> None:
    # As the rules of procedure annexed to A/RES/75/212: "Rule 7", its title, then paragraphs 1 and 2.
    root, warnings = converted(
        "The General Assembly,\n\n1. Adopts the rules of procedure annexed.\n\nAnnex\n\nRules of procedure\n\n"
        "Rule 6\n\nElections\n\nThe Conference shall elect two Presidents.\n\nRule 7\n\nGeneral powers\n\n"
        "1. The Presidents shall preside.\n\n2. The presiding President remains under the authority of the "
        "Conference.\n"
    )
    rules = root.findall(".//a:attachment//a:rule", NS)
    assert ids_and_nums(rules) == [("att_1__rule_6", "Rule 6"), ("att_1__rule_7", "Rule 7")]
    assert ids_and_nums(rules[1].findall("a:paragraph", NS)) == [
        ("att_1__rule_7__para_1", "1."), ("att_1__rule_7__para_2", "2.")]
    assert not [message for _, message in warnings if "out of sequence" in message]
    assert "Rule 7\n\nGeneral powers\n\n1. The Presidents shall preside." in akn.to_text(etree.tostring(root))


def test_a_subject_heading_that_is_a_phrase_alone_opens_the_body_as_a_cross_heading() -> None:
    # As Security Council sanctions resolutions (S/RES/2253): "Measures" over paragraph 1. Taken for an operative
    # phrase, it became an unnumbered paragraph counted beside paragraph 1.
    root = body(
        "The Security Council,\n\nActing under Chapter VII of the Charter of the United Nations,\n\nMeasures\n\n"
        "1. Decides that all States shall freeze the funds;\n\nListing criteria\n\n2. Decides to list;\n"
    )
    body_el = root.find(".//a:mainBody", NS)
    assert [(etree.QName(c).localname, c.get("name")) for c in body_el] == [
        ("hcontainer", "crossHeading"), ("paragraph", None), ("hcontainer", "crossHeading"), ("paragraph", None)]
    assert body_el[0].findtext("a:heading", namespaces=NS) == "Measures"
    assert len(root.findall(".//a:preamble/a:container", NS)) == 1  # "Acting under Chapter VII ..." stays a recital


@pytest.mark.parametrize("heading", ["Arms embargo", "Sanctions regime"])
def test_a_short_heading_whose_first_word_reads_as_a_verb_opens_the_body_as_a_cross_heading(heading: str) -> None:
    root = body(f"The Security Council,\n\nActing under Chapter VII of the Charter,\n\n{heading}\n\n1. Decides to act;\n")
    first = root.find(".//a:mainBody", NS)[0]
    assert (first.get("name"), first.findtext("a:heading", namespaces=NS)) == ("crossHeading", heading)
    # a line that says more, before numbered paragraphs, is still a paragraph of its own
    longer = body("The Security Council,\n\nDecides to extend the mandate of the Mission\n\n1. Requests a report;\n")
    assert longer.find(".//a:mainBody", NS)[0].get("eId") == "para_1-2"


@pytest.mark.parametrize(("heading", "heading_inside_the_body"), [
    # S/RES/2362: thirteen words, which the limit for headings inside the body (twelve) left a recital
    ("Prevention of Illicit Exports of Petroleum, including Crude Oil and Refined Petroleum Products", False),
    # S/RES/1911: in brackets and quotes, which no capital opens; it heads later paragraphs too
    ("(\u201cSupporting the Ouagadougou political process and a credible electoral process\u201d)", True),
    # S/RES/2444: a participle made a noun by "of", which read as the opening phrase of a recital
    ("Lifting of arms embargoes, travel bans, asset freezes and targeted sanctions on Eritrea", False),
])
def test_a_longer_or_bracketed_heading_before_paragraph_one_opens_the_body(
    heading: str, heading_inside_the_body: bool
) -> None:
    root = body(f"The Security Council,\n\nActing under Chapter VII of the Charter,\n\n{heading}\n\n1. Condemns it;\n")
    first = root.find(".//a:mainBody", NS)[0]
    assert (first.get("name"), first.findtext("a:heading", namespaces=NS)) == ("crossHeading", heading)
    assert len(root.findall(".//a:preamble/a:container", NS)) == 1
    later = body(f"The Security Council,\n\n1. Decides to act;\n\n{heading}\n\n2. Requests a report;\n")
    assert (later.find(".//a:mainBody/a:hcontainer", NS) is not None) is heading_inside_the_body


def test_paragraph_one_misread_as_l_is_mended_when_paragraph_two_follows() -> None:
    # As A/RES/76/256 has it ("l. Decides to designate 12 May ..."); read as it was, it became a recital.
    root, warnings = converted(
        "The General Assembly,\n\nRecognizing the importance of plant health,\n\nl. Decides to designate 12 May;\n\n"
        "2. Invites all Member States to observe the Day;\n"
    )
    assert [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["1.", "2."]
    assert len(root.findall(".//a:preamble/a:container", NS)) == 1
    assert (5, "l. read as 1.: the numbering sequence shows a misread character") in warnings
    # without a paragraph 2 after it, "l." is left as it is
    alone = body("The General Assembly,\n\nl. Decides to designate 12 May;\n\n3. Invites all States;\n")
    assert "l. Decides" in "".join(alone.itertext())


def test_a_subject_heading_among_the_recitals_is_a_subheading_block_of_the_preamble() -> None:
    # As S/RES/2182 has them: "Somalia", "Eritrea", "AMISOM" over groups of recitals. They were recitals.
    text = (
        "The Security Council,\n\nRecalling its previous resolutions,\n\nSomalia\n\n"
        "Welcoming the progress made by the Government,\n\nAMISOM\n\nExpressing its appreciation to the troops,\n\n"
        "1. Decides to renew the measures;\n"
    )
    root = body(text)
    preamble = root.find(".//a:preamble", NS)
    assert [(etree.QName(c).localname, c.get("name")) for c in preamble] == [
        ("formula", "enactingFormula"), ("container", "Recalling"), ("block", "subheading"),
        ("container", "Welcoming"), ("block", "subheading"), ("container", "Expressing")]
    assert [b.text for b in preamble.findall("a:block", NS)] == ["Somalia", "AMISOM"]
    assert akn.to_text(akn.convert(text, markup_date="2026-01-01").to_xml()).startswith(
        "The Security Council,\n\nRecalling its previous resolutions,\n\nSomalia\n\nWelcoming")
    # a recital whose opening words are not a known phrase still ends with a comma (S/RES/2363)
    whilst = body("The Security Council,\n\nRecalling its resolutions,\n\nHumanitarian situation and displacement\n\n"
                  "Whilst welcoming the reduction in new displacement,\n\n1. Decides to act;\n")
    assert [b.text for b in whilst.findall(".//a:preamble/a:block", NS)] == ["Humanitarian situation and displacement"]
    # a short line before a recital that has an opening phrase of its own is a recital
    other = body("The Security Council,\n\nNoting the report\n\nWelcoming the progress made,\n\n1. Decides to act;\n")
    assert other.find(".//a:preamble/a:block", NS) is None


MASTHEAD = (
    "United Nations S/RES/1445 (2002)\nSecurity Council Distr.: General\n4 December 2002\nResolution 1445 (2002)\n"
    "Adopted by the Security Council at its 4653rd meeting, on 4 December 2002\nThe Security Council,\n"
    "Recalling its previous resolutions,\n1. Decides to act;\n2. Strongly condemns the harassment;\n"
)


@pytest.mark.parametrize(("after_header", "last"), [
    ("3. Reiterates its full support;\n4. Decides to remain seized of the matter.\n", "4."),
    (("3. Reiterates its full support for the Special Representative of the Secretary-\n"
     "General and for all the dedicated personnel;\n"), "3."),
])
def test_paragraphs_after_the_last_running_header_are_text_when_no_blank_line_parts_them(
    after_header: str, last: str
) -> None:
    # The extraction of S/RES/1445 without blank lines: up to five lines after the last "S/RES/1445 (2002)"
    # were taken for the running header's short title and dropped, with no warning.
    root, _ = converted(MASTHEAD + "S/RES/1445 (2002)\n" + after_header)
    nums = [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)]
    assert nums == ["1.", "2.", "3.", "4."][: int(last[0])]
    words = " ".join("".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert " ".join(after_header[3:].split()).replace("Secretary- General", "Secretary-General") in words
    assert "S/RES/1445" not in words


def test_a_short_title_beside_the_running_header_is_still_furniture() -> None:
    root, _ = converted(
        MASTHEAD + "S/RES/1445 (2002)\nThe situation concerning the Democratic Republic of the Congo\n02-72683\n"
        "3. Reiterates its full support;\n"
    )
    body = " ".join("".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert "Reiterates" in body and "situation concerning" not in body and "02-72683" not in body


TIGHT = (  # a resolution as a copy from a PDF viewer gives it: no blank line anywhere
    "United Nations A/RES/78/999\nGeneral Assembly Distr.: General\n22 December 2023\n"
    "Resolution adopted by the General Assembly on 22 December 2023\n"
    "78/999. Questions relating to the proposed programme budget for 2024\nThe General Assembly,\n"
    "Recalling the Convention on the Rights of Persons with Disabilities, 4\n"
    "Reaffirming its resolution 70/1 of 25 September 2015,\n"
    "1. Decides to approve the programme budget;\n"
    "2. Also decides that the staffing table shall be as set out in the annex to the present\nresolution;\n"
    "Part I\nOverall policymaking, direction and coordination\n"
    "Section 1\nGeneral Assembly and Economic and Social Council affairs and\nconference management\n"
    "3. Takes note of the report of the Advisory Committee;\n"
    "A/RES/78/999\nQuestions relating to the proposed programme budget for 2024\n23-26052\n2/3\n"
    "4. Requests the Secretary-General to report on the matter, and decides to revert to the\n"
    "question at its next session.\n"
    "Questions relating to the proposed programme budget for 2024\nA/RES/78/999\n3/3\n23-26052\n"
    "50th plenary meeting\n22 December 2023\nAnnex\nStaffing table for 2024\n"
)


def test_a_text_without_blank_lines_is_parted_into_its_paragraphs_headings_and_annex() -> None:
    root, _ = converted(TIGHT)
    preamble = root.find(".//a:preamble", NS)
    assert [c.get("name") for c in preamble.findall("a:container", NS)] == ["Recalling", "Reaffirming"]
    assert "Disabilities" in "".join(preamble.itertext())
    part = root.find(".//a:mainBody/a:part", NS)
    assert (part.findtext("a:num", namespaces=NS), part.findtext("a:heading", namespaces=NS)) == (
        "Part I", "Overall policymaking, direction and coordination")
    section = part.find("a:section", NS)
    assert section.findtext("a:heading", namespaces=NS) == (
        "General Assembly and Economic and Social Council affairs and conference management")
    assert [p.findtext("a:num", namespaces=NS) for p in section.findall("a:paragraph", NS)] == ["3.", "4."]
    body = " ".join("".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert "Questions relating" not in body and "23-26052" not in body  # the running headers, odd and even
    assert "question at its next session." in body
    assert root.find(".//a:conclusions", NS) is not None and "50th plenary meeting" not in body
    annex = root.find(".//a:attachments/a:attachment", NS)
    assert annex is not None and "Staffing table for 2024" in "".join(annex.itertext())


def test_with_blank_lines_a_label_alone_keeps_its_title_in_its_block() -> None:
    # "B." then its title: where blank lines part the paragraphs, the two lines are one heading block
    root = body("The General Assembly,\n\n1. Decides to act;\n\nA.\nFirst things\n\n2. Requests a report;\n\n"
                "B.\nSecond things\n\n3. Invites all States;\n")
    assert [s.findtext("a:heading", namespaces=NS) for s in root.findall(".//a:section", NS)] == [
        "First things", "Second things"]


@pytest.mark.parametrize(("recital", "phrase"), [
    ("Se déclarant gravement préoccupé par les conséquences de la pandémie,", "Se déclarant gravement préoccupé"),
    ("S’inquiétant de la situation humanitaire,", "S’inquiétant"),
])
def test_a_french_reflexive_participle_opens_a_recital(recital: str, phrase: str) -> None:
    root = body(f"Le Conseil de sécurité,\n\nRappelant ses résolutions,\n\n{recital}\n\n1. Décide de rester saisi;\n")
    assert [c.get("name") for c in root.findall(".//a:preamble/a:container", NS)] == ["Rappelant", phrase]


@pytest.mark.parametrize(("first_part", "rest"), [
    # cut after the paragraph's first line, on a word that needs more
    ("Encouraging Member States and relevant United Nations agencies, in the",
     "Collaboration with relevant stakeholders, to raise awareness of the disease,"),
    # cut after a comma, the next page going on in lower case
    (("Recalling its resolution 74/247, in which it decided to elaborate a convention on the use of information "
     "and communications technologies at the national,"), "regional and international levels,"),
])
def test_a_recital_cut_by_a_page_break_is_whole_again(first_part: str, rest: str) -> None:
    text = (f"The General Assembly,\n\nRecalling its resolution 76/132,\n\n{first_part}\n\f- 2 -\n\n{rest}\n\n"
            "1. Decides to act;\n")
    root = body(text)
    recitals = root.findall(".//a:preamble/a:container", NS)
    assert len(recitals) == 2
    assert " ".join("".join(recitals[1].itertext()).split()) == f"{first_part} {rest}"
    assert "- 2 -" not in "".join(root.itertext())  # a page number as word processors print it


def test_a_short_line_before_a_blank_line_on_the_same_page_stays_a_block_of_its_own() -> None:
    root = body("The Security Council,\n\n1. Decides:\n\n(a) Support to the implementation of the Agreement\n\n"
                "in Mali, with the Mission;\n\n(b) To report;\n")
    point = root.find(".//a:point", NS)
    assert [" ".join("".join(p.itertext()).split()) for p in point.iter(f"{{{NS['a']}}}p")] == [
        "Support to the implementation of the Agreement", "in Mali, with the Mission;"]


def test_an_annex_label_that_a_wrapped_sentence_left_alone_on_its_line_opens_no_annex() -> None:
    # S/RES/1445 wrapped at 80 columns: "... the armed groups referred to in" / "Annex" / "A Chapter 9.1 ..."
    root = body("The Security Council,\n\n1. Calls for the cessation of all support to the armed groups referred to in\n"
                "Annex\nA Chapter 9.1 of the Lusaka Ceasefire Agreement;\n\n2. Decides to remain seized;\n")
    assert root.find(".//a:attachments", NS) is None
    assert [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["1.", "2."]


@pytest.mark.parametrize(("formula", "work", "warned"), [
    ("The Human Rights Council,", "/akn/un/statement/deliberation/unhrc/2023-10-12/54-1", []),
    ("The General Assembly,", "/akn/un/statement/deliberation/unga/2023-10-12/54-1", []),
    # a body akn does not know: its resolution is no General Assembly resolution, and the warnings say so
    ("The Statistical Commission,", "/akn/un/statement/deliberation/2023-10-12/54-1",
     [("no document symbol in the text; the FRBR number is '54-1', from the number the text gives it "
      "(give --symbol to set it)"),
      ("the issuing body is not recognised; the FRBR actor is missing and the country is taken as un "
      "(give --actor and --country)")]),
])
def test_without_a_symbol_a_resolution_number_is_read_for_the_body_the_formula_names(
    formula: str, work: str, warned: list[str]
) -> None:
    # A resolution numbered '54/1' was taken for A/RES/54/1, the General Assembly's, whatever body adopted it.
    conversion = akn.convert(f"Resolution adopted on 12 October 2023\n\n54/1. Promotion of something\n\n{formula}\n\n"
                             "Guided by the Charter of the United Nations,\n\n1. Decides to act;\n",
                             markup_date="2026-01-01")
    assert conversion.work == work
    assert [w.message for w in conversion.warnings] == warned


DECISION = (
    "General Assembly Distr.: General\n3 January 2024\n\nSeventy-eighth session\nAgenda item 136\n\n"
    "Decision adopted by the General Assembly on 22 December 2023\n\n[on the report of the Fifth Committee (A/78/658)]\n\n"
    "78/552. Questions deferred for future consideration\n\n"
    "At its 50th plenary meeting, on 22 December 2023, the General Assembly, on the recommendation of the Fifth "
    "Committee, decided to defer consideration of the following documents:\n\n"
    "(a) Report of the Secretary-General on an accountability system;\n\n"
    "(b) Report of the Advisory Committee thereon.\n"
)


def test_a_decision_is_a_decision_whose_text_is_its_body() -> None:
    # It was a resolution whose one sentence was a recital, its items numbered paragraphs of the body.
    conversion = akn.convert(DECISION, markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    assert root[0].get("name") == "decision"
    assert root.find(".//a:preamble", NS) is None
    paragraph = root.find(".//a:mainBody/a:paragraph", NS)
    assert paragraph.findtext("a:list/a:intro/a:p", namespaces=NS).startswith("At its 50th plenary meeting")
    assert [p.findtext("a:num", namespaces=NS) for p in paragraph.findall("a:list/a:point", NS)] == ["(a)", "(b)"]
    # its number makes no resolution symbol, and the work is numbered as a citation of decision 78/552 names it
    assert conversion.work == "/akn/un/statement/deliberation/unga/2023-12-22/decision-78-552"
    assert refs("The General Assembly,\n\nRecalling its decision 78/552,\n\n1. Decides to act.\n") == [
        ("78/552", DELIBERATION + "unga/decision-78-552")]
    assert [w.message for w in conversion.warnings] == [
        ("no document symbol in the text; the FRBR number is 'decision-78-552', from the number the text gives it "
        "(give --symbol to set it)")]
    assert akn.to_text(conversion.to_xml()).endswith(
        "following documents:\n\n(a) Report of the Secretary-General on an accountability system;\n\n"
        "(b) Report of the Advisory Committee thereon.\n")


@pytest.mark.parametrize("body, organization", [
    ("Commission on Science and Technology for Development",
     ("commissionOnScienceAndTechnologyForDevelopment", "/akn/ontology/organization/commissionOnScienceAndTechnologyForDevelopment")),
    ("Commission on the Status of Women", ("csw", "/akn/ontology/organization/un/csw")),
])
def test_the_body_a_resolution_was_adopted_on_the_recommendation_of_is_its_proponent(
    body: str, organization: tuple[str, str]
) -> None:
    # The docProponent of a commission's recommendation referred to no organization.
    root, _warnings = converted(
        "Resolution adopted by the Economic and Social Council on 24 July 2024\n\n"
        f"[on the recommendation of the {body} (E/2024/31)]\n\n2024/12. Title of it\n\n"
        "The Economic and Social Council,\n\n1. Decides to act.\n")
    proponent = root.find(".//a:docProponent", NS)
    key, href = organization
    assert proponent.get("refersTo") == f"#{key}"
    assert root.find(f".//a:TLCOrganization[@eId='{key}']", NS).get("href") == href


def test_adoption_lines_without_blank_lines_between_them_are_the_conclusions() -> None:
    # Right-aligned in a layout extraction, the meeting, its date and the voting note make one block, which was
    # kept as text of the last paragraph, with a warning.
    root, warnings = converted(
        "United Nations A/HRC/RES/55/30\n\nThe Human Rights Council,\n\n1. Decides to remain seized of the matter.\n\n"
        "                                        38th meeting\n"
        "                                        5 April 2024\n"
        "                             [Adopted by a recorded vote of 28 to 6.]\n")
    assert warnings == []
    assert "".join(root.find(".//a:mainBody", NS).itertext()).strip().endswith("of the matter.")
    conclusions = root.find(".//a:conclusions", NS)
    assert conclusions.find(".//a:event/a:docDate", NS).get("date") == "2024-04-05"
    assert conclusions[-1].text == "[Adopted by a recorded vote of 28 to 6.]"


COMMISSION_DECISION = (
    "United Nations\nE/CN.7/2023/9\n\nEconomic and Social Council\nDistr.: General\n20 March 2023\n\n"
    "Commission on Narcotic Drugs\nSixty-sixth session\nVienna, 13–17 March 2023\nAgenda item 5 (b)\n\n"
    "{heading}\n\n"
    "At its 9th meeting, on 15 March 2023, the Commission on Narcotic Drugs decided by 49 votes to none to include "
    "a substance in Schedule II of the Convention on Psychotropic Substances of 1971.\n"
)


@pytest.mark.parametrize("heading, number", [
    ("Decision 66/2\nInclusion of a substance in Schedule II", "Decision 66/2"),
    ("Decision 66/2. Inclusion of a substance in Schedule II", "Decision 66/2"),
    ("Decision 66/2\n\nInclusion of a substance in Schedule II", "Decision 66/2"),
])
def test_a_decision_headed_by_its_number_is_a_decision_with_its_number_and_title(heading: str, number: str) -> None:
    # Without a "Decision adopted by ..." line it was a resolution, its heading taken for the agenda item's name.
    conversion = akn.convert(COMMISSION_DECISION.format(heading=heading), markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    assert root[0].get("name") == "decision"
    preface = root.find(".//a:preface", NS)
    assert preface.findtext(".//a:docNumber", namespaces=NS) == number
    assert preface.findtext(".//a:docTitle", namespaces=NS) == "Inclusion of a substance in Schedule II"
    assert root.find(".//a:inline[@name='agendaItemName']", NS) is None
    assert root.find(".//a:mainBody/a:paragraph/a:content/a:p", NS).text.startswith("At its 9th meeting")
    # adopted on the day its sentence gives, not the day the document was issued
    assert conversion.work == "/akn/un/statement/deliberation/cnd/2023-03-15/E-CN.7-2023-9"
    assert conversion.warnings == []


def test_a_decision_without_a_symbol_is_numbered_apart_from_the_resolution_of_the_same_number() -> None:
    text = COMMISSION_DECISION.format(heading="Decision 66/2\nInclusion of a substance in Schedule II")
    conversion = akn.convert(text.replace("E/CN.7/2023/9\n", ""), markup_date="2026-01-01")
    assert conversion.work == "/akn/un/statement/deliberation/cnd/2023-03-15/decision-66-2"


COMMISSION_TEXT = (
    "United Nations\n{symbol}\n\nEconomic and Social Council\nDistr.: {distribution}\n19 March 2024\n\n"
    "{heading}\n\n{formula}\n\nRecalling its resolution 66/3,\n\n1. Encourages Member States to act.\n"
)


@pytest.mark.parametrize("symbol, distribution, heading, formula, kind, number, title", [
    # a commission's draft that heads its text "Resolution 67/2" is a draft still
    ("E/CN.7/2024/L.6", "Limited", "Resolution 67/2\nPromoting alternative development", "The Commission on Narcotic Drugs,",
     "draftResolution", "Resolution 67/2", "Promoting alternative development"),
    # a regional commission's resolution numbered by its session in Roman numerals, its title on the next line
    ("E/ECA/CM/56/RES/1005", "General", "Resolution 1005 (LVI)\nImplementation of the Free Trade Area Agreement",
     "The Economic Commission for Africa,", "resolution", "Resolution 1005 (LVI)",
     "Implementation of the Free Trade Area Agreement"),
    # a draft whose number is left to be given ("56/..."): no part of its title
    ("A/HRC/56/L.21", "Limited", "56/... The right to education", "The Human Rights Council,", "draftResolution",
     "56/...", "The right to education"),
])
def test_a_resolution_s_heading_gives_its_number_and_title(
    symbol: str, distribution: str, heading: str, formula: str, kind: str, number: str, title: str
) -> None:
    root, warnings = converted(COMMISSION_TEXT.format(symbol=symbol, distribution=distribution, heading=heading,
                                                      formula=formula))
    assert warnings == []
    assert root[0].get("name") == kind
    assert root.findtext(".//a:preface//a:docNumber", namespaces=NS) == number
    assert root.findtext(".//a:preface//a:docTitle", namespaces=NS) == title


def test_a_symbol_of_a_decision_makes_the_text_a_decision() -> None:
    text = ("United Nations\nA/HRC/DEC/52/101\n\nGeneral Assembly\nDistr.: General\n12 April 2023\n\n"
            "52/101. Outcome of the universal periodic review: Tuvalu\n\nThe Human Rights Council,\n\n"
            "Acting in compliance with its resolution 5/1 of 18 June 2007,\n\n"
            "Decides to adopt the outcome of the universal periodic review of Tuvalu.\n\n"
            "50th meeting\n30 March 2023\n")
    conversion = akn.convert(text, markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    assert root[0].get("name") == "decision"
    assert root.findtext(".//a:preface//a:docTitle", namespaces=NS) == "Outcome of the universal periodic review: Tuvalu"
    assert conversion.work == "/akn/un/statement/deliberation/unhrc/2023-03-30/A-HRC-DEC-52-101"


def test_a_health_assembly_decision_with_its_masthead_in_two_columns() -> None:
    text = ("SEVENTY-SIXTH WORLD HEALTH ASSEMBLY                        WHA76(9)\n"
            "Agenda item 16.2                                            30 May 2023\n\n"
            "Appointment of the External Auditor\n\n"
            "The Seventy-sixth World Health Assembly, having considered the report of the Secretariat,1 decided to "
            "appoint the External Auditor for the financial periods 2024-2025 and 2026-2027.\n\n"
            "(Ninth plenary meeting, 30 May 2023)\n\n__________________\n1 Document A76/34.\n")
    conversion = akn.convert(text, markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    assert root[0].get("name") == "decision" and conversion.warnings == []
    assert conversion.work == "/akn/un/statement/deliberation/wha/2023-05-30/WHA76-9"
    cover = root.find(".//a:coverPage", NS)
    assert cover.find(".//a:session", NS).get("value") == "76"
    assert cover.find(".//a:inline[@name='agendaItem']", NS).get("title") == "16.2"
    assert cover.find(".//a:inline[@name='agendaItemName']", NS) is None
    assert root.findtext(".//a:preface//a:docTitle", namespaces=NS) == "Appointment of the External Auditor"
    assert root.find(".//a:mainBody/a:paragraph/a:content/a:p", NS).text.startswith("The Seventy-sixth World")
    assert "".join(root.find(".//a:conclusions/a:p", NS).itertext()) == "(Ninth plenary meeting, 30 May 2023)"
    # and the text akn writes of it reads back the same
    again = akn.convert(akn.to_text(conversion.to_xml()), markup_date="2026-01-01")
    assert again.to_xml().split(b"<coverPage>")[1] == conversion.to_xml().split(b"<coverPage>")[1]


COMMISSION_DRAFT = (
    "United Nations\nE/CN.6/2025/L.5\n\nEconomic and Social Council\nDistr.: Limited\n14 March 2025\n\n"
    "Original: English\n\n{body}\nSixty-ninth session\n10–21 March 2025\nAgenda item 3 (a)\n{item}\n\n"
    "Chile and Sweden: draft resolution\n\n"
    "The Commission on the Status of Women recommends to the Economic and Social Council the adoption of the "
    "following draft resolution:\n\nWomen and the digital economy\n\nThe Economic and Social Council,\n\n"
    "Recalling its resolution 2022/4,\n\n1. Decides to act.\n"
)
LONG_ITEM = ("Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the "
             "General Assembly entitled \u201cWomen 2000: gender equality, development and peace for the twenty-first "
             "century\u201d: review of gender mainstreaming in entities of the United Nations system")


@pytest.mark.parametrize("body, committee", [
    ("Commission on the Status of Women", "csw"),
    ("Commission for Social Development", "commissionForSocialDevelopment"),
    ("Statistical Commission", None),  # a body akn does not know
])
@pytest.mark.parametrize("item", [LONG_ITEM, LONG_ITEM.replace(" special", "\nspecial").replace(" gender equality", "\ngender "
                                                                                              "equality")])
def test_a_commission_s_masthead_with_a_long_agenda_item_stays_the_cover_page(
    body: str, committee: str | None, item: str
) -> None:
    # The masthead from the commission's name to the agenda item's was taken for the title.
    root, warnings = converted(COMMISSION_DRAFT.format(body=body, item=item))
    assert warnings == []
    assert root.findtext(".//a:preface//a:docTitle", namespaces=NS) == "Women and the digital economy"
    cover = root.find(".//a:coverPage", NS)
    assert cover.find(".//a:session", NS).get("value") == "69"
    name = cover.find(".//a:inline[@name='agendaItemName']", NS)
    assert " ".join("".join(name.itertext()).split()) == LONG_ITEM
    if committee:
        assert cover.find(".//a:docCommittee", NS).get("refersTo") == f"#{committee}"


def test_a_presidential_statement_is_one_and_its_text_is_its_body() -> None:
    text = (
        "United Nations S/PRST/2023/1\n\nSecurity Council Distr.: General\n3 February 2023\n\n"
        "Statement by the President of the Security Council\n\n"
        "At the 9250th meeting of the Security Council, held on 3 February 2023, in connection with the Council's "
        "consideration of the item entitled \"Maintenance of international peace and security\", the President of "
        "the Security Council made the following statement on behalf of the Council:\n\n"
        "\"The Security Council reaffirms its primary responsibility.\n\n"
        "\"The Security Council requests the Secretary-General to keep it informed.\"\n"
    )
    root, warnings = converted(text)
    assert root[0].get("name") == "presidentialStatement" and warnings == []
    assert root.find(".//a:docType", NS).get("refersTo") == "#presidentialStatement"
    assert root.find(".//a:preamble", NS) is None
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in root.iterfind(".//a:mainBody//a:p", NS)]
    assert paragraphs[0].startswith("At the 9250th meeting") and paragraphs[-1].endswith("keep it informed.\"")
    assert akn.validate(etree.tostring(root), profile="akn4un").conformant


@pytest.mark.parametrize("misread", ["2 . Requests", "2, Requests", "2 Requests", "2 .Requests"])
def test_a_paragraph_number_whose_full_stop_was_misread_is_mended_where_the_sequence_shows_it(misread: str) -> None:
    # As the UN's own A/RES/77/248 ("232 .Recognizes") and S/RES/2328 ("6 Calls on") have it.
    root, warnings = converted(f"The General Assembly,\n\n1. Decides to act;\n\n{misread} a report;\n\n3. Invites all States;\n")
    assert [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["1.", "2.", "3."]
    assert (5, f"{misread[:-len('Requests')].strip()} read as 2.: the numbering sequence shows a misread character") in warnings
    # after the last paragraph, only where an operative phrase follows the number
    last, _ = converted(f"The General Assembly,\n\n1. Decides to act;\n\n{misread} a report.\n")
    assert len(last.findall(".//a:mainBody/a:paragraph", NS)) == 2
    figure, _ = converted("The General Assembly,\n\n1. Decides to act;\n\n2 Member States abstained.\n")
    assert len(figure.findall(".//a:mainBody/a:paragraph", NS)) == 1


def test_a_misread_paragraph_number_at_the_top_of_a_page_is_no_footnote() -> None:
    root, _ = converted("The General Assembly,\n\n1. Decides to act;\n\f\n2 .\nInvites all States to observe the Day.\n")
    assert [p.findtext("a:num", namespaces=NS) for p in root.findall(".//a:mainBody/a:paragraph", NS)] == ["1.", "2."]
    assert root.find(".//a:authorialNote", NS) is None


def test_notes_without_markers_are_not_sought_in_blocks_that_lack_the_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each of 300 notes whose marker the text lacks was sought in every block after the cursor, by every
    # reading in turn: a text without page breaks took seconds. Only blocks holding the marker are read now.
    from akn.plaintext import notes

    examined: list[int] = []
    first = notes._first

    def counting(blocks, candidates, *args):  # type: ignore[no-untyped-def]
        examined.append(len(candidates))
        return first(blocks, candidates, *args)

    monkeypatch.setattr(notes, "_first", counting)
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    recitals = "".join(f"Recalling its work on {a} and {b},\n\n" for a in words for b in words for _ in range(3))
    foot = "__________\n" + "".join(f"{n} See the report of the Secretary-General.\n" for n in range(1, 301))
    root, warnings = converted(f"The General Assembly,\n\n{recitals}1. Decides to act.\n\n{foot}")
    assert len(root.findall(".//a:authorialNote", NS)) == 300  # each placed after the paragraph before it
    assert sum(message.endswith("placed after the paragraph before it") for _, message in warnings) == 300
    assert sum(examined) < 300


def test_without_blank_lines_a_common_operative_verb_after_a_recital_opens_the_body() -> None:
    # A/RES/80/114 without its blank lines: "Approves the report ..." ran into the recital before it.
    root = body("The General Assembly,\nHaving considered the report of the Credentials Committee and the\n"
                "recommendation contained therein,\nApproves the report of the Credentials Committee.\n")
    assert len(root.findall(".//a:preamble/a:container", NS)) == 1
    assert "".join(root.find(".//a:mainBody", NS).itertext()).strip().startswith("Approves the report")
    # a plural noun that opens a wrapped line after a comma goes on with the paragraph
    nouns = body("The General Assembly,\nNoting the contributions of Member States, regional organizations,\n"
                 "Funds and programmes of the United Nations system,\n1. Decides to act.\n")
    assert len(nouns.findall(".//a:preamble/a:container", NS)) == 1


def test_without_blank_lines_parts_adoption_and_trailing_notes_are_found() -> None:
    # S/RES/82 (1950) with its blank lines removed: the part "I" after "...; and", the adoption line, and
    # the notes printed at the end ran into the paragraphs before them.
    root, _ = converted(
        "The Security Council,\nRecalling the finding of the General Assembly,9\n"
        "Noting with grave concern the armed attack on the Republic of Korea,\n"
        "Determines that this action constitutes a breach of the peace; and\nI\n"
        "Calls for the immediate cessation of hostilities;\nII\n"
        "Calls upon all Member States to render every assistance to the United Nations.\n"
        "Adopted at the 473rd meeting by 9 votes to none, with 1 abstention (Yugoslavia).10\n"
        "9 See Official Records of the Security Council, Fifth Year.\n"
        "10 One member (Union of Soviet Socialist Republics) was absent.\n"
    )
    assert [s.findtext("a:num", namespaces=NS) for s in root.findall(".//a:mainBody//a:section", NS)] == ["I", "II"]
    assert [n.get("marker") for n in root.iter(f"{{{NS['a']}}}authorialNote")] == ["9", "10"]
    assert "Adopted at the 473rd meeting" in "".join(root.find(".//a:conclusions", NS).itertext())


def test_without_blank_lines_a_number_alone_on_its_line_opens_its_point() -> None:
    # A/RES/79/243 with its blank lines removed: "(l)" after a point whose semicolon the extraction lost
    # ran into that point, and "(m)" then followed "(k)" out of sequence.
    texts = ["Taking evidence;"] * 10 + ["Facilitating the appearance of persons in the State\nParty",
                                          "Recovering proceeds;"]
    lines = ["The General Assembly,", "Recalling its resolutions,", "1. Decides that assistance may be requested for:"]
    for label, text in zip("abcdefghijkl", texts):
        lines += [f"({label})", text]
    lines += ["(m) Any other type of assistance.", "2. Requests a report."]
    root, warnings = converted("\n".join(lines) + "\n")
    points = root.findall(".//a:mainBody/a:paragraph/a:list/a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in points] == [f"({c})" for c in "abcdefghijklm"]
    assert not [message for _, message in warnings if "sequence" in message]


def test_without_blank_lines_whereas_and_a_paragraph_after_a_footnote_marker_open_blocks() -> None:
    # City of Austin's resolution and WHA66.4 with their blank lines removed: "WHEREAS" after the number
    # line, and "1. ENDORSES" after a recital whose footnote marker stood alone on the line between them.
    whereas = body("RESOLUTION NO. 20111208-074\nWHEREAS, Open Government is based upon transparency; and\n"
                   "WHEREAS, the City has published its data; and\nNOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL:\n"
                   "That the City Council is committed to Open Government.\n")
    assert len(whereas.findall(".//a:preamble/a:container", NS)) == 2
    # the layout puts the marker of a note whose number stood alone on its line after the text before it
    from akn.plaintext.blocks import segment
    from akn.plaintext.source import NOTE_CLOSE, NOTE_OPEN, Line
    from akn.plaintext.structure import is_formula, label_alone, opens_block

    texts = ["Recognizing the linkages between the plan and efforts to address",
             f"neglected tropical diseases,{NOTE_OPEN}5{NOTE_CLOSE}", "1. ENDORSES the global action plan;",
             "2. URGES Member States to act."]
    blocks = segment([Line(no, text) for no, text in enumerate(texts, 1)], opens_block, is_formula, label_alone)
    assert [block.no for block in blocks] == [1, 3, 4]


def test_without_blank_lines_a_budget_s_income_section_reads_as_with_them() -> None:
    # A/RES/78/252 without its blank lines: "Income section 2" and its title ran into paragraph 74's text.
    parts = ["The General Assembly,", "74. Decides to increase the Development Account in 2024;",
             "Income section 2\nGeneral income", ("75. Decides that income from bank interest shall be 12,000,000 "
             "dollars;"), "Income section 3\nServices to the public", "76. Decides to increase the income;"]
    parts += [f"{n}. Decides to act on item {n};" for n in range(77, 85)]
    with_blank_lines = akn.to_text(akn.convert("\n\n".join(parts) + "\n", markup_date="2026-01-01").to_xml())
    without = akn.to_text(akn.convert("\n".join(parts) + "\n", markup_date="2026-01-01").to_xml())
    assert without == with_blank_lines
    assert "in 2024;\n\nIncome section 2 General income\n\n75. Decides" in without


JUSTIFIED = justified(
    "The General Assembly,\n\n"
    "Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United\n"
    "Nations Commission on International Trade Law with a mandate to further the progressive\n"
    "harmonization and unification of the law of international trade,\n\n"
    "Reaffirming its belief that the progressive modernization and harmonization of international\n"
    "trade laws would contribute significantly to universal economic cooperation among all States\n"
    "on a basis of equality and the elimination of discrimination in international trade,\n\n"
    "1. Takes note with appreciation of the report of the United Nations Commission on International\n"
    "Trade Law on the work of its fifty-seventh session;4\n\n"
    "2. Commends the Commission for adopting in principle the statute of the Advisory Centre on\n"
    "International Investment Dispute Resolution 5 as one of the elements of investor-State\n"
    "dispute settlement reform, and for the progress made in the other parts of that work;\n\n"
    "3. Reaffirms the importance, in particular for developing countries, of the work of the\n"
    "Commission concerned with technical cooperation and assistance in the field of international\n"
    "trade law reform and development;\n\n"
    "__________________\n\n"
    "4 Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 17 (A/79/17).\n"
    "5 Ibid., chap. VI, sect. B.2, and annex III.\n"
)


def test_in_justified_text_a_marker_after_a_widened_gap_stands_where_it_is_printed() -> None:
    # A/RES/79/117 as `pdftotext -layout` gives it: "Dispute Resolution  5  as" lost its note to the end of
    # the paragraph, with a warning.
    assert re.search(r"Resolution {2,}5 {2,}as", JUSTIFIED)
    root, warnings = converted(JUSTIFIED)
    assert not [message for _, message in warnings if "footnote" in message]
    paragraph = etree.tostring(root.find(".//a:mainBody/a:paragraph[2]", NS), encoding=str)
    assert 'Dispute Resolution<authorialNote marker="5"' in paragraph
    assert "</authorialNote> as one of the elements" in paragraph
    assert [c.get("name") for c in root.findall(".//a:preamble/a:container", NS)] == ["Recalling", "Reaffirming"]


def test_the_gaps_of_justified_text_are_closed_and_those_of_a_text_as_found_kept() -> None:
    from akn.plaintext.source import close_widened_gaps, justified, read_source

    lines = read_source(JUSTIFIED).lines
    assert justified(lines)
    closed = close_widened_gaps(lines)
    assert [line.no for line in closed] == [line.no for line in lines]
    assert closed[2].text == "Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United"
    # a text as found widens a gap here and there (a superscript's): not justified, and its gaps are a sign
    as_found = read_source("\n".join(["Recalling the declarations of the Summits held in 2019 and 2023, 4  as well,"]
                                     + ["Noting the report of the Secretary-General on the work of the Organization,"] * 12)).lines
    assert not justified(as_found)


def test_a_table_whose_cells_blank_lines_part_keeps_its_first_and_its_longest_row_label() -> None:
    cells = [
        "Estimated appropriation for 2024", "63 930 800", "58 552 400",
        "Recommendations of the Fifth Committee", "(114 600)", "(120 300)",
        "Estimated initial appropriation for 2024", "65 459 100", "60 132 400",
        ("Contributions assessed on Member States in accordance with the scale of assessments applicable to "
         "peacekeeping operations of the United Nations for 2024"), "27 553 750", "25 176 900",
    ]
    root = body("The General Assembly,\n\n1. Approves the appropriation set out in the annex.\n\nAnnex\n\n"
                "Appropriation for 2024\n\n" + "\n\n".join(cells) + "\n")
    rows = [[" ".join("".join(td.itertext()).split()) for td in tr] for tr in root.iter(f"{{{NS['a']}}}tr")]
    assert [row for row in rows if any(row[1:])] == [cells[k:k + 3] for k in range(0, len(cells), 3)]


def test_a_table_printed_one_row_per_line_is_a_table() -> None:
    # As `pdftotext -layout` prints a financial table: the row's label, then its figures, the cells apart.
    rows = [("Estimated appropriation for 2024", "63 930 800", "58 552 400"),
            ("Recommendations of the Fifth Committee", "(114 600)", "(120 300)"),
            ("Estimated initial appropriation for 2024", "65 459 100", "60 132 400")]
    printed = "\n".join(f"{label:<60}{gross:>16}{net:>16}" for label, gross, net in rows)
    root = body("The General Assembly,\n\n1. Approves the appropriation set out in the annex, amounting to 12\n"
                "million  dollars  in  the  year  2024\nand 2025.\n\nAnnex\n\nAppropriation for 2024\n\n" + printed + "\n")
    cells = [tuple(" ".join("".join(td.itertext()).split()) for td in tr) for tr in root.iter(f"{{{NS['a']}}}tr")]
    assert cells == rows
    # a line that ends in figures apart from the words before it but in one figure only is no table row
    assert "amounting to 12 million dollars in the year 2024 and 2025." in " ".join(
        "".join(root.find(".//a:mainBody", NS).itertext()).split())


def test_a_footer_printed_on_one_line_is_page_furniture() -> None:
    # `pdftotext -layout` prints the job number and the page counter side by side.
    root, warnings = converted("A/RES/78/999\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n"
                               "1. Decides to act;\n\n" + f"{'24-13495':<60}2/2" + "\n\n2. Requests a report.\n")
    text = " ".join("".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert text == "1. Decides to act; 2. Requests a report."
    assert [message for _, message in warnings if not message.startswith("no date")] == []


def test_a_running_header_printed_beside_its_symbol_is_page_furniture() -> None:
    # `pdftotext -layout` prints the symbol and the running title on one line: the symbol first on even pages,
    # last on odd ones; the title's second line under it.
    page = "{:<60}{}".format
    root, warnings = converted(
        "United Nations\nA/RES/78/999\nGeneral Assembly\n\n78/999. The Antigua and Barbuda Agenda for Small Island\n"
        "Developing States\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act in\n\n"
        + page("A/RES/78/999", "The Antigua and Barbuda Agenda for Small Island") + "\nDeveloping States\n\n"
        + page("24-13495", "2/3") + "\n\nconcert with all States;\n\n2. Requests a report;\n\n"
        + "The Antigua and Barbuda Agenda for Small Island\n" + page("Developing States", "A/RES/78/999") + "\n\n"
        + page("3/3", "24-13495") + "\n\n3. Invites all States to act.\n"
    )
    text = " ".join("".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert text == "1. Decides to act in concert with all States; 2. Requests a report; 3. Invites all States to act."
    assert [message for _, message in warnings if not message.startswith("no date")] == []


def test_ligatures_of_a_pdf_extraction_are_their_letters() -> None:
    # pdftotext prints the ligatures of the PDF's font: "ﬁnancial" is not the word "financial" to a search.
    root, _ = converted("The General Assembly,\n\nRecalling its \ufb01nancial rules and the \ufb02ow of "
                        "funds,\n\n1. Decides to a\ufb00irm them, e\ufb03ciently.\n")
    text = " ".join("".join(root.find(".//a:preamble", NS).itertext()).split())
    assert text == "The General Assembly, Recalling its financial rules and the flow of funds,"
    assert "1. Decides to affirm them, efficiently." in " ".join("".join(root.itertext()).split())


@pytest.mark.parametrize("where", ["at the end", "after its paragraph"])
def test_markdown_footnote_definitions_are_notes_wherever_they_stand(where: str) -> None:
    # Pandoc and markdown-it footnotes: "[^1]" in the text, "[^1]: ..." anywhere, a rule before it or not.
    first = "1. *Decides* to act;[^1]\n\n"
    second = "2. *Requests* a report.[^a]\n\n"
    notes = "[^1]: See A/80/1, which\nreports on it.\n\n    A second paragraph of the note.\n\n"
    if where == "at the end":
        text = first + second + notes + "[^a]: Ibid.\n"
    else:
        text = first + notes + second + "[^a]: Ibid.\n"
    root, warnings = converted("The General Assembly,\n\n" + text)
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert len(paragraphs) == 2
    notes_found = [(n.get("marker"), " ".join("".join(n.itertext()).split()))
                   for p in paragraphs for n in p.iter(f"{{{NS['a']}}}authorialNote")]
    assert notes_found == [("1", "See A/80/1, which reports on it. A second paragraph of the note."), ("a", "Ibid.")]
    assert [message for _, message in warnings if "note" in message or "block" in message] == []


def test_footnotes_of_a_word_document_through_html_are_notes() -> None:
    # Markdown made from a .docx through HTML (mammoth, markitdown) links each marker to its note and lists the
    # notes as a numbered list at the end, each with a link back to its marker.
    text = ("The General Assembly,\n\n*Reaffirming* the Convention,[[1]](#footnote-1) and its resolution 79/150,\n\n"
            "1. *Calls upon* States to ensure accessibility;[[2]](#footnote-2)\n"
            "2. *Requests* a report.\n\n"
            "1. United Nations, *Treaty Series*, vol. 2515, No. 44910. [↑](#footnote-ref-1)\n"
            "2. See A/80/170. [↑](#footnote-ref-2)\n")
    conversion = akn.convert(text, name="resolution.md", markup_date="2026-01-01", symbol="A/RES/80/415")
    root = etree.fromstring(conversion.to_xml())
    notes = [(n.get("marker"), " ".join("".join(n.itertext()).split())) for n in root.iter(f"{{{NS['a']}}}authorialNote")]
    assert notes == [("1", "United Nations, Treaty Series, vol. 2515, No. 44910."), ("2", "See A/80/170.")]
    assert [num for _, num, _ in _structure(root)] == ["1.", "2."]
    assert not [w for w in conversion.warnings if "note" in w.message]


def test_pandoc_s_escapes_and_superscripts_are_read_as_their_characters() -> None:
    # Pandoc escapes "$" and "@" and raises text between carets; an ordinal's raised ending is no note's marker.
    text = ("The General Assembly,\n\n*Noting* the contributions,^1^\n\n"
            "1. *Decides* to appropriate \\$63,930,800 gross, as the 1^st^ instalment;\n"
            "2. *Requests* the Secretariat (info\\@un.org) to report to the 81<sup>st</sup> session.\n\n"
            "54^th^ plenary meeting\\\n19 December 2025\n\n[^1]: A/80/1.\n")
    conversion = akn.convert(text, name="resolution.md", markup_date="2026-01-01", symbol="A/RES/80/416")
    root = etree.fromstring(conversion.to_xml())
    words = " ".join("".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert "appropriate $63,930,800 gross, as the 1st instalment;" in words
    assert "(info@un.org) to report to the 81st session." in words
    assert root.findtext(".//a:conclusions//a:location", namespaces=NS) == "54th plenary meeting"
    assert [n.get("marker") for n in root.iter(f"{{{NS['a']}}}authorialNote")] == ["1"]
    assert conversion.warnings == []


def test_a_markdown_pipe_table_is_a_table_with_its_header_row() -> None:
    root = body("The General Assembly,\n\n1. *Approves* the appropriation in the annex.\n\n## Annex\n\n"
                "| Item | Gross | Net |\n|---|---:|---:|\n| Estimated appropriation for 2024 | 63 930 800 | 58 552 400 |\n"
                "| Fifth Committee | (114 600) | (120 300) |\n")
    rows = [[(cell.tag.rsplit("}", 1)[1], " ".join("".join(cell.itertext()).split())) for cell in tr]
            for tr in root.iter(f"{{{NS['a']}}}tr")]
    assert rows == [
        [("th", "Item"), ("th", "Gross"), ("th", "Net")],
        [("td", "Estimated appropriation for 2024"), ("td", "63 930 800"), ("td", "58 552 400")],
        [("td", "Fifth Committee"), ("td", "(114 600)"), ("td", "(120 300)")],
    ]


def test_a_grid_table_is_a_table_with_its_header_row_and_its_cells_lines_joined() -> None:
    # Pandoc writes a Word table whose cells run to several lines as a grid table.
    root = body("The General Assembly,\n\n1. *Approves* the estimates in the annex.\n\n## Annex\n\n"
                "+---------------------+-----------------+\n| Category            | Cost            |\n"
                "| of expenditure      | estimates       |\n+=====================+=================+\n"
                "| Military and police | 318 002 100     |\n| personnel           |                 |\n"
                "+---------------------+-----------------+\n| **Total**           | **318 002 100** |\n"
                "+---------------------+-----------------+\n")
    rows = [[(cell.tag.rsplit("}", 1)[1], " ".join("".join(cell.itertext()).split())) for cell in tr]
            for tr in root.iter(f"{{{NS['a']}}}tr")]
    assert rows == [
        [("th", "Category of expenditure"), ("th", "Cost estimates")],
        [("td", "Military and police personnel"), ("td", "318 002 100")],
        [("td", "Total"), ("td", "318 002 100")],
    ]
    assert "+---" not in "".join(root.itertext())


@pytest.mark.parametrize("form", ["multiline", "simple"])
def test_a_pandoc_table_in_columns_under_dashes_is_a_table(form: str) -> None:
    # Pandoc writes a Word table as a multiline table (rows parted by blank lines, within runs of dashes), or
    # as a simple table (a line for each row) when its cells are short.
    if form == "multiline":
        table = ("  -----------------------------------------------------\n"
                 "  Category              Apportionment   Cost\n"
                 "                                        estimates\n"
                 "  --------------------- --------------- ---------------\n"
                 "  Military and police   312 451 000     318 002 100\n  personnel\n\n"
                 "  **Total**             **312 451 000** **318 002 100**\n"
                 "  -----------------------------------------------------\n")
    else:
        table = ("  Category                      Apportionment   Cost estimates\n"
                 "  ----------------------------- --------------- ---------------\n"
                 "  Military and police personnel 312 451 000     318 002 100\n"
                 "  **Total**                     **312 451 000** **318 002 100**\n")
    root = body("The General Assembly,\n\n1. *Approves* the estimates in the annex.\n\n## Annex\n\n"
                "(United States dollars)\n\n" + table + "\nThe estimates are gross.\n")
    rows = [[(cell.tag.rsplit("}", 1)[1], " ".join("".join(cell.itertext()).split())) for cell in tr]
            for tr in root.iter(f"{{{NS['a']}}}tr")]
    assert rows == [
        [("th", "Category"), ("th", "Apportionment"), ("th", "Cost estimates")],
        [("td", "Military and police personnel"), ("td", "312 451 000"), ("td", "318 002 100")],
        [("td", "Total"), ("td", "312 451 000"), ("td", "318 002 100")],
    ]
    words = " ".join("".join(root.find(".//a:attachment", NS).itertext()).split())
    assert "--" not in words and "The estimates are gross." in words


def test_a_table_as_akn_text_writes_it_is_read_back_as_the_same_table() -> None:
    # `akn text` writes a row's cells between pipes; a merged row has fewer cells, a row may open empty.
    table = ("Section | Amount (United States dollars)\n | Part I. Overall policymaking | \n"
             "1 | Overall policymaking, direction and coordination | 92 383 700\n | Subtotal, part I | 463 776 900\n")
    text = "The General Assembly,\n\n1. Approves the appropriations:\n\n" + table
    xml = akn.convert(text, markup_date="2026-01-01", symbol="A/RES/78/999", date="2023-12-22").to_xml()
    root = etree.fromstring(xml)
    assert [len(tr) for tr in root.iter(f"{{{NS['a']}}}tr")] == [2, 3, 3, 3]
    written = akn.to_text(xml)
    assert [line.strip() for line in table.splitlines()] == [
        line.strip() for line in written.splitlines() if "|" in line]


TABLE_ROWS = ["Core Parameters | Values", "Power (MW) | 20", "Channel mass flow rate (kg/s) | ~ 2.4",
              "Working pressure (MPa) | 0.33", "Fluid inlet temperature of the primary circuit (oC) | ~ 47",
              "Core diameter (cm) | ~ 240"]


def _tables_and_paragraphs(text: str) -> tuple[list[list[str]], list[str]]:
    root = etree.fromstring(akn.convert(text, markup_date="2026-01-01", symbol="S/RES/2231 (2015)",
                                        date="2015-07-20").to_xml())
    a = f"{{{NS['a']}}}"
    tables = [[" | ".join(" ".join("".join(td.itertext()).split()) for td in tr) for tr in table.iter(a + "tr")]
              for table in root.iter(a + "table")]
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in root.iter(a + "p")
                  if p.getparent().tag not in (a + "td", a + "th")]
    return tables, paragraphs


def test_a_table_between_pipes_is_one_table_in_a_text_without_blank_lines() -> None:
    # S/RES/2231 through `akn text`: a row that ends like a clause ("~ 2.4") and one that opens like a recital
    # ("Working pressure") parted the table in two.
    tables, _ = _tables_and_paragraphs(
        "The Security Council,\nRecalling its resolution 1737 (2006),\n1. Endorses the plan as follows:\n"
        + "\n".join(TABLE_ROWS) + "\nJCPOA Annex II – Sanctions-related commitments\n")
    assert tables == [TABLE_ROWS]


def test_the_blocks_after_a_table_between_pipes_are_not_its_continuation() -> None:
    # A row ends without a full stop, as a sentence that a page break cut would: the heading after the table
    # and the paragraph after the heading were joined to it, and so to each other.
    tables, paragraphs = _tables_and_paragraphs(
        "The Security Council,\n\nRecalling its resolution 1737 (2006),\n\n1. Endorses the plan as follows:\n\n"
        + "\n".join(TABLE_ROWS[3:]) + "\n\nJCPOA Annex II – Sanctions-related commitments\n\n"
        "The sequence of implementation of the commitments is specified in Annex V\n")
    assert tables == [TABLE_ROWS[3:]]
    assert paragraphs[-2:] == ["JCPOA Annex II – Sanctions-related commitments",
                               "The sequence of implementation of the commitments is specified in Annex V"]


@pytest.mark.parametrize("header", [True, False])
def test_a_table_goes_through_markdown_as_a_pipe_table_and_back(header: bool) -> None:
    # `akn text --format markdown` writes a pipe table that Markdown renderers show as a table: a header row
    # (left empty when the table has none) over a row of dashes; `akn convert` reads it back row by row.
    a = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    head = '<tr><th><p/></th><th><p>Gross</p></th><th><p>Net</p></th></tr>' if header else ""
    xml = (f'<akomaNtoso xmlns="{a}"><statement name="resolution"><meta/><preamble><formula name="enactingFormula">'
           '<p>The General Assembly,</p></formula></preamble><mainBody><paragraph eId="para_1"><num>1.</num><content>'
           '<p>Approves the appropriations:</p></content></paragraph><hcontainer name="table">'
           f'<content><table>{head}<tr><td><p>Estimated appropriation</p></td><td><p>63 930 800</p></td>'
           '<td><p>58 552 400</p></td></tr><tr><td><p>Subtotal</p></td><td><p>1</p></td></tr></table>'
           '</content></hcontainer></mainBody></statement></akomaNtoso>').encode()
    written = akn.to_text(xml, format="markdown")
    top = "|  | Gross | Net |" if header else "|  |  |  |"
    assert f"{top}\n| --- | --- | --- |\n| Estimated appropriation | 63 930 800 | 58 552 400 |\n| Subtotal | 1 |" in written
    back = etree.fromstring(akn.convert(written, markup_date="2026-01-01", symbol="A/RES/78/999",
                                        date="2023-12-22").to_xml())
    rows = [[(cell.tag.rsplit("}", 1)[1], "".join(cell.itertext()).strip()) for cell in tr]
            for tr in back.iter(f"{{{a}}}tr")]
    expected = [[("td", "Estimated appropriation"), ("td", "63 930 800"), ("td", "58 552 400")],
                [("td", "Subtotal"), ("td", "1")]]
    assert rows == ([[("th", ""), ("th", "Gross"), ("th", "Net")]] if header else []) + expected


def test_markdown_bold_between_underscores_is_bold() -> None:
    # "__Annex__", as Markdown lets bold be written as well as "**Annex**".
    text = ("_The Economic and Social Council_,\n\n_Recalling_ its resolution 2024/15,\n\n"
            "1. _Requests_ a report on the conventions listed in the annex.\n\n__Annex__\n\n"
            "__List of conventions__\n\nDomestic Workers Convention, 2011 (No. 189)\n")
    conversion = akn.convert(text, name="draft.md", markup_date="2026-01-01", symbol="E/2026/L.20", date="2026-07-10")
    root = etree.fromstring(conversion.to_xml())
    annex = root.find(".//a:attachment/a:doc", NS)
    assert annex is not None and annex.findtext(".//a:docType", namespaces=NS) == "Annex"
    assert annex.find(".//a:docTitle/a:b", NS).text == "List of conventions"
    assert "_" not in "".join(root.itertext())


def test_emphasis_glued_to_a_word_goes_through_markdown_as_html_and_back() -> None:
    # "inflation" then an italic "b" (the UN's table notes): "inflation*b*" would be read as stars in the text.
    a = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xml = (f'<akomaNtoso xmlns="{a}"><statement name="resolution"><meta/><preamble><formula name="enactingFormula">'
           '<p>The General Assembly,</p></formula><container name="recalling"><p><i>Recalling</i> the effects of '
           'inflation<i>b</i> and of <b>exchange</b>rates,</p></container></preamble><mainBody><paragraph eId="para_1">'
           '<num>1.</num><content><p>Decides to act.</p></content></paragraph></mainBody></statement></akomaNtoso>')
    written = akn.to_text(xml.encode(), format="markdown")
    assert "*Recalling* the effects of inflation<i>b</i> and of <b>exchange</b>rates," in written
    back = etree.fromstring(akn.convert(written, markup_date="2026-01-01", symbol="A/RES/78/999",
                                        date="2023-12-22").to_xml())
    recital = back.find(".//a:preamble/a:container/a:p", NS)
    assert "".join(recital.itertext()) == "Recalling the effects of inflationb and of exchangerates,"
    assert [(e.tag.rsplit("}", 1)[1], e.text) for e in recital] == [("i", "Recalling"), ("i", "b"), ("b", "exchange")]


def test_a_number_that_ends_a_table_cell_is_no_note_marker() -> None:
    # S/RES/2231 through `akn text`: note 22's spaced reading was taken at a ship's name in a table row
    # ("IRAN HORMUZ 22 | ..."), before its marker glued to capitals ("AA ENERGY FZCO22") was sought.
    root, warnings = converted(
        "The Security Council,\n\n1. Decides that AA ENERGY FZCO22 is listed in the annex;\n\n"
        "IRAN HORMUZ 21 | ISLAMIC REPUBLIC OF IRAN SHIPPING LINES | Vessel\n"
        "IRAN HORMUZ 22 | ISLAMIC REPUBLIC OF IRAN SHIPPING LINES | Vessel\n\n"
        "2. Decides to remain seized of the matter.\n\n__________________\n\n"
        "22 Denotes Iranian financial institutions and entities.\n"
    )
    paragraph = etree.tostring(root.find(".//a:mainBody/a:paragraph", NS), encoding=str)
    assert 'AA ENERGY FZCO<authorialNote marker="22"' in paragraph
    cells = [" ".join("".join(td.itertext()).split()) for td in root.iter(f"{{{NS['a']}}}td")]
    assert cells[3] == "IRAN HORMUZ 22"
    assert [message for _, message in warnings if "footnote" in message] == []


def test_a_running_title_on_two_lines_at_the_top_of_a_page_is_page_furniture() -> None:
    # At the top of a page, `pdftotext -layout` prints the title's second line under its first, indented to
    # where the title starts; the body follows, not the footer's marks.
    header = f"{'A/RES/78/999':<20}Financing of the International Residual Mechanism for Criminal\n{'':<20}Tribunals\n"
    root, _ = converted("United Nations\nA/RES/78/999\nGeneral Assembly\n\nThe General Assembly,\n\n"
                        "1. Decides to act;\n\n" + f"{'24-13495':<60}2/3" + "\n\f" + header +
                        "\n2. Requests a report;\n\n" + f"{'3/3':<60}24-13495\n\f{'':<12}Financing of the International "
                        f"Residual Mechanism for Criminal{'':<6}A/RES/78/999\n{'':<12}Tribunals\n\n3. Invites all States.\n")
    text = " ".join("".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert text == "1. Decides to act; 2. Requests a report; 3. Invites all States."


@pytest.mark.parametrize("skipped", ["(v)", "(x)"])
def test_a_roman_numeral_out_of_sequence_is_a_sibling_with_a_warning_not_a_new_list(skipped: str) -> None:
    text = (
        "The Security Council,\n\n1. Calls upon Member States:\n\n(a) To take measures, including:\n\n"
        f"(i) first measure;\n\n(ii) second measure;\n\n(iii) third measure;\n\n{skipped} another measure;\n\n"
        "(b) To report to the Committee;\n\n2. Decides to remain seized of the matter.\n"
    )
    xml, warnings = converted(text)
    inner = xml.findall(".//a:point[@eId='para_1__list_1__point_a']/a:list/a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in inner] == ["(i)", "(ii)", "(iii)", skipped]
    assert not inner[2].findall("a:list", NS)
    assert (13, f"{skipped} follows (iii): numbering out of sequence") in warnings


def test_a_list_written_one_item_to_a_line_without_blank_lines_keeps_its_items() -> None:
    text = (
        "The General Assembly,\n\n1. Decides to continue;\n\n2. Decides to remain seized.\n\n"
        "Annex\n\nMembers of the Committee\n\n1. Argentina\n2. Brazil\n3. Chile\n"
    )
    xml, warnings = converted(text)
    annex = xml.find(".//a:attachment", NS)
    items = [("".join(p.itertext()).split()) for p in annex.iterfind(".//a:paragraph", NS)]
    assert items == [["1.", "Argentina"], ["2.", "Brazil"], ["3.", "Chile"]]
    assert not [w for w in warnings if "sequence" in w[1]]


def test_a_wrapped_line_opening_with_a_number_that_does_not_follow_stays_in_its_paragraph() -> None:
    text = "The General Assembly,\n\n1. Decides to continue;\n\n2. Decides that the sum shall be\n5. Thousand dollars.\n"
    xml, _ = converted(text)
    paragraphs = xml.findall(".//a:mainBody/a:paragraph", NS)
    assert len(paragraphs) == 2
    assert "".join(paragraphs[1].itertext()).split()[-3:] == ["5.", "Thousand", "dollars."]


def test_paragraph_one_misread_as_l_is_mended_when_paragraph_two_lost_its_full_stop_too() -> None:
    root, warnings = converted(
        "The Security Council,\n\nRecalling its resolution 2100 (2013),\n\nl. Decides to extend the mandate;\n\n"
        "2 Calls upon all parties to cease hostilities;\n\n3. Requests the Secretary-General to report;\n"
    )
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["1.", "2.", "3."]
    assert len(root.findall(".//a:preamble/a:container", NS)) == 1
    assert (5, "l. read as 1.: the numbering sequence shows a misread character") in warnings
    assert (7, "2 read as 2.: the numbering sequence shows a misread character") in warnings


@pytest.mark.parametrize("letter, number", [("S", 5), ("B", 8)])
def test_a_paragraph_number_misread_as_a_letter_is_mended_where_the_sequence_shows_it(letter: str, number: int) -> None:
    before = "".join(f"{n}. Requests report {n};\n\n" for n in range(1, number))
    root, warnings = converted(f"The Security Council,\n\n{before}{letter}. Decides to remain seized of the matter.\n")
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert paragraphs[-1].findtext("a:num", namespaces=NS) == f"{number}."
    assert not root.findall(".//a:section", NS)
    assert any(message == f"{letter}. read as {number}.: the numbering sequence shows a misread character"
               for _, message in warnings)


def test_a_lettered_section_after_a_paragraph_is_still_a_section() -> None:
    root, warnings = converted(
        "The General Assembly,\n\n1. Decides to act;\n\n2. Requests a report;\n\n3. Invites all States;\n\n"
        "4. Urges all States;\n\nS. Special measures\n\n5. Decides to remain seized of the matter.\n"
    )
    assert [s.findtext("a:num", namespaces=NS) for s in root.findall(".//a:section", NS)] == ["S."]
    assert not [message for _, message in warnings if "misread" in message]


def test_a_pipe_inside_a_cell_goes_through_markdown_escaped_and_back() -> None:
    a = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xml = (f'<akomaNtoso xmlns="{a}"><statement name="resolution"><meta/><preamble><formula name="enactingFormula">'
           '<p>The General Assembly,</p></formula></preamble><mainBody><paragraph eId="para_1"><num>1.</num><content>'
           '<p>Approves the appropriations:</p></content></paragraph><hcontainer name="table"><content><table>'
           '<tr><td><p>Staff | costs</p></td><td><p>1 200 000</p></td></tr>'
           '<tr><td><p>Travel</p></td><td><p>50 000</p></td></tr></table></content></hcontainer></mainBody>'
           '</statement></akomaNtoso>').encode()
    written = akn.to_text(xml, format="markdown")
    assert "| Staff \\| costs | 1 200 000 |" in written
    back = etree.fromstring(akn.convert(written, markup_date="2026-01-01", symbol="A/RES/78/999",
                                        date="2023-12-22").to_xml())
    rows = [["".join(cell.itertext()).strip() for cell in tr] for tr in back.iter(f"{{{a}}}tr")]
    assert rows == [["Staff | costs", "1 200 000"], ["Travel", "50 000"]]


_NESTED_MARKDOWN = (
    "# Draft resolution\n\nThe General Assembly,\n\n*Recalling* its resolution 79/1,\n\n"
    "1. *Decides* that:\n"
    "   1. the committee shall meet twice a year:\n"
    "      1. in spring;\n"
    "      2. in autumn;\n"
    "   2. its bureau shall report;\n"
    "   - through its chair;\n"
    "2. *Requests* the Secretary-General to report;\n"
    "3. *Decides* to remain seized of the matter.\n"
)


def _structure(root: etree._Element) -> list[tuple[str, str | None, str]]:
    found = []
    for element in root.iter(f"{{{NS['a']}}}paragraph", f"{{{NS['a']}}}point"):
        text = " ".join("".join(element.find("a:content", NS).itertext()).split()) if element.find(
            "a:content", NS) is not None else ""
        found.append((element.get("eId"), element.findtext("a:num", namespaces=NS), text))
    return found


def test_markdown_list_items_indented_under_a_paragraph_are_its_points() -> None:
    # As Markdown nests lists: "   1." under "1." is a point of paragraph 1, "      1." a point of that point;
    # "2." back at the margin closes them, and the paragraphs go on numbered 2, 3 without a warning.
    conversion = akn.convert(_NESTED_MARKDOWN, name="draft.md", markup_date="2026-01-01", symbol="A/80/L.99",
                             date="2025-10-01")
    assert [(w.line, w.message) for w in conversion.warnings] == []
    assert _structure(etree.fromstring(conversion.to_xml())) == [
        ("para_1", "1.", ""),
        ("para_1__list_1__point_1", "1.", ""),
        ("para_1__list_1__point_1__list_1__point_1", "1.", "in spring;"),
        ("para_1__list_1__point_1__list_1__point_2", "2.", "in autumn;"),
        ("para_1__list_1__point_2", "2.", ""),
        ("para_1__list_1__point_2__list_1__point_1", "-", "through its chair;"),
        ("para_2", "2.", "Requests the Secretary-General to report;"),
        ("para_3", "3.", "Decides to remain seized of the matter."),
    ]


def test_points_numbered_as_paragraphs_go_through_markdown_indented_and_back() -> None:
    xml = akn.convert(_NESTED_MARKDOWN, name="draft.md", markup_date="2026-01-01", symbol="A/80/L.99",
                      date="2025-10-01").to_xml()
    written = akn.to_text(xml, format="markdown")
    assert "\n   1\\. the committee shall meet twice a year:\n\n      1\\. in spring;\n" in written
    assert "\n   - through its chair;\n\n2\\. *Requests*" in written
    back = akn.convert(written, name="draft.md", markup_date="2026-01-01", symbol="A/80/L.99", date="2025-10-01")
    assert back.warnings == []
    assert _structure(etree.fromstring(back.to_xml())) == _structure(etree.fromstring(xml))


def test_a_backslash_that_breaks_a_markdown_line_is_no_character_of_its_text() -> None:
    # Pandoc writes a hard line break (a Word line break) as a backslash ending the line.
    text = ("United Nations\\\nA/RES/80/412\n\n# General Assembly\n\nDistr.: General\\\n22 December 2025\n\n"
            "The General Assembly,\n\n1.  *Requests* a report.\n\n54th plenary meeting\\\n19 December 2025\n"
            "\nAn escaped backslash \\\\\n")
    conversion = akn.convert(text, name="resolution.md", markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    assert "\\" not in "".join(root.find(".//a:coverPage", NS).itertext())
    meeting = root.find(".//a:conclusions//a:location", NS)
    assert meeting is not None and meeting.text == "54th plenary meeting"
    assert "An escaped backslash \\" in "".join(root.itertext())


def test_html_in_markdown_is_no_character_of_the_text() -> None:
    # Converters write HTML where Markdown has no sign: entities, "<br>" for a line break, comments for images.
    text = ("United Nations<br>A/RES/80/413\n\nGeneral Assembly\n\n<!-- image -->\n\nThe General Assembly,\n\n"
            "*Recognizing* that evidence&#8209;based policies&nbsp;work, R&D and &ldquo;open data&rdquo; &amp; more,\n\n"
            "1. *Requests* a report.\n\n*2518734*\n")
    conversion = akn.convert(text, name="resolution.md", markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    assert root.findtext(".//a:coverPage//a:docNumber", namespaces=NS) == "A/RES/80/413"
    words = " ".join("".join(root.find(".//a:preamble", NS).itertext()).split())
    assert "evidence\u2011based policies work, R&D and \u201copen data\u201d & more," in words
    body_text = "".join(root.find(".//a:mainBody", NS).itertext())
    assert "image" not in body_text and "2518734" not in body_text
    assert not [w for w in conversion.warnings if "unnumbered" in w.message]


def test_a_markdown_block_quote_is_read_as_its_paragraphs() -> None:
    # Pandoc writes a paragraph that Word indents as a block quote, each line opening with "> ".
    text = ("The General Assembly,\n\n> *Recalling* its resolution 79/1,\n>\n> *Noting* the report,\n\n"
            "1. *Requests* a report:\n\n> > (a) On the mission;\n\n2. *Decides* to remain seized of the matter.\n")
    conversion = akn.convert(text, name="resolution.md", markup_date="2026-01-01")
    root = etree.fromstring(conversion.to_xml())
    recitals = [" ".join("".join(c.itertext()).split()) for c in root.findall(".//a:preamble/a:container", NS)]
    assert recitals == ["Recalling its resolution 79/1,", "Noting the report,"]
    assert root.findtext(".//a:point/a:content/a:p", namespaces=NS) == "On the mission;"
    assert ">" not in "".join(root.itertext())
    assert [w.message for w in conversion.warnings if "block" in w.message or "list" in w.message] == []


def test_a_setext_heading_is_a_heading_and_a_spaced_rule_no_text() -> None:
    # Pandoc and GitHub users underline a heading with "=" or "-"; pandoc draws a rule as "* * *".
    text = ("General Assembly\n================\n\nDistr.: Limited\n3 June 2026\n\n"
            "Argentina and Chile: draft resolution\n-------------------------------------\n\n"
            "Strengthening national statistical capacities\n---------------------------------------------\n\n"
            "*The General Assembly*,\n\n1. *Encourages* Member States to invest;\n\n* * *\n\n"
            "2. *Requests* a report.[^1]\n---\n\n[^1]: A/80/1.\n")
    conversion = akn.convert(text, name="draft.md", markup_date="2026-01-01", symbol="A/80/L.98")
    root = etree.fromstring(conversion.to_xml())
    assert root.findtext(".//a:preface//a:docType", namespaces=NS) == "draft resolution"
    assert root.findtext(".//a:preface//a:docTitle", namespaces=NS) == "Strengthening national statistical capacities"
    assert [" ".join("".join(p.itertext()).split()) for p in root.findall(".//a:mainBody//a:content/a:p", NS)] == [
        "Encourages Member States to invest;", "Requests a report.A/80/1."]
    assert conversion.warnings == []


def test_a_bullet_before_a_paragraph_s_own_number_is_no_sign_of_a_list() -> None:
    # Docling writes each numbered paragraph of a PDF as a bulleted item that keeps its number: "- 1. Decides".
    text = ("*The Security Council*,\n\n*Recalling* its previous resolutions,\n\n"
            "- 1. *Decides* to extend the measures;\n- 2. *Requests* the Secretary-General to report on:\n"
            "- (a) The humanitarian situation;\n- (b) The implementation of the present resolution;\n"
            "- 3. *Decides* to remain seized of the matter.\n")
    conversion = akn.convert(text, name="resolution.md", markup_date="2026-01-01", symbol="S/RES/2801 (2025)")
    assert [(eid, num) for eid, num, _ in _structure(etree.fromstring(conversion.to_xml()))] == [
        ("para_1", "1."), ("para_2", "2."), ("para_2__list_1__point_a", "(a)"), ("para_2__list_1__point_b", "(b)"),
        ("para_3", "3.")]
    assert not [w for w in conversion.warnings if "list" in w.message]


def test_a_block_indented_under_a_markdown_list_item_is_its_paragraph_without_a_warning() -> None:
    # Pandoc indents the second paragraph of a list item, and the wrapped lines of an item, under its text.
    text = ("*The Security Council*,\n\n*Recalling* its resolution 2250 (2015),\n\n"
            "1.  *Requests* the Secretary-General to include in his reports\n    information on youth;\n\n"
            "    This information should be disaggregated by age and sex.\n\n"
            "2.  *Decides* to remain seized of the matter.\n\n The Council will review it.\n")
    conversion = akn.convert(text, name="resolution.md", markup_date="2026-01-01", symbol="S/RES/2802 (2025)",
                             date="2025-11-20")
    root = etree.fromstring(conversion.to_xml())
    paragraph = root.find(".//a:paragraph", NS)
    assert [" ".join("".join(p.itertext()).split()) for p in paragraph.findall(".//a:p", NS)] == [
        "Requests the Secretary-General to include in his reports information on youth;",
        "This information should be disaggregated by age and sex."]
    # A block not as far indented as the item's text is still a guess, and warned of.
    assert [(w.line, w.message) for w in conversion.warnings] == [
        (12, "unnumbered block inside the operative part; kept with the paragraph before it")]


def test_indentation_nests_nothing_in_plain_text() -> None:
    # Text from a PDF is indented as its page was laid out: an indented "2." there is a paragraph like any other.
    root, warnings = converted("The General Assembly,\n\n1. Decides to act:\n\n      2. Requests a report;\n\n"
                               "   3. Decides to remain seized of the matter.\n")
    assert [(eid, num) for eid, num, _ in _structure(root)] == [("para_1", "1."), ("para_2", "2."), ("para_3", "3.")]
    assert not [message for _, message in warnings if "sequence" in message]


def test_an_escaped_pipe_in_a_markdown_table_is_text_of_its_cell() -> None:
    text = ("The General Assembly,\n\n1. Approves the budget:\n\n| Item | Notes |\n|---|---|\n"
            "| Staff costs | incl. \\| pipes |\n| Travel | none |\n\nA line with an escaped \\| pipe.\n")
    xml = akn.convert(text, markup_date="2026-01-01", symbol="A/RES/78/999", date="2023-12-22").to_xml()
    root = etree.fromstring(xml)
    rows = [["".join(cell.itertext()).strip() for cell in tr] for tr in root.iter(f"{{{NS['a']}}}tr")]
    assert rows == [["Item", "Notes"], ["Staff costs", "incl. | pipes"], ["Travel", "none"]]
    assert b"A line with an escaped | pipe." in xml


@pytest.mark.parametrize(
    "symbol, body, actor, number",
    [
        ("ESCAP/RES/80/1", "Economic and Social Commission for Asia and the Pacific", "escap", "80-1"),
        ("LC/SES.40/RES.770(XL)", "Economic Commission for Latin America and the Caribbean", "eclac",
         "LC-SES.40-RES.770-XL"),
    ],
)
def test_a_regional_commission_s_resolution_keeps_its_own_symbol_body_and_formula(
    symbol: str, body: str, actor: str, number: str
) -> None:
    # Its title's "80/1." once made it General Assembly resolution A/RES/80/1, with no warning.
    text = (f"United Nations\n{symbol}\n\n{body}\nDistr.: General\n30 April 2024\n\n"
            f"Resolution adopted by the {body} on 26 April 2024\n\n80/1. Leveraging digital innovation\n\n"
            f"The {body},\n\nRecalling the 2030 Agenda for Sustainable Development,\n\n"
            "1. Requests the Executive Secretary to report.\n")
    conversion = akn.convert(text, markup_date="2026-01-01")
    xml = etree.fromstring(conversion.to_xml())
    assert conversion.work == f"/akn/un/statement/deliberation/{actor}/2024-04-26/{number}"
    assert xml.find(".//a:FRBRnumber", NS).get("showAs") == symbol
    assert "".join(xml.find(".//a:preamble/a:formula", NS).itertext()).strip() == f"The {body},"
    assert [e.text for e in xml.iterfind(".//a:coverPage//a:docNumber", NS)] == [symbol]


@pytest.mark.parametrize(
    "adoption, date",
    [
        ("52nd meeting\n3 April 2024\n\n[Adopted without a vote.]", "2024-04-03"),  # the Human Rights Council's
        ("Seventh plenary meeting, 1 June 2024\nA77/VR/7", "2024-06-01"),  # the World Health Assembly's
    ],
)
def test_the_adoption_lines_of_other_bodies_are_the_conclusions(adoption: str, date: str) -> None:
    text = ("The Human Rights Council,\n\nRecalling its resolution 53/1,\n\n1. Decides to act;\n\n"
            f"2. Decides to remain seized of the matter.\n\n{adoption}\n")
    conversion = akn.convert(text, markup_date="2026-01-01")
    xml = etree.fromstring(conversion.to_xml())
    conclusions = "".join("".join(p.itertext()) for p in xml.iterfind(".//a:conclusions/a:p", NS))
    assert "".join(conclusions.split()) == "".join(adoption.split())  # (an eol, not a blank, parts the lines)
    assert "".join(xml.find(".//a:mainBody/a:paragraph[2]", NS).itertext()).split()[-1] == "matter."
    assert not [w for w in conversion.warnings if "operative part" in w.message]
    assert f"/{date}/" in conversion.work  # the work's date is the adoption's


def test_a_world_health_assembly_symbol_alone_on_its_line_is_the_symbol() -> None:
    text = ("SEVENTY-SEVENTH WORLD HEALTH ASSEMBLY\nWHA77.1\nAgenda item 11\n1 June 2024\n\n"
            "Preparation for the fourth High-level Meeting\n\nThe Seventy-seventh World Health Assembly,\n\n"
            "Recognizing that noncommunicable diseases account for most deaths;\n\n1. URGES Member States to act;\n")
    conversion = akn.convert(text, markup_date="2026-01-01")
    assert conversion.work == "/akn/un/statement/deliberation/wha/2024-06-01/WHA77.1"
    assert not [w for w in conversion.warnings if "symbol" in w.message]


@pytest.mark.parametrize(
    "job", ["GE.24-12345(E)", "GE.24-12345  (E)  030424  040424", "V.24-01234 (E)", "B24-00321", "K2400512    080324",
            "2                GE.24-12345", "24-12345 (E)"],
)
def test_the_job_numbers_of_each_duty_station_are_page_furniture(job: str) -> None:
    text = (
        "The Human Rights Council,\n\nRecalling its resolution 53/1,1\n\n1. Decides to act;\n\n"
        f"__________________\n1 See A/HRC/53/1.\n\n{job}\n\f"
        "2. Decides to remain seized of the matter.\n"
    )
    xml, warnings = converted(text)
    written = etree.tostring(xml, encoding=str)
    assert job.split()[-1] not in written.split("<proprietary")[0].replace("A/HRC/53/1", "")
    assert "".join(xml.find(".//a:authorialNote", NS).itertext()).strip() == "See A/HRC/53/1."
    assert len(xml.findall(".//a:mainBody/a:paragraph", NS)) == 2
    assert not [message for _, message in warnings if "footnote" in message]


@pytest.mark.parametrize(
    "formula, cited, actor",
    [
        ("The General Assembly", "established by the Human Rights Council in its resolution 39/2", "unhrc"),
        ("The General Assembly", "the decision of the Human Rights Council, in its resolution 27/21", "unhrc"),
        ("The Human Rights Council", "adopted by the General Assembly in its resolution 60/251", "unga"),
    ],
)
def test_a_body_named_before_in_its_resolution_is_the_body_cited(formula: str, cited: str, actor: str) -> None:
    # Not the body whose text it is: the one the sentence names.
    text = f"{formula},\n\nRecalling the mechanism {cited},\n\n1. Decides to act.\n"
    xml, _ = converted(text)
    number = cited.rsplit(" ", 1)[-1]
    assert xml.find(".//a:preamble//a:ref", NS).get("href") == f"/akn/un/statement/deliberation/{actor}/" + number.replace("/", "-")


@pytest.mark.parametrize(
    "line",
    ["United Nations Environment Assembly of the", "United Nations Relief and Works Agency for Palestine Refugees"],
)
def test_a_body_whose_name_opens_with_united_nations_is_not_the_masthead_s_authority(line: str) -> None:
    text = (f"United Nations                      UNEP/EA.6/Res.4\n{line}\nDistr.: General\n8 March 2024\n\n"
            "The United Nations Environment Assembly,\n\nRecalling its resolutions,\n\n1. Requests a report.\n")
    xml, _ = converted(text)
    assert [e.text for e in xml.iterfind(".//a:docAuthority", NS)] == ["United Nations"]
    assert any("".join(p.itertext()) == line for p in xml.iterfind(".//a:coverPage/a:p", NS))


def test_a_session_named_by_its_year_and_its_period_are_read_as_such() -> None:
    text = ("United Nations                      E/RES/2024/12\nEconomic and Social Council\nDistr.: General\n"
            "30 July 2024\n\n2024 session\n27 July 2023–25 July 2024\nAgenda item 18 (b)\n\n"
            "Resolution adopted by the Economic and Social Council on 24 July 2024\n\n"
            "The Economic and Social Council,\n\nRecalling its resolution 2023/3,\n\n1. Requests a report.\n")
    conversion = akn.convert(text, markup_date="2026-01-01")
    xml = etree.fromstring(conversion.to_xml())
    assert [(e.get("value"), e.text) for e in xml.iterfind(".//a:session", NS)] == [("2024", "2024 session")]
    assert [e.get("date") for e in xml.iterfind(".//a:docDate[@refersTo='#dateOfIssuance']", NS)] == ["2024-07-30"]
    assert "27 July 2023–25 July 2024" in akn.to_text(conversion.to_xml()).splitlines()


def test_a_resolution_s_own_number_by_session_on_its_line_is_its_number_not_a_citation() -> None:
    text = ("United Nations                      LC/SES.40/RES.770(XL)\nEconomic Commission for Latin America and the "
            "Caribbean\nDistr.: General\n25 October 2024\n\nResolution 770(XL)\n\nCalendar of conferences\n\n"
            "The Economic Commission for Latin America and the Caribbean,\n\nBearing in mind its mandate,\n\n"
            "1. Approves the calendar.\n")
    xml, _ = converted(text)
    assert "Resolution 770(XL)" in [e.text for e in xml.iterfind(".//a:docNumber", NS)]
    assert not [e.get("href") for e in xml.iterfind(".//a:ref", NS)]


def test_the_instructions_of_an_amendment_are_its_paragraphs_without_a_warning() -> None:
    text = (
        "United Nations A/C.3/80/L.77\n\nGeneral Assembly\nDistr.: Limited\n20 November 2025\n\n"
        "Eightieth session\nThird Committee\nAgenda item 68\n\n"
        "Norway: amendment to draft resolution A/C.3/80/L.21\n\nRights of the child\n\n"
        "In the fourth preambular paragraph, replace \"welcoming\" with \"noting\".\n\n"
        "Insert a new operative paragraph after operative paragraph 5, to read:\n\n"
        "\u201c5 bis. Requests the Secretary-General to report on the matter;\u201d\n\n"
        "Delete operative paragraph 9.\n\n"
        "Replace the title with the following: \"The rights of the child\".\n"
    )
    root, warnings = converted(text)
    assert warnings == []
    assert root.find("a:statement", NS).get("name") == "amendment"
    paragraphs = [[" ".join("".join(p.itertext()).split()) for p in para.iter(f"{{{NS['a']}}}p")]
                  for para in root.iterfind(".//a:mainBody/a:paragraph", NS)]
    assert paragraphs == [
        ['In the fourth preambular paragraph, replace "welcoming" with "noting".'],
        ["Insert a new operative paragraph after operative paragraph 5, to read:",
         "\u201c5 bis. Requests the Secretary-General to report on the matter;\u201d"],
        ["Delete operative paragraph 9."],
        ['Replace the title with the following: "The rights of the child".'],
    ]


def test_a_long_section_title_in_a_block_of_its_own_after_the_next_letter_is_its_title() -> None:
    # As akn text writes a section: its number, a blank line, its title; here a title of 33 words under "B.",
    # which follows "A.": the title of B, not a paragraph of its own (as a short one already was).
    title = ("Scale up climate action and support, including climate finance, in line with existing commitments and "
             "obligations under the United Nations Framework Convention on Climate Change and the Paris Agreement "
             "and the decisions of its parties")
    text = ("The General Assembly,\n\n1. Adopts the programme annexed to the present resolution.\n\nAnnex\n\n"
            "A.\n\nBuild resilient economies\n\n(a) Enhancing connectivity;\n\n"
            f"B.\n\n{title}\n\n(a) Accelerated actions towards implementation;\n")
    root, warnings = converted(text)
    sections = [(s.findtext("a:num", namespaces=NS), s.findtext("a:heading", namespaces=NS))
                for s in root.iter(f"{{{NS['a']}}}section")]
    assert sections == [("A.", "Build resilient economies"), ("B.", title)]
    assert not [message for _, message in warnings if "block" in message]


@pytest.mark.parametrize(
    "line, key, name",
    [
        ("[on the report of the Sixth Committee (A/80/600, para. 9)]", "sixthCommittee", "Sixth Committee"),
        ("[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/80/410)]",
         "fourthCommittee", "Special Political and Decolonization Committee"),
        ("[sobre la base del informe de la Quinta Comisión (A/80/650, párr. 6)]", "fifthCommittee", "Quinta Comisión"),
        ("[on the recommendation of the Commission on Science and Technology for Development (E/2024/31)]",
         "commissionOnScienceAndTechnologyForDevelopment", "Commission on Science and Technology for Development"),
    ],
)
def test_the_body_of_an_origin_line_is_shown_by_its_name(line: str, key: str, name: str) -> None:
    # The docProponent is the whole line, as the UN marks it; the TLC it refers to shows the body's name, not the
    # line, and a Main Committee is known by the same id whatever the language of the line.
    root, _ = converted(f"United Nations A/RES/80/900\n\nGeneral Assembly\nDistr.: General\n10 December 2025\n\n"
                        f"Eightieth session\nAgenda item 77\n\nResolution adopted by the General Assembly on 9 December "
                        f"2025\n\n{line}\n\n80/900. A title\n\nThe General Assembly,\n\n1. Decides to act.\n")
    assert root.find(".//a:docProponent", NS).get("refersTo") == f"#{key}"
    tlc = root.find(f".//a:references/*[@eId='{key}']", NS)
    assert (tlc.tag.split("}")[1], tlc.get("showAs")) == ("TLCOrganization", name)


def test_reading_akn_keeps_the_names_its_references_show() -> None:
    xml = akn.convert("The General Assembly,\n\n1. Decides to act.\n", markup_date="2026-01-01").to_xml()
    named = xml.replace(b'showAs="General Assembly"', b'showAs="Assembl\xc3\xa9e g\xc3\xa9n\xc3\xa9rale"')
    assert named != xml
    assert akn.to_xml(akn.read_akn(named)) == named


def test_a_point_numbered_as_a_paragraph_keeps_its_indentation_with_a_heading() -> None:
    a = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xml = (f'<akomaNtoso xmlns="{a}"><statement name="resolution"><meta/><mainBody><paragraph eId="para_1">'
           '<num>1.</num><list eId="para_1__list_1"><intro><p>Decides that:</p></intro>'
           '<point eId="para_1__list_1__point_1"><num>1.</num><heading>Scope</heading><content><p>the rules apply;</p>'
           '</content></point></list></paragraph></mainBody></statement></akomaNtoso>').encode()
    written = akn.to_text(xml, format="markdown")
    assert "\n   1\\. Scope\n" in written, written


@pytest.mark.parametrize(
    "words",
    ["the ratio a^b^ is kept", "research R&amp;D and &nbsp; as written", "a literal <br> tag",
     "a literal <i>x</i> tag", "an area of 40 m^2^", "the sign &#169; as written"],
)
def test_text_that_reads_as_markdown_markup_goes_through_markdown_escaped_and_back(words: str) -> None:
    # Carets, entities and HTML tags that are the text's own characters are escaped on the way out, and an
    # escaped one is a character on the way in, not a superscript, an entity or a tag.
    options = {"markup_date": "2026-01-01", "symbol": "A/RES/80/1", "date": "2025-01-01"}
    xml = akn.convert(f"The General Assembly,\n\n1. Decides that {words};\n", **options).to_xml()
    back = akn.convert(akn.to_text(xml, format="markdown"), name="back.md", **options)
    assert back.warnings == []
    root = etree.fromstring(back.to_xml())
    assert "".join(root.find(".//a:mainBody//a:p", NS).itertext()) == f"Decides that {words};"
