# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""An account to close and its memberships to take away, asked in one ticket: a leaver's offboarding, not a membership.

"Please disable his account end of day and remove him from all groups", "disable her login on our side and remove
her from every group we run", "desactivad su cuenta y quitadle el acceso a las carpetas": the groups go because the person goes. The
removal is one step of the leaver's sequence (playbooks/offboarding), and the disable is what makes it one; read by
settling.settle, which lifts the offboarding over the membership it would otherwise lose to.

Seen in sets h122, holdout5, holdout9 and holdout91, by different writers
(tests/triage/test_account_closed_with_its_groups.py). An account closed while someone is added to a group ("disable
the old login and add the new one to Sales") is two requests, and stays so.
"""

from __future__ import annotations

import re

# Taking away, in the five languages: "remove", "take ... out of", "entfernen", "herausnehmen", "retirer", "enlever",
# "quitar", "sacar", "verwijderen", "uit ... halen".
_TAKEN_AWAY = re.compile(
    r"\b(?:remove|removing|take\s(?:\S+\s){0,2}?(?:out|off)|drop|revoke|entfern\w*|heraus(?:nehmen|nehmt)|nehm\w* (?:\S+ ){0,3}?raus"
    r"|entzieh\w*|retir\w*|enlev\w*|supprim\w*|quit(?:ar|a|ad|adle|adla|adles|en)|sac\w*le|sacad\w*|sacar|elimin\w*|verwijder\w*|\w*\s?halen|intrekken)\b"
)
# The account itself closed, not a person taken off a place ("remove user kq from sg_vpn", "remove my access to the
# drive" are memberships): "disable his account", "close her account", "Konto deaktivieren", "désactiver son compte",
# "desactivad su cuenta", "account uitschakelen". The offboarding signal's wider reading counts those removals too.
_ACCOUNT = r"(?:accounts?|logins?|user accounts?|ad accounts?|konto|konten|benutzer(?:konto)?|comptes?|cuentas?|usuario)"
_CLOSED = re.compile(
    rf"\b(?:disable|deactivate|close|block|shut down|switch off|turn off|delete|remove|lock)\s(?:(?:his|her|their|the|this|"
    rf"that|its)\s)?(?:\S+\s)?{_ACCOUNT}\b(?!\s(?:from|out of|off)\b)"
    rf"|\b{_ACCOUNT}\s(?:\S+\s){{0,4}}?(?:deaktivieren|sperren|l(?:ö|oe)schen|schlie(?:ß|ss)en|uitschakelen|deactiveren"
    rf"|blokkeren|verwijderen|afsluiten)\b"
    rf"|\b(?:d(?:é|e)sactiv|ferm|supprim|bloqu|desactiv|cerr|elimin|bloque|borr)\w*\s(?:\S+\s)?{_ACCOUNT}\b"
)
# Given or added: the same ticket then asks a membership of its own as well.
_GIVEN = re.compile(
    r"\b(?:add|adding|put|include|grant|give|hinzuf(?:ü|ue)g\w*|aufnehm\w*|ajout\w*|a(?:ñ|n)ad\w*|toevoeg\w*|voeg\w* (?:\S+ ){0,3}?toe)\b"
)


def account_closed_with_its_groups(fired: dict[str, set[str]], lower_request: str) -> bool:
    """Whether the account is asked closed and the memberships asked taken away, nothing asked given."""
    return ("disable account" in fired["offboarding"] and bool(_CLOSED.search(lower_request))
            and bool(_TAKEN_AWAY.search(lower_request))
            and not _GIVEN.search(lower_request))
