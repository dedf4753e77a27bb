"""A paragraph wrapped over several lines reads as the same paragraph: a narrow page, a PDF's column or a
retyping breaks the lines of a resolution anywhere, and the structure of the text must not change with them;
nor when a copy from a PDF viewer leaves no blank line between the paragraphs.

Each case below is a resolution written twice, its paragraphs on one line each and then wrapped where a page
would wrap them, and the two must convert alike. The corpus test does the same to the UN's own resolutions
(`../shared/corpus/unxml`, as `akn text` writes them), wrapped at 60 and 75 columns.
"""

from __future__ import annotations

import io
import textwrap

import pytest

import akn
from akn.plaintext.source import Line, without_blank_lines

from .conftest import CORPUS, unxml_sample
from .extractions import wrapped
from .measure import TOOL, tool

Paragraph = str | tuple[str, ...]


def resolution(*paragraphs: Paragraph, one_line_each: bool = False, formula: str = "The General Assembly,") -> str:
    """A resolution of these paragraphs, blank lines between them; a paragraph given as a tuple is the lines
    it is wrapped into, or, with `one_line_each`, one line of them all."""
    parts = [formula] + [(" " if one_line_each else "\n").join(p) if isinstance(p, tuple) else p for p in paragraphs]
    return "\n\n".join(parts) + "\n"


def outline(text: str) -> str:
    """The converted text as `akn text` writes it: one line per paragraph, heading and item."""
    return akn.to_text(akn.convert(text, markup_date="2026-01-01").to_xml())


def assert_reads_alike(*paragraphs: Paragraph, formula: str = "The General Assembly,") -> str:
    one_line_each = outline(resolution(*paragraphs, one_line_each=True, formula=formula))
    assert outline(resolution(*paragraphs, formula=formula)) == one_line_each
    return one_line_each


LAST = "1. Decides to remain seized of the matter."


@pytest.mark.parametrize(
    "recital",
    [
        # an enacting formula's words at the start of a line inside a sentence
        ("Recalling the statements by the President of", "the Security Council,"),
        # "adopted on" at the start of a line, not an adoption line
        ("Taking note of resolutions GC(64)/RES/9 and GC(64)/RES/10,",
         "adopted on 25 September 2020 by the General Conference of the Agency,"),
        # a report's title after a comma, opening with a word in -ing
        ("Welcoming the disarmament agenda of the Secretary-General,",
         "Securing Our Common Future: An Agenda for Disarmament, and emphasizing",
         "the importance of its implementation,"),
        # a noun in -ant after a comma, which reads like a French participle
        ("Condemning the pressure exerted upon the Orthodox Church of Ukraine,",
         "Protestant churches, Muslim religious communities and Greek Catholics,"),
        # an acronym that ends in S, which reads like a verb in capitals
        ("Welcoming the efforts of the Government of Guinea-Bissau, ECOWAS,",
         "UNIOGBIS and other relevant stakeholders in combating this issue,"),
    ],
    ids=["formula-words", "adopted-on", "title-in-ing", "noun-in-ant", "acronym-in-s"],
)
def test_a_recital_wrapped_before_a_word_that_opens_paragraphs_elsewhere_stays_one(recital: tuple[str, ...]) -> None:
    before = "Recalling its resolution 75/1 of 21 September 2020,"
    text = assert_reads_alike(before, recital, LAST)
    assert text.count("\n\n") == 3 and " ".join(recital) in text  # the formula, two recitals, the paragraph


def test_an_acronym_in_s_after_a_comma_opens_no_paragraph_where_no_blank_lines_part_them() -> None:
    lines = ["The Security Council,", "Recalling its resolution 2203 (2015),",
             "Welcoming the efforts of the Government of Guinea-Bissau, ECOWAS,",
             "UNIOGBIS, the United Nations Office on Drugs and Crime and other stakeholders,",
             "1. Decides to remain seized of the matter."]
    text = outline("\n".join(lines) + "\n")
    assert "ECOWAS, UNIOGBIS, the United Nations Office" in text
    assert text.split("\n\n")[-1].startswith("1. Decides")


