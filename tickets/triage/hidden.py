"""Text aimed at the system, found wherever a ticket hides it.

Instructions to an automated help desk rarely arrive as plain "ignore previous instructions": they come
base64-encoded, inside an HTML comment or invisible markup, as an `assistant:` or `system:` line, in a fenced
code block, split by zero-width characters, in full-width or Cyrillic look-alike letters, or dressed up as
JSON with a "role" or "approve" key. So the text is normalised and every hiding place opened BEFORE the
phrases are looked for: `aimed_at_system()` returns one finding per disguise, and both the triage engine
(`tickets/triage/rules.classify`, escalation) and the risk signals (`approvals/verification/signals.py`, a
human decides) read it.

Being honest text is the normal case: a pasted PowerShell block, an attachment's file name, a JSON error
from Graph or a "System: SAP ERP" form line carry no finding. What flags a block is what it says (the
DIRECTIVE vocabulary, the phrases in patterns.INJECTION, a chat role), not that it is a block. All work is
bounded (BASE64_MAX_RUN, BASE64_MAX_RUNS, MAX_SCAN) so a hostile ticket cannot make triage slow.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata

from tickets.triage.patterns import INJECTION as _TRIAGE_INJECTION
from tickets.triage.prefilter import literals, may_match

MAX_SCAN = 60_000  # the same cut as text.MAX_BODY: past it, nothing is read at all
BASE64_MIN_RUN = 20  # 15 bytes: shorter runs are ids and hashes, never a sentence
BASE64_MAX_RUN = 16_384  # a longer run is an attachment pasted in, not a message
BASE64_MAX_RUNS = 12

# The known phrases: the triage engine's list plus what social engineers write to a help desk's automation
# ("no need to verify", "[SYSTEM NOTE]"). Lower-case text, like every expression in patterns.py.
INJECTION = re.compile(
    _TRIAGE_INJECTION.pattern
    + r"|as the ai\b|you are (?:now )?an? (?:ai|assistant|language model|bot|automated)\b|"
    r"disregard (?:your|the|all) (?:rules|policy|policies|instructions)|auto-?approve|no need to verify|"
    r"skip (?:the )?(?:verification|approval|checks?)|do not escalate|don'?t escalate|"
    r"mark (?:this|it) as (?:verified|approved)|\[(?:system|admin) (?:note|override)\]|developer mode"
    r"|</?(?:system|assistant|instructions?)>"
)


def _injection(lower: str) -> bool:
    """Whether lower-case text holds one of the INJECTION phrases. Not searched where none of the literals every
    match contains is in the text (prefilter.literals): then there is no match, and most tickets hold none."""
    return may_match(literals(INJECTION), lower) and INJECTION.search(lower) is not None


# Invisible characters that split words without showing: zero-width space/joiners, word joiner, BOM, soft
# hyphen, bidi controls, variation selectors, Hangul fillers. Unicode tag characters (U+E0000 block) are
# decoded instead of dropped: they spell ASCII invisibly ("ASCII smuggling").
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_TAGS = re.compile("[\U000e0000-\U000e007f]+")
# Cyrillic and Greek letters that look like Latin ones: "ignоre" with a Cyrillic о reads as "ignore".
_LOOKALIKES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ԁ": "d",
    "ѕ": "s", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "κ": "k", "ι": "i", "α": "a", "ɡ": "g", "ո": "n",
    "А": "a", "Е": "e", "О": "o", "Р": "p", "С": "c", "Т": "t", "Х": "x", "І": "i", "Ѕ": "s", "М": "m",
    "Н": "h", "К": "k", "В": "b",
})

_COMMENT = re.compile(r"<!--(.{0,4000}?)(?:-->|$)", re.S)
# Outlook's conditional comments (`<!--[if gte mso 9]><xml>…`) are in every HTML e-mail: markup, not words.
_OFFICE_COMMENT = re.compile(r"^\s*\[if |<\s*[ovwx]:|\bmso\b|^\s*\[endif\]", re.I)
_HIDDEN_ELEMENT = re.compile(
    r"<(\w+)[^>]{0,300}style\s*=\s*[\"'][^\"']{0,300}"
    r"(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*[;\"'])"
    r"[^>]{0,300}>(.{0,4000}?)</\1\s*>",
    re.I | re.S,
)
_FENCE = re.compile(r"(?:```|~~~)[^\n]{0,40}\n(.{0,8000}?)(?:```|~~~|$)", re.S)
_BASE64 = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{" + str(BASE64_MIN_RUN)
                     + r",}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/_-]{4,})*={0,2}")
_JSON = re.compile(r"\{[^{}]{0,2000}(?:\{[^{}]{0,2000}\}[^{}]{0,2000}){0,8}\}", re.S)

# A line written as a chat role: "system: …", "Assistant: …", "### System:", "[SYSTEM]: …", "<|im_start|>system".
_ROLE_LINE = re.compile(
    r"^[ \t>#*_\-|]*[\[<(]?\s*(system|assistant|developer|tool|ai|bot|model|rallied|admin(?:istrator)?|operator)"
    r"\s*[\])>]?\s*(?:message|note|override|prompt)?\s*[:>\]]\s*(.*)$",
    re.I | re.M,
)
_CHAT_TOKENS = re.compile(r"<\|(?:im_start|im_end|system|assistant|endoftext)\|>|\[/?inst\]|<</?sys>>|"
                          r"^\s*#{2,}\s*(?:system|instructions?|assistant)\s*$", re.I | re.M)
# What a line or a hidden block says when it is meant for the system rather than for a technician.
DIRECTIVE = re.compile(
    r"\b(?:(?:auto-?|pre-?)?approv(?:e|ed|al|ing)|verified|verification|authori[sz]ed|ignore|disregard|override|"
    r"bypass|skip|instructions?|polic(?:y|ies)|prompt|classif(?:y|ied)|categori[sz]e|confidence|escalat\w*|"
    r"autonom\w*|trusted|allow-?list(?:ed)?|whitelist(?:ed)?|you (?:must|should|will|are|may)|do not (?:ask|check|"
    r"verify|flag|notify)|without (?:asking|checking|approval)|the requester (?:is|has)|proceed)\b",
    re.I,
)
# A JSON key that only an instruction to the system would carry; "role" counts when its value is a chat role.
_JSON_KEYS = re.compile(
    r"[\"']?\b(instructions?|system_?prompt|directive|(?:auto_?)?approve[ds]?|approval|pre_?approved|override|bypass|"
    r"skip_\w+|verified|verification_?status|trust(?:_?level)?|autonomy|decision|polic(?:y|ies))\b[\"']?\s*:",
    re.I,
)
_JSON_ROLE = re.compile(r"[\"']?role[\"']?\s*:\s*[\"']?(system|assistant|developer|tool)\b", re.I)
_JSON_WEAK_KEYS = frozenset({"decision", "policy", "policies", "verification", "approval", "trust"})


def normalise(text: str) -> str:
    """The text as it reads: entities decoded, NFKC (full-width, ligatures), no invisible characters, look-alike
    letters folded."""
    text = unicodedata.normalize("NFKC", html.unescape(text) if "&" in text else text)
    text = _INVISIBLE.sub("", text)
    return text.translate(_LOOKALIKES)


def _smuggled(text: str) -> str:
    """ASCII spelt in Unicode tag characters, which no screen shows."""
    return " ".join("".join(chr(ord(c) - 0xE0000) for c in run) for run in _TAGS.findall(text))


def _printable(data: bytes) -> str:
    """Decoded bytes if they are a sentence (UTF-8, mostly letters and spaces), else ''."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    if not text or sum(c.isprintable() or c in "\r\n\t" for c in text) < 0.95 * len(text):
        return ""
    letters = sum(c.isalpha() for c in text)
    return text if letters >= 0.5 * len(text.replace(" ", "")) and (" " in text or "\n" in text) else ""


