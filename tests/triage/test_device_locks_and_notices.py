"""A device's own lock and its code, a machine's licence said invalid beyond English, a leaver said by the end of their
work with us, and a notice sent only for the record (tickets/triage/devices_and_notices.py, another_kind.py). And the
near tickets that still ask: an account locked on a device, a person's licence asked, a leaver's account asked to be
closed. Near-miss set 6 (a retail chain's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("tablet", "The stock-count tablet in aisle 4 keeps rejecting the unlock PIN we were given. The other two are fine."),
    ("till screen", "Till 2 has been stuck in kiosk mode since the update, nobody can get past it."),
    ("Scanner", "Der Scanner im Lager hängt im Sperrbildschirm und nimmt den Entsperrcode nicht an."),
    ("tablette", "La tablette de la caisse n'accepte plus le code de déverrouillage depuis ce matin."),
    ("terminal", "El terminal de inventario se queda en la pantalla de bloqueo y no acepta el código de desbloqueo."),
    ("handheld", "De handheld blijft hangen op het vergrendelscherm, de ontgrendelcode werkt niet."),
])
def test_a_device_stuck_on_its_own_lock_is_not_a_locked_account(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "The tablet shows my account is locked after I typed the wrong PIN a few times, please unlock it."),
    ("Konto gesperrt", "Am Kassen-PC steht auf dem Sperrbildschirm, dass mein Konto gesperrt ist. Bitte entsperren."),
])
def test_an_account_locked_on_a_device_is_still_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("handheld", "Handheld HH-12 geeft 'licentie ongeldig' bij het opstarten van de app."),
    ("scanner", "Barcodescanner 12 meldet 'licentie ongeldig' zodra de app start. Filiaal Utrecht."),
    ("lecteur", "Le scanner du quai affiche 'licence non valide' au démarrage."),
    ("escáner", "El escáner del almacén dice 'licencia no válida' al arrancar la aplicación."),
])
def test_a_machines_licence_said_invalid_is_the_vendors(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_persons_licence_asked_for_is_still_a_licence_change():
    result = triage("licentie", "Kunnen jullie Sanne een Visio licentie geven? Ze heeft hem nodig voor de plattegronden.")
    assert result.category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("Ravi Patel", "Ravi Patel quit working for us last week. Can you turn off his account and email please?"),
    ("Austritt?", "Herr Brenner hat am Freitag bei uns aufgehört, bitte sein Konto deaktivieren."),
    ("départ", "Mme Roux a fini chez nous hier, merci de désactiver son compte."),
    ("baja", "Lucía terminó con nosotros el viernes, por favor desactivad su cuenta."),
    ("vertrek", "Pieter is gestopt bij ons, kunnen jullie zijn account blokkeren?"),
])
def test_a_person_who_finished_with_us_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("the printer", "The label printer stopped working on the second floor, can someone look?"),
    ("report", "We finished with the stock report, where should it go?"),
])
def test_things_that_finish_or_stop_are_not_leavers(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("for info", "Mark from the warehouse left on Tuesday; his manager closed his account herself. Just logging it here "
                 "for the records."),
    ("FYI", "Our new starter Amy got her login from the regional IT team yesterday. Nothing is needed from the service "
            "desk."),
    ("Info", "Frau Kaya ist ausgeschieden, ihr Konto wurde von der Zentrale deaktiviert. Kein Handlungsbedarf."),
    ("leaver FYI", "Amy from store 12 is leaving us at the end of the month. Nothing is required from the help desk, HR "
                   "handles her accounts."),
    ("Austritt Kaya", "Frau Kaya verlässt uns Ende Mai. Ihr Konto deaktiviert die Zentrale selbst, kein Handlungsbedarf."),
    ("info", "Le mot de passe de M. Petit a été changé par son manager, rien à faire de votre côté."),
    ("info", "La cuenta de Marta ya está desactivada por RR. HH., no tenéis que hacer nada."),
    ("ter info", "Het account van Joost is al door HR geblokkeerd, jullie hoeven niets te doen."),
])
def test_a_notice_for_the_record_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_notice_that_still_asks_is_read_as_its_request():
    result = triage("leaver", "Mark from the warehouse left on Tuesday. Nothing needed from you for his laptop, but "
                              "please disable his account today.")
    assert result.category == "offboarding"


# Holdout43 (a retailer's): "no action for you yet", the desk's part said to come later by its own request.
@pytest.mark.parametrize(("subject", "body"), [
    ("fyi leavers", "The April leavers are on the HR site. No action for you yet, each one comes as its own form."),
    ("ter info", "De vertrekkers van april staan op de HR-site, geen actie voor jullie, per persoon volgt een formulier."),
])
def test_no_action_for_the_desk_yet_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The matter said settled, nothing left for anyone: a thank-you, whatever it names.
    ("cheers", "Big thanks to the desk for getting my locked account back so fast yesterday. Working fine, no further "
               "action required.", "other"),
    ("Danke", "Danke für das schnelle Entsperren heute früh, alles läuft wieder. Kein weiterer Handlungsbedarf.", "other"),
    ("merci", "Merci pour le déblocage de mon compte ce matin, aucune autre action n'est nécessaire.", "other"),
    ("gracias", "Gracias por desbloquear mi cuenta, ya funciona. No se requiere ninguna acción adicional.", "other"),
    ("bedankt", "Bedankt voor het ontgrendelen van mijn account, alles werkt. Geen verdere actie nodig.", "other"),
    # Near miss: the plea stands beside it.
    ("locked again", "Locked out again this morning, please unlock me. No further action needed after that.",
     "account_unlock"),
])
def test_a_matter_said_settled_asks_for_nothing(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A fault only reported, the writer already helped.
    ("unlock page down", "The self-service unlock page throws an error. I got in another way, just reporting the "
                         "fault.", "other"),
    ("Portal", "Die Seite zum Passwort-Zurücksetzen zeigt einen Fehler. Ein Kollege hat mir geholfen, ich melde es nur.",
     "other"),
    # Near miss: reported, and a plea beside it.
    ("reset page down", "The password reset portal shows an error, just reporting it - and could you please reset my "
                        "password, I forgot it.", "password_reset"),
])
def test_a_fault_just_reported_asks_for_nothing(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# holdout53: a phone's SIM card locked by its own PIN, asking for its PUK. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("PUK", "My work phone wants a PUK code after I entered the SIM PIN wrong three times."),
    ("SIM gesperrt", "Die SIM-Karte in meinem Diensthandy ist gesperrt, ich brauche die PUK."),
    ("carte SIM", "La carte SIM de mon téléphone pro est bloquée après trois codes PIN faux."),
    ("SIM", "La tarjeta SIM del móvil de empresa está bloqueada, ¿me podéis desbloquear?"),
    ("simkaart", "Mijn simkaart is geblokkeerd, kunnen jullie de PUK opzoeken?"),
])
def test_a_sim_cards_lock_is_no_account_lockout(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "My account is locked out after three wrong passwords on the phone, please unlock it."),
    ("gesperrt", "Mein Konto ist gesperrt, seit ich das neue Handy mit SIM eingerichtet habe. Bitte entsperren."),
])
def test_an_account_locked_beside_a_phone_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


# Holdout 67: a lockout rule asked about while nobody is locked ("just a question, nobody locked right now") asks for
# no unlock; a notice that the desk need not act ("no action needed from the IT service desk") asks for nothing.
@pytest.mark.parametrize(("subject", "body"), [
    ("why is the account locked after 3 tries", "why does an account lock after only three wrong passwords? our temps keep getting locked out. "
                      "could the limit be raised to eight? just a question, nobody locked right now"),
    ("Sperrgrenze", "Warum wird das Konto schon nach drei Fehlversuchen gesperrt? Die Aushilfen werden ständig "
                    "gesperrt. Nur eine Frage, niemand ist gerade gesperrt"),
    ("verrouillage", "Pourquoi le compte se verrouille après trois essais ? Les intérimaires sont souvent bloqués. "
                     "Juste une question, personne n'est bloqué en ce moment"),
    ("bloqueo", "¿Por qué se bloquea la cuenta tras tres intentos? Los temporales se quedan bloqueados a menudo. "
                "Solo una pregunta, nadie está bloqueado ahora"),
    ("blokkering", "Waarom wordt een account na drie pogingen geblokkeerd? De uitzendkrachten worden vaak "
                   "geblokkeerd. Gewoon een vraag, niemand is nu geblokkeerd"),
    ("users locked by cleanup", "automatic message: 8 dialog users were locked by the quarterly cleanup run. no action "
                                "needed from the it service desk, the owners will ask for unlocks themselves"),
])
def test_a_rule_asked_about_or_a_lock_told_for_the_record_asks_for_no_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked", "just a question: why is my account locked? i cannot log in at all, please unlock it"),
    ("locked", "my account is locked again, nobody else is affected. please unlock me"),
])
def test_a_lock_of_the_writers_own_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


# Set h73 (an automotive parts supplier's): "just for your info" is the told-only preface spelt out; with no plea or
# question beside it, a fault that sorted itself out asks for nothing. The sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("mfa push solved", "MFA prompts stopped coming yesterday; after an app update it works again. Just for your info, "
                        "nothing to do."),
    ("authenticator fixed", "The authenticator app stopped showing codes on Monday, reinstalling it fixed it. Just for "
                            "your information."),
])
def test_a_fault_told_just_for_information_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A plea beside the preface keeps the request.
    ("MFA", "Just for your info, I got a new phone today; please reset my MFA so I can register it again.",
     "mfa_reset"),
    ("locked", "Just for your information, I am locked out again. Can you unlock my account?", "account_unlock"),
])
def test_a_plea_beside_for_your_info_keeps_the_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A change every user must make, announced ahead to the desk (set h93).
    ("heads-up", "From March the security team will require everyone to change their password every 90 days. FYI, "
                 "expect calls."),
    ("Info", "Alle Mitarbeiter müssen bis Ende Mai ihre MFA-App neu einrichten. Zur Info für den Service Desk."),
    ("info", "Tous les utilisateurs devront réenregistrer leur MFA avant le 30 juin. Pour info, la communication part "
             "lundi."),
    ("aviso", "Todos los usuarios deberán cambiar su contraseña antes del viernes, para su conocimiento."),
    ("ter info", "Alle medewerkers moeten vóór 1 juli hun MFA opnieuw registreren, ter info voor de servicedesk."),
])
def test_a_campaign_for_everyone_announced_ahead_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_person_asking_their_own_change_beside_a_campaign_still_asks():
    result = triage("mfa", "Everyone will have to re-register MFA by Friday, FYI. I have a new phone already, please "
                           "reset my MFA so I can set it up.")
    assert result.category == "mfa_reset", result.reason
