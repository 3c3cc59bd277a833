"""Every request in a ticket, as intents: who, what, which rights, when; in English, German, French, Spanish, Dutch.

Read by `find_intents` (what the clauses ask for, whatever the category scoring says) and, through `triage`, as the
ticket stores them. Compact notation below: (kind, target, target_name, object, new_object, rights, when).
"""

from __future__ import annotations

import pytest

from rallied.intents import Intent
from tickets.triage import triage
from tickets.triage.intents import find_intents, read_intents
from tickets.triage.text import clean


def _read(body: str, subject: str = "Request") -> list[tuple[object, ...]]:
    return [(i.kind, i.target, i.target_name, i.object, i.new_object, i.rights, i.when)
            for i in find_intents(clean(subject, body))]


def _i(kind: str, *, target: str = "", name: str = "", obj: str = "", new: str = "",
       rights: tuple[str, ...] = (), when: str = "") -> tuple[object, ...]:
    return (kind, target, name, obj, new, rights, when)


ME = ""  # the requester: no address, no name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Two requests in one sentence, for the writer.
        ("Hi, could you reset my password and add me to Billing? Thanks",
         [_i("reset_password"), _i("add_to_group", obj="Billing")]),
        # One request for two people: one intent each, the writer included.
        ("Please put me and Alex Wilber in the Finance-Readers group.",
         [_i("add_to_group", obj="Finance-Readers"), _i("add_to_group", name="Alex Wilber", obj="Finance-Readers")]),
        ("Can you add Priya Shah and Tom Baker to Sales please",
         [_i("add_to_group", name="Priya Shah", obj="Sales"), _i("add_to_group", name="Tom Baker", obj="Sales")]),
        # One person, two groups; addresses as written.
        ("Add alex.wilber@contoso.example to Finance-Readers and the Billing Team.",
         [_i("add_to_group", target="alex.wilber@contoso.example", obj="Finance-Readers"),
          _i("add_to_group", target="alex.wilber@contoso.example", obj="Billing Team")]),
        # Removal, with and without the word "group".
        ("Please remove Dan Ortiz from Finance-Readers, he moved to sales.",
         [_i("remove_from_group", name="Dan Ortiz", obj="Finance-Readers")]),
        ("Could you take Adele out of the Billing Team",
         [_i("remove_from_group", name="Adele", obj="Billing Team")]),
        ("Please remove Tom Baker from the Litigation-DL distribution list on Friday 5 pm.",
         [_i("remove_from_group", name="Tom Baker", obj="Litigation-DL", when="Friday 5 pm")]),
        ("Remove Tom Baker from VPN Users on 2026-03-06 at 17:00.",
         [_i("remove_from_group", name="Tom Baker", obj="VPN Users", when="2026-03-06T17:00")]),
    ],
)
def test_requests_and_people_are_each_an_intent(body, expected):
    assert _read(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Give Sarah Send As on billing@", [_i("grant_mailbox_access", name="Sarah", obj="billing@", rights=("SendAs",))]),
        ("Sarah Lee needs full access and send as on billing@contoso.example",
         [_i("grant_mailbox_access", name="Sarah Lee", obj="billing@contoso.example",
             rights=("FullAccess", "SendAs"))]),
        ("Please let John Smith send on behalf of the sales@contoso.example mailbox",
         [_i("grant_mailbox_access", name="John Smith", obj="sales@contoso.example", rights=("SendOnBehalf",))]),
        ("I need to read and manage the accounts@contoso.example mailbox",
         [_i("grant_mailbox_access", obj="accounts@contoso.example", rights=("FullAccess",))]),
        # Rights not stated stay unstated: the planner asks, it does not pick one.
        ("Please give me access to the Reception shared mailbox",
         [_i("grant_mailbox_access", obj="Reception")]),
        ("Remove her access to billing@ - Sarah Lee no longer needs it.",
         [_i("revoke_mailbox_access", name="Sarah Lee", obj="billing@")]),
    ],
)
def test_mailbox_rights_are_exactly_as_asked(body, expected):
    assert _read(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Please upgrade Alex from E1 to E3.", [_i("swap_license", name="Alex", obj="E1", new="E3")]),
        ("Can we switch Megan from Business Basic to Business Premium?",
         [_i("swap_license", name="Megan", obj="Business Basic", new="Business Premium")]),
        ("Upgrade Megan to E3 please, she currently has E1.", [_i("swap_license", name="Megan", obj="E1", new="E3")]),
        # Upgrading without saying from what is a swap from the suite held (the planner finds it), not an assign.
        ("Can you upgrade me to E3", [_i("swap_license", new="E3")]),
        ("Please assign a Visio Plan 2 licence to Tom Baker", [_i("assign_license", name="Tom Baker", obj="Visio Plan 2")]),
        ("Please remove the Project Online licence from Alex Wilber, he no longer uses it.",
         [_i("remove_license", name="Alex Wilber", obj="Project Online")]),
    ],
)
def test_licences_by_name_and_swaps(body, expected):
    assert _read(body) == expected


def test_sign_out_everywhere_is_its_own_request():
    assert _read("Sign me out everywhere and reset my password") == [_i("revoke_sessions"), _i("reset_password")]
    assert _read("Please sign Alex Wilber out of all sessions.") == [_i("revoke_sessions", name="Alex Wilber")]


def test_a_compromise_gets_a_sign_out_and_a_reset_and_says_why():
    intents = find_intents(clean("Help", "I think I've been hacked, someone logged into my account last night."))
    assert [i.kind for i in intents] == ["revoke_sessions", "reset_password"]
    assert all("compromise" in i.text for i in intents)


def test_a_colleague_keeps_the_second_request():
    assert _read("Please reset the password for Alex Wilber and unlock his account.") == [
        _i("reset_password", name="Alex Wilber"), _i("unlock_account", name="Alex Wilber")]
    assert _read("Reset Alex Wilber's password and add him to Billing.") == [
        _i("reset_password", name="Alex Wilber"), _i("add_to_group", name="Alex Wilber", obj="Billing")]


def test_a_lockout_with_a_reset_is_the_reset_but_an_asked_unlock_is_kept():
    assert _read("I'm locked out, please reset my password.") == [_i("reset_password")]
    assert _read("Please unlock my account and reset my password.") == [_i("unlock_account"), _i("reset_password")]


@pytest.mark.parametrize(
    "body",
    [
        "How do I reset my password?",
        "Outlook keeps asking for my password since this morning.",
        "I cannot sign in to the VPN.",
        "Where can I see which groups I am in?",
        "The printer on floor 2 is offline.",
        "Teams keeps signing me out of the desktop app.",
        "Is it possible to share my calendar with the team?",
    ],
)
def test_a_question_or_a_symptom_asks_for_nothing(body):
    assert _read(body) == []


