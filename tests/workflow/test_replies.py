"""The requester hears from us at each stage that takes time, once, in the language they wrote in.

Each transition in each of the five languages is read back from the sandbox ConnectWise's own ticket notes; the
other two PSAs get one ticket each, end to end. No reply anywhere contains the temporary password.
"""

from __future__ import annotations

import pytest

from tenants.models import Tenant
from tests.helpers import committed
from tests.targets.helpers import approve_as_technician
from tests.trust.helpers import set_policy, submit
from tests.workflow.reply_helpers import (
    ADELE,
    KNOWN_PASSWORD,
    LANGUAGES,
    PRINTER,
    RESET,
    SECRET_LINK,
    assert_in_language,
    everything_in,
    psa_replies,
)
from tickets.models import Ticket
from workflow.choices import ReplyStage
from workflow.lifecycle import settle_ticket
from workflow.models import RequesterReply
from workflow.replies import send_reply

pytestmark = pytest.mark.django_db


def contoso() -> Tenant:
    return Tenant.objects.get(slug="contoso")


def replies(sandbox, ticket: Ticket, vendor: str = "connectwise") -> list[str]:
    ticket.refresh_from_db()
    return psa_replies(sandbox, vendor, ticket.psa_ticket_id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_escalated_says_a_person_has_it_and_nothing_was_changed(replies_world, sandbox, language):
    ticket = submit("contoso", ADELE, "Printer", PRINTER[language], name="Adele Vance")
    assert ticket.status == "escalated"

    [reply] = replies(sandbox, ticket)
    assert_in_language(reply, language)
    assert reply.startswith({"en": "Hi Adele,", "de": "Hallo Adele,", "fr": "Bonjour Adele,", "es": "Hola Adele:",
                             "nl": "Hallo Adele,"}[language])
    assert {"en": "Nothing has been changed", "de": "An keinem Konto wurde bisher etwas geändert",
            "fr": "Aucune modification", "es": "Todavía no se ha cambiado nada",
            "nl": "Er is nog niets aan een account gewijzigd"}[language] in reply
    assert ticket.escalation_reason not in reply  # the internal reason stays internal


@pytest.mark.parametrize("language", LANGUAGES)
def test_waiting_for_approval_is_said_once_and_then_done_says_what_ran(replies_world, sandbox, language):
    set_policy("reset_password", "approval", tenant=contoso())
    ticket = submit("contoso", ADELE, "Password reset", RESET[language], name="Adele Vance")
    assert ticket.status == "awaiting_approval"
    [waiting] = replies(sandbox, ticket)
    assert_in_language(waiting, language)
    assert ADELE in waiting and not SECRET_LINK.search(waiting)

    approve_as_technician(ticket.actions.get())
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    waiting_again, done = replies(sandbox, ticket)
    assert waiting_again == waiting
    assert_in_language(done, language)
    assert ADELE in done and len(SECRET_LINK.findall(done)) == 1  # her own reset: the one-time link, once
    assert KNOWN_PASSWORD not in everything_in(sandbox)
    rows = list(RequesterReply.objects.filter(ticket=ticket).values_list("stage", "status", "language"))
    assert rows == [("awaiting_approval", "posted", language), ("done", "posted", language)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_received_when_the_manager_must_confirm_who_asked(replies_world, sandbox, language, mailoutbox):
    Tenant.objects.filter(slug="contoso").update(verification=Tenant.Verification.MANAGER)
    ticket = submit("contoso", ADELE, "Password reset", RESET[language], name="Adele Vance")
    assert ticket.status == "awaiting_approval" and len(mailoutbox) == 1  # the link went to her manager

    [received] = replies(sandbox, ticket)
    assert_in_language(received, language)
    assert {"en": "manager listed in the directory", "de": "im Verzeichnis hinterlegte Führungskraft",
            "fr": "responsable indiqué dans l'annuaire", "es": "persona responsable que figura en el directorio",
            "nl": "leidinggevende die in de directory staat"}[language] in received
    assert "/verify/manager/" not in received
    assert RequesterReply.objects.get(ticket=ticket).stage == ReplyStage.RECEIVED


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_ticket_resolved_at_once_gets_only_the_done_reply(replies_world, sandbox, language):
    set_policy("reset_password", "autonomous", tenant=contoso())
    ticket = submit("contoso", ADELE, "Password reset", RESET[language], name="Adele Vance")
    assert ticket.status == "resolved", ticket.escalation_reason

    [done] = replies(sandbox, ticket)  # no "we got it" first: it took seconds
    assert_in_language(done, language)
    assert ADELE in done and len(SECRET_LINK.findall(done)) == 1
    assert KNOWN_PASSWORD not in everything_in(sandbox)


def test_a_re_run_of_each_step_posts_no_second_copy(replies_world, sandbox):
    set_policy("reset_password", "approval", tenant=contoso())
    ticket = submit("contoso", ADELE, "Password reset", RESET["de"], name="Adele Vance")
    assert len(replies(sandbox, ticket)) == 1
    with committed():
        assert send_reply(ticket=ticket, stage=ReplyStage.AWAITING_APPROVAL) is False
    approve_as_technician(ticket.actions.get())
    with committed():
        settle_ticket(ticket.pk)  # the step again, as a redelivered task would run it
        assert send_reply(ticket=ticket, stage=ReplyStage.DONE) is False
    assert len(replies(sandbox, ticket)) == 2
    assert RequesterReply.objects.filter(ticket=ticket).count() == 2


def test_a_reply_the_psa_refused_goes_out_once_when_the_step_runs_again(replies_world, sandbox):
    # The internal note goes through; the reply after it is refused once.
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=r"/notes$", statuses=[0, 400], times=2)
    ticket = submit("contoso", ADELE, "Printer", PRINTER["fr"], name="Adele Vance")
    assert RequesterReply.objects.get(ticket=ticket).status == "failed" and replies(sandbox, ticket) == []
    with committed():
        assert send_reply(ticket=ticket, stage=ReplyStage.ESCALATED) is True
    with committed():
        assert send_reply(ticket=ticket, stage=ReplyStage.ESCALATED) is False
    [reply] = replies(sandbox, ticket)
    assert_in_language(reply, "fr")
    assert RequesterReply.objects.get(ticket=ticket).status == "posted"


def test_plan_mode_sends_the_requester_nothing(replies_world, sandbox):
    Tenant.objects.filter(slug="contoso").update(mode=Tenant.Mode.PLAN)
    ticket = submit("contoso", ADELE, "Printer", PRINTER["de"], name="Adele Vance")
    assert ticket.status == "escalated"
    assert replies(sandbox, ticket) == [] and not RequesterReply.objects.exists()


def test_someone_elses_reset_says_whose_account_and_that_a_technician_hands_it_over(replies_world, sandbox):
    alex = "alex.wilber@contoso.example"
    ticket = submit("contoso", "diego.siciliani@contoso.example", "Password reset",
                    f"Hallo, können Sie bitte das Passwort von {alex} zurücksetzen? Danke",
                    name="Diego Siciliani")
    approve_as_technician(ticket.actions.get(status="awaiting_approval"))
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    done = replies(sandbox, ticket)[-1]
    assert_in_language(done, "de")
    assert f"Das Passwort von {alex} wurde zurückgesetzt" in done
    assert f"Ein Techniker übernimmt die persönliche Übergabe an {alex}" in done
    assert not SECRET_LINK.search(done) and KNOWN_PASSWORD not in everything_in(sandbox)


def test_outside_business_hours_the_reply_says_when_the_help_desk_opens(replies_world, sandbox, monkeypatch):
    from tests.trust.helpers import after_hours, pin_clock

    pin_clock(monkeypatch, after_hours())  # a Sunday, 03:00 UTC
    ticket = submit("contoso", ADELE, "Printer", PRINTER["es"], name="Adele Vance")
    [reply] = replies(sandbox, ticket)
    assert_in_language(reply, "es")
    assert "servicio de soporte está cerrado" in reply and "America/Chicago" in reply


@pytest.mark.parametrize(("slug", "vendor", "requester", "language"), [
    ("northwind", "autotask", "laura.callahan@northwind.example", "nl"),
    ("fabrikam", "halopsa", "kim.abercrombie@fabrikam.example", "fr"),
])
def test_each_psa_carries_the_reply_in_the_requesters_language(replies_world, sandbox, slug, vendor, requester,
                                                               language):
    Tenant.objects.filter(slug=slug).update(mode=Tenant.Mode.LIVE)  # the demo starts some tenants in plan mode
    ticket = submit(slug, requester, "Printer", PRINTER[language], name="Sam Doe")
    assert ticket.status == "escalated"
    [reply] = replies(sandbox, ticket, vendor)
    assert_in_language(reply, language)
    assert reply.split("\n")[0] in ("Hallo Sam,", "Bonjour Sam,")
