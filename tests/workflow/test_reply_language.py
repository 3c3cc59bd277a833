"""Which language a reply goes out in: the requester's, as triage read it from what they typed.

A German writer's e-mail often carries an English legal footer and the English vendor mail it answers; read whole,
it looks English, and the reply used to come back in English although triage read German. The reply now uses the
language stored on the ticket. A language Rallied does not write (or a stored value it does not know) is answered
in English rather than failing to answer.
"""

from __future__ import annotations

import pytest

from tests.trust.helpers import set_policy, submit
from tests.workflow.reply_helpers import (
    ADELE,
    HANDED_OVER_HEADER,
    LANGUAGES,
    RESET,
    assert_in_language,
    psa_replies,
)
from tests.workflow.test_replies import contoso
from tickets.models import Ticket
from tickets.triage.language import guess_language
from workflow.choices import ReplyStage
from workflow.models import RequesterReply
from workflow.replies import prepare_reply, reply_language

pytestmark = pytest.mark.django_db

# What the requester typed is German; the footer and the quoted notice they answer are English.
GERMAN_WITH_ENGLISH_THREAD = """Hallo,
ich komme seit heute früh nicht mehr in mein Konto. Bitte setzen Sie mein Passwort zurück.

Viele Grüße
Adele Vance
Dental Hygienist | Contoso Dental Group
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it
in error, please notify the sender and delete it.

-----Original Message-----
From: Microsoft 365 <no-reply@microsoft.example>
Sent: Monday, March 2, 2026 8:01 AM
Subject: Password expired
Your password has expired. Please contact your administrator to have your password reset so you can sign in
again to your account and continue working. This is an automated message, please do not reply to it.
"""
ITALIAN = "Buongiorno, la stampante del secondo piano non stampa più niente da stamattina. Grazie mille"


def replies(sandbox, ticket: Ticket) -> list[str]:
    ticket.refresh_from_db()
    return psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)


def test_a_german_request_under_an_english_thread_is_answered_in_german(replies_world, sandbox):
    set_policy("reset_password", "autonomous", tenant=contoso())
    ticket = submit("contoso", ADELE, "AW: Password expired", GERMAN_WITH_ENGLISH_THREAD, name="Adele Vance")
    assert ticket.status == "resolved", ticket.escalation_reason
    assert ticket.language == "de"
    [done] = replies(sandbox, ticket)
    assert_in_language(done, "de")
    assert f"Ihr Passwort ({ADELE}) wurde zurückgesetzt" in done
    assert RequesterReply.objects.get(ticket=ticket).language == "de"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_stored_by_triage_is_the_one_replied_in(replies_world, sandbox, language):
    set_policy("reset_password", "approval", tenant=contoso())
    ticket = submit("contoso", ADELE, "Password reset", RESET[language], name="Adele Vance")
    assert ticket.language == language
    [waiting] = replies(sandbox, ticket)
    assert_in_language(waiting, language)
    assert reply_language(ticket) == language


def test_a_language_rallied_does_not_write_is_answered_in_english(replies_world, sandbox):
    ticket = submit("contoso", ADELE, "Stampante", ITALIAN, name="Adele Vance")
    assert ticket.status == "escalated"
    [reply] = replies(sandbox, ticket)
    assert_in_language(reply, "en")
    assert reply.startswith("Hi Adele,") and "Nothing has been changed on any account yet." in reply


@pytest.mark.parametrize("stored", ["it", "pt-BR", "xx"])
def test_an_unknown_stored_language_falls_back_to_english_for_every_stage(replies_world, sandbox, stored):
    ticket = submit("contoso", ADELE, "Password reset", RESET["de"], name="Adele Vance")
    Ticket.objects.filter(pk=ticket.pk).update(language=stored, round=ticket.round + 1)
    ticket.refresh_from_db()
    for stage in (ReplyStage.RECEIVED, ReplyStage.AWAITING_APPROVAL, ReplyStage.ESCALATED, ReplyStage.DONE):
        prepared = prepare_reply(ticket=ticket, stage=stage)
        assert prepared is not None and prepared.row.language == "en", stage
        assert_in_language(prepared.text, "en")


def test_a_ticket_triaged_before_the_language_was_stored_is_read_from_what_was_typed(replies_world, sandbox):
    ticket = submit("contoso", ADELE, "AW: Password expired", GERMAN_WITH_ENGLISH_THREAD, name="Adele Vance")
    Ticket.objects.filter(pk=ticket.pk).update(language="")
    ticket.refresh_from_db()
    assert reply_language(ticket) == "de"


@pytest.mark.parametrize("text", [
    ITALIAN,
    "Olá, esqueci a minha senha e não consigo entrar no computador. Podem redefinir? Obrigado",
    "Dzień dobry, zapomniałem hasła i nie mogę się zalogować. Proszę o reset hasła.",
])
def test_text_in_another_language_is_not_taken_for_the_nearest_of_ours(text):
    guess = guess_language(text)
    assert (guess.code, guess.sure) == ("en", False), guess


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partly_done_request_lists_what_ran_and_what_a_technician_will_do(language):
    from django.template.loader import render_to_string

    from workflow.replies import render_template
    from workflow.replies.checks import check_draft
    from workflow.replies.facts import ReplyFacts

    done = [{"kind": "reset_password", "target": ADELE, "own": True, "params": {}}]
    left = [{"kind": "grant_mailbox_access", "target": ADELE, "own": True,
             "params": {"mailbox": "intake@contoso.example", "rights": "SendAs"}},
            {"kind": "add_to_group", "target": ADELE, "own": True, "params": {"group": "Billing Team"}}]
    facts = ReplyFacts(stage="escalated", language=language, name="Adele", done=done, handed_over=left)
    text = render_template(facts)

    assert_in_language(text, language)
    header = text.index(HANDED_OVER_HEADER[language])
    said_done = render_to_string(f"tickets/replies/{language}/_done.txt", {"a": done[0]}).strip()
    assert 0 <= text.index(said_done) < header
    for part in left:
        assert text.index(render_to_string(f"tickets/replies/{language}/_todo.txt", {"a": part}).strip()) > header
        assert render_to_string(f"tickets/replies/{language}/_done.txt", {"a": part}).strip() not in text
    assert check_draft(text, facts, []) == text  # no part handed over is worded as done
