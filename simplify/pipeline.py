"""The German pipeline: one spaCy Language object built once per process."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

from . import abbreviations as _abbreviations
from . import segmenter as _segmenter  # noqa: F401 - registers the component
from . import tagger as _tagger  # noqa: F401 - registers the component
from .errors import ModelError

ROMAN = {"I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.", "XI.", "XII."}


def _adapt_tokenizer(nlp: Language) -> None:
    """Two changes for official text, where law names end sentences ("nach § 32 EStG."):

    spaCy keeps "II." and "EStG." as one token, so the sentence end is lost. Roman numerals lose
    their exception, and a full stop after a capital letter becomes a suffix of its own; real
    abbreviations ("Nr.", "B." in "z. B.") are special cases and stay whole.
    """
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ROMAN}
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-ZÄÖÜ€²³])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def build_nlp(abbreviations: list[str], model: str | None = None) -> Language:
    """Build the pipeline: blank German + abbreviation merger + admin segmenter + HanTa.

    With ``model`` (an installed official spaCy German model such as ``de_core_news_md``) that
    model's tagger, lemmatizer and parser are used instead of HanTa, behind our own tokenizer
    exceptions and segmenter, so the rules see the same kind of Doc.
    """
    abbrs = list(abbreviations)
    if model is None:
        nlp = spacy.blank("de")
        _adapt_tokenizer(nlp)
        _abbreviations.add_tokenizer_exceptions(nlp, abbrs)
        nlp.add_pipe("abbreviation_merger", config={"abbreviations": abbrs})
        nlp.add_pipe("admin_segmenter")
        nlp.add_pipe("hanta_tagger")
        return nlp
    try:
        nlp = spacy.load(model, exclude=["ner"])
    except OSError as exc:
        raise ModelError(
            f"Das spaCy-Modell „{model}“ ist nicht installiert. "
            f"Installieren Sie es mit pip oder lassen Sie --model weg."
        ) from exc
    _adapt_tokenizer(nlp)
    _abbreviations.add_tokenizer_exceptions(nlp, abbrs)
    nlp.add_pipe("abbreviation_merger", config={"abbreviations": abbrs}, first=True)
    first_after = "abbreviation_merger"
    nlp.add_pipe("admin_segmenter", after=first_after)
    if "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
    return nlp
