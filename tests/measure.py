"""The shared structure tool (`../shared/tools/akn_structure.py`), loaded as a module for the tests."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

from .conftest import SHARED

TOOL = SHARED / "tools" / "akn_structure.py"


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("akn_structure", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compare(ours: Path, gold: Path) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = tool().compare(str(ours), str(gold))
    return status, out.getvalue()


def retention(text: Path, xml: Path) -> tuple[float, float, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        tool().retention(str(text), str(xml))
    printed = out.getvalue()
    match = re.search(r"recall=([\d.]+) precision=([\d.]+)", printed)
    assert match, printed
    return float(match.group(1)), float(match.group(2)), printed
