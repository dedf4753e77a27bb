"""Which legacy encoding a text that is not UTF-8 is likely in, for the message that asks for `--encoding`.

A guess is offered only when one of the encodings that resolutions arrive in reads the text as its script:
Windows Latin (cp1252) a text of ASCII letters with a few accented ones; Windows Cyrillic (cp1251), Arabic
(cp1256) or GB18030 a text mostly of letters of that script (Cyrillic mostly in lower case, as running text
is). Any byte sequence reads as something in a one-byte encoding; what the script of the letters says is
what tells them apart. Nothing is decoded on the strength of a guess: the user names the encoding.
"""

from __future__ import annotations

import codecs
import unicodedata

# (encoding, the script its letters are in, read from Unicode character names), tried in this order.
_CANDIDATES = (("gb18030", "CJK"), ("cp1252", "LATIN"), ("cp1251", "CYRILLIC"), ("cp1256", "ARABIC"))
_SAMPLE = 65536


def likely_encoding(data: bytes) -> str | None:
    """The one candidate encoding that reads `data` as running text of its script, or None."""
    sample = data[:_SAMPLE]
    fitting = [name for name, script in _CANDIDATES if _reads_as(sample, name, script)]
    return fitting[0] if len(fitting) == 1 else None


def _reads_as(sample: bytes, encoding: str, script: str) -> bool:
    try:
        # incremental, so that a character cut at the end of the sample is no error
        text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not letters:
        return False
    own = [c for c in letters if unicodedata.name(c, "").startswith(script)]
    if len(own) < 0.95 * len(letters):
        return False
    ascii_letters = sum(1 for c in text if c.isascii() and c.isalpha())
    if script == "LATIN":
        return len(own) <= 0.3 * (len(own) + ascii_letters)  # accented letters among plain ones
    if len(own) < ascii_letters:
        return False
    return script != "CYRILLIC" or sum(1 for c in own if c.islower()) >= 0.6 * len(own)
