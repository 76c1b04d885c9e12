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
