"""`akn convert` on arbitrary text never raises anything but the library's own errors, and what it writes is
valid: Hypothesis `text()`, and real corpus texts mutated (lines deleted, blocks swapped, numbers doubled)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

import akn
from akn import schema

from .conftest import CORPUS


def converts_or_refuses(text: str) -> None:
    try:
        xml = akn.convert(text, markup_date="2026-01-01").to_xml()
    except akn.AknError:
        return
    xsd = schema.load()
    assert xsd.validate(etree.fromstring(xml)), xsd.error_log.last_error


@given(st.text())
# Code points that are no characters to XML, which reached the output (found by the large profile).
@example("\ufffe")
@example("The General Assembly,\n\n1. Decides\uffff to act.\n")
@example("The General Assembly,\n\n1. Decides\ud800 to act.\n")
def test_any_text(text: str) -> None:
    converts_or_refuses(text)


_PIECES = st.sampled_from(
    [
        "The General Assembly,",
        "Recalling its resolution 65/230 of 21 December 2010,",
        "1.",
        "2. Decides to act;",
        "(a)",
        "(i) To report;",
        "I",
        "Annex",
        "Annex II",
        "__________________",
        "1 A note.",
        "*",
        "---",
        "<sup>1</sup>",
        "*Recalling*",
        "55th plenary meeting",
        "17 December 2025",
        "A/RES/80/1",
        "Distr.: General",
        "Part I",
        "Article 2",
        "Chapter III. Title",
        "  ",
        "",
        "\f",
        "[without reference to a Main Committee]",
        "Генеральная Ассамблея,",
        "с удовлетворением отмечая",
        "1. постановляет",
        "a)",
        "大会，",
        "又回顾其2015年9月25日第70/1号决议，",
        "第2799(2025)号决议",
        "إن الجمعية العامة،",
        "وإذ تؤكد من جديد",
        "1 - تقرر",
        "(أ)",
        "(1) انظر الوثيقة",
        "17 كانون الأول/ديسمبر 2025",
        "الأمــم المتحـدة",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=40).map("\n".join))
def test_resolution_shaped_noise(text: str) -> None:
    converts_or_refuses(text)


def corpus_texts() -> list[Path]:
    folder = CORPUS / "text"
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


TEXTS = corpus_texts()


@pytest.mark.skipif(
    not TEXTS, reason=f"the shared corpus is not beside this checkout ({CORPUS / 'text'} is absent)"
)
@given(st.data())
def test_mutated_corpus_texts(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(TEXTS), label="file")
    lines = path.read_text("utf-8", errors="replace").splitlines()
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        if not lines:
            break
        at = data.draw(st.integers(0, len(lines) - 1))
        kind = data.draw(st.sampled_from(["delete", "swap", "double", "number"]))
        if kind == "delete":
            del lines[at : at + data.draw(st.integers(1, 5))]
        elif kind == "swap":
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "double":
            lines.insert(at, lines[at])
        else:
            lines.insert(at, data.draw(st.sampled_from(["1.", "2.", "(a)", "I", "Annex", "3. 3.", "12"])))
    converts_or_refuses("\n".join(lines))
