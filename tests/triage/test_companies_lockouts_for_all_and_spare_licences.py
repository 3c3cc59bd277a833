"""Things a warehouse operator's tickets (set h86) showed the engine read as actions: a company (a carrier, a supplier)
offboarded from a business system or failing to sign in to it, a lock shown to every user at once, licences asked
about as stock, newcomers whose logins work and whose program fails, a leaver's laptop under a "Leaver - laptop"
heading, and a question the body's first words declare. And the near readings that stay actions. The sentences are
our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _category(subject: str, body: str) -> str:
    return triage(subject, body).category


@pytest.mark.parametrize(("subject", "body"), [
    ("supplier in ERP", "please deactivate supplier Nordkraft GmbH in the purchasing system, we no longer buy from them"),
    ("Spediteur", "Bitte den Spediteur Hansa Logistik im TMS deaktivieren, der Rahmenvertrag ist ausgelaufen"),
    ("transporteur", "merci de désactiver le transporteur Duval dans l'outil de planification, contrat terminé"),
    ("vervoerder", "graag vervoerder Van Dijk verwijderen uit het planningssysteem, contract is afgelopen"),
])
def test_a_company_taken_out_of_a_business_system_is_no_offboarding(subject, body):
    assert _category(subject, body) != "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "Jonas Brandt left the company on Friday, please disable his account"),
    ("contractor finished", "contract ended for mweiss (supplier technician), remove his AD account and VPN"),
    ("vendor", "please remove the vendor engineer's VPN access, his contract ended"),
])
def test_a_leaver_whose_account_goes_is_still_offboarding(subject, body):
    assert _category(subject, body) == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("carrier login", "carrier Polar Freight can't log into the dock booking site, they say the password is wrong"),
    ("Lieferant", "Lieferant Berger kann sich nicht im Bestellportal anmelden, Passwort falsch"),
])
def test_a_company_failing_to_sign_in_is_no_reset(subject, body):
    assert _category(subject, body) == "other"


def test_ones_own_password_beside_a_carrier_is_still_a_reset():
    assert _category("password", "I forgot my password, please reset it, I need to check the carrier bookings") == \
        "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("scanner gate 3", "the gate terminal shows 'account locked' for all users since 6am, other gates are fine"),
    ("Terminal", "Das Zeiterfassungsterminal zeigt seit heute früh bei allen Mitarbeitern 'Benutzer gesperrt'"),
    ("borne", "la borne affiche 'compte bloqué' pour tous les utilisateurs depuis ce matin"),
])
def test_a_lock_shown_to_everyone_is_an_outage(subject, body):
    assert _category(subject, body) == "other"


def test_ones_own_lockout_is_still_an_unlock():
    assert _category("locked", "my account is locked since this morning, please unlock it") == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("project licences", "before the budget meeting: do we have any spare Project Plan 3 licences or must we buy more?"),
    ("Lizenz", "Haben wir noch freie Lizenzen für Acrobat Pro? Sonst bestelle ich über den Einkauf"),
    ("licences", "hebben we nog vrije licenties voor Visio? anders vraag ik budget aan"),
])
def test_licences_asked_about_as_stock_are_no_change(subject, body):
    assert _category(subject, body) != "license_change"


def test_a_licence_asked_for_is_still_a_change():
    assert _category("visio", "please assign me a Visio Plan 2 licence, my manager approved it") == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("new starters and the e-learning", "the new starters from Monday can't start the fire safety course, it freezes. "
                                        "their accounts work fine"),
    ("Neue Mitarbeiter", "Die neuen Mitarbeiter können das Schulungsvideo nicht abspielen, ihre Anmeldung funktioniert"),
])
def test_newcomers_whose_logins_work_are_no_onboarding(subject, body):
    assert _category(subject, body) != "onboarding"


def test_a_newcomer_without_accounts_is_still_onboarding():
    assert _category("new starter", "new starter Lena Vogt begins on 3 March in dispatch, please create her account "
                                    "and email") == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Leaver - laptop return", "Ms Rauch left on 30 April, HR says her accounts are already disabled. Where do I send "
                               "her laptop?"),
    ("Austritt - Notebook", "Herr Lenz ist ausgeschieden, seine Konten sind laut Personalabteilung schon deaktiviert. "
                            "Wohin mit dem Notebook?"),
])
def test_a_leavers_laptop_under_a_heading_is_hardware(subject, body):
    assert _category(subject, body) != "offboarding"


def test_a_leaver_notice_naming_the_person_is_still_offboarding():
    assert _category("Leaver: Karl Wendt", "Leaver: Karl Wendt, Dispatch, last day 31.05. Please disable his account "
                                            "and collect the laptop.") == "offboarding"


def test_a_question_declared_by_the_bodys_first_words_asks_nothing():
    assert _category("mailboxes of leavers", "quick question: how long do we keep a leaver's mailbox after they go? "
                                             "a customer keeps writing to an old address") == "other"


def test_a_request_after_the_same_words_is_still_one():
    assert _category("leaver", "quick question: Pia Horn left on Friday, can you disable her account today?") == \
        "offboarding"