@pytest.mark.parametrize(
    "paragraph",
    [
        ("7. Encourages Governments to build resilient education systems by (a) providing support to",
         "teachers and educational personnel; (b) investing in skills development; and",
         "(c) building more inclusive education;"),
        ("7. Requests the measures set out in subparagraphs (a), (b), (c),", "(e) and (f) of paragraph 12;"),
        ("7. Calls upon all parties to address (i) the protection of civilians, (ii) the return of refugees,",
         "(iii) the security situation and", "(iv) the ending of impunity;"),
    ],
    ids=["letters", "letters-skipped", "roman"],
)
def test_a_list_that_runs_in_the_text_stays_in_its_paragraph_when_a_line_opens_with_its_label(
    paragraph: tuple[str, ...],
) -> None:
    text = assert_reads_alike("Recalling its resolution 75/1 of 21 September 2020,", paragraph,
                              "8. Decides to remain seized of the matter.")
    assert f"{paragraph[-1]}\n\n8. Decides" in text


@pytest.mark.parametrize(
    "heading",
    [
        ("Prevention of Illicit Exports of Petroleum, including Crude Oil and", "Refined Petroleum Products"),
        ("(\u201cSupporting the Ouagadougou political process and a credible electoral", "process\u201d)"),
    ],
)
def test_a_heading_over_the_operative_part_wrapped_over_two_lines_is_still_a_heading(heading: tuple[str, ...]) -> None:
    text = assert_reads_alike("Acting under Chapter VII of the Charter of the United Nations,", heading,
                              "1. Condemns attempts to illicitly export petroleum from Libya;", LAST.replace("1.", "2."),
                              formula="The Security Council,")
    root = akn.convert(resolution("Acting under Chapter VII of the Charter of the United Nations,", heading,
                                  "1. Condemns attempts;", "2. Decides to remain seized of the matter.",
                                  formula="The Security Council,"), markup_date="2026-01-01").to_xml()
    assert b"<preamble>" in root and b"crossHeading" in root and " ".join(heading) in text


def test_a_heading_among_the_recitals_wrapped_over_two_lines_is_still_a_heading() -> None:
    heading = ("Humanitarian situation and displacement and", "development issues")
    text = assert_reads_alike("Recalling its resolution 2340 (2017),", heading,
                              "Expressing deep concern at the humanitarian situation,", LAST,
                              formula="The Security Council,")
    root = akn.convert(resolution("Recalling its resolution 2340 (2017),", heading,
                                  "Expressing deep concern at the humanitarian situation,", LAST,
                                  formula="The Security Council,"), markup_date="2026-01-01").to_xml()
    assert root.count(b"<container") == 2 and "development issues" in text


def _long_recital(opening: str) -> tuple[str, ...]:
    """A recital of ten lines or so as a page 60 columns wide wraps it, a report's title after a colon opening
    one of its lines ("Transforming Food Systems ...")."""
    head = f"{opening} the publication entitled The State of Food Security and Nutrition in the World 2021:"
    tail = ("Transforming Food Systems for Food Security, Improved Nutrition and Affordable Healthy Diets for All, "
            + " ".join(["issued by the funds and programmes of the United Nations system"] * 4) + ",")
    return tuple(textwrap.wrap(head, 60) + textwrap.wrap(tail, 60))


def test_long_paragraphs_wrapped_on_a_narrow_page_are_still_parted_by_their_blank_lines() -> None:
    # Ten lines to a paragraph and a blank line after each: not the text without blank lines that a copy
    # from a PDF viewer gives, where a line that opens with any participle may open a paragraph.
    recitals = [_long_recital(opening) for opening in ("Taking note of", "Welcoming", "Recalling")]
    assert all(len(lines) >= 8 for lines in recitals)
    text = assert_reads_alike(*recitals, LAST)
    assert text.count("Transforming Food Systems") == 3 and text.count("\n\n") == 4


@pytest.mark.parametrize(
    "text, parted",
    [
        # long paragraphs on a narrow page: most lines that end a clause have a blank line after them
        ("\n\n".join("\n".join(_long_recital("Recalling")) for _ in range(4)), True),
        # a copy from a PDF viewer: no blank line anywhere
        ("\n".join(_long_recital("Recalling") * 4), False),
    ],
    ids=["narrow-page", "no-blank-lines"],
)
def test_blank_lines_part_long_paragraphs_on_a_narrow_page(text: str, parted: bool) -> None:
    lines = [Line(no, line) for no, line in enumerate(text.split("\n"), 1)]
    assert without_blank_lines(lines) is not parted


# -- the UN's own resolutions, wrapped ---------------------------------------------------------------------

FIELDS = ("preamble", "operative", "points", "notes", "annexes")
# Files whose wrapped text reads otherwise, and why; each was read against its own text.
KNOWN = {
    # Two recitals the UN's markup runs together ("... armed conflict. Stressing, in this regard, ..."): a
    # line that opens with "Stressing" after a full stop parts them, as they are printed.
    "S_RES_1738_N0668160.xml": "preamble", "S_RES_2222_1508318E.xml": "preamble",
    "S_RES_1817_N0837611.xml": "preamble",
    # "... the following options: (a) Approval; (b) ...", a list in the text; wrapped so that "(a)" opens a
    # line after the colon, it reads as the list of points it is.
    "S_RES_1409_N0238115.xml": "points",
}


SAMPLE = unxml_sample(every=8)


@pytest.mark.skipif(not SAMPLE or not TOOL.is_file(),
                    reason=f"the shared corpus and tools are not beside this checkout ({CORPUS / 'unxml'})")
@pytest.mark.parametrize("width", [60, 75])
def test_the_un_resolutions_wrapped_on_a_narrow_page_keep_their_structure(width: int) -> None:
    structure = tool()
    differ = {}
    for path in SAMPLE:
        text = akn.to_text(path.read_bytes(), name=str(path))
        ours = structure.signature(io.BytesIO(akn.convert(text, markup_date="2026-01-01").to_xml()))
        theirs = structure.signature(io.BytesIO(akn.convert(wrapped(text, width), markup_date="2026-01-01").to_xml()))
        fields = [f for f in FIELDS if ours[f] != theirs[f]]
        if fields and fields != [KNOWN.get(path.name)]:
            differ[path.name] = {f: (ours[f], theirs[f]) for f in fields}
    assert not differ, f"{len(differ)} of {len(SAMPLE)} files read otherwise wrapped at {width} columns: {differ}"


def test_a_line_broken_after_a_hyphen_joins_the_next_without_a_blank_unless_the_compound_waits_for_its_end() -> None:
    recital = ("Noting the needs of low-", "and middle-income countries for non-", "proliferation and up-",
               "to-date data,")
    text = outline(resolution("Recalling its resolution 75/1 of 21 September 2020,", recital, LAST))
    assert "\n\nNoting the needs of low- and middle-income countries for non-proliferation and up-to-date data,\n\n" in text


def test_an_agenda_item_wrapped_after_a_hyphen_is_one_name() -> None:
    cover = ("United Nations A/RES/75/67\nGeneral Assembly Distr.: General\n14 December 2020\n\n"
             "Seventy-fifth session\nAgenda item 103 (k)\n"
             "General and complete disarmament: Treaty on a Nuclear-\nWeapon-Free Zone in Central Asia\n\n"
             "Resolution adopted by the General Assembly on 7 December 2020\n\n")
    xml = akn.convert(cover + resolution("Recalling its resolution 73/58,", LAST), markup_date="2026-01-01").to_xml()
    assert b"Treaty on a Nuclear-Weapon-Free Zone in Central Asia</inline>" in xml


# -- without blank lines, as a copy from a PDF viewer gives the text ---------------------------------------


def tight(*paragraphs: Paragraph, formula: str = "The Security Council,") -> str:
    """`resolution` with no blank line anywhere."""
    return resolution(*paragraphs, formula=formula).replace("\n\n", "\n")


def test_without_blank_lines_a_recital_opening_with_a_hyphenated_participle_is_a_recital_of_its_own() -> None:
    text = outline(tight("Recalling its resolution 2231 (2015),", "Re-emphasizing the right of all refugees to return,",
                         LAST))
    assert "\n\nRe-emphasizing the right of all refugees to return,\n\n" in text


def test_without_blank_lines_a_heading_alone_on_its_line_parts_the_paragraphs_around_it() -> None:
    recitals = [f"Recalling its resolution {number} (2015)," for number in range(2231, 2237)]
    text = outline(tight(*recitals, "Transport and transit corridors", "Noting the need for continued cooperation,",
                         "1. Decides to act;", "Disarmament and demobilization", "2. Decides to remain seized of the matter."))
    assert "2236 (2015),\n\nTransport and transit corridors\n\nNoting the need" in text
    assert "act;\n\nDisarmament and demobilization\n\n2. Decides" in text


def test_without_blank_lines_the_item_after_one_that_cites_labels_is_the_next_item() -> None:
    text = outline(tight("1. Decides that the Committee shall:", "(c) consider the exemptions in paragraphs 2 (e) and 4 (c) above;",
                         "(d) designate the individuals subject to the measures;", LAST.replace("1.", "2.")))
    assert "above;\n\n(d) designate" in text


def test_without_blank_lines_a_table_s_first_row_stays_with_the_rows_under_it() -> None:
    recitals = [f"Recalling its resolution {number} (2015)," for number in range(2231, 2236)]
    table = ("Income section | Amount (United States dollars)", "1. Income from staff assessment | 283 437 900",
             "2. General income | 19 265 100", "Total | 302 522 600")
    text = outline(tight(*recitals, "1. Decides that the estimates of income are approved as follows:", *table,
                         "2. Decides to remain seized of the matter.", formula="The General Assembly,"))
    assert "\n".join(table) in text


def test_without_blank_lines_each_bulleted_item_is_one_and_the_numbered_paragraph_after_them_is_its_own() -> None:
    recitals = [f"Recalling its resolution {number} (2015)," for number in range(2231, 2236)]
    judges = ("- Jean-Claude Antonetti (France)", "- Guy Delvoie (Belgium)", "- Alphons Orie (The Netherlands)")
    text = outline(tight(*recitals, "1. Decides to extend the terms of office of the following judges:", *judges,
                         "2. Decides to remain seized of the matter."))
    assert "judges:\n\n" + "\n\n".join(judges) + "\n\n2. Decides to remain" in text


@pytest.mark.parametrize(
    "recital",
    ["Gravely distressed by the continued deterioration of the humanitarian situation,",
     "While noting the advances made for the protection of children,",
     "Whilst welcoming the decrease in reported incidents of piracy,",
     "Disappointed at the continued absence of progress towards negotiations,",
     "Ever mindful of the purposes and principles of the Charter,"],
)
def test_without_blank_lines_a_recital_opening_with_an_attitude_or_while_is_a_recital_of_its_own(recital: str) -> None:
    recitals = [f"Recalling its resolution {number} (2015)," for number in range(2231, 2236)]
    text = outline(tight(*recitals, recital, LAST))
    assert f"2235 (2015),\n\n{recital}\n\n1. Decides" in text


def test_a_footnote_wrapped_after_a_word_that_needs_more_goes_on_whatever_opens_the_next_line() -> None:
    notes = ("__________________", "1  District Court of Guam, Davis v. Guam et al., decision of",
             "8 March 2017, upheld by the Court of Appeals for the Ninth Circuit.",
             "2  Telemedicine is the use of telecommunications to provide clinical health care from",
             "a distance, such as tele-cardiology.")
    text = resolution("Recalling the ruling of the District Court,1", "Noting the growth of telemedicine,2", LAST,
                      *notes)
    root = akn.convert(text, markup_date="2026-01-01").to_xml()
    assert root.count(b"<authorialNote") == 2
    notes_read = akn.to_text(root).split("__________________\n")[1]
    assert "decision of 8 March 2017, upheld" in notes_read and "health care from a distance, such as" in notes_read


def test_an_annex_label_and_its_title_wrapped_over_two_lines_still_open_the_annex() -> None:
    label = ("Annex A: UNAMID benchmarks as set out in Annex 1 of the", "Secretary-General report of 15 April 2014")
    text = assert_reads_alike("Recalling its resolution 2173 (2014),", LAST, label,
                              "Benchmark 1: inclusive peace process through mediation", formula="The Security Council,")
    root = akn.convert(resolution("Recalling its resolution 2173 (2014),", LAST, label, "Benchmark 1: mediation",
                                  formula="The Security Council,"), markup_date="2026-01-01").to_xml()
    assert b"<attachment" in root and "Benchmark 1" in text


def test_without_blank_lines_lettered_items_a_point_s_heading_and_a_heading_in_quotes_are_parted() -> None:
    recitals = [f"Recalling its resolution {number} (2015)," for number in range(2231, 2236)]
    text = outline(tight(*recitals, "Acting under Chapter VII of the Charter of the United Nations,",
                         "(\u201cSupporting the political process\u201d)",
                         "1. Requests the Secretary-General to report on:",
                         "a. Analysis of the needs of women and girls in post-conflict situations,",
                         "b. Challenges to the participation of women in peacebuilding;",
                         "2. Decides that the mandate of the mission shall be as follows:",
                         "(a) Protection of civilians", "(i) To protect the civilian population from violence;",
                         "(ii) To support the national authorities;", "3. Decides to remain seized of the matter."))
    assert "Nations,\n\n(\u201cSupporting the political process\u201d)\n\n1. Requests" in text
    assert "on:\n\na. Analysis" in text and "situations,\n\nb. Challenges" in text
    assert "(a) Protection of civilians\n\n(i) To protect" in text
