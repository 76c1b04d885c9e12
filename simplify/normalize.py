"""Input normalisation at the entrance of ``Simplifier.analyze``: one code point for one.

The normalised text has exactly the length of the input, so every offset in the Report points
into the text the caller passed in. What changes:

- lone surrogates (possible in a Python str and in JSON, "\\ud800") cannot be encoded as UTF-8,
  and spaCy's string store encodes every token: they become U+FFFD;
- zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and control characters other than tab
  and line breaks become a space: inside a word they are invisible joints, and as part of a
  token they glue arbitrarily long runs into one "word" (10,000 letters with U+200B between
  them took minutes). Emoji joined with U+200D become single emoji;
- U+2028/U+2029 (line and paragraph separator) become a line break.

Nothing is composed or decomposed (NFC would change the length).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 controls except \t \n \v \f \r, DEL, C1 controls, zero-width characters and the BOM.
_INVISIBLE = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")
_SEPARATOR = re.compile(r"[\u2028\u2029]")
_ANY = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2028\u2029\u2060\ufeff"
                  r"\ud800-\udfff]")


def encodable(text: str) -> str:
    """The text with lone surrogates replaced by U+FFFD (same length; valid UTF-8)."""
    return _SURROGATE.sub(REPLACEMENT, text)


def normalize(text: str) -> str:
    """The text the pipeline analyses: same length as ``text``, offsets unchanged."""
    if not _ANY.search(text):
        return text
    text = encodable(text)
    text = _INVISIBLE.sub(" ", text)
    return _SEPARATOR.sub("\n", text)