def test_an_unsaid_object_stays_empty_rather_than_guessed():
    assert _read("Please add Tom Baker to the group.") == [_i("add_to_group", name="Tom Baker")]
    assert _read("Please give Sarah Lee full access.")[0][3] == ""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # German
        ("Bitte setzt mein Passwort zurück und fügt mich zur Gruppe Vertrieb hinzu.",
         [_i("reset_password"), _i("add_to_group", obj="Vertrieb")]),
        ("Mein Konto ist gesperrt, bitte entsperren.", [_i("unlock_account")]),
        ("Bitte Tom Becker aus der Gruppe Finance-Readers entfernen.",
         [_i("remove_from_group", name="Tom Becker", obj="Finance-Readers")]),
        ("Bitte gebt Sarah Lee Vollzugriff auf das Postfach billing@contoso.example.",
         [_i("grant_mailbox_access", name="Sarah Lee", obj="billing@contoso.example", rights=("FullAccess",))]),
        ("Bitte Jana Roth erlauben, als info@contoso.example zu senden.",
         [_i("grant_mailbox_access", name="Jana Roth", obj="info@contoso.example", rights=("SendAs",))]),
        ("Bitte mich überall abmelden.", [_i("revoke_sessions")]),
        ("Ich habe ein neues Handy, bitte MFA zurücksetzen.", [_i("reset_mfa")]),
        # French
        ("Bonjour, pouvez-vous réinitialiser mon mot de passe et m'ajouter au groupe Comptabilité ?",
         [_i("reset_password"), _i("add_to_group", obj="Comptabilité")]),
        ("Mon compte est bloqué, merci de le débloquer.", [_i("unlock_account")]),
        ("Merci de retirer Paul Martin du groupe Finance-Readers.",
         [_i("remove_from_group", name="Paul Martin", obj="Finance-Readers")]),
        ("Merci de donner à Sarah Lee l'accès complet à la boîte partagée billing@contoso.example.",
         [_i("grant_mailbox_access", name="Sarah Lee", obj="billing@contoso.example", rights=("FullAccess",))]),
        ("Pouvez-vous me déconnecter partout ?", [_i("revoke_sessions")]),
        ("J'ai un nouveau téléphone, merci de réinitialiser ma MFA.", [_i("reset_mfa")]),
        # Spanish
        ("Hola, por favor restablezcan mi contraseña y añádanme al grupo Ventas.",
         [_i("reset_password"), _i("add_to_group", obj="Ventas")]),
        ("Mi cuenta está bloqueada, por favor desbloquearla.", [_i("unlock_account")]),
        ("Por favor quitar a Juan Pérez del grupo Finance-Readers.",
         [_i("remove_from_group", name="Juan Pérez", obj="Finance-Readers")]),
        ("Por favor den a Sarah Lee acceso completo al buzón compartido billing@contoso.example.",
         [_i("grant_mailbox_access", name="Sarah Lee", obj="billing@contoso.example", rights=("FullAccess",))]),
        ("Por favor cerrar mi sesión en todos los dispositivos.", [_i("revoke_sessions")]),
        ("Tengo un teléfono nuevo, por favor restablecer mi MFA.", [_i("reset_mfa")]),
        # Dutch
        ("Hallo, kunnen jullie mijn wachtwoord resetten en mij toevoegen aan de groep Verkoop?",
         [_i("reset_password"), _i("add_to_group", obj="Verkoop")]),
        ("Mijn account is geblokkeerd, graag ontgrendelen.", [_i("unlock_account")]),
        ("Graag Jan de Vries verwijderen uit de groep Finance-Readers.",
         [_i("remove_from_group", name="Jan de Vries", obj="Finance-Readers")]),
        ("Graag Sarah Lee volledige toegang geven tot de gedeelde mailbox billing@contoso.example.",
         [_i("grant_mailbox_access", name="Sarah Lee", obj="billing@contoso.example", rights=("FullAccess",))]),
        ("Kunnen jullie mij overal afmelden?", [_i("revoke_sessions")]),
        ("Ik heb een nieuwe telefoon, graag mijn MFA resetten.", [_i("reset_mfa")]),
    ],
)
def test_five_languages(body, expected):
    assert _read(body, subject="Anfrage") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Ich denke, mein Konto wurde gehackt.",
        "Je pense que mon compte a été piraté.",
        "Creo que mi cuenta ha sido hackeada.",
        "Ik denk dat mijn account gecompromitteerd is.",
    ],
)
def test_a_compromise_in_any_language_signs_out_and_resets(body):
    assert [i.kind for i in find_intents(clean("!", body))] == ["revoke_sessions", "reset_password"]


def test_the_category_of_the_verdict_comes_first_and_old_entities_stand_in():
    text = clean("Access", "Please reset my password and add me to Billing.")
    kinds = [i.kind for i in read_intents(text, "group_membership", {"group": "Billing"})]
    assert kinds == ["add_to_group", "reset_password"]
    # The clauses name nothing of the verdict's category: its one legacy intent leads, the rest follow.
    text = clean("Licence", "Office says unlicensed product, please fix. Also reset my password.")
    assert [i.kind for i in read_intents(text, "license_change", {})] == ["assign_license", "reset_password"]
    assert read_intents(text, "other", {}) == []


def test_triage_stores_every_intent_with_the_first_as_the_category():
    result = triage("Two things", "Please reset my password and add me to the Billing Team group.")
    assert result.category == Intent.from_dict(result.intents[0]).category
    assert {i["kind"] for i in result.intents} == {"reset_password", "add_to_group"}


