"""The checks a drafted reply must pass (workflow/replies/checks.py), one kind of bad draft at a time."""

from __future__ import annotations

import pytest

from workflow.replies.checks import DraftRejected, check_draft
from workflow.replies.facts import ReplyFacts

ADELE = "adele.vance@contoso.example"


def facts(stage: str = "done", language: str = "en", **extra) -> ReplyFacts:
    done = [{"kind": "reset_password", "target": ADELE, "own": True, "params": {}}] if stage == "done" else []
    waiting = [] if stage == "done" else [{"kind": "add_to_group", "target": ADELE, "own": True,
                                          "params": {"group": "Sales365Team"}}]
    links = [{"link": "[LINK-1]", "secret": "password", "owner": ADELE, "expires": "2026-12-02 11:00 UTC"}]
    return ReplyFacts(stage=stage, language=language, name="Adele", done=done, waiting=waiting,
                      links=links if stage == "done" else [], **extra)


GOOD_DONE = (f"Hi Adele,\n\nYour password ({ADELE}) has been reset. Your temporary password can be opened once, "
             "until 2026-12-02 11:00 UTC, here:\n[LINK-1]\n\nIf you did not ask for this, reply to this ticket.\n\n"
             "Harbor IT help desk")
GOOD_WAITING = (f"Hi Adele,\n\nThanks, we have your request: adding {ADELE} to the group Sales365Team. One of our "
                "technicians has to approve it before anything changes, and we will write again once it is done.\n\n"
                "Harbor IT help desk")


def test_good_drafts_pass():
    assert check_draft(GOOD_DONE, facts(), []) == GOOD_DONE
    assert check_draft(GOOD_WAITING, facts("awaiting_approval"), []) == GOOD_WAITING  # a group name is a fact


@pytest.mark.parametrize(("draft", "why"), [
    (GOOD_DONE.replace("here:", "here: (it is plainpass, by the way)"), None),
    (GOOD_DONE + "\nYour code: Xk7pQ2mZ9w", "shaped like a password"),
    (GOOD_DONE + "\nToken sk-ant-api03-abcdefghijkl", "key or token"),
    (GOOD_DONE + "\nMore at https://contoso-help.example.net/reset", "link other than"),
    (GOOD_DONE + "\nOr see www.example.org", "link other than"),
    (GOOD_DONE.replace("[LINK-1]", ""), "exactly once"),
    (GOOD_DONE + "\n[LINK-1]", "exactly once"),
    (GOOD_DONE + "\nQuestions? Write to it-support@evil.example", "address that is not in the facts"),
    (GOOD_DONE + "\nAll of this took 5 minutes.", "promises a time"),
    (GOOD_DONE + "\nWe will call you at 14:30.", "names a time"),
    (GOOD_DONE + "\nYou have also been added to the group Sales.", "did not run"),
    (GOOD_DONE.replace(f"({ADELE}) ", ""), "leaves out an action"),
    ("Hallo Adele, Ihr Passwort wurde zurückgesetzt, hier der Link: [LINK-1]. " + ADELE, "language"),
    ("", "empty"),
])
def test_bad_drafts_are_rejected_naming_why(draft, why):
    if why is None:  # the secret's own value, whatever its shape
        with pytest.raises(DraftRejected, match="secret value"):
            check_draft(draft, facts(), ["plainpass"])
        return
    with pytest.raises(DraftRejected, match=why):
        check_draft(draft, facts(), [])


def test_a_waiting_reply_may_not_say_the_change_was_made():
    draft = GOOD_WAITING.replace("One of our technicians has to approve it before anything changes",
                                 "I have added you already")
    with pytest.raises(DraftRejected, match="did not run"):
        check_draft(draft, facts("awaiting_approval"), [])


def test_the_opening_hour_given_in_the_facts_may_be_named():
    given = facts("awaiting_approval", outside_hours=True, opens="2026-12-03 08:00", time_zone="Europe/London")
    draft = GOOD_WAITING.replace("Harbor IT", "We are back at 08:00 (Europe/London).\n\nHarbor IT")
    assert check_draft(draft, given, []) == draft
    with pytest.raises(DraftRejected, match="names a time"):
        check_draft(draft.replace("08:00", "09:00"), given, [])


PARAMS = {"grant_mailbox_access": {"mailbox": "sales@contoso.example", "rights": "SendAs"},
          "revoke_mailbox_access": {"mailbox": "sales@contoso.example"}, "add_to_group": {"group": "Sales"},
          "remove_from_group": {"group": "Sales"}, "assign_license": {"license": "ENTERPRISEPACK"},
          "remove_license": {"license": "ENTERPRISEPACK"}, "create_user": {"display_name": "Jo New"},
          "swap_license": {"license": "STANDARDPACK", "new_license": "ENTERPRISEPACK"},
          "set_manager": {"manager": "lee.chen@contoso.example"},
          "set_mail_forwarding": {"forward_to": "lee.chen@contoso.example"}}


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "nl"])
@pytest.mark.parametrize("stage", ["received", "awaiting_approval", "escalated", "done"])
def test_every_template_words_every_action_and_passes_the_checks_a_draft_must_pass(language, stage):
    from rallied.kinds import KINDS
    from workflow.replies import render_template

    rows = [{"kind": kind, "target": f"user{i}@contoso.example", "own": i == 0, "params": PARAMS.get(kind, {})}
            for i, kind in enumerate(KINDS)]
    given = ReplyFacts(stage=stage, language=language, name="Adele", done=rows if stage in ("done", "escalated") else [],
                       waiting=[] if stage in ("done", "escalated") else rows, outside_hours=stage != "done",
                       opens="2026-12-03 08:00" if stage != "done" else "", time_zone="Europe/Berlin",
                       links=[{"link": "[LINK-1]", "secret": "password", "owner": "user0@contoso.example",
                               "expires": "2026-12-02 11:00 UTC"}] if stage == "done" else [],
                       elsewhere=[{"secret": "tap", "owner": "user3@contoso.example", "channel": "technician",
                                   "to": ""}] if stage == "done" else [])
    text = render_template(given)
    lines = [line for line in text.splitlines() if "@contoso.example" in line]
    assert all(f"user{i}@contoso.example" in text for i in range(len(KINDS))), text  # every action is worded
    assert len(lines) >= len(KINDS) and "{" not in text and "  " not in text
    assert check_draft(text, given, []) == text  # the standard wording is itself a reply the checks accept
