"""akn: resolutions as plain text to Akoma Ntoso 3.0 and back, with OASIS conformance checks.

    >>> import akn
    >>> doc = akn.convert("The General Assembly,\\n\\nRecalling its resolution 65/230,\\n\\n1. Decides to act.\\n",
    ...                   symbol="A/RES/80/1", date="2025-09-09", markup_date="2025-09-10")
    >>> doc.document.body[0].num
    '1.'
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Converted, convert, convert_file, read_akn, to_text  # noqa: E402
from .errors import AknError, ConversionError, InputError, StrictModeError, XmlInputError  # noqa: E402
from .model import Document  # noqa: E402

__all__ = [
    "AknError", "ConversionError", "Converted", "Document", "InputError", "StrictModeError", "XmlInputError",
    "__version__", "convert", "convert_file", "read_akn", "to_text",
]
