"""How triage reads what the writer means, not only which words they used (issue 12, "triage that generalises").

Each class is pinned from both sides: the wording that asks for the action, and its look-alike that must stay
`other` (or become the other action), in more than one language. The sentences are written for these tests; none is
taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _category(subject: str, body: str) -> str:
    return triage(subject, body).category


# -- a state the writer denies is no evidence of it ------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    # Denied lockout: the reset is what is asked for, not an unlock.
    ("Sign-in trouble", "I'm not locked out as far as I can tell, the password is just wrong. Please reset my password.",
     "password_reset"),
    ("Kennwort", "Mein Konto ist nicht gesperrt, ich habe nur mein Passwort vergessen. Bitte setzen Sie es zurück.",
     "password_reset"),
    ("Warning mails", "Odd e-mails keep telling me my account will be blocked. I am not locked out, all fine, FYI.",
     "other"),
    ("Compte", "Mon compte n'est pas bloqué, je voulais juste savoir combien d'essais on a avant le blocage ?", "other"),
    # The same words, affirmed: an unlock.
    ("Sign-in trouble", "I'm locked out after too many tries this morning, please unlock me.", "account_unlock"),
    ("Konto", "Mein Konto ist gesperrt, bitte entsperren.", "account_unlock"),
    ("Compte", "Mon compte est bloqué depuis ce matin, pouvez-vous le débloquer ?", "account_unlock"),
])
def test_a_lockout_the_writer_denies_is_not_one(subject, body, category):
    assert _category(subject, body) == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Cover for Omar", "Omar is away for a month. Could Lena get access to his mailbox meanwhile? Do not reset his "
                       "password or change anything on his account.", "mailbox_access"),
    ("Vertretung", "Bitte geben Sie Frau Kurz Zugriff auf das Postfach von Herrn Roth. Sein Passwort bitte nicht "
                   "zurücksetzen.", "mailbox_access"),
    # Without the refusal, the reset is the request.
    ("Omar", "Omar forgot his password on holiday, please reset his password.", "password_reset"),
])
def test_a_reset_the_writer_forbids_is_not_asked_for(subject, body, category):
    assert _category(subject, body) == category


# -- a question about how something behaves, with nothing asked ----------------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("Authenticator every day?", "Since Monday the authenticator wants an approval each time I open Outlook. Has a "
                                 "setting changed? It still works, I'm only curious."),
    ("No MFA prompt", "My replacement PC never showed the two-step prompt when I signed in, unlike the old one. Is "
                      "that expected?"),
    ("MFA-Abfrage", "Seit gestern fragt die Authenticator-App zweimal am Tag nach einer Bestätigung. Ist das so "
                    "gewollt?"),
    ("Code SMS", "Le code de vérification par SMS arrive avec cinq minutes de retard maintenant. C'est normal ?"),
    ("Autenticador", "¿Es normal que el autenticador me pida aprobar cada mañana? Antes no lo hacía."),
    ("MFA melding", "Ik krijg de MFA-melding nu elke ochtend, vroeger eens per maand. Is er iets veranderd?"),
])
def test_a_question_about_behaviour_asks_for_no_action(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
    assert result.needs_human


@pytest.mark.parametrize(("subject", "body"), [
    # A question next to a request, or a sign-in that fails: still the MFA reset.
    ("Authenticator", "The authenticator wants a code every morning now, is that normal? Either way, please reset "
                      "my MFA so I can register it again."),
    ("MFA", "My phone was stolen on Saturday so I can't approve the sign-in. Is that something you can sort? I need "
            "the MFA reset."),
    ("Authenticator", "Mein Handy wurde gestohlen, bitte setzen Sie meine MFA zurück. Geht das heute noch?"),
    ("Double authentification", "J'ai perdu mon téléphone, pouvez-vous réinitialiser ma double authentification ?"),
])
def test_a_question_beside_a_request_or_a_lost_device_stays_the_request(subject, body):
    assert _category(subject, body) == "mfa_reset"


@pytest.mark.parametrize(("subject", "body"), [
    # "What should I do?" asks to be got out of a state: help, not an explanation of how things behave.
    ("Authenticator", "The authenticator on my replacement phone lists no accounts at all. What should I do?"),
    ("Authenticator", "Die Authenticator-App auf dem neuen Handy zeigt keine Konten mehr. Was soll ich tun?"),
])
def test_asking_what_to_do_about_a_state_asks_for_help(subject, body):
    assert _category(subject, body) == "mfa_reset"


# -- "the new password" is one the writer already has --------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Locked", "Please unlock anna.berg@example.org, she mistyped the new password too often. She knows it now.",
     "account_unlock"),
    ("Locked", "I typed my new password wrong a few times and now I'm locked out, can you let me back in?",
     "account_unlock"),
    # Asked for, a new password is a reset.
    ("Password", "Can you give me a new password? The old one stopped working after the weekend.", "password_reset"),
    ("Kennwort", "Ich brauche ein neues Passwort, das alte geht nicht mehr.", "password_reset"),
])
def test_a_new_password_already_known_is_not_asked_for(subject, body, category):
    assert _category(subject, body) == category


# -- information only ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Starter in the autumn", "Someone joins us in the autumn. What details would you need from us beforehand? "
                              "Don't set anything up yet please.", "other"),
    ("Plans", "Somebody suggested E5 for the partners. What's really the difference with E3? Not asking you to "
              "change anything yet.", "other"),
    # The same topic with a change asked for.
    ("Starter", "Our new designer Mia Lund starts on 3 March, please create her account.", "onboarding"),
    ("Plans", "Please upgrade Tom Ekberg from E3 to E5.", "license_change"),
])
def test_a_question_for_information_changes_nothing(subject, body, category):
    assert _category(subject, body) == category


# -- "is this real?" above a forwarded mail ---------------------------------------------------------------------------

_FORWARDED_WARNING = ("\n\n---------- Forwarded message ---------\nFrom: Account Team <alerts@acct-check.example>\n"
                      "Subject: Your mailbox will be locked\n\nYour account will be locked in 12 hours. Verify here.")


@pytest.mark.parametrize(("words", "category"), [
    ("Is this real? I didn't click on anything.", "other"),
    ("Ist das echt? Ich habe nichts angeklickt.", "other"),
    ("C'est un vrai message ? Je n'ai rien cliqué.", "other"),
    ("Is dit echt?", "other"),
    # The writer's own request above the same forward is read.
    ("I clicked the link and now I'm locked out of my account. Please unlock it.", "account_unlock"),
])
def test_a_forward_asked_about_is_not_its_own_request(words, category):
    assert _category("Fwd: Your mailbox will be locked", words + _FORWARDED_WARNING) == category


# -- the identity side named only to say it is done ----------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Starter's monitor", "The monitor for our new starter (joins 2 June) came with a dead pixel line. Can you send "
                          "another one? Her account is already set up.", "other"),
    ("Starter", "Our new starter joins on 2 June: please set up her account and a laptop.", "onboarding"),
])
def test_hardware_for_a_starter_whose_account_is_done(subject, body, category):
    assert _category(subject, body) == category


# -- an alert retold, and a sign-out asked for in the requester's own words ----------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Strange sign-in", "I had a warning about a suspicious sign-in to my account from Manila last night. That was not "
                        "me. Please revoke all sessions on my account straight away.", "session_revoke"),
    ("Konto gehackt", "Von meinem Konto gingen heute Nacht Mails raus, die ich nie geschrieben habe. Bitte werfen Sie "
                      "alle Geräte und Sitzungen raus.", "session_revoke"),
    # The alert alone, its advice in "your" words: a person reads it; no reset or sign-out runs on its strength.
    ("Fwd: Security alert", "We detected an unusual sign-in to your account. If this wasn't you, reset your password "
                            "and sign out of all sessions.", "other"),
])
def test_an_explicit_sign_out_survives_the_alert_it_follows(subject, body, category):
    assert _category(subject, body) == category


# -- memberships said the way people say them ----------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Re: cannot see the board files", "Right, so I'm not in the Directors group - could you add me please?",
     "group_membership"),
    ("Projects", "Can Ines join the Project-Leads group? She took over the Oslo job.", "group_membership"),
    ("Team", "Könnt ihr bitte Herrn Vogel ins Team \"Einkauf Nord\" in Teams aufnehmen?", "group_membership"),
    ("Team", "Kunnen jullie Sanne in het team \"Planning\" zetten?", "group_membership"),
    # The look-alike: a question about who is in a group.
    ("Directors group", "Who is in the Directors group at the moment? Just need the names for the minutes.", "other"),
])
def test_a_membership_asked_in_everyday_words(subject, body, category):
    assert _category(subject, body) == category


# -- a problem stated, the action implied --------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("phone", "smashed my phone at the weekend so the sign in approvals go nowhere. can you sort it so i can set up "
              "the replacement", "mfa_reset"),
    ("new mobile", "please take the old phone off my account, the new one arrives tomorrow", "mfa_reset"),
    ("2 step", "lost my mobile on holiday and cant get the 2 step codes any more, help", "mfa_reset"),
    ("outlook", "need new password for teams, the one i picked on my phone last night is not accepted", "password_reset"),
    # Look-alikes: a lost phone still signed in to the mail is a sign-out; a phone's own passcode is no reset.
    ("lost phone", "I lost my work phone on the bus and it is still signed in to my e-mail. Please sign me out "
                   "everywhere.", "session_revoke"),
    ("phone", "Forgot the passcode on my phone, can you help me unlock the phone itself?", "other"),
])
def test_a_stated_problem_implies_its_action(subject, body, category):
    assert _category(subject, body) == category


# -- the newest part of a reply or forward speaks for the writer ---------------------------------------------------

_EXPIRY_NOTICE = ("\n\n---------- Forwarded message ---------\nFrom: IT Notifications <noreply@example.org>\n"
                  "Subject: Your password expires soon\n\nYour password will expire in 2 days. Please change it.")


@pytest.mark.parametrize(("words", "category"), [
    ("Too late, it ran out over the weekend and I can't get in. Could you reset it for me please?", "password_reset"),
    ("I missed this one. Can you set me a new one please?", "password_reset"),
    ("Hab ich verpasst, jetzt komme ich nicht mehr rein. Können Sie es bitte zurücksetzen?", "password_reset"),
    # The same forward with nothing asked, or another thing asked: the notice's wording is no request.
    ("FYI, I'll change it from my desk later.", "other"),
    ("Unrelated, but could you add me to the Finance group?", "group_membership"),
])
def test_the_newest_words_ask_and_the_forward_says_for_what(words, category):
    assert _category("Fwd: Your password expires soon", words + _EXPIRY_NOTICE) == category


def test_a_pronoun_for_something_else_is_not_the_password_of_the_history():
    body = ("My account is locked after too many tries, please unlock it.\n\n> We reset your password last month as "
            "you asked.")
    assert _category("Re: account", body) == "account_unlock"


# -- a device's sign-in ended, the second factor said to be in hand --------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("tablet", "My work tablet was stolen from the car. Please log it out of my account; the authenticator is on my "
               "own phone so that's fine.", "session_revoke"),
    ("laptop", "the old laptop we sold still has my outlook open, could you sign me out of it remotely", "session_revoke"),
    # Look-alike: the second factor's phone is what is gone, so the MFA is what needs doing.
    ("tablet", "My phone with the authenticator was stolen from the car, I can't approve sign-ins. Please reset my "
               "MFA.", "mfa_reset"),
])
def test_a_lost_device_signed_out_is_a_sign_out(subject, body, category):
    assert _category(subject, body) == category


# -- a shared mailbox misbehaving is a fault, not a grant --------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Postfach buchhaltung@", "Im gemeinsamen Postfach buchhaltung@ kommen seit heute früh keine neuen Mails mehr an.",
     "other"),
    ("Postfach buchhaltung@", "Bitte geben Sie Frau Lenz Vollzugriff auf das Postfach buchhaltung@.", "mailbox_access"),
])
def test_a_shared_mailbox_that_misbehaves_is_not_an_access_request(subject, body, category):
    assert _category(subject, body) == category


# -- a start date said the Spanish way, a licence handed on ----------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Nueva compañera", "El día 12 se incorpora Lucía Prieto al equipo de ventas. Necesita usuario, correo y licencia.",
     "onboarding"),
    # Joining a department with no date is a move inside the company: the membership asked for is the request.
    ("Grupo", "Por favor, añadid a Pablo Ruiz al grupo de Compras. Se incorpora al departamento en breve.",
     "group_membership"),
])
def test_a_spanish_start_needs_its_date(subject, body, category):
    assert _category(subject, body) == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Licentie", "Kunnen jullie de licentie van Bram (uit dienst) overzetten naar Femke? Het is een E3.",
     "license_change"),
    ("Lizenz", "Bitte die Lizenz von Herrn Maier (ausgeschieden) auf Frau Kunz übertragen, Business Premium.",
     "license_change"),
    # The leaver alone, nothing handed on: the offboarding.
    ("Uit dienst", "Bram is per vandaag uit dienst. Graag zijn account blokkeren en de licentie verwijderen.",
     "offboarding"),
])
def test_a_licence_handed_on_from_a_leaver_is_a_licence_change(subject, body, category):
    assert _category(subject, body) == category


# -- locked out, and the reset asked for with a pronoun ----------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Locked out", "The password I picked on Monday has gone from my head completely. Could you reset it please?",
     "password_reset"),
    # The lockout with the password known: an unlock.
    ("Locked out", "I'm locked out after a few typos, the password itself is right. Please unlock my account.",
     "account_unlock"),
])
def test_a_reset_asked_with_a_pronoun_settles_a_lockout(subject, body, category):
    assert _category(subject, body) == category
