"""Where an offboarding ticket asks the leaver's mail to go: "forward her emails to anna@…", "redirect his mail to
the manager", "E-Mails an … weiterleiten", "transférer ses mails à …", "reenviar sus correos a …", "mail doorsturen
naar …".

`forward_target` answers with the address as written (lower-cased), MANAGER when the writer means the leaver's
manager (the planner reads who that is from the directory), or None. It is a hint like every entity: the planner
resolves the address to a mailbox of the tenant and the floor refuses one outside it (approvals/policy.py). A
forwarding asked for without a readable target is still noticed (`forwarding_asked`), so the planner names it as a
technician's step instead of dropping it.
"""

from __future__ import annotations

import re

MANAGER = "manager"

_ADDRESS = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
# The verb (or noun) of forwarding in the five languages triage reads, on lower-cased text.
_VERB = (
    r"\b(?:forward(?:s|ed|ing)?|redirect(?:s|ed|ing)?|re-?rout(?:e|ed|ing)|"
    r"weiterleit\w*|weitergeleitet|umleit\w*|umgeleitet|"
    r"transf[ée]r\w*|redirig\w*|r[ée]achemin\w*|"
    r"reenv[ií]\w*|reenvi\w*|"
    r"doorstu\w*|doorgestuurd|omleid\w*|omgeleid)\b"
)
_FORWARD = re.compile(_VERB)
# "Don't forward", "no forwarding", "nicht weiterleiten", "pas de transfert", "no reenviar", "niet doorsturen".
_NEGATED = re.compile(r"\b(?:don'?t|do not|no|not|never|nicht|keine?|ne|pas|sin|geen|niet|nooit)\b[\w\s'-]{0,20}$")
_TO = r"(?:to|an|à|a|al|vers|naar|para|hacia|auf)"
_MANAGER_WORDS = (
    r"(?:line\s)?manager|supervisor|boss|team\s?lead(?:er)?|"
    r"vorgesetzte[nr]?|führungskraft|teamleiter(?:in)?|chef(?:in)?|"
    r"responsable|sup[ée]rieur(?:e)?|cheffe|"
    r"jef[ea]|gerente|superior|"
    r"leidinggevende|teamleider"
)
_MANAGER_DET = (
    r"(?:(?:the|his|her|their|its|seine[nm]?|ihre[nm]?|de[nmr]|die|son|sa|le|la|su|el|zijn|haar|hun)\s)?"
)
_WHERE = rf"\b{_TO}\s+(?:(?P<address>{_ADDRESS})|{_MANAGER_DET}(?P<manager>{_MANAGER_WORDS})\b)"
_AFTER = re.compile(rf"^[^\n]{{0,80}}?{_WHERE}")
_BEFORE = re.compile(rf"{_WHERE}[^\n]{{0,40}}$")


def _asked(lower: str) -> list[re.Match[str]]:
    """Each forwarding word that is not negated ("no forwarding needed" asks for none)."""
    return [m for m in _FORWARD.finditer(lower) if not _NEGATED.search(lower[max(0, m.start() - 30):m.start()])]


def forwarding_asked(text: str) -> bool:
    """Does the ticket ask for the mail to be forwarded at all (whether or not it says where)?"""
    return bool(_asked(text.lower()))


def forward_target(text: str) -> str | None:
    """The address (lower-cased) or MANAGER the ticket asks the mail forwarded to; None when it asks for no
    forwarding or does not say where. Read right after the verb first ("forward her mail to X"), then right before
    it on the same line ("E-Mails an X weiterleiten", "mail naar X doorsturen")."""
    lower = text.lower()
    for verb in _asked(lower):
        line_end = lower.find("\n", verb.end())
        after = _AFTER.search(lower[verb.end():line_end if line_end >= 0 else len(lower)])
        line_start = lower.rfind("\n", 0, verb.start()) + 1
        before = _BEFORE.search(lower[max(line_start, verb.start() - 120):verb.start()])
        for found in (after, before):
            if found is not None:
                return found.group("address").rstrip(".") if found.group("address") else MANAGER
    return None


__all__ = ["MANAGER", "forward_target", "forwarding_asked"]
