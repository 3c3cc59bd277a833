"""What an onboarding request says about the new hire, in English, German, French, Spanish and Dutch.

Read only for the onboarding category (entities.read calls `read_onboarding` after the new hire's name and start
date): the job title, department, manager, a person whose access to copy ("same access as Lee"), the groups and
shared mailboxes asked for. Like every entity these are hints: the manager and the template person are looked up in
the directory, the groups and mailboxes resolved there, and what a template person holds is filtered by the safety
floor before anything is copied. So a value is read only from a labelled field ("Manager: Lee Chen") or a phrase that
can mean nothing else ("reports to Lee Chen"); anything looser is left to the technician.

Several groups or mailboxes are kept as one string, joined by LIST_SEPARATOR (entities are strings throughout
triage, the API and the datasets); `split_list` gives them back.
"""

from __future__ import annotations

import re

from tickets.triage.dates import DATE_LOWER, parse_date
from tickets.triage.people import NAME_CASED, clean_name

LIST_SEPARATOR = "; "
ONBOARDING_KEYS: tuple[str, ...] = ("job_title", "department", "manager", "same_as", "groups", "mailboxes")

_EMAIL = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
_PERSON = rf"(?P<p>{_EMAIL}|{NAME_CASED})"
# A labelled field's value runs to the end of its line or sentence.
_VALUE = r"\s*[:=\-–]\s*(?P<v>(?:[^\n.;!?]|\.(?=\w)){2,80})"  # "billing@contoso.example." keeps its dots
_LABEL = r"(?:^|\n|[.;]\s*|,\s*)\W{0,3}"


def _labelled(*labels: str) -> re.Pattern[str]:
    return re.compile(rf"{_LABEL}(?i:{'|'.join(labels)}){_VALUE}")


_TITLE_FIELD = _labelled(r"job\s?title", r"title", r"position", r"role", r"jobtitel", r"stelle", r"funktion",
                         r"poste", r"fonction", r"intitul[ée] du poste", r"puesto", r"cargo", r"functie",
                         r"functietitel")
# "joins as a Senior Accountant", "startet als Buchhalterin", "rejoint l'équipe en tant que comptable",
# "empieza como contable", "begint als boekhouder": up to the next clause.
_TITLE_PHRASE = re.compile(
    r"(?i:\b(?:as an?|as our|as the|als|en tant que|comme|como|in de functie van|in the role of|in der rolle)\s)"
    r"(?P<v>[^\n.,;!?()]{3,60}?)"
    r"(?=\s(?i:in|im|in der|dans|au|à|en|en el|en la|bij|op|for|für|pour|para|voor|on|am|le|el|starting|from|ab|"
    r"reporting|reports|und|and|et|y|en)\b|[\n.,;!?()]|$)"
)
_DEPARTMENT_FIELD = _labelled(r"department", r"dept", r"team", r"abteilung", r"bereich", r"service",
                              r"d[ée]partement", r"departamento", r"[áa]rea", r"afdeling")
_DEPARTMENT_PHRASE = re.compile(
    r"(?i:\b(?:in|into|joining|joins)\s(?:the|our)\s)(?P<v>[^\n.,;!?()]{2,40}?)(?i:\s(?:team|department|dept))\b"
    r"|(?i:\b(?:in der abteilung|in die abteilung|im team|au service|dans le service|dans l'[ée]quipe|"
    r"au d[ée]partement|en el departamento de|en el departamento|en el equipo de|bij de afdeling|op de afdeling|"
    r"in het team)\s)(?P<w>[^\n.,;!?()]{2,40}?)(?=\s(?i:as|als|en tant que|comme|como|starting|ab|from|à partir|"
    r"a partir|vanaf|per|on|am|le|el|op|und|and|et|y|en)\b|[\n.,;!?()]|$)"
)
_MANAGER = re.compile(
    rf"{_LABEL}(?i:(?:line\s)?manager|reporting (?:line|manager)|supervisor|vorgesetzte[rn]?|f[üu]hrungskraft|"
    rf"manager(?:in)?|responsable|sup[ée]rieur(?:e)?(?: hi[ée]rarchique)?|jefe|jefa|leidinggevende)\s*[:=\-–]\s*"
    rf"{_PERSON}"
)
_MANAGER_PHRASE = re.compile(
    rf"\b(?i:reports? to|reporting to|(?:her|his|their) (?:line )?manager (?:is|will be)|berichtet an|"
    rf"unterstellt|rattach[ée]e? [àa]|sous la responsabilit[ée] de|reporta a|depende de|rapporteert aan|"
    rf"valt onder)\s+{_PERSON}"
)
_SAME_AS = re.compile(
    rf"\b(?i:(?:the\s)?same\s(?:access|permissions?|rights|groups|setup|set-up|access rights)(?:\sand\s\w+)?\sas|"
    rf"mirror(?:ing)?(?:\s(?:the\s)?(?:access|permissions?)\sof)?|copy(?:\s(?:the\s)?(?:access|permissions?|rights)"
    rf"\s(?:of|from))?|clone|(?:die\s)?gleichen?\s(?:rechte|berechtigungen|zugriffe|gruppen)\swie|"
    rf"dieselben\s(?:rechte|berechtigungen|zugriffe|gruppen)\swie|berechtigungen\svon|"
    rf"(?:les\s)?m[êe]mes\s(?:acc[èe]s|droits|groupes|permissions)\sque|"
    rf"(?:los\s)?mismos\s(?:accesos|permisos|derechos|grupos)\sque|"
    rf"(?:de\s)?(?:zelfde|dezelfde)\s(?:toegang|rechten|groepen)\sals|kopieer\s(?:de\s)?(?:rechten|toegang)\svan)"
    rf"\s+{_PERSON}"
)
_GROUPS_FIELD = _labelled(r"groups?", r"security groups?", r"distribution lists?", r"dls?", r"gruppen?",
                          r"verteiler(?:listen)?", r"groupes?", r"listes? de diffusion", r"grupos?",
                          r"listas? de distribuci[óo]n", r"groepen?", r"distributielijsten?")
