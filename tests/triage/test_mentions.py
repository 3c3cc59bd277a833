"""Nouns named in passing, notices sent on by rules, meetings joined and counts asked for (issue 12, unseen text).

Each class from both sides: the sentence that names the thing without asking for anything stays `other`, and the
same thing asked for in so many words stays the action. Sentences written for these tests, in five languages.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _category(subject: str, body: str) -> str:
    return triage(subject, body).category


# -- a category's noun where a question or a description happens ---------------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("Authenticator question", "Just wondering why the Authenticator asks me to approve twice on Mondays. Everything "
                               "works fine, I'm not locked out, I'm only curious if something is configured oddly."),
    ("Signature on sales@", "Mails sent from the sales@ shared mailbox carry last year's logo in the signature. All of "
                            "us can open it fine; only the signature is wrong. Is it managed centrally?"),
    ("Zwei-Faktor", "Ich frage mich, warum die Authenticator-App bei mir jeden Tag fragt. Alles funktioniert gut."),
])
def test_a_noun_named_in_a_question_or_description_asks_for_nothing(subject, body):
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The same nouns with a plea, a change verb or a failure: still the action.
    ("Authenticator", "New phone, the Authenticator is gone with the old one. Please help.", "mfa_reset"),
    ("MFA", "Can you reset my MFA? The app shows nothing.", "mfa_reset"),
    ("Shared mailbox", "Please give Ivo the finance shared mailbox from Monday.", "mailbox_access"),
    ("DL", "remove Hugo from the purchasing distribution list", "group_membership"),
    # A failure said without a sign-in word, and a terse noun-and-name ticket.
    ("MFA", "The authenticator app shows an error since this morning's update.", "mfa_reset"),
    ("2FA", "Die Zwei-Faktor-Anmeldung geht nicht, der Code kommt nie an.", "mfa_reset"),
    ("Shared mailbox", "shared mailbox for Tom", "mailbox_access"),
    ("Verteiler", "Bitte nehmen Sie Frau Lenz in die Verteilerliste Einkauf auf.", "group_membership"),
    ("Lista", "Añadid a Marta a la lista de distribución ventas@, gracias.", "group_membership"),
])
def test_the_same_nouns_asked_for_stay_requests(subject, body, category):
    assert _category(subject, body) == category


# -- a bounce from a list is mail flow, not a membership -----------------------------------------------------------

def test_a_bounce_from_a_list_is_a_delivery_question():
    body = ("Mail to the partners distribution list comes back for outside addresses. Can you check?\n\n"
            "Delivery has failed to these recipients or groups: partners@example.org 550 5.7.1 not permitted")
    assert _category("Undeliverable: update", body) == "other"


def test_a_bounce_with_a_membership_asked_for_is_still_one():
    body = ("Mail to the partners distribution list bounces with 'undeliverable' because I'm not a member. "
            "Please add me to it.")
    assert _category("Partners list", body) == "group_membership"


# -- a vendor's announcement or a training reminder forwarded by a rule ----------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("Message center: MFA changes",
     "Auto-forwarded from the admin portal.\n\nWe are retiring SMS as a second factor next quarter. Users will be "
     "asked to register the Authenticator app. No action is required if you already use it."),
    ("Training due",
     "This is an automated reminder. You have a course on passwords and MFA due Friday. Please log in to complete "
     "your training.\n\nThis message was forwarded to the helpdesk by a rule."),
    ("Erinnerung: Schulung", "Automatische Erinnerung: Ihre Schulung zur Zwei-Faktor-Anmeldung ist fällig. Bitte "
                             "nicht antworten."),
])
def test_a_forwarded_announcement_or_reminder_asks_for_nothing(subject, body):
    assert _category(subject, body) == "other"


def test_a_person_asking_about_such_a_notice_is_still_heard():
    body = ("The automated reminder says my MFA must be re-registered, but my phone was stolen yesterday and I "
            "can't approve anything. Can you reset my MFA?")
    assert _category("MFA reminder", body) == "mfa_reset"


# -- joining a meeting is not joining the company ------------------------------------------------------------------

def test_people_joining_a_meeting_on_teams_are_no_new_starters():
    body = "Please set up the training room for Friday, ten people, two of them joining on Zoom. Thanks"
    assert _category("Room for Friday", body) == "other"


def test_a_new_starter_joining_on_monday_is_still_one():
    body = "Our new accountant Mira Stone is joining on Monday; please create her account and mailbox."
    assert _category("New starter", body) == "onboarding"


# -- a count asked for, with nothing to change --------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("Licencias", "Necesito saber cuántas licencias de Project tenemos y cuántas están asignadas. No hay que cambiar "
                  "nada."),
    ("Licences", "I need to know how many Visio licences are assigned for the budget. Nothing needs changing."),
    ("Lizenzen", "Ich muss wissen, wie viele E3-Lizenzen frei sind. Es muss nichts geändert werden."),
    ("Licences", "J'ai besoin de savoir combien de licences Visio nous avons. Il n'y a rien à changer."),
    ("Licenties", "Ik moet weten hoeveel Visio-licenties er zijn. Er hoeft niets gewijzigd te worden."),
])
def test_a_count_wanted_with_nothing_to_change_is_information(subject, body):
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Licencias", "Necesito saber cuántas licencias de Visio quedan libres y, si hay una, asignadla a Pablo."),
    ("Licences", "I need to know how many Visio licences are spare; if there is one, please assign it to Dana."),
])
def test_a_count_wanted_with_a_change_asked_stays_a_licence_change(subject, body):
    assert _category(subject, body) == "license_change"


# -- a membership the writer finds missing --------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("payroll list", "never got the payroll update mail, turns out I'm not on the payroll mailing list. joined in May."),
    ("Verteiler", "Die Info-Mails kommen bei mir nie an, ich bin wohl nicht in der Verteilerliste Vertrieb."),
])
def test_a_list_the_writer_is_not_on_asks_to_join_it(subject, body):
    assert _category(subject, body) == "group_membership"


# -- a need the writer asks about (holdout66) -------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("2fa rollout", "we were told to enrol in 2FA before the end of the month. do we need a work phone for the app "
                    "or is a personal one fine?"),
    ("MFA Einführung", "Laut Rundmail müssen wir uns bis Monatsende für MFA registrieren. Brauche ich dafür ein "
                       "Diensthandy?"),
    ("MFA obligatoire", "On nous demande d'activer la MFA avant la fin du mois. Ai-je besoin d'un téléphone "
                        "professionnel ?"),
    ("MFA obligatorio", "Nos piden activar MFA antes de fin de mes. ¿Necesito un móvil de empresa para eso?"),
    ("MFA verplicht", "We kregen een mail dat MFA voor het einde van de maand verplicht wordt. Heb ik daar een "
                      "telefoon van de zaak voor nodig?"),
])
def test_a_need_asked_about_beside_the_authenticator_asks_for_nothing(subject, body):
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("mfa", "new phone since monday, i need the mfa moved over to it. do i need to bring the old one?"),
    ("MFA", "I need MFA reset please, the app is gone with my old phone"),
])
def test_a_need_stated_beside_a_question_still_asks(subject, body):
    assert _category(subject, body) == "mfa_reset"
