"""A bare forward whose header block starts under a "-----Original Message-----" rule (tickets/triage/text.py,
_split_request): nothing is written above it, so the forwarded words are the request and are read at full weight.
And the near ticket: a forward with the writer's own words above the rule, where the old message stays history.
Set h104 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

from tickets.triage import triage
from tickets.triage.text import clean

_FORWARD = ("-----Original Message-----\n"
            "From: lead <lead@example.com>\n"
            "Sent: Monday, 3 March 2025 07:10\n"
            "To: Service Desk <desk@example.com>\n"
            "Subject: pw\n\n"
            "please reset the password for qwzrt, he forgot it over the weekend and can't log in. I'm his lead.\n")


def test_a_bare_forward_under_a_rule_line_is_the_request():
    text = clean("FW: pw", _FORWARD)
    assert "reset the password" in text.request
    result = triage("FW: pw", _FORWARD)
    assert result.category == "password_reset", result.reason


def test_a_forward_with_the_writers_own_words_keeps_the_old_message_as_history():
    body = "Sorted this one myself in the end, nothing needed, please close.\n\n" + _FORWARD
    text = clean("FW: pw", body)
    assert "reset the password" not in text.request
    assert "reset the password" in text.quoted
