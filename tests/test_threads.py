"""The library from several threads at once, as a service validating and converting what it receives
would call it: each call's result is its own document's."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import akn

from .conftest import SAMPLES


def test_validating_in_threads_reports_each_document_its_own_schema_errors() -> None:
    xml = (SAMPLES / "ga-resolution.xml").read_bytes()
    # each document refused by the schema for an element of its own name, somewhere in its text
    documents = [xml.replace(b"<p>", b"<wrong%d>" % i, 1 + i % 5).replace(b"</p>", b"</wrong%d>" % i, 1 + i % 5)
                 for i in range(96)]

    def schema_messages(i: int) -> list[str]:
        report = akn.validate(documents[i], level=1, name=f"doc{i}")
        return [p.message for p in report.problems]

    alone = [schema_messages(i) for i in range(len(documents))]
    assert all(messages and all(f"'wrong{i}'" in m for m in messages) for i, messages in enumerate(alone))
    for _ in range(3):
        with ThreadPoolExecutor(8) as pool:
            together = list(pool.map(schema_messages, range(len(documents))))
        assert together == alone


def test_converting_and_writing_text_in_threads_gives_what_one_call_at_a_time_gives() -> None:
    texts = sorted(SAMPLES.glob("*.txt"))

    def converted(i: int) -> tuple[bytes, list[tuple[int, str]], str]:
        done = akn.convert_file(texts[i % len(texts)], markup_date="2026-01-01")
        xml = done.to_xml()
        return xml, [(w.line, w.message) for w in done.warnings], akn.to_text(xml, format="markdown")

    alone = [converted(i) for i in range(len(texts))]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(converted, range(4 * len(texts))))
    assert together == alone * 4
