"""Turning a raw ticket into text worth reading.

E-mail tickets carry a lot that says nothing about the request: web-form headers, "received from:"
lines, forwarded header blocks, quoted replies, signatures, legal footers, inline-image markers,
HTML and mojibake from a wrong code page. The rules engine reads the *request* (what the writer
typed on top) at full weight and the quoted history at reduced weight, so an old thread about a
password does not turn today's printer ticket into a password reset.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# UTF-8 read as cp1252/latin-1 ("fÃ¼r", "â€“"): re-decode those runs only, leave the rest alone.
_MOJIBAKE = re.compile(r"(?:[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]{1,3})+")

_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,400}>")
_HTML_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.I)
_HTML_DROP = re.compile(r"<\s*(style|script|head)\b.*?<\s*/\s*\1\s*>", re.I | re.S)

# Noise that is never part of the request.
_INLINE_NOISE = re.compile(
    r"\[cid:[^\]]*\]"  # inline images
    r"|<(?:mailto|file|https?):[^>]*>"  # Outlook's duplicated link targets
    r"|\[(?:ext|external|extern)\]",
    re.I,
)
_FORM_LINE = re.compile(
    r"^\s*(?:received from|name|language|browser|customer number|telephone|phone|email|e-mail|tel\.?)\s*:.*$",
    re.I,
)
_SUMMARY_PREFIX = re.compile(r"^\s*summary\s*:\s*", re.I)

# A header line that starts a forwarded or quoted message (Outlook in English, German, French, Spanish and Dutch):
# without the French, Spanish and Dutch ones, an earlier request quoted under "De :" or "Van:" was read as today's.
_HEADER_LINE = re.compile(
    r"^\s*(?:from|von|de|van|sent|gesendet|envoy(?:é|e)|enviado|verzonden|date|datum|fecha|to|an|(?:à|a)|para|aan|cc"
    r"|subject|betreff|objet|asunto|onderwerp|importance|wichtigkeit)\s*:",
    re.I,
)
# The first line of a quoted or forwarded message, in each language's mail clients. The one list both cuts use (this
# module's request/history split and noise.py's "writer's own words"), so a header learned once counts for both.
_HEADER_START = re.compile(r"^\s*(?:from|von|de|van|envoy(?:é|e)|enviado(?: el)?|verzonden|sent|gesendet)\s*:", re.I)
_REPLY_INTRO = re.compile(
    r"^\s*(?:on .{4,120}wrote:|am .{4,120}schrieb .{0,80}:|le .{4,120}a (?:é|e)crit\s?:|el .{4,120}escribi(?:ó|o):"
    r"|op .{4,120}schreef .{0,80}:|-{2,}\s*(?:original message|ursprüngliche nachricht|forwarded message"
    r"|weitergeleitete nachricht|message d'origine|message transf(?:é|e)r(?:é|e)|mensaje original|mensaje reenviado"
    r"|oorspronkelijk bericht|doorgestuurd bericht)"
    # Outlook's plain-text rule above a reply's header block.
    r"|begin forwarded message|_{10,})",
    re.I,
)
# Lines that close a message: everything after them up to the next quoted block is signature.
_SIGNOFF = re.compile(
    r"^\s*(?:--\s*|best(?: regards| wishes)?,?|kind(?:est)? regards,?|regards,?|warm regards,?|many thanks,?"
    r"|thanks(?: and regards| & regards| in advance)?[,!.]?|thank you[,!.]?|cheers,?|br,?|mfg,?"
    r"|(?:mit )?freundlichen gr(?:ü|ue)(?:ß|ss)en,?|viele gr(?:ü|ue)(?:ß|ss)e,?|beste gr(?:ü|ue)(?:ß|ss)e,?"
    r"|lg,?|gru(?:ß|ss),?|danke[,!.]?|sent from my \w+.*|von meinem \w+ gesendet.*"
    r"|get outlook for \w+.*)\s*$",
    re.I,
)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rad|antw)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class CleanText:
    """A ticket after cleaning: the subject, what the writer asked, and the quoted history.

    The lower-cased copies are made once here: every rule matches on them, and lower-casing the
    body once per rule was a measurable share of the engine's time.
    """

    subject: str
    request: str
    quoted: str
    lower_subject: str = field(init=False, repr=False, compare=False)
    lower_request: str = field(init=False, repr=False, compare=False)
    lower_quoted: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower_subject", self.subject.lower())
        object.__setattr__(self, "lower_request", self.request.lower())
        object.__setattr__(self, "lower_quoted", self.quoted.lower())

    @property
    def all_text(self) -> str:
        return "\n".join(p for p in (self.subject, self.request, self.quoted) if p)

    @property
    def lower_all(self) -> str:
        """Subject, request and quoted history, lower-cased, one per line."""
        return f"{self.lower_subject}\n{self.lower_request}\n{self.lower_quoted}"


def fix_mojibake(text: str) -> str:
    """Re-decode UTF-8 that was read as cp1252 ("fÃ¼r" -> "für"); runs that do not decode stay."""

    def repair(match: re.Match[str]) -> str:
        run = match.group(0)
        for codec in ("cp1252", "latin-1"):
            try:
                return run.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return run

    if "Ã" not in text and "â" not in text and "Â" not in text:
        return text
    return _MOJIBAKE.sub(repair, text)


def strip_html(text: str) -> str:
    """Plain text from an HTML body; a body without tags comes back as it was (entities decoded)."""
    if "<" not in text or not _HTML_TAG.search(text):
        return html.unescape(text) if "&" in text else text
    text = _HTML_DROP.sub(" ", text)
    text = _HTML_BLOCK.sub("\n", text)
    text = _HTML_TAG.sub(" ", text)
    return html.unescape(text)


def clean_subject(subject: str) -> str:
    subject = strip_html(fix_mojibake(subject or ""))
    subject = _SUBJECT_PREFIX.sub("", subject)
    subject = _INLINE_NOISE.sub(" ", subject)
    return _SPACES.sub(" ", subject).strip()


# One match per line instead of one per rule: which kind of line is this? Alternatives are tried in
# the order the rules apply (a header beats a form field beats a sign-off).
_LINE_KIND = re.compile(
    "|".join(
        f"(?P<{name}>{rx.pattern.removeprefix('^')})"
        for name, rx in (("header", _HEADER_LINE), ("intro", _REPLY_INTRO), ("form", _FORM_LINE), ("signoff", _SIGNOFF))
    ),
    re.I,
)
_BLOCK_START = re.compile(rf"{_HEADER_START.pattern}|{_REPLY_INTRO.pattern}", re.I)
# Where quoted history starts for a reader of the writer's own words: a block start, or a "> " quoted line.
QUOTE_START = re.compile(rf"^\s*>|{_BLOCK_START.pattern}", re.I)

# Long threads: the rules read the request and the most recent quoted text; the rest of a
# 200-message thread only costs time (and old news should not decide the category anyway).
MAX_BODY = 60_000
MAX_REQUEST = 6_000
MAX_QUOTED = 3_000


def _split_request(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split at the first quoted/forwarded block that follows real text.

    A forward with nothing written above it ("fw:" straight into the header block) *is* the
    request, so the header block is dropped and the forwarded text read at full weight.
    """
    request: list[str] = []
    quoted: list[str] = []
    in_quote = False
    has_text = False
    for line in lines:
        if not in_quote and has_text and _BLOCK_START.match(line):
            in_quote = True
        if line.lstrip().startswith(">"):
            quoted.append(line.lstrip("> \t"))
            continue
        if in_quote:
            quoted.append(line)
        else:
            request.append(line)
            # A header block at the very top (a bare forward) is no text of the writer's: its "Sent:" line must not
            # start the quote under its own "From:". Nor is the "-----Original Message-----" rule some clients put
            # above that block: under it the "From:" would start a quote of the whole forward, leaving no request.
            has_text = has_text or (bool(line.strip()) and not _HEADER_LINE.match(line)
                                    and not _REPLY_INTRO.match(line))
    return request, quoted


def _drop_headers_and_signatures(lines: list[str]) -> list[str]:
    """Remove header lines, web-form lines and everything from a sign-off to the next header block."""
    kept: list[str] = []
    in_signature = False
    for line in lines:
        kind = _LINE_KIND.match(line)
        if kind is not None:
            if kind.lastgroup in ("header", "intro"):
                in_signature = False
            elif kind.lastgroup == "signoff":
                in_signature = True
            continue
        if not in_signature:
            kept.append(_SUMMARY_PREFIX.sub("", line))
    return kept


def _join(lines: list[str], limit: int) -> str:
    text = "\n".join(line.strip() for line in _SPACES.sub(" ", "\n".join(lines)).split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return text[:limit]


_BLANK_LINES = re.compile(r"\n{3,}")


def clean(subject: str, body: str) -> CleanText:
    """Clean a ticket: decode, de-HTML, split request from quoted history, drop noise."""
    text = strip_html(fix_mojibake((body or "")[:MAX_BODY])).replace("\r\n", "\n").replace("\r", "\n")
    text = _INLINE_NOISE.sub(" ", text)
    request, quoted = _split_request(text.split("\n"))
    return CleanText(
        subject=clean_subject(subject),
        request=_join(_drop_headers_and_signatures(request), MAX_REQUEST),
        quoted=_join(_drop_headers_and_signatures(quoted), MAX_QUOTED),
    )
