"""Meanings set h137 (a group of schools) showed, said in our own sentences: a stand-in whose cover ended and an
employer left by its sector's name are leavers (said_briefly.py, joiner_leaver_words.py); a leaving denied by its
person, a mailbox wanted made, a vendor's portal asked whose it is, and a leaver's device stuck on its activation lock
are nothing to act on (false_alarms.py, not_asked.py, questions.py, starter_hardware.py); someone arriving on a date
who needs an account is an onboarding however briefly said (settling.py). Each with near sentences that keep their
old reading.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _category(subject: str, body: str) -> str:
    return triage(subject, body).category


@pytest.mark.parametrize(("subject", "body"), [
    ("cover over", "Our agency supply teacher Mr Dale finished on Friday, please shut his login."),
    ("leaver", "The maternity cover in Year 2 ended 12th April. Please disable Kim Ode's account."),
    ("supply", "Long-term supply Ms Rahn ended yesterday - close her account please"),
    ("Vertretung", "Die Elternzeitvertretung Herr Kuhn hört am Freitag auf, bitte sein Konto sperren."),
    ("remplaçante", "La remplaçante de Mme Roy termine vendredi, merci de désactiver son compte."),
    ("invalkracht", "Onze invalkracht stopt vrijdag, graag zijn account uitschakelen."),
])
def test_a_stand_ins_cover_ended_is_a_leaver(subject, body):
    assert _category(subject, body) == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("power", "The power supply in the staff room stopped, the screen is dark."),
    ("Vertretung", "Meine Vertretung während des Urlaubs ist Herr Kuhn, er hört am Freitag auf zu arbeiten für heute."),
    ("ipad cover", "The ipad cover ended up broken, can we order a new one?"),
])
def test_supply_and_cover_in_other_senses_stay_other(subject, body):
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("remove from all", "Jo Pike has left the trust, please take her off everything"),
    ("leaver", "Mr Osei has left the school. Please remove his access."),
    ("Austritt", "Herr Brandt verlässt Ende Juni unsere Schule. Bitte sein Konto zum 1.7. deaktivieren."),
    ("Austritt", "Frau Ilic verlässt zum 30.09. die Firma, bitte Zugang danach sperren."),
    ("départ", "Mme Blanc quitte fin juin l'établissement, merci de désactiver son compte."),
])
def test_an_employer_left_by_its_sectors_name_is_a_leaver(subject, body):
    assert _category(subject, body) == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("lunch", "I left the school at noon and now my laptop won't charge"),
    ("Frage", "Herr Brandt verlässt sich auf unsere Schule, dass das WLAN funktioniert. Es ist seit gestern langsam."),
])
def test_a_school_left_in_other_senses_is_no_leaver(subject, body):
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("HR says I left", "The HR portal has me down as a leaver from last week. I'm not leaving! Will my mail stop?"),
    ("wrong end date", "Our staff system shows an end date for me. I haven't left, I work here still. Please check."),
    ("Personalsystem", "Im Personalsystem stehe ich als ausgeschieden. Ich gehe nicht weg, bitte klären."),
    ("dossier RH", "Le logiciel RH m'indique comme partant au 30/06, mais je ne pars pas."),
    ("RRHH", "El sistema de personal me marca como baja el viernes, pero no me voy."),
])
def test_a_leaving_denied_is_nothing_to_offboard(subject, body):
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "I'm not leaving until Friday myself, but Ana Ruiz has left the company: please disable her account."),
    ("leaver", "Tom Reyes has left the company, please disable his account."),
])
def test_a_leaver_beside_a_stay_until_a_date_is_still_a_leaver(subject, body):
    assert _category(subject, body) == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("new shared mailbox", "We need a shared mailbox set up for trips@example.org before term. Who signs it off?"),
    ("mailbox", "We'd like a team mailbox created for the parents' evening bookings."),
    ("Postfach", "Wir brauchen ein Funktionspostfach eingerichtet für die Anmeldungen."),
])
def test_a_mailbox_wanted_made_is_no_right_on_one(subject, body):
    assert _category(subject, body) != "mailbox_access"


def test_a_shared_mailbox_wanted_in_ones_outlook_stays_access():
    assert _category("mailbox", "I need a shared mailbox set up in my Outlook: office@example.org, full access please") \
        == "mailbox_access"


@pytest.mark.parametrize(("subject", "body"), [
    ("exam board portal", "I've forgotten my password for the exam board portal. Do you manage that or is it the board?"),
    ("portal login", "Forgot the password for the supplier portal and the reset mail never came. Do you handle those "
                     "or do I ask the supplier?"),
])
def test_whose_job_a_vendor_portal_is_asked(subject, body):
    assert _category(subject, body) == "other"


def test_a_portal_reset_asked_outright_stays_a_reset():
    assert _category("password", "I've forgotten my password, please reset it. Do you manage that or is it "
                                 "someone else for the exam site too?") == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("returned ipad", "iPad handed back by a teacher who left is stuck on activation lock. Asset 4471."),
    ("tablet", "Returned laptop from a colleague who left is asking for the previous owner's Apple ID."),
])
def test_a_leavers_device_on_its_activation_lock_is_the_devices(subject, body):
    assert _category(subject, body) == "other"


def test_a_leaver_whose_account_is_asked_closed_beside_the_device_stays_a_leaver():
    assert _category("leaver", "Ben Ross left last week, the returned iPad asks for his Apple ID. Also please "
                               "disable his account.") == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("new teacher", "Trainee teacher starting next Monday at the junior site, Ms Ada Kerr, account pls"),
    ("Neue Kollegin", "Ab 1. Oktober übernimmt Frau Mia Vogt das Sekretariat. Für sie wird ein Benutzerkonto samt Postfach benötigt."),
])
def test_someone_arriving_on_a_date_who_needs_an_account_is_onboarding(subject, body):
    assert _category(subject, body) == "onboarding"


def test_an_account_asked_please_after_its_owner_stays_its_own_matter():
    assert _category("locked", "My account is locked after the holidays, unlock my account please") == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver files", "Dan Holt left at half term. May his OneDrive documents be handed over to the head of department?"),
])
def test_a_leavers_files_asked_handed_on_is_an_offboarding(subject, body):
    assert _category(subject, body) == "offboarding"


def test_a_leavers_phone_number_handed_on_is_not():
    assert _category("leaver's number", "Eva left last month, can her mobile number be transferred to the new "
                                        "coordinator? parents still ring it") == "other"
