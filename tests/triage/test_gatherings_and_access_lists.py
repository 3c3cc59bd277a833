"""Tickets that name a leaver or an access and change nothing (tickets/triage/nothing_to_change.py): a leaving party or
a farewell gift, a list of who has access read for an audit, a leaver's account said already closed by another process
in German, French, Spanish or Dutch. And a person leaving a workplace named by what it is, a hotel or a restaurant,
with the account's closing asked beside it (tickets/triage/workplaces_left.py). nearmiss3 (a hotel group's tickets)
showed the classes; the sentences are our own, with the close requests that must stay requests.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("farewell", "Farewell lunch for Maria on Thursday, who wants to chip in for the gift?"),
    ("leaving do", "Reminder: Dan's leaving do is tonight at the rooftop bar, he retires after 30 years."),
    ("Abschied", "Einladung zur Abschiedsfeier von Herrn Kühn am Freitag in der Kantine, er geht in Rente."),
    ("pot", "Pot de départ de Claire jeudi à 18h, elle quitte la société après dix ans."),
    ("despedida", "Comida de despedida de Carmen el jueves, deja la empresa. ¿Quién viene?"),
    ("afscheid", "Afscheidsborrel voor Peter vrijdag om 16:00, hij gaat uit dienst. Iedereen welkom!"),
])
def test_a_leaving_party_is_no_offboarding(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "Sophie leaves on Friday and her leaving drinks are at 5. Please disable her account that evening."),
    ("Austritt", "Herr Kühn geht Ende des Monats in Rente, Abschiedsfeier am 28. Bitte sein Konto am 30. deaktivieren."),
])
def test_a_leaver_whose_account_is_asked_about_stays_an_offboarding(subject, body):
    _reads(subject, body, "offboarding")


@pytest.mark.parametrize(("subject", "body"), [
    ("access list", "Please send me an overview of who has access to the HR mailbox, for the data protection review."),
    ("audit", "For the auditors I need a report of all users with access to the Payroll folder, with their rights."),
    ("Berechtigungen", "Für die Prüfung brauche ich eine Liste, wer alles Zugriff auf das Laufwerk F: hat."),
    ("accès", "Pouvez-vous m'envoyer la liste des personnes qui ont accès au dossier Paie ? C'est pour l'audit."),
    ("acceso", "¿Me podéis pasar una lista de quién tiene acceso a la carpeta de Nóminas? Es para auditoría."),
    ("toegang", "Kunnen jullie een overzicht sturen van wie er toegang heeft tot de map Salarissen?"),
])
def test_a_list_of_who_has_access_is_read_not_granted(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("access review", "Quarterly access review: please remove k.dale and p.marsh from the Payroll-RW group."),
    ("share", "Please give Tom Reilly read access to the Finance share, his manager approved."),
])
def test_a_change_asked_beside_a_review_stays_a_membership(subject, body):
    _reads(subject, body, "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("laptop Jan", "Jan werkt niet meer bij ons, zijn account is al gedeactiveerd door HR. Waar lever ik zijn laptop in?"),
    ("portable", "Julie ne travaille plus chez nous, son compte a déjà été désactivé. Où dois-je rapporter son "
                 "ordinateur portable ?"),
    ("Laptop", "Herr Vogel ist nicht mehr bei uns, sein Konto wurde bereits deaktiviert. Wohin mit seinem Laptop?"),
    ("portátil", "Pablo ya no trabaja con nosotros, su cuenta ya está desactivada. ¿Dónde dejo su portátil?"),
])
def test_a_leavers_kit_with_the_account_closed_elsewhere_is_logistics(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("leaving", "Ben Carter is leaving the restaurant on 30 April, please disable his account and remove his access "
                "that day."),
    ("vertrek", "Kim verlaat het hotel per 1 mei. Graag haar account blokkeren op die dag."),
    ("salida", "Lucía deja el hotel el viernes. Por favor desactivad su cuenta ese día."),
    ("départ", "Marc quitte l'établissement le 15. Merci de désactiver son compte et ses accès ce jour-là."),
])
def test_a_person_leaving_the_workplace_with_the_account_to_close_is_an_offboarding(subject, body):
    _reads(subject, body, "offboarding")


@pytest.mark.parametrize(("subject", "body"), [
    ("guest", "Mr Patel leaves the hotel tomorrow morning, please prepare his invoice."),
    ("client", "Mme Roux quitte l'hôtel demain matin, merci de préparer sa facture."),
])
def test_a_guest_leaving_a_hotel_is_no_leaver(subject, body):
    _reads(subject, body, "other")


# Set h81: who gave someone the access they hold, asked after the fact, is history to look up; nobody is added.
@pytest.mark.parametrize(("subject", "body"), [
    ("audit", "For the internal audit: who granted Maria Lopez access to the HR share in March, and who signed it off?"),
    ("Berechtigung", "Wer hat Herrn Kaya die Berechtigung auf den Einkaufsordner erteilt? Die Revision fragt nach."),
    ("accès", "Qui lui a donné l'accès au dossier Paie ? L'audit veut le savoir."),
    ("acceso", "¿Quién le dio acceso a la carpeta de Compras a Pedro? Lo pregunta auditoría."),
    ("toegang", "Wie heeft Sanne toegang tot de map Inkoop gegeven? De auditor vraagt ernaar."),
])
def test_who_granted_an_access_asked_afterwards_adds_nobody(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("sales folder", "Who gave Tom access to the sales folder? Please give me access to the sales folder as well."),
    ("finance share", "Please grant Lisa Park access to the finance share, her manager approved it."),
])
def test_an_access_asked_beside_the_question_stays_a_membership(subject, body):
    _reads(subject, body, "group_membership")
