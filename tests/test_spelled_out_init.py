"""Classes that spell out their `__init__` (the compiled build runs a dataclass's generated one as Python)
take their dataclass fields, in order and with the same defaults, so that a field added to the class but not
to its `__init__` fails here and not in a conversion."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

import akn
from akn import frbr, model
from akn.plaintext import blocks, source, tables


def _spelled_out() -> list[type]:
    found = []
    for module in (model, frbr, source, blocks, tables):
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ and dataclasses.is_dataclass(value):
                code = getattr(vars(value).get("__init__"), "__code__", None)
                if code is not None and code.co_filename != "<string>":  # not the generated one
                    found.append(value)
    return found


@pytest.mark.skipif(akn.compiled(), reason="compiled __init__s carry no Python signature; the pure build checks them")
def test_each_spelled_out_init_takes_exactly_the_fields() -> None:
    classes = _spelled_out()
    assert {"Text", "Mark", "Division", "FrbrUri", "Line", "Block"} <= {cls.__name__ for cls in classes}
    for cls in classes:
        # Fields named with an underscore are the class's own caches, set by its __init__, not given to it.
        fields = [f for f in dataclasses.fields(cls) if f.init and not f.name.startswith("_")]
        parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
        assert [p.name for p in parameters] == [f.name for f in fields], cls
        for parameter, field in zip(parameters, fields, strict=True):
            if parameter.default is not inspect.Parameter.empty and field.default is not dataclasses.MISSING:
                assert parameter.default == field.default, (cls, field.name)