def test_playbook_intents_keep_the_playbook():
    result = triage("Leaver", "Paul Grant is leaving the company, last day 14/04/2025. Please disable the account.")
    assert [i["kind"] for i in result.intents] == ["offboarding"]
    assert result.intents[0]["target_name"] == "Paul Grant" and result.intents[0]["when"] == "2025-04-14"


@pytest.mark.parametrize(
    ("subject", "body", "who"),
    [
        ("Sign out", "Please sign Alex Wilber out of all sessions.", "Alex Wilber"),
        ("Lost laptop", "I left my laptop on the train, please sign me out everywhere.", ""),
        ("Abmelden", "Bitte meldet mich auf allen Geräten ab, mein Handy wurde gestohlen. Bitte überall abmelden.", ""),
    ],
)
def test_a_standalone_sign_out_is_a_session_revoke_ticket(subject, body, who):
    result = triage(subject, body)
    assert result.category == "session_revoke", result.reason
    assert result.intents[0]["kind"] == "revoke_sessions" and result.intents[0]["target_name"] == who


@pytest.mark.parametrize(
    "body",
    [
        "Is this email real? It says my account is compromised and I must click the link to verify.",
        "Teams keeps signing me out of the desktop app every hour.",
        "Please help, I have to attend a few Skype sessions this week and the headset is broken.",
        "We got a security alert: unusual sign-in was blocked for the reception account.",
    ],
)
def test_alerts_and_symptoms_about_sessions_are_not_a_sign_out(body):
    result = triage("FYI", body)
    assert result.category != "session_revoke"
    assert "revoke_sessions" not in [i["kind"] for i in result.intents]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("I'm locked out and don't remember my password. Please reset it.", [_i("reset_password")]),
        ("hi can you unlcok my acount, its locked since 8am", [_i("unlock_account")]),
        ("Bitte Aisha Nair eine Visio Plan 2 Lizenz zuweisen.",
         [_i("assign_license", name="Aisha Nair", obj="Visio Plan 2")]),
        ("Hi, please add Ben Ortiz and me to the Night Shift distribution list.",
         [_i("add_to_group", obj="Night Shift"), _i("add_to_group", name="Ben Ortiz", obj="Night Shift")]),
        ("Bitte Tom Becker und Jana Roth zur Gruppe Vertrieb hinzufügen.",
         [_i("add_to_group", name="Tom Becker", obj="Vertrieb"), _i("add_to_group", name="Jana Roth", obj="Vertrieb")]),
        ("Merci d'ajouter Paul Martin et Claire Petit au groupe Comptabilité.",
         [_i("add_to_group", name="Paul Martin", obj="Comptabilité"),
          _i("add_to_group", name="Claire Petit", obj="Comptabilité")]),
        ("Por favor añadir a Ana Ruiz y Luis Gómez al grupo Ventas.",
         [_i("add_to_group", name="Ana Ruiz", obj="Ventas"), _i("add_to_group", name="Luis Gómez", obj="Ventas")]),
        ("Graag Jan de Vries en Eva Bakker toevoegen aan de groep Verkoop.",
         [_i("add_to_group", name="Jan de Vries", obj="Verkoop"), _i("add_to_group", name="Eva Bakker", obj="Verkoop")]),
        # "All groups" names no group: a technician (or the offboarding playbook) says which.
        ("Please remove Alex from all groups.", [_i("remove_from_group", name="Alex")]),
        ("Please remove Send As for Tom Baker on billing@contoso.example but keep his full access.",
         [_i("revoke_mailbox_access", name="Tom Baker", obj="billing@contoso.example", rights=("SendAs",))]),
        ("Please grant Full Access to the billing@contoso.example mailbox for alex.wilber@contoso.example",
         [_i("grant_mailbox_access", target="alex.wilber@contoso.example", obj="billing@contoso.example",
             rights=("FullAccess",))]),
    ],
)
def test_more_shapes(body, expected):
    assert _read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "I can't access the shared mailbox billing@contoso.example since this morning, it shows an error.",
        "Does Sarah have Send As on billing@?",
        "Could you check why my mailbox is full?",
        "Thanks, that worked!",
        "Can you tell me which licence I have?",
    ],
)
def test_a_fault_or_a_question_about_access_grants_nothing(body):
    assert _read(body) == []


