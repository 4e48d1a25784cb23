"""Quotation marks: where quotations open and close (German, English, nested, single).

Part of the rule-based extractor; see quotes.py for the overview."""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- quotation marks -------------------------------------------------------------------

OPENERS = '„“»«"‹›'
CLOSERS_FOR = {
    "„": '“”"',
    "“": '”"',
    "»": "«",
    "«": "»",
    "›": "‹",  # book style, when no »…« is around it: ›Kein Schiff in Sicht.‹
    "‹": "›",
    '"': '"',
}
SENT_END = ".!?…"
# A number with a decimal comma or thousands points, then the full stop: '… von 7,1. Nach …',
# '… waren es 1.000. Die …'. An ordinal ('am 7. Juni') has neither, and never ends a
# sentence; a year does unless an article or 'am' makes it one (YEAR_THEN_STOP).
NUMBER_THEN_STOP = re.compile(r"^\d+(?:,\d+|(?:\.\d{3})+)\.$")
MAX_SENT_TOKENS = 150
# a one-letter name after these is a platform that ends the sentence ('auf der Plattform X.'),
# not an initial ('George W. Bush')
PLATFORM_BEFORE = frozenset(
    "auf über via on plattform dienst netzwerk kurznachrichtendienst".split()
)
PLAIN_NUMBER_STOP = re.compile(r"^\d+(?::\d+)?\.$")
SENTENCE_PRONOUNS = frozenset("er sie es man wir ich dabei damit dort".split())
YEAR_THEN_STOP = re.compile(r"^(?:1[5-9]\d\d|20\d\d)\.$")
# a model designation ends a sentence: 'des Hubschraubers Mi-8. Der …', 'eine A-320. Sie …'
DESIGNATION_STOP = re.compile(r"^[A-Za-z]{1,4}-\d+\.$")
# words before an ordinal number: 'am 1. Mai', 'zum 1000. Mal', 'der 1500. Besucher'
ORDINAL_BEFORE = frozenset("am im zum zur der die das den dem des vom beim".split())


@dataclass
class QuoteSpan:
    start: int  # index of the opening mark
    end: int  # index after the closing mark
    opener: str


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Top-level quotations by their marks. Unmatched marks are dropped, not fatal."""
    spans: list[QuoteSpan] = []
    n = len(text)
    i = 0
    open_at = -1
    opener = ""
    closers = ""
    while i < n:
        ch = text[i]
        if open_at < 0:
            if ch in CLOSERS_FOR:
                if ch in '"«“›‹':
                    # Straight and ambiguous marks open only before a word.
                    nxt = text[i + 1] if i + 1 < n else " "
                    if nxt.isspace():
                        i += 1
                        continue
                open_at, opener, closers = i, ch, CLOSERS_FOR[ch]
            i += 1
            continue
        # inside a quotation
        if ch in closers:
            if ch == '"' and i + 1 < n and text[i + 1].isalnum() and text[i - 1].isspace():
                nested = _single_open(text, open_at + 1, i) and text.find('"', i + 1, _eol(text, i))
                if nested and nested > 0:
                    # '"He said, 'I told them "no" in March.' That was it."': a third level
                    # inside a single-marked quote in the straight-marked one
                    i = nested + 1
                    continue
                # a straight mark that opens a word: the old quote was never closed
                open_at, opener, closers = i, ch, CLOSERS_FOR[ch]
                i += 1
                continue
            spans.append(QuoteSpan(open_at, i + 1, opener))
            open_at = -1
            i += 1
            continue
        if ch == "\n":
            # A quote running over a paragraph break continues only when the next
            # paragraph opens with the same mark (the convention for long quotes).
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] == opener and opener != '"':
                i = j + 1
                continue
            if j < n and text[j] == opener == '"':
                # straight marks: a repeated opener continues only if this paragraph had none
                i = j + 1
                continue
            if opener in "„«»" and _closes_before_opening(text, j, opener, closers):
                # '„Wir haben … gegeben.\n\nDie Regierung sollte …“, sagte sie.': the
                # next paragraph closes the quote without reopening it
                i = j
                continue
            open_at = -1  # unmatched: drop the opener, keep scanning
            i = j
            continue
        if ch == "“" and opener == "“" and _single_open(text, open_at + 1, i):
            nested = text.find("”", i + 1, _eol(text, i))
            if nested > 0:
                i = nested + 1  # '“He said, ‘I told them “no” in March.’ That was it,”'
                continue
        if ch == "„" and opener != "„":
            # a German opener inside another kind of quote: restart from here
            open_at, opener, closers = i, ch, CLOSERS_FOR[ch]
        i += 1
    return spans


def _eol(text: str, i: int) -> int:
    end = text.find("\n", i)
    return end if end >= 0 else len(text)


def _single_open(text: str, lo: int, hi: int) -> bool:
    """Is a single-marked quotation opened in text[lo:hi] and not yet closed there?"""
    depth = 0
    for k in range(lo, hi):
        ch = text[k]
        nxt = text[k + 1] if k + 1 < len(text) else " "
        if ch in "'‘" and (k == 0 or text[k - 1].isspace()) and nxt.isalnum():
            depth += 1
        elif ch in "'’" and depth and not text[k - 1].isspace() and not nxt.isalnum():
            depth -= 1
    return depth > 0


def _closes_before_opening(text: str, j: int, opener: str, closers: str) -> bool:
    """True when the paragraph starting at j holds a closing mark before any opening one
    of the same kind: the quote left open in the paragraph before ends there."""
    end = text.find("\n", j)
    for ch in text[j : end if end >= 0 else len(text)]:
        if ch == opener:
            return False
        if ch in closers:
            return True
    return False


SINGLE_OPEN = "'‘"
SINGLE_CLOSE = "'’"
# '90s, 'em, 'n': an apostrophe that opens a word, not a quotation
ELISION = re.compile(r"['‘](?:\d\ds?\b|em\b|n['’]|til\b|cause\b)", re.IGNORECASE)


def find_single_quote_spans(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """British style: top-level quotations in '…' or ‘…’, outside the double-marked ones.

    The same marks are apostrophes (don't, the company’s, the lads' bus), so an opener
    must stand before a word after a space, and a closer must end a word and not be
    followed by a letter. A closer after 's' before another word (the lads' bus) is
    taken only when the paragraph has no later closer. A quotation runs over a
    paragraph break when the next paragraph opens with the same mark. Double-marked
    quotations inside a single-marked one are nested and dropped as spans."""
    n = len(text)
    taken = [(s.start, s.end) for s in spans]

    def inside(i: int) -> bool:
        return any(s <= i < e for s, e in taken)

    def opener_at(i: int) -> bool:
        if text[i] not in SINGLE_OPEN or i + 1 >= n or inside(i):
            return False
        if i > 0 and not (text[i - 1].isspace() or text[i - 1] in "([—–-"):
            return False
        return (text[i + 1].isalnum() or text[i + 1] in "…") and not ELISION.match(text, i)

    def closer_at(i: int) -> int:
        """0: no closer, 1: a closer after 's' before a word (maybe a possessive), 2: a closer."""
        if text[i] not in SINGLE_CLOSE or text[i - 1].isspace():
            return 0
        nxt = text[i + 1] if i + 1 < n else "\n"
        if nxt.isalnum():
            return 0
        if text[i - 1] in "sS" and nxt == " " and i + 2 < n and text[i + 2].isalnum():
            return 1
        return 2

    found: list[QuoteSpan] = []
    i = 0
    while i < n:
        if not opener_at(i):
            i += 1
            continue
        j, end, weak = i + 1, -1, -1
        while j < n:
            ch = text[j]
            if ch == "\n":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == text[i] and end < 0 and weak < 0:
                    j = k + 1  # the quote goes on in the next paragraph
                    continue
                break
            c = closer_at(j) if ch in SINGLE_CLOSE else 0
            if c == 2:
                end = j + 1
                break
            if c == 1 and weak < 0:
                weak = j + 1
            j += 1
        end = end if end > 0 else weak
        if end > 0 and not inside(end - 1):
            found.append(QuoteSpan(i, end, text[i]))
            i = end
        else:
            i += 1
    if not found:
        return spans
    outer = [s for s in spans if not any(f.start < s.start and s.end <= f.end for f in found)]
    return sorted(outer + found, key=lambda s: s.start)
