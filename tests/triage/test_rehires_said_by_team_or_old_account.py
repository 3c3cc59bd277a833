"""A person who comes back to work here, said with the team or the site between the verb and its day ("rejoins
dispatch leeds on 03.03", "comes back as buyer on the 1st"), and their old account wondered about or everything asked
again (tickets/triage/objects.py's _RETURNS and _MADE_AGAIN): a rehire is an onboarding. And the near misses left
alone: one back from leave, one back on a project, whose account exists. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Rehire", "Former colleague Lars Holm rejoins dispatch leeds on 03.03. Please reactivate his old account."),
    ("Back with us", "Ines Vidal comes back as buyer on the 1st after three years away, please create a new one for her."),
    ("Returning", "pkrane is rejoining warehouse 4 next month. Her old account was probably purged, please reactivate."),
    ("Rehire", "Jonas comes back to us on 01.06 in logistics; he had an account until 2022, needs everything again."),
])
def test_a_rehire_with_the_old_account_is_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Project", "Tom rejoins the project team next week after his secondment; please add him to the project site."),
    ("Leave", "She comes back as team lead on the 3rd after parental leave; can she get the team lead mailbox?"),
    ("Printer", "Anna comes back as planned on Monday, her printer still shows offline."),
])
def test_a_return_from_leave_or_to_a_project_is_no_onboarding(subject, body):
    assert triage(subject, body).category != "onboarding"
