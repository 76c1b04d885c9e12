"""Named checks that rule files refer to; importing this package registers them all."""

from . import (  # noqa: F401 - registers the checks
    acronyms,
    address,
    bracket_forms,
    citations,
    genitives,
    jargon,
    length,
    light_verbs,
    modal_nouns,
    negation,
    nominal,
    noun_objects,
    participles,
    passive,
    prepositions,
    rare,
    readability,
    roles,
    so_called,
    structure,
    wordlist,
    words,
)
from .base import CHECKS, RAISING, Context, Match, SentenceView

__all__ = ["CHECKS", "RAISING", "Context", "Match", "SentenceView"]
