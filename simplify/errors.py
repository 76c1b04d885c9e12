"""Errors with German messages for users; each has a stable code."""

from __future__ import annotations


class SimplifyError(Exception):
    """Base class: the message is German and safe to show to a user."""

    code = "E000"


class ConfigError(SimplifyError):
    """A rule file, word list, profile or project configuration is broken."""

    code = "E001"


class InputError(SimplifyError):
    """A text or file cannot be checked (empty, too large, binary, unreadable)."""

    code = "E002"


class ModelError(SimplifyError):
    """A requested spaCy model is not installed."""

    code = "E003"


class TextTooLong(InputError):
    """A text is longer than the limit of the channel (the API answers 413)."""

    code = "E004"


def check_text(text: object, max_chars: int) -> None:
    """The one check of a submitted text: a string, not over ``max_chars``, no binary data."""
    if not isinstance(text, str):
        raise InputError("Der Text muss eine Zeichenkette sein.")
    if len(text) > max_chars:
        raise TextTooLong(
            f"Der Text ist zu lang: {len(text):,} Zeichen. Erlaubt sind höchstens "
            f"{max_chars:,} Zeichen. Teilen Sie den Text bitte auf.".replace(",", ".")
        )
    if "\x00" in text:
        raise InputError("Der Text enthält Binärdaten (Nullbytes). Das ist kein Text.")
