"""Hard negatives that read like an action (holdout10's general classes), each with its near miss on the other side.

A report of who is in a group, a device's PIN or recovery key, a program's own licence key and a list that stops
delivering (asked only to be looked into) name the words of an action, and none asks for it: acting on them changes
an account nobody asked to change. The sentences are our own; the positives show each rule stays narrow.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("members of sg_buyers", "for the quarterly review please export the list of members of sg_buyers to excel"),
    ("Audit", "Could you send me a report of all members of the Finance-Readers group? The auditors want it."),
    ("group question", "who is currently in the group sg_payroll_admins? need to know before the audit"),
    ("Mitglieder", "Bitte schicken Sie mir eine Liste der Mitglieder der Gruppe GG-Vertrieb."),
])
def test_a_report_of_a_groups_members_is_not_a_membership_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("add me to sg_buyers", "please add me to the group sg_buyers, i need the purchasing share"),
    ("Gruppe", "Bitte fügen Sie Herrn Kaya der Gruppe GG-Vertrieb hinzu."),
])
def test_a_membership_asked_for_is_still_one(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("laptop locked", "typed my windows hello pin wrong several times and now the laptop is locked, what do i do"),
    ("bitlocker", "after the bios update my notebook asks for the bitlocker recovery key, can you unlock it"),
    ("PIN gesperrt", "Meine PIN ist nach zu vielen Versuchen gesperrt, der Rechner will einen Wiederherstellungsschlüssel."),
])
def test_a_device_pin_or_recovery_key_is_not_an_account_unlock(subject, body):
    result = triage(subject, body)
    assert result.category != "account_unlock", result.reason
    assert result.category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("account locked", "my account is locked after too many wrong password attempts, please unlock it"),
    ("Konto gesperrt", "Mein Konto ist gesperrt, bitte entsperren."),
])
def test_a_locked_account_is_still_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("cad software licence key", "the cad viewer on the design pc wants a licence key again since the update"),
    ("product key", "floor plan tool asks for a product key after i reinstalled it on hostname_442"),
    ("Lizenzschlüssel", "Das Etikettenprogramm fragt nach dem Lizenzschlüssel seit der Neuinstallation."),
])
def test_a_programs_licence_key_is_not_a_licence_assignment(subject, body):
    result = triage(subject, body)
    assert result.category != "license_change", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("licence for Paul", "please assign a Visio Plan 2 licence to paul.hart@example.com"),
    ("Lizenz", "Bitte weisen Sie Frau Roth eine E3-Lizenz zu."),
])
def test_a_licence_asked_for_a_person_is_still_a_licence_change(subject, body):
    assert triage(subject, body).category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("dl not delivering", "mails to dl_sales_east stopped delivering this morning, can you check?"),
    ("distribution list", "the regional managers distribution list is not delivering since monday. "
                          "could you look into it please"),
])
def test_a_list_that_stops_delivering_asked_to_be_checked_is_a_diagnosis(subject, body):
    result = triage(subject, body)
    assert result.category != "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("sales list", "i am not receiving mails sent to the sales distribution list, can you add me to it?"),
    ("distribution list", "please add tom.reyes@example.com to the sales distribution list"),
])
def test_a_list_someone_asks_to_join_is_still_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("new dl", "please create a new distribution list for the warehouse safety team, i will be the owner"),
    ("group for project", "can you set up a new security group for the tender project? members to follow"),
])
def test_a_new_list_or_group_to_build_is_not_a_membership_change(subject, body):
    result = triage(subject, body)
    assert result.category != "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("copier scan folder", "the copier on floor 2 shows an error when scanning to the shared folder since this morning"),
    ("scan to folder", "access denied when scanning to the finance share from printer_kx_3, several of us have it"),
])
def test_a_device_failing_to_write_to_a_share_is_not_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category != "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("nvr login", "the night guard cannot log in to the nvr at the depot, the password does not work"),
    ("router", "forgot the admin password of the router in the branch office"),
])
def test_a_devices_own_login_is_not_a_directory_password_reset(subject, body):
    result = triage(subject, body)
    assert result.category != "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("shared folder", "please give me access to the finance shared folder", "group_membership"),
    ("password", "i forgot my windows password, please reset it", "password_reset"),
])
def test_the_same_objects_asked_for_plainly_stay_actions(subject, body, category):
    assert triage(subject, body).category == category
