"""The examples in the modules' docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "akn", "akn.frbr", "akn.eids", "akn.plaintext.phrases", "akn.plaintext.ordinals", "akn.plaintext.bodies",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
