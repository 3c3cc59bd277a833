"""The classes issue 12 found the rules missing on unseen tickets, read from both sides and in five languages.

Each rule is tested with tickets it must act on and with the tickets around it that it must leave to a person: a
wrong action category costs more than a hand-off. These phrasings are not in any labelled set.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage

SELF_SERVICE = {"password_reset", "account_unlock", "mfa_reset", "session_revoke"}


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A bare statement of the state, no request verb.
    ("Locked", "Hi, my user account is locked since lunchtime.", "account_unlock"),
    ("Konto", "Mein Benutzerkonto ist gesperrt.", "account_unlock"),
    ("compte", "Bonjour, mon compte utilisateur est verrouillé depuis hier soir.", "account_unlock"),
    ("cuenta", "Tengo la cuenta bloqueada desde el lunes.", "account_unlock"),
    ("account", "Mijn gebruikersaccount is vergrendeld.", "account_unlock"),
    ("sign in", "Cannot sign in this morning, I need a new password.", "password_reset"),
    ("mdp", "J'ai oublié mon mot de passe Windows.", "password_reset"),
    ("contraseña", "Mi contraseña ha caducado y no puedo entrar.", "password_reset"),
    ("wachtwoord", "Ik weet mijn wachtwoord niet meer.", "password_reset"),
])
def test_a_bare_statement_of_the_problem_is_a_request(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    ("phone", "Mon téléphone est bloqué, il demande un code PUK."),
    ("móvil", "El móvil de empresa está bloqueado y pide el PIN."),
    ("file", "The budget file is locked by another user since this morning."),
    ("deur", "De deur van de serverruimte is vergrendeld, wie heeft de sleutel?"),
    ("proxy", "Le site du fournisseur est bloqué par le proxy."),
    ("Austritt", "Das Konto von Herrn Lutz soll zum 30.06. gesperrt werden."),
])
def test_something_else_that_is_locked_is_not_an_unlock(subject, body):
    assert triage(subject, body).category != "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("Visio", "Need Visio Plan 2 for the warehouse drawings."),
    ("licence", "Project Plan 3 for Amir please, he's taking over the schedules."),
    ("E5", "Can Grace get E5? She needs the Defender features."),
    ("Lizenz", "Bitte für Frau Ott Power BI Pro zuweisen."),
    ("licence", "Merci de passer Lucie de Business Standard à Business Premium."),
    ("licencia", "Necesito Copilot para redactar las ofertas."),
    ("licentie", "Graag Visio weghalen bij Tim, hij gebruikt het niet."),
    ("Project", "need microsoft project for the new site planning"),
])
def test_a_licence_named_only_by_its_product_is_a_licence_change(subject, body):
    assert triage(subject, body).category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("Visio", "Visio crashes every time I open the floor plan."),
    ("Power BI", "The Power BI dashboard is not loading since the update."),
    ("Copilot", "Copilot has disappeared from the Word ribbon."),
])
def test_a_product_named_in_a_fault_is_not_a_licence_change(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("shared mailbox", "The orders@ shared mailbox stopped updating in Outlook, the web version is fine."),
    ("calendar", "The team calendar won't load in Outlook, just a blank page."),
    ("Postfach", "Das gemeinsame Postfach service@ synchronisiert nicht mehr."),
    ("boîte", "La boîte partagée devis@ a disparu de mon Outlook."),
    ("buzón", "El buzón compartido soporte@ no se actualiza desde ayer."),
    ("mailbox", "De gedeelde mailbox sales@ synchroniseert niet meer."),
    ("Postfach", "Das Funktionspostfach einkauf@ wird in Outlook nicht mehr angezeigt."),
    ("Outlook", "Outlook keeps prompting for my password even after I type it."),
    ("Kennwort", "Outlook fragt mich ständig nach dem Kennwort."),
    ("mot de passe", "Outlook me redemande mon mot de passe toutes les cinq minutes."),
])
def test_a_misbehaving_mailbox_or_application_is_not_an_access_request(subject, body):
    result = triage(subject, body)
    assert result.category == "other" and result.needs_human


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("shared mailbox", "Please give Omar access to the orders@ shared mailbox.", "mailbox_access"),
    ("Postfach", "Bitte Frau Ott Vollzugriff auf das gemeinsame Postfach service@ geben.", "mailbox_access"),
    ("boîte", "Merci de donner à Inès l'accès à la boîte partagée devis@.", "mailbox_access"),
    ("Outlook", "I forgot my password and now Outlook won't open, please reset it.", "password_reset"),
])
def test_a_request_beside_a_symptom_is_still_a_request(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    ("FW: Unusual sign-in activity", "FYI\n\nFrom: Microsoft account team\nSubject: Unusual sign-in activity\n"
     "We blocked a sign-in attempt to your account from an unrecognised location. If this was you, you can ignore "
     "this. If not, reset your password."),
    ("Okta alert", "Is this legit?\n> Your account was locked after suspicious sign-in attempts from an unusual "
     "location. If this wasn't you, contact your administrator."),
    ("WG: Sicherheitswarnung", "Bitte prüfen.\n\n> Wir haben eine verdächtige Anmeldung bei Ihrem Konto blockiert."),
    ("TR: alerte", "C'est grave ?\n> Tentative de connexion bloquée sur votre compte. Si c'était vous, ignorez."),
    ("RV: alerta", "¿Qué hago?\n> Hemos bloqueado un inicio de sesión sospechoso en su cuenta."),
    ("Fwd: melding", "Klopt dit?\n> We hebben een verdachte aanmelding op uw account geblokkeerd."),
    ("expiry mail", "I got a mail saying my password expires today with a link to keep it. Is this phishing?"),
])
def test_a_forwarded_sign_in_alert_is_never_a_self_service_action(subject, body):
    result = triage(subject, body)
    assert result.category not in SELF_SERVICE and result.needs_human


@pytest.mark.parametrize(("subject", "body"), [
    ("access", "Could you add Sara Lind to HR-Managers?"),
    ("access", "please add me to vpn-users so I can work from home"),
    ("Billing", "Can you put Mark in the Marketing Team please"),
    ("Sales-All", "Please remove Craig Dunn from Sales-All, he moved to the warehouse."),
    ("Team", "Bitte Jana ins Team Vertrieb hinzufügen."),
    ("équipe", "Pouvez-vous mettre Hugo dans l'équipe Export ?"),
    ("team", "Kunnen jullie Sem in het team Planning zetten?"),
    ("access", "Could Omar be added to SG-Finance-Approvers? His manager agreed."),
    ("access", "please add user qrst.uvwx to sg-lab-technicians"),
])
def test_a_group_named_without_the_word_group_is_group_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("printer", "Can you add the new printer to the 2nd-floor network?"),
    ("shortcut", "Please add a shortcut to the HR-Portal on my desktop."),
    ("Excel", "How do I add a drop-down to the Q3-Forecast sheet?"),
    ("lunch", "Add Jo to the team lunch list."),
    ("files", "Please put the invoices in the Billing-Archive folder."),
])
def test_a_thing_added_to_something_hyphenated_is_not_a_membership(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("sessions", "Please sign Ana Ruiz out of all sessions, her laptop was stolen at the airport."),
    ("sign out", "I used a shared PC at the conference, can you log me out everywhere?"),
    ("Sitzungen", "Bitte alle Sitzungen von Herrn Ott beenden, sein Handy ist weg."),
    ("sessions", "Merci de fermer toutes les sessions de Paul, il a perdu sa tablette."),
    ("sesiones", "Cerrad todas las sesiones de Marta, le robaron el portátil."),
    ("sessies", "Graag alle sessies van Bram intrekken, zijn laptop is gestolen."),
])
def test_a_standalone_sign_out_everywhere_is_a_session_revoke(subject, body):
    assert triage(subject, body).category == "session_revoke"


@pytest.mark.parametrize(("subject", "body"), [
    ("RDP", "My remote desktop session got terminated twice today."),
    ("Teams", "Teams signs me out every morning, is that normal?"),
    ("Skype", "I have to attend a few Skype sessions this week but my headset is broken."),
])
def test_an_application_that_signs_out_is_not_a_session_revoke(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("body", "language"), [
    ("Goedemorgen, mijn account is geblokkeerd na te veel pogingen. Graag deblokkeren.", "nl"),
    ("Buenos días, olvidé mi contraseña, ¿me la pueden restablecer por favor?", "es"),
    ("Bonjour, merci d'ajouter Léa à la liste de diffusion commerciaux@.", "fr"),
])
def test_the_language_comes_with_the_category(body, language):
    result = triage("Ticket", body)
    assert result.category != "other" and result.language == language


@pytest.mark.parametrize(("subject", "body"), [
    ("New starter", "We have a new starter, Ben Ortiz, next week. He will need an account and an e-mail address."),
    ("Incorporación", "El lunes se incorpora una nueva compañera, Sara Gil. Necesita una cuenta de usuario."),
])
def test_a_joiner_who_needs_an_account_is_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


def test_needing_an_account_for_an_application_is_not_onboarding():
    assert triage("Portal", "I need an account for the supplier portal, who can set that up?").category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("password", "Forgot it over the weekend, can't log in."),
    ("Passwort", "Habe es im Urlaub vergessen."),
    ("mot de passe", "Je l'ai oublié, merci."),
])
def test_a_pronoun_stands_for_the_password_the_subject_names(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("badge", "Forgot it at home, can I get a day pass?"),
    ("guest wifi password", "Forgot it, what was it again? Our visitors are here."),
])
def test_forgetting_something_else_is_not_a_reset(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("dl mails", "i am not receiving emails sent to the dl since yesterday", "other"),
    ("mailbox", "Mails from suppliers are not arriving in the team mailbox since this morning.", "other"),
    ("Verteiler", "Die Mails an den Verteiler vertrieb@ kommen bei mir nicht mehr an.", "other"),
    ("dl", "Please add me to the Sales DL, I am not receiving the weekly mails.", "group_membership"),
])
def test_mail_that_does_not_arrive_is_a_fault_unless_someone_asks_to_be_added(subject, body, category):
    assert triage(subject, body).category == category
