"""The requester's language, from what they wrote: five languages, English when it cannot be told."""

from __future__ import annotations

import pytest

from tickets.triage.language import detect_language, guess_language


@pytest.mark.parametrize(("text", "language"), [
    ("Hi, I forgot my password and now I cannot sign in. Could you reset it please?", "en"),
    ("Guten Morgen, mein Konto ist gesperrt und ich komme nicht mehr in Outlook. Bitte entsperren.", "de"),
    ("Bonjour, mon compte est bloqué depuis ce matin, pouvez-vous le débloquer s'il vous plaît ?", "fr"),
    ("Buenos días, necesito acceso al buzón compartido de ventas para cubrir a mi compañera.", "es"),
    ("Goedemorgen, kunnen jullie mij toevoegen aan de groep Marketing? Ik ben nieuw in het team.", "nl"),
])
def test_each_language_is_recognised(text, language):
    guess = guess_language(text)
    assert (guess.code, guess.sure) == (language, True)


@pytest.mark.parametrize("text", ["MFA reset", "Hallo", "", "   ", "adele.vance@contoso.example https://x.example/"])
def test_too_little_to_tell_is_english(text):
    assert guess_language(text).code == "en" and not guess_language(text).sure


def test_addresses_links_and_quoted_mail_do_not_count():
    body = ("Hallo, bitte setzen Sie mein Passwort zurück, ich habe es vergessen.\n"
            "> On Monday, the help desk wrote: please reply to this ticket with the details of your request\n"
            "> and we will get back to you as soon as we can. https://helpdesk.example/tickets/1234\n")
    assert detect_language("Password reset", body) == "de"


@pytest.mark.parametrize(("subject", "body", "language"), [
    ("Passwort", "Hallo, ich habe mein Passwort vergessen, bitte setzen Sie es zurück.", "de"),
    ("Imprimante", "Bonjour, l'imprimante du deuxième étage n'imprime plus rien depuis ce matin.", "fr"),
    ("Password reset", "Hi, I forgot my password and cannot sign in. Could you reset it please?", "en"),
])
def test_triage_reports_the_language_for_actions_and_hand_overs(subject, body, language):
    from tickets.triage import triage

    assert triage(subject, body).language == language


def test_a_signature_and_a_quoted_english_thread_do_not_decide_the_language():
    from tickets.triage import triage

    body = ("Hola, olvidé mi contraseña y no puedo iniciar sesión. ¿Me la pueden restablecer, por favor?\n\n"
            "Kind regards\nLucía Gómez\nThis e-mail and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and delete it.\n\n"
            "From: Help Desk <helpdesk@example.com>\nSent: Monday\nSubject: RE: earlier ticket\n"
            "We have closed your previous ticket about the printer on the first floor as resolved.")
    assert triage("Password", body).language == "es"


@pytest.mark.django_db
def test_saved_triage_puts_the_language_on_the_ticket():
    from tenants.models import Tenant
    from tickets.models import Ticket
    from tickets.services import save_triage
    from tickets.triage import triage

    tenant = Tenant.objects.create(name="T", slug="t", domains=["t.example"])
    body = "Goedemorgen, mijn account is geblokkeerd na te veel pogingen. Kunnen jullie het deblokkeren?"
    ticket = Ticket.objects.create(tenant=tenant, external_id="1", subject="Account", body=body,
                                   requester_email="a@t.example")
    assert save_triage(ticket=ticket, actor="system:triage", result=triage(ticket.subject, ticket.body).to_dict())
    ticket.refresh_from_db()
    assert (ticket.language, ticket.triage["language"]) == ("nl", "nl")


def test_both_readings_come_from_one_load_of_the_model(monkeypatch):
    """The model file is unpacked once per process (2-3 CPU seconds each time), and restricting our reading to five
    languages leaves the unrestricted one able to name another language."""
    from py3langid.langid import LanguageIdentifier

    from tickets.triage import language

    real = LanguageIdentifier.from_model_file.__func__
    loads = []

    def counted(cls, *args, **kwargs):
        loads.append(args)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(LanguageIdentifier, "from_model_file", classmethod(counted))
    language._model.cache_clear()
    language._identifier.cache_clear()
    italian = "Buongiorno, ho dimenticato la mia password e non riesco più ad accedere alla posta elettronica."
    assert guess_language(italian).code == "en" and not guess_language(italian).sure  # not one we write: English
    assert guess_language("Guten Morgen, mein Konto ist gesperrt, bitte entsperren Sie es.").code == "de"
    assert len(loads) == 1
    assert language._identifier(restricted=False).classify(italian)[0] == "it"
    assert language._identifier(restricted=True).classify(italian)[0] in language.LANGUAGES
