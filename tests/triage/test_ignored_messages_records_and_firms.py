"""Readings an insurer's tickets (set h87) showed missing; the sentences are our own, in the languages each meaning
is said in, each beside a near sentence that must keep its reading:

- the writer's own earlier message to be ignored: a withdrawal (already_done.py);
- a door badge of a leaver: the building's hardware, no account (starter_hardware.py);
- a group word naming an insurance product or a team's lead (other_senses.py);
- a distribution list or group itself to be made, said in the passive or verb-last (vetoes.py);
- a chase named as one, or a request said raised before without its pronoun (process_records.py);
- many people locked out in a window, and a stale password blamed on something unnamed (process_records.py);
- an application's Unlock button or a business record to unlock (another_kind.py);
- the public's second factor, a customer's portal login to close, our system or the vendor's asked (other_parties.py);
- a firm offboarded, not a person (stays_or_goes.py);
- Power BI Pro said by its short name (vocabulary.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _other(subject: str, body: str) -> None:
    result = triage(subject, body)
    assert result.category == "other", result.reason


def _category(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("disregard", "Please disregard my e-mail from this morning about the password, I found the new one in my notes."),
    ("password", "Ignore my earlier call about my password please, I got back in with the reset link."),
    ("Passwort", "Bitte ignorieren Sie meine Anfrage von heute früh zum Passwort, hat sich geklärt."),
    ("mot de passe", "Ignorez ma demande de ce matin pour le mot de passe, c'est bon."),
    ("contraseña", "Por favor ignoren mi correo anterior sobre la contraseña, ya entré."),
    ("wachtwoord", "Negeer mijn melding van vanochtend over het wachtwoord, het lukt weer."),
])
def test_the_writers_own_message_to_ignore_withdraws_it(subject, body):
    _other(subject, body)


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Something else ignored, and a new request made: still the request.
    ("password", "Ignore the warning e-mail, it was a test. Please reset my password, I forgot it over the holiday.",
     "password_reset"),
    ("access", "Please ignore my last message, I meant the other list: please add me to the Payroll-Readers group.",
     "group_membership"),
])
def test_a_new_request_beside_an_ignored_message_stays(subject, body, category):
    _category(subject, body, category)


@pytest.mark.parametrize(("subject", "body"), [
    ("door pass", "A leaver from March still has his key fob, can it be cancelled at reception?"),
    ("Ausweis", "Die ausgeschiedene Kollegin hat ihre Zutrittskarte nie zurückgegeben, kann die gesperrt werden?"),
    ("badge", "Le collaborateur qui a quitté l'entreprise n'a jamais rendu son badge, pouvez-vous le désactiver ?"),
])
def test_a_leavers_door_badge_is_hardware(subject, body):
    _other(subject, body)


def test_a_leavers_account_beside_the_badge_stays_an_offboarding():
    _category("leaver", "Tom Reyes left on Friday, please disable his account; he also kept his door badge.",
              "offboarding")


@pytest.mark.parametrize(("subject", "body"), [
    ("Import hängt", "Der Import der Gruppenlebensversicherung Firma Nordbau steht seit heute früh auf Fehler."),
    ("renewal", "The group income protection renewal file for Harlow Ltd failed to load into the quote tool."),
    ("Rolle", "Brauche im Schadensystem die Rolle Prüfer, Freigabe durch meinen Gruppenleiter liegt vor."),
    ("import", "L'import du contrat de prévoyance de groupe Durand est bloqué depuis hier."),
    ("import", "De import van de groepsverzekering van klant Jansen blijft hangen."),
])
def test_a_group_word_naming_a_product_or_a_lead_is_no_membership(subject, body):
    _other(subject, body)


@pytest.mark.parametrize(("subject", "body"), [
    ("Gruppe", "Bitte nehmen Sie mich in die Gruppe SG-Schaden-Lesen auf, mein Gruppenleiter hat zugestimmt."),
    ("group", "Please add me to the SG-Claims-Readers group, approved by my group leader."),
    # A group leader taken off or put on a list by name, with no group word for the list itself.
    ("off the list", "Now that I'm a team group leader, please take me off all-analysts-north, I get it all twice."),
    ("Verteiler", "Bin jetzt Gruppenleiter, nehmt mich bitte aus dem Verteiler alle-sachbearbeiter raus."),
])
def test_a_directory_group_beside_a_group_leader_is_still_a_membership(subject, body):
    _category(subject, body, "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("new list", "Could you create a new distribution list dl-fleet-claims, with me as owner? I'll fill it myself."),
    ("Verteiler", "Wir brauchen einen neuen Verteiler für das Projekt, bitte neuen Verteiler Projekt-Nord anlegen."),
    ("liste", "Pouvez-vous créer une nouvelle liste de diffusion pour l'équipe sinistres ? J'en serai le propriétaire."),
    ("lijst", "Graag een nieuwe distributielijst voor het schadeteam aanmaken, ik word eigenaar."),
])
def test_a_list_to_create_asks_nobodys_membership(subject, body):
    _other(subject, body)


def test_people_added_to_a_list_made_earlier_keep_the_membership():
    _category("list", "Please add Ann Fry to the new distribution list dl-fleet-claims that Tom created last week.",
              "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("chasing RITM0082231", "Still waiting on this one: access to the broker reports group."),
    ("follow up", "Following up on REQ-20931 for the Visio licence, nothing has happened."),
    ("list", "Raised a request on Monday to be put on the motor claims mailing list, still nothing. Any update?"),
])
def test_a_chase_asks_for_the_first_requests_state(subject, body):
    _other(subject, body)


def test_a_request_with_a_plea_beside_a_number_stays():
    _category("group", "Please add me to the SG-Motor-Claims group, my manager approved it.", "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("lockouts", "At least 15 users got locked out in the last 30 minutes, all on the new VPN client. Something wrong?"),
    ("Sperrungen", "Seit dem Update heute Morgen sind 12 Mitarbeiter gesperrt worden, was ist da los?"),
    ("bloqueos", "18 usuarios bloqueados en la última hora en el centro de llamadas."),
])
def test_many_people_locked_in_a_window_is_a_cause_to_find(subject, body):
    _other(subject, body)


@pytest.mark.parametrize(("subject", "body"), [
    ("locked again", "Third time this week my account locks. Something must still have my old password, can you find "
                     "out what?"),
    ("gesperrt", "Bin schon wieder gesperrt, irgendwas nutzt wohl noch mein altes Passwort."),
])
def test_a_stale_password_blamed_on_something_is_a_source_to_trace(subject, body):
    _other(subject, body)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked", "I am locked out of my account, please unlock it.", "account_unlock"),
    ("locked", "My colleague Jan Smit is locked out since 8, please unlock him.", "account_unlock"),
])
def test_one_lock_asked_open_stays_an_unlock(subject, body, category):
    _category(subject, body, category)


@pytest.mark.parametrize(("subject", "body"), [
    ("unlock", "Quote Q-48812 is stuck in approval and the Unlock button does nothing."),
    ("payment", "I can't unlock the invoice for payment in the finance tool, it stays read-only."),
    ("Entsperren", "Der Entsperren-Button im Schadenfall ist ausgegraut."),
    ("bouton", "Le bouton Déverrouiller du dossier ne fait rien."),
    ("botón", "El botón Desbloquear del siniestro no hace nada."),
])
def test_an_applications_unlock_button_or_record_is_no_account(subject, body):
    _other(subject, body)


def test_an_account_to_unlock_beside_a_record_stays():
    _category("locked", "My account got locked after I mistyped the password, please unlock it.", "account_unlock")


@pytest.mark.parametrize(("subject", "body"), [
    ("codes", "Lots of customers today saying the verification code for the app never arrives."),
    ("app", "A customer on the phone (ref 55120) says the portal app locked him out, he wants it unlocked."),
    ("Kundenportal", "Der Kunde hat gekündigt und möchte, dass sein Konto im Kundenportal gelöscht wird."),
    ("GutachtenNet", "Unser Zugang zum Partnerportal ist gesperrt. Liegt das an unserem System oder das vom Anbieter?"),
    ("portal", "The carrier portal says my login is locked. Is that our system or the vendor's?"),
])
def test_the_publics_and_other_parties_logins_are_theirs(subject, body):
    _other(subject, body)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("authenticator", "I got a new phone, please reset my MFA so I can set up the authenticator again.", "mfa_reset"),
    ("leaver", "Anna Kraus leaves on Friday, please disable her account.", "offboarding"),
])
def test_staffs_own_factor_and_leaver_stay(subject, body, category):
    _category(subject, body, category)


@pytest.mark.parametrize(("subject", "body"), [
    ("offboard vendor", "Contract with the supplier ended, please offboard the vendor and close them in the ERP."),
    ("Lieferant", "Lieferanten-Offboarding für Firma Kessler: bitte Kreditor sperren."),
])
def test_a_firm_offboarded_is_no_leaver(subject, body):
    _other(subject, body)


def test_a_person_of_the_firm_offboarded_stays_an_offboarding():
    _category("offboard", "Please offboard the supplier's engineer Mark Dunn and disable his account today.",
              "offboarding")


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("PBI", "Please assign PBI Pro to Lena Ortiz, she builds the fleet dashboards now.", "license_change"),
    ("PBI", "The PBI report on the claims backlog shows last week's data.", "other"),
])
def test_power_bi_pro_by_its_short_name(subject, body, category):
    _category(subject, body, category)
