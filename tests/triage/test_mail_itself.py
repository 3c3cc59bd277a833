"""Mail itself going wrong (tickets/triage/mail_itself.py): a shared mailbox that receives nothing or loses its mails,
a leaver's old address whose senders get a bounce or are to be pointed elsewhere, and a newcomer's first mail or first
password that reached the wrong person or nobody. Each is `other`; the near requests stay what they are.

Meanings that came back wrong in sets h86, h90, h91, h92 and h95; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A shared mailbox's own fault.
    ("orders@ empty", "The shared mailbox orders@ has not received a single mail since 8 this morning. Everyone still has access."),
    ("Team mailbox", "Nothing new comes in to the team mailbox claims@ since the weekend, senders get no error."),
    ("Funktionspostfach", "Im Funktionspostfach einkauf@ kommen seit heute früh keine Mails mehr an."),
    ("Boîte partagée", "La boîte partagée compta@ ne reçoit plus rien depuis hier soir."),
    ("Buzón compartido", "El buzón compartido ventas@ ya no recibe correos desde ayer."),
    ("Gedeelde mailbox", "De gedeelde mailbox planning@ ontvangt geen mail meer sinds vanochtend."),
    ("Mails weg", "Aus dem Teampostfach service@ verschwinden seit Montag Mails, eine Regel gibt es nicht."),
    ("Deleted mails", "A colleague deleted all of last week's mails in the shared mailbox hr-desk@. Can you bring them back?"),
    ("Courriels supprimés", "Quelqu'un a supprimé des courriels dans la boîte partagée achats@, pouvez-vous les récupérer ?"),
    # A leaver's old address, bounced or to be pointed elsewhere.
    ("Old address", "Clients writing to Karl's old address since he left get a bounce. Could they be pointed to team-b@ instead?"),
    ("Leaver auto reply", "Mara left in June. Please set an automatic reply on her address telling people to contact desk@."),
    ("Abwesenheitsnotiz", "Herr Ost ist ausgeschieden, Konto ist schon deaktiviert. Bitte eine Abwesenheitsnotiz mit Verweis auf zentrale@ einrichten."),
    # A newcomer's first mail gone astray.
    ("Welcome mail", "The welcome e-mail with the first password for our new trainee went to the wrong manager. What now?"),
    ("Starter", "Our new starter says she never got the welcome mail with her login details. She begins on Monday."),
    ("Willkommensmail", "Die Willkommensmail mit dem Startpasswort ist beim neuen Kollegen nie angekommen."),
    ("Bienvenue", "Le mail de bienvenue de notre nouvelle recrue a été envoyé à la mauvaise personne."),
    ("Bienvenida", "El correo de bienvenida con la contraseña inicial no le ha llegado al nuevo compañero."),
    ("Welkomstmail", "De welkomstmail met het startwachtwoord is naar de verkeerde collega gegaan, hij is nooit aangekomen."),
])
def test_mail_itself_going_wrong_is_other(subject: str, body: str) -> None:
    result = triage(subject, body)
    assert result.category == "other", (subject, body, result.category, result.reasoning)


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Access to the mailbox asked for, beside its fault or alone.
    ("orders@", "The shared mailbox orders@ gets no mail since 8. Also please give me access to it, I'm covering for Ana.", "mailbox_access"),
    ("Shared mailbox", "Please give Lars access to the shared mailbox claims@.", "mailbox_access"),
    # A leaver's account asked closed beside the automatic answer.
    ("Leaver", "Karl leaves on Friday. Please disable his account after that and set an auto-reply pointing to team-b@.", "offboarding"),
    # A reset asked for in so many words, or an account to make.
    ("Welcome mail", "The welcome mail with her first password never arrived. Please reset her password and send it to me.", "password_reset"),
    ("New starter", "New starter Ola Berg joins Finance on Monday, please create her accounts and mailbox.", "onboarding"),
])
def test_near_requests_stay(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, (subject, body, result.category, result.reasoning)
