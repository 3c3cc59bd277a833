"""A code, a pass or a password that belongs to a thing and not to a person's sign-in: a voicemail's or a printer's
PIN, a key cabinet's code, a door pass or badge, a machine's display reading "locked", a password set on a file or a
macro project, a vendor's own login or one the writer says is not their directory login, one application's lockout
while the PC's sign-in works (tickets/triage/devices_and_notices.py, not_the_account.py, another_kind.py). And the near
tickets that still ask for the account. Near-miss set 9 (an airport ground handler's) showed them; the sentences are
our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("voicemail", "My voicemail PIN stopped working, the phone says mailbox locked after too many tries. Can someone "
                  "reset it?"),
    ("print", "The print release station wants my PIN and I've forgotten it. Not my network password, the 4-digit one. "
              "Where do I reset that?"),
    ("Druck-PIN vergessen", "Ich habe die PIN für den Drucker vergessen. Nicht mein Windows-Passwort, die vierstellige "
                            "PIN. Wo setze ich die zurück?"),
    ("coffre", "Quelqu'un a changé le code du coffre à clés du dépôt et personne ne nous l'a donné."),
    ("buzón", "Olvidé el PIN del buzón de voz de mi teléfono fijo, ¿me lo podéis restablecer?"),
    ("sleutelkast", "De code van de sleutelkast bij de werkplaats is gewijzigd en wij hebben hem niet."),
])
def test_a_things_own_pin_or_code_is_not_an_accounts_password(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("keys", "Night shift is locked out of the keys for the van, the cabinet code was changed without telling us."),
    ("Ausweis", "Mein Werksausweis wird am Drehkreuz abgelehnt, gestern ging er noch."),
    ("badge", "Mon badge d'accès est bloqué à l'entrée du parking, qui peut le débloquer ?"),
    ("tarjeta", "Mi tarjeta de acceso está bloqueada en la puerta del almacén, ¿quién la desbloquea?"),
    ("pas", "Mijn toegangspas is geblokkeerd bij de slagboom van het terrein."),
    ("charger", "The charging station's panel shows 'LOCKED' and won't start. Can someone unlock it?"),
])
def test_a_pass_keys_or_a_machines_display_locked_is_not_an_account(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("macro", "The costing workbook's VBA project is locked and asks for a password nobody knows."),
    ("Datei", "Ich habe das Kennwort der Excel-Datei mit den Urlaubsplänen vergessen. Könnt ihr sie öffnen?"),
    ("fichier", "J'ai protégé mon fichier par un mot de passe et je l'ai oublié. Pouvez-vous le réinitialiser ?"),
    ("archivo", "Olvidé la contraseña del archivo zip que me enviaron con las facturas."),
    ("bestand", "Het wachtwoord van het Excel-bestand met de planning ben ik vergeten, kunnen jullie het resetten?"),
    ("sheet", "I protected my rota spreadsheet with a password last year and forgot it. Is there a way to open it?"),
])
def test_a_password_set_on_a_file_is_its_authors(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("benefits app", "The perks app's forgot-password mail never arrives. It's a separate login with the vendor."),
    ("App", "Passwort vergessen in der Reisekosten-App. Es geht nicht um mein Windows-Login, das geht."),
    ("appli", "J'ai oublié le mot de passe de l'appli de covoiturage, ce n'est pas mon compte windows habituel."),
    ("inlog", "Ik ben het wachtwoord van de roosterapp vergeten, het gaat niet om mijn inlog van Windows."),
])
def test_a_vendors_own_login_is_not_the_directory_password(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Scanner", "Die Lager-App auf dem Scanner sagt 'Benutzer gesperrt'. Am PC komme ich ganz normal rein."),
    ("terminal", "L'application de quai affiche 'utilisateur bloqué', mon compte est bloqué là-bas. Sur mon PC je me "
                 "connecte sans souci."),
])
def test_one_apps_lockout_while_the_pc_sign_in_works_is_that_apps(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked out", "My account is locked and the printer PIN too. Please unlock my account.", "account_unlock"),
    ("Passwort", "Ich habe mein Windows-Passwort vergessen, bitte zurücksetzen.", "password_reset"),
    ("password", "I forgot my password for the booking system, please reset it.", "password_reset"),
    ("Konto gesperrt", "Mein Konto ist gesperrt, ich komme nirgends rein. Bitte entsperren.", "account_unlock"),
    ("wachtwoord", "Ik ben mijn wachtwoord vergeten, kunnen jullie het resetten?", "password_reset"),
    # The PC's sign-in said to fail, not to work: the lock is the account's.
    ("Konto gesperrt", "Konto gesperrt, am PC komme ich nicht mehr rein. Bitte entsperren.", "account_unlock"),
    ("account geblokkeerd", "Mijn account is geblokkeerd, op de pc kan ik niet inloggen. Graag ontgrendelen.",
     "account_unlock"),
    ("cuenta bloqueada", "Mi cuenta está bloqueada, en el ordenador no puedo entrar. Por favor desbloquearla.",
     "account_unlock"),
])
def test_the_accounts_own_password_or_lock_still_reads_as_asked(subject, body, category):
    assert triage(subject, body).category == category


# holdout48 (a hospital trust's): a badge named beside an account lock is no door pass of its own; only a pass said
# blocked is.
@pytest.mark.parametrize(("subject", "body"), [
    ("account locked", "Account locked since lunch, I can't badge in at the ward computers. Please unlock."),
    ("Konto gesperrt", "Mein Konto ist gesperrt, mit dem Mitarbeiterausweis komme ich am PC nicht rein. Bitte entsperren."),
])
def test_a_badge_beside_an_accounts_lock_is_still_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


def test_a_door_badge_said_blocked_is_still_no_account():
    result = triage("Badge", "My badge is blocked at the car park gate, it won't open.")
    assert result.category == "other", result.reason
