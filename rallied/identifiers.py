"""One spelling per identifier: the forms a directory object's name or address is compared in.

A vendor is generous about what it accepts: Exchange resolves a mailbox by its display name, Google a user by
any alias, and a name with a stray zero-width space or a trailing dot still reaches the object it imitates
once someone copies it into a console. Rallied's own checks (the protected list, the admin-group rule, rate
limits) compare strings, so every identifier is brought to one form before it is compared:

- `normalise`: NFKC (full-width and compatibility letters become plain ones), every format character
  (Unicode category Cf: zero-width space/joiner, soft hyphen, bidi marks) removed, case folded, spaces
  collapsed, surrounding quotes and trailing dots dropped. Two spellings of one object normalise alike.
- `skeleton`: `normalise`, then each letter that imitates a Latin one in another script (Cyrillic "е",
  Greek "ο", ...) replaced by the Latin letter, accents dropped. Two strings with the same skeleton *look*
  alike; a different normalised form with the same skeleton as a protected object is a disguise.
- `mixed_script`: letters from more than one script in one word ("Ехеcutives"): never a real name.

Pure functions, no Django: the pipeline, the sandbox and the tests share them.
"""

from __future__ import annotations

import unicodedata

# Letters of other scripts drawn like a Latin letter (after case folding), and the Latin letter they imitate.
# The common cross-script homoglyphs of the Unicode confusables table (UTS #39) for Cyrillic, Greek and
# Armenian, plus Latin look-alikes that survive NFKC (dotless i, long s) and the digits read as letters.
_CONFUSABLE = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "г": "r", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "ѕ": "s", "т": "t", "у": "y", "х": "x",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ь": "b", "п": "n",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "γ": "y", "μ": "u", "ϲ": "c", "ϳ": "j", "ω": "w", "σ": "o", "ς": "c",
    # Armenian
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "զ": "q",
    # Latin letters and digits that stand in for others
    "ı": "i", "ſ": "s", "ȷ": "j", "ɩ": "i", "ǀ": "l", "0": "o", "1": "l", "|": "l",
}  # fmt: skip
# Capitals whose small letter imitates a different Latin letter (Greek Eta "Η" is an H, its "η" an n): read
# before case folding.
_CONFUSABLE_CAPITAL = {
    "Η": "h", "Ν": "n", "Κ": "k", "Μ": "m", "Τ": "t", "Ρ": "p", "Χ": "x", "Υ": "y", "Β": "b", "Α": "a",
    "Ε": "e", "Ζ": "z", "Ι": "i", "Ο": "o", "Н": "h", "В": "b", "М": "m", "Т": "t", "К": "k", "Р": "p",
    "С": "c", "Х": "x", "У": "y", "А": "a", "Е": "e", "О": "o", "Ѕ": "s", "І": "i", "Ј": "j",
}  # fmt: skip
_QUOTES = "\"'“”„‘’«»`"


def strip_format(text: str) -> str:
    """`text` without format characters (zero-width space/joiner, soft hyphen, bidi marks, BOM)."""
    if text.isascii():  # no ASCII character is a format character (Cf): most text, without a step per character
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def normalise(text: str) -> str:
    """The comparable form of an identifier (see the module docstring); '' for nothing."""
    folded = unicodedata.normalize("NFKC", strip_format(str(text or ""))).casefold()
    folded = " ".join(folded.split()).strip(_QUOTES + " ")
    while folded.endswith("."):
        folded = folded[:-1].rstrip()
    return folded


def skeleton(text: str) -> str:
    """What `text` looks like: its normalised form with look-alike letters replaced and accents dropped."""
    plain = unicodedata.normalize("NFKC", strip_format(str(text or "")))
    capitals = "".join(_CONFUSABLE_CAPITAL.get(ch, ch) for ch in plain)
    mapped = "".join(_CONFUSABLE.get(ch, ch) for ch in normalise(capitals))
    decomposed = unicodedata.normalize("NFKD", mapped)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def script_of(ch: str) -> str:
    """The script a letter belongs to, by its Unicode name ('LATIN', 'CYRILLIC', 'GREEK' ...); '' for a non-letter."""
    if not ch.isalpha():
        return ""
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


def mixed_script(text: str) -> bool:
    """Whether one word of `text` mixes letters of several scripts (the shape of a homoglyph disguise)."""
    for word in normalise(text).replace("@", " ").replace(".", " ").split():
        if len({s for s in map(script_of, word) if s}) > 1:
            return True
    return False


def disguised(text: str) -> bool:
    """Whether `text` carries what only a disguise needs: format characters, compatibility forms, mixed scripts."""
    raw = str(text or "")
    return strip_format(raw) != raw or unicodedata.normalize("NFKC", raw) != raw or mixed_script(raw)
