"""A question said to be only a question, a password changed already with something else failing since, hardware for
a starter whose accounts are asked elsewhere, a customer's own online login, the self-service reset's page erring, and
someone else away beside a request; and on the other side, requests said in words the engine did not know: a screen's
"password expired" told in quotes under a forward, an expired password named before its noun, a change the policy
refuses, access asked after a mailbox's address, a prefixed group needed, a licence request form, a newcomer who
started already with no account (tickets/triage/disclaimed.py, already_done.py, not_the_account.py, noise.py,
said_briefly.py, patterns.py).

holdout41 (a bank's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # Only a question, said so.
    ("Authenticator abroad", "will the authenticator push notifications still arrive in Canada without roaming? just "
                             "asking"),
    ("MFA im Urlaub", "Funktioniert die Authenticator-App im Ausland ohne mobile Daten? Frage nur vorab."),
    ("MFA à l'étranger", "est-ce que l'application d'authentification marche sans réseau ? je demande juste"),
    ("MFA", "werkt de authenticator app ook zonder internet? gewoon een vraag"),
    # A password changed already; what fails since holds the old one.
    ("PW geändert", "seit der Passwortänderung heute früh synchronisiert das iPad keine Mails mehr, das neue Passwort "
                    "habe ich dort schon eingetragen"),
    ("Phone calendar", "since I changed my password on Monday my phone won't sync the calendar"),
    ("Teams", "depuis que j'ai changé mon mot de passe, Teams me déconnecte toutes les heures"),
    ("VPN", "desde que cambié mi contraseña el portátil no conecta a la VPN"),
    ("Tablet", "sinds ik mijn wachtwoord heb gewijzigd werkt de mail op mijn tablet niet meer"),
    # Hardware for a starter; the accounts are asked by another route.
    ("Laptop for starter", "laptop and two monitors for the new starter in finance, starts 1 March. accounts were "
                           "requested via the HR portal already"),
    ("Praktikanten", "Hardware: 2 Notebooks für die neuen Praktikanten ab 1.4. Konten werden getrennt über das "
                     "HR-Formular beantragt"),
    # A customer's own login, told by the staff member they called.
    ("Customer locked", "customer called, her web portal account is locked after too many tries, can you unlock it?"),
    ("Client", "le client a appelé, son compte en ligne est bloqué"),
    # The self-service reset's page erring, whatever the step.
    ("Reset site", "the password self-service site shows an error code 500 when I try to enrol my phone number"),
    ("SSPR", "Die Self-Service-Passwortzurücksetzung zeigt mir einen Fehler bei der Registrierung"),
    ("Resetpagina", "de wachtwoord-resetpagina geeft een foutmelding"),
    # An out-of-office still is one.
    ("Out of office", "I am out of the office until 3 June with limited access to email. For urgent matters contact "
                      "the service desk."),
    # A form with a fault field, and a sentence naming a product: no licence asked.
    ("Visio", "Product: Visio Plan 2\nProblem: crashes on start"),
    ("Crash", "the product: Visio keeps crashing when I open big drawings"),
    # A newcomer whose directory login works; what is left is an application's account.
    ("New nurse", "New nurse started today, her Windows login works but she needs a rota system account. Same as the "
                  "other band 5s."),
    # A group that itself is to change.
    ("Rename", "GG_Sales_RW needs to be renamed to GG_Sales_Modify, it's confusing"),
])
def test_questions_changes_made_and_things_not_ours_are_for_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A request beside "just asking" stays a request.
    ("Locked", "just asking: my account is locked again, please unlock it", "account_unlock"),
    ("New phone", "new phone, the authenticator needs to be moved to it", "mfa_reset"),
    # A password changed, then forgotten or refused: still a reset.
    ("Forgot", "since the password change last week I forgot the new one, please reset it", "password_reset"),
    ("Refused", "after the password change on Friday the laptop doesn't take my password anymore, not accepted at all",
     "password_reset"),
    # A starter whose account is asked in the same ticket.
    ("Neue Mitarbeiterin", "Neue Mitarbeiterin ab 1.4. in der Buchhaltung, bitte Konto anlegen und Laptop bereitstellen",
     "onboarding"),
    # Our colleague's own lock, at a customer's site.
    ("Locked", "I was at the customer all day and my account got locked, please unlock", "account_unlock"),
    # A forgotten password with the reset page erring, the reset asked.
    ("Forgot", "I forgot my password and the self-service password reset page gives an error, please reset my password",
     "password_reset"),
    # Someone else away, beside the writer's own request.
    ("Gruppe", "Kann ich in die Gruppe Einkauf aufgenommen werden? Der Besitzer ist im Urlaub bis zum 12.",
     "group_membership"),
    # What a screen said, told in quotes under a forward.
    ("FW: VPN password expired", "From: k.meier@example.com\n\nHello,\nthe VPN client shows \"password expired, "
                                 "contact your administrator\" and won't let me change it.\n\nKarl Meier",
     "password_reset"),
    # An expired password named before its noun.
    ("Desktop", "expired password on my desktop in the back office, can't get in at all", "password_reset"),
    ("Kasse", "Abgelaufenes Kennwort am Kassenrechner, komme nicht mehr rein", "password_reset"),
    # A change the policy refuses.
    ("Complexity", "when I change my password it says it does not meet the complexity requirements, tried many. help",
     "password_reset"),
    ("Richtlinien", "Passwort ändern klappt nicht: \"entspricht nicht den Kennwortrichtlinien\", egal was ich eingebe",
     "password_reset"),
    ("Exigences", "changer le mot de passe : \"ne respecte pas les exigences de complexité\" à chaque essai",
     "password_reset"),
    ("Eisen", "wachtwoord wijzigen lukt niet, voldoet niet aan de eisen volgens Windows", "password_reset"),
    # Access asked bare after the mailbox's address.
    ("Claims", "trying to open claims@ from outlook, it says I don't have permission. could I have access? manager is "
               "fine with it", "mailbox_access"),
    ("Payroll", "payroll@firma.de öffnet sich nicht, keine Berechtigung. Kann ich Zugriff bekommen?", "mailbox_access"),
    # A prefixed group needed.
    ("Treasury", "new analyst mkoch needs SG_Treasury_Read to see the cash reports. approved by her lead",
     "group_membership"),
    ("Compta", "l'utilisateur pdurand a besoin de GRP_Compta_Lecture", "group_membership"),
    ("Dossiers", "kvos heeft GG_HR_Dossiers nodig voor het nieuwe dossiersysteem", "group_membership"),
    # A licence request form.
    ("Visio request", "Product: Visio Plan 2\nUser: mdekker\nReason: process maps for the audit", "license_change"),
    # A newcomer who started already and has no account.
    ("New hire", "new hire Tom joined yesterday in logistics and has no login yet, can you set him up?", "onboarding"),
])
def test_the_near_requests_stay_requests(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout54 (a manufacturer's): a newcomer's hardware ordered, the accounts said to come by another route, in five
# languages; the account asked made here stays an onboarding.
@pytest.mark.parametrize(("subject", "body"), [
    ("new starter kit", "New planner in the warehouse from the 3rd: please order a laptop and a headset. Her account "
                        "comes via the HR portal."),
    ("Neue Kollegin", "Neue Kollegin ab 1.4. im Einkauf, bitte Notebook und Dockingstation bestellen. Das Konto kommt "
                      "über das Personalsystem."),
    ("nouvel arrivant", "Nouvel arrivant à la logistique lundi, merci de commander un portable. Son compte arrive via "
                        "les RH."),
    ("nuevo compañero", "Nuevo compañero en almacén el día 5, pedid un portátil por favor. La cuenta viene por RRHH."),
    ("nieuwe collega", "Nieuwe collega op de planning vanaf maandag, graag een laptop bestellen. Het account komt via "
                       "HR."),
])
def test_a_newcomers_hardware_with_the_account_coming_another_way_is_no_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_newcomers_account_asked_here_with_the_hardware_coming_another_way_is_an_onboarding():
    body = "New planner in the warehouse from the 3rd: please create her account, the laptop comes via purchasing."
    assert triage("new starter", body).category == "onboarding"
