"""Hostile inputs: each is refused with a clear message and exit 3, leaks nothing, and costs little.

Every case runs `akn validate` in a fresh process limited to 500 MB of address space and 10 seconds.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from .akn_samples import CONFORMANT

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
LIMIT = 500 * 1024 * 1024


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def validate(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "akn", "validate", *args], input=input, capture_output=True,
                          timeout=10, preexec_fn=_limit, check=False)


def laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [\n{chr(10).join(entities)}\n]>\n' \
           f'<akomaNtoso xmlns="{AKN}">&lol{levels - 1};</akomaNtoso>\n'


def refused(done: subprocess.CompletedProcess[bytes], *words: str) -> str:
    out = (done.stdout + done.stderr).decode("utf-8", "replace")
    assert done.returncode == 3, out
    assert "Traceback" not in out
    for word in words:
        assert word in out, out
    return out


def test_billion_laughs(tmp_path: Path) -> None:
    bomb = tmp_path / "laughs.xml"
    bomb.write_text(laughs())
    refused(validate(str(bomb)), "fatal [xml-forbidden]", "DOCTYPE")


def test_billion_laughs_in_utf16(tmp_path: Path) -> None:
    bomb = tmp_path / "laughs16.xml"
    bomb.write_bytes(laughs().replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"))
    refused(validate(str(bomb)), "[xml-forbidden]")


def test_external_entity_to_a_local_file_leaks_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-4242")
    xxe = tmp_path / "xxe.xml"
    xxe.write_text(f'<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file://{secret}">]>\n<akomaNtoso xmlns="{AKN}">&x;</akomaNtoso>')
    out = refused(validate(str(xxe), "--format", "json"), "xml-forbidden")
    assert "TOP-SECRET" not in out


def test_entity_without_doctype_is_malformed_not_resolved(tmp_path: Path) -> None:
    doc = tmp_path / "entity.xml"
    doc.write_text(f'<akomaNtoso xmlns="{AKN}">&x;</akomaNtoso>')
    refused(validate(str(doc)), "[xml-malformed]", "Entity 'x' not defined")


def test_external_dtd_is_never_fetched(tmp_path: Path) -> None:
    doc = tmp_path / "dtd.xml"
    doc.write_text(f'<!-- a comment first -->\n<!DOCTYPE akomaNtoso SYSTEM "http://192.0.2.1/akn.dtd">\n'
                   f'<akomaNtoso xmlns="{AKN}"/>')
    refused(validate(str(doc)), "[xml-forbidden]")


def test_deep_nesting(tmp_path: Path) -> None:
    doc = tmp_path / "deep.xml"
    doc.write_text(f'<akomaNtoso xmlns="{AKN}">' + "<p>" * 20000 + "</p>" * 20000 + "</akomaNtoso>")
    refused(validate(str(doc)), "[xml-malformed]", "depth")


def test_200_mb_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as handle:
        handle.write(f'<akomaNtoso xmlns="{AKN}">'.encode())
        handle.truncate(200 * 1024 * 1024)
    refused(validate(str(big)), "[input-too-large]", "209,715,200 bytes is over the size limit of 100 MB")


def test_over_the_limit_on_standard_input() -> None:
    data = CONFORMANT.encode() + b"<!-- padding -->" * 140000
    refused(validate("--max-size", "1", "-", input=data), "[input-too-large]")


@pytest.mark.parametrize("content", [bytes(range(256)) * 64, b"\x00\x00\x00\x00", b"   \n"])
def test_binary_and_empty(tmp_path: Path, content: bytes) -> None:
    blob = tmp_path / "blob.xml"
    blob.write_bytes(content)
    refused(validate(str(blob)), "[xml-malformed]")


def test_a_hostile_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a-laughs.xml").write_text(laughs())
    (tmp_path / "b-good.xml").write_text(CONFORMANT)
    out = refused(validate(str(tmp_path)), "2 files checked at level 2, 1 conformant, 1 unreadable")
    assert "b-good.xml" not in out.split("\n")[-2]
