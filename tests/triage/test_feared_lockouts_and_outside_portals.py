"""A lockout feared rather than had (tickets/triage/vetoes.py), and a login on a site another company runs, named by
that company's role (tickets/triage/other_parties.py). Neither has anything for the help desk's directory to lift or
reset: the first has not happened, the second is that company's. And the near readings that stay requests: a lockout
had now beside the fear, a reset asked before the password expires, the writer's directory password named beside the
site, a site named only as where the work waits. holdout58 (an electricity network operator's) showed them; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Trip next week", "I fly to Singapore on Monday. Does the sign-in app need mobile data? I don't want to get "
                       "locked out while I'm there."),
    ("Parental leave", "In case I get locked out during my parental leave, who do I call?"),
    ("PIN", "Is there a way to avoid being locked out if I mistype my PIN on the new laptop?"),
    ("Reise", "Ich bin ab Montag in Japan. Funktioniert die Authenticator-App ohne Netz? Ich will nicht ausgesperrt "
              "werden."),
    ("Voyage", "Je pars en mission au Maroc. Que faire pour ne pas être bloqué avec l'application sans réseau ?"),
    ("Viaje", "Me voy a México la semana que viene. ¿Qué hago para no quedarme bloqueado con la app de autenticación?"),
    ("Reis", "Volgende week ben ik in Canada. Wat moet ik doen om niet buitengesloten te worden?"),
])
def test_a_lockout_feared_is_no_unlock(subject, body):
    result = triage(subject, body)
    assert result.category != "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("Locked out", "I'm locked out of my account, please unlock it. I don't want to be locked out again tomorrow.",
     "account_unlock"),
    ("Locked", "I am locked out since this morning and I don't want to miss the shift briefing, help",
     "account_unlock"),
    ("Password", "Please reset my password before it expires, I don't want to get locked out over the weekend.",
     "password_reset"),
])
def test_a_lockout_had_or_a_reset_asked_beside_the_fear_stays(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("forgot password", "i forgot my password for the supplier portal, can you reset it?"),
    ("locked", "my account on the vendor's ordering portal is locked, please unlock"),
    ("bank site", "forgot my password for the bank's website"),
    ("carrier", "forgot my password for the carrier portal, the reset link never comes"),
    ("shop", "can't log in to the parts wholesaler's web shop, password not accepted, pls reset"),
    ("Lieferant", "Ich habe mein Passwort für das Lieferantenportal vergessen, bitte zurücksetzen."),
    ("Portail", "J'ai oublié mon mot de passe du portail du fournisseur de câbles, pouvez-vous le réinitialiser ?"),
    ("Portal", "Olvidé mi contraseña del portal del proveedor de transformadores, ¿podéis restablecerla?"),
    ("Portaal", "Ik ben mijn wachtwoord voor het leveranciersportaal vergeten, graag resetten."),
])
def test_a_login_on_another_companys_site_is_theirs(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("Windows", "my windows password stopped working this morning, also on the supplier portal. please reset it",
     "password_reset"),
    ("Reset", "please reset my password, I need to place an order on the supplier portal today", "password_reset"),
    ("Locked", "locked out of my account since this morning, can't even get to the vendor portal. please unlock",
     "account_unlock"),
    ("Vault", "lastpass says master password incorrect since yesterday, i keep all my supplier portal logins in there",
     "password_reset"),
    ("Leaver", "our buyer Tom Hale left on Friday, please disable his account and remove him from the supplier portal",
     "offboarding"),
])
def test_the_directorys_login_beside_an_outside_site_stays_the_request(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# Set h81: another company's notice that our access to its service is locked, sending us to our contact there, is
# that company's lock to lift, even with "can you unlock it?" above it.
@pytest.mark.parametrize(("subject", "body"), [
    ("portal locked", "Message from our packaging supplier: 'Your account on our ordering site has been blocked. "
                      "Please contact your account manager.' Can you unlock it?"),
    ("Zugang gesperrt", "Nachricht vom Paketdienst: Ihr Zugang wurde gesperrt, bitte wenden Sie sich an Ihren "
                        "Kundenberater. Könnt ihr das entsperren?"),
    ("accès bloqué", "Le transporteur écrit : votre compte a été bloqué, veuillez contacter votre interlocuteur. "
                     "Pouvez-vous le débloquer ?"),
    ("acceso bloqueado", "El proveedor dice: su cuenta ha sido bloqueada, póngase en contacto con su gestor. "
                         "¿Podéis desbloquearla?"),
    ("account geblokkeerd", "Bericht van de vervoerder: uw account is geblokkeerd, neem contact op met uw "
                            "contactpersoon. Kunnen jullie het ontgrendelen?"),
])
def test_a_lock_notice_from_another_company_is_theirs_to_lift(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_our_own_lockout_with_a_manager_contacted_stays_an_unlock():
    result = triage("locked out", "I'm locked out of my account after too many attempts, please unlock it. I already "
                                  "contacted my manager about the delay.")
    assert result.category == "account_unlock", result.reason
