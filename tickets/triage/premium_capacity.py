# ruff: noqa: E501 -- regular-expression tables read best one wording per line
"""A Power BI "you need Pro" message on content that lives in a Premium capacity: a capacity to check, no licence.

Content published to a workspace that sits in a Premium (or Fabric) capacity can be read by people with the free
licence; a viewer who is told to get Pro there points at the workspace having lost its capacity, or at a setting, which
a technician looks at. Handing the viewer a Pro licence would hide the fault and cost a seat. So a licence message
beside a Premium workspace or capacity keeps license_change at a hint, unless the writer plainly asks for the licence
all the same ("it's in a Premium workspace, but I publish there, so please assign me Pro").

Not Premium Per User (PPU), which is itself a licence given to a person, nor the Microsoft 365 "Business Premium" plan.

Found on three sets by writers who read nothing of the project (h88, h90, h138); said in our own words in the five
languages by tests/triage/test_premium_capacity.py.
"""

from __future__ import annotations

import re

from tickets.triage.text import CleanText

# The workspace or the capacity called Premium, in either order: "the Premium workspace", "sits in Premium capacity",
# "workspace is on a Premium capacity", "Premium-Arbeitsbereich", "Premium-Kapazität", "capacité Premium", "espace de
# travail Premium", "capacidad Premium", "área/espacio de trabajo Premium", "Premium-capaciteit", "Premium-werkruimte".
# A Fabric capacity ("F64") serves viewers the same way.
_PREMIUM_HOME = re.compile(
    r"\bpremium[\s-](?:workspace|capacity|kapazit(?:ä|ae)t|arbeitsbereich|capaciteit|werkruimte)"
    r"|\b(?:workspace|capacity|arbeitsbereich|kapazit(?:ä|ae)t|capaciteit|werkruimte)\s(?:\S+\s){0,3}?premium\b(?![\s-]per[\s-]user)"
    r"|\b(?:capacit(?:é|e)|espace de travail|capacidad|(?:á|a)rea de trabajo|espacio de trabajo)\s(?:\S+\s){0,2}?premium\b(?![\s-]per[\s-]user)"
    r"|\bfabric[\s-]capacity\b|\bf\d{2,3}[\s-]capacity\b"
)
# "Premium Per User" and "PPU" are a person's licence; the plan "Business Premium" is Microsoft 365's.
_PREMIUM_PER_USER = re.compile(r"\bpremium[\s-]per[\s-]user\b|\bppu\b|\bbusiness\spremium\b")
# The licence still asked for in plain words, whatever the capacity: "please assign me Pro", "can I get a Pro licence",
# "bitte Pro-Lizenz zuweisen", "merci d'attribuer une licence Pro", "asignadme una licencia Pro", "graag een Pro-licentie
# toewijzen".
_PRO = r"(?:power\s?bi\s)?pro(?:[\s-](?:licen[cs]e|lizenz|licence|licencia|licentie))?"
_ASKED_ANYWAY = re.compile(
    rf"\b(?:please|pls|kindly|can you|could you)\s(?:\S+\s){{0,2}}?(?:assign|give|order|buy|get)\s(?:\S+\s){{0,3}}?{_PRO}\b"
    rf"|\b(?:can|could|may)\s(?:i|we|he|she)\s(?:get|have)\s(?:a\s|an\s|one|the\s)?(?:\S+\s)?{_PRO}\b|\bcan\si\sget\sone\b"
    rf"|\b(?:bitte|kannst du|k(?:ö|oe)nnt ihr|k(?:ö|oe)nnen sie)\s(?:\S+\s){{0,4}}?(?:pro[\s-]?lizenz|lizenz)\s(?:\S+\s)?(?:zuweisen|geben|bestellen|freischalten)"
    rf"|\b(?:merci d'|pouvez-vous\s|pourriez-vous\s)(?:m'|lui\s)?(?:attribuer|donner|commander)\s(?:\S+\s){{0,3}}?licence"
    rf"|\b(?:asign|d)(?:adme|arme|adle|arle|ad|ar)\s(?:\S+\s){{0,3}}?licencia"
    rf"|\b(?:graag|kunnen jullie|kun je|kunt u)\s(?:\S+\s){{0,4}}?(?:pro-?licentie|licentie)\s(?:\S+\s)?(?:toewijzen|geven|bestellen)"
)


def discount_licence_shown_in_premium(text: CleanText, scores: dict[str, float]) -> None:
    """Keep license_change at a hint where a Pro message is reported on content in a Premium capacity (in place)."""
    if scores["license_change"] <= 1.0:
        return
    asked = _PREMIUM_PER_USER.sub(" ", f"{text.lower_subject}\n{text.lower_request}")
    if _PREMIUM_HOME.search(asked) and not _ASKED_ANYWAY.search(asked):
        scores["license_change"] = min(scores["license_change"], 1.0)
