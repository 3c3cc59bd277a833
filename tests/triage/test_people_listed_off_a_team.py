"""Several people listed and taken off a team or site (tickets/triage/patterns.py, "removed from a team"): "remove the
contractors abc, def and ghi from the team 'X'" is a membership change, as one person's removal is. And the near
ticket: things listed and removed from a site, which is content, not membership. Set h104 showed the meaning; the
sentences are our own.
"""

from __future__ import annotations

from tickets.triage import triage


def test_people_listed_and_taken_off_a_team_is_a_membership_change():
    result = triage("project over", "The shutdown project is closed. Please remove the contractors wqpl, zrtn and "
                                    "mkvo from the teams team 'Shutdown 25', they can still read everything.")
    assert result.category == "group_membership", result.reason


def test_things_listed_and_taken_off_a_site_are_no_membership():
    result = triage("site clean-up", "please remove cat pictures, memes and gifs from the team site, it looks messy")
    assert result.category == "other", result.reason
