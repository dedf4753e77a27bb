"""The AKN reader on other producers' XML: the UN's habits, other document types, hostile and broken input."""

from __future__ import annotations

import re

import pytest

import akn
from akn import model as m
from akn.aknxml.reader import read_xml
from akn.plaintext.writer import to_text

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def wrap(body: str, doc: str = 'statement name="resolution"') -> bytes:
    element = doc.split()[0]
    return f'<akomaNtoso xmlns="{NS}"><{doc}><meta/>{body}</{element}></akomaNtoso>'.encode()


def test_un_italic_spans_links_and_indentation() -> None:
    xml = wrap("""
    <preamble>
      <formula name="enactingFormula" eId="formula_1">
        <p xml:space="preserve">
          <span class="italic">The General Assembly</span>,</p>
      </formula>
      <container name="Recalling" eId="container_2">
        <p xml:space="preserve">	<span class="italic">Recalling</span> its resolution <a href="https://undocs.org/en/A/RES/76/13">76/13</a>,</p>
      </container>
    </preamble>""")
    doc = read_xml(xml)
    formula, recital = doc.preamble
    assert formula == m.Formula(
        (m.Mark("i", (m.Text("The General Assembly"),)), m.Text(",")), "enactingFormula"
    )
    assert isinstance(recital, m.Recital) and recital.phrase == "Recalling"
    para = recital.blocks[0]
    assert isinstance(para, m.Para)
    assert para.inlines[0] == m.Mark("i", (m.Text("Recalling"),))
    assert para.inlines[2] == m.Mark(
        "a", (m.Text("76/13"),), (("href", "https://undocs.org/en/A/RES/76/13"),)
    )
    assert to_text(doc) == "The General Assembly,\n\nRecalling its resolution 76/13,\n"


def test_block_texts_are_never_glued() -> None:
    xml = wrap(
        (
            "<mainBody><paragraph><content><p>Framework</p><p>framework</p></content></paragraph>"
            "<paragraph><content><p>a<b>b</b></p><table><tr><td><p>x</p></td><td><p>y</p></td></tr></table>"
            "</content></paragraph></mainBody>"
        ),
    )
    text = akn.to_text(xml)
    assert "Frameworkframework" not in text
    assert text.split() == ["Framework", "framework", "ab", "x", "|", "y"]


def test_un_headings_as_empty_paragraphs_become_sections() -> None:
    xml = wrap("""<mainBody>
      <paragraph eId="para_28" class="H23"><num>I</num></paragraph>
      <paragraph eId="para_29" class="H23"><subheading>International Convention</subheading></paragraph>
      <paragraph eId="para_30"><num>1.</num><content><p>Welcomes the report;</p></content></paragraph>
      <paragraph eId="para_31" class="H23"><subheading>II</subheading></paragraph>
      <paragraph eId="para_32"><num>2.</num><content><p>Decides to act.</p></content></paragraph>
    </mainBody>""")
    body = read_xml(xml).body
    assert [(d.kind, d.num) for d in body] == [("section", "I"), ("section", "II")]
    assert body[0].heading == (m.Text("International Convention"),)
    assert [c.num for c in body[0].children] == ["1."]
    text = akn.to_text(xml)
    assert text == "I\n\nInternational Convention\n\n1. Welcomes the report;\n\nII\n\n2. Decides to act.\n"


def test_a_number_in_an_empty_paragraph_of_its_own_numbers_the_paragraph_after_it() -> None:
    # As the UN writes some Security Council resolutions (S/RES/1285): each operative number in an empty
    # paragraph, its text in the next, unnumbered one. Read as it was, "1." alone became a section.
    xml = wrap("""<mainBody>
      <paragraph eId="para_18"><num>1.</num><content><p xml:space="preserve"></p></content></paragraph>
      <paragraph eId="para_19" class="ListParagraph"><content><p>Authorizes the observers;</p></content></paragraph>
      <paragraph eId="para_20"><num>2.</num><content><p xml:space="preserve"></p></content></paragraph>
      <paragraph eId="para_21"><content><p>Decides to remain seized of the matter.</p></content></paragraph>
    </mainBody>""")
    body = read_xml(xml).body
    assert [(d.kind, d.num) for d in body] == [("paragraph", "1."), ("paragraph", "2.")]
    text = akn.to_text(xml)
    assert text == "1. Authorizes the observers;\n\n2. Decides to remain seized of the matter.\n"
    again = akn.convert(text, markup_date="2026-01-01").document
    assert [d.num for d in again.body] == ["1.", "2."]


