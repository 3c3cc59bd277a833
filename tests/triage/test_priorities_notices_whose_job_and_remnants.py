"""An incident's priority, a notice told only so the desk knows, a question of whose job a thing is, a factor that
stays where it is, a customer's login on our portal, the reset page's outage, a device said locked, a lost phone to
wipe, a leaver's one remnant on a list; and on the other side, requests said in words the engine did not know: an
intruder put out, a temp's stay said ended, newcomers' logins to set up, people pointed at and added to a team, a
group named before "can you add me?", Teams Phone and Project P3, codes still sent to the old phone, a password change
the desk is asked to force (tickets/triage/vocabulary.py, patterns.py, questions.py, other_senses.py,
devices_and_notices.py, not_the_account.py, said_briefly.py, stays_or_goes.py, objects.py).

holdout39 (a telecom operator's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A bare P1/P2 is the incident's priority, not Entra's plan.
    ("Billing run stuck", "the nightly billing run hasn't finished, invoices can't go out. P1 please"),
    ("Raise priority", "can you raise INC0045512 from P2 to P1, the whole floor is affected"),
    # Whether to worry is a question, not a want.
    ("Strange prompts", "My authenticator asked me to approve two sign-ins at 6am, I said no. Do I need to be worried?"),
    ("Anmeldeanfragen", "Ich habe heute früh eine Anmeldeanfrage im Authenticator bekommen, die nicht von mir war. "
                       "Muss ich mir Sorgen machen?"),
    # A subject that calls the ticket a question.
    ("Question: leaver laptops", "when someone leaves, should the manager collect the laptop or does IT pick it up?"),
    # Whose job it is, or from which side it is done.
    ("Carrier portal", "the shared login for the carrier's booking portal has expired. who looks after that, us or them?"),
    ("Lieferantenportal", "Das Kennwort für das Lieferantenportal ist abgelaufen. Wer ist dafür zuständig?"),
    ("Portail fournisseur", "Le compte du portail fournisseur est bloqué. Qui s'occupe de ça ?"),
    ("Test system", "password on the vendor's test system expired, can we reset it from our side or do they have to?"),
    # A second factor said to stay as it is while the phone changes.
    ("New Samsung", "Got a new work Samsung. How do I set up Outlook on it? The authenticator remains on my own phone."),
    ("Neues Diensthandy", "Ich habe ein neues Diensthandy und brauche dort E-Mails. Die Authenticator-App bleibt auf "
                          "meinem privaten Handy."),
    # Told only so the desk knows.
    ("Welcome mail", "the welcome e-mail for last week's starters had the wrong start time in it. just letting you "
                     "know so someone can fix the template"),
    ("Onboarding-Mail", "Die Onboarding-Mail an die neuen Kollegen hatte einen falschen Link, nur damit ihr Bescheid "
                        "wisst."),
    # One of the public on the company's portal, with an aside after them.
    ("Web shop login", "a customer (order 55120) says the password reset mail from the web shop never arrives"),
    ("Kundenportal", "Ein Kunde meldet, dass sein Passwort im Kundenportal nicht mehr funktioniert."),
    # The self-service reset page's outage.
    ("Reset site", "the self-service password reset site is down, it shows 502 for everyone on the night shift"),
    ("SSPR", "Die Passwort-Reset-Seite ist seit heute Morgen nicht erreichbar."),
    # A device said locked by its app.
    ("Scanner", "the stock app on my handheld says 'device locked, contact admin' since the update"),
    # A password change as a policy, or as a thing that happened.
    ("Password policy", "we require a password change every 90 days, why does mine never ask?"),
    # An old phone gone, with no codes sent to it.
    ("Old phone", "my old mobile broke, where do I order a new one?"),
    # A lost phone whose wipe is asked.
    ("Phone gone", "left my work mobile on the bus, the authenticator and Teams are on it. please remote wipe it"),
    ("Handy weg", "Diensthandy verloren, der Authenticator war drauf. Bitte aus der Ferne löschen."),
])
def test_priorities_notices_questions_and_things_not_ours_are_for_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Entra's plan named with its product, and a licence asked plainly beside a priority.
    ("Licence", "please assign an Entra ID P2 licence to j.murray", "license_change"),
    ("Visio", "need Visio for Ana Ruiz please, approved by her manager", "license_change"),
    # A product the engine did not know, and Project's plan asked for a person.
    ("Teams Phone", "I'm joining the switchboard team and need Teams Phone so I can take calls on my laptop",
     "license_change"),
    ("Project P3 for Lena Vogt", "cost centre 2210, approved by finance", "license_change"),
    # A group named, then "add me" in the next sentence.
    ("GRP-Reports-RO", "The dashboard says I'm not in GRP-Reports-RO. Could you add me?", "group_membership"),
    # Worry words do not hide a want that is there.
    ("MFA", "I got a new phone and need the authenticator moved to it, no need to worry about the old one",
     "mfa_reset"),
    # A factor asked for on the new phone, beside the wipe.
    ("Phone stolen", "my phone with the authenticator was stolen. please wipe it and set up MFA on my new one",
     "mfa_reset"),
    # A question's subject with a real request below it.
    ("Locked?", "I'm locked out after the weekend, please unlock my account", "account_unlock"),
    # A plea beside "just letting you know" keeps the request.
    ("Retirement", "just letting you know Ken retires on Friday after 30 years, please disable his account that evening",
     "offboarding"),
    # A leaver announced lightly, with the day they go or a question about what to do, starts their offboarding.
    ("Leaving", "just a heads-up, Mia Doyle is leaving the company on Friday. what do we need to do with her laptop "
                "and login?", "offboarding"),
    ("Leaving", "just letting you know Ken Byrne is leaving the company on Friday.", "offboarding"),
    # Staff's own password beside a customer meeting.
    ("password", "I forgot my password and have a customer meeting in ten minutes, please reset it", "password_reset"),
    # The reset asked for in so many words while the page is down.
    ("Password", "the password reset page is down, can you reset my password for me please?", "password_reset"),
    # An account locked, not a device.
    ("Locked", "my account is locked after too many attempts, please unlock it", "account_unlock"),
    # An intruder put out beside a compromise.
    ("Hacked", "my mailbox has been hacked, there are rules I didn't make. please kick out whoever is logged in",
     "session_revoke"),
    ("Gehackt", "Mein Konto wurde gehackt. Bitte rauswerfen, wer auch immer gerade angemeldet ist.", "session_revoke"),
    # Sign-in codes still sent to the old phone, and a password change the desk is asked to force.
    ("Codes", "my verification codes still come to my old mobile, I have a new number since Monday", "mfa_reset"),
    ("SMS-Codes", "Die Anmeldecodes kommen noch aufs alte Handy, ich habe eine neue Nummer.", "mfa_reset"),
    ("Password exposed", "I typed my password into the wrong window during a screen share. could you force a "
                         "password change on my account?", "password_reset"),
    # A temporary worker's stay said ended already.
    ("Temp", "our agency temp Rosa finished early, pls disable her login today", "offboarding"),
    ("Werkstudentin", "Die Werkstudentin hat gestern aufgehört, bitte ihr Konto sperren.", "offboarding"),
    ("Becario", "El becario terminó ayer, desactivad su cuenta por favor.", "offboarding"),
    # Newcomers' logins to set up.
    ("New nurses", "Two new nurses start on the 3rd on ward 5. Please create their accounts.", "onboarding"),
    ("Agents", "3 new agents start 02/06, please set up their logins and e-mail:\nA. Byrne\nC. Walsh\nD. Nolan",
     "onboarding"),
    # People pointed at, added to a named team.
    ("Teams", "please add these 4 to the Network Planning North team:\n- a.kelly\n- b.ryan\n- c.doyle\n- d.burke",
     "group_membership"),
    ("Team", "can you add the following people to the Night-Shift team: ann.lee, bob.kerr", "group_membership"),
    # A leaver's one remnant on a list.
    ("Bounce", "Sean Walsh left in March but is still on dl-sales-ie and every mail bounces. please remove him from "
               "the list", "group_membership"),
    # A leaver whose account is asked closed too stays an offboarding.
    ("Leaver", "Tom Hart left last week and is still on the sales list; please disable his account and remove him from "
               "everything", "offboarding"),
])
def test_the_near_requests_stay_requests(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
