"""Shared fixtures: one Simplifier for the whole test session (building it takes a second)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify import Simplifier, get_simplifier  # noqa: E402


@pytest.fixture(scope="session")
def simp() -> Simplifier:
    return get_simplifier()


@pytest.fixture(scope="session")
def nlp(simp: Simplifier):  # noqa: ANN201
    return simp.nlp
