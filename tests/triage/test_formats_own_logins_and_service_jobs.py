"""A report sent "as Excel", a program with a login of its own, access given that does not show, a service
account's password that stopped a scheduled job, a factor the phone lost "before I moved" it, and a group or list
named only by the prefix of the usual naming conventions, "dl_", "sg_", "grp_", "gg_" (tickets/triage/other_senses.py,
not_the_account.py, process_records.py, vocabulary.py).

"Send as" a file's format is not the mailbox right; a login a program has of its own (or a password set apart in
brackets: "(not Windows)") is that program's to reset; access said given whose mailbox or folder does not show is a
fault; a job that failed on a service account's expired password is a process its owner mends. Each is `other`. The
near readings stay requests: the send-as right on a mailbox, the directory's own password, access not given yet, a
service account's new password asked in so many words. holdout33 (an insurer's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A report's format.
    ("Export for the auditors", "Could you pull the members of the purchasing approvers and send as Excel by Friday?"),
    ("Auswertung", "Für die Revision brauchen wir die Schadenstatistik vom März, bitte senden als Excel an mich."),
    ("Liste des membres", "Pour l'audit, merci d'envoyer la liste des membres du groupe comptable en PDF."),
    ("Listado", "Para auditoría necesitamos los miembros del grupo de tesorería, enviar como Excel, gracias."),
    ("Ledenlijst", "Voor de audit graag een overzicht van de leden van de inkoopgroep, versturen als Excel."),
    # A program's own login, or a password set apart in brackets.
    ("Quote tool", "The quoting tool has its own login and I can't remember the password. Please reset it."),
    ("Kennwort", "Mein Kennwort fürs Schadenprogramm ist weg (nicht Windows!), bitte zurücksetzen."),
    ("Zeiterfassung", "Das Zeiterfassungsprogramm hat ein eigenes Passwort und das habe ich vergessen. Bitte zurücksetzen."),
    ("Mot de passe", "Le logiciel de devis a son propre mot de passe, je l'ai oublié, merci de le réinitialiser."),
    ("Contraseña", "El programa de siniestros tiene su propia contraseña y la he olvidado, ¿la podéis restablecer?"),
    ("Wachtwoord", "Mijn wachtwoord van het offerteprogramma vergeten (niet Windows), graag resetten."),
    # Access given that does not show.
    ("Team mailbox missing", "I was granted access to the underwriting mailbox on Monday but it still doesn't show in Outlook."),
    ("Postfach fehlt", "Ich habe letzte Woche Zugriff auf das Schadenpostfach bekommen, es wird aber nicht angezeigt."),
    ("Boîte absente", "On m'a donné l'accès à la boîte partagée des sinistres hier mais elle n'apparaît pas dans Outlook."),
    ("Buzón", "Me dieron acceso al buzón compartido de reclamaciones pero no aparece en mi Outlook."),
    ("Mailbox ontbreekt", "Ik heb toegang gekregen tot de gedeelde mailbox van schade, maar hij verschijnt niet in Outlook."),
    # A service account's password that stopped a job.
    ("Overnight load failed", "The overnight import failed: logon error for the service account, password expired. Who looks after it?"),
    ("Job abgebrochen", "Der nächtliche Export ist fehlgeschlagen, das Passwort vom Dienstkonto ist abgelaufen."),
    ("Traitement échoué", "Le traitement de nuit a échoué, mot de passe du compte de service expiré."),
    ("Tarea fallida", "La tarea nocturna falló: la contraseña de la cuenta de servicio ha caducado."),
    ("Batch mislukt", "De nachtelijke batch is mislukt, het wachtwoord van het serviceaccount is verlopen."),
])
def test_a_format_an_own_login_a_visible_fault_or_a_service_job_is_for_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The send-as right on a mailbox.
    ("Send as", "Please give Tom send as on the claims mailbox.", "mailbox_access"),
    ("Senden als", "Bitte Frau Weber 'Senden als' auf das Postfach vertrieb@ geben.", "mailbox_access"),
    # The directory's own password, in brackets or beside a program.
    ("password", "I forgot my password (the Windows one), please reset it.", "password_reset"),
    ("Kennwort", "Ich habe mein Windows-Kennwort vergessen, bitte zurücksetzen.", "password_reset"),
    ("password", "Forgot my own password again, please reset it.", "password_reset"),
    # Access not given yet.
    ("Shared mailbox", "Please give me full access to the underwriting shared mailbox, it doesn't show for me.", "mailbox_access"),
    # A service account's new password asked for.
    ("Service account", "The service account for the scanner expired and the scan job failed. Please reset its password.",
     "password_reset"),
    # A new phone whose factor was never moved.
    ("New phone", "New phone, the old one was reset before I moved the authenticator. Please reset my MFA.", "mfa_reset"),
    # A group or list named by its prefix alone.
    ("leave list", "please take me off dl_branch_news, I changed office", "group_membership"),
    ("add", "add me to dl_claims_team please", "group_membership"),
    ("vpn", "please add Marta Ruiz to sg_vpn_remote, approved by her manager", "group_membership"),
    ("Gruppe", "bitte Herrn Klein in grp_schaden_lesen aufnehmen", "group_membership"),
    ("planning", "graag Jan toevoegen aan gg_planning", "group_membership"),
])
def test_the_near_readings_stay_requests(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("junk", "mails sent to dl_all_staff end up in junk for everyone"),
    ("question", "what does sg_vpn_users give access to? just curious, nothing needed"),
    ("address book", "the sg_finance_readers name shows twice in the address book"),
])
def test_a_group_named_by_its_prefix_is_no_request_by_itself(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
