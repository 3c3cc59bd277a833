"""Classes a hospital group's administration tickets (set h79) showed triage misreading: a lock reported over in a
status update, a colleague who died, a cohort of newcomers named by their profession, a workflow stuck at someone who
left, access or a licence that worked until yesterday, and a leaver's closure said in the passive beside a side
question. Sentences are our own, not the set's.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


# A lock told in the past and said over in the same sentence: a status report, nothing to unlock (vetoes.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("update: lockouts", "The six accounts that were locked out after the certificate change are working again since "
                         "noon. We keep an eye on it."),
    ("Status Sperren", "Die gesperrten Konten der Station 3 funktionieren seit 10 Uhr wieder, Ursache war ein alter "
                       "Dienst."),
    ("comptes", "Les comptes bloqués après la mise à jour fonctionnent à nouveau depuis ce matin."),
    ("cuentas", "Las cuentas bloqueadas tras el cambio vuelven a funcionar desde las nueve."),
    ("accounts", "De geblokkeerde accounts van de balie werken weer sinds vanochtend."),
])
def test_a_lock_reported_over_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # Over once, then back: the lock is there now.
    ("locked", "My account was locked yesterday and worked again after lunch, but this morning it is locked again."),
    # Asked in so many words beside the report.
    ("unlock", "The accounts locked after the update are working again except mine; please unlock my account."),
])
def test_a_lock_still_there_or_asked_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


# A colleague who died is a leaver: their accounts are closed (joiner_leaver_words.LEAVER).
@pytest.mark.parametrize(("subject", "body"), [
    ("sad news", "Our colleague from the pharmacy passed away on Sunday. HR asked us to close his accounts."),
    ("Trauerfall", "Unsere Kollegin aus der Buchhaltung ist verstorben. Bitte ihr Konto deaktivieren."),
    ("décès", "Notre collègue de l'accueil est décédée la semaine dernière, merci de désactiver son compte."),
    ("fallecimiento", "Nuestro compañero de admisión ha fallecido. Por favor desactivad su cuenta."),
    ("overlijden", "Onze collega van de receptie is overleden. Graag zijn account blokkeren."),
])
def test_a_colleague_who_died_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # Things die too; no person's account is named to close.
    ("laptop", "My laptop battery died during the ward round and now it will not boot."),
    # A patient's death in a clinical system is a record to file, not a colleague.
    ("record", "How do I mark a deceased patient's record in the scheduling tool? The option is greyed out."),
])
def test_deaths_of_things_or_patients_are_no_leavers(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


# A cohort of newcomers named by their profession, with their start (joiner_leaver_words.NEWBIE).
@pytest.mark.parametrize(("subject", "body"), [
    ("rotation", "8 new junior doctors start on 05/09, names attached, accounts needed before then."),
    ("new nurses", "Three new agency nurses will start 14 March on ward 6, please create their accounts."),
    ("Neue Ärzte", "Vier neue Assistenzärzte beginnen am 1.4., bitte Benutzerkonten anlegen."),
])
def test_a_cohort_of_newcomers_is_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A thing that starts, or a habit: no one arrives.
    ("drivers", "The new graphics drivers starting with version 5 crash the imaging viewer."),
    ("rota", "The new nurses rota in the roster app shows the wrong shifts."),
])
def test_new_things_and_rotas_are_no_newcomers(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


# A workflow stuck at someone who left: the step is to move on, no account to close (discounts.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("invoice approval", "The invoice approval in the finance system is stuck with my old manager who left in May."),
    ("Freigabe", "Die Urlaubsfreigabe hängt bei meiner Teamleiterin fest, die ausgeschieden ist."),
])
def test_a_workflow_stuck_at_a_leaver_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_leaver_whose_account_is_asked_closed_stays_an_offboarding():
    result = triage("leaver", "Tom left last month and his approvals are stuck; please disable his account.")
    assert result.category == "offboarding", result.reason


# Access or a licence that worked until yesterday and fails since: an outage to trace (other_senses.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("share", "Since this morning the whole lab gets access denied on the results share, yesterday everything was fine."),
    ("Power BI", "The ward report says 'you need a Pro license to view this' for all the matrons since today; yesterday "
                 "it worked."),
    ("Lizenz", "Seit heute meldet Visio bei allen im Team einen Lizenzfehler, gestern war alles ok."),
])
def test_what_worked_yesterday_and_fails_today_is_an_outage(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The licence asked for in the writer's own words stays a licence request.
    ("Visio", "My Visio licence was removed overnight, yesterday it worked. Please assign it to me again.",
     "license_change"),
    # Access asked for plainly, with no story of it working before.
    ("share", "Please give me access to the results share, I am new in the lab.", "group_membership"),
])
def test_a_right_asked_in_words_stays_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# A leaver's closure said in the passive, beside a side question about something else (questions.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("retirement", "Our senior radiographer retires on Friday, her account can be closed. Archive her files? Probably "
                   "not needed."),
    ("Ruhestand", "Herr Brandt geht Ende Juni in Rente, sein Konto kann gelöscht werden. Postfach behalten? Eher nicht."),
])
def test_a_closure_said_beside_a_side_question_is_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


def test_a_question_alone_about_a_leaver_stays_a_question():
    result = triage("retirement", "Our porter retires next month. Will his account be disabled automatically?")
    assert result.category == "other", result.reason
