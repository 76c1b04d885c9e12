"""GET /v1/rules, /v1/rules/{id}, /v1/profiles, /v1/vocabulary: what simplify checks, how
strictly, and the names and colours the web page uses."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path

from simplify.rules import Rule
from simplify.vocabulary import FAMILIES, as_dict, family_label

from ..engine import Engine
from ..schemas import (
    ExampleOut,
    FamilyOut,
    ProfileOut,
    ProfilesOut,
    RuleOut,
    RulesOut,
    VocabularyOut,
    error_responses,
)
from .deps import get_engine

router = APIRouter(prefix="/v1", tags=["Regeln und Textsorten"])


def rule_out(rule: Rule) -> RuleOut:
    return RuleOut(
        id=rule.id,
        family=rule.family,
        family_label=family_label(rule.family),
        level=rule.level.value,
        title=rule.title,
        message=rule.message,
        why=rule.why,
        examples=[ExampleOut(**e.model_dump()) for e in rule.examples],
    )


@router.get("/rules", response_model=RulesOut, summary="Alle Regeln",
            description="Alle Prüfregeln mit Familie, Stufe, Meldung, Begründung und Beispielen.")
async def rules(engine: Annotated[Engine, Depends(get_engine)]) -> RulesOut:
    items = [rule_out(r) for r in sorted(engine.simplifier.rules.values(), key=lambda r: r.id)]
    return RulesOut(
        count=len(items),
        families=[FamilyOut(id=k, label=v.label) for k, v in FAMILIES.items()],
        rules=items,
    )


@router.get("/rules/{rule_id}", response_model=RuleOut, summary="Eine Regel",
            description="Eine Regel mit Begründung und Beispielen.",
            responses=error_responses(404, e404="Diese Regel gibt es nicht."))
async def rule(
    rule_id: Annotated[str, Path(description="Regel-ID, zum Beispiel SIM-P001",
                                 examples=["SIM-P001"])],
    engine: Annotated[Engine, Depends(get_engine)],
) -> RuleOut:
    found = engine.simplifier.rules.get(rule_id) or engine.simplifier.rules.get(rule_id.upper())
    if found is None:
        shown = rule_id[:40]
        raise HTTPException(
            status_code=404,
            detail=f"Die Regel „{shown}“ gibt es nicht. Alle Regeln finden Sie unter /v1/rules.",
        )
    return rule_out(found)


@router.get("/profiles", response_model=ProfilesOut, summary="Alle Textsorten",
            description="Textsorten (Profile) mit Zielwert, Grenzwerten und Regelstufen.")
async def profiles(engine: Annotated[Engine, Depends(get_engine)]) -> ProfilesOut:
    return ProfilesOut(
        default=engine.default_profile,
        max_chars=engine.max_chars,
        profiles=[ProfileOut(**p.model_dump()) for p in engine.simplifier.profiles.values()],
    )


@router.get("/vocabulary", response_model=VocabularyOut, summary="Familien, Stufen, Formate",
            description="Die Regel-Familien mit deutschem Namen und Farbe, die Stufen und die "
                        "Ausgabeformate. Die Prüfseite liest Namen und Farben von hier.")
async def vocabulary() -> VocabularyOut:
    return VocabularyOut.model_validate(as_dict())
