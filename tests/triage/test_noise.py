"""Messages that ask for nothing (issue 12): auto-replies, closing replies, automated notices, questions for
information, a starter's or leaver's hardware. They go to `other` with a reason saying what they are, in all five
languages, and the near misses beside them (still locked, thanks plus a new request, a real request above a quoted
out-of-office) are never taken for one.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from playbooks.models import Action
from tests.helpers import graph_user, submit_ticket
from tickets.triage import triage
from tickets.triage.evaluation import evaluate, load
from tickets.triage.noise import asks_for_nothing
from tickets.triage.text import clean

NOISE = Path(__file__).resolve().parents[1] / "data" / "triage_noise.jsonl"
ROWS = load(NOISE)
QUIET = [r for r in ROWS if r["label"] == "other"]
NEAR = [r for r in ROWS if r["label"] != "other"]
# What each reason starts with, by the id's class (the reason a technician reads in the triage note).
REASONS = ("an automatic reply", "a reply saying", "an automated notice", "asks for information only", "hardware")


def test_the_set_covers_every_class_in_every_language():
    assert len(QUIET) >= 70 and len(NEAR) >= 10
    by_language = {code: sum(r["language"] == code for r in QUIET) for code in ("en", "de", "fr", "es", "nl")}
    assert min(by_language.values()) >= 10, by_language
    reasons = {triage(r["subject"], r["body"]).reason.split(" (")[0][:26] for r in QUIET}
    assert all(any(reason.startswith(r[:20]) for reason in reasons) for r in REASONS), reasons


@pytest.mark.parametrize("row", QUIET, ids=[r["id"] for r in QUIET])
def test_a_message_that_asks_for_nothing_goes_to_a_person_as_other(row):
    result = triage(row["subject"], row["body"])
    assert result.category == "other", result.reason
    assert result.reason.startswith(REASONS), result.reason
    assert result.confidence >= 0.8


@pytest.mark.parametrize("row", NEAR, ids=[r["id"] for r in NEAR])
def test_a_message_that_asks_for_something_is_never_taken_for_noise(row):
    assert asks_for_nothing(row["subject"], row["body"], clean(row["subject"], row["body"])) is None


# A thank-you followed by a new request, and "that wasn't me, sign me out" above a forwarded alert: the request is in
# the writer's new words, not in the earlier ticket's subject and quote, nor in the vendor's "reset your password".
NEW_REQUESTS = [r for r in NEAR if r["label"] in ("group_membership", "session_revoke")]


@pytest.mark.parametrize("row", NEW_REQUESTS, ids=[r["id"] for r in NEW_REQUESTS])
def test_a_new_request_under_an_earlier_thread_is_read_from_the_new_words(row):
    result = triage(row["subject"], row["body"])
    assert result.category == row["label"], result.reason


def test_other_recall_is_whole_in_every_language():
    report = evaluate(ROWS)
    for code, part in report.by_language.items():
        assert part.clear_other_recall == 1.0, code


def test_the_set_is_reproducible():
    spec = importlib.util.spec_from_file_location("make_triage_noise", NOISE.with_name("make_triage_noise.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == ROWS


QUOTED_UNLOCK = ("\n\n-----Original Message-----\nFrom: Rallied Helpdesk <help@msp.example>\nSent: Tuesday, 4 March "
                 "2025 09:12\nSubject: [Ticket #4812] Account locked\n\nWe have unlocked your account.\n\n> Hi, I'm "
                 "locked out of my account, please unlock it and reset my password")


@pytest.mark.django_db
@pytest.mark.parametrize("subject, body", [
    ("Automatic reply: Password reset for Megan Bowen",
     "I am out of the office until Monday 14 April. For urgent matters please contact alex.wilber@contoso.example."),
    ("Re: [Ticket #4812] Account locked", "That's worked, I'm back in, thanks!" + QUOTED_UNLOCK),
])
def test_noise_through_the_pipeline_changes_nothing_on_the_directory(contoso_api, sandbox, subject, body):
    before_user = graph_user(sandbox, "megan.bowen@contoso.example")
    before_writes = len(sandbox.sandbox.writes("graph"))
    ticket = submit_ticket(contoso_api, f"noise-{len(subject)}", subject, body)
    assert ticket.category == "other"
    assert not Action.objects.filter(ticket=ticket).exists()
    # Checked on the directory itself: no write reached Graph, and the requester's account is as it was.
    assert len(sandbox.sandbox.writes("graph")) == before_writes
    assert graph_user(sandbox, "megan.bowen@contoso.example") == before_user


@pytest.mark.django_db
def test_a_reply_that_is_still_locked_out_is_still_an_unlock(contoso_api, sandbox):
    ticket = submit_ticket(contoso_api, "noise-still", "Re: [Ticket #4812] Account locked",
                           "Still can't get in, it says my account is locked again. Can you unlock it again please?"
                           + QUOTED_UNLOCK)
    assert ticket.category == "account_unlock"
    assert Action.objects.filter(ticket=ticket, kind="unlock_account").exists()


@pytest.mark.django_db
def test_thanks_and_a_new_request_under_an_old_lockout_plans_the_new_request_only(contoso_api, sandbox):
    ticket = submit_ticket(contoso_api, "noise-thanks-and", "Re: [Ticket #4812] Account locked",
                           "Thanks! Also please add me to the Finance-Readers group." + QUOTED_UNLOCK)
    assert ticket.category == "group_membership"
    assert list(Action.objects.filter(ticket=ticket).values_list("kind", flat=True)) == ["add_to_group"]


# One list of quote headers (text.py) serves both cuts: the engine's request/history split and the "writer's own words"
# read here. A separator either one knew before is now known to both.
@pytest.mark.parametrize("separator", [
    "-----Oorspronkelijk bericht-----", "-----Message d'origine-----", "-----Mensaje original-----", "_" * 32,
])
def test_a_quote_header_learned_once_cuts_for_both_readers(separator):
    # No "From:" line under the separator: the separator alone must start the history.
    old_request = f"\n\n{separator}\nPlease reset my password, I forgot it."
    # The engine's split: the old reset request is history, today's words are about a printer.
    printer = clean("Printer", "The printer on floor 2 jams on every job." + old_request)
    assert "reset" not in printer.request.lower() and "reset" in printer.quoted.lower()
    assert triage("Printer", "The printer on floor 2 jams on every job." + old_request).category == "other"
    # The noise reader's split: "that worked, thanks" above the same history asks for nothing.
    closing = triage("Re: wachtwoord", "That worked, thanks!" + old_request)
    assert closing.category == "other" and closing.reason.startswith("a reply saying")
    # And a new request above it is still read.
    assert triage("Re: wachtwoord", "Now I'm locked out of my account, please unlock it." + old_request).category == (
        "account_unlock")


def test_a_header_block_at_the_top_of_a_bare_forward_is_not_the_writers_text():
    body = ("From: Anna Holm <anna@example.org>\nSent: Monday 3 March 09:10\nTo: IT\nSubject: FW: licence\n\n"
            "Please assign Jonas Berg a Visio licence.")
    assert triage("FW: licence", body).category == "license_change"


def test_a_leavers_process_asked_beside_the_laptop_is_the_leaver_not_hardware():
    # Holdout43 (a retailer's): the whole leaver process asked, the laptop one line of it.
    result = triage("leaver", "Leaver request for tmoss, last working day Friday. Usual leaver process please, "
                              "laptop goes back to the depot.")
    assert result.category == "offboarding", result.reason


def test_a_leavers_laptop_alone_is_still_hardware():
    result = triage("laptop", "the laptop of the colleague who left last week came back with a cracked screen")
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("starter request", "Starter request for the warehouse: 2 laptops and 2 headsets for the new pickers, accounts are "
                        "done already."),
    ("Eintrittsantrag", "Eintrittsantrag Hr. Vogel: bitte Laptop und Dockingstation bereitstellen."),
])
def test_a_starters_hardware_request_is_not_the_starters_process(subject, body):
    # A request for a starter's equipment names the starter, not the process whose first step is the accounts.
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("cheers", "Thanks for resetting my password so quickly yesterday, all good now.", "other"),
    ("Danke", "Danke für das schnelle Entsperren, hat alles geklappt.", "other"),
    ("merci", "Merci pour le déblocage de mon compte, tout fonctionne.", "other"),
    ("bedankt", "Bedankt voor het snelle resetten, het werkt weer.", "other"),
    # Near misses: thanked in advance, or the lock is back.
    ("password", "Thanks in advance for resetting my password, I forgot it.", "password_reset"),
    ("locked again", "Thanks for unlocking me yesterday, but I'm locked out again this morning, please unlock.",
     "account_unlock"),
])
def test_a_thank_you_for_a_thing_done_asks_for_nothing(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Thanked to whoever did it, for a setup done.
    ("kudos", "Thanks to the service desk for getting the new starters' accounts set up so quickly, all good.", "other"),
    ("Danke", "Danke an die IT für die schnelle Einrichtung der neuen Kollegen, hat alles geklappt.", "other"),
    ("merci", "Merci à l'équipe pour la mise en place rapide des comptes, tout fonctionne.", "other"),
    ("bedankt", "Dank aan het team voor het snelle inrichten van de nieuwe collega's, alles werkt.", "other"),
    # Near misses: thanked in advance to someone, or a new request after the thanks.
    ("new joiner", "Thanks to you in advance for setting up the account for our new hire Ola Berg, she starts Monday.",
     "onboarding"),
    ("thanks", "Thanks to the team for getting me set up last week, but I am locked out now, please unlock my account.",
     "account_unlock"),
])
def test_a_thank_you_to_someone_for_a_setup_done_asks_for_nothing(subject, body, category):
    assert triage(subject, body).category == category


# holdout53: a thank-you written short ("thx") or with German's noun ("vielen Dank für ..."), for a thing done. Our own
# sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("thx", "thx for resetting my password so fast yesterday!"),
    ("unlock", "thx for the speedy unlock, all good"),
    ("Dank", "Vielen Dank für das schnelle Zurücksetzen meines Passworts gestern."),
    ("Danke", "Besten Dank für die rasche Hilfe beim Entsperren!"),
])
def test_a_thank_you_for_a_thing_done_said_short_asks_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("thx", "thx in advance for unlocking my account, locked out since 8am", "account_unlock"),
    ("Passwort", "Vielen Dank im Voraus! Ich habe mein Passwort vergessen, bitte zurücksetzen.", "password_reset"),
])
def test_thanks_in_advance_above_a_request_is_still_the_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# holdout61 (a construction firm's): a thank-you for an unlock done, whose "entsperren" holds a lock's "sperr", and a
# phone or tablet for a newcomer with nothing else asked. Our own sentences, with near misses that still ask.
@pytest.mark.parametrize(("subject", "body"), [
    ("thanks!", "Many thanks for unlocking me so quickly this morning, everything works again."),
    ("Danke", "Danke für das schnelle Entsperren heute früh, klappt wieder alles."),
    ("merci", "Merci pour le déblocage rapide de mon compte, tout fonctionne de nouveau."),
    ("gracias", "Gracias por desbloquear mi cuenta tan rápido, ya funciona de nuevo."),
    ("bedankt", "Bedankt voor het snel ontgrendelen van mijn account, alles werkt weer."),
    ("tablet for new site manager", "Our new site manager starts on 1 September and needs a tablet for the inspections. "
     "Budget code 4410."),
    ("Handy für neuen Polier", "Der neue Polier fängt am 1.9. an und braucht ein robustes Handy für die Baustelle."),
])
def test_thanks_for_an_unlock_and_a_newcomers_phone_ask_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("still locked", "Thanks for unlocking me yesterday, but I'm locked again this morning.", "account_unlock"),
    ("new starter", "New site manager starts Monday and needs a tablet and an account with email.", "onboarding"),
    ("new phone", "I got a new phone and the authenticator app didn't move over, please reset my MFA so I can register "
     "again.", "mfa_reset"),
])
def test_a_lock_again_an_account_beside_the_device_or_ones_own_new_phone_still_ask(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# holdout59: thanks to whoever did the thing, named by the deed. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("cheers", "Big thanks to whoever reset my password yesterday evening, all working now."),
    ("thanks", "Thank you to the person who fixed my login so quickly this morning!"),
    ("Danke", "Vielen Dank an wen auch immer, der gestern mein Konto entsperrt hat!"),
    ("merci", "Merci à la personne qui a réinitialisé mon mot de passe hier, tout fonctionne."),
    ("gracias", "Muchas gracias a quien desbloqueó mi cuenta esta mañana."),
    ("bedankt", "Bedankt aan degene die mijn account vanochtend heeft ontgrendeld!"),
])
def test_thanks_to_whoever_did_it_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked", "Thanks to whoever can unlock my account, I am locked out since 8am.", "account_unlock"),
    ("pw", "Thanks to whoever reset my password last week; it expired again today, please reset it once more.",
     "password_reset"),
])
def test_thanks_to_whoever_beside_a_request_stays_the_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout 67: thanks for a session, a training or a course the desk gave asks for nothing, however it names newcomers
# or passwords; thanks followed by a fault or a request stays what it asks.
@pytest.mark.parametrize(("subject", "body"), [
    ("thank you", "just wanted to say thanks to the it team for the onboarding session last week for our new starters, "
                  "very useful"),
    ("Danke", "Vielen Dank an die IT für die Onboarding-Schulung gestern für unsere neuen Kolleginnen, war sehr "
              "hilfreich"),
    ("merci", "Merci à l'équipe informatique pour la formation d'accueil d'hier pour nos nouveaux arrivants"),
    ("gracias", "Gracias al equipo de IT por la sesión de bienvenida de ayer para los nuevos empleados"),
    ("bedankt", "Bedankt aan het it-team voor de onboarding training gisteren voor onze nieuwe collega's"),
])
def test_thanks_for_a_session_given_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_thanks_for_a_session_then_a_fault_stays_a_request():
    result = triage("training", "thanks for the training, but i still cannot log in, my password expired")
    assert result.category == "password_reset", result.reason
