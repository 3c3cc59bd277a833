"""Which side acts on a login kept by another party, asked (tickets/triage/other_parties.py, _WHICH_SIDE): the writer's
team named as the one that might have to call that party, or the help desk asked whether it looks after the thing at
all. A person answers and routes it; no account of ours is reset or unlocked. And the near readings that stay requests.
Sets holdout98 and h137 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("exam board portal forgot password", "I forgot my password for the exam board's site and the reset link never comes. "
     "Do you manage that or is it the exam board?"),
    ("Portal gesperrt", "Mein Zugang zum Zollportal ist gesperrt nach drei Fehlversuchen. Macht ihr das oder ist das Sache vom Zoll?"),
    ("compte bloqué portail", "Mon compte sur le portail des douanes est bloqué. C'est vous qui gérez ça ou c'est la douane ?"),
    ("cuenta bloqueada", "Mi cuenta en el portal de aduanas está bloqueada. ¿Lo gestionáis vosotros o es cosa de aduanas?"),
    ("account geblokkeerd", "Mijn account op het douaneportaal is geblokkeerd. Regelen jullie dat of is dat de douane?"),
    ("tax agent login locked", "our login for the tax office's agent site got locked after wrong tries by a colleague. "
     "can you do anything or do we call the tax office?"),
    ("Zugang gesperrt", "Unser Zugang beim Zoll ist gesperrt. Könnt ihr was tun oder müssen wir beim Zoll anrufen?"),
    ("cuenta bloqueada", "Nuestra cuenta en la web de Hacienda está bloqueada. ¿Podéis hacer algo o tenemos que llamarles?"),
    ("account geblokkeerd", "Ons account bij de Belastingdienst is geblokkeerd. Kunnen jullie iets doen of moeten we ze bellen?"),
])
def test_which_side_acts_asked_is_no_reset_or_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "label"), [
    # "or is it ..." after a reset asked, not after a verb of looking after: the reset is asked.
    ("password", "can you reset my password or is it locked for good?", "password_reset"),
    ("locked", "my windows account is locked again, can you unlock it or is it the new policy?", "account_unlock"),
    # The help desk named as the one to call: still the unlock asked.
    ("locked", "I'm locked out of my laptop, please unlock me, or do we call the service desk?", "account_unlock"),
])
def test_a_change_asked_beside_an_or_stays_the_change(subject, body, label):
    result = triage(subject, body)
    assert result.category == label, result.reason


# The question mark left off where the question's own word order says it (other_parties._US_OR_THEM, set h142).
@pytest.mark.parametrize(("subject", "body"), [
    ("ferry bookings", "Locked out of the ferry line's booking website and its forgotten-password page sends nothing. Was it us or them"),
    ("supplier site", "forgot my login for the steel supplier's ordering site, reset email not arriving - is that on us or them"),
    ("Lieferantenportal", "Mein Passwort im Portal des Frachtführers muss zurückgesetzt werden, der Link kommt nicht. Liegt das bei uns oder beim Frachtführer"),
    ("portail", "Je dois réinitialiser mon mot de passe sur le portail du transporteur, le lien n'arrive pas. C'est nous ou eux"),
    ("portaal", "Ik moet mijn wachtwoord op het portaal van de vervoerder resetten maar de link komt niet. Ligt dat bij ons of bij hen"),
])
def test_whose_job_asked_without_its_question_mark_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "label"), [
    ("password", "my Windows password expired this morning, please reset it. It is the usual yearly change.", "password_reset"),
    ("locked", "after the holiday my laptop has me locked out, please unlock it, it was working fine before", "account_unlock"),
])
def test_a_plain_request_without_a_whose_job_question_stays_the_request(subject, body, label):
    result = triage(subject, body)
    assert result.category == label, result.reason
