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
    # Sets ho10, nearmiss1 and h137: the kit said given back, and a heading that names the kit after "leaver:".
    ("scanner back", "the picker who left last week, his scanner was returned to the warehouse office. can it be reset "
                     "for the pool?"),
    ("tablet", "Returned tablet from a nurse who has left, it now asks for her personal Apple ID."),
    ("leaver: return of her equipment", "the agency worker finished his placement. He still holds a loaner laptop and a charger."),
    ("Austritt", "Frau Sommer ist ausgeschieden, ihr Tablet wurde heute im Büro zurückgegeben. Wohin damit?"),
    ("départ", "Marc est parti, son iPad a été rendu à l'accueil, merci de le réinitialiser."),
    ("baja", "Laura dejó la empresa; el portátil ya está devuelto en recepción, ¿lo podéis formatear?"),
    ("uit dienst", "Kees is uit dienst, zijn tablet is ingeleverd bij de balie. Wie haalt het op?"),
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
    ("leaver: Tom Berg", "Leaver: Tom Berg, Sales, leaving 30/06. Laptop to be returned."),
    ("returned", "Tom left, his laptop was returned to IT. please disable his login and remove him from all groups"),
    ("retiring", "our storeman retires at the end of the month, account to be switched off and his phone returned"),
])
def test_the_account_closed_beside_the_hardware_stays_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason
