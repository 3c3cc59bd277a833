"""Which language a requester wrote in, so the reply comes back in it: English, German, French, Spanish or Dutch.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams, deterministic, shipped inside the
package) is restricted to the five languages Rallied writes. Addresses, links and quoted lines are taken out first:
they are not the requester's words. When the model is not sure, or the text is too short to say (a subject such as
"MFA reset" reads as anything), the answer is English, the language every help desk here reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "nl": "Nederlands"}
FALLBACK = "en"
MIN_CONFIDENCE = 0.9  # below this the model's best guess is as good as a coin: keep English
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
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def _words(text: str) -> str:
    return _NOISE.sub(" ", text or "").strip()


def guess_language(text: str) -> Guess:
    """The language of `text` with the model's confidence; the fallback (not sure) when it cannot tell."""
    words = _words(text)
    if sum(ch.isalpha() for ch in words) < MIN_LETTERS:
        return Guess(FALLBACK, 0.0, False)
    code, confidence = _identifier().classify(words)
    if code not in LANGUAGES or confidence < MIN_CONFIDENCE:
        return Guess(FALLBACK, float(confidence), False)
    return Guess(code, float(confidence), True)


def detect_language(*texts: str) -> str:
    """The requester's language from what they wrote (subject and body together); English when unsure."""
    return guess_language("\n".join(t for t in texts if t)).code
