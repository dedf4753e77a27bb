"""The optional compiled build (AKN_MYPYC=1 at install, see setup.py): the modules it compiles are all compiled
or none are, and with AKN_MYPYC=1 set when the tests run, they are, so that those tests run the compiled akn
and not a checkout's Python beside it."""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import tomllib

from .conftest import ROOT


def compiled_module_names() -> list[str]:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["akn"]["mypyc"]["modules"]
    paths = sorted({path for pattern in patterns for path in ROOT.glob(pattern)})
    return [".".join(path.relative_to(ROOT).with_suffix("").parts) for path in paths]


def is_extension(name: str) -> bool:
    return str(importlib.import_module(name).__file__).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def test_the_compiled_modules_are_all_compiled_or_none_are() -> None:
    names = compiled_module_names()
    assert "akn.plaintext.structure" in names and "akn.aknxml.writer" in names
    compiled = {name: is_extension(name) for name in names}
    if os.environ.get("AKN_MYPYC", "") not in ("", "0"):
        assert all(compiled.values()), compiled
        assert is_extension("akn.conformance._walk")  # the validator's index pass, built by Cython
    else:
        assert len(set(compiled.values())) == 1, compiled
