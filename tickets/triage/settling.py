"""Whether a category is claimed (THRESHOLD), and which of two requests a ticket is when both are asked: the
conventions a technician uses when two categories fire together, applied to the scores by `settle`.

Moved out of tickets/triage/rules.py, which scores the signals and vetoes and calls `settle` on every reading
(tests/triage/test_settling.py).
"""

from __future__ import annotations

from tickets.triage.account_closed_with_its_groups import account_closed_with_its_groups
from tickets.triage.newcomer_mailbox_rights import names_a_mailbox_right
from tickets.triage.reset_as_a_fallback import reset_only_a_fallback

# Below this score a category is not claimed at all (rules.CONFIDENT is where a claim goes to a human).
THRESHOLD = 1.6


def settle(scores: dict[str, float], fired: dict[str, set[str]], lower_request: str) -> None:
    """Apply the conventions a technician uses when two categories fire together (in place)."""
    # "Could you reset it?" after the password was named is as explicit as "reset my password"; so is "it says the
    # password is wrong, please just set me a new one" (a new one asked after the password was refused).
    explicit_reset = fired["password_reset"] & {"reset request", "forgotten password", "new password wanted",
                                                "reset it", "reset of the password named earlier",
                                                "rejected, a new one asked", "unlock and reset",
                                                "locked, the new one forgotten"}
    if scores["account_unlock"] >= THRESHOLD:
        # "Locked; if you need to reset the password too, fine": the reset is the technician's fallback, not the ask.
        fallback = reset_only_a_fallback(lower_request)
        if (
            explicit_reset and scores["password_reset"] >= THRESHOLD and not fallback
        ):  # "locked out, please reset" -> the reset also unlocks
            scores["account_unlock"] = min(scores["account_unlock"], scores["password_reset"] - 0.1)
        else:  # "unlock me, my password stopped working" is an unlock
            scores["password_reset"] = min(scores["password_reset"], scores["account_unlock"] - 0.1)
    if scores["offboarding"] >= THRESHOLD and scores["mailbox_access"] >= THRESHOLD:
        # A leaver's mailbox is a mailbox request, unless it is an HR termination notice, or the leaver's mailbox is
        # to be converted to a shared one: the leaver's sequence, of which the manager's access is one step
        # (playbooks/offboarding.SEQUENCE).
        # So is a leaver whose account is also to be disabled ("disable her account and give her manager her mail"):
        # the disable is the offboarding itself, the manager's access one of its steps.
        if fired["offboarding"] & {"hr notice", "mailbox converted to shared", "disable account"}:
            scores["mailbox_access"] = min(scores["mailbox_access"], scores["offboarding"] - 0.6)
        else:
            scores["offboarding"] = min(scores["offboarding"], scores["mailbox_access"] - 0.6)
    if scores["mailbox_access"] >= THRESHOLD and fired["group_membership"] <= {"list or address membership"}:
        # "Give Sarah access to the billing@ mailbox": the address is a mailbox to grant on, not a list to join.
        scores["group_membership"] = min(scores["group_membership"], scores["mailbox_access"] - 0.6)
    if scores["group_membership"] >= THRESHOLD and account_closed_with_its_groups(fired, lower_request):
        # "Disable his account and remove him from all groups": the groups go because the person does (an offboarding).
        scores["offboarding"] = max(scores["offboarding"], scores["group_membership"] + 0.1)
    if scores["offboarding"] >= THRESHOLD and scores["group_membership"] >= THRESHOLD:
        # A leaver's files or drive belong to the offboarding.
        scores["group_membership"] = min(scores["group_membership"], scores["offboarding"] - 0.6)
    if scores["offboarding"] >= THRESHOLD and scores.get("session_revoke", 0.0) > 0:
        # "Sign him out everywhere" in a leaver's ticket is a step of the offboarding.
        scores["session_revoke"] = min(scores["session_revoke"], scores["offboarding"] - 0.1)
    # What the newcomer's signals said, and whether a day of arrival was among them; a form's labelled line ("Start:
    # 18.11.") dates the arrival as "starts on the 18th" does.
    arriving = fired["onboarding"]
    dated = bool(arriving & {"start date", "start field"})
    if "account for newbie" in arriving and dated and 1.4 <= scores["onboarding"] < THRESHOLD:
        # Someone arriving on a day who needs an account ("takes over the coordination from 1 September and needs a
        # user account with e-mail", "starting next week, account pls") is an onboarding, however few its words: nobody
        # needs an account on their first day unless it is made. Only where nothing took either reading back.
        scores["onboarding"] = THRESHOLD
    if scores["onboarding"] >= THRESHOLD:
        # A newcomer announced with a start date is an onboarding: the groups, mailboxes and licence it lists are its
        # steps (tickets/triage/onboarding.py), not requests of their own for an account that does not exist yet.
        # A newcomer to run the writer's own calendar or mailbox is a delegation asked for them, unless an account is
        # asked for too ("my new PA starts Monday, she needs to manage my calendar").
        delegate = "own mailbox delegated" in fired["mailbox_access"]
        # A newcomer who needs an account, a login or an e-mail ("new starter Monday, she'll need email, a laptop and
        # the shared drives") is being created too: the drives are steps of that.
        # So is one said to start on a date and to need a login, though never called new ("Ana starts tomorrow in
        # the web team, she'll need a login and email"): nobody needs a login on their first day unless it is made.
        # So is one announced with the colleague whose set-up to copy ("Starter 04/11 - J. Doe, mirror A. Smith",
        # access_like_a_colleague.py), or asked set up as a person ("please set up the new starter, same access as
        # Li"): the copy is of an account still to be made, the setup is theirs.
        creating = bool(arriving & {"create account", "newcomer to set up"}) or (not delegate and (
            ("new person" in arriving and dated) or {"new person", "account for newbie"} <= arriving
            or "newcomer set up like a colleague" in arriving
            or ("account for newbie" in arriving and dated)))
        # A newcomer given a named right on a mailbox, with no account asked, is that grant
        # (tickets/triage/newcomer_mailbox_rights.py): "full access to dispatch@ for the new planner, starts Monday".
        granted = (scores["mailbox_access"] >= THRESHOLD
                   and not fired["onboarding"] & {"create account", "account for newbie"}
                   and names_a_mailbox_right(lower_request))
        if granted:
            creating = False
            scores["onboarding"] = min(scores["onboarding"], scores["mailbox_access"] - 0.1)
        for other in ("group_membership", "mailbox_access", "license_change", "mfa_reset"):
            if creating:  # the new account comes first; the rest is part of the onboarding
                scores[other] = min(scores[other], scores["onboarding"] - 0.1)
            elif scores[other] >= THRESHOLD + 0.2:  # "our new intern needs the Sales folder"
                scores["onboarding"] = min(scores["onboarding"], scores[other] - 0.1)
