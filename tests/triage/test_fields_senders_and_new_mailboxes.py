"""A group, a list or a mailbox named without anyone's membership or access asked (tickets/triage/not_asked.py): a
monitoring alert's "Group:" field, a right to send to a list, a mailbox still to be created, a mailbox that sends the
wrong way with nothing asked, an automated job's report of its own failure (tickets/triage/noise.py). And the near readings that stay requests.
holdout25 showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("[Nagios] CRITICAL", "Host: file02\nService: Disk C:\nStatus: CRITICAL\nGroup: Fileservers"),
    ("Sensor Down", "[PRTG] Sensor 'Ping' on sw-core-2: Down since 03:10\nDevice: sw-core-2 | Group: Network"),
    ("Alarm", "Zabbix: Sensor Temperatur Serverraum: Down\nGruppe: Klima"),
])
def test_a_monitoring_alerts_group_field_asks_for_no_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("can't send to list", "when I mail board-members@ I get 'you are not allowed to send to this group'. I'm the "
                           "board secretary and need to send to it"),
    ("bounce", "my message to the all-faculty distribution list was rejected, I should be able to send to that list"),
])
def test_a_right_to_send_to_a_list_is_no_place_on_it(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Access form", "Group: Finance-RW\nPlease add j.smith to the Finance-RW group, her manager approved."),
    ("add me", "please add me to the board-members distribution list"),
])
def test_a_membership_asked_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new mailbox", "Please create a new shared mailbox for the Careers Office, careers@example.org, owners me and "
                    "Dana Roe."),
    ("mailbox", "can you set up a shared mailbox for the alumni team? I'd like to be its owner"),
])
def test_a_mailbox_still_to_be_created_is_built_by_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("shared mailbox", "please give me full access to the careers@ shared mailbox, my manager approved"),
    ("send as", "mail I send from sales@ goes out as me, please give me Send As on the sales@ mailbox"),
    ("Mail from sales@ goes out as me", "please give me Send As on the sales@ mailbox"),
])
def test_access_to_a_mailbox_that_exists_is_still_asked(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("wrong sender", "when I send from admissions@ it goes out as me rather than the shared address, even though I "
                     "choose it in From"),
    ("From field", "Mails from the team mailbox arrive as my own name at the recipients."),
])
def test_a_mailbox_sending_the_wrong_way_with_nothing_asked_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("[Automation] job failed", "Joiner workflow JW-118 failed at step 'Assign licence': timeout. User: a.berg. "
                                "Retry scheduled 03:00."),
    ("[Automation] sync failed", "[Automation] Group sync for Sales-DL failed: error 500. Retry scheduled 01:30."),
])
def test_an_automated_jobs_failure_report_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_failed_job_with_a_request_is_still_the_request():
    result = triage("leaver workflow failed", "The leaver workflow failed for Tom Reed, who left the company on "
                                              "Friday. Please disable his account by hand.")
    assert result.category == "offboarding", result.reason


# A distribution list itself to retire: nobody's place on it changes. (tickets/triage/not_asked.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('old mailing list',
     'The distribution list dl-summer-event-2021 is no longer used. Could it be deleted please?',
     'other'),
    ('Verteiler',
     'Bitte den alten Verteiler Projekt-Nord löschen, das Projekt ist beendet.',
     'other'),
])
def test_list_itself_to_delete_is_no_membership(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# A person deleted from a list is taken off it: a membership. (tickets/triage/not_asked.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('DL',
     'Please delete me from the sales DL, I moved to marketing.',
     'group_membership'),
    ('Verteiler',
     'Bitte Tom aus dem Verteiler Vertrieb-Nord löschen.',
     'group_membership'),
])
def test_person_taken_off_a_list_stays_a_membership(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason
