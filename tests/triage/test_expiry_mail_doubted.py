"""A mail announcing the password's expiry, received and asked whether it is ours
(tickets/triage/expiry_mail_doubted.py): a mail to look at, no reset asked. And the near readings that stay resets.
Sets holdout67 and holdout114 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("odd mail", "I got an email saying my password expires tonight and I should click a button to keep it. Is this from you?"),
    ("password mail", "received a mail that says 'your password has expired, confirm it here'. the address looks strange, is it real?"),
    ("Mail", "Ich habe eine Mail bekommen, dass mein Kennwort morgen abläuft, mit einem Link. War das von euch?"),
    ("mail bizarre", "J'ai reçu un mail disant que mon mot de passe expire aujourd'hui. Est-ce que ça vient de vous ?"),
    ("correo raro", "Recibí un correo que dice que mi contraseña caduca hoy y que pinche en un enlace. ¿Es vuestro?"),
    ("rare mail", "Ik kreeg een mail dat mijn wachtwoord vandaag verloopt, met een link. Komt die van jullie?"),
])
def test_a_doubted_expiry_mail_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("password expired", "My password ran out overnight and the screen to change it refuses every new one, please reset it."),
    ("expired", "Got the mail that my password expires, I tried to change it and now I'm stuck, can you please reset my password?"),
])
def test_an_expiry_with_a_reset_asked_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


# The doubt said as a statement, with the link left alone and no auxiliary before it (h135's meaning, our sentences).
@pytest.mark.parametrize(("subject", "body"), [
    ("is this one ours?", "A mail arrived telling me my password runs out today, with a button to keep it. Looks dodgy, not clicked it."),
    ("suspicious", "got a message claiming my password expires in two hours. seems like phishing, not opened the link"),
    ("expiry mail", "Someone sent me a 'password expires tonight' warning from an odd sender, looks fishy so not clicked on anything."),
])
def test_an_expiry_mail_doubted_and_left_alone_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("password expired", "My password expired this morning and I have not clicked anything yet, please reset it."),
    ("expired", "password ran out over the weekend, the change screen is not opening at all. can you reset it please"),
])
def test_an_expired_password_with_a_reset_asked_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("is this genuine? password expires", "Received the message below telling me my password expires today, there is a link to keep "
     "the current one."),
    ("real? my password expires today", "Had a message telling me my password expires today, with a button to keep the old one. "
     "Left it alone."),
    ("Fake? Kennwort läuft heute ab", "Habe heute früh eine Nachricht bekommen: mein Kennwort läuft heute ab, bitte über den Link "
     "bestätigen."),
    ("Mail authentique ? mon mot de passe expire aujourd'hui", "J'ai reçu un mail disant que mon mot de passe expire aujourd'hui, "
     "avec un lien pour le garder."),
    ("¿Es real? mi contraseña caduca hoy", "Me llegó un correo: mi contraseña caduca hoy, hay que confirmarla en un enlace."),
    ("echt? mijn wachtwoord verloopt vandaag", "Ik ontving een mail: mijn wachtwoord verloopt vandaag, met een link om het te "
     "houden."),
])
def test_the_doubt_asked_in_the_subject_over_the_mail_told_below_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "label"), [
    # The doubt in the subject, but a reset asked in so many words below it.
    ("is this real? password expiry mail", "had a message that my password would run out today; I already typed it into the link, so please reset my password now.",
     "password_reset"),
    # A real expiry, no mail doubted: the subject asks about the writer's own trouble.
    ("password expired?", "Since early today my password is out of date and the change page takes none of the new ones, please reset it.",
     "password_reset"),
])
def test_a_reset_asked_under_a_doubting_subject_stays_a_reset(subject, body, label):
    result = triage(subject, body)
    assert result.category == label, result.reason