def test_a_point_number_in_an_empty_paragraph_of_its_own_numbers_the_paragraph_after_it() -> None:
    # The same habit for the lettered items of an operative paragraph. Read as it was, "(b)" alone became a
    # section, written "Section (b)" above its text, and the text read back lost the point.
    xml = wrap("""<mainBody>
      <paragraph><num>1.</num><content><p>Decides that the mission shall:</p></content></paragraph>
      <paragraph><num>(a)</num><content><p>Monitor the ceasefire;</p></content></paragraph>
      <paragraph><num>(b)</num><content><p xml:space="preserve"></p></content></paragraph>
      <paragraph><content><p>Support the elections;</p></content></paragraph>
      <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>
    </mainBody>""")
    body = read_xml(xml).body
    assert [(d.kind, d.num) for d in body] == [
        ("paragraph", "1."), ("paragraph", "(a)"), ("paragraph", "(b)"), ("paragraph", "2.")]
    text = akn.to_text(xml)
    assert "Section" not in text and "\n\n(b) Support the elections;\n\n" in text
    again = akn.convert(text, markup_date="2026-01-01").document
    assert [d.num for d in again.body] == ["1.", "2."]
    assert [p.num for p in again.body[0].children] == ["(a)", "(b)"]


def test_a_sections_number_in_a_paragraph_of_its_own_before_its_title_numbers_the_section() -> None:
    # <section><p><num>II</num></p><subheading>Title</subheading>: read as it was, the title was written above
    # the number, and the text converted back put each title at the end of the section before it.
    xml = wrap("""<preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula></preamble>
      <mainBody><section><p><num>I</num></p><subheading>Staffing</subheading>
        <paragraph><num>1.</num><content><p>Approves the posts;</p></content></paragraph></section>
      <section><p><num>II</num></p><subheading>Travel</subheading>
        <paragraph><num>1.</num><content><p>Decides to reduce travel.</p></content></paragraph></section></mainBody>""")
    body = read_xml(xml).body
    assert [(d.kind, d.num, m.plain_text(d.heading or ())) for d in body] == [
        ("section", "I", "Staffing"), ("section", "II", "Travel")]
    text = akn.to_text(xml)
    assert "I\n\nStaffing\n\n1. Approves the posts;\n\nII\n\nTravel\n\n1. Decides to reduce travel." in text
    again = akn.convert(text, markup_date="2026-01-01").document
    assert [(d.num, m.plain_text(d.heading or ())) for d in again.body] == [("I", "Staffing"), ("II", "Travel")]

def test_a_heading_that_repeats_its_parts_number_is_read_without_it() -> None:
    # As the UN writes the parts of A/RES/75/212's annex: <num>I.</num><subheading>I.<tab/>Organization of
    # work</subheading>. The text said "Section I.", then "I. Organization of work" as if another part.
    xml = wrap("""<preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula></preamble><mainBody>
      <paragraph class="H23"><num>\tI.</num><subheading>\tI.\tOrganization of work</subheading></paragraph>
      <paragraph class="H23"><num>\tA.</num><subheading>\tA.\tPlenary meetings</subheading></paragraph>
      <paragraph><num>2.</num><content><p>The Conference will meet.</p></content></paragraph>
      <paragraph class="H23"><num>II.</num><subheading>II.  Credentials</subheading></paragraph>
      <paragraph><num>3.</num><content><p>x</p></content></paragraph></mainBody>""")
    body = read_xml(xml).body
    assert [(d.num, m.plain_text(d.heading or ())) for d in body] == [
        ("I.", "Organization of work"), ("A.", "Plenary meetings"), ("II.", "Credentials")]
    text = akn.to_text(xml)
    assert text.startswith("The General Assembly,\n\nI.\n\nOrganization of work\n\nA.\n\nPlenary meetings\n\n2. The Conference will meet.")
    again = akn.convert(text, markup_date="2026-01-01").to_xml().decode()
    assert re.findall(r'<section eId="([^"]+)"', again) == ["sec_I", "sec_I__sec_A", "sec_II"]


def test_the_uns_subheading_blocks_among_the_recitals_stay_headings() -> None:
    xml = wrap("""<preamble><formula name="enactingFormula"><p>The Security Council,</p></formula>
      <container name="Recalling"><p>Recalling its resolutions,</p></container>
      <block name="subheading">Somalia</block>
      <container name="Welcoming"><p>Welcoming the progress,</p></container></preamble>
      <mainBody><paragraph><num>1.</num><content><p>Decides to act.</p></content></paragraph></mainBody>""")
    preamble = read_xml(xml).preamble
    assert preamble[2] == m.PreambleHeading((m.Text("Somalia"),))
    text = akn.to_text(xml)
    assert "Recalling its resolutions,\n\nSomalia\n\nWelcoming the progress," in text
    again = akn.convert(text, markup_date="2026-01-01").to_xml().decode()
    assert '<block name="subheading">Somalia</block>' in again


def test_lists_blocklists_and_sublists_become_points() -> None:
    xml = wrap("""<mainBody><paragraph><num>2.</num><list>
        <intro><p>Invites States:</p></intro>
        <point><num>(a)</num><content><p>To act;</p></content></point>
        <point><num>(b)</num><sublist><intro><p>To report on:</p></intro>
           <point><num>(i)</num><content><p>Progress.</p></content></point></sublist></point>
      </list></paragraph>
      <paragraph><num>3.</num><content><blockList><listIntroduction>Requests:</listIntroduction>
        <item><num>(a)</num><p>A study.</p></item></blockList></content></paragraph></mainBody>""")
    two, three = read_xml(xml).body
    assert two.intro == (m.Para((m.Text("Invites States:"),)),)
    assert [c.num for c in two.children] == ["(a)", "(b)"]
    assert two.children[1].children[0].num == "(i)"
    assert three.intro == (m.Para((m.Text("Requests:"),)),) and three.children[0].num == "(a)"
    assert "(i) Progress." in akn.to_text(xml)


def test_notes_keep_their_text_and_cross_headings_are_kept() -> None:
    xml = wrap("""<mainBody><section><num>A</num>
        <crossHeading refersTo="#preamble"><span class="italic">Recalling</span> the Charter,</crossHeading>
        <paragraph><num>1.</num><content><p>Decides<authorialNote marker="1" placement="bottom">
          <p>See the Charter.</p></authorialNote> to act.</p></content></paragraph></section></mainBody>""")
    text = akn.to_text(xml)
    assert (
        text
        == "A\n\nRecalling the Charter,\n\n1. Decides1 to act.\n\n__________________\n\n1  See the Charter.\n"
    )
    assert "<sup>1</sup>" in akn.to_text(xml, "markdown")


def test_a_section_numbered_by_its_first_subheading_keeps_its_number_through_the_text() -> None:
    # As the UN writes part I of A/RES/75/247: two subheadings, the numeral and the title, then the recitals.
    xml = wrap("""<preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula></preamble>
        <mainBody><section><subheading> I </subheading><subheading>Activities of the Office</subheading>
        <crossHeading refersTo="#preamble"><span class="italic">Recalling</span> its resolution 48/218 B,</crossHeading>
        <paragraph><num>1.</num><content><p>Reaffirms its role;</p></content></paragraph></section></mainBody>""")
    (section,) = read_xml(xml).body
    assert (section.num, m.plain_text(section.heading or ())) == ("I", "Activities of the Office")
    text = akn.to_text(xml)
    assert "The General Assembly,\n\nI\n\nActivities of the Office\n\nRecalling its resolution 48/218 B," in text
    again = akn.convert(text, markup_date="2026-01-01").document
    assert not [item for item in again.preamble if isinstance(item, m.Recital)]
    assert [(d.kind, d.num) for d in again.body] == [("section", "I")]


def test_a_note_between_a_blank_and_a_word_is_written_after_the_text_it_follows() -> None:
    # As some UN files have it: "of 5 December 1994, <note/>in which". Written "1994, 1in", the marker would
    # stand glued to the next word and be read as nobody's; written "1994,1 in", it reads back where it was.
    xml = wrap("""<preamble><p>Recalling the Memorandum of 5 December 1994, <authorialNote marker="1"
        placement="bottom"><p>A/49/765, annex I.</p></authorialNote>in which the obligations were reaffirmed,</p>
        </preamble><mainBody><paragraph><num>1.</num><content><p>Decides to act.</p></content></paragraph>
        </mainBody>""")
    text = akn.to_text(xml)
    assert "of 5 December 1994,1 in which the obligations" in text
    again = akn.convert(text, markup_date="2026-01-01").to_xml().decode()
    assert re.search(r">5 December 1994</date>,<authorialNote [^>]*>\s*<p[^>]*>A/49/765", again), again
    assert akn.to_text(xml, "markdown").count("1994, <sup>1</sup>in which") == 1


@pytest.mark.parametrize(
    "doc, body",
    [
        (
            'act name="act"',
            (
                "<body><chapter><num>1</num><heading>General</heading><section><num>1</num>"
                "<heading>Short title</heading><content><p>This Act is the Example Act.</p></content>"
                "</section></chapter></body>"
            ),
        ),
        (
            'bill name="bill"',
            (
                "<preface><longTitle><p>A Bill to amend.</p></longTitle></preface><body><article>"
                "<num>Article 1</num><content><p>Amend it.</p></content></article></body>"
            ),
        ),
        (
            'judgment name="judgment"',
            (
                "<header><p>Alpha Bank <party refersTo='#a'>Appellant</party> v <party refersTo='#b'>Bravo"
                "</party></p></header><judgmentBody><introduction><p>The court sat.</p></introduction><decision>"
                "<p>Appeal <b>dismissed</b>.</p></decision></judgmentBody>"
            ),
        ),
        (
            'debate name="debate"',
            (
                "<debateBody><debateSection name='x' eId='dbsect_1'><heading>Prayers</heading>"
                "<speech by='#a'><from>The Speaker</from><p>Order, order.</p></speech>"
                "</debateSection></debateBody>"
            ),
        ),
        (
            'doc name="report"',
            (
                "<mainBody><hcontainer name='x'><heading>Title</heading><content><p>Text "
                "<unknownThing>kept</unknownThing>.</p></content></hcontainer></mainBody>"
            ),
        ),
    ],
)
def test_other_document_types_keep_every_word(doc: str, body: str) -> None:
    xml = wrap(body, doc)
    from lxml import etree

    words = " ".join(etree.fromstring(xml).itertext()).split()
    text = akn.to_text(xml)
    for word in words:
        assert word.strip(".") in text, word


def test_a_table_in_a_container_among_the_paragraphs_is_written_back_valid() -> None:
    xml = wrap("""
    <mainBody>
      <paragraph eId="para_1"><num>1.</num><content><p>Approves the budget as follows:</p></content></paragraph>
      <container name="table" eId="container_1">
        <table eId="table_1"><tr><td><p>Staff costs</p></td><td><p>1 200</p></td></tr></table>
      </container>
      <section eId="sec_B"><num>B.</num><heading>Investments</heading></section>
    </mainBody>""")
    written = akn.to_xml(akn.read_akn(xml))
    report = akn.validate(written, level=1)
    assert report.conformant, [p.message for p in report.problems]
    assert b'<hcontainer eId="hcontainer_1" name="table">' in written
    assert b"Staff costs" in written and b"1 200" in written
    assert b"<heading>Investments</heading>\n      </section>" in written  # a heading is all it holds


def test_akn_documents_of_the_writer_read_back() -> None:
    converted = akn.convert(
        "The General Assembly,\n\nRecalling its resolution 65/230,\n\n1. Decides to act.\n",
        symbol="A/RES/80/1",
        date="2025-09-09",
        markup_date="2025-09-10",
    )
    back = read_xml(converted.to_xml())
    assert back.preamble == converted.document.preamble and back.body == converted.document.body
    assert back.meta is not None
    assert (back.meta.symbol, back.meta.number, back.meta.date, back.meta.actor, back.meta.markup_date) == (
        "A/RES/80/1",
        "80-1",
        "2025-09-09",
        "unga",
        "2025-09-10",
    )


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty input"),
        (b"<akomaNtoso", "not well-formed"),
        (b"just text", "text, not XML: it does not begin with a tag"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><akomaNtoso>&e;</akomaNtoso>', "DOCTYPE"),
        (
            b'<?xml version="1.0"?><!DOCTYPE akomaNtoso SYSTEM "http://example.org/x.dtd"><akomaNtoso/>',
            "DOCTYPE",
        ),
        (b"<html><body/></html>", "not Akoma Ntoso"),
        (b'<akomaNtoso xmlns="http://example.org/other"><act/></akomaNtoso>', "not Akoma Ntoso 3.0"),
        (f'<akomaNtoso xmlns="{NS}"/>'.encode(), "no document element"),
    ],
)
def test_hostile_or_foreign_input_is_an_xml_input_error(data: bytes, message: str) -> None:
    with pytest.raises(akn.XmlInputError, match=message):
        akn.to_text(data, name="in.xml")


def test_an_act_s_subsections_and_schedule_read_as_they_are_printed() -> None:
    # As Laws.Africa's acts (bluebell, cobalt) have them: subsections numbered '(1)' with no heading, and the
    # schedule's label on the attachment. The subsection's number stood on a line of its own; the label was lost.
    xml = wrap(
        "<body><section eId='sec_2'><num>2.</num><heading>Application</heading>"
        "<subsection eId='sec_2__subsec_1'><num>(1)</num><content><p>This Act applies to all persons.</p></content>"
        "</subsection><subsection eId='sec_2__subsec_2'><num>(2)</num><intro><p>The Minister may—</p></intro>"
        "<paragraph eId='sec_2__subsec_2__para_a'><num>(a)</num><content><p>make regulations.</p></content>"
        "</paragraph></subsection></section></body>"
        "<attachments><attachment eId='att_1'><heading>First Schedule</heading><doc name='schedule'><meta/>"
        "<mainBody><p>Form A is set out below.</p></mainBody></doc></attachment></attachments>",
        'act name="act"',
    )
    assert akn.to_text(xml).endswith(
        "Application\n\n(1) This Act applies to all persons.\n\n(2) The Minister may—\n\n(a) make regulations.\n\n"
        "First Schedule\n\nForm A is set out below.\n")


@pytest.mark.parametrize("emptied", ["<table{}></table>", "<table{}><tr/></table>"])
def test_a_table_without_cells_is_written_as_nothing_in_either_format(emptied: str) -> None:
    # the schema refuses such a table; other producers' files and hand edits still have them
    from .conftest import SAMPLES

    xml = (SAMPLES / "budget-table.xml").read_text("utf-8")
    found = re.search(r"<table([^>]*)>.*?</table>", xml, re.DOTALL)
    assert found is not None
    broken = xml[:found.start()] + emptied.format(found.group(1)) + xml[found.end():]
    for text_format in ("plain", "markdown"):
        text = akn.to_text(broken.encode(), format=text_format)
        assert "|" not in text and text.strip()