def decode_base64_runs(text: str, *, depth: int = 2) -> list[str]:
    """Every base64 run (standard or URL-safe, wrapped or not) that decodes to readable text; base64 inside
    base64 is opened `depth` levels deep."""
    found: list[str] = []
    tried = 0
    for match in _BASE64.finditer(text[:MAX_SCAN]):
        lines = match.group(0).split()
        # A wrapped run is one message; a run that merely ends at a line break may be joined to the next word.
        for run in dict.fromkeys(["".join(lines), *lines] if len(lines) > 1 else lines):
            if not BASE64_MIN_RUN <= len(run) <= BASE64_MAX_RUN or tried >= BASE64_MAX_RUNS:
                continue
            tried += 1
            decoded = _decode(run, depth)
            if decoded:
                found.append(decoded)
                break
    return found


_RUN = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")


def _decode(run: str, depth: int) -> str:
    padded = run.rstrip("=") + "=" * (-len(run.rstrip("=")) % 4)
    for decoder in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            data = decoder(padded)
        except (binascii.Error, ValueError):
            continue
        text = _printable(data)
        if text:
            return text
        inner = data.decode("ascii", "replace")
        if depth > 1 and len(inner) >= BASE64_MIN_RUN and _RUN.fullmatch(inner):
            return _decode(inner, depth - 1)
    return ""


def _addressed(text: str, *, hidden: bool) -> bool:
    """Whether this text speaks to the system: the known phrases, a chat role line or token; for text a reader
    cannot see (hidden), any of the DIRECTIVE words is enough."""
    lower = text.lower()
    if _injection(lower) or _chat_tokens(text) or _role_lines(text):
        return True
    return hidden and DIRECTIVE.search(text) is not None


_CHAT_NEEDLES = ("<|", "[inst", "[/inst", "<<sys", "##")


def _chat_tokens(text: str) -> bool:
    lower = text.lower()
    return any(n in lower for n in _CHAT_NEEDLES) and _CHAT_TOKENS.search(text) is not None


def _role_lines(text: str) -> list[str]:
    """Chat roles ("system:", "assistant:") whose line says something to the system; "System: SAP ERP" does not."""
    return [m.group(1).lower() for m in _ROLE_LINE.finditer(text) if DIRECTIVE.search(m.group(2))]


def _json_instructions(text: str) -> bool:
    """A JSON-looking block whose keys carry instructions ("role": "system", "approve": true, "instructions": …).

    One weak key ("decision", "policy") alone is not enough, error bodies have those; with a DIRECTIVE word in
    the same block it is."""
    for block in _JSON.findall(text):
        if _JSON_ROLE.search(block):
            return True
        keys = {k.lower() for k in _JSON_KEYS.findall(block)}
        if keys - _JSON_WEAK_KEYS:
            return True
        if keys and DIRECTIVE.search(_JSON_KEYS.sub(" ", block)):
            return True
    return False


def aimed_at_system(subject: str, body: str) -> list[str]:
    """Where the ticket speaks to the system: one short finding per disguise, [] for an honest ticket."""
    raw = f"{subject or ''}\n{body or ''}"[:MAX_SCAN]
    # Plain ASCII without entities reads as it is written: no normalising, no second look (most tickets; the
    # triage bench's throughput depends on it).
    plain = raw.isascii() and "&" not in raw
    text = raw if plain else normalise(raw)
    findings: list[str] = []
    if _injection(raw.lower()):
        findings.append("in plain words")
    elif not plain and _injection(text.lower()):
        findings.append("disguised by invisible or look-alike characters")
    roles = sorted(set(_role_lines(text)))
    if roles:
        findings.append("as " + ", ".join(f"'{r}:'" for r in roles) + " lines")
    if _chat_tokens(text):
        findings.append("in chat-format markers")
    if _json_instructions(text):
        findings.append("as JSON instructions")
    places = (
        ("in an HTML comment", [c for c in _COMMENT.findall(text) if not _OFFICE_COMMENT.search(c)], True),
        ("in hidden HTML", [m[1] for m in _HIDDEN_ELEMENT.findall(text)], True),
        ("in invisible tag characters", [s] if not plain and (s := _smuggled(raw)) else [], True),
        ("in a fenced code block", _FENCE.findall(text), False),
    )
    for where, blocks, hidden in places:
        if any(_addressed(b, hidden=hidden) or _json_instructions(b) for b in blocks):
            findings.append(where)
    decoded = decode_base64_runs(text)
    if any(_addressed(normalise(d), hidden=True) or _json_instructions(d) for d in decoded):
        findings.append("in base64")
    return findings
