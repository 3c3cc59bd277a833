"""Set h121 showed these meanings; the sentences are our own.

- A forward whose new words only point at the message below ("could you sort this please", "see approval below",
  "forwarded from HR") hands that message on: the forwarded request is the request (reference.py).
- A reply on a numbered ticket that says the person can sign in now and closes it asks for nothing; the subject is the
  old ticket's title (already_done.py, help_desk_own.py).
- A denial typed without its apostrophe ("dont remember", "isnt locked out") denies as the apostrophe does, and "can't
  remember what I changed it to" forgets the new password as "forgot" does (already_done.py, vetoes.py).
- A scheduler's run record (a job named in a field, a start given to the minute) is no newcomer (process_records.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _forward(new_words: str, old_subject: str, old_body: str) -> tuple[str, str]:
    body = (f"{new_words}\n\nFrom: Ortega, Lena\nSent: 2 April 2025 08:01\nTo: Servicedesk\nSubject: {old_subject}\n\n"
            f"{old_body}\n")
    return f"FW: {old_subject}", body


@pytest.mark.parametrize(
    ("new_words", "old_subject", "old_body", "label"),
    [
        ("could you sort this please", "no login",
         "Hi, I have forgotten my password after my leave and can't sign in to my PC. Lena", "password_reset"),
        ("see approval below", "stores folder",
         "Please give Omar Haddad (ohaddad) modify rights on \\\\files01\\stores\\Rotas, he is our new planner. "
         "I own the folder.", "group_membership"),
        ("forwarded from HR", "New joiner - Omar Haddad",
         "Name: Omar Haddad\nRole: Stores Planner\nTeam: Logistics East\nStart date: 05/05/2025\n"
         "Manager: Lena Ortega\nSystems needed: e-mail, ERP", "onboarding"),
        # The pointer hands on what the message below asks; a printer fault stays a fault.
        ("can you sort please", "printer", "The printer by the canteen is jamming on every job since this morning.",
         "other"),
    ],
)
def test_a_bare_pointer_hands_on_the_forwarded_request(new_words, old_subject, old_body, label):
    subject, body = _forward(new_words, old_subject, old_body)
    result = triage(subject, body)
    assert result.category == label, result.reason


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("RE: INC0051234 user locked out", "he can sign in again after your colleague unlocked it, please close"),
        ("RE: INC0051234 account locked", "the caller says she can log in now, the unlock worked. pls close"),
        ("AW: INC0051234 Konto gesperrt", "Sie kann sich jetzt wieder anmelden. Bitte schließen."),
    ],
)
def test_a_reply_saying_the_person_can_sign_in_and_closing_asks_nothing(subject, body):
    assert triage(subject, body).category == "other"


def test_a_reply_on_a_numbered_ticket_that_asks_the_unlock_again_stays_an_unlock():
    result = triage("RE: INC0051234 account locked", "I am locked out again this morning, please unlock my account")
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        ("locked out", "locked out again and i dont remember the password i picked last week", "password_reset"),
        ("pc password", "since I changed my password on monday my phone stopped syncing mail, and now I can't remember "
                        "what I changed it to, so I can't get into my PC either", "password_reset"),
        ("login expiry", "the driver's login expires on thursday, his assignment now goes on till july, please move "
                         "the expiry date so he isnt locked out on friday", "other"),
        # The other side: a lockout had now, a stale phone with the new password known, a known new password.
        ("locked out", "im locked out of my pc, please unlock me", "account_unlock"),
        ("phone mail", "since I changed my password my phone won't sync mail any more", "other"),
        ("locked out", "I'm locked out but I know the new password, just unlock me please", "account_unlock"),
    ],
)
def test_denials_without_apostrophes_and_new_passwords_forgotten(subject, body, label):
    result = triage(subject, body)
    assert result.category == label, result.reason


@pytest.mark.parametrize(
    "body",
    [
        "Job: NIGHTLY_PAYROLL_EXPORT\nStatus: aborted\nStart time: 03.04.2025 02:15\nLog: target share unreachable",
        "Jobname: Z_LAGER_ABGLEICH\nStatus: abgebrochen\nStartdatum: 03.04.2025 02:15\nBitte prüfen.",
    ],
)
def test_a_jobs_run_record_is_no_newcomer(body):
    assert triage("batch job aborted", body).category == "other"


def test_a_starter_form_with_its_first_day_stays_an_onboarding():
    body = ("New starter: Tom Reed\nStart date: 07/04/2025\nDepartment: Stores\nManager: Lena Ortega\n"
            "Please create his account and mailbox.")
    assert triage("New starter Tom Reed", body).category == "onboarding"


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # A person put in a share named in words, and people moved between two directory-named groups.
        ("stores share", "jkerr joins stores from the depot next week, put him in the stores share please", "group_membership"),
        ("team change", "from may please move these 3 from sg_depot_north to sg_depot_south: akhan, bwise, clowe",
         "group_membership"),
        ("Teamwechsel", "Bitte diese 2 Benutzer von grp_lager_a nach grp_lager_b verschieben: mmeier, tkraus",
         "group_membership"),
        ("wissel", "graag deze 2 gebruikers van grp_magazijn naar grp_expeditie verplaatsen: jdevries, pbakker",
         "group_membership"),
        # Things moved, not people: housekeeping for a person to look at.
        ("archive", "please move the files from proj_2023 to proj_2024 on the shared drive", "other"),
        ("scans", "I scanned the delivery notes, can you put them in the stores share", "other"),
    ],
)
def test_people_put_in_a_share_or_moved_between_groups(subject, body, label):
    result = triage(subject, body)
    assert result.category == label, result.reason