_MAILBOXES_FIELD = _labelled(r"shared mail\s?box(?:es)?", r"mail\s?box(?:es)?", r"shared inbox(?:es)?",
                             r"postf[äa]ch(?:er)?", r"funktionspostf[äa]ch(?:er)?", r"gruppenpostf[äa]ch(?:er)?",
                             r"bo[iî]tes? (?:aux lettres )?partag[ée]es?", r"buz[óo]n(?:es)? compartidos?",
                             r"gedeelde mailbox(?:en)?", r"postvak(?:ken)?")
# "add her to the Sales-EMEA and Finance-Readers groups", "in die Gruppen Vertrieb und Einkauf".
_GROUPS_PHRASE = re.compile(
    r"(?i:\b(?:to|into|in|member of|in die|in den|zur|aux|au|à|a los|al|en los|aan de|in de|lid van)\s"
    r"(?:the\s|die\s|den\s|les\s|le\s|la\s|los\s|las\s|de\s)?(?:following\s)?"
    r"(?:groups?|gruppen?|groupes?|grupos?|groepen?)\s)"
    r"(?P<v>[^\n.;!?()]{2,120}?)(?=\s(?i:and (?:give|grant|a|an|the|share|access|assign|licen|her|his|their)|"
    r"und (?:gib|ein|die|zugriff)|et (?:donne|lui|une|un|l')|y (?:dale|una|un|acceso)|en (?:geef|een))\b|[\n.;!?()]|$)"
    r"|(?i:\b(?:to|into|in|member of)\s(?:the\s)?)(?P<w>[\w&-]+(?:(?:,\s|\sand\s|\s&\s)[\w&-]+){0,5})"
    r"(?i:\s(?:groups|security groups|distribution lists|dls))\b"
)
_MAILBOXES_PHRASE = re.compile(
    rf"(?i:\b(?:access to|zugriff auf|zugang zu|acc[èe]s [àa]|acceso a|toegang tot)\s(?:the\s|das\s|die\s|den\s|la\s|"
    rf"le\s|el\s|de\s|het\s)?(?:shared\s)?(?:mail\s?box(?:es)?|inbox(?:es)?|postf[äa]ch(?:er)?|bo[iî]tes? "
    rf"(?:aux lettres\s)?partag[ée]es?|buz[óo]n(?:es)?(?:\scompartidos?)?|gedeelde mailbox(?:en)?)\s)"
    rf"(?P<v>{_EMAIL}(?:(?:,\s|\sand\s|\sund\s|\set\s|\sy\s|\sen\s){_EMAIL}){{0,4}})"
    rf"|(?i:\b(?:access to|zugriff auf|acc[èe]s [àa]|acceso a|toegang tot)\s(?:the\s|das\s|la\s|le\s|el\s|de\s)?)"
    rf"(?P<w>{_EMAIL}(?:(?:,\s|\sand\s|\sund\s|\set\s|\sy\s|\sen\s){_EMAIL}){{0,4}})"
    rf"(?i:\s(?:shared\s)?(?:mail\s?box(?:es)?|inbox(?:es)?|postf[äa]ch(?:er)?|bo[iî]tes? partag[ée]es?|"
    rf"buz[óo]n(?:es)? compartidos?|mailbox(?:en)?))"
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|\bund\b|\bet\b|\by\b|\ben\b|&|\+)\s*", re.I)
_ARTICLE = re.compile(r"^(?i:the|die|der|den|das|le|la|les|el|los|las|de|het)\s+")
_TRAILING_NOUN = re.compile(r"\s+(?i:groups?|gruppen?|groupes?|grupos?|groepen?|dls?|lists?|team|mailbox(?:es)?)$")


