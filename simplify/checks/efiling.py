"""The appeal notice's rules for filing electronically: "Das elektronische Dokument muss mit
einer qualifizierten elektronischen Signatur der verantwortenden Person versehen sein oder von
der verantwortenden Person signiert und auf einem sicheren Übermittlungsweg gemäß § 55a Abs. 4
VwGO eingereicht werden." The sentence restates the formal requirements of § 55a VwGO (§ 65a
SGG, § 52a FGO) in the wording every model notice uses; its "muss … werden" names no act the
writer could give an actor. Findings reviews 150-308 judged 12 of 13 such passive findings
noise, none worth ("standard e-filing text mirroring § 55a VwGO, not to be reworded"). The
notice's "Die Klage kann auch elektronisch eingereicht werden" is the reader's option and
keeps its finding (4 of 16 worth, 10 debatable)."""

from __future__ import annotations

import re

from .legal_wording import in_appeal_notice
from .sentence_span import sentence_span

_FILING = re.compile(r"elektronische[nms]? (?:Signatur|Dokument)|sichere[nm]? Übermittlungsweg"
                     r"|elektronischen Rechtsverkehr", re.IGNORECASE)
_MUST = re.compile(r"(?:muss|müssen)\b")


def filing_requirement(text: str, pos: int) -> bool:
    """``pos`` opens a "muss …" in the appeal notice's sentence on filing electronically."""
    if not _MUST.match(text, pos) or not in_appeal_notice(text, pos):
        return False
    start, end = sentence_span(text, pos, 1000)
    return _FILING.search(text, start, end) is not None
