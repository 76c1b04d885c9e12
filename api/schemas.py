"""Request and response models of the HTTP API (German descriptions for /docs)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from simplify import Report

EXAMPLE_TEXT = (
    "Der Antrag ist bis zum 1. März einzureichen. Die Bearbeitung Ihres Antrags erfolgt "
    "durch die zuständige Behörde, sofern die Voraussetzungen erfüllt sind."
)


MAX_RULE_IDS = 500
MAX_SHOWN_NAMES = 3

RuleId = Annotated[str, StringConstraints(min_length=1, max_length=64)]
RuleIds = Annotated[list[RuleId], Field(max_length=MAX_RULE_IDS)]


class StrictBody(BaseModel):
    """A request body without unknown fields.

    Unknown fields are rejected before field validation with one error, however many there
    are: pydantic would report each one (90,000 unknown keys made 90,000 errors).
    """

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_unknown_fields(cls, data: Any) -> Any:
        if isinstance(data, dict):
            known = cls.model_fields.keys()
            unknown = [k for k in data if k not in known]
            if unknown:
                raise PydanticCustomError("unknown_fields", "{sentence}",
                                          {"sentence": unknown_fields_sentence(unknown, known)})
        return data


def unknown_fields_sentence(unknown: list[Any], known: Any) -> str:
    """„Das Feld „x“ gibt es nicht.“ for a few, a count for many; the allowed fields."""
    shown = [f"„{str(k)[:40]}“" for k in unknown[:MAX_SHOWN_NAMES]]
    allowed = ", ".join(known)
    if len(unknown) == 1:
        return f"Das Feld {shown[0]} gibt es nicht. Erlaubt sind: {allowed}."
    rest = len(unknown) - len(shown)
    names = ", ".join(shown) + (f" und {rest:,} weitere".replace(",", ".") if rest else "")
    return f"Die Felder {names} gibt es nicht. Erlaubt sind: {allowed}."


class AnalyzeRequest(StrictBody):
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
    enable: RuleIds | None = Field(
        None, description="Nur diese Regeln prüfen (Regel-IDs wie SIM-P001, höchstens "
        f"{MAX_RULE_IDS})."
    )
    disable: RuleIds | None = Field(None, description="Diese Regeln nicht prüfen.")


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
    "RuleIds",
    "RuleOut",
    "RulesOut",
    "StrictBody",
]


# -- documented error answers (responses= of the routes) ---------------------------------------

ERROR_EXAMPLES: dict[int, tuple[str, str]] = {
    400: ("Die Anfrage kann nicht gelesen werden: kein UTF-8, zu tief verschachteltes JSON, "
          "zu viele Formularfelder; bei /v2 auch: Sprache nicht Deutsch oder kein Text.",
          "Der Inhalt der Anfrage ist nicht in UTF-8 kodiert. Senden Sie JSON in UTF-8 "
          "(Content-Type: application/json; charset=utf-8)."),
    404: ("Diese Adresse oder Regel gibt es nicht.",
          "Die Regel „SIM-X999“ gibt es nicht. Die Liste aller Regeln finden Sie unter /v1/rules."),
    405: ("Diese Methode ist für die Adresse nicht erlaubt; der Kopf „Allow“ nennt die "
          "erlaubten.", "Diese Methode ist für diese Adresse nicht erlaubt."),
    413: ("Der Text, die Datei oder die Anfrage ist zu groß.",
          "Der Text ist zu lang: 120.000 Zeichen. Erlaubt sind höchstens 100.000 Zeichen. "
          "Teilen Sie den Text bitte auf."),
    415: ("Dieses Format kann simplify nicht lesen.",
          "Dateien vom Typ „.exe“ kann simplify nicht lesen. Möglich sind .docx, .odt, .pdf, "
          ".txt und .md."),
    422: ("Die Anfrage ist ungültig: ein Feld fehlt, hat den falschen Typ oder einen unbekannten "
          "Wert (Textsorte, Regel), oder es gibt ein unbekanntes Feld.",
          "Die Anfrage ist ungültig. Das Feld „text“ fehlt."),
    500: ("Interner Fehler, ohne technische Details und ohne Ihren Text.",
          "Bei der Prüfung ist ein interner Fehler aufgetreten. Ihr Text wurde nicht "
          "gespeichert. Bitte versuchen Sie es noch einmal. Wenn der Fehler bleibt, melden Sie "
          "ihn bitte der IT-Abteilung."),
    503: ("Der Dienst startet gerade, oder die Prüfung hat ihr Zeitbudget überschritten "
          "(SIMPLIFY_TIME_BUDGET). Der Kopf „Retry-After“ sagt, wann Sie es wieder versuchen "
          "können.",
          "Die Prüfung hat länger gedauert als erlaubt (30 Sekunden) und wurde abgebrochen. "
          "Teilen Sie den Text bitte auf oder versuchen Sie es später noch einmal."),
}


def error_responses(*codes: int, **descriptions: str) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: each code with the German error body and an example.

    ``descriptions`` (``e400="…"``) replace the generic description of a code.
    """
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        description, example = ERROR_EXAMPLES[code]
        out[code] = {
            "model": ErrorResponse,
            "description": descriptions.get(f"e{code}", description),
            "content": {"application/json": {"example": {"detail": example}}},
        }
    return out
