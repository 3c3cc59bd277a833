"""Access said to work again and the ticket closed with an adverb between the modal and its passive ("kann also
geschlossen werden"), and a new password the writer says is known (tickets/triage/already_done.py). And the near
tickets that still ask: access that works again but a right still missing, a close beside an account still locked, a
new password not known or asked to be sent. Near-miss set 7 (a bus and tram operator's) showed them; the sentences are
our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Planning calendar", "My access to the planning calendar mailbox is working again since lunch, you can close the ticket."),
    ("Postfach", "Der Zugriff auf das Postfach Einkauf funktioniert seit heute wieder, danke. Das Ticket kann geschlossen werden."),
    ("Boîte partagée", "Mon accès à la boîte partagée compta fonctionne de nouveau, vous pouvez clôturer le ticket."),
    ("Buzón compartido", "Mi acceso al buzón compartido de ventas funciona otra vez, se puede cerrar la incidencia."),
    ("Gedeelde mailbox", "Mijn toegang tot de gedeelde mailbox inkoop werkt weer, het ticket kan dus gesloten worden."),
    ("Konto", "Mein Konto hat der Kollege am Telefon schon entsperrt. Das Ticket kann jetzt geschlossen werden."),
])
def test_access_that_works_again_with_the_ticket_closed_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Shared mailbox", "Access to the finance shared mailbox works again but I still can't send as it, please give me "
                       "Send As on it.", "mailbox_access"),
    ("Konto", "Das Konto ist immer noch gesperrt, bitte entsperren. Das alte Ticket kann geschlossen werden.",
     "account_unlock"),
    ("Postfach", "Der Zugriff auf das Postfach Einkauf funktioniert seit heute wieder nicht. Bitte Zugriff geben.",
     "mailbox_access"),
])
def test_a_change_still_asked_beside_it_is_still_that_change(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    ("Konto gesperrt", "Bitte mein Konto entsperren, das Handy hatte noch das alte Passwort gespeichert. Das neue Passwort "
                       "kenne ich."),
    ("Locked out", "Please unlock my account, the tablet kept trying the old password. I know the new password."),
    ("Compte bloqué", "Pouvez-vous débloquer mon compte ? La tablette essayait l'ancien. Je connais le nouveau mot de passe."),
    ("Cuenta bloqueada", "¿Podéis desbloquear mi cuenta? El móvil probaba la antigua. Ya sé la nueva contraseña."),
    ("Account geblokkeerd", "Kunnen jullie mijn account ontgrendelen? De laptop probeerde het oude. Het nieuwe wachtwoord "
                            "weet ik."),
])
def test_an_unlock_whose_new_password_is_known_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Konto gesperrt", "Bitte mein Konto entsperren. Das neue Passwort kenne ich leider nicht."),
    ("Locked out", "Please unlock my account, I don't know the new password."),
    ("Compte bloqué", "Pouvez-vous débloquer mon compte ? Je ne connais pas le nouveau mot de passe."),
    ("Cuenta bloqueada", "¿Podéis desbloquear mi cuenta? No sé la nueva contraseña."),
    ("Account geblokkeerd", "Kunnen jullie mijn account ontgrendelen? Het nieuwe wachtwoord weet ik niet."),
    ("Passwort", "Bitte das Passwort von Herrn Kaya zurücksetzen und das neue Passwort an mich schicken."),
])
def test_a_new_password_not_known_or_asked_to_be_sent_is_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason
