"""Which language a requester wrote in, so the reply comes back in it: English, German, French, Spanish or Dutch.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams, deterministic, shipped inside the
package) is restricted to the five languages Rallied writes. Addresses, links and quoted lines are taken out first:
they are not the requester's words. When the model is not sure, or the text is too short to say (a subject such as
"MFA reset" reads as anything), the answer is English, the language every help desk here reads.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tickets.triage.text import CleanText, clean

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "nl": "Nederlands"}
FALLBACK = "en"
MIN_CONFIDENCE = 0.9  # below this the model's best guess is as good as a coin: keep English
# Characters of the request read for its language: a few sentences tell (all 372 language-labelled rows of
# tests/data are recognised with 300), and the model's time grows with the text.
SAMPLE = 300
MIN_LETTERS = 12  # fewer letters than this ("Hallo", "MFA reset") say nothing about a language

_NOISE = re.compile(
    r"\S+@\S+"  # e-mail addresses
    r"|\b(?:https?://|www\.)\S+"  # links
    r"|^\s*>.*$",  # quoted lines of an earlier message
    re.M,
)


@dataclass(frozen=True)
class Guess:
    code: str  # one of LANGUAGES
    confidence: float  # the model's normalised probability; 0 when the text was too short to ask
    sure: bool  # False: `code` is the fallback, not what the model found


@lru_cache(maxsize=1)
def _model() -> Any:
    """The model as shipped, loaded once per process: unpacking it (LZMA, then numpy) costs 2-3 CPU seconds, the
    largest cost of a worker's first ticket by far (issue 17), so the cluster loads it before it forks its workers
    (workflow/apps.py), which then share it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=2)
def _identifier(restricted: bool = True) -> Any:
    # Both readings from the one load: set_languages keeps the full model aside and takes its columns for ours
    # (py3langid/langid.py), so a shallow copy restricted leaves the unrestricted one as it was. Each used to load
    # the file itself, a second unpacking for the first ticket not in English.
    if not restricted:
        return _model()
    identifier = copy.copy(_model())
    identifier.set_languages(list(LANGUAGES))
    return identifier


def load_models() -> None:
    """Load what the first guess would (a process that forks workers calls this first, so they inherit it)."""
    _identifier(restricted=True)
    _identifier(restricted=False)


def _another_language(words: str) -> float:
    """How sure the model is that `words` are in a language Rallied does not write (0 when it thinks they are one of
    ours). Restricted to five languages the model always picks one of them: Italian read as Spanish with 0.99."""
    code, confidence = _identifier(restricted=False).classify(words)
    return 0.0 if code in LANGUAGES else float(confidence)


def _words(text: str) -> str:
    return _NOISE.sub(" ", text or "").strip()


def guess_language(text: str) -> Guess:
    """The language of `text` with the model's confidence; the fallback (not sure) when it cannot tell."""
    words = _words(text)
    if sum(map(str.isalpha, words)) < MIN_LETTERS:  # the letters, counted without a Python loop
        return Guess(FALLBACK, 0.0, False)
    code, confidence = _identifier().classify(words)
    if code not in LANGUAGES or confidence < MIN_CONFIDENCE:
        return Guess(FALLBACK, float(confidence), False)
    elsewhere = _another_language(words)
    if elsewhere >= MIN_CONFIDENCE:
        return Guess(FALLBACK, elsewhere, False)
    return Guess(code, float(confidence), True)


def detect_language(*texts: str) -> str:
    """The requester's language from what they wrote (subject and body together); English when unsure.

    `guess_language(...).code`, without the second, unrestricted reading when the first already says English: the
    answer would be English either way, and triage reads the language of every ticket.
    """
    words = _words("\n".join(t for t in texts if t))
    if sum(map(str.isalpha, words)) < MIN_LETTERS:  # the letters, counted without a Python loop
        return FALLBACK
    code, confidence = _identifier().classify(words)
    if code == FALLBACK or code not in LANGUAGES or confidence < MIN_CONFIDENCE:
        return FALLBACK
    return FALLBACK if _another_language(words) >= MIN_CONFIDENCE else code


def language_of(text: CleanText) -> str:
    """The requester's language from a cleaned ticket: the subject and what they wrote on top.

    Signatures, legal footers, forwarded header blocks and quoted history are left out (tickets/triage/text.py):
    a German writer forwarding an English vendor mail wrote German. A forward with nothing written above it is
    read whole, because then the forwarded text is the request.
    """
    return detect_language(text.subject, (text.request or text.quoted)[:SAMPLE])


def ticket_language(subject: str, body: str) -> str:
    """`language_of` for a raw subject and body."""
    return language_of(clean(subject, body))
