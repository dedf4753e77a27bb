"""akn: resolutions as plain text to Akoma Ntoso 3.0 and back, with OASIS conformance checks.

    >>> import akn
    >>> doc = akn.convert("The General Assembly,\\n\\nRecalling its resolution 65/230,\\n\\n1. Decides to act.\\n",
    ...                   symbol="A/RES/80/1", date="2025-09-09", markup_date="2025-09-10")
    >>> doc.document.body[0].num
    '1.'
"""

from __future__ import annotations

__version__ = "0.1.0"

from collections.abc import Callable
from typing import TYPE_CHECKING

from .errors import AknError, ConversionError, InputError, OptionError, StrictModeError, XmlInputError

# Loaded on first use, so that `import akn` (and `akn validate`) do not pay for the converter or lxml.
_LAZY = {
    "Converted": "api", "convert": "api", "convert_file": "api", "read_akn": "api", "to_text": "api",
    "to_xml": "api", "Document": "model", "validate": "conformance", "Report": "conformance",
    "Problem": "conformance", "SchemaError": "conformance", "fix": "conformance.fix", "Fixed": "conformance.fix",
    "OutputError": "files", "Batch": "batch",
    "BatchError": "batch", "BatchResult": "batch", "convert_many": "batch", "validate_many": "batch",
}

__all__ = [
    "AknError", "Batch", "BatchError", "BatchResult", "ConversionError", "Converted", "Document", "Fixed", "InputError",
    "OptionError", "OutputError", "Problem", "Report", "SchemaError", "StrictModeError", "XmlInputError", "__version__",
    "compiled", "convert", "convert_file", "convert_many", "fix", "read_akn", "to_text", "to_xml", "validate", "validate_many",
]

if TYPE_CHECKING:  # what type checkers see; at run time `__getattr__` loads each on first use
    from .api import Converted, convert, convert_file, read_akn, to_text, to_xml
    from .batch import Batch, BatchError, BatchResult, convert_many, validate_many
    from .conformance import Problem, Report, SchemaError, validate
    from .conformance.fix import Fixed, fix
    from .files import OutputError
    from .model import Document


def compiled() -> bool:
    """Whether this akn is the compiled build (its text-to-XML modules as C extensions made by mypyc; see
    setup.py) rather than pure Python. Nothing is imported to tell."""
    from importlib.util import find_spec

    spec = find_spec(f"{__name__}.model")
    return spec is not None and spec.origin is not None and not spec.origin.endswith(".py")


def _lazy_attributes(package: str, names: dict[str, str], namespace: dict[str, object]) -> Callable[[str], object]:
    """A package's `__getattr__` that imports each of `names` from its module (`names[name]`, relative to
    `package`) on first use and keeps it in the package's `namespace`."""

    def attribute(name: str) -> object:
        if name in names:
            import importlib

            value = getattr(importlib.import_module(f".{names[name]}", package), name)
            namespace[name] = value
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return attribute


__getattr__ = _lazy_attributes(__name__, _LAZY, globals())
