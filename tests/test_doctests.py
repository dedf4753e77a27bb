"""The examples in the modules' docstrings are tests too.

They are read from the source and run in the namespace of the module as imported, so that they test the
compiled build as well (mypyc keeps no docstrings in the modules it compiles, where `doctest.testmod` would
find nothing to run).
"""

from __future__ import annotations

import ast
import doctest
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

MODULES = [
    "akn", "akn.frbr", "akn.eids", "akn.plaintext.phrases", "akn.plaintext.scripts", "akn.plaintext.ordinals",
    "akn.plaintext.bodies", "akn.conformance.fix",
]
DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def source_of(module: ModuleType) -> Path:
    """The module's Python source, also when what was imported is the compiled extension beside it."""
    path = Path(str(module.__file__))
    return path if path.suffix == ".py" else path.with_name(module.__name__.rpartition(".")[2] + ".py")


def docstring_tests(module: ModuleType) -> Iterator[doctest.DocTest]:
    path = source_of(module)
    tree = ast.parse(path.read_text("utf-8"))
    documented = [(module.__name__, 0, tree)] + [
        (f"{module.__name__}.{node.name}", node.lineno, node) for node in ast.walk(tree) if isinstance(node, DEFINITIONS)
    ]
    parser = doctest.DocTestParser()
    for name, line, node in documented:
        docstring = ast.get_docstring(node, clean=False)
        if docstring:
            yield parser.get_doctest(docstring, dict(vars(module)), name, str(path), line)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    runner = doctest.DocTestRunner()
    for test in docstring_tests(importlib.import_module(name)):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