def split_list(value: str) -> list[str]:
    """The items of a list entity, in the order written."""
    return [item.strip() for item in (value or "").split(LIST_SEPARATOR.strip()) if item.strip()]


def _items(raw: str) -> list[str]:
    items = []
    for part in _LIST_SPLIT.split(raw.strip()):
        part = _TRAILING_NOUN.sub("", _ARTICLE.sub("", part.strip(" \"'`“”‘’"))).strip(" \"'`“”‘’")
        if part and len(part) <= 80 and part.lower() not in ("none", "n/a", "-", "keine", "aucun", "ninguno", "geen"):
            items.append(part)
    return list(dict.fromkeys(items))


def _person(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    raw = match.group("p")
    if "@" in raw:
        return raw.lower()
    return clean_name(raw, single_ok=False)


def _text_value(raw: str) -> str:
    return " ".join(raw.strip(" \"'`“”‘’").split())


def _first(*found: re.Match[str] | None) -> str | None:
    for match in found:
        if match is None:
            continue
        value = next((g for g in (match.groupdict().get("v"), match.groupdict().get("w")) if g), "")
        value = _text_value(value)
        if value:
            return value
    return None


# The newcomer's name where entities._newcomer's English and German leads find none: "Please onboard Priya Nair",
# "Nouvelle collaboratrice : Claire Martin", "Nueva incorporación: Lucía García", "Nieuwe medewerker Daan de Vries",
# or a form's "Name: ..." field.
_NEW_HIRE = re.compile(
    rf"\b(?i:onboard|please onboard|on-board|nouve(?:au|lle|l)\s(?:collaborat(?:eur|rice)|employ[ée]e?|recrue|"
    rf"arrivant(?:e)?|salari[ée]e?|coll[èe]gue|stagiaire)|nuev[oa]\s(?:emplead[oa]|incorporaci[óo]n|compa[ñn]er[oa]|"
    rf"colaborador(?:a)?|trabajador(?:a)?|becari[oa])|nieuwe\s(?:medewerker|collega|werknemer|stagiair)|"
    rf"new (?:hire|starter|joiner|employee)(?:'s)? (?:name|is)|(?:full\s)?name|nom(?: complet)?|nombre(?: completo)?|"
    rf"naam|vollst[äa]ndiger name)\s*[:\-–]?\s*(?P<p>{NAME_CASED})"
)


# French, Spanish and Dutch start dates (entities._START_DATE reads the English and German ones); lower-cased text.
_START = re.compile(
    rf"(?:arrive|arrivera|commence|commencera|d[ée]bute|d[ée]butera|prise de poste|date d'arriv[ée]e|[àa] partir du|"
    rf"empieza|empezar[áa]|comienza|se incorpora|incorporaci[óo]n|fecha de inicio|a partir del|begint|start op|"
    rf"startdatum|eerste werkdag|in dienst)\b[^.\n]{{0,25}}?{DATE_LOWER}"
)


def start_date(text: str) -> str | None:
    """The start date in a French, Spanish or Dutch request (ISO when complete), or None."""
    lower = text.lower()
    found = _START.search(lower) if len(lower) == len(text) else None
    return parse_date(text[found.start("date") : found.end("date")]) if found else None


def new_hire_name(text: str) -> str | None:
    """The newcomer's name from the leads above, or None."""
    for match in _NEW_HIRE.finditer(text):
        name = clean_name(match.group("p"), single_ok=False)
        if name:
            return name
    return None


def read_onboarding(text: str) -> dict[str, str]:
    """The onboarding details `text` states (request lines and subject, cased as written); only keys with a value."""
    found: dict[str, str] = {}
    title = _first(_TITLE_FIELD.search(text), _TITLE_PHRASE.search(text))
    if title and not re.search(_EMAIL, title):
        found["job_title"] = title
    department = _first(_DEPARTMENT_FIELD.search(text), _DEPARTMENT_PHRASE.search(text))
    if department:
        found["department"] = _TRAILING_NOUN.sub("", department)
    manager = _person(_MANAGER.search(text)) or _person(_MANAGER_PHRASE.search(text))
    if manager:
        found["manager"] = manager
    same_as = _person(_SAME_AS.search(text))
    if same_as:
        found["same_as"] = same_as
    groups = [item for match in (*_GROUPS_FIELD.finditer(text), *_GROUPS_PHRASE.finditer(text))
              for item in _items(_first(match) or "")]
    if groups:
        found["groups"] = LIST_SEPARATOR.join(dict.fromkeys(groups))
    mailboxes = [item.lower() for match in (*_MAILBOXES_FIELD.finditer(text), *_MAILBOXES_PHRASE.finditer(text))
                 for item in _items(_first(match) or "")]
    if mailboxes:
        found["mailboxes"] = LIST_SEPARATOR.join(dict.fromkeys(mailboxes))
    return found


__all__ = ["LIST_SEPARATOR", "ONBOARDING_KEYS", "new_hire_name", "read_onboarding", "split_list", "start_date"]
