"""Claude drafts the reply when the MSP's Anthropic key is set; a draft that fails any check gives way to the template.

The sandbox's Claude returns the template's wording plus a friendly line (a good draft), or the bad kind a test asks
for. Each bad kind must end in the template, with an audit line naming why and no secret anywhere.
"""

from __future__ import annotations

import contextlib

import pytest
from django.test import override_settings

from audit.models import AuditEvent
from tenants.models import Tenant
from tests.targets.helpers import approve_as_technician
from tests.trust.helpers import set_policy, submit
from tests.workflow.reply_helpers import (
    ADELE,
    FRIENDLY,
    KNOWN_PASSWORD,
    PRINTER,
    RESET,
    SECRET_LINK,
    assert_in_language,
    everything_in,
    psa_replies,
)
from workflow.models import RequesterReply

pytestmark = pytest.mark.django_db


@pytest.fixture
def claude(sandbox):
    """Drafting configured against the sandbox's Anthropic (triage stays on the rules: no model is named)."""
    vendor = sandbox.sandbox.vendor("anthropic")
    with override_settings(ANTHROPIC_API_KEY="sk-ant-sandbox-key", RALLIED_LLM_BASE_URL=f"{sandbox.url}/anthropic",
                           RALLIED_LLM_MODEL=None, RALLIED_LLM_MAX_RETRIES=0, RALLIED_LLM_TIMEOUT=10):
        yield vendor


def resolved_reset(language: str):
    """Adele's own reset, approved by a technician: a waiting reply, then a done reply with her one-time link."""
    set_policy("reset_password", "approval", tenant=Tenant.objects.get(slug="contoso"))
    ticket = submit("contoso", ADELE, "Password reset", RESET[language], name="Adele Vance")
    approve_as_technician(ticket.actions.get())
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    return ticket


def replies(sandbox, ticket) -> list[str]:
    return psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "nl"])
def test_a_good_draft_is_used_with_the_real_link_put_in(replies_world, sandbox, claude, language):
    ticket = resolved_reset(language)

    waiting, done = replies(sandbox, ticket)
    for reply in (waiting, done):
        assert FRIENDLY[language] in reply  # Claude's line: the draft went out, not the template
        assert_in_language(reply, language)
    assert len(SECRET_LINK.findall(done)) == 1 and "[LINK-" not in done
    assert list(RequesterReply.objects.filter(ticket=ticket).values_list("drafted_by", flat=True)) == ["claude"] * 2
    assert claude.drafts == 2
    assert KNOWN_PASSWORD not in everything_in(sandbox)
    # Claude was never given the link's token: only the placeholder went to the model.
    token = SECRET_LINK.search(done).group(0).rstrip("/").rsplit("/", 1)[1]
    sent = " ".join(r["body"] for r in sandbox.sandbox.requests("anthropic"))
    assert token not in sent and "[LINK-1]" in sent


@pytest.mark.parametrize(("scenario", "why"), [
    ("leak_password", "shaped like a password"),
    ("foreign_link", "link other than the one-time link"),
    ("promise_time", "promises a time"),
    ("wrong_language", "not in the requester's language"),
    ("error", "InternalServerError (HTTP 500)"),
    ("refusal", "the model refused"),
    ("no_tool", "no write_reply tool call"),
    ("timeout", "APITimeoutError"),
])
def test_each_bad_draft_gives_way_to_the_template(replies_world, sandbox, claude, scenario, why):
    with contextlib.ExitStack() as stack:
        if scenario == "timeout":  # the API does not answer within RALLIED_LLM_TIMEOUT
            stack.enter_context(override_settings(RALLIED_LLM_TIMEOUT=1))
            sandbox.sandbox.add_fault(vendor="anthropic", hang=3)
        else:
            claude.draft_scenario = scenario
        ticket = resolved_reset("de")

    waiting, done = replies(sandbox, ticket)
    for reply in (waiting, done):
        assert FRIENDLY["de"] not in reply
        assert_in_language(reply, "de")
        assert "helpdesk-reset.example.net" not in reply and "5 Minuten" not in reply
    assert len(SECRET_LINK.findall(done)) == 1
    rows = RequesterReply.objects.filter(ticket=ticket)
    assert [(r.drafted_by, r.status) for r in rows] == [("template", "posted")] * 2
    assert all(why in r.fallback_reason for r in rows), [r.fallback_reason for r in rows]
    audit = AuditEvent.objects.filter(verb="reply.draft_rejected", object_id=str(ticket.pk))
    assert audit.count() == 2 and all(why in e.details["reason"] for e in audit)
    assert KNOWN_PASSWORD not in everything_in(sandbox)
    assert KNOWN_PASSWORD not in " ".join(str(e.details) for e in AuditEvent.objects.all())


def test_a_draft_carrying_the_real_password_is_never_sent(replies_world, sandbox, claude):
    claude.draft_scenario, claude.draft_payload = "leak_password", KNOWN_PASSWORD
    ticket = resolved_reset("fr")

    done = replies(sandbox, ticket)[-1]
    assert KNOWN_PASSWORD not in done and FRIENDLY["fr"] not in done
    row = RequesterReply.objects.get(ticket=ticket, stage="done")
    assert row.drafted_by == "template" and "secret value of this ticket" in row.fallback_reason
    assert KNOWN_PASSWORD not in everything_in(sandbox)


def test_a_draft_claiming_a_reset_that_did_not_run_gives_way(replies_world, sandbox, claude):
    claude.draft_scenario = "claims_done"
    set_policy("reset_password", "approval", tenant=Tenant.objects.get(slug="contoso"))
    ticket = submit("contoso", ADELE, "Password reset", RESET["nl"], name="Adele Vance")

    [waiting] = replies(sandbox, ticket)
    assert "Ik heb je wachtwoord gereset" not in waiting
    assert_in_language(waiting, "nl")
    row = RequesterReply.objects.get(ticket=ticket)
    assert row.drafted_by == "template" and "did not run" in row.fallback_reason


def test_no_key_no_claude(replies_world, sandbox):
    with override_settings(ANTHROPIC_API_KEY=None, RALLIED_LLM_BASE_URL=f"{sandbox.url}/anthropic"):
        ticket = submit("contoso", ADELE, "Printer", PRINTER["es"], name="Adele Vance")
    [reply] = replies(sandbox, ticket)
    assert_in_language(reply, "es")
    assert sandbox.sandbox.vendor("anthropic").drafts == 0
    assert RequesterReply.objects.get(ticket=ticket).drafted_by == "template"


def test_the_sandbox_control_api_picks_the_next_drafts_kind(sandbox):
    import requests

    url = f"{sandbox.url}/_control/vendors/anthropic/draft"
    assert requests.post(url, json={"scenario": "promise_time"}, timeout=5).json() == {"scenario": "promise_time"}
    assert sandbox.sandbox.vendor("anthropic").draft_scenario == "promise_time"
    refused = requests.post(url, json={"scenario": "be_rude"}, timeout=5)
    assert refused.status_code == 400 and "scenario" in refused.json()["error"]
    assert sandbox.sandbox.vendor("anthropic").draft_scenario == "promise_time"