def test_a_colleague_named_only_by_a_pronoun_is_not_the_requester_in_disguise():
    result = triage("Password", "Please reset her password.")
    assert result.needs_human  # "her" is someone the ticket does not name: a technician asks who


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Please remove Tom Baker from Sales on 14 March 2026 at 5 pm.",
         _i("remove_from_group", name="Tom Baker", obj="Sales", when="2026-03-14T17:00")),
        ("Bitte Tom Becker am Freitag um 17 Uhr aus der Gruppe Vertrieb entfernen.",
         _i("remove_from_group", name="Tom Becker", obj="Vertrieb", when="Freitag 17 Uhr")),
        ("Merci de retirer Paul Martin du groupe Finance-Readers vendredi à 17h.",
         _i("remove_from_group", name="Paul Martin", obj="Finance-Readers", when="vendredi 17h")),
        ("Por favor quitar a Juan Pérez del grupo Ventas el 3 de marzo de 2026.",
         _i("remove_from_group", name="Juan Pérez", obj="Ventas", when="2026-03-03")),
        ("Graag Jan de Vries verwijderen uit de groep Verkoop op vrijdag 17:00.",
         _i("remove_from_group", name="Jan de Vries", obj="Verkoop", when="vrijdag 17:00")),
    ],
)
def test_when_is_read_as_asked_and_ends_the_group_name(body, expected):
    assert _read(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Janet Leverling ist in die Abteilung Corporate gewechselt. Bitte nehmen Sie sie aus der Verteilerliste "
        "Litigation-DL.",
        "Janet Leverling is overgestapt naar corporate. Haal haar alsjeblieft van de distributielijst Litigation-DL.",
        "Janet Leverling se ha pasado al área corporativa. Por favor, quitadla de la lista de distribución "
        "Litigation-DL.",
        "Janet Leverling a rejoint le service juridique. Merci de la retirer de la liste de diffusion Litigation-DL.",
    ],
)
def test_a_removal_in_any_language_is_never_read_as_an_add(body):
    result = triage("Litigation-DL", body)
    kinds = [i["kind"] for i in result.intents]
    assert "add_to_group" not in kinds
    assert kinds == ["remove_from_group"] and result.intents[0]["object"] == "Litigation-DL"
def test_a_sign_out_with_a_reset_is_two_intents_not_a_mixed_request():
    result = triage("Lost phone", "Sign me out everywhere and reset my password")
    assert not result.needs_human, result.reason
    assert sorted(i["kind"] for i in result.intents) == ["reset_password", "revoke_sessions"]
    assert result.intents[0]["kind"] == {"session_revoke": "revoke_sessions"}.get(result.category, "reset_password")


def test_a_mailbox_fault_with_no_request_in_it_goes_to_a_human():
    result = triage("Shared mailbox", "The sales shared mailbox keeps disappearing from my Outlook folder list, "
                                      "then comes back after a restart.")
    assert result.needs_human
    assert not [i for i in result.intents if i["kind"] == "grant_mailbox_access"] or "fault" in result.reason


# Sessions kicked or booted out after a phishing click, even with prompts named: a sign-out, not a factor's reset. (tickets/triage/intent_words.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('phishing',
     'I clicked a link in a fake payroll email and typed my password. Please kick out any sessions on my account right away.',
     'session_revoke'),
    ('compromised',
     "I think my account was hacked, I'm getting authenticator prompts I never asked for. Please boot all active sessions.",
     'session_revoke'),
])
def test_sessions_kicked_or_booted_out_are_a_sign_out(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# A second factor asked to be reset stays that. (tickets/triage/intent_words.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('mfa',
     'New phone, please reset my authenticator so I can register it again.',
     'mfa_reset'),
])
def test_factor_asked_reset_stays(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason
