"""Request and response models of the HTTP API (German descriptions for /docs)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from simplify import Report

EXAMPLE_TEXT = (
    "Der Antrag ist bis zum 1. März einzureichen. Die Bearbeitung Ihres Antrags erfolgt "
    "durch die zuständige Behörde, sofern die Voraussetzungen erfüllt sind."
)


class AnalyzeRequest(BaseModel):
    """Ein Text zur Prüfung."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"text": EXAMPLE_TEXT, "profile": "formular"},
                {"text": "Bringen Sie ggf. eine Vollmacht mit.", "profile": "leicht",
                 "disable": ["SIM-R001"]},
            ]
        },
    )

    text: str = Field(..., description="Der Text, den simplify prüfen soll. Er wird nicht "
                      "gespeichert und nicht protokolliert.")
    profile: str | None = Field(
        None, description="Textsorte: formular, brief, web, einfach oder leicht. Ohne Angabe "
        "gilt die Voreinstellung des Dienstes (SIMPLIFY_PROFILE)."
    )
    enable: list[str] | None = Field(
        None, description="Nur diese Regeln prüfen (Regel-IDs wie SIM-P001)."
    )
    disable: list[str] | None = Field(None, description="Diese Regeln nicht prüfen.")


class ErrorResponse(BaseModel):
    """Fehlermeldung auf Deutsch."""

    detail: str = Field(..., description="Was nicht geklappt hat und was Sie tun können.")


class Health(BaseModel):
    """Zustand des Dienstes."""

    status: str = Field("ok", description="„ok“, wenn der Dienst bereit ist.")
    version: str = Field(..., description="Version von simplify")
    report_version: str = Field(..., description="Version des Prüfberichts (Report)")
    max_chars: int = Field(..., description="Höchstzahl der Zeichen pro Text")


class ExampleOut(BaseModel):
    """Ein Beispiel zu einer Regel: schlecht (mit [Markierung]) oder gut."""

    bad: str | None = None
    good: str | None = None
    fix: str | None = None
    profile: str | None = None


class RuleOut(BaseModel):
    """Eine Prüfregel."""

    id: str = Field(..., description="Stabile Regel-ID, zum Beispiel SIM-P001")
    family: str = Field(..., description="Familie (length, passive, nominal, jargon, address, "
                        "words, readability)")
    family_label: str = Field(..., description="Name der Familie auf Deutsch")
    level: str = Field(..., description="Voreingestellte Stufe: info, warning oder error")
    title: str = Field(..., description="Kurzer Titel")
    message: str = Field(..., description="Meldung (Vorlage mit Platzhaltern)")
    why: str = Field(..., description="Begründung mit Quelle")
    examples: list[ExampleOut] = Field(default_factory=list)


class FamilyOut(BaseModel):
    """Eine Regel-Familie."""

    id: str
    label: str


class FamilyStyle(BaseModel):
    """Eine Regel-Familie mit Farbe und Art der Markierung auf der Prüfseite."""

    id: str = Field(..., description="Stabile ID, zum Beispiel „passive“")
    label: str = Field(..., description="Name auf Deutsch")
    colour: str = Field(..., description="Farbe der Markierung (CSS)")
    background: str = Field(..., description="Hintergrund der Markierung (CSS)")
    mark: str = Field(..., description="Art der Markierung in Worten")
    style: str = Field(..., description="solid, double, wavy, dashed, dotted, box oder none")
    highlight: bool = Field(..., description="Ob die Seite die Stellen im Text markiert")


class LevelOut(BaseModel):
    """Eine Stufe: info, warning oder error."""

    id: str
    label: str
    plural: str


class FormatOut(BaseModel):
    """Ein Ausgabeformat von „simplify check“."""

    name: str
    description: str


class VocabularyOut(BaseModel):
    """Familien, Stufen und Formate: an einer Stelle definiert."""

    families: list[FamilyStyle]
    levels: list[LevelOut]
    formats: list[FormatOut]
    default_profile: str


class RulesOut(BaseModel):
    """Alle Regeln und Familien."""

    count: int
    families: list[FamilyOut]
    rules: list[RuleOut]


class ProfileOut(BaseModel):
    """Eine Textsorte mit Zielwert und Grenzwerten."""

    name: str = Field(..., description="Name für die Anfrage, zum Beispiel „brief“")
    label: str = Field(..., description="Name auf Deutsch")
    description: str = ""
    target: float = Field(..., description="Ziel beim Verständlichkeitsindex (0 bis 20)")
    limits: dict[str, float] = Field(default_factory=dict)
    levels: dict[str, str] = Field(default_factory=dict)


class ProfilesOut(BaseModel):
    """Alle Textsorten und die Voreinstellung."""

    default: str = Field(..., description="Textsorte, die ohne Angabe gilt")
    max_chars: int = Field(..., description="Höchstzahl der Zeichen pro Text")
    profiles: list[ProfileOut]


# -- LanguageTool-compatible responses (documentation only; the route builds plain dicts) -----


class LTReplacement(BaseModel):
    value: str


class LTContext(BaseModel):
    text: str
    offset: int
    length: int


class LTCategory(BaseModel):
    id: str
    name: str


class LTRule(BaseModel):
    id: str
    description: str
    issueType: str
    category: LTCategory


class LTMatch(BaseModel):
    message: str
    shortMessage: str
    offset: int = Field(..., description="Beginn in UTF-16-Codeeinheiten (wie Java)")
    length: int = Field(..., description="Länge in UTF-16-Codeeinheiten (wie Java)")
    replacements: list[LTReplacement]
    context: LTContext
    sentence: str
    rule: LTRule
    type: dict[str, str]


class LTCheckResponse(BaseModel):
    """Antwort im Format von LanguageTool (API v2)."""

    model_config = ConfigDict(extra="allow")

    software: dict[str, Any]
    language: dict[str, Any]
    matches: list[LTMatch]


class LTLanguage(BaseModel):
    name: str
    code: str
    longCode: str


__all__ = [
    "AnalyzeRequest",
    "ErrorResponse",
    "Health",
    "LTCheckResponse",
    "LTLanguage",
    "ProfilesOut",
    "Report",
    "RuleOut",
    "RulesOut",
]
