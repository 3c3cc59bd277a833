"""A category's word in another sense (tickets/triage/other_senses.py): the screen lock's timeout, group policy, a
machine's authentication to a server, a farewell party, a listing that still shows someone who left, a phishing mail
reported and not acted on, a second factor still in hand while the phone is broken, and access held for years to what
now misbehaves, a drive shown disconnected. And the close requests that stay requests. Near-miss set 4 showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("lock screen timeout", "The reception PCs lock the screen after 60 seconds, can the timeout go to 15 minutes? "
                            "Staff have to unlock them after every visitor."),
    ("Sperrbildschirm", "Könnt ihr den Sperrbildschirm am Infoterminal abschalten? Dort muss man ständig entsperren."),
    ("verrouillage écran", "Le verrouillage de l'écran arrive après 2 minutes, est-ce qu'on peut changer ce délai ?"),
    ("pantalla", "El bloqueo de pantalla salta a los 3 minutos, ¿se puede cambiar la configuración?"),
])
def test_the_screen_locks_setting_is_no_account_lockout(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("slow logon", "Every morning Windows sits on 'Applying group policy' for ages. Whole second floor has it."),
    ("GPO", "Die Gruppenrichtlinie für das Hintergrundbild greift auf den neuen Rechnern nicht."),
    ("stratégie de groupe", "La stratégie de groupe pour les imprimantes ne s'applique plus depuis lundi."),
])
def test_group_policy_is_no_group(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("scanner mails", "The Konica in the post room can't send scans by mail any more, error 'SMTP authentication "
                      "failed'."),
    ("WLAN", "Am Notebook kommt beim WLAN im Ratssaal 'Authentifizierung fehlgeschlagen', im Büro geht es."),
])
def test_a_machines_authentication_is_no_second_factor(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("leaving do", "Ahmed's leaving drinks are on Thursday in the canteen; could we borrow the portable speaker?"),
    ("Abschiedsfeier", "Für die Abschiedsfeier von Frau Roth (Ruhestand) brauchen wir Beamer und Leinwand im Saal 2."),
    ("pot de départ", "Pour le pot de départ de Luc vendredi, pouvez-vous installer un micro dans la salle?"),
    ("afscheid", "Voor de afscheidsborrel van Peter hebben we een laptop met presentatie nodig."),
])
def test_a_farewell_party_is_an_event_not_a_leaver(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("staff page", "Our staff page on the website still shows Mrs Kaya, who retired in March."),
    ("Organigramm", "Im Organigramm steht noch Herr Vogel, der seit Januar im Ruhestand ist."),
])
def test_a_listing_that_still_shows_a_leaver_is_an_entry_to_correct(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("suspicious mail", "This one says my mailbox quota is exceeded and I must log in to keep it. Clearly phishing, "
                        "I did not click the link. Forwarding as per the security policy."),
    ("Phishing", "Mail von 'Postfach-Admin', ich soll mein Passwort bestätigen. Sieht gefälscht aus, habe nichts "
                 "angeklickt."),
    ("hameçonnage", "Reçu un mail d'hameçonnage qui dit que ma boîte mail sera supprimée. Je n'ai pas cliqué."),
])
def test_a_reported_phishing_mail_asks_for_nothing(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("cracked phone", "Sat on my phone, the glass is cracked. The authenticator still works, I just need a new "
                      "handset at some point."),
    ("phone lost", "Left my work phone on the train. I can still log in with my security key, so I only need a "
                   "replacement phone."),
    ("Handy", "Akku vom Diensthandy bläht sich auf. Die Authenticator-App läuft noch, bitte ein Ersatzgerät."),
])
def test_a_second_factor_still_in_hand_leaves_only_a_device(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("shared inbox crashes", "Outlook crashes when I open the planning shared mailbox. I have had access for years, "
                             "it started with this week's update."),
    ("Ordner", "Seit Jahren habe ich Zugriff auf den Ordner Haushalt, aber seit heute ist er extrem langsam."),
])
def test_access_held_for_years_to_what_misbehaves_is_a_fault(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Netzlaufwerk", "Das Netzlaufwerk P: zeigt seit dem Neustart ein rotes Kreuz und ist getrennt."),
    ("lecteur", "Mon lecteur réseau H: est déconnecté depuis ce matin."),
    ("unidad", "La unidad de red compartida aparece desconectada en el explorador."),
])
def test_a_drive_shown_disconnected_is_a_fault(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked out", "My account is locked out, the lock screen says to contact IT. Please unlock it.", "account_unlock"),
    ("group", "Please add me to the GIS-Editors group.", "group_membership"),
    ("MFA", "New phone, the authenticator did not move over. Please reset my MFA so I can set it up again.",
     "mfa_reset"),
    ("leaver", "Mr Brandt retires on Friday; please disable his account after 5pm.", "offboarding"),
    ("screen", "Since the update my screen goes black and my account is locked; please unlock my account.",
     "account_unlock"),
    ("mailbox", "Please give me access to the Ordnungsamt shared mailbox.", "mailbox_access"),
    ("Laufwerk", "Bitte geben Sie mir Zugriff auf das Laufwerk S: (Ordner Bauakten).", "group_membership"),
    # The other sense named, and beside it a change asked for in so many words: the request stands.
    ("phishing", "I got a phishing mail and did not click, but now my account is locked. Please unlock it.",
     "account_unlock"),
    ("spam", "Spam mail again, didn't open it. Separately: please add me to the Kasse-Team group.", "group_membership"),
    ("retirement", "Frau Roth geht in Ruhestand, letzter Arbeitstag Freitag. Nach der Abschiedsfeier bitte ihr Konto "
                   "deaktivieren.", "offboarding"),
    ("new phone", "My phone broke. The authenticator still works on my tablet, but please reset my MFA so I can add the "
                  "new phone.", "mfa_reset"),
    ("locked", "The screen lock after 5 minutes kicked in and now my account is locked, please unlock it.",
     "account_unlock"),
    ("access gone", "I have had access for years to the Planning folder, but since Monday it says access denied. "
                    "Please restore my access.", "group_membership"),
])
def test_the_close_requests_stay_requests(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("odd mail", "Got a suspicious e-mail saying my password expires tonight and to click a link. I didn't click it.",
     "other"),
    ("Mail", "Unbekannter Absender schreibt, mein Passwort läuft ab. Ich habe nichts angeklickt.", "other"),
    # Near miss: suspicion named, and a reset asked for in so many words.
    ("suspicious", "A suspicious mail asked for my password, I didn't click. My own password expired today though, "
                   "please reset it.", "password_reset"),
])
def test_a_mail_reported_as_suspicious_asks_for_nothing(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A password's expiry told with its interval is the policy; a firm's use of a second factor is a policy too.
    ("tender form", "The tender form asks if staff passwords expire every 60 days and if we enforce 2FA for remote "
                    "access. What may I write?", "other"),
    ("Kennwort", "Kunde fragt: laufen unsere Passwörter alle 90 Tage ab?", "other"),
    ("mdp", "Un client demande si les mots de passe expirent tous les 90 jours.", "other"),
    ("contraseñas", "Un cliente pregunta si las contraseñas caducan cada 90 días.", "other"),
    ("wachtwoord", "Een klant vraagt of de wachtwoorden elke 90 dagen verlopen.", "other"),
    # Or its interval asked with "how often" (h135's meaning, our sentences): the rule, for an audit or a form.
    ("policy question", "our auditors want to know how often passwords expire here and if length is enforced. "
                        "who can send me the rules?", "other"),
    ("Richtlinie", "Wie oft laufen bei uns die Passwörter ab? Die Revision fragt danach.", "other"),
    ("politique", "À quelle fréquence les mots de passe expirent-ils chez nous ? C'est pour un audit.", "other"),
    ("política", "¿Cada cuánto caducan las contraseñas en la empresa? Es para una auditoría.", "other"),
    ("beleid", "Hoe vaak verlopen de wachtwoorden bij ons? De accountant vraagt ernaar.", "other"),
    ("expired", "My password expired and I never know how often it happens, please reset it.", "password_reset"),
    # Near misses: the expiry happened and a reset is asked; a factor lost and asked to be reset.
    ("expired", "My password expired today (they expire every 90 days), please reset it.", "password_reset"),
    ("new phone", "Got a new phone, the authenticator is gone. Please reset my MFA.", "mfa_reset"),
])
def test_a_policy_told_is_no_account_to_change(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# holdout48 (a hospital trust's): a duty roster that still shows someone who left is an entry to correct; a leaver
# whose account is asked to end beside it stays an offboarding.
@pytest.mark.parametrize(("subject", "body"), [
    ("rota", "The duty rota still lists a nurse who left in March on next week's shifts. Who corrects that?"),
    ("Dienstplan", "Im Dienstplan steht noch eine Kollegin, die uns verlassen hat. Wer pflegt das?"),
])
def test_a_roster_that_still_shows_a_leaver_is_no_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_leavers_account_asked_to_end_beside_the_roster_is_an_offboarding():
    result = triage("leaver", "Tom Reed left on Friday and is still on the rota; please disable his account.")
    assert result.category == "offboarding", result.reason


# "since onboarding" says when a fault began; nobody is to set up. (tickets/triage/other_senses.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('display name',
     'My surname has been spelled wrong in Teams since onboarding. Could it be corrected?',
     'other'),
    ('Anzeigename',
     'Mein Anzeigename ist seit meinem Onboarding falsch geschrieben. Könnt ihr das korrigieren?',
     'other'),
])
def test_onboarding_named_as_when_a_thing_began_is_no_onboarding(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# A newcomer whose onboarding is ahead stays an onboarding. (tickets/triage/other_senses.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('new starter',
     'New starter in onboarding next Monday, please set up his account and laptop.',
     'onboarding'),
])
def test_onboarding_ahead_stays(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# Holdout54 (a manufacturer's): a password-expiry mail whose genuineness is asked, nothing clicked, in five languages;
# a reset asked after such a mail stays a reset.
@pytest.mark.parametrize(("subject", "body"), [
    ("real?", "Received 'your password expires in 24 hours, click to keep your current password' from an outside "
              "address. Is it real? I did not click anything."),
    ("Kennwort", "Mail erhalten: 'Ihr Kennwort läuft heute ab, hier klicken um es zu behalten'. Ist diese Nachricht "
                 "echt? Ich habe nichts angeklickt."),
    ("mot de passe", "Mail reçu : 'votre mot de passe expire aujourd'hui, cliquez ici pour le garder'. Est-il "
                     "authentique ? Je n'ai pas cliqué."),
    ("contraseña", "Me llegó un aviso de que mi contraseña caduca hoy. ¿Es real este correo? No he hecho clic en nada."),
    ("wachtwoord", "Mail gekregen: 'uw wachtwoord verloopt vandaag, klik hier om het te behouden'. Is dit echt? Niet "
                   "op geklikt."),
])
def test_a_password_mail_whose_genuineness_is_asked_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


# holdout61 (a construction firm's): the second factor said to run on where it is while mail goes on a new phone.
@pytest.mark.parametrize(("subject", "body"), [
    ("new work phone", "Got a replacement work phone, can you set up Outlook on it? The authenticator keeps working on "
     "my iPad, nothing needed there."),
    ("Neues Handy", "Ich habe ein neues Diensthandy, bitte Outlook einrichten. Die Authenticator-App läuft weiter auf "
     "dem iPad."),
    ("nouveau téléphone", "J'ai un nouveau téléphone pour la messagerie. L'application d'authentification continue de "
     "fonctionner sur ma tablette."),
])
def test_a_factor_that_runs_on_elsewhere_is_not_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_reset_asked_after_a_real_expiry_mail_stays_a_reset():
    body = "The password expiry mail was real, I didn't click it in time and now my password expired. Please reset it."
    assert triage("pw", body).category == "password_reset"


def test_a_factor_that_runs_on_but_is_asked_moved_is_reset():
    result = triage("new phone", "The authenticator keeps working on the old phone until Friday, please move it to my "
                    "new one.")
    assert result.category == "mfa_reset", result.reason


# holdout64 (a transport operator's): a newcomer's account made already under a misspelt name, its rename asked; the
# account exists, no newcomer to set up. A spelling given for an account yet to make stays onboarding.
@pytest.mark.parametrize(("subject", "body"), [
    ("wrong name", "The account for our new driver was created with a typo in his surname, he uses it already. Can "
                   "you rename it?"),
    ("Tippfehler", "Das Konto der neuen Kollegin wurde mit Tippfehler im Nachnamen angelegt, bitte umbenennen."),
    ("faute", "Le compte du nouvel arrivant a été créé avec une faute de frappe, merci de le renommer."),
    ("typfout", "Het account van de nieuwe collega is met een typfout aangemaakt, graag hernoemen."),
])
def test_a_newcomers_account_made_misspelt_and_to_rename_is_not_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category != "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New starter Ana Lopez from 1 June, please create her account. Mind the spelling, not a typo: "
                    "Lopez without an accent."),
    ("new hire", "New hire Sam Park starts Monday, please set up his account; the HR form had a typo in his surname, "
                 "correct is Park."),
])
def test_a_spelling_given_for_an_account_yet_to_make_stays_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


# -- a password's expiry switched off (holdout66) --------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("reception screen", "please disable password expiry for the reception display account, it drops off every three "
                         "months"),
    ("wallboard", "can the wallboard account get 'password never expires'? it stops working every quarter"),
    ("Infobildschirm", "Könnt ihr beim Konto des Infobildschirms einstellen, dass das Kennwort nie abläuft?"),
    ("écran d'accueil", "Pouvez-vous faire en sorte que le mot de passe du compte de l'écran d'accueil n'expire "
                        "jamais ?"),
    ("pantalla", "¿Podéis configurar que la contraseña de la cuenta de la pantalla nunca caduque?"),
    ("infoscherm", "Kunnen jullie instellen dat het wachtwoord van het infoscherm-account nooit verloopt?"),
])
def test_a_passwords_expiry_switched_off_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("password expired", "my password expired this morning, please reset it"),
    ("display pc", "the display account's password expired, please reset it and then set it to never expire"),
])
def test_an_expired_password_whose_reset_is_asked_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


# Holdouts 59 and 67: access refused of a sudden to what worked until lately is a fault to trace.
@pytest.mark.parametrize(("subject", "body"), [
    ("planning site", "the planning sharepoint site says access denied since this morning. it worked fine yesterday and "
                      "I haven't touched anything"),
    ("drive", "Since Tuesday I get 'You do not have permission' on the G: drive Quotes folder. It was working until "
              "Monday, others in my team can still open it."),
    ("Ordner", "Seit heute früh kommt beim Ordner Angebote 'Zugriff verweigert'. Gestern ging es noch."),
    ("dossier", "Depuis ce matin, accès refusé au dossier partagé Devis. Ça marchait hier."),
    ("carpeta", "Desde ayer me sale acceso denegado en la carpeta de Ofertas, funcionaba hasta el lunes."),
    ("map", "Sinds vanochtend krijg ik toegang geweigerd op de map Offertes. Gisteren werkte het nog."),
])
def test_access_refused_where_it_worked_until_lately_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A place asked for in so many words, or refused with nothing said of it having worked.
    ("drive", "access denied on the G: drive Quotes folder since Tuesday, it worked before. please add me back to "
              "the group"),
    ("folder", "I get access denied when I open the Payroll folder, I need access to it for the month end"),
    ("no access", "I don't have access to the Tenders folder yet, I need it for the new bid"),
])
def test_access_asked_for_or_refused_without_a_history_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


# A packaging manufacturer's set (h83): a remote session set up for an outside technician (a vendor's, a supplier's)
# to reach a machine is no share's access, whatever the machine is called; a membership asked for it stays one.
@pytest.mark.parametrize(("subject", "body"), [
    ("remote service", "please arrange remote access for the supplier's technician to the folder-gluer on line 3 "
                       "tomorrow morning, he uses teamviewer"),
    ("vendor session", "The press manufacturer's service engineer needs a remote session on the drive unit of press 2 "
                       "on Monday."),
    ("Fernwartung", "Bitte Fernwartung für den Techniker des Herstellers an der Faltschachtelklebe-Maschine freigeben, "
                    "Donnerstag 9-12 Uhr."),
    ("accès à distance", "Merci d'organiser un accès à distance pour le technicien du fournisseur sur la ligne 4."),
    ("acceso remoto", "Por favor preparad acceso remoto para el técnico del proveedor en la máquina 5 el jueves."),
    ("op afstand", "Graag toegang op afstand regelen voor de monteur van de leverancier op lijn 2, donderdag."),
])
def test_a_remote_session_for_an_outside_technician_is_no_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("VPN group", "please add the vendor's technician ext_pmills to the group VPN-Vendors, he does remote support on "
                  "line 3"),
    ("access", "the external service engineer (account ext_rkahn) needs to be in VPN_Suppliers for remote maintenance"),
    ("folder", "please give me access to the Maintenance folder on the S: drive, I need the line 3 manuals"),
])
def test_a_membership_asked_beside_a_remote_session_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason
