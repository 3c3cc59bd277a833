"""One reading of "the newcomer's account exists already" (joiner_leaver_words.ACCOUNT_EXISTS_ALREADY).

objects.py's onboarding veto, already_done.py's newcomer vetoes and starter_hardware.py each held their own version;
each missed some of what another caught. These are sentences one of the three used to miss, and near ones that must
stay unread."""

from __future__ import annotations

import re

import pytest

from tickets.triage.joiner_leaver_words import ACCOUNT_EXISTS_ALREADY

_EXISTS = re.compile(ACCOUNT_EXISTS_ALREADY, re.IGNORECASE)


@pytest.mark.parametrize("text", [
    # objects.py knew no French, Spanish or Dutch name of the account.
    "nouveau collègue lundi, l'utilisateur existe déjà.",
    "nuevo compañero desde el lunes, el usuario ya existe.",
    "nieuwe collega vanaf maandag, de gebruiker bestaat al.",
    # objects.py let one word stand between, not the login and its comma.
    "the new analyst's login is j.moreau, already created.",
    # starter_hardware.py's "exists" had no user by that name; already_done.py had no one saying so between.
    "Neuer Kollege ab Montag, Benutzer existiert bereits.",
    "her login has according to HR already been set up",
    "nueva compañera, su cuenta ya fue creada por RRHH.",
])
def test_an_account_said_there_already_is_read(text):
    assert _EXISTS.search(text.lower())


@pytest.mark.parametrize("text", [
    # Denied or put off: the account is still to make.
    "the account is not yet created, please set it up.",
    "das Konto ist noch nicht angelegt.",
    "son compte n'est pas encore créé.",
    # Spanish's "ya" with a verb that is no making: "his account already gives an error".
    "su cuenta ya da error al entrar.",
    # An account with no "already": asked to be made.
    "please make sure the user account is created by Monday.",
])
def test_an_account_still_to_make_is_not(text):
    assert not _EXISTS.search(text.lower())
