"""Named checks that rule files refer to; importing this package registers them all."""

from . import address, jargon, length, nominal, passive, readability, words  # noqa: F401
from .base import CHECKS, Context, Match, SentenceView

__all__ = ["CHECKS", "Context", "Match", "SentenceView"]
