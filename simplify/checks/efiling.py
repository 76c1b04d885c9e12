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

_FILING = re.compile(r"elektronische[nms]? (?:Signatur|Dokument)|sichere[nm]? Übermittlungsweg"
                     r"|elektronischen Rechtsverkehr", re.IGNORECASE)
_MUST = re.compile(r"(?:muss|müssen)\b")
_ENDS = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def filing_requirement(text: str, pos: int) -> bool:
    """``pos`` opens a "muss …" in the appeal notice's sentence on filing electronically."""
    if not _MUST.match(text, pos) or not in_appeal_notice(text, pos):
        return False
    lo = max(0, pos - 1000)  # a sentence's start, looked for within 1,000 characters
    starts = [m.end() for m in _ENDS.finditer(text, lo, pos)]
    start = starts[-1] if starts else lo
    end = _ENDS.search(text, pos)
    return _FILING.search(text, start, end.start() if end else len(text)) is not None
