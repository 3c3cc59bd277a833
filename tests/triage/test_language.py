"""The requester's language, from what they wrote: five languages, English when it cannot be told."""

from __future__ import annotations

import pytest

from tickets.triage.language import detect_language, guess_language


@pytest.mark.parametrize(("text", "language"), [
    ("Hi, I forgot my password and now I cannot sign in. Could you reset it please?", "en"),
    ("Guten Morgen, mein Konto ist gesperrt und ich komme nicht mehr in Outlook. Bitte entsperren.", "de"),
    ("Bonjour, mon compte est bloqué depuis ce matin, pouvez-vous le débloquer s'il vous plaît ?", "fr"),
    ("Buenos días, necesito acceso al buzón compartido de ventas para cubrir a mi compañera.", "es"),
    ("Goedemorgen, kunnen jullie mij toevoegen aan de groep Marketing? Ik ben nieuw in het team.", "nl"),
])
def test_each_language_is_recognised(text, language):
    guess = guess_language(text)
    assert (guess.code, guess.sure) == (language, True)


@pytest.mark.parametrize("text", ["MFA reset", "Hallo", "", "   ", "adele.vance@contoso.example https://x.example/"])
def test_too_little_to_tell_is_english(text):
    assert guess_language(text).code == "en" and not guess_language(text).sure


def test_addresses_links_and_quoted_mail_do_not_count():
    body = ("Hallo, bitte setzen Sie mein Passwort zurück, ich habe es vergessen.\n"
            "> On Monday, the help desk wrote: please reply to this ticket with the details of your request\n"
            "> and we will get back to you as soon as we can. https://helpdesk.example/tickets/1234\n")
    assert detect_language("Password reset", body) == "de"
