"""What set h124 showed triage reading wrong, said in our own sentences:

- a named shared drive or folder needed, "access" unsaid, is its membership (tickets/triage/folders_joined.py);
  "put her in the X share" as "to" is (folders_joined.py); a role said new added to a team in Teams
  (teams_joined_by_role.py); and the drive as a thing to mend, a disk, or files put in a folder, left alone;
- a lockout whose writer has forgotten what they just changed the password to, the password unnamed, is a reset
  (locked_with_the_new_one_forgotten.py); a plain lockout stays an unlock and a device's lock stays out;
- a site's password whose reset link goes to an address the writer no longer has is that site's login
  (logins_elsewhere.py); the directory's self-service reset, or a reset asked outright, stays a reset;
- an intern's stay said by its first and last days, with an account needed, is an onboarding (joiner_leaver_words.NEWBIE).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Transfer", "Karen moves from the front office to payroll on Monday and will need the payroll drive."),
    ("Q: drive", "He needs the Q: drive as well, he has joined the warehouse team."),
    ("Budget folder", "Our new controller needs to see the budget planning folder that the rest of the team uses."),
    ("Laufwerk", "Herr Brandt wechselt in den Einkauf, er braucht das Einkaufslaufwerk."),
    ("Laufwerk", "Bitte Herrn Krause das Personallaufwerk (P:) freischalten, er ist jetzt in der Personalabteilung."),
    ("Dossier", "Julie rejoint la compta, elle a besoin du dossier Fournisseurs."),
    ("Carpeta", "Pablo se pasa a logística y necesita la carpeta de Envíos."),
    ("Map", "Sanne werkt nu bij inkoop en heeft de map Leveranciers nodig."),
    ("Share", "Please put him in the logistics share, he moved over from sales this week."),
    ("Teams", "Please add the new workshop supervisor in Leeds (pkhan) to the Workshop Leads team in Teams."),
    ("Teams", "Bitte die neue Kollegin aus dem Einkauf ins Team Einkauf Nord in Teams aufnehmen."),
    ("Teams", "Pouvez-vous ajouter la nouvelle comptable de Lyon à l'équipe Finance Sud dans Teams ?"),
    ("Teams", "Voeg de nieuwe planner van Utrecht toe aan het team Planning Midden in Teams."),
])
def test_a_named_drive_or_team_needed_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Drive missing", "I need the S: drive mapped again on my new laptop, it vanished after the rebuild."),
    ("Restore", "We need the projects folder restored from last night's backup, someone deleted half of it."),
    ("Disk", "I need the external drive to work with my docking station, it is not detected."),
    ("Space", "The team needs the shared drive made bigger, it is at 98 percent."),
    ("Scans", "Can you put them in the finance folder? I scanned all the invoices this morning."),
    ("Teams", "Please add the new quarterly holiday rota template for the drivers to the Planning team in Teams."),
])
def test_the_drive_as_a_thing_or_things_put_in_it_are_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Locked and lost it", "I'm locked out and I can't remember what I changed it to yesterday. Please help."),
    ("Gesperrt", "Mein Konto ist gesperrt und ich weiß nicht mehr, worauf ich es geändert habe."),
    ("Bloqué", "Mon compte est bloqué et je ne sais plus en quoi je l'ai changé lundi."),
    ("Bloqueado", "Estoy bloqueado y no sé a qué la cambié el viernes."),
    ("Geblokkeerd", "Mijn account is geblokkeerd en ik weet niet meer waarin ik het veranderd heb."),
])
def test_a_lockout_with_the_new_one_forgotten_is_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("Locked out", "I'm locked out of my account after too many tries this morning, please unlock it."),
    ("Phone locked", "My phone is locked and I can't remember what I changed it to yesterday."),
])
def test_a_plain_lockout_or_a_devices_lock_is_no_reset(subject, body):
    assert triage(subject, body).category != "password_reset"


def test_a_prompt_loop_after_a_change_the_writer_no_longer_knows_is_a_reset():
    body = ("Teams keeps asking for my password. I changed it on Monday and really don't know what to anymore, I need a"
            " new one.")
    assert triage("Teams password prompt", body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("Dealer portal", "The dealer finance portal says my password has expired and the reset link goes to my old email."),
    ("Lieferantenportal", "Das Portal sagt, mein Passwort ist abgelaufen, und der Reset-Link geht an meine alte Adresse."),
    ("Portail", "Le portail dit que mon mot de passe a expiré et le lien de réinitialisation part vers mon ancienne"
                " adresse."),
    ("Portal", "El portal dice que mi contraseña caducó y el enlace de restablecimiento llega a mi correo antiguo."),
    ("Portaal", "Het portaal zegt dat mijn wachtwoord verlopen is en de resetlink gaat naar mijn oude e-mailadres."),
])
def test_a_reset_link_sent_to_an_old_address_is_that_sites_login(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Password expired", "My password expired and I can't change it, please reset it for me."),
    ("Reset link", "My password expired, the reset link goes to my old email. Could you reset my password please?"),
])
def test_a_reset_asked_outright_stays_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("Intern", "Work experience: intern in logistics from 3 June - 28 June, Tom Baker. Needs an account and email."),
    ("Praktikant", "Praktikant im Vertrieb vom 1.9. bis 30.11., Jonas Weber. Er braucht ein Konto und E-Mail."),
])
def test_an_interns_stay_by_its_dates_with_an_account_needed_is_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


def test_a_date_range_with_no_newcomer_is_no_onboarding():
    body = "The office is closed from 24 December - 2 January, please make sure the backup account runs."
    assert triage("Holiday closure", body).category != "onboarding"
