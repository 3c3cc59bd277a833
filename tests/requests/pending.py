"""Rows that need issue 12 work not yet on main: row id -> the part. Each is a strict xfail (test_acceptance.py),
so a row that starts passing fails the suite until it is taken off this list.

Every row reads the ticket's intent list (helper `intents`) and the plan's outcome per intent (helper `planner`);
the rest of each reason names the further part the scenario needs.
"""

from __future__ import annotations

from tests.requests.spec import LANGUAGES

BASE = "issue 12: intent list (intents) + outcome per intent (planner)"
NEEDS: dict[str, str] = {
    "c-reset-and-group": "two intents in one ticket",
    "c-me-and-alex": "two targets in one intent ('me and Alex')",
    "c-send-as": "mailbox rights SendAs (exchange)",
    "c-full-access": "mailbox rights FullAccess (exchange)",
    "c-send-on-behalf": "mailbox rights SendOnBehalf (exchange)",
    "c-remove-full-access": "mailbox removal by right (exchange, planner)",
    "c-remove-send-as": "mailbox removal by right (exchange, planner)",
    "c-full-and-send-as": "two mailbox rights in one intent (exchange)",
    "c-visio": "licence by friendly name (licences)",
    "c-swap": "licence swap (licences)",
    "c-no-seats": "seat check at plan time (licences)",
    "c-unknown-licence": "licence catalogue at plan time (licences)",
    "c-remove-licence": "licence removal (licences, planner)",
    "c-leave-group": "group removal (planner)",
    "c-leave-dl": "distribution list removal through Exchange (exchange, planner)",
    "c-put-in-team": "group named without the word 'group' (intents)",
    "c-sign-me-out": "standalone session revoke (intents)",
    "c-hacked": "sessions and password in one ticket (intents)",
    "c-out-of-scope": "out_of_scope handed over while the rest runs (planner)",
    "c-missing-group": "missing object handed over while the rest runs (planner)",
    "c-unlock-diego": "single intent",
    "c-new-phone": "single intent",
    "n-unlock-and-reset": "two intents in one ticket",
    "n-add-group": "single intent",
    "n-remove-vpn": "group removal on Okta (planner)",
    "n-remove-dl": "group removal on Okta (planner)",
    "n-sessions": "standalone session revoke on Okta (intents)",
    "n-reset-and-mailbox": "unsupported mailbox on Okta handed over (planner)",
    "n-licence": "unsupported licence on Okta handed over (planner)",
    "n-me-and-laura": "two targets in one intent (intents)",
    "f-add-group": "group by address on Google (intents)",
    "f-remove-group": "group removal on Google (planner)",
    "f-sessions": "standalone session revoke on Google (intents)",
    "f-unlock-and-reset": "unsupported Google unlock handed over (planner)",
    "f-tom-and-priya": "two targets in one intent (intents)",
    "f-mailbox": "unsupported mailbox on Google handed over (planner)",
    "f-phished": "sessions and password in one ticket (intents)",
}
# Rows of the scenarios above that pass on main (take a row here the moment it passes; strict xfail says when).
PASSING: set[str] = {
    # per-intent planning with an outcome per intent (planner)
    "c-unlock-diego-en", "c-unlock-diego-de", "n-add-group-en",
    *(f"c-new-phone-{lang}" for lang in LANGUAGES),
    # what Okta cannot do is handed over when planned (planner)
    "n-licence-en",
    # per intent: each part planned or handed over with its reason, the rest run (planner, with intents, exchange,
    # licences on main)
    "c-reset-and-group-de", "c-me-and-alex-en", "c-no-seats-en",
    "c-sign-me-out-en", "c-sign-me-out-de", "c-sign-me-out-fr", "c-sign-me-out-es", "c-hacked-en", "c-hacked-de",
    "c-missing-group-de", "c-visio-en", "c-visio-de", "c-put-in-team-en", "c-unlock-diego-fr", "c-unlock-diego-es",
    "n-unlock-and-reset-de", "n-unlock-and-reset-en", "n-reset-and-mailbox-de", "n-reset-and-mailbox-fr", "n-me-and-laura-en",
    "n-sessions-en", "n-sessions-nl", "f-sessions-en", "f-sessions-de", "f-sessions-fr", "f-unlock-and-reset-en",
    "f-unlock-and-reset-de", "f-unlock-and-reset-fr", "f-unlock-and-reset-es", "f-mailbox-de", "f-mailbox-es",
    "c-me-and-alex-fr", "c-sign-me-out-nl", "n-sessions-fr", "n-me-and-laura-fr",
    "f-sessions-es", "f-sessions-nl",
    # a second request, a second person or a removal the intents read is planned, not escalated whole (intents)
    "c-leave-group-en", "c-leave-group-fr", "c-remove-licence-fr",
    "c-leave-group-nl",
    "c-out-of-scope-en",
    "c-out-of-scope-nl",
    "c-remove-licence-de",
    "c-reset-and-group-es",
    "c-reset-and-group-fr",
    "c-reset-and-group-nl",
    "c-swap-en",
    "n-remove-dl-de",
    "n-remove-dl-en",
    "n-remove-dl-nl",
    "n-reset-and-mailbox-en",
    "n-reset-and-mailbox-es",
    "n-reset-and-mailbox-nl",
    # mailbox rights, now that the sandbox's Exchange state is a snapshot and not the live lists (exchange)
    "c-full-access-en", "c-full-and-send-as-en", "c-full-and-send-as-nl", "c-send-on-behalf-fr",
    # triage reads who and what in five languages: pronouns for the person named before, de/es/nl/fr word order,
    # removals, upgrades without "from", group addresses in brackets, a colleague's phishing report (triage)
    "c-remove-send-as-fr", "c-remove-send-as-es", "c-remove-send-as-nl", "c-full-and-send-as-de", "c-full-and-send-as-fr",
    "c-full-and-send-as-es", "c-visio-fr", "c-visio-es", "c-visio-nl", "c-swap-de", "c-swap-fr", "c-swap-es",
    "c-swap-nl", "c-no-seats-de", "c-no-seats-fr", "c-no-seats-es", "c-no-seats-nl", "c-unknown-licence-en",
    "c-unknown-licence-de", "c-unknown-licence-fr", "c-unknown-licence-es", "c-unknown-licence-nl", "c-remove-licence-en",
    "c-remove-licence-es", "c-remove-licence-nl", "c-leave-group-de", "c-leave-dl-en", "c-leave-dl-de", "c-leave-dl-fr",
    "c-leave-dl-es", "c-leave-dl-nl", "c-put-in-team-de", "c-put-in-team-fr", "c-put-in-team-es", "c-put-in-team-nl",
    "c-hacked-fr", "c-hacked-es", "c-hacked-nl", "c-out-of-scope-de", "c-out-of-scope-fr", "c-out-of-scope-es",
    "c-unlock-diego-nl", "n-unlock-and-reset-fr", "n-unlock-and-reset-es", "n-unlock-and-reset-nl", "n-add-group-de",
    "n-add-group-fr", "n-add-group-es", "n-add-group-nl", "n-remove-vpn-en", "n-remove-vpn-de", "n-remove-vpn-fr",
    "n-remove-vpn-es", "n-remove-vpn-nl", "n-remove-dl-fr", "n-remove-dl-es", "n-sessions-de", "n-sessions-es",
    "n-licence-de", "n-licence-fr", "n-licence-es", "n-licence-nl", "n-me-and-laura-de", "n-me-and-laura-nl",
    "f-add-group-en", "f-add-group-de", "f-add-group-fr", "f-add-group-es", "f-add-group-nl", "f-remove-group-en",
    "f-remove-group-de", "f-remove-group-fr", "f-remove-group-es", "f-remove-group-nl", "f-unlock-and-reset-nl",
    "f-mailbox-en", "f-mailbox-fr", "f-mailbox-nl", "f-phished-en", "f-phished-fr",
    # passing on main since the onboarding work's triage changes (57e1c71 and after), found by the planner's run of
    # every row with --runxfail: mailbox rights read for the person named before, 'me and Alex' in de/nl
    "c-reset-and-group-en", "c-me-and-alex-de", "c-me-and-alex-nl", "c-send-as-en", "c-send-as-de", "c-send-as-fr",
    "c-send-as-es", "c-send-as-nl", "c-full-access-de", "c-full-access-fr", "c-full-access-es", "c-full-access-nl",
    "c-send-on-behalf-en", "c-send-on-behalf-de", "c-send-on-behalf-es", "c-send-on-behalf-nl",
    "c-remove-full-access-en", "c-remove-full-access-de", "c-remove-full-access-fr", "c-remove-full-access-es",
    "c-remove-full-access-nl", "c-remove-send-as-en", "c-remove-send-as-de",
    # triage: people added to a list by its address, Spanish "y a <name>", "añadidnos"/"sacadme" as the writer,
    # "melden Sie sie überall ab", "cerrad todas sus sesiones", German "ihr Passwort" as a colleague's (triage)
    *(f"f-tom-and-priya-{lang}" for lang in LANGUAGES),
    "f-phished-de", "f-phished-es", "f-phished-nl", "c-me-and-alex-es", "n-me-and-laura-es", "c-leave-group-es",
    # triage: a group described by a clause ("the group my manager mentioned") is no name, so the add is handed
    # over as missing and the password reset still runs (triage)
    "c-missing-group-en", "c-missing-group-fr", "c-missing-group-es", "c-missing-group-nl",
}
PENDING: dict[str, str] = {f"{key}-{lang}": f"{BASE}; {need}" for key, need in NEEDS.items() for lang in LANGUAGES
                           if f"{key}-{lang}" not in PASSING}
