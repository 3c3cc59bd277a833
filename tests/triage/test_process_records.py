"""A category's own records and process rather than one of its requests (tickets/triage/process_records.py): licences
counted or exported, a leaver export job that failed, a leaver checklist to mend. And the near requests that stay: a
licence asked for after a count, a leaver announced on the checklist's subject line. near-miss set 1 showed them; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("E3 count", "Controlling needs a count of Microsoft 365 E3 licences per site for the cost allocation. Can you "
                 "export that by Friday?"),
    ("leaver export failed", "The nightly leaver export to the payroll system failed again with a timeout. Please "
                             "check the interface."),
    ("offboarding checklist", "Please add the return of fuel cards to the offboarding checklist, we forgot one last "
                              "month."),
])
def test_a_record_or_a_process_of_the_category_asks_for_none_of_it(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("licence", "How many Visio licences are free? If one is, please assign it to Mark Hill.", "license_change"),
    ("Leaver checklist - Tom Reed", "Tom Reed leaves on Friday, please disable his account and collect the laptop.",
     "offboarding"),
])
def test_the_category_asked_for_stays_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout 45: an account named as a system's, an interface's or an RFC's user belongs to a job, not a person, and a
# job at a standstill ("ausgefallen", "is down") is a job failed.
@pytest.mark.parametrize(("subject", "body"), [
    ("interface down", "Nightly export to the label printer failed, the log says the interface user LBL_IF password "
                       "expired."),
    ("Schnittstelle", "Die Schnittstelle zur Waage ist ausgefallen: Systembenutzer WAAGE01 gesperrt."),
])
def test_a_system_users_password_or_lock_that_stops_a_job_is_the_jobs(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_persons_expired_password_stays_a_reset():
    assert triage("pw expired", "My password expired, please reset it.").category == "password_reset"


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("wiki page wrong", "The intranet how-to for unlocking your account is out of date, the menu it shows no longer "
                        "exists.", "other"),
    ("Anleitung", "Die Anleitung zum Passwort zurücksetzen ist veraltet, die Bilder zeigen noch das alte Portal.",
     "other"),
    ("guía MFA", "La guía para registrar el MFA está desactualizada.", "other"),
    # Near miss: the page is wrong and a reset is asked for as well.
    ("guide wrong", "The guide for resetting passwords is wrong, I followed it and failed. I forgot my password, please "
                    "reset it.", "password_reset"),
])
def test_a_help_page_reported_wrong_asks_for_no_account_change(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Accounts counted for a report: read, none changed.
    ("stats for the board", "Could IT send the number of accounts locked out per week since January? Only totals.",
     "other"),
    ("stats", "The auditors want the count of user accounts whose password expired last month, no names.", "other"),
    # Near miss: the people listed are to be unlocked.
    ("locked", "Here is a list of users locked out this morning: jdoe, asmith. Please unlock them.", "account_unlock"),
])
def test_accounts_counted_are_read_not_changed(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# holdout53: the help desk's tickets of a kind, counted or reported for a review. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("stats", "For the quarterly review I need the number of unlock requests per site, broken down by month."),
    ("report", "Can you send a weekly report on MFA reset tickets to the security lead?"),
    ("Auswertung", "Bitte eine Auswertung der Anfragen zu Passwort-Resets für das letzte Quartal."),
    ("statistiques", "Il me faut les statistiques des demandes de réinitialisation de mot de passe par agence."),
    ("informe", "Necesito un informe de las solicitudes de desbloqueo de cuentas del último mes."),
    ("aantal", "Graag het aantal meldingen voor ontgrendelen van accounts per regio over 2024."),
    ("stats", "Please send me the number of unlock requests per site for last month."),
])
def test_tickets_of_a_kind_counted_ask_for_no_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("again", "I have opened a number of tickets about this already: please unlock my account.", "account_unlock"),
    ("reset", "The ticket count on my portal page looks wrong. Also, please reset my password, I forgot it.",
     "password_reset"),
])
def test_a_request_beside_its_tickets_stays_the_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout54 (a manufacturer's): a service account said locked, as a monitor reports it, with no unlock asked; and a
# job's logon failure naming its account only by the failed login, password expired. Each is a source or a job to mend;
# an unlock asked in so many words stays an unlock.
@pytest.mark.parametrize(("subject", "body"), [
    ("lockout alert", "[monitor] Event 4740: the account svc_label_print was locked out. Caller computer: WH-PRN-03. "
                      "Occurrences in the last 30 minutes: 41."),
    ("Dienstkonto", "Automatische Meldung: Dienstkonto svc_erp_import wurde gesperrt. Quelle: APP-SRV-07, 12 Versuche."),
    ("compte de service", "Alerte : compte de service svc_scan verrouillé sur DC01, poste appelant MFP-12."),
])
def test_a_service_accounts_lockout_reported_is_no_unlock(subject, body):
    assert triage(subject, body).category != "account_unlock"


def test_a_service_accounts_lockout_with_an_unlock_asked_is_an_unlock():
    body = "The service account svc_label_print is locked out since 04:00, label printing stopped. Please unlock it."
    assert triage("svc_label_print locked", body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("nightly export failed", "Task NIGHTLY_EXPORT failed at 02:00. Error: login failed for user 'rpt_loader'. "
                              "Reason: password expired."),
    ("Job abgebrochen", "Der Job LAGER_SYNC ist fehlgeschlagen: Anmeldung fehlgeschlagen für Benutzer etl_lager, Kennwort "
                        "abgelaufen."),
])
def test_a_jobs_logon_failure_for_its_account_is_no_reset(subject, body):
    assert triage(subject, body).category != "password_reset"


def test_a_jobs_account_whose_new_password_is_asked_is_a_reset():
    body = "Task NIGHTLY_EXPORT failed: login failed for user 'rpt_loader', password expired. Please reset the password."
    assert triage("rpt_loader", body).category == "password_reset"


# holdout61 (a construction firm's): a ticket already raised, chased for its state, is not raised again.
@pytest.mark.parametrize(("subject", "body"), [
    ("status?", "Any update on my request for access to the tender drive? Submitted it last week."),
    ("Stand?", "Wie ist der Stand meiner Anfrage für den Zugriff auf das Postfach Einkauf?"),
    ("suivi", "Des nouvelles de ma demande d'accès au dossier Chantier ?"),
    ("nieuws", "Is er al nieuws over mijn aanvraag voor toegang tot de map Planning?"),
])
def test_a_request_chased_for_its_state_is_not_made_again(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_chase_that_asks_in_so_many_words_stays_the_request():
    result = triage("access", "Any update on my ticket? Please add me to the Planning group today, it's urgent.")
    assert result.category == "group_membership", result.reason


# holdout59: the leaving's or the joining's own document asked for as a template. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("template", "Where can I find the resignation letter template? The old one still has last year's address."),
    ("offer letter", "Please send HR the latest offer letter template, the footer is wrong."),
    ("Vorlage", "Die Vorlage für das Kündigungsschreiben im Intranet ist veraltet, bitte aktualisieren."),
    ("modèle", "Le modèle de lettre de licenciement sur le SharePoint a encore l'ancien logo."),
    ("plantilla", "Necesitamos la plantilla de carta de despido en Word, la actual no se abre."),
    ("sjabloon", "Het sjabloon voor de ontslagbrief staat niet meer op het intranet."),
])
def test_a_leaving_or_joining_documents_template_changes_no_account(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("leaver", "Tom Berg leaves on Friday, termination letter done with the template. Please disable his account "
               "on Friday evening.", "offboarding"),
])
def test_a_leaver_beside_the_template_is_still_the_leaver(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout 63: a monitor counting lockouts across the directory names no account to unlock; a job stopped by the lock of
# the account it runs as (named by a machine's name, or locked on another host) is the job's owner's to clear.
@pytest.mark.parametrize(("subject", "body"), [
    ("[monitor] lockouts", "WARNING: 57 user lockout events within 15 minutes on DC-03. Threshold 20. Source: SIEM."),
    ("Sperrungen", "Warnung: ungewöhnlich hohe Anzahl an Kontosperrungen auf dem Domänencontroller seit 06:00."),
    ("verrouillages", "Alerte : nombre élevé de verrouillages de comptes sur le contrôleur de domaine cette nuit."),
    ("export job", "Export job EXP_204 failed at 03:15. Error: user sftp_fin01 is locked on target server."),
    ("Job abgebrochen", "Der Import-Job ist fehlgeschlagen: Benutzer imp_lager ist auf dem Zielsystem gesperrt."),
])
def test_lockouts_counted_or_a_jobs_account_locked_ask_no_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A person's own lockout, with a count of attempts in it: still the writer's account to unlock.
    ("locked out", "I got locked out after 5 attempts in 10 minutes, please unlock my account."),
    # The job failed and its account's unlock is asked in so many words.
    ("job failed", "The backup job failed tonight, user bkp_nas is locked. Please unlock it so it can run again."),
])
def test_a_lockout_with_its_unlock_asked_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


# holdout58: a lockout's cause asked with no device named, a monitor's lockout events for a service account, and the
# leaving refused by the HR tool it was entered in. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("Lockouts", "my account locks several times a day since I changed my password. Can you check what is locking it?"),
    ("Locked", "the account keeps locking every hour, what's locking it? the desk unlocks me each time"),
    ("Konto", "Mein Konto wird jeden Morgen gesperrt. Könnt ihr schauen, was es immer wieder sperrt?"),
    ("Compte", "Mon compte se bloque tous les jours, pouvez-vous voir ce qui le bloque ?"),
    ("Cuenta", "Mi cuenta se bloquea cada hora, ¿podéis averiguar qué lo está bloqueando?"),
    ("Account", "Mijn account raakt elke ochtend geblokkeerd, kunnen jullie zien wat het account blokkeert?"),
    ("Alerts", "Monitoring raises lockout alerts for svc_scada_hist every few minutes since the patch weekend."),
])
def test_a_lockouts_cause_asked_or_a_service_accounts_lockout_events_are_traced_first(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("HR system", "when I enter the leaver in the HR system it throws 'cost centre invalid'. She leaves on the 31st."),
    ("Workday", "Submitting the resignation in Workday fails with an error about the manager field. Anna's last day "
                "is Friday."),
    ("Austritt", "Beim Erfassen des Austritts von Herrn Kahl im HR-Portal kommt immer ein Fehler. Er geht Ende Mai."),
    ("Départ", "En saisissant le départ de Mme Roy dans le SIRH, j'ai une erreur 'matricule invalide'. Elle part "
               "vendredi."),
    ("Baja", "Al registrar la baja de Luis en el sistema de RRHH da error. Se va el viernes."),
    ("Uitdienst", "Bij het invoeren van de uitdienst van Piet in het HR-systeem krijg ik een foutmelding. Hij "
                  "vertrekt vrijdag."),
])
def test_a_leaving_refused_by_the_tool_it_was_entered_in_is_the_tools_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Locked out", "I'm locked out, please unlock me and check what is locking it", "account_unlock"),
    ("svc", "please unlock svc_scada_hist, lockout since 3am", "account_unlock"),
    ("Leaver", "I submitted the leaver form for Tom Baker; his last day is Friday. Please disable his AD account then.",
     "offboarding"),
    ("Leaver", "The termination for Jo Park went through in the HR tool. Please disable her account on Friday.",
     "offboarding"),
])
def test_an_unlock_or_a_leavers_closing_asked_in_words_stays(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout 67: a licence pool counted by "how many", for someone else's budget, names no one to get a licence; a failed
# job whose error says the password of its machine-named account expired is the job's account, rotated by its owner.
@pytest.mark.parametrize(("subject", "body"), [
    ("Adobe licences", "purchasing wants to know how many adobe and acrobat licences we own and who uses them, for "
                       "next year's budget. a spreadsheet is enough"),
    ("Lizenzen", "Der Einkauf möchte wissen, wie viele Adobe-Lizenzen wir haben und wer sie nutzt, für die "
                 "Budgetplanung"),
    ("licences", "Les achats veulent savoir combien de licences Adobe nous avons et qui les utilise, pour le budget"),
    ("licencias", "Compras quiere saber cuántas licencias de Adobe tenemos y quién las usa, para el presupuesto"),
    ("licenties", "Inkoop wil weten hoeveel Adobe licenties we hebben en wie ze gebruikt, voor het budget"),
    ("load failed", "the nightly load job failed at 02:10, error: password expired for user etl_fin on the warehouse"),
    ("Job abgebrochen", "Der Job ist heute Nacht abgebrochen: Kennwort von Benutzer imp_01 abgelaufen"),
    ("échec", "Le traitement de cette nuit a échoué : mot de passe expiré pour l'utilisateur exp_02"),
    ("tarea", "La tarea programada falló: contraseña caducada del usuario rep_03"),
    ("taak", "De geplande taak is mislukt: wachtwoord verlopen voor gebruiker exp.batch"),
])
def test_a_pool_counted_or_a_jobs_expired_password_asks_for_no_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("licence", "How many Adobe licences are left? Please assign one to me, I need it for a brochure.",
     "license_change"),
    ("password", "my password expired and the export failed this morning, can you reset my password please",
     "password_reset"),
    ("job failed", "the backup job failed because user svc_bk's password expired, please reset it", "password_reset"),
])
def test_a_licence_or_a_password_asked_beside_a_count_or_a_job_stays(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout 70: a periodic report's tally of locked accounts names none to unlock, and a help page that fails to open is
# its owner's to mend; the sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("daily lockout summary", "Daily summary from the directory monitor: 23 user accounts locked out, 19 cleared by "
                              "self-service reset."),
    ("Wochenbericht", "Wochenbericht: 9 Konten gesperrt, davon 7 per Self-Service entsperrt."),
    ("rapport", "Rapport hebdomadaire : 12 comptes verrouillés, 10 débloqués par les utilisateurs."),
    ("informe", "Informe semanal: 8 cuentas bloqueadas esta semana, todas resueltas."),
    ("weekrapport", "Weekrapport: 11 accounts geblokkeerd, 9 door de gebruikers zelf vrijgegeven."),
    ("wiki 404", "The intranet help page about the authenticator gives error 404, I only wanted to read how it works."),
    ("Hilfeseite", "Die Hilfeseite zum Passwort ändern zeigt nur noch Fehler 404."),
])
def test_a_tally_of_locked_accounts_or_a_broken_help_page_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A count given as the reason, with the unlock asked.
    ("locked", "Two accounts locked out in shipping since the report ran, please unlock them: kmeyer and tlang.",
     "account_unlock"),
    # The sign-up page fails and the factor is to be registered again: not a help page.
    ("authenticator", "The MFA registration page gives error 403 and I cannot register my new phone, please reset my "
                      "MFA.", "mfa_reset"),
])
def test_an_unlock_or_a_factor_asked_stays_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Set h73 (an automotive parts supplier's): a report about locked accounts that came empty is a report to mend, and a
# monitor numbering one account's lockout events within a window reports a pattern; the sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("report", "The Monday report 'locked and disabled accounts by department' has been empty twice now."),
    ("Bericht leer", "Der Montagsbericht 'gesperrte und deaktivierte Konten' war heute leer, läuft der Job noch?"),
    ("rapport vide", "Le rapport hebdomadaire 'comptes verrouillés et désactivés' est vide cette semaine."),
    ("monitor", "SIEM: account locked out, user jdoe. This is lockout 12 for this account in 24h, possible cached "
                "credentials."),
    ("Monitor", "Monitor-Meldung: Ereignis 9 für dieses Konto in 12 Stunden, Quelle LAGER-PC3."),
])
def test_a_broken_lock_report_or_a_monitors_numbered_lockouts_ask_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The lock is the writer's own and an unlock is asked, whatever report is mentioned.
    ("locked", "My account is locked since this morning, the report says nothing about it. Please unlock me.",
     "account_unlock"),
    # Counted by a person, with the unlock asked.
    ("locked again", "I have been locked out 3 times in the last hour, can you please unlock my account?",
     "account_unlock"),
])
def test_an_unlock_asked_beside_a_report_or_a_count_stays_an_unlock(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdouts 53 and 66: an earlier request chased, named by its number or said raised before, whatever its kind.
@pytest.mark.parametrize(("subject", "body"), [
    ("status?", "any update on RITM0048812? it was the unlock of my account from monday"),
    ("chasing", "we raised a request for a password reset for our night porter on tuesday, still no reply"),
    ("starter accounts", "I submitted the ticket for our apprentice's accounts two weeks ago, any news? she starts friday"),
    ("Antrag", "Ich habe letzte Woche einen Antrag für das Konto unserer neuen Kollegin gestellt. Gibt es schon "
               "Neuigkeiten?"),
    ("demande", "J'ai fait une demande de réinitialisation de mot de passe lundi, toujours pas de réponse."),
    ("solicitud", "Abrí una solicitud para desbloquear mi cuenta el martes, ¿alguna novedad?"),
    ("verzoek", "Ik heb vorige week een verzoek ingediend voor een nieuw wachtwoord, nog steeds geen reactie."),
])
def test_a_request_chased_is_not_asked_again(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The chase beside a request in so many words, or a fresh request with no chase in it.
    ("RITM0048812", "any update on RITM0048812? please just unlock my account, I can't work", "account_unlock"),
    ("reset", "I raised a ticket last week but it's urgent now: please reset my password", "password_reset"),
    ("new hire", "Our new analyst starts on Monday and nothing is set up yet, no account at all. Did you get the "
                 "request?", "onboarding"),
])
def test_a_chase_with_a_request_in_it_stays_the_request(subject, body, category):
    assert triage(subject, body).category == category


# Set h81: a service account's password announced to expire ahead of time is its owner's to rotate; a reset asked in
# so many words, or a person's own expiring password, stays a reset.
@pytest.mark.parametrize(("subject", "body"), [
    ("svc password expiry", "Automated notice: the password of service account svc_backup_nas will expire in 7 days. "
                            "Please agree the change with the owning team."),
    ("Dienstkonto", "Das Kennwort des Dienstkontos svc_druck läuft in 10 Tagen ab. Bitte mit dem "
                    "Anwendungsverantwortlichen abstimmen."),
    ("compte de service", "Le mot de passe du compte de service svc_paie expirera dans 5 jours."),
])
def test_a_service_accounts_password_due_to_expire_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("svc password", "The password of service account svc_backup_nas will expire in 7 days, please reset it and send "
                     "the new one to the storage team."),
    ("password", "My password will expire tomorrow and I can't change it from home, please reset it."),
])
def test_a_reset_asked_of_an_expiring_password_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A crowd locked out with when it began or that it keeps coming back: a cause to find (set h93).
    ("lockouts", "Since 8:30 around 15 colleagues in dispatch keep getting locked out, even after unlocking."),
    ("app", "The help line says 40+ subscribers are locked out of the mobile app this morning."),
    ("Sperren", "Seit heute früh werden mehrere Kollegen im Lager immer wieder gesperrt."),
    ("blocages", "Depuis ce matin plusieurs utilisateurs du site de Lyon sont verrouillés sans cesse."),
    ("bloqueos", "Desde esta mañana varios usuarios de la tienda quedan bloqueados una y otra vez."),
    ("blokkades", "Sinds vanochtend raken meerdere collega's op de afdeling steeds weer geblokkeerd."),
])
def test_a_crowd_locked_out_at_once_is_a_cause_to_find(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # One person, however often: their account to unlock.
    ("locked again", "Since this morning I keep getting locked out of my account, please unlock it."),
    # A crowd asked to be unlocked in so many words stays a request.
    ("unlock", "Several colleagues in dispatch are locked out since 9, please unlock them: a.ross, b.chan."),
])
def test_one_person_locked_or_a_crowd_asked_to_unlock_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # Who holds a licence, listed for a review (h135's meaning, our sentences): the holders read, none changed.
    ("licence report", "could you pull an export of all users with a Visio licence and when they last signed in? for the audit"),
    ("Lizenzen", "Bitte eine Liste aller Benutzer mit E3-Lizenz und letzter Anmeldung für die Revision."),
    ("licences", "Pouvez-vous m'envoyer la liste de tous les utilisateurs ayant une licence E5 ? C'est pour le contrôle interne."),
    ("licencias", "Necesito un listado de todos los usuarios con licencia Power BI Pro para la auditoría."),
    ("licenties", "Kunnen jullie een overzicht sturen van alle gebruikers met een E3-licentie? Het is voor de controle."),
])
def test_the_holders_of_a_licence_listed_are_no_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Visio", "Please assign a Visio licence to Tom Baker, he needs it for floor plans."),
    ("upgrade", "Here is the list of users with E3, please upgrade them all to E5 by Friday."),
])
def test_a_licence_asked_beside_a_list_stays_a_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason
