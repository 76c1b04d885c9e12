"""The header of an e-mail: who sent it and to whom. An e-mail from one office to another is
written for readers who handle such matters for a living (``audience.experts``)."""

from __future__ import annotations

import re

# an e-mail opens with its header; its "An:" line names the reader (a "Cc:" is a copy)
MAIL_HEAD = re.compile(r"[ \t\n]*(?:Von|From|An|To):[ \t]")
MAIL_TO = re.compile(r"^(?:An|To):[ \t]*(.+)$", re.M)
MAIL_ADDRESS = re.compile(r"<[^>\n]*>")
# any line of a header, also of an e-mail quoted in a reply
HEADER_LINE = re.compile(r"^[ \t]*(?:Von|An|Cc|CC|Bcc|Kopie|Betreff|Gesendet|Datum|From|To|"
                         r"Subject|Sent|Date)[ \t]*:[^\n]*$", re.M)
HEADER_REACH = 700  # characters at the top that hold the header


# an office, a public body or an institution that handles such matters: in an e-mail's
# "Von:" and "An:" lines ("Kiefer, Miriam (LRA Oberhagen, Untere Naturschutzbehörde)",
# "Polizeirevier Kesselbach – Ermittlungsdienst Umwelt", "Pflegekasse bei der BKK …", a
# treasury's enforcement desk: "Stadtkasse Domstedt – Vollstreckungsstelle")
_INSTITUTION = re.compile(
    r"(?:\b(?:LRA|BA|Landratsamt|Landkreis|Kreisverwaltung|Stadtverwaltung|Stadt|Gemeinde|Polizei"
    r"\w*|Klinikum|Krankenhaus|Pflegekasse|Krankenkasse|BKK|AOK|Jobcenter|Staatsanwaltschaft"
    r"|Ministerium|Fachbereich|Fachdienst|Sachgebiet|Referat|Abteilung|Kämmerei|Kreis)\b"
    r"|\w(?:amt|behörde|revier|gericht|verwaltung|büro|kasse|stelle|kämmerei)\b)")
_MAIL_FROM = re.compile(r"^(?:Von|From):[ \t]*(.+)$", re.M)


# a salutation to colleagues: other offices or the office's own staff
_COLLEAGUES = re.compile(r"^[ \t]*(?:(?:Sehr geehrte|Liebe) Kolleginnen und Kollegen|Liebe "
                         r"Kolleg(?:inn)?en)\b", re.M)
COLLEAGUES_REACH = 1_500  # characters at the top that hold the salutation


def office_to_office(text: str) -> bool:
    """An e-mail from an office to another office or institution: the police, a planning
    office, a hospital's hygiene staff, a care fund. They read the terms and the formulas of
    the trade (findings reviews 46-51: 42 findings in such e-mails, 4 worth, 31 noise). An
    e-mail from a citizen to an office is no such text. A letter or an e-mail that greets
    its readers as colleagues is one too (findings review 77: "Sehr geehrte Kolleginnen und
    Kollegen" in an urgent e-mail between food-control offices, read as one to citizens)."""
    if _COLLEAGUES.search(text, 0, COLLEAGUES_REACH):
        return True
    if not MAIL_HEAD.match(text):
        return False
    sender = _MAIL_FROM.search(text, 0, HEADER_REACH)
    to = MAIL_TO.search(text, 0, HEADER_REACH)
    if sender is None or to is None:
        return False
    copies = _MAIL_CC.search(text, 0, HEADER_REACH)
    colleagues = _domains(copies.group(1)) if copies else set()
    return (_is_office(sender.group(1)) or bool(_domains(sender.group(1)) & colleagues)) \
        and _is_office(to.group(1))


# an address of its own in a header line: "info@angelhaus-haffkante.de", "Konstantin Albers
# <k.albers@…>"; a display name of two to four words without an organisation's word is a person
_ENTRY = re.compile(r"(?:\"?'?(?P<name>[^<>\"',;@]{2,80}?)'?\"?[ \t]*<)?"
                    r"(?P<local>[\w.+-]+)@(?P<domain>[\w.-]+\.[a-z]{2,})>?", re.I)
_PERSON_NAME = re.compile(r"(?:(?:Dr\.|Prof\.|Herrn?|Frau)[ \t]+)*[A-ZÄÖÜ][\w'-]+,?"
                          r"(?:[ \t]+[A-ZÄÖÜ][\w'.-]*){1,3}")
_LEGAL_FORM = re.compile(r"\b(?:g?GmbH|mbH|AG|KG|OHG|eG|e\.[ \t]?V|GbR|UG|SE|Ltd)\b")


