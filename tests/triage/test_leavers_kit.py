"""A leaver's things, not their account (tickets/triage/stays_or_goes.py): a laptop to collect, a SIM's contract to
cancel, a direct dial to move on. And the near readings that stay offboardings: the account's closing asked beside
the hardware. Sets ho10, h57, h85, h95 and nearmiss1 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver laptop", "Mark left on Friday. Laptop and headset need to be collected from his home, address in HR system."),
    ("leaver sim", "Our former colleague Jane left end of May, her company SIM came back. Cancel the mobile contract "
                   "please."),
    ("direct dial", "the leaver's direct dial should be forwarded to her successor, clients still ring it"),
    ("Austritt Handy", "Herr Maier ist ausgeschieden, sein Diensthandy liegt bei mir. Bitte abholen und zurücksetzen."),
    ("départ", "Mme Roux a quitté la société, merci de récupérer son ordinateur portable à l'accueil."),
    ("baja", "Luis dejó la empresa el viernes, hay que recoger su portátil en la oficina."),
    ("uit dienst", "Piet is uit dienst, zijn laptop kan opgehaald worden bij de receptie."),
    ("return box", "temp worker finished, accounts were disabled by HR already. can you send a return box for his "
                   "laptop?"),
])
def test_a_leavers_hardware_is_no_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "Mark left on Friday. please disable his account and collect the laptop from his home."),
    ("leaver", "leaver: Mark, last day friday. disable his account, laptop to be collected by courier"),
    ("Austritt", "Herr Maier ist ausgeschieden. Bitte Konto sperren und Diensthandy abholen."),
    ("leaver", "leaver John Smith last day 30.06, please remove all access"),
    ("separation", "from hr: effective immediately terminate all system access for the warehouse lead. collect laptop "
                   "and phone."),
    ("checklist", "leaver checklist for Tom: he leaves 31/5, account off, laptop to be collected."),
])
def test_the_account_closed_beside_the_hardware_stays_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason
