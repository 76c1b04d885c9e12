"""Who else may appeal a decision the letter announces: the addressee is not alone in its
right to object when the letter goes "z. Hd." to a body's member (the body's right, not its
chair's: safety review 223), when another party gets it "als Beteiligtem" (safety review
238), or when a copy goes to a firm ("Durchschrift an: Sonnenhang Seniorendienste GmbH": the
care home paid and bound by the decision may sue too, safety review 239) or to a person
("Nachrichtlich: Herrn Murat Yilmaz", the tenant the decision binds; 286). An appeal notice
rewritten as "können Sie …" then leaves the others out; it is offered for review."""

from __future__ import annotations

import re

_ATTENTION = re.compile(r"^[ \t]*(?:z\.[ \t]?Hd\.|zu Händen)[ \t]", re.M)
# "Ein Abdruck dieser Entscheidung wird Herrn Sven Wendt als Beteiligtem bekannt gegeben."
_OTHER_PARTY = re.compile(r"\bals\s+Beteiligte[mnr]?\b|\b(?:Abschrift|Abdruck|Durchschrift)"
                          r"\s+(?:dieses|dieser|des|der)\s+(?:Bescheid|Entscheidung|Verfügung)\w*"
                          r"\s+(?:erhält|erhalten|geht|wird)\b"
                          # "Herr Stahlberg erhält eine Abschrift dieses Bescheides" (the
                          # employee the order names; safety review 292), not "Sie erhalten …"
                          r"|(?<!Sie )\b(?:erhält|erhalten)\s+(?:je\s+)?(?:eine|ein)\s+"
                          r"(?:Abschrift|Ausfertigung|Durchschrift|Kopie|Abdruck)\s+"
                          r"(?:dieses|dieser|des|der)\s+(?:Bescheid|Entscheidung|Verfügung)")
# a copy to a firm or a person; copies to offices ("Stadtkasse, zur Sollstellung") do not count
# ("Nachrichtlich per Boten: Bedachungen Thorwesten GmbH", safety review 280)
_COPY_TO = re.compile(r"^[ \t]*(?:Durchschrift|Abschrift|Abdruck|Kopie|Nachrichtlich)"
                      r"(?:[ \t]+[^\n:]{1,25})?[ \t]*:([^\n]*(?:\n[ \t]*\S[^\n]*){0,3})",
                      re.M | re.I)
_FIRM = re.compile(r"\b(?:g?GmbH|AG|KG|OHG|GbR|mbH|e\.[ \t]?V\.|Inhaber(?:in)?)(?![\w.])"
                   # or a person ("Nachrichtlich: Herrn Murat Yilmaz", the tenant the decision
                   # makes responsible; safety review 286)
                   r"|^[ \t]*(?:Herrn|Frau)\b", re.M)


def right_shared(text: str) -> bool:
    """Someone besides the addressee may object to the decision in ``text``."""
    return (_ATTENTION.search(text) is not None or _OTHER_PARTY.search(text) is not None
            or any(_FIRM.search(m.group(1)) for m in _COPY_TO.finditer(text)))
