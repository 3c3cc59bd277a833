"""A mailbox reply says which rights: "Send As" granted is not worded as access in general, and a removal of one
right does not tell the requester the person lost the mailbox (they may keep full access)."""

from __future__ import annotations

import pytest

from workflow.replies import render_template
from workflow.replies.checks import check_draft
from workflow.replies.facts import ReplyFacts

SARAH, BILLING = "sarah.lee@contoso.example", "billing@contoso.example"
WORDS = {  # FullAccess, SendAs, SendOnBehalf in each language's templates/tickets/replies/<language>/_rights.txt
    "en": ("full access", "Send As", "Send on Behalf"), "de": ("Vollzugriff", "Senden als", "Senden im Auftrag"),
    "fr": ("accès complet", "envoyer en tant que", "envoyer de la part de"),
    "es": ("acceso total", "enviar como", "enviar en nombre de"),
    "nl": ("volledige toegang", "verzenden als", "verzenden namens"),
}
LOST_ACCESS = {"en": "no longer has access", "de": "keinen Zugriff mehr", "fr": "n'a plus accès",
               "es": "ya no tiene acceso", "nl": "geen toegang meer"}


def done_reply(language: str, kind: str, rights) -> str:
    # Facts keep every parameter as text (workflow/replies/facts._row): a list of rights arrives as its text.
    row = {"kind": kind, "target": SARAH, "own": False, "params": {"mailbox": BILLING, "rights": str(rights)}}
    facts = ReplyFacts(stage="done", language=language, name="Megan", done=[row])
    text = render_template(facts)
    assert check_draft(text, facts, []) == text
    return text


@pytest.mark.parametrize("language", list(WORDS))
@pytest.mark.parametrize(("rights", "named"), [("SendAs", (1,)), (["SendOnBehalf"], (2,)),
                                               (["FullAccess", "SendAs"], (0, 1)), ("FullAccess", (0,))])
def test_a_grant_names_exactly_the_rights_given(language, rights, named):
    text = done_reply(language, "grant_mailbox_access", rights)
    for index, word in enumerate(WORDS[language]):
        assert (word in text) == (index in named), (word, text)
    assert SARAH in text and BILLING in text


@pytest.mark.parametrize("language", list(WORDS))
def test_removing_one_right_says_which_and_not_that_the_mailbox_is_gone(language):
    text = done_reply(language, "revoke_mailbox_access", ["SendAs"])
    assert WORDS[language][1] in text and WORDS[language][0] not in text
    assert LOST_ACCESS[language] not in text


@pytest.mark.parametrize("language", list(WORDS))
def test_a_removal_with_no_right_named_keeps_saying_the_access_is_gone(language):
    text = done_reply(language, "revoke_mailbox_access", "")
    assert LOST_ACCESS[language] in text
    assert not any(word in text for word in WORDS[language][1:])