def to_organisation(text: str) -> bool:
    """An e-mail from an office to the mailbox of an organisation, not of a person:
    "An: info@lichtspiel-pyro.de", "bauleitung@tiefbau-ahlers.de", "abo-service@…". A firm,
    an engineering office, a notary's office or a care fund reads there, by people who
    handle such matters for a living (findings reviews 70-122 judged 1 of 104 findings in
    such e-mails worth a clerk's time: "an e-mail to an engineering office; the engineers
    know 'Retentionsraum'"). A person's address has a dot in its name ("k.albers@…") or a
    person's name before it; an e-mail the office sends to itself has its readers in "Bcc:".
    A citizen's e-mail to an office's mailbox ("buergerservice@stadt-….de") is no such text,
    nor is an e-mail from a private provider's address."""
    if not MAIL_HEAD.match(text):
        return False
    sender, to = _MAIL_FROM.search(text, 0, HEADER_REACH), MAIL_TO.search(text, 0, HEADER_REACH)
    if sender is None or to is None or (
            "@" in sender.group(1) and not _domains(sender.group(1))):
        return False
    entries = list(_ENTRY.finditer(to.group(1)))
    own = {_address(m) for m in _ENTRY.finditer(sender.group(1))}
    return bool(entries) and all(
        _address(m) not in own and _organisation_mailbox(m) for m in entries)


def _address(entry: re.Match[str]) -> str:
    return f"{entry['local']}@{entry['domain']}".casefold()


def _organisation_mailbox(entry: re.Match[str]) -> bool:
    """An "An:" entry is an organisation's mailbox, not a person's nor an office's."""
    name = (entry["name"] or "").strip()
    person = bool(name) and _PERSON_NAME.fullmatch(name) is not None \
        and not _INSTITUTION.search(name) and not _LEGAL_FORM.search(name)
    return ("." not in entry["local"] and entry["domain"].casefold() not in FREEMAIL
            and not _is_office(entry[0]) and not person)


# an office's mail domain: "stadt-hellerbeck.de", "kreis-ostwalden.de", a court's
# "ag-hellerbeck.nrw.de" (findings review 82: an e-mail from a town's clerk to a bailiff was
# read as one to a citizen)
_OFFICE_DOMAIN = re.compile(
    r"(?:^|[.-])(?:stadt|kreis|landkreis|gemeinde|samtgemeinde|amt|lra|rathaus|polizei|justiz|ag|lg"
    r"|olg|vg|ovg|sg|lsg|jobcenter)[.-]|\.(?:nrw|bayern|niedersachsen|hessen|sachsen|"
    r"brandenburg|thueringen|rlp|bwl|sachsen-anhalt|saarland|schleswig-holstein|bund|berlin|"
    r"hamburg|bremen)\.de$")
# mail providers of private people: a shared domain there makes no colleagues
FREEMAIL = {"gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "t-online.de",
            "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "yahoo.de", "yahoo.com",
            "posteo.de", "freenet.de", "icloud.com", "mail.de", "aol.com", "online.de"}
_MAIL_CC = re.compile(r"^(?:Cc|CC|Kopie):[ \t]*(.+)$", re.M)
_DOMAIN = re.compile(r"@([\w.-]+\.[a-z]{2,})", re.I)


def _domains(line: str) -> set[str]:
    """The mail domains in a header line, without private providers."""
    return {d.casefold() for d in _DOMAIN.findall(line)} - FREEMAIL


def _is_office(line: str) -> bool:
    """A header line names an office: by its name ("Vollstreckung Stadt Leddenstein") or by
    an office's mail domain. A colleague who shares the sender's domain in "Cc:" makes the
    sender one too (``office_to_office``)."""
    return (_INSTITUTION.search(MAIL_ADDRESS.sub("", line)) is not None
            or any(_OFFICE_DOMAIN.search(d) for d in _domains(line)))


# a message quoted below a reply or a forward is someone else's text as it was sent ("anbei
# übersenden wir …" in an engineering firm's quoted e-mail became "schicken"; safety review
# 106; findings review 114 judged a finding there noise): its marker line, or a header block
# with a sender below the reply's own text, opens it
_QUOTE_MARK = re.compile(
    r"^[ \t>]*[-_]{0,20}[ \t]*(?:Ursprüngliche Nachricht|Original Message|Originalnachricht|"
    r"Weitergeleitete Nachricht|Forwarded message)[ \t]*[-_]{0,20}[ \t]*$"
    r"|^[ \t>]*Am[ \t][^\n]{4,80}[ \t]schrieb[ \t][^\n]{0,80}:[ \t]*$", re.M | re.I)
_SENDER = re.compile(r"^[ \t>]*(?:Von|From)[ \t]*:[^\n]*$", re.M)
MIN_REPLY = 200  # characters of the reply's own text above a quoted header block


def quoted_message(text: str) -> int | None:
    """Where a message quoted below the text's own starts (it runs to the end), or None."""
    mark = _QUOTE_MARK.search(text)
    end = mark.start() if mark is not None else len(text)
    for sender in _SENDER.finditer(text, 0, end):
        if sender.start() < MIN_REPLY or len(
                HEADER_LINE.sub("", text[:sender.start()]).strip()) < MIN_REPLY:
            continue  # the text's own header (no reply's text above it)
        nxt = text.find("\n", sender.end()) + 1
        if nxt and HEADER_LINE.match(text, nxt) is not None:
            return sender.start()
    return mark.start() if mark is not None else None
