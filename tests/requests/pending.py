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
}
PENDING: dict[str, str] = {f"{key}-{lang}": f"{BASE}; {need}" for key, need in NEEDS.items() for lang in LANGUAGES
                           if f"{key}-{lang}" not in PASSING}
