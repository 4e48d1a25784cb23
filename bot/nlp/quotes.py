"""Rule-based quotation attribution on a tokenised text (German and English).

What it handles:
- direct quotations in „…“, “…”, "…", »…«, «…» (nested ‚…‘ and '…' stay inside),
  also over several sentences and paragraphs (the opening mark repeated per paragraph);
- attribution after the quote („…“, sagte X / so X / "…," X said / said X), before it
  with a colon (X sagte: „…“), around it (X nannte es „…“: a partial quote), and by
  continuation (a following quote with no attribution of its own keeps the speaker);
- speakers as names (with a role: Nato-Generalsekretär Jens Stoltenberg), pronouns
  (er/sie, he/she: the last fitting person) and role nouns (der Minister: the person
  holding that role in the article); one person per name in an article;
- quote-marked titles and terms (das sogenannte „…“, short fragments with no speech
  verb in their sentence) are not quotations; the same statement quoted twice by the
  same speaker (teaser and body) is kept once.

- reported speech without quote marks: dass/that clauses and Konjunktiv after a speech
  verb, '…, so X', 'laut X' / 'X zufolge' / 'according to X', and the Konjunktiv
  sentences that carry a report on (free indirect speech);
- interviews in question-and-answer form (answers attributed by their label).

Not handled: speech acts only summed up ('X kritisierte die Entscheidung'), and anything
that needs a parser to find a subject.

The method follows the usual rule-based pipeline (quote detection, cue detection,
speaker search around the cue, coreference by recency and agreement), as in textacy's
direct-quotation extractor, with German word order and compounds added.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.models import Person, Quote
from bot.nlp.lexicon import Lexicon

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
        if ch == "„" and opener != "„":
            # a German opener inside another kind of quote: restart from here
            open_at, opener, closers = i, ch, CLOSERS_FOR[ch]
        i += 1
    return spans


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


# --- tokens and sentences ---------------------------------------------------------------


@dataclass
class Mention:
    """A reference to a person in the text, by token range."""

    tok_start: int
    tok_end: int  # exclusive
    kind: str  # "name" | "pronoun" | "role" | "org" | "generic" | "source"
    person: int | None  # index into Analysis.people
    role: str | None = None
    genitive: bool = False  # 'Kachelmanns': the person is mentioned, but is not the subject


@dataclass
class PersonInfo:
    name_tokens: list[str]
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    kind: str = "person"
    first_tok: int = 0
    sole: bool = False  # named by an office alone ('the King'): no surname to merge

    @property
    def name(self) -> str:
        return " ".join(self.name_tokens).replace(" - ", "-")

    @property
    def surname(self) -> str:
        """The last name; a double-barrelled one whole ('Oyelaran-Hughes'), so that a
        'Hughes' who is someone else does not take its mentions."""
        t = self.name_tokens
        if len(t) >= 4 and t[-2] == "-":
            return f"{t[-3]}-{t[-1]}"
        return t[-1]


WORD_RE = re.compile(r"\w", re.UNICODE)


def _fold(w: str) -> str:
    """Lowercase with the typographic apostrophe as the plain one (D’Souza = D'Souza)."""
    return w.lower().replace("’", "'")


# German 'Anfang April', 'Ende 2004': a time after a name, not its last word
TIME_HEADS = frozenset(("anfang", "ende", "mitte"))
# English titles of one office holder, who is named by the title alone ('the King said')
EN_SOLE_TITLES = {"king": "m", "queen": "f", "pope": "m"}

WEEKDAYS_MONTHS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende "
    "januar februar märz april mai juni juli august september oktober november dezember "
    "monday tuesday wednesday thursday friday saturday sunday weekend "
    "january february march may june july october december".split()
)


class Analysis:
    """One article's tokens, sentences, quotations, people and attributions."""

    def __init__(self, text: str, tokens: list[tuple[str, int]], lex: Lexicon, body_start: int = 0):
        self.text = text
        self.lex = lex
        self.body_start = body_start
        words: list[str] = []
        starts: list[int] = []
        for w, idx in tokens:
            if idx < body_start or w.isspace():
                continue
            words.append(w)
            starts.append(idx)
        self.words = words
        self.starts = starts
        self.ends = [s + len(w) for w, s in zip(words, starts, strict=True)]
        self.lowers = [_fold(w) for w in words]
        # capitalised like a name or noun: 'Stoltenberg', 'US-Präsident' (not 'NATO', not ',')
        self.caps = [w[0].isupper() and len(w) > 1 and not w.isupper() for w in words]
        self.n = len(words)
        spans = find_quote_spans(text)
        if lex.lang == "en":
            spans = find_single_quote_spans(text, spans)
        self.quotes = [q for q in spans if q.start >= body_start]
        self.quote_at = {q.start: qi for qi, q in enumerate(self.quotes)}
        self._assign_quote_tokens()
        self._split_sentences()
        self.people: list[PersonInfo] = []
        self.mention_at: dict[int, Mention] = {}  # first token -> name mention
        self.mentions: list[Mention] = []
        self.mention_starts: list[int] = []
        self._find_names()

    # --- layout -------------------------------------------------------------------------

    def _assign_quote_tokens(self) -> None:
        qid = [-1] * self.n
        q_first = [-1] * len(self.quotes)
        q_last = [-1] * len(self.quotes)
        qi = 0
        for i, s in enumerate(self.starts):
            while qi < len(self.quotes) and self.quotes[qi].end <= s:
                qi += 1
            if qi < len(self.quotes) and self.quotes[qi].start <= s < self.quotes[qi].end:
                qid[i] = qi
                if q_first[qi] < 0:
                    q_first[qi] = i
                q_last[qi] = i
        self.qid = qid
        self.q_first = q_first
        self.q_last = q_last

    def _split_sentences(self) -> None:
        bounds: list[tuple[int, int]] = []
        start = 0
        words, lowers, qid, text = self.words, self.lowers, self.qid, self.text
        abbrev = self.lex.abbreviations
        for i in range(self.n - 1):
            nxt = words[i + 1]
            gap = text[self.ends[i] : self.starts[i + 1]]
            if "\n" in gap and (qid[i] < 0 or qid[i] != qid[i + 1]):
                bounds.append((start, i + 1))
                start = i + 1
                continue
            if qid[i] >= 0 and qid[i] == qid[i + 1]:
                continue  # never split inside a quotation
            w = words[i]
            # '… im März 2004. Der …', '… mit 3:0. Das …': an ordinal ('am 7. Juni') is never
            # followed by an article or pronoun, so a plain number before one ends a sentence
            number_end = (
                w[:1].isdigit() and w.endswith(".") and bool(PLAIN_NUMBER_STOP.match(w))
            ) and (lowers[i + 1] in self.lex.determiners or lowers[i + 1] in SENTENCE_PRONOUNS)
            if qid[i] >= 0 and self.q_last[qid[i]] == i:
                # after a closing mark: a sentence ends if the quote ended with one
                inner_end = self.quotes[qid[i]].end - 2
                if inner_end < 0 or text[inner_end] not in SENT_END:
                    continue
                if (
                    self.lex.lang == "en"
                    and text[inner_end] in "?!"
                    and self.q_first[qid[i]] == start
                    and self._en_attribution_at(i + 1)
                ):
                    # '"Why now?" Quinn asked.': the attribution belongs to it; not after
                    # 'were "well prepared." He said …', a quotation inside a sentence
                    continue
            elif (
                w not in SENT_END
                and not (w.endswith(".") and len(w) > 1 and w[-2].isalpha())
                and not NUMBER_THEN_STOP.match(w)
                and not number_end
                and not (
                    # 'vor 1933. Dabei …': a year ends the sentence; 'zum 1000. Mal' is
                    # an ordinal after its article
                    YEAR_THEN_STOP.match(w) and i > 0 and lowers[i - 1] not in ORDINAL_BEFORE
                )
            ):
                continue
            elif (
                w.endswith(".")
                and len(w) > 1
                and (lowers[i] in abbrev or len(w) <= 2)
                and not number_end
            ):
                if not (len(w) == 2 and w[0].isupper() and i and lowers[i - 1] in PLATFORM_BEFORE):
                    continue  # 'George W. Bush', 'z. B.'; not 'schrieb er auf X.'
            if not gap:
                continue
            c = nxt[0]
            opens = c in OPENERS or (c in SINGLE_OPEN and qid[i + 1] >= 0)
            if c.isupper() or c.isdigit() or opens or c in "(-–":
                bounds.append((start, i + 1))
                start = i + 1
        if start < self.n:
            bounds.append((start, self.n))
        # Every rule scans sentences; a run-on 'sentence' (a list, a table, a file with no
        # full stops) is cut into pieces so that no input can make that quadratic.
        capped: list[tuple[int, int]] = []
        for lo, hi in bounds:
            while hi - lo > MAX_SENT_TOKENS:
                capped.append((lo, lo + MAX_SENT_TOKENS))
                lo += MAX_SENT_TOKENS
            capped.append((lo, hi))
        bounds = capped
        self.sents = bounds
        sent_of = [0] * self.n
        for si, (a, b) in enumerate(bounds):
            for i in range(a, b):
                sent_of[i] = si
        self.sent_of = sent_of

    def _en_attribution_at(self, j: int) -> bool:
        """Does a short subject and a speech verb start at j ('Lowry asked', 'the coach
        said', 'Senator Ann Lee said')? After a quotation that ends in '?' or '!' that is
        its attribution, not a new sentence."""
        lex, lowers = self.lex, self.lowers
        for k in range(j, min(self.n, j + 5)):
            if self.qid[k] >= 0:
                return False
            low = lowers[k]
            if k > j and lex.is_cue(low):
                return True
            if not (self.caps[k] or low in lex.determiners or lex.role(low)[0]):
                return False
        return False

    def add_mention(self, m: Mention) -> None:
        k = bisect.bisect_left(self.mention_starts, m.tok_start)
        self.mentions.insert(k, m)
        self.mention_starts.insert(k, m.tok_start)

    def mention_between(self, lo: int, hi: int) -> bool:
        """Is anyone mentioned in tokens [lo, hi)?"""
        k = bisect.bisect_left(self.mention_starts, lo)
        return k < len(self.mention_starts) and self.mention_starts[k] < hi

    def sent_start(self, i: int) -> bool:
        return self.sents[self.sent_of[i]][0] == i

    # --- names ----------------------------------------------------------------------------

    def _is_cap(self, i: int) -> bool:
        return self.caps[i]

    def _namelike(self, i: int) -> bool:
        """A capitalised word that could be part of a name (not a cue, pronoun, role ...)."""
        if i >= self.n or self.qid[i] >= 0 or not self._is_cap(i):
            return False
        low = self.lowers[i]
        lex = self.lex
        if (
            low in lex.determiners
            or low in lex.pron_male
            or low in lex.pron_female
            or low in lex.pron_plural
            or low in WEEKDAYS_MONTHS
            or low in lex.stopwords
            or lex.is_cue(low)
            or low in lex.separable
        ):
            return False
        if lex.role(low)[0] or lex.is_org(low):
            return False
        return WORD_RE.match(self.words[i]) is not None and not self.words[i][-1] == "."

    def _name_from(self, i: int, need_given: bool) -> int:
        """End (exclusive) of a name starting at token i, or i when there is none."""
        lex = self.lex
        j = i
        if need_given:
            if (
                self.qid[i] >= 0
                or not self._is_cap(i)
                or lex.given_gender(self.lowers[i]) is None
                and not (
                    # a doubtful given name before a surname particle: 'Rose van Dijk'
                    lex.lang == "en"
                    and self.lowers[i] in lex.given_ambiguous
                    and i + 2 < self.n
                    and self.lowers[i + 1] in lex.name_particles
                    and not self.caps[i + 1]
                )
            ):
                return i
            j = i + 1
            while (
                lex.lang == "en"
                and j + 1 < self.n
                and self.words[j] == "-"
                and self.ends[j - 1] == self.starts[j]
                and self.ends[j] == self.starts[j + 1]
                and self._namelike(j + 1)
            ):
                j += 2  # 'Mei-Lin Zhao', 'Jean-Luc Picard': the hyphen splits the given name
            # second given name ("Anna Lena", "Frank-Walter")
            while j < self.n and lex.given_gender(self.lowers[j]) is not None and self._namelike(j):
                j += 1
            k = j
        else:
            k = i
        taken = 0
        while k < self.n and taken < 3:
            if k > i and "\n" in self.text[self.ends[k - 1] : self.starts[k]]:
                break  # a headline's last words and the next paragraph's first are two names
            if (
                k > i
                and self.lowers[k] in TIME_HEADS
                and k + 1 < self.n
                and (self.lowers[k + 1] in WEEKDAYS_MONTHS or self.words[k + 1][:1].isdigit())
            ):
                break  # 'Kevin Lynch Anfang April', 'Eva Roth Ende 2004': a time, no surname
            if self.lowers[k] in lex.name_particles and (
                taken == 0 and (need_given or k > i) or taken == 1 and lex.lang == "en"
            ):
                # 'Ursula von der Leyen', 'Ludwig van Beethoven'; English also after a given
                # name not listed or doubtful ('Sofia van der Berg')
                p = k
                while p < self.n and p - k < 3 and self.lowers[p] in lex.name_particles:
                    p += 1
                if p > k and p < self.n and self._namelike(p):
                    k = p
                    continue
            if self._namelike(k) or (need_given and taken == 0 and self._surname_like_org(k)):
                k += 1
                taken += 1
                if (
                    k < self.n
                    and self.words[k] in {"-"}
                    and k + 1 < self.n
                    and self._namelike(k + 1)
                ):
                    k += 2
                continue
            break
        if taken == 0:
            if need_given and j - i >= 2:
                return j  # "Anna Lena" alone is not enough; but two given names rarely stand alone
            return i
        return k

    def _surname_like_org(self, k: int) -> bool:
        """'Miriam Hoffstadt', 'Jonas Kirchberg': right after a given name, a surname that
        reads like an organisation's compound ('-stadt', '-kirche') is still the surname;
        a listed organisation word itself ('Stadt', 'Polizei') is not."""
        if k >= self.n or self.qid[k] >= 0 or not self._is_cap(k) or "-" in self.lowers[k]:
            return False
        low = self.lowers[k]
        if low in self.lex.org_heads or not self.lex.is_org(low) or self.lex.role(low)[0]:
            return False
        return WORD_RE.match(self.words[k]) is not None

    def _new_person(self, toks: list[str], gender: str | None, first: int) -> int:
        self.people.append(PersonInfo(name_tokens=toks, gender=gender, first_tok=first))
        return len(self.people) - 1

    def _person_for(self, toks: list[str], gender: str | None, first: int) -> int:
        """The person these name tokens refer to, merging 'Stoltenberg' and 'Jens Stoltenberg'."""
        norm = [_fold(t) for t in toks]
        surname = norm[-1]
        for pi, p in enumerate(self.people):
            pn = [_fold(t) for t in p.name_tokens]
            if pn == norm:
                return pi
        if len(norm) == 1:
            matches = [pi for pi, p in enumerate(self.people) if _fold(p.surname) == surname]
            if matches:
                return matches[-1]
            given = self._en_given_name_person(surname)
            if given is not None:
                return given  # 'Dame Harriet said' after 'Dame Harriet Vane'
            return self._new_person(toks, gender, first)
        # a full name: attach a surname-only person known so far, or a shorter form
        for pi, p in enumerate(self.people):
            pn = [_fold(t) for t in p.name_tokens]
            if p.sole:
                continue  # 'the King' is not Martin King
            if self.lex.lang == "de" and len(pn) == len(norm) and pn[:-1] == norm[:-1]:
                # 'die Absetzung Swantje Hartmanns' and 'Swantje Hartmann': one person, the
                # first form written in the genitive
                if surname == pn[-1] + "s":
                    return pi
                if pn[-1] == surname + "s":
                    p.name_tokens = list(toks)
                    return pi
            if len(pn) == 1 and pn[0] == surname:
                p.aliases.add(p.name)
                p.name_tokens = list(toks)
                p.gender = p.gender or gender
                return pi
            if (
                len(pn) > len(norm)
                and pn[-len(norm) :] == norm
                and norm[0] in self.lex.name_particles
            ):
                return pi  # 'van der Berg' after 'Sofia van der Berg'
            if pn[-1] == surname and (pn[0] == norm[0] or len(pn) < len(norm) and pn[0] in norm):
                if len(norm) > len(pn):
                    p.aliases.add(p.name)
                    p.name_tokens = list(toks)
                return pi
        return self._new_person(toks, gender, first)

    def _en_given_name_person(self, low: str) -> int | None:
        """English: the one person named in full before whose first name is `low` ('Wade
        said' after 'Wade Colton', 'Dame Harriet' after 'Dame Harriet Vane'), known given
        name or not; a first name alone is how features name children, and how Sir and Dame
        are addressed."""
        if self.lex.lang != "en":
            return None
        hits = [
            pi
            for pi, p in enumerate(self.people)
            if len(p.name_tokens) >= 2 and p.kind == "person" and _fold(p.name_tokens[0]) == low
        ]
        return hits[0] if len(hits) == 1 else None

    def _role_before(self, i: int) -> str | None:
        """A role word right before token i ('US-Verteidigungsminister Lloyd Austin')."""
        j = i - 1
        if j < 0 or self.qid[j] >= 0:
            return None
        low = self.lowers[j]
        if low in self.lex.titles and not self.lex.role(low)[0]:  # 'Mr', 'Dr.'; not 'Senator'
            j -= 1
            if j < 0:
                return None
            low = self.lowers[j]
        if (
            self.lex.role(low)[0]
            and self.words[j][0].isupper()
            or (self.lex.lang == "en" and self.lex.role(low)[0])
        ):
            start = j
            if self.lex.lang == "en":
                # 'chief executive Ann Roe', 'board president Ann Roe': lowercase role and
                # organisation words before the head belong to the role
                while (
                    start > 0
                    and start > j - 2
                    and self.words[j].islower()
                    and self.qid[start - 1] < 0
                    and not (start > 1 and self.words[start - 2] == "-")
                    and self.words[start - 1].isalpha()
                    and self.words[start - 1].islower()
                    and (
                        self.lex.role(self.lowers[start - 1])[0]
                        or self.lex.is_org(self.lowers[start - 1])
                    )
                ):
                    start -= 1
                # 'Chief financial officer': a lowercase word between capitalised ones
                if (
                    start > 1
                    and self._en_modifier(start - 1)
                    and self.caps[start - 2]
                    and self.lowers[start - 2] not in self.lex.stopwords
                    and self.lowers[start - 2] not in self.lex.titles
                    and self.qid[start - 2] < 0
                ):
                    start -= 1
                # 'Transport Secretary', 'General secretary', 'Foreign Minister'
                while (
                    start > 0
                    and start > j - 2
                    and self.qid[start - 1] < 0
                    and self.caps[start - 1]
                    and self.lowers[start - 1] not in self.lex.stopwords
                    and self.lowers[start - 1] not in self.lex.titles
                ):
                    start -= 1
            return self.text[self.starts[start] : self.ends[j]]
        return None

    def _apposition_role(self, i: int) -> str | None:
        """', a spokeswoman for South Grid' / ', der Sprecher des Ministeriums' right after a
        name: the person's role, as written (without the article)."""
        if i + 2 >= self.n or self.words[i] != "," or self.qid[i + 1] >= 0:
            return None
        j = i + 1
        if self.lowers[j] in self.lex.determiners:
            j += 1
        k = j
        while (
            k < self.n
            and k < j + 3
            and self.words[k][0].islower()
            and not self.lex.role(self.lowers[k])[0]
        ):
            k += 1  # adjectives: 'der innenpolitische Sprecher'
        if k >= self.n or not self.lex.role(self.lowers[k])[0]:
            return None
        if self.lex.lang == "en" and any(
            self.lex.is_cue(w) or w in EN_FINITE or w in PREPOSITIONS["en"] or w in EN_RELATIVES
            for w in self.lowers[i + 1 : k + (j == i + 1)]
        ):
            return None  # ', said in a victim statement', ', accused her': a verb, no role
        end = k + 1
        while (
            self.lex.lang == "en"
            and end < self.n
            and end < k + 3
            and self.qid[end] < 0
            and self.words[end].islower()
            and self.lex.role(self.lowers[end])[0]
        ):
            end += 1  # ', the chief executive of …'
        # 'for South Grid', 'of the ministry', 'der Grünen', 'des Bundestags'
        if end + 1 < self.n and self.lowers[end] in ("for", "of", "at", "der", "des", "bei", "von"):
            e = end + 1
            if e < self.n and self.lowers[e] in self.lex.determiners:
                e += 1
            while e < self.n and e < end + 6 and self.caps[e]:
                e += 1
            if e > end + 1 and self.caps[e - 1]:
                end = e
        return self.text[self.starts[j] : self.ends[end - 1]]

    def _predicate_role(self, i: int) -> str | None:
        """'Katrin Vogel ist Umweltministerin' / 'Ann Lee is the city's mayor'."""
        if i + 1 >= self.n or self.lowers[i] not in ("ist", "war", "is", "was"):
            return None
        j = i + 1
        if self.lowers[j] in self.lex.determiners:
            j += 1
        while (
            j < self.n
            and j < i + 4
            and self.words[j][0].islower()
            and not self.lex.role(self.lowers[j])[0]
        ):
            j += 1
        if j < self.n and self.qid[j] < 0 and self.lex.role(self.lowers[j])[0]:
            return self.words[j]
        return None

    def _en_modifier(self, j: int) -> bool:
        """Is token j a lowercase word that belongs to the English role after it ('shadow'
        chancellor, 'financial' officer), not a verb or a function word?"""
        low = self.lowers[j]
        return (
            self.qid[j] < 0
            and self.words[j].isalpha()
            and self.words[j].islower()
            and low not in self.lex.determiners
            and low not in self.lex.stopwords
            and low not in PREPOSITIONS["en"]
            and low not in EN_FINITE
            and low not in EN_RELATIVES
            and not self.lex.is_cue(low)
            and not low.endswith("ed")
        )

    def _role_before_apposition(self, a: int) -> str | None:
        """'Die Ministerin für Umwelt, Katrin Vogel, …': the role before the comma."""
        if self.lex.lang == "en" and a > 2 and self.lowers[a - 1] in self.lex.titles:
            a -= 1  # 'the chair of trustees, Dr Leonora Marsh'
        if a < 2 or self.words[a - 1] != ",":
            return None
        for k in range(a - 2, max(-1, a - 9), -1):
            if self.qid[k] >= 0 or self.words[k] in (",", ".", ";", ":"):
                return None
            if self.lex.role(self.lowers[k])[0] and (
                k == 0
                or self.lowers[k - 1] in self.lex.determiners
                or self.words[k - 1][0].islower()
                or self.lowers[k - 1] in ("'s", "’s")  # "the hospice's chair"
            ):
                start = k
                while (
                    self.lex.lang == "en" and start > max(0, k - 2) and self._en_modifier(start - 1)
                ):
                    start -= 1  # "Labour's shadow chancellor, Rachel Dunmore"
                end = a - 2
                if self.lex.lang == "en":
                    # 'The farmer whose field was hit, Declan Moran': the role is 'farmer'
                    end = next(
                        (r - 1 for r in range(k + 1, a - 1) if self.lowers[r] in EN_RELATIVES), end
                    )
                return self.text[self.starts[start] : self.ends[end]]
        return None

    def _find_names(self) -> None:
        """Mark every name mention: full names by a given name, names after a role or title,
        and repeated surnames of people already seen."""
        lex = self.lex
        i = 0
        found: list[tuple[int, int, str | None]] = []
        words: set[str] | None = None  # the article's words, when needed
        while i < self.n:
            if self.qid[i] >= 0 or not self._is_cap(i):
                i += 1
                continue
            if self.lowers[i] in lex.titles and self._namelike(i + 1):
                i += 1  # 'engineer Dr Rajesh Nair': the title is not the name's first word
                continue
            if (
                lex.lang == "en"
                and self.lowers[i] in EN_SOLE_TITLES
                and i > 0
                and self.lowers[i - 1] == "the"
                and not (i + 1 < self.n and (self.caps[i + 1] or self.lowers[i + 1] == "of"))
            ):
                # 'the King said', 'the Pope told pilgrims': the one holder of the office,
                # named by it throughout the article
                found.append((i, i + 1, None))
                i += 1
                continue
            end = self._name_from(i, need_given=True)
            role = self._role_before(i)
            if end == i and role is not None:
                end = self._name_from(i, need_given=False)
                if not (
                    lex.lang == "en" and end > i + 2 and self.lowers[i + 1] in lex.name_particles
                ):
                    end = min(end, i + 2)  # but 'Former champion Sofia van der Berg'
                if (
                    lex.lang == "en"
                    and end < self.n
                    and self.caps[end]
                    and (lex.role(self.lowers[end])[0] or lex.is_org(self.lowers[end]))
                ):
                    end = i  # 'Chief Public Health Officer': one title, not a name
                low = self.lowers[i]
                if end == i + 1 and low.endswith("s") and words is None:
                    words = set(self.lowers)
                if end == i + 1 and low.endswith("s") and low[:-1] in words:  # type: ignore[operator]
                    # 'der Präsident Irans', 'Chief Executive Hongkongs' where the article
                    # names 'Iran', 'Hongkong': a place in the genitive, not a surname
                    end = i
            if end == i and i > 0 and self.lowers[i - 1] in lex.titles:
                end = self._name_from(i, need_given=False)
            pre = i
            if (
                lex.lang == "en"
                and i > 6
                and self.lowers[i - 1] == "old"
                and self.lowers[i - 3] in ("year", "years")
                and self.words[i - 5].isdigit()
            ):
                pre = i - 5  # 'Her daughter, 11-year-old Róisín, said'
            if (
                end == i
                and lex.lang == "en"
                and pre > 1
                and self.words[pre - 1] == ","
                and lex.role(self.lowers[pre - 2])[0]
            ):
                # 'the climate minister, Delyth Rhys, said': two capitalised words in
                # apposition to a role are a name even when the given name is unknown
                e = self._name_from(i, need_given=False)
                if e < self.n and self.words[e] == ",":
                    if e - i >= 2 or lex.role(self.lowers[pre - 2])[1]:
                        end = e  # 'Her younger brother, Chidi, also a sprinter,'
                elif (
                    e == i + 1
                    and e < self.n
                    and self.words[e] == "."
                    and lex.role(self.lowers[i - 2])[1]
                ):
                    end = e  # 'with his daughter, Kaylee.'
            if (
                end == i
                and lex.lang == "en"
                and (i == 0 or self.lowers[i - 1] not in lex.determiners)
            ):
                end = self._en_name_in_apposition(i)
            if end > i:
                found.append((i, end, role))
                i = end
                continue
            i += 1
        for a, b, role in found:
            toks = self.words[a:b]
            gender = lex.given_gender(self.lowers[a]) or EN_SOLE_TITLES.get(self.lowers[a])
            if gender == "?":
                gender = None
            if role is not None:
                is_role, rg = lex.role(role.lower())
                gender = gender or rg
            elif a > 1 and self.words[a - 1] == ",":
                gender = gender or lex.role(self.lowers[a - 2])[1]  # 'Their daughter, Ceri Ede,'
            pi = self._person_for(toks, gender, a)
            p = self.people[pi]
            if b - a == 1 and self.lowers[a] in EN_SOLE_TITLES and lex.lang == "en":
                p.sole = p.sole or self.lowers[a - 1] == "the"
            if gender and not p.gender:
                p.gender = gender
            if role:
                _add_role(p, role)
            m = Mention(a, b, "name", pi, role)
            self.mention_at[a] = m
            self.mentions.append(m)
            for extra_role in (
                self._apposition_role(b),
                self._predicate_role(b),
                self._role_before_apposition(a),
            ):
                if extra_role:
                    _add_role(p, extra_role)
        for m in self.mentions:
            # 'der Rücktritt Swantje Hartmanns': the person is named, but is not the subject
            if lex.lang == "de" and m.person is not None and m.tok_end - m.tok_start > 1:
                surname = self.people[m.person].surname.lower()
                m.genitive = self.lowers[m.tok_end - 1] == surname + "s"
        # repeated surnames (and genitive 'Stoltenbergs')
        by_surname: dict[str, int] = {}
        for pi, p in enumerate(self.people):
            by_surname[_fold(p.surname)] = pi
            by_surname[_fold(p.surname) + "s"] = by_surname.get(_fold(p.surname) + "s", pi)
        by_given: dict[str, list[int]] = {}
        for pi, p in enumerate(self.people):
            given = p.name_tokens[0].lower()
            if len(p.name_tokens) >= 2 and lex.given_gender(given) is not None:
                by_given.setdefault(given, []).append(pi)
        covered = set()
        for m in self.mentions:
            covered.update(range(m.tok_start, m.tok_end))
        extra = []
        for i in range(self.n):
            if i in covered or self.qid[i] >= 0 or not self._is_cap(i):
                continue
            if i + 2 < self.n and self.words[i + 1] == "-":
                pi = by_surname.get(f"{self.lowers[i]}-{self.lowers[i + 2]}")
                if pi is not None:
                    # 'Oyelaran-Hughes retired': the double-barrelled surname, three tokens
                    covered.update((i + 1, i + 2))
                    extra.append(Mention(i, i + 3, "name", pi, self._role_before(i)))
                    continue
            pi = by_surname.get(self.lowers[i])
            if pi is None:
                first = by_given.get(self.lowers[i], [])
                if not first and lex.lang == "en" and self._namelike(i):
                    g = self._en_given_name_person(self.lowers[i])
                    first = [g] if g is not None else []
                if len(first) == 1 and self.people[first[0]].first_tok < i:
                    # 'Kerem Aydın … sagte Kerem': a given name alone, after the full name
                    # of the one person of that name
                    extra.append(Mention(i, i + 1, "name", first[0], self._role_before(i)))
                continue
            # the last person with that surname before this point (two Bogners)
            cands = [
                k
                for k, p in enumerate(self.people)
                if _fold(p.surname) in (self.lowers[i], self.lowers[i].removesuffix("s"))
            ]
            best = cands[0]
            for m in self.mentions:
                if m.tok_start < i and m.person in cands:
                    best = m.person  # type: ignore[assignment]
            role = self._role_before(i)
            if role:
                _add_role(self.people[best], role)
            genitive = self.lowers[i] != _fold(self.people[best].surname)
            extra.append(Mention(i, i + 1, "name", best, role, genitive=genitive))
        for m in extra:
            self.mention_at[m.tok_start] = m
        self.mentions = sorted(self.mentions + extra, key=lambda m: m.tok_start)
        self.mention_starts = [m.tok_start for m in self.mentions]
        if lex.lang == "en":
            for m in self.mentions:
                # "Lancaster's spokesperson said": the owner of the role is not the speaker
                e = m.tok_end
                if (
                    e + 1 < self.n
                    and self.lowers[e] in ("'s", "’s")
                    and self.words[e + 1].islower()
                    and lex.role(self.lowers[e + 1])[0]
                ):
                    m.genitive = True

    def en_prep_before(self, k: int) -> bool:
        """English: a preposition before token k across a title or a lowercase modifier
        ('Allies of Mr Lowndes', 'Farmers in southern New South Wales'): k is in the
        preposition's object, not a subject."""
        if self.lex.lang != "en":
            return False
        lex = self.lex
        j, steps = k - 1, 0
        while j > 0 and steps < 2 and self.qid[j] < 0:
            low, w = self.lowers[j], self.words[j]
            if not (
                low in lex.titles
                or (
                    w.isalpha()
                    and w.islower()
                    and low not in lex.stopwords
                    and low not in lex.determiners
                    and low not in PREPOSITIONS["en"]
                    and not lex.is_cue(low)
                    and not lex.role(low)[0]
                )
            ):
                break
            j -= 1
            steps += 1
        return steps > 0 and self.qid[j] < 0 and self.lowers[j] in PREPOSITIONS["en"]

    def _en_name_in_apposition(self, i: int) -> int:
        """English: two or three capitalised words set off by commas are a name, even with an
        unknown given name, before a speech verb ('the member for Elm, Kerry Abela, said')
        or before 'a'/'an' and a role ('Brianne Kowal, a mother of three, said')."""
        e = self._name_from(i, need_given=False)
        if (
            e - i < 2
            or e + 2 >= self.n
            or self.words[e] != ","
            or "\n" in self.text[self.starts[i] : self.ends[e - 1]]
        ):
            return i
        nxt = self.lowers[e + 1]
        if i > 0 and self.words[i - 1] == "," and self.lex.is_cue(nxt):
            return e
        if nxt in ("a", "an") and any(
            self.lex.role(self.lowers[k])[0] for k in range(e + 2, min(self.n, e + 5))
        ):
            return e
        return i

    def add_name_at(self, i: int, strict: bool = False) -> Mention | None:
        """A name found in speaker position ('sagte Müller') that the name pass missed.

        German capitalises every noun, so a word after an article, a preposition or an
        inflected adjective, or with a common-noun ending, is not taken for a name; with
        `strict`, a lone unknown word at the start of a sentence is not either."""
        if i in self.mention_at:
            return self.mention_at[i]
        if i >= self.n or not self._namelike(i):
            return None
        low = self.lowers[i]
        prev = self.lowers[i - 1] if i > 0 else ""
        if low in self.lex.stopwords or prev in self.lex.determiners:
            return None
        if prev in PREPOSITIONS.get(self.lex.lang, ()) or low in self.lex.cue_nouns:
            return None
        if self.en_prep_before(i):
            return None
        if prev[:1].isdigit() or prev in NUMERALS:
            # '9.150 Metern Höhe', 'fünf Jahren': a measure; but '22 Prozent (der Befragten)
            # meinen …' is a share of people, who speak in a poll
            if low in ("prozent", "percent") and self.sent_of[i - 1] == self.sent_of[i]:
                return Mention(i - 1, i + 1, "generic", None)
            return None
        if self.lex.lang == "de":
            if low.endswith(NOUN_ENDINGS) and self.lex.given_gender(low) is None:
                return None
            if prev[-2:] in ("en", "er", "es", "em") and i > 0 and self.words[i - 1][0].islower():
                return None
        if (
            strict
            and (
                i == 0
                or self.sent_start(i)
                # '"Is this the end?" Reporters asked': capitalised as a sentence's first word
                or (self.qid[i - 1] >= 0 and self.q_last[self.qid[i - 1]] == i - 1)
            )
            and not (i + 1 < self.n and self._namelike(i + 1))
            # 'said Rosa Lindqvist … Lindqvist said': the surname of someone named in full
            # only in a speaker position, after the name pass
            and not any(_fold(p.surname) == low for p in self.people)
            and self._en_given_name_person(low) is None
        ):
            return None
        end = self._name_from(i, need_given=True)
        if end == i:
            end = self._name_from(i, need_given=False)
            end = min(end, i + 2)
        if end == i:
            return None
        toks = self.words[i:end]
        g = self.lex.given_gender(self.lowers[i])
        role = self._role_before(i)
        if end - i == 1 and g is None and role is None and self.lex.lang == "de":
            # One unknown capitalised German word ('sagte Seidling' -- or 'Uhr', 'Prozent'):
            # the mention is kept, but it makes nobody a person without more evidence
            return Mention(i, end, "generic", None)
        pi = self._person_for(toks, None if g == "?" else g, i)
        if role:
            _add_role(self.people[pi], role)
        m = Mention(i, end, "name", pi, role)
        self.mention_at[i] = m
        self.add_mention(m)
        return m


def _add_role(p: PersonInfo, role: str) -> None:
    low = role.lower()
    for k, r in enumerate(p.roles):
        rl = r.lower()
        if rl == low or rl.endswith(low):
            return
        if low.endswith(rl):  # the more specific form wins: Nato-Generalsekretär
            p.roles[k] = role
            return
    p.roles.append(role)


# --- attribution --------------------------------------------------------------------------


@dataclass
class Attribution:
    mention: Mention | None
    cue: tuple[int, int] | None  # token range of the cue


class Attributor:
    """Finds the speaker of every quotation in an Analysis."""

    def __init__(self, a: Analysis):
        self.a = a
        self.lex = a.lex
        self._indefinite_cache: dict[int, bool] = {}  # sentence -> unnamed speaker in it

    # small predicates

    def cue_at(self, i: int, clause_end: int) -> tuple[int, int] | None:
        """Token range of a speech verb at i (with its separated particle, if any)."""
        a, lex = self.a, self.lex
        low = a.lowers[i]
        if a.qid[i] >= 0:
            return None
        if (
            lex.lang == "de"
            and a.caps[i]
            and i > 0
            and not a.sent_start(i)
            and a.lowers[i - 1] in lex.determiners
        ):
            return None  # a noun: 'in dem Schreiben', 'die Angaben'
        if lex.lang == "en" and i > 0 and a.words[i - 1] == "-":
            return None  # 'so-called', 'self-described': part of an adjective
        if (
            lex.lang == "en"
            and low == "read"
            and i + 1 < a.n
            and a.lowers[i + 1] in ("out", "aloud")
        ):
            return None  # 'a message read out at the service': the reader is not the writer
        if (
            lex.lang == "en"
            and low in ("called", "named", "dubbed", "nicknamed")
            and i > 0
            and a.words[i - 1] == ","
            and i + 1 < a.n
            and a.qid[i + 1] < 0
            and a.words[i + 1][:1].isupper()
        ):
            return None  # 'The glasses, called Lumora Sight, will …': a name given, not speech
        if lex.is_cue(low):
            if lex.lang == "de" and low in lex.konjunktiv and not low.endswith("te"):
                # 'Seit Jahren verspreche die Stadt Sanierungen, …', 'Es drohe „…“': a speech
                # verb in the Konjunktiv I is part of someone's report, not the reporter's
                # attribution ('antworte', 'befürchte' look like a preterite and stay)
                return None
            return (i, i + 1)
        nxt = a.lowers[i + 1] if i + 1 < clause_end and a.qid[i + 1] < 0 else ""
        if (
            low in lex.particles
            and low not in PREPOSITIONS.get(lex.lang, ())
            and lex.is_cue(low + nxt)
        ):
            # a particle written apart in verb-final order: 'wie die Polizei bekannt gab'
            return (i, i + 2)
        words = lex.frames.get(low)
        if words:
            # 'geht davon aus, dass', 'hält es für möglich, dass': the frame closes before
            # the comma of its clause, and stands next to it ('hält den Plan für einen
            # „Fehler“' is an opinion summed up, not a report)
            for k in range(i + 1, min(clause_end, i + 10)):
                if a.qid[k] >= 0 or a.words[k] in (",", ";", ":"):
                    break
                if a.lowers[k] in words:
                    rest = range(k + 1, min(clause_end, k + 4))
                    if any(a.qid[j] >= 0 for j in rest):
                        break
                    if k + 4 >= clause_end or any(a.words[j] == "," for j in rest):
                        return (i, k + 1)
                    break
        words = lex.let_speak.get(low)
        if words:
            # 'ließ der 54-Jährige am Montag über seinen Verteidiger erklären': the
            # infinitive closes the clause, however long the adverbials before it
            for k in range(i + 1, min(clause_end, i + 16)):
                if a.qid[k] >= 0 or a.words[k] in (",", ";", ":"):
                    break
                if a.lowers[k] in words:
                    return (i, k + 1)
        parts = lex.separable.get(low)
        if parts:
            for k in range(i + 1, min(clause_end, i + 14)):
                if a.qid[k] >= 0:
                    continue  # 'warf der Regierung „Versagen“ vor'
                if a.lowers[k] in parts:
                    return (i, k + 1)
        return None

    def find_cue(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The speech verb in [lo, hi) closest to hi (the one that introduces what follows)."""
        for i in range(hi - 1, lo - 1, -1):
            c = self.cue_at(i, hi)
            if c:
                return c
        return None

    def mention_at(self, i: int, hi: int) -> Mention | None:
        """A speaker mention starting at token i: name, pronoun, role or organisation NP."""
        a, lex = self.a, self.lex
        if i >= hi or a.qid[i] >= 0:
            return None
        m = a.mention_at.get(i)
        if m:
            return m
        low = a.lowers[i]
        if low in lex.pron_male:
            return Mention(i, i + 1, "pronoun", self.resolve_pronoun(i, "m"))
        if low in lex.pron_female or low in lex.pron_plural:
            # 'sie' is she or they: she when a woman is about; otherwise the mention is
            # kept (its text and offsets) but names nobody
            p = self.resolve_pronoun(i, "f") if low in lex.pron_female else None
            return Mention(i, i + 1, "pronoun", p)
        if (low in lex.pron_dem_male or low in lex.pron_dem_female) and (
            i + 1 >= hi or (a.qid[i + 1] < 0 and not a.words[i + 1][0].isupper())
        ):
            # 'Diese bestätigte, …' / 'Dieser sagte': the person just mentioned
            gender = "m" if low in lex.pron_dem_male else "f"
            return Mention(i, i + 1, "pronoun", self.resolve_pronoun(i, gender))
        if (
            low == "the"
            and lex.lang == "en"
            and i + 5 < hi
            and a.words[i + 1].isdigit()
            and a.words[i + 2] == "-"
            and a.lowers[i + 3] in ("year", "years")
            and a.words[i + 4] == "-"
            and a.lowers[i + 5] == "old"
        ):
            # 'The 31-year-old said …': the person the sentence before was about
            return Mention(i, i + 6, "role", self._en_previous_subject(i))
        if (
            low == "the"
            and lex.lang == "en"
            and i + 1 < hi
            and a.qid[i + 1] < 0
            and a.lowers[i + 1] in lex.epithets
        ):
            # '"…," the Frenchman said': whom the article called so, else the last subject
            return Mention(i, i + 2, "role", self._en_epithet_person(i))
        if (
            low == "the"
            and lex.lang == "en"
            and i + 1 < hi
            and a.lowers[i + 1] in ("former", "latter")
            # not 'the former prime minister', 'the former Labour leader'
            and not any(
                lex.role(a.lowers[k])[0] or lex.is_org(a.lowers[k])
                for k in range(i + 2, min(hi, i + 4))
            )
        ):
            # 'Reyes and Bashir smiled. "…," the latter said': one of the last pair named
            return Mention(i, i + 2, "role", self._en_of_pair(i, a.lowers[i + 1] == "former"))
        if low in lex.determiners or lex.role(low)[0] or lex.is_org(low):
            return self.noun_phrase(i, hi)
        if low == "it" and lex.lang == "en":
            if i > 0 and a.qid[i - 1] < 0 and lex.is_cue(a.lowers[i - 1]):
                return None  # 'critics called it "haunting"': the object
            # 'In a statement, it said …': the organisation just named (see attribute)
            return Mention(i, i + 1, "org", None)
        if (
            lex.lang == "de"
            and low.endswith("s")
            and a.caps[i]
            and i + 2 < hi
            and a.qid[i + 1] < 0
            and lex.role(a.lowers[i + 1])[0]
            and (i + 2) in a.mention_at
            and not (i > 0 and a.lowers[i - 1] in PREPOSITIONS["de"])
        ):
            # 'Grünwalds Coach Sven Harting', 'Merkels Sprecher Steffen Seibert': the name
            # after the owner's role
            m = a.mention_at[i + 2]
            return Mention(i, m.tok_end, "name", m.person, m.role)
        return None

    def _en_of_pair(self, i: int, first: bool) -> int | None:
        """The first or second of the last two people named together before token i ('Reyes
        and Bashir'), within the three sentences before."""
        a = self.a
        lo = a.sents[max(0, a.sent_of[i] - 3)][0]
        end = bisect.bisect_left(a.mention_starts, i)
        for idx in range(end - 1, 0, -1):
            m2, m1 = a.mentions[idx], a.mentions[idx - 1]
            if m1.tok_start < lo:
                break
            if (
                m1.kind == "name"
                and m2.kind == "name"
                and m1.person is not None
                and m2.person is not None
                and m1.person != m2.person
                and self._en_pair_link(m1.tok_end, m2.tok_start)
            ):
                return m1.person if first else m2.person
        return None

    def _en_pair_link(self, lo: int, hi: int) -> bool:
        """Do tokens [lo, hi) join two names as a pair: 'and', maybe with the second one's
        role or title ('Reyes and actor Noor Bashir')?"""
        a, lex = self.a, self.lex
        words = [w for w in a.lowers[lo:hi] if w != ","]
        return (
            bool(words)
            and words[0] in ("and", "&")
            and all(lex.role(w)[0] or w in lex.titles for w in words[1:])
        )

    def _en_previous_subject(self, i: int) -> int | None:
        """The person named first (as a subject, not after a preposition) in the sentence
        before token i's."""
        a = self.a
        si = a.sent_of[i]
        if si == 0:
            return None
        lo, hi = a.sents[si - 1]
        for idx in range(bisect.bisect_left(a.mention_starts, lo), len(a.mentions)):
            m = a.mentions[idx]
            if m.tok_start >= hi:
                break
            if m.person is None or m.genitive or a.qid[m.tok_start] >= 0:
                continue
            if m.tok_start > lo and a.lowers[m.tok_start - 1] in PREPOSITIONS["en"]:
                continue
            return m.person if a.people[m.person].kind == "person" else None
        return None

    def _en_cap_modifier(self, k: int, j: int, hi: int) -> bool:
        """Is capitalised token k a modifier before an English role word ('the Labour MP',
        'the Liberal Democrat MP', 'the Grammy winner'), not a name?"""
        a, lex = self.a, self.lex
        if lex.lang != "en" or j == 0 or a.lowers[j - 1] != "the" or not a.words[k][0].isupper():
            return False
        if k in a.mention_at or lex.is_org(a.lowers[k]):
            return False
        for r in range(k + 1, min(hi, j + 4)):
            if a.qid[r] >= 0:
                return False
            if lex.role(a.lowers[r])[0] or lex.is_org(a.lowers[r]):
                # not 'the Norwegian Refugee Council': a name goes on
                return not (r + 1 < hi and a.qid[r + 1] < 0 and a.words[r + 1][0].isupper())
            if a.words[r][0].islower() or r in a.mention_at:
                return False
        return False

    def _en_epithet_person(self, i: int) -> int | None:
        """The person the epithet after token i ('the Frenchman') described before ('the
        Frenchman Julien Marchetti', 'Marchetti, a Frenchman,'), else the subject of the
        sentence before."""
        a = self.a
        word = a.lowers[i + 1]
        for j in range(i - 1, max(0, i - 3000), -1):
            if a.lowers[j] != word:
                continue
            m = a.mention_at.get(j + 1)
            if m is not None and m.kind == "name" and m.person is not None:
                return m.person  # 'the Frenchman Julien Marchetti'
            if j >= 3 and a.words[j - 2] == "," and a.lowers[j - 1] in ("the", "a", "an"):
                idx = bisect.bisect_left(a.mention_starts, j - 2) - 1
                m = a.mentions[idx] if idx >= 0 else None
                if m is not None and m.tok_end == j - 2 and m.person is not None:
                    return m.person  # 'Marchetti, a Frenchman,'
        return self._en_previous_subject(i)

    def noun_phrase(self, i: int, hi: int) -> Mention | None:
        """'der Minister', 'ein Sprecher der Polizei', 'das Ministerium', 'die Vorsitzende
        der Kommission, Petra Lindqvist' -> a mention of the person or organisation."""
        a, lex = self.a, self.lex
        j = i
        if a.lowers[j] in lex.determiners:
            j += 1
        # adjectives and the like
        k = j
        while (
            k < hi
            and k < j + 3
            and a.qid[k] < 0
            and (a.words[k][0].islower() or self._en_cap_modifier(k, j, hi))
            and a.lowers[k] not in lex.determiners
            and not lex.role(a.lowers[k])[0]  # English nouns are lowercase: 'a police spokesman'
            and not (
                lex.lang == "en"
                and lex.is_org(a.lowers[k])
                and not (k + 1 < hi and lex.role(a.lowers[k + 1])[0])
                # 'the hospital trust', 'the health board': the second noun is the head
                and not (
                    k + 1 < hi
                    and a.qid[k + 1] < 0
                    and a.words[k + 1][0].islower()
                    and lex.is_org(a.lowers[k + 1])
                )
            )
        ):
            k += 1
        if k >= hi or a.qid[k] >= 0:
            return None
        low = a.lowers[k]
        is_role, gender = lex.role(low)
        if is_role and lex.lang == "en":
            # 'a former deputy director', 'the team captain': the last role word is the head
            while k + 1 < hi and a.qid[k + 1] < 0 and a.words[k + 1][0].islower():
                nxt_role, nxt_gender = lex.role(a.lowers[k + 1])
                if (
                    not nxt_role
                    and k + 2 < hi
                    and a._en_modifier(k + 1)
                    and a.qid[k + 2] < 0
                    and a.words[k + 2][0].islower()
                    and lex.role(a.lowers[k + 2])[0]
                ):
                    k += 1  # 'the chief operating officer': a modifier between two roles
                    nxt_role, nxt_gender = lex.role(a.lowers[k + 1])
                if not nxt_role:
                    break
                k += 1
                low, gender = a.lowers[k], nxt_gender or gender
        if (
            is_role
            and lex.lang == "en"
            and k + 1 < hi
            and a.qid[k + 1] < 0
            and a.words[k + 1].islower()
            and lex.is_org(a.lowers[k + 1])
            and not lex.role(a.lowers[k + 1])[0]
        ):
            # 'the refugee agency', 'Rebel forces': the organisation word is the head
            k += 1
            low, is_role = a.lowers[k], False
        if is_role and lex.lang == "en" and a.words[k][0].isupper() and not a.words[k].isupper():
            # 'the Norwegian Refugee Council', 'the Police Federation': a capitalised role
            # word inside an organisation's name
            # ("The Queen's Park Hospitals Trust")
            e, head = k + 1, -1
            while e < min(hi, k + 7) and a.qid[e] < 0:
                if a.lowers[e] in ("'s", "’s") and e + 1 < hi and a._is_cap(e + 1):
                    e += 1
                    continue
                if not a.words[e][:1].isupper():
                    break
                if lex.is_org(a.lowers[e]) and not lex.role(a.lowers[e])[0]:
                    head = e
                e += 1
            m = self.noun_phrase(head, hi) if head > 0 else None
            if m is not None and m.kind == "org":
                return Mention(min(i, m.tok_start), m.tok_end, "org", None)
        if is_role:
            end = k + 1
            # a name right after the role: 'der Minister Müller'
            if end < hi and end in a.mention_at:
                return a.mention_at[end]
            if (
                lex.lang == "de"
                and end + 1 < hi
                and a.lowers[end] in lex.titles
                and (end + 1) in a.mention_at
            ):
                # 'die Ökonomin Dr. Judith Roth': a title between the role and the name
                return a.mention_at[end + 1]
            # genitive complement: 'der Polizei', 'des Ministeriums'; but after the speaker
            # of a speech verb 'der Deutschen Presse-Agentur' is whom she spoke to
            if (
                end + 1 < hi
                and a.lowers[end] in ("der", "des", "of", "the")
                and a._is_cap(end + 1)
                and not (
                    a.lowers[end] == "der"
                    and any(
                        a.lowers[j].rsplit("-", 1)[-1] in lex.media_heads
                        for j in range(end + 1, min(hi, end + 3))
                    )
                )
            ):
                end += 2
            # apposition: ', Petra Lindqvist'
            if end + 1 < hi and a.words[end] == "," and (end + 1) in a.mention_at:
                m = a.mention_at[end + 1]
                _add_role(
                    a.people[m.person], a.text[a.starts[k] : a.ends[end - 1]]
                ) if m.person is not None else None
                return m
            # 'ein Sprecher', 'eine Polizistin': someone new, not the holder named before
            indefinite = a.lowers[i] in INDEFINITE_ARTICLES
            # English 'the finance minister' is not the prime minister named before
            mod = a.lowers[k - 1] if lex.lang == "en" and k - 1 >= j else None
            if mod is not None and a.words[k - 1][0].isupper():
                mod = None  # 'the Labour MP' is the 'local MP' named before
            person = None if indefinite else self.resolve_role(k, low, gender, mod)
            if (
                person is None
                and lex.lang == "en"
                and a.lowers[i] == "the"
                and end == k + 1
                and not low.endswith(("s", "spokesman", "spokeswoman", "spokesperson"))
                and low not in ("official", "source", "witness", "resident")
                # only in a speech tag: 'the senator said', 'said the senator'
                and (
                    (end < a.n and a.qid[end] < 0 and lex.is_cue(a.lowers[end]))
                    or (i > 0 and a.qid[i - 1] < 0 and lex.is_cue(a.lowers[i - 1]))
                )
            ):
                # '"…," the senator said' after 'Sen. Paula Brandt told …': a role nobody in
                # the article holds describes the subject of the sentence before; a 'He' after
                # it is that person too
                person = self._en_previous_subject(i)
                if person is not None and i not in a.mention_at:
                    m = Mention(i, end, "role", person, a.words[k])
                    a.mention_at[i] = m
                    a.add_mention(m)
                    return m
            if (
                person is None
                and not indefinite
                and lex.epithets
                and low.endswith(tuple(lex.epithets))
            ):
                # 'die SPD-Politikerin': a description of whoever was just the subject
                person = self._described(i, k)
            elif (
                person is None
                and end == k + 1
                and a.lowers[i] in ("der", "die")
                and not low.endswith(("sprecher", "sprecherin"))
            ):
                # 'Aydın war bedient. „…“, sagte der Stürmer.': a role nobody in the article
                # holds describes the subject of the sentence before
                person = self._described(i, k, again=False)
            return Mention(i, end, "role", person, a.words[k])
        if (
            lex.lang == "de"
            and j > i
            and k + 1 < hi
            and a.caps[k]
            and a.qid[k + 1] < 0
            and a.caps[k + 1]
            and lex.is_org(a.lowers[k + 1])
            and not lex.is_org(low)
        ):
            # 'das Robert Koch-Institut', 'der Deutsche Wetterdienst': the name before the head
            m = self.noun_phrase(k + 1, hi)
            if m is not None and m.kind == "org":
                return Mention(i, m.tok_end, "org", None)
        word = a.words[k]
        if j > i and (
            AGE_NOUN.match(word) or (word.isupper() and word.isalpha() and len(word) >= 2)
        ):
            # 'der 58-Jährige' (someone described) / 'die CCE' (an organisation by acronym)
            kind = "role" if AGE_NOUN.match(word) else "org"
            person = self._described(i, k) if kind == "role" else None
            return Mention(i, k + 1, kind, person, word if kind == "role" else None)
        if lex.is_org(low) and (a.words[k][0].isupper() or lex.lang == "en"):
            end = k + 1
            if lex.lang == "en" and a.words[k][0].islower():
                # 'British carmaker Harrow Motors', 'toy maker Brindle Toys': the name after
                # a lowercase head is the organisation's name
                name_end = self._org_name_after(end, hi)
                if name_end > end and a.qid[end] < 0:
                    return Mention(end, name_end, "org", None)
                # 'The firm, Clearwell Services, said': the name in apposition
                if end + 1 < hi and a.words[end] == "," and a.qid[end + 1] < 0:
                    name_end = self._org_name_after(end + 1, hi)
                    if name_end > end + 1 and name_end < hi and a.words[name_end] == ",":
                        return Mention(end + 1, name_end, "org", None)
            if low in lex.named_org_heads:
                end = self._org_name_after(end, hi)
            if (
                lex.lang == "en"
                and a.words[k][0].isupper()
                and end + 1 < hi
                and a.lowers[end] in ("of", "for", "on")
            ):
                # 'the Institute for Fiscal Studies', 'the Department of Health and Human
                # Services': the capitalised words after the preposition are the name's
                e = end + 2 if a.lowers[end + 1] == "the" else end + 1
                while (
                    e < hi
                    and e < end + 7
                    and a.qid[e] < 0
                    and a.lowers[e] not in WEEKDAYS_MONTHS  # not 'the Parliament on Monday'
                    and (a._is_cap(e) or (a.lowers[e] == "and" and e + 1 < hi and a._is_cap(e + 1)))
                ):
                    e += 1
                if e > end + 1 and a._is_cap(e - 1):
                    end = e
            elif (
                end + 1 < hi and a.lowers[end] in ("der", "des", "of", "the") and a._is_cap(end + 1)
            ):
                end += 2
            if lex.lang == "de" and low.endswith("vorstand"):
                # 'Finanzvorstand Ralf Gerstner', 'Der Kaufmännische Vorstand des Klinikums,
                # Ralf Gerstner,': a board member, not the board
                n = k + 1 if (k + 1) in a.mention_at else end + 1
                m = (
                    a.mention_at.get(n)
                    if n == k + 1 or (end < hi and a.words[end] == ",")
                    else None
                )
                if m is not None and m.kind == "name" and m.person is not None:
                    _add_role(a.people[m.person], a.text[a.starts[k] : a.ends[n - 1]].rstrip(" ,"))
                    return m
            start = i
            if lex.lang == "en":
                # 'The Met Office', 'the Environment Agency': the name before the head;
                # 'Fire and Rescue Service' with its 'and'
                while start > 0 and a.qid[start - 1] < 0:
                    if a.caps[start - 1] and a.lowers[start - 1] not in lex.stopwords:
                        start -= 1
                    elif (
                        start > 1
                        and a.lowers[start - 1] in ("and", "&")
                        and a.caps[start - 2]
                        and a.lowers[start - 2] not in lex.stopwords
                    ):
                        start -= 2
                    else:
                        break
                p = start
                while (
                    p > max(0, k - 2)
                    and a.qid[p - 1] < 0
                    and a.words[p - 1].isalpha()
                    and a.words[p - 1].islower()
                    and a.lowers[p - 1] not in lex.stopwords
                ):
                    p -= 1  # "Britain's foreign ministry"
                if (
                    start == k
                    and p >= 2
                    and a.words[k][0].islower()
                    and a.lowers[p - 1] in ("'s", "’s")
                    and a.qid[p - 2] < 0
                    and a.caps[p - 2]
                    and a.lowers[p - 2] not in lex.stopwords
                ):
                    # "Slovakia's government", "Britain's foreign ministry": the owner is
                    # part of the speaker's name
                    start = p - 2
                    while start > 0 and a.qid[start - 1] < 0 and a._is_cap(start - 1):
                        start -= 1
            return Mention(start, end, "org", None)
        if j > i and k == j and a._namelike(k) and lex.lang == "en":
            return None
        return None

    def _described(self, i: int, k: int, again: bool = True) -> int | None:
        """'Trainer Marco Kessler lobte das Team. „…“, sagte der 46-Jährige.': a definite
        age noun (or 'die SPD-Politikerin') at k stands for the person of its gender who was
        the subject of the sentence before. Anyone else (an object, someone two sentences
        back) is too unsure a guess; but the same description used again later in the
        article ('die 52-Jährige', two paragraphs on) still stands for the same person."""
        a = self.a
        gender = {"der": "m", "die": "f"}.get(a.lowers[i])
        si = a.sent_of[i]
        if self.lex.lang != "de" or gender is None or si == 0:
            return None
        person = self._subject_before(si, gender, 2 if again else 1)
        if person is not None:
            return person
        if not again:
            return None
        low = a.lowers[k]
        for j in range(i - 1, max(0, i - 2000), -1):
            if a.lowers[j] != low or a.lowers[j - 1] != a.lowers[i] or a.qid[j] >= 0:
                continue
            if a.words[j].split("-")[-1][:1].islower():
                # 'die 52-jährige Renate Roth': the name after the adjective
                m = a.mention_at.get(j + 1)
                if m is not None and m.person is not None and m.kind == "name":
                    return m.person
                continue
            return self._described(j - 1, j, again=False)
        return None

    def _subject_before(self, si: int, gender: str, reach: int) -> int | None:
        """The person of this gender who is the subject of the sentence before sentence si;
        sentences that are only quotation go on with that subject ('Trainer Jan Roth sagte:
        „…“ „…“ Es sei …, sagte der 44-Jährige.'), and with `reach` 2 one sentence of the
        same paragraph naming nobody of this gender may stand in between. A sentence opened
        by a description ('Der Grünen-Politiker saß …') passes on whom it describes."""
        a = self.a
        s = si - 1
        while s >= 0 and reach > 0:
            lo, hi = a.sents[s]
            if all(a.qid[t] >= 0 or not a.words[t][0].isalnum() for t in range(lo, hi)):
                s -= 1
                continue
            person = self._subject_of(s, gender, -1)
            if person >= 0:
                return person
            if a.lowers[lo] in (self.lex.pron_male if gender == "m" else self.lex.pron_female):
                # 'Sie joggt an der Leine. …, erzählt die SPD-Politikerin.'
                m = self.mention_at(lo, hi)
                if m is not None and m.person is not None:
                    return m.person
            prons = self.lex.pron_male if gender == "m" else self.lex.pron_female
            for t in range(lo + 1, hi):
                # '„…“, sagte er der dpa.': the pronoun right after the speech verb
                if a.qid[t] < 0 and a.lowers[t] in prons and self.lex.is_cue(a.lowers[t - 1]):
                    m = self.mention_at(t, hi)
                    if m is not None and m.person is not None:
                        return m.person
                    break
            if a.lowers[lo] in INDEFINITE_ARTICLES:
                return None  # 'Eine Zeugin schilderte …': someone new is the subject
            k = lo + 1
            if (
                hi - lo > 2
                and a.lowers[lo] == {"m": "der", "f": "die"}[gender]
                and a.qid[k] < 0
                and (AGE_NOUN.match(a.words[k]) or a.lowers[k].endswith(tuple(self.lex.epithets)))
            ):
                return self._described(lo, k, again=False)
            lo_b, hi_b = (
                bisect.bisect_left(a.mention_starts, lo),
                bisect.bisect_left(a.mention_starts, hi),
            )
            if any(
                m.person is not None and a.people[m.person].gender == gender
                for m in a.mentions[lo_b:hi_b]
            ) or (s == 0 or "\n" in a.text[a.ends[a.sents[s - 1][1] - 1] : a.starts[lo]]):
                return None
            reach -= 1
            s -= 1
        return None

    def _org_name_after(self, end: int, hi: int) -> int:
        """The end of the name after a head like 'Nachrichtenagentur': up to three
        capitalised words ('Reuters', 'Le Monde') or a short quoted name („Bild“)."""
        a, lex = self.a, self.lex
        if end < hi and a.qid[end] >= 0:
            q = a.quotes[a.qid[end]]
            last = a.q_last[a.qid[end]]
            if a.starts[end] == q.start and len(a.text[q.start : q.end].split()) <= 4:
                return last + 1
            return end
        k = end
        taken = 0
        while (
            k < hi
            and taken < 3
            and a.qid[k] < 0
            and a.words[k][:1].isupper()
            and a.lowers[k] not in lex.stopwords
            and a.lowers[k] not in WEEKDAYS_MONTHS
            and a.lowers[k] not in lex.cue_nouns
            and not lex.is_cue(a.lowers[k])
            and not lex.role(a.lowers[k])[0]
            and not lex.is_org(a.lowers[k])
        ):
            k += 1
            taken += 1
            if (
                lex.lang == "en"
                and k + 1 < hi
                and a.lowers[k] in ("'s", "’s")
                and a.qid[k + 1] < 0
                and a.words[k + 1][:1].isupper()
            ):
                k += 1  # 'the charity Alzheimer's Research UK'
        return k

    def reflexive_owner(self, k: int) -> Mention | None:
        """'Die Firma hat nach eigenen Angaben …', 'Nach eigenem Bekunden war Georg Maier …':
        'eigen' at token k stands for the subject of its sentence, the first person or body
        in it outside a prepositional phrase (after the source phrase when it opens the
        sentence)."""
        a = self.a
        lo, hi = a.sents[a.sent_of[k]]
        for s, e in ((lo, k), (k + 2, min(hi, k + 10))):
            for m in self.candidates(s, e):
                if m.kind in ("name", "pronoun", "role", "org") and (
                    m.kind != "pronoun" or m.person is not None
                ):
                    return m
        return None

    def resolve_pronoun(self, i: int, gender: str) -> int | None:
        """The last person before token i whose gender fits (unknown gender fits too, after)."""
        a = self.a
        fallback = None
        # the mentions before i, nearest first, within a bounded look-back
        end = bisect.bisect_left(a.mention_starts, i)
        en = self.lex.lang == "en"
        fallback_tok, checked = -1, False
        for idx in range(end - 1, max(-1, end - 200), -1):
            m = a.mentions[idx]
            if m.person is None:
                continue
            if en and self._generic_subject_between(m.tok_start, i):
                return None  # 'A senior diplomat … said … he said': not the minister before
            if en and fallback_tok == -1 and fallback is None and not checked:
                checked = True
                described = self._en_epithet_between(m.tok_end, i, gender)
                if described is not None:
                    return described  # 'Kealy … said … The Frenchman smiled. "…," he said'
            g = a.people[m.person].gender
            if g == gender:
                if not en and self._de_unnamed_subject_between(m.tok_start, i, gender):
                    return None
                if en and a.sent_of[m.tok_start] != a.sent_of[i]:
                    if (
                        fallback is not None
                        and self._near_subject(fallback, i)
                        # 'Moreau confirmed that Luca Benedetti would miss … "…," he said':
                        # not the one named inside what the subject reported
                        and a.sent_of[fallback_tok] != a.sent_of[m.tok_start]
                    ):
                        # 'the minister, Delyth Rhys, said … She insisted': the person just
                        # before, of unknown gender, rather than a woman paragraphs back
                        return fallback
                    return self._subject_of(a.sent_of[m.tok_start], gender, m.person)
                return m.person
            if g is None and fallback is None and a.people[m.person].kind == "person":
                fallback, fallback_tok = m.person, m.tok_start
        # 'sie' with no woman about is more likely 'they'; 'er', 'he' and 'she' take a person
        # of unknown gender ('Dana', 'Kim')
        return fallback if gender == "m" or self.lex.lang == "en" else None

    def _en_epithet_between(self, lo: int, i: int, gender: str) -> int | None:
        """English: 'the Frenchman' (an epithet, outside quotation marks) in [lo, i), within
        the sentence of token i and the one before: the person it describes, if the gender
        fits. A 'he' after 'The Frenchman smiled.' is that man, not the last one named."""
        a, lex = self.a, self.lex
        if not lex.epithets:
            return None
        lo = max(lo, a.sents[max(0, a.sent_of[i] - 1)][0])
        for j in range(i - 2, lo - 1, -1):
            if a.lowers[j] == "the" and a.qid[j] < 0 and a.lowers[j + 1] in lex.epithets:
                if (j + 2) in a.mention_at:
                    return None  # 'the Frenchman Julien Marchetti': the name is the mention
                p = self._en_epithet_person(j)
                if p is not None and a.people[p].gender in (gender, None):
                    return p
                return None
        return None

    def _de_unnamed_subject_between(self, k: int, i: int, gender: str) -> bool:
        """German: a later sentence (up to token i) opening with someone unnamed of this
        gender as its subject ('Eine Pflegerin, die …, zeigte Verständnis. „…“, sagte sie.',
        'Der Angeklagte bestritt die Tat. … sagte er:'); 'er'/'sie' is then that person,
        not the one named at token k. A role someone named holds ('Die Ministerin …') or
        a role with a name after it is no one new."""
        a, lex = self.a, self.lex
        articles = {"m": ("ein", "der"), "f": ("eine", "die")}.get(gender, ())
        for si in range(a.sent_of[k] + 1, a.sent_of[i] + 1):
            lo, hi = a.sents[si]
            if a.lowers[lo] not in articles or a.qid[lo] >= 0:
                continue
            r = lo + 1
            while r < min(hi, lo + 4) and a.words[r].isalpha() and a.words[r].islower():
                r += 1  # 'Ein weiterer Zeuge'
            if r >= min(hi, i) or a.qid[r] >= 0 or not a.words[r][:1].isupper():
                continue
            low = a.lowers[r]
            is_role, g = lex.role(low)
            if not is_role or g not in (gender, None) or (r + 1) in a.mention_at:
                continue
            if a.lowers[lo] in ("der", "die") and (
                self.resolve_role(r, low, gender) is not None
                or low.endswith(tuple(lex.epithets))
                or self._described(lo, r, again=False) is not None
            ):
                continue
            return True
        return False

    def _near_subject(self, person: int, i: int) -> bool:
        """Whether `person` is named before a cue in the sentence of token i or the one before."""
        a = self.a
        si = a.sent_of[i]
        lo = a.sents[max(0, si - 1)][0]
        for m in a.mentions:
            if m.person == person and lo <= m.tok_start < i and not m.genitive:
                return a.sent_of[m.tok_start] < si or m.kind == "name"
        return False

    def _generic_subject_between(self, k: int, i: int) -> bool:
        """English: a sentence after token k (up to i) that opens with an unnamed person
        as its subject ('A senior diplomat, speaking on condition of anonymity, said …',
        'The EU's foreign policy chief called …'); a later 'he' or 'she' is that person."""
        a, lex = self.a, self.lex
        for si in range(a.sent_of[k] + 1, a.sent_of[i] + 1):
            lo, hi = a.sents[si]
            if hi <= i:
                indefinite = self._indefinite_cache.get(si)
                if indefinite is None:
                    indefinite = self._indefinite_cache[si] = self._en_indefinite_speaker(lo, hi)
            else:
                indefinite = self._en_indefinite_speaker(lo, i)
            if indefinite:
                return True
            j = lo
            while j < hi and a.lowers[j] in EN_LINKERS:
                j += 1
            if j >= hi or a.lowers[j] not in ("a", "an", "the") or a.qid[j] >= 0:
                continue
            m0 = self.mention_at(j, hi) if a.lowers[j] == "the" else None
            if m0 is not None and m0.person is not None:
                continue  # 'The Conservative councillor warned …': someone already named
            for r in range(j + 1, min(hi, j + 8, i)):
                low = a.lowers[r]
                if a.qid[r] >= 0 or low in (",", ";", ":") or low in lex.stopwords:
                    break
                if low in EN_FINITE and low not in ("'s", "’s"):
                    break
                if r in a.mention_at and a.mention_at[r].kind == "name":
                    break
                if lex.role(low)[0]:
                    if (
                        r == j + 1
                        and a.lowers[j] == "the"
                        and self.resolve_role(r, low, None) is not None
                    ):
                        break  # 'The minister said …': someone already named
                    # not 'the minister Ann Ek' nor 'the minister, Ann Ek,' nor 'the chair
                    # of trustees, Dr Ann Ek,'
                    nxt = r + 1
                    if nxt < hi and a.lowers[nxt] in ("of", "for", "at"):
                        nxt = next(
                            (c for c in range(nxt, min(hi, nxt + 7)) if a.words[c] == ","), nxt
                        )
                    if nxt + 1 < hi and a.words[nxt] == ",":
                        nxt += 1
                    while nxt < hi - 1 and a.lowers[nxt] in lex.titles:
                        nxt += 1
                    if not (nxt < hi and nxt in a.mention_at):
                        return True
                    break
        return False

    def _en_indefinite_speaker(self, lo: int, hi: int) -> bool:
        """Is there an unnamed speaker right before a speech verb in [lo, hi), after a
        quotation or a comma ('"…," one woman said', '…, a resident said')?"""
        a, lex = self.a, self.lex
        for t in range(lo + 2, hi):
            if a.qid[t] >= 0 or not lex.is_cue(a.lowers[t]):
                continue
            s = t - 1
            while s > max(lo, t - 4) and a.words[s].isalpha() and a.words[s].islower():
                if a.lowers[s] in ("a", "an", "one"):
                    break
                s -= 1
            if (
                s < t - 1
                and a.lowers[s] in ("a", "an", "one")
                and (a.qid[s - 1] >= 0 or a.words[s - 1] in (",", ";"))
            ):
                return True
        return False

    def _subject_of(self, si: int, gender: str, default: int) -> int:
        """English 'He …' in a new sentence: the fitting person who was the subject of the
        last sentence naming one ('Prosecutor James Pell said Almond had forged invoices.
        He told the court …': Pell), taken as the first one there, not after a preposition."""
        a = self.a
        lo, hi = a.sents[si]
        preps = PREPOSITIONS.get(self.lex.lang, frozenset())
        for idx in range(bisect.bisect_left(a.mention_starts, lo), len(a.mentions)):
            m = a.mentions[idx]
            if m.tok_start >= hi:
                break
            if m.person is None or a.qid[m.tok_start] >= 0 or m.genitive:
                continue
            if m.tok_start > lo and a.lowers[m.tok_start - 1] in preps:
                continue
            if a.people[m.person].gender == gender:
                return m.person
        return default

    def resolve_role(
        self, i: int, low: str, gender: str | None, mod: str | None = None
    ) -> int | None:
        """The person in the article who holds this role, the latest one mentioned before i.
        One first named after i is someone else ('Ein Sprecher des Ministeriums teilte mit …
        Regierungssprecher Tobias Wendland sagte …'). An English modifier before the role
        word ('finance' in 'the finance minister') must not clash with the one in the
        person's role ('Prime Minister')."""
        a = self.a
        head = low.rsplit("-", 1)[-1]
        if mod is not None and (mod in EN_ROLE_ADJECTIVES or not mod.isalpha()):
            mod = None
        best = None
        for pi, p in enumerate(a.people):
            for r in p.roles:
                # any word of the role counts: 'Ministerin für Umwelt', 'spokeswoman for X'
                words = r.lower().split()
                for ri, rl in enumerate(words):
                    if mod is not None and ri > 0 and words[ri - 1] != mod:
                        continue
                    if (
                        rl == low
                        or rl.endswith(head)
                        or (
                            head.endswith("in")
                            and rl.endswith(head[:-2])
                            # 'die Ministerin' is not 'Umweltminister Tobias Wendland'
                            and p.gender != "m"
                        )
                    ):
                        best = pi if p.first_tok < i else best
        return best

    def candidates(self, lo: int, hi: int, after_preposition: bool = False) -> list[Mention]:
        """Mentions in [lo, hi) that can be a subject: not after a preposition, not dative
        or genitive ('dem Minister', 'des Ministeriums')."""
        a = self.a
        preps = PREPOSITIONS.get(self.lex.lang, frozenset())
        out: list[Mention] = []
        i = lo
        en = self.lex.lang == "en"
        while i < hi:
            if a.qid[i] >= 0:
                i += 1
                continue
            if en and a.lowers[i] in ("who", "whom", "whose") and i > lo and a.words[i - 1] == ",":
                # 'Rivers, 29, who sued Barry Lancaster, said …': not the relative clause's
                close = next((c for c in range(i + 1, min(hi, i + 25)) if a.words[c] == ","), -1)
                if close > 0:
                    i = close + 1
                    continue
            m = self.mention_at(i, hi)
            if m is None:
                i += 1
                continue
            prev = a.lowers[i - 1] if i > 0 else ""
            head = a.lowers[m.tok_start]
            if not m.genitive and (
                after_preposition
                or (
                    prev not in preps
                    and not a.en_prep_before(m.tok_start)
                    and head not in OBLIQUE
                    and not (prev in OBLIQUE and m.kind == "name")
                    # 'seit ihrem Amtsantritt als Kanzlerin': a role held, not a subject
                    and not (prev in ("als", "as") and m.kind == "role")
                )
            ):
                out.append(m)
            i = max(m.tok_end, i + 1)
        return out

    def quoted_object(self, cue: int, hi: int) -> Mention | None:
        """'Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“', '„…“, zitiert die
        „Nordpost“ Jonas Brandt': the person a verb of quoting takes as its object said the
        words, not the paper that quotes them. The object is the last person named after
        the verb in its clause (not after a preposition: 'mit den Worten', 'in einem
        Bericht'); in the passive ('X wird … zitiert') nothing follows and X is the one."""
        a = self.a
        if a.lowers[cue] not in self.lex.quoting_forms:
            return None
        preps = PREPOSITIONS.get(self.lex.lang, frozenset())
        found = None
        k = cue + 1
        while k < hi:
            if a.qid[k] >= 0:
                q = a.quotes[a.qid[k]]
                if not _is_fragment(a.text[q.start + 1 : q.end - 1]):
                    break
                k = a.q_last[a.qid[k]] + 1  # a quoted paper's name: 'die „Computerwoche“'
                continue
            if a.words[k] in (",", ";", ":", "(") or a.lowers[k] in ("as", "und", "and"):
                break
            m = self.mention_at(k, hi)
            if m is None and a.lowers[k] == "ihn":
                m = Mention(k, k + 1, "pronoun", self.resolve_pronoun(k, "m"))
            elif m is None and a.lowers[k] in ("den", "einen"):
                # 'den Prediger', 'einen Augenzeugen': an accusative noun no lexicon knows
                j = k + 1
                while j < min(hi, k + 4) and a.qid[j] < 0 and a.words[j].islower():
                    j += 1
                if j < hi and a.qid[j] < 0 and a.caps[j] and a.lowers[j] not in self.lex.stopwords:
                    m = Mention(k, j + 1, "role", None, a.words[j])
            if m is None:
                k += 1
                continue
            if (
                a.lowers[k - 1] not in preps
                and not m.genitive
                and m.kind in ("name", "role", "pronoun")
                and not (m.kind == "role" and a.lowers[m.tok_start] in ("des", "der", "dem"))
            ):
                found = m
            k = max(m.tok_end, k + 1)
        return found

    def best_speaker(self, lo: int, hi: int, cue: int | None = None) -> Mention | None:
        """The likeliest speaker in [lo, hi): people before organisations, then the one
        closest to the cue (or the first, without a cue); an unknown capitalised word in
        subject position only when nothing else is there."""
        if cue is not None and cue < hi:
            obj = self.quoted_object(cue, hi)
            if obj is not None:
                return obj
        cands = self.candidates(lo, hi)
        if cue is not None:
            # after the verb, a comma starts another clause: 'X habe geschrieben, er müsse …'
            a = self.a
            commas = [k for k in range(cue + 1, hi) if a.words[k] == "," and a.qid[k] < 0]
            if commas:
                cands = [m for m in cands if m.tok_start < commas[0]]
        if not cands:
            owners = self.a.mention_at
            for k in range(lo, hi):
                # neither the owner nor, past the subject's place, the thing owned:
                # 'Rücktritt Hartmanns', 'würdigte Obamas Einsatz' (but 'Müllers Sohn sagte')
                owner = owners.get(k - 1)
                if self.lex.lang == "en" and k > lo and self.a.caps[k - 1]:
                    continue  # 'The White House': a name starts at its first capital
                if (
                    self.lex.lang == "en"
                    and k > lo
                    and (self.a.lowers[k - 1] in PREPOSITIONS["en"] or self.a.en_prep_before(k))
                ):
                    continue  # 'Allies of Gareth Lowe say': the subject is the allies
                if self._genitive_owner(k) or (
                    owner is not None and owner.genitive and not self.a.sent_start(k - 1)
                ):
                    continue
                m = self.a.add_name_at(k, strict=True)
                if m is not None and not m.genitive:
                    return m
            m = self.generic_np(lo, hi, cue)
            if m is None and cue == hi and self.lex.lang == "en":
                m = self._en_subject(lo, hi)
            return m

        def score(m: Mention) -> float:
            weight = KIND_WEIGHT[m.kind] + (0.5 if m.person is not None else 0.0)
            if m.kind == "pronoun" and m.person is None:
                weight = 1.2  # 'sie' that names nobody: often an object ('nannte sie …')
            if cue is None:
                return weight - 0.01 * (m.tok_start - lo)
            dist = m.tok_start - cue if m.tok_start > cue else cue - m.tok_end + 1
            return weight - 0.05 * max(dist, 0)

        return max(cands, key=score)

    def _genitive_owner(self, k: int) -> bool:
        """'der Rücktritt Hartmanns', 'das Vorgehen Khartums': a German word in -s right
        after a common noun is that noun's owner, never the subject."""
        a = self.a
        return (
            self.lex.lang == "de"
            and k > 0
            and a.lowers[k].endswith("s")
            and a.qid[k - 1] < 0
            and a.caps[k - 1]
            and not a.sent_start(k)
            and not self._in_name(k - 1)
            and not self.lex.role(a.lowers[k - 1])[0]
            and not self.lex.is_org(a.lowers[k - 1])
        )

    def _in_name(self, k: int) -> bool:
        """Is token k part of a name mention ('Thomas' in 'Thomas Enders')?"""
        a = self.a
        j = bisect.bisect_right(a.mention_starts, k) - 1
        return j >= 0 and a.mentions[j].tok_end > k

    def _en_subject(self, lo: int, hi: int) -> Mention | None:
        """English: the noun phrase right before its verb at hi, when it names nobody we
        know ('The trust said', 'Analysts said', 'A source familiar with the plans said').
        English nouns are lowercase, so generic_np's capitalised nouns miss these. The
        phrase starts the clause (the sentence or after a comma) and is at most 7 words."""
        a, lex = self.a, self.lex
        s = hi
        while s > lo and hi - s < 8 and a.qid[s - 1] < 0 and a.words[s - 1] not in ",;:()":
            s -= 1
        if s > lo and a.words[s - 1] not in ",;:(" and a.qid[s - 1] < 0:
            return None  # longer than a subject
        while s < hi and a.lowers[s] in EN_LINKERS:
            s += 1
        if s >= hi:
            return None
        while hi - 1 > s and a.words[hi - 1].islower() and a.lowers[hi - 1].endswith("ly"):
            hi -= 1  # 'Allies of the minister privately admit': not the adverb
        first, last = a.lowers[s], a.lowers[hi - 1]
        if not (
            first in lex.determiners
            or first in EN_QUANTIFIERS
            or (a.words[s][0].isupper() and first not in lex.stopwords)
            # 'where critics called it …': a plural of people
            or (hi - s == 1 and first.endswith("s") and lex.role(first[:-1])[0])
        ):
            return None
        if not last.isalpha() or last in lex.stopwords or lex.is_cue(last):
            return None
        return Mention(s, hi, "generic", None)

    def generic_np(self, lo: int, hi: int, cue: int | None) -> Mention | None:
        """A speaker that is neither a name nor a known role: 'der 39-Jährige', 'Experten',
        'die Mönche', 'Der BGH'. The mention is kept (its text and offsets); an acronym
        counts as an organisation, anything else names nobody in particular."""
        a, lex = self.a, self.lex
        preps = PREPOSITIONS.get(lex.lang, frozenset())
        best: Mention | None = None
        best_dist = 10**9
        k = lo
        while k < hi:
            if a.qid[k] >= 0 and not (cue is not None and k == cue + 1):
                k += 1
                continue
            start = k
            prev = a.lowers[k - 1] if k > 0 else ""
            j = k
            if a.lowers[j] in lex.determiners:
                j += 1
                # adjectives after the article: 'der venezolanische Präsident'
                while (
                    j < hi
                    and a.qid[j] < 0
                    and a.words[j][0].islower()
                    and j - k < 4
                    and a.lowers[j][-1:] in "enrs"
                    and not lex.is_cue(a.lowers[j])
                ):
                    j += 1
            if j < hi and a.qid[j] >= 0 and a.starts[j] == a.quotes[a.qid[j]].start:
                q = a.quotes[a.qid[j]]
                inner = a.text[q.start + 1 : q.end - 1]
                if (
                    (j > k or (cue is not None and k == cue + 1))
                    and a.lowers[start] not in OBLIQUE
                    and prev not in preps
                    and _is_fragment(inner)
                    and inner[:1].isupper()
                    and a.q_last[a.qid[j]] < hi
                ):
                    # '„…“, schrieb „Die Zeit“' / 'schreibt die „Nordpost“': a quoted name
                    # in the subject's place is the paper that wrote it
                    m = Mention(start, a.q_last[a.qid[j]] + 1, "org", None)
                    if start - lo < best_dist:
                        best, best_dist = m, start - lo
                k = a.q_last[a.qid[j]] + 1
                continue
            word = a.words[j]
            if (
                j >= hi
                or a.qid[j] >= 0
                or not (word[0].isupper() and word[0].isalpha() or AGE_NOUN.match(word))
            ):
                k += 1
                continue
            low = a.lowers[j]
            if (
                (prev[:1].isdigit() and j == start)  # '10:05 Uhr', '5 Prozent'
                or (j == start and self._genitive_owner(j))
                or low in lex.stopwords
                or low in lex.cue_nouns
                or low in WEEKDAYS_MONTHS
                or prev in preps
                or a.en_prep_before(start)
                or a.lowers[start] in OBLIQUE
                or lex.is_cue(low)
                # 'at Dunmore Securities': not the tail of a name after a preposition
                or (lex.lang == "en" and j == start and j > 0 and a.caps[j - 1])
                or (
                    j == start
                    and a.sent_start(j)
                    and not a.words[j].isupper()
                    # 'Analysten sprachen von …': a bare plural right before its verb
                    and not (
                        j + 1 < hi
                        and (lex.is_cue(a.lowers[j + 1]) or a.lowers[j + 1] in lex.separable)
                    )
                )
            ):
                k = j + 1
                continue
            end = j + 1
            # a proper name runs on: 'die Vereinten Nationen', 'der Deutsche Gewerkschaftsbund'
            while (
                end < hi
                and end - j < 3
                and a.qid[end] < 0
                and a.words[end][0].isupper()
                and (a.lowers[end] not in lex.stopwords and not lex.is_cue(a.lowers[end]))
            ):
                end += 1
            org = (a.words[j].isupper() and len(a.words[j]) >= 2) or (
                # 'The White House said': a name of several words after 'the'
                lex.lang == "en"
                and a.lowers[start] == "the"
                and end - j >= 2
                and all(a.caps[t] for t in range(j, end))
            )
            m = Mention(start, end, "org" if org else "generic", None)
            dist = start - lo  # the first noun phrase: German puts the subject early
            if dist < best_dist:
                best, best_dist = m, dist
            k = j + 1
        return best

    def document_source(self, cue: tuple[int, int], lo: int, hi: int) -> Mention | None:
        """'In dem Antrag heißt es wörtlich: „…“' / '„…“, hieß es in einer Erklärung der
        Partei': a verb with an impersonal 'es' has no speaker; the text or place named in
        its clause ('dem Antrag', 'einer Erklärung der Partei') is the source. A person
        named there ('hieß es vom Abgeordneten Viktor Oserow') is the speaker."""
        a, lex = self.a, self.lex
        c = cue[0]
        if a.lowers[c] not in lex.impersonal_cues:
            return None
        if not (
            (c + 1 < hi and a.lowers[c + 1] == "es") or (c - 1 >= lo and a.lowers[c - 1] == "es")
        ):
            return None

        def stop(k: int) -> bool:
            """The clause ends at a comma, colon or quoted statement (not at a quoted name
            such as 'der Zeitung „Hoy“')."""
            if a.qid[k] >= 0:
                q = a.quotes[a.qid[k]]
                return not _is_fragment(a.text[q.start + 1 : q.end - 1])
            return a.words[k] in (",", ":", ";", "(")

        right = c + 1
        while right < hi and not stop(right):
            right += 1
        left = c
        while left > lo and not stop(left - 1):
            left -= 1
        # the phrase after the verb first ('heißt es in …'), else the one before it
        preps = lex.document_preps
        after = next((k for k in range(c + 1, right) if a.lowers[k] in preps), None)
        before = next((k for k in range(left, c) if a.lowers[k] in preps), None)
        for k, end in ((after, right), (before, c)):
            m = self.document_phrase(k, end) if k is not None else None
            if m is not None:
                return m
        return None

    def document_phrase(self, k: int, end: int) -> Mention | None:
        """The text or place named by the phrase after the preposition at k, before end
        ('in einer Erklärung der Partei'); a person named in it is the speaker."""
        a, lex = self.a, self.lex
        j = k + 1
        last = None  # the last noun of the phrase
        while j < end:
            w, low = a.words[j], a.lowers[j]
            if a.qid[j] >= 0 or w[:1].isupper() or w[:1].isdigit():
                last = j
            elif not (
                low in lex.determiners
                or low in GENITIVE
                or low in ("von", "vom", "auf", "und")
                or (low[-1:] in "enrs" and last is None)  # 'einer gestern verbreiteten'
            ):
                break
            j += 1
        if last is None:
            return None
        for m in self.candidates(k + 1, last + 1, after_preposition=True):
            if m.kind == "name" and not m.genitive:
                return m
        return Mention(k + 1, last + 1, "source", None)

    def inverted_subject(self, qi: int, i: int, s_end: int) -> Attribution | None:
        """'„…“, strich Romney heraus' / '„…“, ließ ein Sprecher verlauten' / '„…“, wollen
        die Demonstranten wissen': after a quoted statement and its comma, a verb and then a
        person is an attribution even when the verb is not a known speech verb."""
        a, lex = self.a, self.lex
        q = a.quotes[qi]
        inner = a.text[q.start + 1 : q.end - 1].strip()
        if (
            _is_fragment(inner)
            or a.words[i - 1] != ","
            or not a.words[i].isalpha()
            or not a.words[i].islower()
            or a.lowers[i] in lex.determiners
            or a.lowers[i] in lex.stopwords
            or a.lowers[i] in SUBORDINATORS
            or a.lowers[i] in RELATIVE
            or a.lowers[i] in PREPOSITIONS.get(lex.lang, ())
        ):
            return None
        if self.source_phrase(qi) is not None:
            return None  # '… laut X „…“, suchen die Forscher …': the source said it
        for k in range(i + 1, min(s_end, i + 4)):
            if a.qid[k] >= 0 or not a.words[k][:1].isalpha():
                return None
            m = self.mention_at(k, s_end)
            if m is None and a.lowers[k] in lex.determiners:
                # 'wollen die Demonstranten wissen': a group named by a plain noun
                m = self.generic_np(k, min(s_end, k + 5), None)
                if m is not None and m.tok_start != k:
                    m = None
            if m is not None:
                if not m.genitive:
                    return Attribution(m, (i, i + 1))
                return None
            if a.words[k][:1].isupper():
                return None
        return None

    # --- the patterns -----------------------------------------------------------------

    def after_quote(self, qi: int) -> Attribution | None:
        """„…“, sagte X / „…“, so X / "…," X said / "…," said X."""
        a = self.a
        last = a.q_last[qi]
        if last < 0:
            return None
        s_end = a.sents[a.sent_of[last]][1]
        i = last + 1
        if i < a.n and a.words[i] in {",", "–", "-", "—"}:
            i += 1
        if i >= s_end or a.qid[i] >= 0:
            return None
        low = a.lowers[i]
        if (
            self.lex.lang == "de"
            and low == "mit"
            and i + 3 < s_end
            and a.lowers[i + 1] in ("diesen", "den")
            and a.lowers[i + 2] == "worten"
        ):
            # '„Guten Tag“, mit diesen Worten meldete er sich zurück': the subject after the
            # verb that follows the phrase
            for m in self.candidates(i + 4, min(s_end, i + 8)):
                if m.kind in ("name", "pronoun", "role", "org"):
                    return Attribution(m, None)
        if low in AUXILIARIES and self.lex.lang == "de":
            # '„…“, hatte VW-Chef Winterkorn in einem Interview erklärt' / 'wird X zitiert'
            for k in range(i + 1, min(s_end, i + 12)):
                if a.qid[k] >= 0 or a.words[k] == ",":
                    break
                c = self.cue_at(k, s_end)
                if c is not None:
                    m = self.best_speaker(i + 1, k, k)
                    if m is not None:
                        return Attribution(m, c)
                    break
        # German: cue verb first, then the subject (skipping adverbials)
        cue = self.cue_at(i, s_end) if low not in ("so",) else (i, i + 1)
        if low == "so" and self.lex.lang != "de":
            cue = None
        if cue:
            doc = self.document_source(cue, i, s_end)
            if doc is not None:
                return Attribution(doc, cue)
            von = self._subject_after_von_phrase(a.sents[a.sent_of[last]][0], cue, s_end)
            if von is not None:
                return Attribution(von, cue)
            stop = cue[0] + 1
            while stop < min(s_end, cue[0] + 12) and a.words[stop] != ",":
                if a.qid[stop] >= 0:
                    q = a.quotes[a.qid[stop]]
                    if not _is_fragment(a.text[q.start + 1 : q.end - 1]):
                        break  # another statement; but 'schreibt die „Zeit“' goes on
                stop += 1
            # 'sagte am Montag die Vorsitzende der Kommission, Petra Lindqvist': take the
            # apposition too
            app = stop + 1
            while app < s_end and self.lex.lang == "en" and a.lowers[app] in self.lex.titles:
                app += 1  # 'said the trust's chief medical officer, Dr Anil Mehta'
            if stop < s_end and a.words[stop] == "," and app in a.mention_at:
                stop = a.mention_at[app].tok_end
                if self.lex.lang == "en" and not any(
                    a.mention_at.get(k, Mention(0, 0, "", None)).kind == "name"
                    for k in range(cue[1], app)
                ):
                    # the role before the comma describes the name after it
                    return Attribution(a.mention_at[app], cue)
            m = self.best_speaker(cue[1] if cue[1] - cue[0] == 1 else cue[0] + 1, stop, cue[0])
            if m is None and a._namelike(cue[0] + 1):
                m = a.add_name_at(cue[0] + 1)
            if m is not None:
                return Attribution(m, cue)
            # verb-final: 'X hat es „…“ genannt' — the subject stands before the quote;
            # in a passive ('Der Plan war als „…“ bezeichnet worden') the agent or source
            s_start = a.sents[a.sent_of[last]][0]
            if self.lex.lang == "de":
                agent = Reported(a, self).passive(s_start, a.q_first[qi], cue[0])
                if agent is not None and agent[0] is not None:
                    return Attribution(agent[0], cue)
            return Attribution(self.best_speaker(s_start, a.q_first[qi]), cue)
        # English: subject first, then the cue ('he said', 'the minister told reporters').
        # German puts the verb first here; a later verb belongs to another clause.
        if self.lex.lang != "en":
            return self.inverted_subject(qi, i, s_end)
        # up to 15 words: '"…," the college's regional director, Helen Marsh, said', '"…,"
        # the company's chief financial officer, Marcus de la Cruz, told'
        k, limit, subj_end, named = i, min(s_end, i + 15), None, None
        while k < limit:
            if a.qid[k] >= 0:
                break
            if (
                subj_end is None
                and k > i
                and a.words[k] == ","
                and k + 1 < s_end
                and a.lowers[k + 1] in ("who", "which")
            ):
                # '"…," a commander, who gave his name only as Ismail, said': the subject
                # is before the relative clause, unless the clause gives the name
                close = next(
                    (t for t in range(k + 2, min(s_end, k + 16)) if a.words[t] == ","), None
                )
                if close is not None:
                    subj_end, named = k, self._en_name_given(k + 2, close)
                    limit = min(s_end, limit + close - k)
                    k = close + 1
                    continue
            c = self.cue_at(k, s_end)
            if not c:
                k += 1
                continue
            if named is not None:
                return Attribution(named, c)
            m = self.quoted_object(k, s_end) or self.best_speaker(i, subj_end or k, k)
            if m is None:
                for kk in range(i, subj_end or k):
                    m = a.add_name_at(kk)
                    if m:
                        break
            if m is not None:
                return Attribution(m, c)
            return None  # a verb of the sentence's own subject: let other rules look
        return None

    def _en_name_given(self, lo: int, hi: int) -> Mention | None:
        """'who gave his name only as Ismail', 'who identified herself as Dana': in a
        relative clause [lo, hi), the name the speaker gave."""
        a = self.a
        w = a.lowers
        if not any(x in ("name", "identified") for x in w[lo:hi]):
            return None
        for t in range(lo, hi - 1):
            if w[t] == "as" and a._namelike(t + 1):
                return a.add_name_at(t + 1)
        return None

    def before_colon(self, qi: int) -> Attribution | None:
        """X sagte: „…“ / Außerdem kündigte er an: „…“. Also 'Sie fügte hinzu. „…“': a
        short sentence of a subject and a speech verb, right before the quote in the same
        paragraph, introduces it as a colon would."""
        a = self.a
        first = a.q_first[qi]
        if first <= 0:
            return None
        if a.words[first - 1] != ":":
            lo, hi = a.sents[a.sent_of[first - 1]]
            if (
                a.words[first - 1] != "."
                or hi != first
                or hi - lo > 6
                or "\n" in a.text[a.ends[first - 1] : a.starts[first]]
                or any(a.qid[k] >= 0 for k in range(lo, hi))
                or self.find_cue(lo, hi - 1) is None
            ):
                return None
        colon = first - 1
        s_start = a.sents[a.sent_of[colon]][0]
        lo = s_start
        for k in range(colon - 1, s_start - 1, -1):  # the clause after the last quote
            if a.qid[k] >= 0:
                q = a.quotes[a.qid[k]]
                if not _is_fragment(a.text[q.start + 1 : q.end - 1]):
                    lo = k + 1
                    break  # not at a quoted name: 'X wird von der „Netzeitung“ zitiert:'
        cue = self.find_cue(lo, colon)
        doc = self.document_source(cue, lo, colon + 1) if cue else None
        if doc is not None:
            return Attribution(doc, cue)
        # the clause of the cue: from the last comma before it
        if cue:
            clause_lo = lo
            for k in range(cue[0] - 1, lo - 1, -1):
                if a.words[k] == ",":
                    clause_lo = k + 1
                    break
            m = self.best_speaker(clause_lo, colon, cue[0])
            if (
                m is None
                and clause_lo > lo
                and self.lex.lang == "de"
                and a.lowers[clause_lo] in RELATIVE_SUBJECTS
            ):
                # '…, die skandierten: „…“': the relative pronoun, as annotators mark it
                ante = self.best_speaker(lo, clause_lo - 1, clause_lo - 1)
                person = ante.person if ante is not None else None
                return Attribution(Mention(clause_lo, clause_lo + 1, "pronoun", person), cue)
            if (m is None or m.kind in ("generic", "org")) and clause_lo > lo:
                # 'Der Vorsitzende …, Michael Knipper, kritisierte die Entscheidung:' —
                # the subject stands before the apposition's commas
                wider = self.best_speaker(lo, colon, cue[0])
                if wider is not None and (m is None or wider.kind in ("name", "pronoun", "role")):
                    m = wider
            if m is None and cue[0] > s_start and a.lowers[cue[0] - 1] in ("und", "and"):
                # 'X erläutert es so: „…“, und fügt hinzu: „…“': the second verb shares
                # the subject that opens the sentence
                m = self.mention_at(s_start, cue[0] - 1)
                if m is not None and m.kind not in ("name", "pronoun", "role", "org"):
                    m = None
            return Attribution(m, cue)
        # no speech verb: 'Lindner dazu:' / 'Der Minister:' — a short label; or a whole
        # statement after a clause about a person ('Zypries sieht darin eine Bestätigung:')
        m = self.clause_topic(lo, colon) or self.best_speaker(lo, colon)
        if m is None:
            return None
        inner = a.text[a.quotes[qi].start + 1 : a.quotes[qi].end - 1]
        if colon - lo <= 4 or (
            m.kind in ("name", "pronoun", "role")
            and not _is_fragment(inner)
            and inner[:1].isupper()
        ):
            return Attribution(m, None)
        return None

    def clause_topic(self, lo: int, hi: int) -> Mention | None:
        """Who a clause with no speech verb, before a colon, is about: the person or
        body opening it ('Der Ermittler, der als Zeuge gilt, will … einstellen:', not a
        name further on), or the one whose words a noun of saying opening it announces
        ('Das Fazit von Sandra Boser fällt klar aus:')."""
        a, lex = self.a, self.lex
        if lo >= hi or a.qid[lo] >= 0 or a.lowers[lo] in OBLIQUE:
            return None
        j = lo + 1 if a.lowers[lo] in lex.determiners else lo
        if j < hi and a.lowers[j] in lex.cue_nouns and j + 1 < hi:
            if a.lowers[j + 1] in ("von", "vom", "of"):
                m = self.mention_at(j + 2, hi) or a.add_name_at(j + 2, strict=True)
                if m is not None and m.kind in ("name", "role", "org"):
                    return m
            return None
        m = self.mention_at(lo, hi)
        if m is None or m.genitive or m.kind not in ("name", "pronoun", "role", "org"):
            return None
        if m.kind == "pronoun" and m.person is None:
            return None
        return m

    def around(self, qi: int) -> Attribution | None:
        """X nannte den Plan „einen Fehler“ / X called it "a disaster": cue in the sentence."""
        a = self.a
        first = a.q_first[qi]
        si = a.sent_of[first]
        lo, hi = a.sents[si]
        # the verb nearest before the quote introduces it ('A nannte X „…“, B bezeichnete Y
        # als „…“'); with none before, the first after it ('von „…“ sprach X')
        cue = None
        for k in range(first - 1, lo - 1, -1):
            if a.qid[k] < 0:
                cue = self.cue_at(k, hi)
                if cue:
                    break
        if cue is None:
            sub = False  # inside a subordinate clause after the quote
            for k in range(first, hi):
                if a.qid[k] >= 0:
                    continue
                if k > first and a.words[k - 1] == "," and self.lex.lang == "de":
                    low = a.lowers[k]
                    sub = low in SUBORDINATORS or low in RELATIVE or low in PREPOSITIONS["de"]
                    if not (
                        sub or low in AUXILIARIES or low in ("wie", "so") or self.cue_at(k, hi)
                    ):
                        # '„kaputt“, denn es könne …, kurz „PACs“ genannt': the verb of
                        # another main clause is not the quote's; ', sagte X' is
                        break
                if sub:
                    continue  # '„…“, mit dem man … wolle, entgegnete X': skip the clause
                cue = self.cue_at(k, hi)
                if cue:
                    break
        if cue is None:
            return None
        doc = self.document_source(cue, lo, hi)
        if doc is not None:
            return Attribution(doc, cue)
        obj = self.quoted_object(cue[0], hi)
        if obj is not None:
            if cue[0] < first < obj.tok_start:
                return None  # 'zitiert die „Nordpost“ den Minister': the paper's name
            return Attribution(obj, cue)
        if cue[0] > lo and a.lowers[cue[0] - 1] in ("und", "and") and cue[0] < first:
            # 'Die Firma wies das zurück und nannte es „Spekulation“': the second verb shares
            # the subject of the first, which opens the sentence
            m = None
            if a.lowers[lo] not in FRONT_PREPOSITIONS:  # not 'Am Abend' for a subject
                m = self.best_speaker(lo, cue[0] - 1)
            if m is not None and m.tok_start == lo:
                return Attribution(m, cue)
            m = self._subject_after_first_verb(lo, cue[0] - 1)
            if m is not None:
                return Attribution(m, cue)
        m = self._inverted_subject(cue, hi) or self._subject_after_von_phrase(lo, cue, hi)
        if m is not None:
            return Attribution(m, cue)
        m = self.clause_subject(lo, hi, cue) or self._en_active_subject(lo, cue, first)
        if m is None and self.lex.lang == "en" and cue[0] < first:
            m = self._en_participle_subject(lo, cue[0])
        if m is None:
            # the structure tells no one (a passive without agent, say): a quoted term
            # needs a speaker to be kept at all, so the likeliest mention stands in
            m = self.best_speaker(lo, hi, cue[0])
        return Attribution(m, cue)

    def _inverted_subject(self, cue: tuple[int, int], hi: int) -> Mention | None:
        """'Sie sei „geschockt“ über das Geschehen, sagte die Königin, ihre „Gedanken …“':
        a German speech verb right after a comma opens a clause of its own with the
        subject after the verb; that subject speaks, not a pronoun of the reported clause."""
        a = self.a
        c = cue[0]
        if self.lex.lang != "de" or c < 1 or a.words[c - 1] != "," or a.qid[c - 1] >= 0:
            return None
        if cue[1] - cue[0] > 1 and a.lowers[c] not in AUXILIARIES:
            return None  # 'hob … hervor': the subject is among the words between
        if not Reported(a, self).konj(a.sents[a.sent_of[c]][0], c - 1):
            # the reported clause before the comma is in the Konjunktiv; otherwise the
            # comma may close an apposition: 'Der Senator, Henning Roth (SPD), warnte die CDU'
            return None
        stop = next(
            (k for k in range(cue[1], min(hi, cue[1] + 8)) if a.words[k] == "," or a.qid[k] >= 0),
            min(hi, cue[1] + 8),
        )
        for k in range(cue[1], stop):
            m = self.mention_at(k, stop)
            if m is not None:
                if m.genitive or m.kind not in ("name", "pronoun", "role", "org"):
                    return None
                if a.lowers[m.tok_start] in OBLIQUE or a.lowers[k - 1] in PREPOSITIONS["de"]:
                    return None  # 'sagte dem Sender', 'sagte in einem Interview'
                return m
            if a.caps[k] and a.lowers[k] not in WEEKDAYS_MONTHS:
                return None
        return None

    def _subject_after_von_phrase(self, lo: int, cue: tuple[int, int], hi: int) -> Mention | None:
        """'Von „mutwilliger Täuschung“ sprechen Medienberichte heute …': the quoted words
        fill the phrase that opens the sentence, so the subject follows the verb (perhaps
        after an adverb), however prominent a name further on."""
        a = self.a
        if self.lex.lang != "de" or a.lowers[lo] not in ("von", "vom") or cue[1] - cue[0] > 1:
            return None
        c = cue[0]
        if not any(a.qid[k] >= 0 for k in range(lo, c)) or a.qid[c - 1] < 0:
            return None  # the verb follows the quote that ends the phrase
        if any(a.words[k] in (",", ";", ":") and a.qid[k] < 0 for k in range(lo, c)):
            return None
        for k in range(cue[1], min(hi, cue[1] + 3)):
            if a.qid[k] >= 0:
                return None
            m = self.mention_at(k, hi)
            if m is None and a.caps[k]:
                m = self.generic_np(k, min(hi, k + 4), None)
            if m is not None:
                return m if m.tok_start == k and not m.genitive else None
            if not a.words[k].islower() or a.lowers[k] in self.lex.determiners:
                return None
        return None

    def _subject_after_first_verb(self, lo: int, hi: int) -> Mention | None:
        """'Am Abend zogen die Demonstranten zum Rathaus (und skandierten …)': after a
        fronted adverbial, the subject stands right after the finite verb, the first
        lowercase word after a noun."""
        a, lex = self.a, self.lex
        if lex.lang != "de":
            return None
        preps = PREPOSITIONS["de"]
        for k in range(lo + 1, hi - 1):
            low = a.lowers[k]
            if a.qid[k] >= 0 or not a.words[k][:1].islower():
                continue
            if low in preps or low in lex.determiners or not (a.caps[k - 1] or a.qid[k - 1] >= 0):
                continue
            m = self.mention_at(k + 1, hi) or self.generic_np(k + 1, hi, k)
            if m is not None and m.tok_start == k + 1 and not m.genitive:
                return m
            return None
        return None

    def _en_active_subject(self, lo: int, cue: tuple[int, int], first: int) -> Mention | None:
        """English: the subject right before an active verb that introduces a quoted
        phrase after it ('Harcourt's allies privately describe Dunmore as "…"', 'Labour
        accuses Tories of "…"'): it speaks, not the person after the verb."""
        a = self.a
        c = cue[0]
        if self.lex.lang != "en" or not lo < c < first:
            return None
        e = c
        while e > lo and a.qid[e - 1] < 0 and a.lowers[e - 1].endswith("ly"):
            e -= 1  # 'privately describe'
        while e > lo and a.lowers[e - 1] in ("has", "have", "had", "will", "would"):
            e -= 1  # 'has accused'
        if e > lo and a.lowers[e - 1] in self.lex.passive_aux:
            return None  # 'was described by X as': the agent speaks
        if e - 2 > lo and a.lowers[e - 1] == "who" and a.words[e - 2] == ",":
            # '…, Miriam Lowe, who said her mother had been "…"': the one before 'who'
            m = self.best_speaker(lo, e - 2, e - 2)
            return m if m is not None and m.tok_end == e - 2 and not m.genitive else None
        s = e
        while (
            s > lo
            and e - s < 8
            and a.qid[s - 1] < 0
            and a.words[s - 1] not in (",", ";", ":", "(", "—", "–")
            and a.lowers[s - 1] not in EN_SUBORDINATORS
            and a.lowers[s - 1] not in EN_RELATIVES
        ):
            s -= 1
        if s >= e or (
            s > lo
            and a.qid[s - 1] < 0
            and a.words[s - 1] not in ",;:(—–"
            # '…, where critics called it "haunting"': the subordinate clause's subject
            and not (a.lowers[s - 1] in EN_SUBORDINATORS or a.lowers[s - 1] == "where")
        ):
            return None
        m = self.best_speaker(s, e, e)
        if m is None or m.genitive or m.tok_end < e:
            m = self._en_subject(s, e)
        return m

    def _en_participle_subject(self, lo: int, c: int) -> Mention | None:
        """English '…, saying "…"' with the participle at c after a comma: the subject of
        the main clause, a known speaker or the noun phrase opening the sentence ('The
        family of a boy stabbed in Leeds urged witnesses to come forward, saying …')."""
        a, lex = self.a, self.lex
        if not (c > lo + 1 and a.words[c - 1] == "," and a.lowers[c].endswith("ing")):
            return None
        s = lo
        while s < c and a.lowers[s] in EN_LINKERS:
            s += 1
        if not (
            s < c
            and a.qid[s] < 0
            and (
                a.lowers[s] in lex.determiners
                or a.lowers[s] in EN_QUANTIFIERS
                or (a.caps[s] and a.lowers[s] not in lex.stopwords)
            )
        ):
            return None
        e = s + 1  # the subject runs to its verb
        while (
            e < min(c, s + 12)
            and a.qid[e] < 0
            and a.words[e] not in (",", ";", ":")
            and a.lowers[e] not in EN_FINITE
            and not lex.is_cue(a.lowers[e])
            and not (a.lowers[e].endswith("ed") and a.lowers[e - 1] not in lex.determiners)
        ):
            e += 1
        if e >= c or not (
            a.lowers[e] in EN_FINITE or a.lowers[e].endswith("ed") or lex.is_cue(a.lowers[e])
        ):
            return None
        for m in self.candidates(s, e):
            if m.kind in ("name", "pronoun", "role", "org") and not m.genitive:
                return m
        if not a.words[e - 1].isalnum():
            return None
        return Mention(s, e, "generic", None)

    def clause_subject(self, lo: int, hi: int, cue: tuple[int, int]) -> Mention | None:
        """The subject of a German main clause by its structure, not by the kind of a
        mention or its distance from the verb: the one phrase before the finite verb when
        it is a person or body ('Das Komitee nannte X „…“': not X, though a name), the
        agent of a passive, the phrase after the verb when a prepositional phrase opens
        the sentence ('Im Bericht spricht die Behörde von „…“'). None when the structure
        does not tell."""
        if self.lex.lang != "de":
            return None
        a = self.a
        rep = Reported(a, self)
        c = cue[0]
        p = next((k for k in range(c + 1, hi) if a.words[k] == "," and a.qid[k] < 0), hi)
        # not relative pronouns ('…, die es „…“ nannte'): the partial quote's speaker is
        # the person the pronoun stands for, whom best_speaker finds
        for found in (rep.passive(lo, p, c), rep.fronted_phrase(lo, c)):
            if found is not None:
                m = found[0]
                # fronted_phrase looks a few words past the verb, which may be past hi
                return m if m is None or m.tok_start < hi else None
        m = rep.vorfeld_subject(lo, c)
        if m is not None:
            commas = [k for k in range(m.tok_end, c) if a.words[k] == "," and a.qid[k] < 0]
            if commas and not (
                # an apposition or relative clause closes right before the finite verb:
                # 'X, die Vorsitzende, nannte …' / 'X, der …, hat … genannt'
                commas[-1] + 1 == c or a.lowers[commas[-1] + 1] in VORFELD_VERBS
            ):
                return None  # the cue is in a clause of its own: 'X will wissen, dass Y …'
        # a body no lexicon knows: 'Das Nobelkomitee würdigte X als „…“'
        return m or rep.plain_subject(lo, c)

    def previous_subject(self, qi: int) -> Attribution | None:
        """'Die Partei will am Kurs festhalten. „Wir wollen …“' / 'Sie fügte hinzu. „…“':
        a statement that stands as a sentence of its own, with no attribution anywhere,
        right after a sentence of the same paragraph about a person or body: the subject
        of that sentence said it (the first person or body named there, not after a
        preposition, not an object)."""
        a = self.a
        first = a.q_first[qi]
        si = a.sent_of[first]
        if si == 0 or a.sents[si][0] != first:
            return None
        lo, hi = a.sents[si - 1]
        if "\n" in a.text[a.ends[hi - 1] : a.starts[first]] and not (
            # 'Die Ökonomin Judith Roth widersprach.\n\n„…“': a German one-sentence
            # paragraph that only introduces the quotation paragraph after it
            self.lex.lang == "de"
            and si >= 2
            and "\n" in a.text[a.ends[a.sents[si - 2][1] - 1] : a.starts[lo]]
            and a.text[a.ends[hi - 1] - 1] == "."
        ):
            return None
        if any(a.qid[k] >= 0 for k in range(lo, hi)):
            return None  # a sentence with quotes of its own: continuation decides
        for m in self.candidates(lo, hi):
            if m.kind in ("name", "pronoun", "role", "org"):
                return Attribution(m, None)
        return None

    def _next_sentence(self, qi: int) -> tuple[int, int] | None:
        """The sentence after a quotation that stands as a sentence of its own, when it is
        in the same paragraph."""
        a = self.a
        first, last = a.q_first[qi], a.q_last[qi]
        si = a.sent_of[last]
        if si + 1 >= len(a.sents) or a.sents[a.sent_of[first]][0] != first:
            return None
        s_end = a.sents[si][1]
        if any(a.qid[k] < 0 and a.words[k][0].isalnum() for k in range(last + 1, s_end)):
            return None
        lo, hi = a.sents[si + 1]
        if "\n" in a.text[a.ends[s_end - 1] : a.starts[lo]] or hi - lo < 3 or a.qid[lo] >= 0:
            return None
        return lo, hi

    def pointed_back(self, qi: int) -> Attribution | None:
        """'„…“ Das sagt Annika Brodersen.' / '„…“ Der 38-Jährige sagt das leise.': the
        sentence after a quotation points back at it with 'das' and a speech verb; its
        subject said it."""
        a, lex = self.a, self.lex
        nxt = self._next_sentence(qi) if lex.lang == "de" else None
        if nxt is None:
            return None
        lo, hi = nxt
        if (
            a.lowers[lo] == "mit"
            and a.lowers[lo + 1 : lo + 3] in (["diesen", "worten"], ["den", "worten"])
            and a.qid[lo + 3] < 0
        ):
            # '„…“ Mit diesen Worten verabschiedete sich Roth.': the subject after the verb
            for m in self.candidates(lo + 4, min(hi, lo + 8)):
                if m.kind in ("name", "pronoun", "role", "org"):
                    return Attribution(m, None)
            return None
        if a.lowers[lo] in lex.anaphoric_objects:
            cue = self.cue_at(lo + 1, hi)
            m = self.best_speaker(lo + 2, hi, lo + 1) if cue is not None else None
        else:
            m = self.mention_at(lo, hi)
            if m is None or m.tok_end + 1 >= hi:
                return None
            cue = self.cue_at(m.tok_end, hi)
            if cue is None or a.lowers[cue[0] + 1] not in lex.anaphoric_objects:
                return None
        if m is None or m.kind not in ("name", "pronoun", "role", "org"):
            return None
        return Attribution(m, cue)

    def next_subject(self, qi: int) -> Attribution | None:
        """'„Früher lagen hier zwanzig Kutter.“ Jens Thormählen steht am Steg …': a
        statement nobody was found to have made, followed in its paragraph by a sentence
        that opens with a person as its subject, is that person's."""
        a = self.a
        nxt = self._next_sentence(qi) if self.lex.lang == "de" else None
        if nxt is None:
            return None
        lo, hi = nxt
        m = self.mention_at(lo, hi)
        if (
            m is None
            or m.person is None
            or m.kind not in ("name", "pronoun")
            or m.genitive
            or m.tok_end >= hi
            or not a.words[m.tok_end][0].islower()
        ):
            return None
        return Attribution(m, None)

    def en_pointer_after(self, qi: int) -> Attribution | None:
        """English: a quotation standing as a sentence of its own, named by the sentence
        after it: '"…." Those were the words of X …', '"…." So said X …', 'That was the
        verdict of X'. The first person or body named after 'of' / 'from' / the verb."""
        a = self.a
        last = a.q_last[qi]
        first = a.q_first[qi]
        if self.lex.lang != "en" or last + 3 >= a.n or not a.sent_start(first):
            return None
        j = last + 1
        if not a.sent_start(j):
            return None
        lo, hi = a.sents[a.sent_of[j]]
        w = a.lowers
        if w[j] == "so" and self.lex.is_cue(w[j + 1]):
            k = j + 2
        elif w[j] in ("those", "these", "that", "such") and w[j + 1] in (
            "were",
            "was",
            "are",
            "is",
        ):
            k = next((k + 1 for k in range(j + 2, min(hi, j + 6)) if w[k] in ("of", "from")), 0)
            if not k or not any(w[t] in EN_POINTED_NOUNS for t in range(j + 2, k)):
                return None
        else:
            return None
        for m in self.candidates(k, hi, after_preposition=True):
            if m.tok_end < hi and a.lowers[m.tok_end] in ("'s", "’s"):
                continue  # 'the airline's chief operating officer, Neil Garvan'
            if m.kind in ("name", "role", "org"):
                return Attribution(m, None)
            break
        return None

    def source_phrase(self, qi: int) -> Attribution | None:
        """laut X / nach Angaben von X / according to X in the quotation's sentence."""
        a, lex = self.a, self.lex
        first = a.q_first[qi]
        lo, hi = a.sents[a.sent_of[first]]
        if first >= 2 and a.words[first - 1] == "(" and a.qid[first - 2] < 0:
            # 'der Leiter der Behörde, Mohammed ElBaradei („Mir fällt niemand ein …“)': a
            # statement in brackets right after a person is theirs
            j = bisect.bisect_right(a.mention_starts, first - 2) - 1
            m = a.mentions[j] if j >= 0 else None
            if m is not None and m.tok_end == first - 1 and m.kind in ("name", "role"):
                return Attribution(m, None)
        first_words = lex.source_first
        last = a.q_last[qi]

        def beyond_colon(k: int) -> bool:
            """'… betont, er sei „…“, doch die Richterin blieb hart: …, so X': a source
            after a colon or semicolon past the quote reports only what follows that."""
            return k > last and any(
                a.words[j] in (":", ";") and a.qid[j] < 0 for j in range(last, k)
            )

        for k in range(lo, hi):
            if a.qid[k] >= 0 or a.lowers[k] not in first_words or beyond_colon(k):
                continue
            for ph in lex.source_before:
                if tuple(a.lowers[k : k + len(ph)]) == ph:
                    j = k + len(ph)
                    m = self.mention_at(j, hi) or a.add_name_at(j, strict=True)
                    if m:
                        return Attribution(m, (k, j))
            for ph in lex.source_after:
                if tuple(a.lowers[k : k + len(ph)]) == ph and k > lo:
                    for j in range(k - 1, max(lo, k - 5) - 1, -1):
                        m = self.mention_at(j, k) or a.add_name_at(j, strict=True)
                        if m and m.kind != "generic":  # not 'Höhe waren dem Bericht zufolge'
                            return Attribution(m, (k, k + len(ph)))
        # a source no lexicon names: 'dem Bericht zufolge', 'laut der HIS-Studie', 'nach
        # Angaben aus Regierungskreisen' -- as reported speech reads it, when the quote
        # stands in the statement it cuts
        hit = Reported(a, self).source(lo, hi)
        if hit is not None and hit[1].mention is not None:
            q = a.quotes[qi]
            cue = hit[1].cue
            if cue is not None and beyond_colon(cue[0]):
                hit = None
            elif any(a.starts[s] <= q.start and q.end <= a.ends[e - 1] + 1 for s, e in hit[0]):
                if lex.lang == "de" and cue is not None and cue[1] < first:
                    # a source nearer the quote scopes it: 'Nach Angaben der Behörde …, die
                    # jedoch nach Bewertung der Polizei „keinen Anlass“ gibt'
                    nearer = self._nach_laut_source(range(first - 1, cue[1] - 1, -1), lo, hi)
                    if nearer is not None:
                        return nearer
                return hit[1]
        if lex.lang != "de":
            return None
        # no person named: 'nach Angaben des künstlerischen Leiters „…“', 'laut einer
        # Pressemitteilung des Ministeriums …' -- the source phrase itself
        return self._nach_laut_source(range(lo, hi), lo, hi)

    def _nach_laut_source(self, ks: range, lo: int, hi: int) -> Attribution | None:
        """The first 'nach …' or 'laut …' source phrase at one of the tokens `ks`."""
        a = self.a
        rep = Reported(a, self)
        for k in ks:
            if a.qid[k] >= 0 or a.lowers[k] not in ("nach", "laut"):
                continue
            if a.lowers[k] == "nach":
                hit = rep.nach_source(k, lo, hi)
                src = (hit[2], hit[3]) if hit is not None else None
            else:
                src = (k + 1, rep.np_end(k + 1, hi))
            if src is None:
                continue
            # the phrase ends before a quotation: '… des Leiters „die Moderne …“'
            end = next((j for j in range(*src) if a.qid[j] >= 0), src[1])
            if end <= src[0] or (end < src[1] and _is_fragment(_inner(a, a.qid[end]))):
                continue  # nor a name inside the phrase: 'laut dem Magazin „auto“'
            m = rep.source_speaker(src[0], end)
            if m is not None:
                return Attribution(m, (k, k + 1))
        return None


PREPOSITIONS = {
    "de": frozenset(
        "an auf aus bei mit nach von vor zu zum zur über unter gegen für um durch ohne "
        "seit bis neben zwischen hinter wegen trotz gegenüber dank am im vom beim ins in".split()
    ),
    "en": frozenset(
        "to of in on at by for with from about against into over under between after before "
        "during without toward towards upon".split()
    ),
}


# Prepositions that open a sentence with a phrase of time, place or cause ('Um 10 Uhr',
# 'Im Bericht', 'Als Begründung'); the subject then follows the verb.
FRONT_PREPOSITIONS = frozenset(
    "an auf bei mit vor zu zum zur über unter gegen für um seit bis neben zwischen wegen "
    "trotz dank am im beim in als angesichts aufgrund infolge anlässlich bezüglich "
    "hinsichtlich".split()
)
# Endings of German adverbs and adjectives that open a sentence capitalised.
ADVERB_ENDINGS = ("lich", "ig", "lang", "hin", "weise", "end", "los", "mals", "wärts")
# articles before a quoted paper's name in the dative or after 'in': 'der „Welt“', 'dem
# „Spiegel“', 'im «Blick»'
INDEFINITE_ARTICLES = frozenset(("ein", "eine", "einer", "eines", "einem", "a", "an"))
# heads of the media a speaker talks to: 'sagte die Ministerin der Deutschen
# Presse-Agentur', '… den Zeitungen der Funke Mediengruppe'
ADDRESSEE_ARTICLES = frozenset(("der", "dem", "den", "im"))
AGE_NOUN = re.compile(r"^\d+-[A-ZÄÖÜ]\w+$")  # 'der 58-Jährige'
NOT_REPORT_OPENERS = {
    "de": frozenset(
        "um nachdem bevor weil während wenn als obwohl damit sodass und aber sondern oder "
        "zum zur bis seit indem falls sobald solange wobei womit".split()
    ),
    "en": frozenset(
        "after before because while when although since unless and but or so as".split()
    ),
}
RELATIVE = frozenset("der die das dem den deren dessen denen welche welcher welches".split())
# Conjunctions that open a subordinate clause: a source phrase inside one reports only it.
SUBORDINATORS = frozenset(
    "weil da dass daß ob wenn obwohl obgleich nachdem während als wobei womit wonach sodass "
    "damit bevor falls indem seit seitdem sofern zumal".split()
)
# Articles that can open a genitive after a noun ('Angaben der Polizei', '… eines Sprechers').
GENITIVE = frozenset("der des eines einer".split())
# Words before a source noun that are not in the determiner list: 'nach deren Angaben'.
SOURCE_DETERMINERS = frozenset("deren dessen".split())
# 'nach seiner Einschätzung', 'ihren Angaben zufolge': the source is whom they point to
POSSESSIVES_MALE = frozenset("sein seine seiner seinem seinen seines".split())
POSSESSIVES_FEMALE = frozenset("ihr ihre ihrer ihrem ihren ihres".split())
# 'erst nach …', 'kurz nach …': 'nach' as a time, whatever noun follows.
TIME_BEFORE_NACH = frozenset(
    "erst kurz bereits schon unmittelbar gleich direkt bald spätestens frühestens noch "
    "minuten stunden tage tagen wochen monate monaten jahre jahren".split()
)
# Marks that end a clause: a comma only where a subordinate clause opens or closes.
CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "("})
# What may follow a source noun as its complement: 'nach Angaben der Polizei', '… von X'.
SOURCE_COMPLEMENT = frozenset("der des eines einer seines seiner ihres ihrer".split())
IDIOM_BEFORE_GESAGT = frozenset("genauer besser anders kurz ehrlich offen".split())
AUXILIARIES = frozenset(
    "hat hatte haben hatten habe hätte ist war sei wurde wurden wird werden".split()
)
# The agent ('von', 'durch') or the document ('in') of a passive report.
PASSIVE_SOURCE_PREPOSITIONS = frozenset("von vom durch in im".split())
# Pronouns that open a reported main clause as its subject: 'sagte Rice, sie hielt …'.
CLAUSE_SUBJECT_PRONOUNS = frozenset("er sie es man wir ich".split())
# Subjects of a closing '…, wie er mitteilte' besides names, articles and possessives.
WIE_SUBJECTS = frozenset("er sie es".split())
# 'nach eigenen Angaben', 'nach eigenem Bekunden': the subject's own account
OWN = frozenset("eigenen eigenem eigener".split())
# Relative pronouns that can be the subject of their clause ('…, der angab, …').
RELATIVE_SUBJECTS = frozenset("der die das welcher welche welches".split())
# Conjunctions that may open a sentence before its first phrase ('Denn wie X berichtete').
VORFELD_CONJUNCTIONS = frozenset("denn und aber doch".split())
# 'in den Medien', 'in der Presse': the press as the source of a passive report
PRESS = frozenset({"medien", "presse"})
# 'es heißt' / 'hieß es': a report with no speaker but, perhaps, a document or place.
IMPERSONAL_CUES = frozenset("heißt hieß hieße geheißen heisst hiess".split())
DOCUMENT_PREPOSITIONS = frozenset("in im bei beim aus von vom seitens".split())
# Finite auxiliaries and modals that follow the subject in a German main clause
# ('Die Partei hat … gefordert', 'Der Verband will … prüfen lassen').
VORFELD_VERBS = AUXILIARIES | frozenset(
    "haben hatten hätten sind waren wäre wären will wollte wollen wollten kann konnte können "
    "konnten muss musste müssen mussten soll sollte sollen sollten".split()
)
# Dative and genitive forms: a mention after them is an object, not the speaker.
# (and accusative ones, which are never the subject either).
OBLIQUE = frozenset(
    "dem des einem eines diesem dieses seinem seines ihrem ihres den einen diesen seinen ihren "
    "unseren unserem unseres".split()
)
# words that join a second clause to the first: a particle before one closes its clause
CLAUSE_JOINS = frozenset({"und", "oder", "sowie", "aber", "sondern", "doch"})
KIND_WEIGHT = {"name": 3.0, "pronoun": 3.0, "role": 2.5, "org": 1.5, "generic": 1.0, "source": 1.0}
# Endings of German common nouns: a capitalised word with one is not a surname.
NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tionen",
    "tät",
    "ismus",
    "nis",
    "tum",
    "ment",
    "chen",
    "lein",
    "ei",
    "ik",
    "enz",
    "anz",
    "ur",
    "ling",
    "sicht",
    "werk",
    "zeug",
)

# --- the whole article ------------------------------------------------------------------------


def _inner(a: Analysis, qi: int) -> str:
    """The words of quotation qi, without its marks."""
    q = a.quotes[qi]
    return a.text[q.start + 1 : q.end - 1].strip()


def _is_fragment(text: str) -> bool:
    """A short quoted term rather than a statement: few words, no sentence punctuation."""
    words = text.split()
    return len(words) <= 4 and not any(text.rstrip().endswith(p) for p in ".!?…")


@dataclass
class Found:
    """One statement before it becomes a Quote: a character span and its attribution."""

    start: int
    end: int
    attr: Attribution | None
    type: str
    sent: int
    rule: str = ""


def find_direct(a: Analysis, att: Attributor, unattributed: list[Found]) -> list[Found]:
    """Quotations in quote marks, with their speakers. Quoted fragments with no speaker of
    their own go to `unattributed`: they count if their sentence turns out to be reported
    speech ('Er werde „einen neuen Deal“ aushandeln')."""
    text = a.text
    found: list[Found] = []
    prev_speaker: tuple[int, Attribution] | None = None  # (sentence index, attribution)
    for qi, q in enumerate(a.quotes):
        first = a.q_first[qi]
        if first < 0:
            continue
        inner = text[q.start + 1 : q.end - 1].strip()
        if not inner or not any(c.isalpha() for c in inner):
            continue
        # the word before, in the same sentence: not a headline's last word
        prev_same = first > 0 and a.sent_of[first - 1] == a.sent_of[first]
        prev_low = a.lowers[first - 1] if prev_same else ""
        cue_near = any(a.lex.is_cue(a.lowers[k]) for k in range(max(0, first - 6), first - 1))
        if not cue_near and (
            prev_low in a.lex.non_quote
            or (
                first > 1
                and a.lowers[first - 2] in a.lex.non_quote
                and (
                    a.words[first - 1][0].isupper()
                    or (
                        a.words[first - 1] == ":"
                        and (_is_fragment(inner) or _is_proper_name(inner))
                    )
                )
            )
        ):
            continue  # 'the film "Blue Harbor"'; but 'called the plan "a disaster"' is speech
        if (
            first > 1
            and a.words[first - 1] == ","
            and a.lowers[first - 2] in a.lex.non_quote
            and inner[:1].isupper()
            and _is_fragment(inner)
        ):
            continue  # 'In her memoir, "Spans", she wrote …': the title in apposition
        if (
            a.lex.lang == "en"
            and prev_low in ("read", "reads", "reading")
            and any(
                a.lowers[k] in a.lex.non_quote or a.lowers[k][:-1] in a.lex.non_quote
                for k in range(max(0, first - 5), first - 1)
            )
        ):
            continue  # 'shirts that read "Save Maple Grove"', 'a sign reading "Closed"'
        if (_is_proper_name(inner) and not _called_as(a, qi)) or _named_thing(a, qi, inner):
            continue  # „Financial Times“, "Operation Iraqi Freedom": a name, not words
        if (
            _is_fragment(inner)
            and inner[:1].isupper()
            and prev_same
            and a.caps[first - 1]
            and a.qid[first - 1] < 0
            and a.lowers[first - 1] not in a.lex.cue_nouns
            and a.mention_at.get(first - 1) is None
            and not (first > 1 and a.lowers[first - 2 : first] == ["zum", "beispiel"])
            and not _closes_speech_act(a, qi)
        ):
            continue  # a quoted name right after the noun it names: 'die Enzyklika „Deus …“'
        if (
            _is_fragment(inner)
            and inner[:1].isupper()
            and (
                (
                    (prev_low in DEFINITE or prev_low in PREPOSITIONS.get(a.lex.lang, ()))
                    and not cue_near
                )
                or inner.replace(" ", "").isupper()
                or any(c.isdigit() for c in inner)
            )
        ):
            continue  # 'sagte er der „Bild“', 'im „Spiegel“', „DFB“: a named thing
        if (
            a.lex.lang == "de"
            and prev_low in ("der", "die", "das", "dem", "den", "des")
            and inner.isalpha()
            and inner.islower()
            and not any(
                a.lex.is_cue(a.lowers[k])
                for k in range(max(a.sents[a.sent_of[first]][0], first - 6), first - 1)
            )
            and (
                a.q_last[qi] + 1 >= a.n
                or not (a.caps[a.q_last[qi] + 1] or a.qid[a.q_last[qi] + 1] >= 0)
            )
        ):
            continue  # 'Auch der „kicker“ bestätigt das': a lowercase name, not the „neue“ Plan
        si = a.sent_of[first]
        s_lo = a.sents[si][0]
        rule = "after"
        attr = att.after_quote(qi)
        if attr is None:
            attr, rule = att.before_colon(qi), "colon"
        outside_before = any(a.qid[k] < 0 for k in range(s_lo, first))
        if attr is None:
            attr, rule = att.source_phrase(qi), "source"
        if attr is None and (outside_before or _is_fragment(inner)):
            attr, rule = att.around(qi), "around"
        if attr is None:
            attr, rule = att.en_pointer_after(qi), "pointer"

        if attr is None:
            attr, rule = att.pointed_back(qi), "pointed_back"
        if attr is None and prev_speaker is not None:
            rule = "continuation"
            psi, pattr = prev_speaker
            # continuation: same sentence, or the very next ones with no one else named
            named_between = a.mention_between(a.sents[psi][1], first)
            if (
                si - psi <= 2
                and not named_between
                and not (_is_fragment(inner) and outside_before)
                and not _colon_statement_of_another(a, att, qi, inner, si, psi)
            ):
                attr = Attribution(pattr.mention, None)
        colon_statement = attr is None and _statement_after_colon(a, qi, inner)
        if colon_statement:
            # 'Paolo lehnte mit den Worten ab: „…“': a whole statement announced by a colon
            # is someone's words even with no speech verb; the clause's subject said it.
            subject = _colon_subject(a, att, s_lo, first - 1)
            if subject is not None:
                attr, rule = Attribution(subject, None), "colon_statement"
            else:
                # 'Darin steht: „…“', 'Auf dem Plakat war zu lesen: „…“': still someone's
                # words (a document's, a sign's), kept unless a report claims them
                unattributed.append(Found(q.start, q.end, None, "direct", si, "colon_statement"))
                continue
        if attr is None and (_is_fragment(inner) or outside_before):
            # a term or title in quote marks, nobody's words -- unless reported speech
            unattributed.append(Found(q.start, q.end, None, "partial", si, "in_report"))
            continue
        # partial: quoted words inside the reporter's own sentence
        qtype = "direct"
        if (
            found
            and found[-1].sent == si
            and found[-1].type == "direct"
            and _only_attribution(a, a.q_last[a.quote_at[found[-1].start]] + 1, first)
        ):
            pass  # the second half of a quote split by its attribution
        elif outside_before and not (first > 0 and a.words[first - 1] == ":"):
            qtype = "partial"
        elif inner[:1].islower():
            qtype = "partial"
        if attr is not None and attr.mention is not None:
            prev_speaker = (si, attr)
        elif attr is None:
            prev_speaker = None
        found.append(Found(q.start, q.end, attr, qtype, si, rule))
    return found


def attribute(a: Analysis) -> tuple[list[Quote], list[Person]]:
    """Quotations with speakers, and everyone mentioned, for one analysed article."""
    att = Attributor(a)
    unattributed: list[Found] = []
    direct = find_direct(a, att, unattributed)
    reported = find_reported(a, att, direct)
    # quoted words inside a reported clause belong to its speaker
    report_by_sent = {f.sent: f for f in reported if f.attr is not None}
    for f in direct:
        r = report_by_sent.get(f.sent)
        if (
            f.attr is not None
            and (
                f.attr.mention is None or (f.attr.mention.kind == "generic" and f.rule == "around")
            )
            and f.type == "partial"
            and r is not None
            and r.attr.mention is not None  # type: ignore[union-attr]
            and r.start <= f.start
            and f.end <= r.end + 1
            and not _quoted_noun(a, f)
        ):
            # 'Es drohe „…“': a verb that names no one; the report around the quotation
            # says whose words they are
            f.attr = Attribution(r.attr.mention, None)  # type: ignore[union-attr]
    _after_reports(a, direct, reported)
    _after_subjects(a, att, direct)
    for f in unattributed:
        r = report_by_sent.get(f.sent)
        if r is not None and _quoted_noun(a, f):
            r = None  # 'sind „Alfvenwellen“': a term in a report, not its speaker's word
        if r is not None and r.start <= f.start and f.end <= r.end + 1:
            f.attr = Attribution(r.attr.mention, None)  # type: ignore[union-attr]
            direct.append(f)
        elif f.rule == "colon_statement":
            lo, _ = a.sents[f.sent]
            first = a.q_first[a.quote_at[f.start]]
            f.attr = Attribution(_colon_source(a, att, lo, first - 1), None)
            direct.append(f)
        elif f.attr is None:
            # 'X wertete das als „…“': an evaluation in quote marks is the subject's word
            attr = _as_evaluation(a, att, f)
            if attr is not None:
                f.attr = attr
                direct.append(f)

    if a.lex.lang == "en":
        _en_partials_in_reports(a, direct, reported)
    items = direct + reported
    interview = find_interview(a, att)
    if interview:
        # inside an interview the labels say who speaks; other rules would only add noise
        blocks = [(lo, hi) for lo, hi, _ in interview]
        items = [f for f in items if not any(lo <= f.start < hi for lo, hi in blocks)]
        items += [f for _, _, f in interview if f is not None]
    text = a.text
    # A quoted word or two that nobody can be found to have said is a term, not a quote;
    # so is a name or gloss no person is found to have said.
    items = [
        f
        for f in items
        if f.type not in ("direct", "partial")
        or (
            (f.attr is not None and f.attr.mention is not None)
            or not _is_fragment(text[f.start + 1 : f.end - 1])
        )
        and not _is_term(a, f)
    ]
    items.sort(key=lambda f: (f.start, f.end))
    orgs: dict[str, Person] = {}
    quotes: list[Quote] = []
    named_orgs: list[tuple[str, int]] = []  # organisations named as speakers, and where
    for f in items:
        lo, hi = a.sents[f.sent]
        sentence = text[a.starts[lo] : a.ends[hi - 1]]
        rec = Quote(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            type=f.type,  # type: ignore[arg-type]
            sentence=sentence,
            rule=f.rule,
        )
        attr = f.attr
        if attr is not None:
            m = attr.mention
            if m is not None:
                rec.speaker_text = text[a.starts[m.tok_start] : a.ends[m.tok_end - 1]]
                rec.speaker_start = a.starts[m.tok_start]
                rec.speaker_end = a.ends[m.tok_end - 1]
                if m.person is not None:
                    p = a.people[m.person]
                    rec.speaker = p.name
                    rec.role = p.roles[0] if p.roles else m.role
                elif m.kind == "org":
                    first_tok = m.tok_start
                    if a.lowers[first_tok] in a.lex.determiners and first_tok + 1 < m.tok_end:
                        first_tok += 1
                    name = text[a.starts[first_tok] : a.ends[m.tok_end - 1]]
                    common = " " in name and name == name.lower()  # 'the hospital trust'
                    if a.lex.lang == "en" and (m.tok_end - first_tok == 1 or common):
                        # 'The Data Protection Commission confirmed … In a statement, it
                        # said …' / '… the agency said': the organisation named before
                        head = a.lowers[m.tok_end - 1]
                        definite = a.lowers[m.tok_start] == "the"
                        name = _en_org_antecedent(named_orgs, head, definite, f.sent) or (
                            "" if head == "it" else name
                        )
                    # 'die Polizei', 'die Zeitung': a common noun names no one organisation
                    # across articles; acronyms and names of several words do
                    if name and not (
                        " " in name or name.isupper() or not a.lex.is_org(name.lower())
                    ):
                        # 'die Agentur' after 'die Nachrichtenagentur Reuters': that one
                        name = _named_org_before(a, att, m) or ""
                    if name:
                        rec.speaker = name
                        orgs.setdefault(name, Person(name=name, kind="org"))
                        named_orgs.append((name, f.sent))
                elif m.kind == "role":
                    rec.role = m.role
                elif a.lex.lang == "en" and m.tok_end - m.tok_start == 1:
                    name = _en_short_org_name(a, m.tok_start)
                    if name:
                        rec.speaker = name
                        orgs.setdefault(name, Person(name=name, kind="org"))
                        named_orgs.append((name, f.sent))
            if attr.cue is not None:
                c0, c1 = attr.cue
                rec.cue_start = a.starts[c0]
                rec.cue_end = a.ends[c1 - 1]
                rec.cue = a.words[c0] if c1 - c0 == 1 else f"{a.words[c0]} … {a.words[c1 - 1]}"
        quotes.append(rec)

    quotes = _merge_repeats(quotes)
    people = [
        Person(
            name=p.name,
            aliases=sorted(al for al in p.aliases | {p.surname} if al != p.name),
            roles=list(p.roles),
            gender=p.gender,
            kind=p.kind,
        )
        for p in a.people
    ] + list(orgs.values())
    # the role of each quote follows the person's final (most specific) role
    roles = {p.name: p.roles[0] for p in people if p.roles}
    for rec in quotes:
        if rec.speaker in roles:
            rec.role = roles[rec.speaker]
    return quotes, people


def _en_short_org_name(a: Analysis, k: int) -> str | None:
    """'Lumora said …' after 'SAN FRANCISCO — Lumora Technologies unveiled …': a single
    capitalised word that names no one, first written in the article as the opening of a
    longer capitalised name at the start of a sentence, is short for that name."""
    word = a.words[k]
    if not a.caps[k] or a.lowers[k] in a.lex.stopwords or a.lowers[k] in a.lex.determiners:
        return None
    j = next((j for j in range(k) if a.words[j] == word), -1)
    if j < 0 or a.qid[j] >= 0 or not (a.sent_start(j) or a.words[j - 1] in ("—", "–", "-")):
        return None
    e = j + 1
    while (
        e < min(a.n, j + 4)
        and a.qid[e] < 0
        and a.caps[e]
        and a.lowers[e] not in a.lex.stopwords
        and a.lowers[e] not in WEEKDAYS_MONTHS
        and not a.lex.is_cue(a.lowers[e])
        and a.sent_of[e] == a.sent_of[j]
    ):
        e += 1
    if e == j + 1 or (e - 1) in a.mention_at:
        return None
    return a.text[a.starts[j] : a.ends[e - 1]]


def _en_org_antecedent(
    named: list[tuple[str, int]], head: str, definite: bool, sent: int
) -> str | None:
    """The organisation 'it' (named in the last three sentences) or 'the agency' (named
    anywhere before with that word in its name) stands for, latest first."""
    for name, si in reversed(named):
        if head == "it":
            return name if sent - si <= 3 else None
        if definite and head in name.lower().split():
            return name
    return None


# --- reported speech ---------------------------------------------------------------------------

CLAUSE_OPENERS = {"de": frozenset({"dass", "daß", "ob"}), "en": frozenset({"that"})}
TRAILING_PUNCT = frozenset(".!?;:…")
# Definite articles: 'der „Spiegel“' names a thing; 'eine „Zeitungsente“' is someone's word.
DEFINITE = frozenset("der die das dem den des the".split())
# Konjunktiv forms that may open a sentence ('Sei es …'); others capitalised are nouns.
KONJ_MODALS = frozenset(
    "sei seien habe werde könne müsse solle wolle dürfe möge hätte wäre würde".split()
)
FIRST_PERSON = frozenset({"ich", "wir"})
KONJ_II = frozenset(
    "würde würden hätte hätten wäre wären könnte könnten müsste müssten dürfte dürften "
    "sollte sollten wollte wollten möchte möchten käme kämen gäbe gäben".split()
)
# Konjunktiv II of the singular that a reporter uses for a guess or a condition of their
# own ('Die Teile könnten …' is a plural that stands in for Konjunktiv I, 'könnte' is not):
# alone, they do not carry a report on.
HEDGES = frozenset("könnte müsste dürfte würde".split())
KONJ_II_MODALS = frozenset("könnten müssten dürften sollten wollten möchten".split())
# Sentence openers that report what a source just named says ('Demnach …').
SOURCE_ADVERBS = {"de": frozenset({"demnach"}), "en": frozenset()}
EDGE_PUNCT = frozenset(",;:–—-")


class Reported:
    """Reported speech without quote marks: 'X sagte, Y sei …', '… , so X', 'laut X …',
    and the Konjunktiv sentences that carry on an attribution."""

    def __init__(self, a: Analysis, att: Attributor):
        self.a = a
        self.att = att
        self.lex = a.lex

    def konj(
        self, lo: int, hi: int, only_i: bool = False, skip: frozenset[str] = frozenset()
    ) -> bool:
        """Is there a Konjunktiv verb outside quote marks in [lo, hi)? ('halte ich' is
        the indicative of the first person, and a capitalised 'Versuche' a noun.) The
        words in `skip` do not count."""
        a, konj = self.a, self.lex.konjunktiv
        for k in range(lo, hi):
            low = a.lowers[k]
            if a.qid[k] >= 0 or (only_i and low in KONJ_II) or low in skip:
                continue
            if low not in konj and not self.regular_konj(k):
                continue
            if not a.words[k][0].islower() and not (a.sent_start(k) and low in KONJ_MODALS):
                continue
            if k + 1 < hi and a.lowers[k + 1] in FIRST_PERSON:
                continue
            return True
        return False

    def regular_konj(self, k: int) -> bool:
        """Is the word k the Konjunktiv I of a verb not listed ('Man suche …', 'Der Betrieb
        verbringe …', 'Derzeit plane man …')? The 3sg ends in -e, which alone also fits
        adjectives and the first person; next to a third-person subject it is the verb."""
        a, lex = self.a, self.lex
        low, w = a.lowers[k], a.words[k]
        if (
            not lex.konj_subjects
            or len(low) < 4
            or not low.endswith("e")
            or low.endswith(("te", "ende"))
            or not w.isalpha()
            or not w.islower()
            or low in lex.konj_not_verbs
            or low in lex.stopwords
            or low in lex.determiners
            or k == 0
        ):
            return False
        nxt = a.lowers[k + 1] if k + 1 < a.n and a.qid[k + 1] < 0 else ""
        if nxt in lex.konj_inverted and not a.sent_start(k):
            return True  # 'Derzeit suche man …'
        if nxt and nxt[0].isalpha() and a.words[k + 1][0].isupper():
            return False  # 'die große Koalition': an adjective before its noun
        if a.lowers[k - 1] in lex.konj_subjects:
            return a.sent_start(k - 1)  # 'Man suche …'
        # a noun phrase opening the sentence: 'Ein durchschnittlicher Betrieb verbringe …'
        j = k - 1
        prev = a.lowers[j]
        if not a.caps[j] or a.qid[j] >= 0 or prev in lex.determiners or prev in lex.stopwords:
            return False  # 'Ich beschäftige', 'Damit wäre': no third-person subject
        while (
            j > 0
            and a.caps[j - 1]
            and a.qid[j - 1] < 0
            and a.lowers[j - 1] not in lex.determiners
            and not a.sent_start(j)
        ):
            j -= 1
        if a.sent_start(j):
            return j in a.mention_at  # a person's name: 'Inés Calderón' (not 'China')
        while j > 0 and not a.sent_start(j) and a.words[j - 1].isalpha():
            prev = a.lowers[j - 1]
            if not (prev in lex.determiners or (a.words[j - 1].islower() and prev[-1:] in "enrs")):
                break
            j -= 1  # 'Ein durchschnittlicher …'
        return a.sent_start(j) and a.lowers[j] in lex.determiners

    def mostly_quoted(self, lo: int, hi: int) -> bool:
        inq = sum(1 for k in range(lo, hi) if self.a.qid[k] >= 0)
        return inq * 2 >= hi - lo

    def quoted_speech(self, lo: int, hi: int) -> bool:
        """Is [lo, hi) someone's quoted words rather than a report? Mostly quoted, and not
        a report around a quoted fragment: one that opens unquoted and has its Konjunktiv
        outside the quote marks ('Sie sagte, es müsse Schluss sein mit „Blockaden“')."""
        if not self.mostly_quoted(lo, hi):
            return False
        if self.lex.lang == "en":
            # 'said the findings were "deeply alarming"': a report with its own subject;
            # 'she replied: "…"' is the quotation's attribution
            a = self.a
            return a.qid[lo] >= 0 or any(a.words[k] == ":" and a.qid[k] < 0 for k in range(lo, hi))
        return self.a.qid[lo] >= 0 or not self.konj(lo, hi)

    def after_cue(self, lo: int, hi: int) -> tuple[int, int, Attribution] | None:
        """'X sagte, Y sei …' / 'X sagte, dass …' / 'He said (that) …'."""
        a, att = self.a, self.att
        openers = CLAUSE_OPENERS.get(self.lex.lang, frozenset())
        for c in range(lo, hi):
            if a.qid[c] >= 0:
                continue
            cue = att.cue_at(c, hi)
            if cue is None:
                continue
            # the comma that opens the reported clause
            p = None
            if self.lex.lang == "en" and c > lo and a.qid[c - 1] >= 0 and a.qid[c] < 0:
                continue  # '"…," said the bank's chief economist, …', '"…?" asked X, a …': who
            if (
                self.lex.lang == "en"
                and c > lo
                and a.words[c - 1] == ","
                and c + 1 < hi
                and (m_after := att.mention_at(c + 1, hi)) is not None
                and m_after.kind in ("name", "role")
                and not _en_clause_follows(a, m_after.tok_end, hi)
            ):
                continue  # 'The plan is dead, said Tom Reyes on Tuesday': who, not what
            if (
                self.lex.lang == "en"
                and a.lowers[c] in EN_SAY
                and a.lowers[c] not in EN_TELL  # 'told the BBC that …': the clause is after 'that'
                and c + 1 < hi
                and a.qid[c + 1] < 0
            ):
                nxt = a.words[c + 1]
                stop = next(
                    (k for k in range(c + 1, min(hi, c + 8)) if a.words[k] in (",", ";")), hi
                )
                if stop - c <= 6 and any(
                    m.kind in ("name", "role")
                    and m.tok_end == stop
                    # not 'said the club needed a defender': the object of the clause's verb
                    and not any(
                        a.lowers[k] in EN_FINITE or (k > c + 2 and a.lowers[k].endswith("ed"))
                        for k in range(c + 1, m.tok_start)
                    )
                    for m in att.candidates(c + 1, stop)
                ):
                    continue  # '"…," said Tom Reyes, 54, a fisherman': who spoke, not what
                after = _en_adverbial_end(a, c + 1, hi)
                if after > c + 1 and after < hi and a.qid[after] < 0:
                    # 'said on Thursday it would cut jobs': the clause follows the adverbial
                    if a.words[after][0].isupper() or a.lowers[after] in EN_SUBJECTS:
                        nxt, p = a.words[after], after - 1
                if p is not None:
                    pass
                elif a.lowers[c + 1] in openers:
                    p = c  # 'said that …' (the clause keeps its 'that')
                elif nxt[0].isupper() or nxt[0].isdigit() or a.lowers[c + 1] in EN_SUBJECTS:
                    p = c  # 'said the plan was dead', 'said 14 roads were closed'
            if (
                self.lex.lang == "en"
                and a.lowers[c] in EN_TELL
                and c + 1 < hi
                and a.lowers[c + 1] != "to"  # 'were told to boil their water'
                and not (c > lo and a.lowers[c - 1] in self.lex.passive_aux)
                and not any(a.lowers[k] in openers for k in range(c + 1, min(hi, c + 9)))
            ):
                # 'told reporters the plan was dead' / 'told a news conference the bank
                # would …': the clause starts after the addressee, at its own subject
                start = c + 2 if c + 1 < hi and a.lowers[c + 1] in self.lex.determiners else c + 1
                for k in range(start + 1, min(hi - 2, start + 5)):
                    if a.qid[k] < 0 and a.lowers[k] in EN_SUBJECTS:
                        if a.lowers[k - 1] in PREPOSITIONS["en"]:
                            break  # 'told Vanity Fair in an interview': no clause follows
                        p = k - 1
                        break
            if (
                p is None
                and self.lex.lang == "en"
                and cue[1] + 3 < hi
                and a.words[cue[1]] == ","
                and a.lowers[cue[1] + 1] in EN_ASIDES
                and a.words[cue[1] + 2] == ","
                and _en_clause_follows(a, cue[1] + 3, hi)
            ):
                p = cue[1] + 2  # 'She conceded, however, that …'
            for k in range(cue[1], min(hi, c + 16)):
                if p is not None:
                    break
                if a.qid[k] >= 0:
                    q = a.quotes[a.qid[k]]
                    if len(a.text[q.start : q.end].split()) > 4:
                        break
                    continue  # 'sagte der „Berliner Zeitung“, …': a quoted name in between
                if a.words[k] == ",":
                    p = k
                    if (
                        self.lex.lang == "en"
                        and a.lowers[c] in EN_SAY
                        and k + 1 < hi
                        and a.lowers[k + 1] in EN_CLAUSE_BREAKS
                        and k - c > 3
                    ):
                        p = c  # 'said another storm could come, though …': the clause is first
                    elif (
                        self.lex.lang == "en"
                        and a.lowers[c] in EN_PLAIN_SAY
                        and a.lowers[c] not in EN_TELL
                        and any(
                            a.lowers[j] in EN_FINITE and a.lowers[j] not in ("'s", "’s")
                            for j in range(c + 2, k)
                        )
                    ):
                        p = c  # 'said turnout had reached 61%, the highest …': a whole clause
                    elif self.lex.lang == "de":
                        p = self.after_apposition(k, hi)
                    break
                if self.lex.lang == "en" and _en_second_verb(a, k, hi):
                    break  # 'said … but warned that …': that 'that' is the second verb's
                if (
                    self.lex.lang == "en"
                    and a.lowers[k] in openers
                    # 'disputed that, saying …': a pronoun, no clause
                    and not (k + 1 < hi and a.words[k + 1] in (",", ";", ".", ":"))
                ):
                    p = k - 1
                    if (
                        k > c + 3
                        and a.lowers[k - 1] in ("and", "or")
                        and a.lowers[c] in EN_SAY
                        and a.lowers[c] not in EN_TELL
                    ):
                        p = c  # 'said deputies had gone … and that most had left': both
                    break
            if p is None and self.lex.lang == "en" and a.lowers[c] in EN_SAY and c + 1 < hi:
                nxt = a.words[c + 1]
                if a.lowers[c] in EN_TELL and not any(
                    a.qid[k] < 0 and a.lowers[k] in EN_FINITE and a.lowers[k] not in ("'s", "’s")
                    for k in range(c + 2, hi)
                ):
                    continue  # 'told Vanity Fair in an interview published on Tuesday'
                after = _en_adverbial_end(a, c + 1, hi)
                if after > c + 1:
                    # 'said in a video posted online': no clause after the adverbial
                    if after < hi and _en_clause_follows(a, after, hi):
                        p = after - 1  # 'said on Thursday talks would resume'
                    else:
                        continue
                elif nxt[0].isupper() or a.lowers[c + 1] in EN_SUBJECTS:
                    p = c
                elif a.lowers[c] not in EN_TELL and hi - c > 3 and a.words[c + 1][0].isalpha():
                    p = c  # 'said talks would continue on Thursday'
            if (
                p == c
                and self.lex.lang == "en"
                # 'added a second touchdown': 'add' also takes a plain object
                and (a.lowers[c] not in EN_PLAIN_SAY or a.lowers[c] in ("added", "adds"))
                and a.lowers[c + 1] not in openers
                and not any(
                    a.lowers[k] in EN_FINITE or (k > c + 2 and a.lowers[k].endswith("ed"))
                    for k in range(c + 1, min(hi, c + 12))
                )
            ):
                continue  # 'admitted theft', 'denied the charges': an object, not a clause
            if (
                p is not None
                and self.lex.lang == "en"
                and a.lowers[c] not in EN_SAY
                and not (p + 1 < hi and a.lowers[p + 1] in openers)  # 'wrote that … told'
                and any(
                    a.qid[k] < 0
                    and (
                        a.lowers[k] in EN_SAY
                        or (a.lowers[k].endswith("ed") and self.lex.is_cue(a.lowers[k]))
                    )
                    # a fronted 'Asked about Osei, who has …, Baines said …': to the end
                    for k in range(p + 1, hi if c == lo else min(hi, p + 12))
                )
            ):
                # 'Asked whether …, Whitfield said …', '…, speaking on condition of anonymity,
                # said …', '… after reports of a fight, police said': the later verb reports
                continue
            if (
                p is not None
                and self.lex.lang == "en"
                and p > c
                and a.words[p] == ","
                and (
                    not _en_clause_follows(a, p + 1, hi)
                    or (
                        a.lowers[lo] in EN_FRONT_SUBORDINATORS
                        and not any(a.words[k] == "," and a.qid[k] < 0 for k in range(lo, c))
                    )
                )
            ):
                # 'describes her as stubborn, generous and …': no clause after the comma;
                # 'When I ask whether …, Mulcahy is quiet': the main clause is the reporter's
                continue
            if self.lex.lang == "en" and c == lo + 1 and a.lowers[lo] == "so":
                continue  # '"…." So said X on Monday': the quotation's attribution
            if (
                p is not None
                and self.lex.lang == "en"
                and p > c
                and c == lo
                and (a.lowers[c].endswith("ed") or a.lowers[c] == "told")
            ):
                continue  # 'Asked about the feud, the two smiled': the main clause is told
            if p is not None and self.lex.lang == "en" and p > c and p + 1 < hi:
                # '…, raising the prospect of …': a participle clause is the reporter's
                nxt_k = p + 2 if a.lowers[p + 1].endswith("ly") and p + 2 < hi else p + 1
                if a.lowers[nxt_k].endswith("ing") and a.lowers[nxt_k] not in openers:
                    continue  # also '…, sharply escalating …'
                if p == cue[1] and a.lowers[c].endswith("ing"):
                    continue  # 'With all precincts reporting, Delgado led': no clause reported
            if p is None:
                continue
            clo = p + 1
            if self.lex.lang == "en":
                # '… they feared noise, but officials said …': the report ends at the 'but'
                for k in range(clo + 2, hi - 1):
                    if (
                        a.words[k] in (",", ";")
                        and (
                            a.lowers[k + 1] in EN_CLAUSE_BREAKS
                            # '…, a claim the government denied': the reporter's apposition
                            or (
                                k + 2 < hi
                                and a.lowers[k + 1] in ("a", "an")
                                and a.lowers[k + 2] in EN_CLAIM_NOUNS
                            )
                        )
                        and a.qid[k] < 0  # not inside the speaker's own quoted words
                    ):
                        hi = k
                        break
                    if _en_second_verb(a, k, hi):
                        # 'said the pause would apply and declined to say …', 'conceded
                        # that … but denied that …': the speaker's next act, not the report
                        hi = k - 1 if a.words[k - 1] == "," else k
                        break
            else:
                hi = self.report_end(clo, hi)
            if clo >= hi or hi - clo < 3:
                continue
            if self.quoted_speech(clo, hi) and not (
                # 'meinte nun, der Mann „konnte …“', 'gab an, dass sie „Angst hatte“': a
                # clause opening unquoted is the report around a quoted fragment
                self.lex.lang == "de"
                and a.qid[clo] < 0
                and (a.lowers[clo] in openers or self.named_then_clause(c, cue, p, hi))
            ):
                continue
            first = a.lowers[clo]
            zu_clause = hi - clo >= 3 and (
                a.lowers[hi - 2] == "zu" or "zu" in a.lowers[hi - 1][2:-2]
            )
            if first in NOT_REPORT_OPENERS.get(self.lex.lang, ()) and not (
                first in ("zum", "zur") and zu_clause  # 'rief sie auf, zur Ruhe zurückzukehren'
            ):
                continue  # '…, um … zu …', '…, nachdem …': a clause of the reporter's own
            if first in self.lex.relative_sources:
                continue  # 'bestätigte den Bericht, wonach …': the report speaks, see source()
            if self.lex.lang == "de" and first == "so" and self._so_cue(clo, hi):
                continue  # '… festgestellt, so der Sender': the closing 'so X' attributes
            if first in ("ob", "whether") and a.lowers[c] in self.lex.decision_forms:
                continue  # 'muss entscheiden, ob …': a question still open, nobody's words
            if (
                self.lex.lang == "de"
                and first in RELATIVE
                and p != cue[1]
                and a.caps[p - 1]
                # 'erklärte Roth, die Rechte von X schützen zu wollen': the speaker, then a
                # zu-clause with no comma of its own, is no relative clause
                and not (
                    zu_clause
                    and not any(a.words[j] == "," for j in range(clo, hi))
                    and any(m.tok_end == p for m in att.candidates(cue[1], p))
                )
                and not self.konj(clo, hi)
                and not self.named_then_clause(c, cue, p, hi)
            ):
                continue  # '… ein Kind des Kalten Krieges, das half …': a relative clause
            ok = (
                first in openers
                or self.konj(clo, hi)
                or (self.lex.lang == "en")
                # a speech verb proper reports whatever follows its comma, in any mood
                or (
                    a.lowers[c] in self.lex.strong_forms
                    and p == cue[1]
                    # 'teilte mit, Tony Blair steht bereit': a name may open the German clause
                    and (
                        a.words[clo][0].islower()
                        or (self.lex.lang == "de" and a.words[clo][0].isalnum())
                    )
                )
                or (self.lex.lang == "de" and self.named_then_clause(c, cue, p, hi))
                or zu_clause
            )
            if self.lex.lang == "de" and a.lowers[lo] == "wie":
                ok = True  # 'Wie X mitteilte, …': the main clause is the report
            if not ok:
                continue
            passive = self.passive(lo, p, c)
            front = self.fronted_phrase(lo, c)
            impersonal = self.impersonal(lo, p, c)
            if impersonal is not None:
                m = impersonal[0]
            elif passive is not None:
                m = passive[0]
            elif front is not None:
                m = front[0]
            elif self.lex.lang == "de" and a.lowers[lo] == "wie":
                m = att.best_speaker(lo + 1, p, c)
            elif (sub := self._en_subordinate_start(lo, c)) is not None:
                # '… collapsed after a group of Republicans said they …': the subject of
                # the subordinate clause, not of the sentence
                # ('after' is also a preposition: its clause's subject still counts)
                sub_cands = att.candidates(sub, c, after_preposition=True)
                m = sub_cands[-1] if sub_cands else att.best_speaker(sub, c, c)
                if (
                    m is None
                    and c - sub <= 3
                    and not any(
                        a.lowers[k] in self.lex.stopwords or not a.words[k].isalpha()
                        for k in range(sub, c)
                    )
                ):
                    m = Mention(sub, c, "generic", None)  # '… because traders said …'
            else:
                m = self.relative_subject(lo, p, c, cue) or self.vorfeld_subject(lo, c)
                if (
                    m is None
                    and self.lex.lang == "en"
                    and c - 1 > lo
                    and a.lowers[c - 1] in ("and", "but")
                ):
                    # 'Oyelaran congratulated Harlan and said …': the first verb's subject
                    first_cands = [
                        x
                        for x in att.candidates(lo, c - 1)
                        if x.kind in ("name", "pronoun", "role")
                    ] or att.candidates(lo, c - 1)
                    if first_cands and not first_cands[0].genitive:
                        m = first_cands[0]
                if m is None:
                    m = self.plain_subject(lo, c)
                if m is None:
                    m = att.best_speaker(lo, p, c) if p > lo else None
                if (
                    m is not None
                    and m.tok_start > c
                    and a.lowers[c] in self.lex.address_forms
                    and not (m.kind == "pronoun" and m.tok_start == c + 1)
                ):
                    # 'Die Polizisten forderten die Schüler auf, …': after a verb of
                    # addressing, the phrase before the verb speaks, the one after listens
                    # (unless a pronoun right after the verb is its subject: 'Die Bürger
                    # forderte er auf, …')
                    m = self.vorfeld_phrase(lo, c) or m
                if m is None and self.lex.lang == "en":
                    m = att.best_speaker(lo, c, c)
            if m is None and passive is None and impersonal is None:
                m = self.source_origin(lo, c) or self.vorfeld_phrase(lo, c)
            return clo, hi, Attribution(m, cue)
        return None

    def after_apposition(self, p: int, hi: int) -> int:
        """The comma that opens the reported clause when a comma at p opens an apposition
        first: 'meldete der Sender, Radio Vatikan, dass …', 'sagte ihr Sprecher, Max
        Roth, es gebe …' (the clause opens at the second comma, with 'dass' or a
        Konjunktiv). p itself otherwise."""
        a = self.a
        for j in range(p + 2, min(hi - 2, p + 8)):
            if a.qid[j] >= 0:
                continue
            if a.words[j] in (";", ":") or a.lowers[j] in self.lex.cue_forms:
                return p
            if a.words[j] != ",":
                continue
            if not a.words[p + 1][0].isupper() or not all(
                a.words[i][0].isupper() or a.lowers[i] in self.lex.determiners
                for i in range(p + 1, j)
            ):
                return p  # not a name: 'sagte Roth, Chefin der Firma, …' is a description
            if a.lowers[j + 1] in CLAUSE_OPENERS["de"] or self.konj(j + 1, min(hi, j + 6)):
                return j
            return p
        return p

    def named_then_clause(self, c: int, cue: tuple[int, int], p: int, hi: int) -> bool:
        """'Bei dem Treffen sagte Rice, die USA hielten sich an …' / 'Ein Sprecher meinte
        nun, der Mann konnte …': a speech verb proper, then only its subject or an adverb,
        then a comma and a main clause of its own (an article and its noun or a pronoun,
        then the verb) reports what was said, whatever its mood. An apposition ('sagte
        Rice, die Außenministerin, …') or a relative clause ('…, die er …') is no clause."""
        a, lex = self.a, self.lex
        if a.lowers[c] not in lex.strong_forms or p == cue[1] or p - cue[1] > 4:
            return False
        mentions = self.att.candidates(cue[1], p)
        covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
        in_phrase = False
        for k in range(cue[1], p):
            if a.qid[k] >= 0:
                return False
            low = a.lowers[k]
            if low in PREPOSITIONS["de"] and low != "zu":
                in_phrase = True  # 'sagte Rice im ORF, …', 'sagte sie am 3. Mai, …'
                continue
            if k in covered or (in_phrase and a.words[k].rstrip(".").isalnum()):
                continue
            if not a.words[k].isalpha() or not a.words[k].islower():
                return False
            if low in lex.determiners or low in VORFELD_VERBS:
                return False  # 'kritisierte die Pläne, …'
        clo = p + 1
        if clo + 2 >= hi:
            return False
        first = a.lowers[clo]
        if first in CLAUSE_SUBJECT_PRONOUNS:
            return a.words[clo + 1].islower()
        if first not in lex.determiners:
            return False
        j = clo + 1
        while j + 1 < hi and a.words[j].isalpha() and a.words[j].islower() and a.qid[j] < 0:
            if a.lowers[j] in PREPOSITIONS["de"]:
                return False  # '…, die hinter dem Auto stand': a relative clause
            j += 1  # 'die neue Regierung'
        if not a.words[j][0].isupper() or a.qid[j] >= 0:
            return False
        while j < hi and a.words[j][0].isupper() and a.qid[j] < 0:
            j += 1
            if j + 1 < hi and a.lowers[j] in lex.determiners and a.words[j + 1][0].isupper():
                j += 1  # a genitive: 'die Chefin der Halle'
        # the verb next, perhaps inside a quotation: 'der Mann „konnte …“'
        while j < hi and a.qid[j] >= 0 and not a.words[j].isalpha():
            j += 1
        return (
            j < hi
            and a.words[j].isalpha()
            and a.words[j].islower()
            and a.lowers[j] not in lex.determiners
            # '…, die zwei Autos hinter ihr stand': a relative clause, its verb last
            and a.lowers[j] not in PREPOSITIONS["de"]
        )

    def _en_subordinate_start(self, lo: int, c: int) -> int | None:
        """English: the first token after a subordinating word that opens the clause of the
        cue at c ('… after a group of Republicans said …'), with no comma in between."""
        if self.lex.lang != "en":
            return None
        a = self.a
        for k in range(c - 1, max(lo, c - 10), -1):
            if a.qid[k] >= 0 or a.words[k] in (",", ";", ":", "(", ")", "—", "–"):
                return None
            if a.lowers[k] in EN_SUBORDINATORS:
                return k + 1 if k + 1 < c else None
        return None

    def relative_subject(self, lo: int, p: int, c: int, cue: tuple[int, int]) -> Mention | None:
        """'…, Anna Roth, die betonte, …' / '…, ein Zeuge, der angab, …': a cue that closes
        a relative clause has the relative pronoun for its subject. The mention is the
        pronoun (as annotators mark it) naming the person it refers back to."""
        a, att = self.a, self.att
        if self.lex.lang != "de" or p - cue[1] > 1:
            return None
        for r in range(c - 1, lo, -1):
            if a.qid[r] >= 0:
                return None
            if a.words[r] == ",":
                return None
            if a.lowers[r] in RELATIVE_SUBJECTS and a.words[r - 1] == "," and a.qid[r - 1] < 0:
                ante = att.best_speaker(lo, r - 1, r - 1)
                person = ante.person if ante is not None else None
                return Mention(r, r + 1, "pronoun", person)
        return None

    def vorfeld_subject(self, lo: int, c: int) -> Mention | None:
        """German puts exactly one phrase before the finite verb of a main clause. When
        that phrase is a person or organisation right before the verb (the cue itself or
        its auxiliary: 'Die Gewerkschaft warf dem Minister vor, …', 'Anna Roth hatte Jan
        Berg gebeten, …'), it is the subject, however prominent a name after the verb."""
        a, att = self.a, self.att
        if self.lex.lang != "de" or c <= lo or a.lowers[lo] in OBLIQUE:
            return None
        m = att.mention_at(lo, c)
        if m is None or m.genitive or m.kind == "source":
            return None
        end = self._genitive_end(m.tok_end, c)
        if (
            end < c
            and end == m.tok_end
            and a.qid[end] < 0
            and a.caps[end]
            and a.lowers[end].endswith("s")
            and end not in a.mention_at
        ):
            end += 1  # a genitive name after the head: 'Das Staatsoberhaupt Neuseelands'
        if end < c and a.words[end] == "(":
            # 'Eva Roth (SPD) hat …'
            close = next((k for k in range(end, c) if a.words[k] == ")"), None)
            end = close + 1 if close is not None else end
        k = end
        while k < min(c, end + 2) and a.qid[k] < 0 and (a.caps[k] or "." in a.words[k][1:-1]):
            k += 1  # the name of the body in the genitive: 'der Gewerkschaft ver.di, …'
        if k < c and a.words[k] == ",":
            end = k
        close = self.apposition_close(end, c)
        if close is not None:
            inner = att.mention_at(end + 1, close)
            if inner is not None and inner.kind == "name" and inner.tok_end == close:
                return inner  # 'Der Vizepräsident des OK, Wolfgang Niersbach, zeigte sich'
            j = bisect.bisect_left(a.mention_starts, end + 1)
            for last in a.mentions[j:]:
                if last.tok_start >= close:
                    break
                if (
                    last.kind == "name"
                    and last.tok_end == close
                    and a.words[last.tok_start - 1] == ","
                ):
                    # 'Der Vorsitzende der Gewerkschaft, Nachfolgerin der ÖTV, Frank Bsirske,'
                    return last
            return m
        if end == c or (end < c and a.lowers[end] in VORFELD_VERBS):
            return m
        return None

    def apposition_close(self, end: int, c: int) -> int | None:
        """'Das Staatsoberhaupt, die Königin Elisabeth II., bat …' / 'Der Vorsitzende, der
        das Amt seit 2001 hält, würdigte …': an apposition or relative clause between commas
        after the phrase ending at `end` still belongs to the one phrase before the verb at
        c (or its auxiliary). The closing comma, or None."""
        a = self.a
        if end >= c or a.words[end] != "," or a.qid[end] >= 0:
            return None
        close = next((k for k in range(c - 1, end, -1) if a.words[k] == ","), None)
        if close is None or not (close + 1 == c or a.lowers[close + 1] in VORFELD_VERBS):
            return None
        if any(a.qid[k] >= 0 for k in range(end, close)):
            return None
        return close

    def _genitive_end(self, end: int, c: int) -> int:
        """The end of a genitive complement at end ('Der Geschäftsführer des BPI',
        'Ein Sprecher der bayerischen Polizei'), or end itself: the complement belongs to
        the phrase before the verb."""
        a = self.a
        if end >= c or a.qid[end] >= 0 or a.lowers[end] not in GENITIVE:
            return end
        k = end + 1
        while k < c and a.qid[k] < 0 and a.words[k][0].islower() and k - end < 4:
            k += 1  # adjectives: 'der bayerischen'
        if k >= c or a.qid[k] >= 0 or not a.words[k][0].isupper():
            return end
        while k < c and a.qid[k] < 0 and a.words[k][0].isupper():
            k += 1
        return k

    def vorfeld_phrase(self, lo: int, c: int) -> Mention | None:
        """The subject no lexicon knows: a short phrase alone before the verb ('Litauen
        geht davon aus, …', 'Die taz vermutet, …', '„BBC News“ berichtet, …', 'Wie
        t-online.de berichtet, …'). It must open with an article or a capitalised word
        that is no function word, hold no comma and end in a name-like word."""
        a, lex = self.a, self.lex
        if lex.lang != "de":
            return None
        start = lo
        while start < c and a.lowers[start] in VORFELD_CONJUNCTIONS:
            start += 1  # 'Denn wie die Zeitung berichtete'
        end = c
        if start < c and a.lowers[start] == "wie":
            start += 1
        else:
            # the finite verb closes the phrase: 'Die taz hat berichtet, …'
            end = next((k for k in range(start + 1, c) if a.lowers[k] in VORFELD_VERBS), c)
        if not 0 < end - start <= 5:
            return None
        first = a.lowers[start]
        # an article that is also a pronoun ('Das', 'Eine') opens a phrase when a noun follows,
        # perhaps after adjectives ('Das staatliche Fernsehen')
        article = (
            first in lex.determiners
            and start + 1 < end
            and a.caps[end - 1]
            and all(
                a.qid[k] < 0 and a.words[k].isalpha() and a.words[k].islower()
                for k in range(start + 1, end - 1)
            )
        )
        if a.qid[start] < 0 and (
            (first in lex.stopwords and not article)
            or first in PREPOSITIONS["de"]
            or first in FRONT_PREPOSITIONS
            or first in OBLIQUE
            or first in WEEKDAYS_MONTHS
            or not (a.words[start][0].isupper() or first in lex.determiners or "." in first)
        ):
            return None
        if any(
            a.qid[k] < 0 and (a.words[k] in (",", ";", ":") or lex.is_cue(a.lowers[k]))
            for k in range(start, end)
        ):
            return None
        last = end - 1
        if a.qid[last] < 0 and not (a.words[last][0].isupper() or "." in a.words[last][1:]):
            return None
        return Mention(start, end, "generic", None)

    def plain_subject(self, lo: int, c: int) -> Mention | None:
        """A noun phrase no lexicon knows, alone before the finite verb of a main clause
        ('Politiker anderer Parteien haben der Ministerin vorgeworfen, …'): the subject,
        rather than a person after the verb, who is then the object. Not when a name or
        pronoun stands right after the finite verb: the phrase before it may be the
        object ('Die Pläne kritisierte Roth, …', 'Den Bericht nannte er …')."""
        a, att = self.a, self.att
        m = self.vorfeld_phrase(lo, c)
        if m is None or a.lowers[lo] == "wie" or m.tok_start != lo or a.qid[m.tok_end] >= 0:
            return None
        if a.qid[lo] >= 0:
            q = a.quotes[a.qid[lo]]
            if not _is_fragment(a.text[q.start + 1 : q.end - 1]):
                return None  # a quoted statement, not a quoted name ('„BBC News“ berichtet')
        elif a.lowers[lo] not in self.lex.determiners:
            name = a.add_name_at(lo, strict=True)
            if name is not None and name.tok_end == m.tok_end:
                return name  # a name no earlier rule had taken for one
        # 'Mannheims oberster Bürgermeister Peter Kurz': a phrase that ends in a person's
        # name is that person
        j = bisect.bisect_left(a.mention_starts, lo + 1)
        for last in a.mentions[j:]:
            if last.tok_start >= m.tok_end:
                break
            if (
                last.kind == "name"
                and last.tok_end == m.tok_end
                and not last.genitive
                and not any(
                    a.lowers[k] in PREPOSITIONS["de"] or a.words[k] == ","
                    for k in range(lo, last.tok_start)
                )  # not 'Zusammen mit Minister X plädiert Y'
            ):
                return last
        if a.lowers[lo] not in self.lex.determiners and (
            m.tok_end - lo < 2 or a.lowers[lo].endswith(ADVERB_ENDINGS)
        ):
            # a capitalised word opening the sentence is as often an adverb ('Weiterhin',
            # 'Unmissverständlich', 'Monatelang') as a bare plural
            return None
        verb = m.tok_end
        after = att.mention_at(verb + 1, c + 2) if verb + 1 < a.n else None
        if (
            after is not None
            and after.kind in ("name", "pronoun")
            and after.tok_start == verb + 1  # not 'der Ministerin Vogt': a dative
            and (after.kind == "pronoun" or self._plural_object(lo, m.tok_end, verb))
        ):
            return None
        return m

    def _plural_object(self, lo: int, end: int, verb: int) -> bool:
        """'Die Äußerungen bezeichnete Roth als …': a plural phrase ('die' and a noun in
        -en) before a verb in the singular is its object ('Das Komitee würdigte Roth'
        keeps the phrase as the subject)."""
        a = self.a
        head = next((k for k in range(lo + 1, end) if a.caps[k]), end - 1)
        return (
            a.lowers[lo] == "die"
            and a.lowers[head].endswith("n")
            and not a.lowers[verb].endswith("n")
        )

    def report_end(self, clo: int, hi: int) -> int:
        """Where a German report that opens at clo ends: the sentence often carries on with
        the reporter's own main clause, its subject left out ('Er erklärte, er sei
        unschuldig, erkannte das Gericht nicht an und weigerte sich …'). A comma or 'und'
        followed by a verb in the indicative past, after the Konjunktiv of the report, ends
        it; so does a semicolon."""
        a = self.a
        for j in range(clo + 2, hi - 1):
            if a.qid[j] >= 0:
                continue
            if a.words[j] == ";":
                return j
            if a.words[j] != "," and a.lowers[j] != "und":
                continue
            verb = a.lowers[j + 1]
            if (
                a.qid[j + 1] < 0
                and a.words[j + 1][0].islower()
                and (verb in self.lex.cue_forms or (len(verb) > 5 and verb.endswith(("te", "ten"))))
                and j + 2 < hi
                and (
                    not a.words[j + 2][0].isupper()
                    # '…, dass Zwickau bleibe, sagte Pfähler': the closing attribution
                    or (verb in self.lex.cue_forms and self.att.mention_at(j + 2, hi) is not None)
                )
                and self.konj(clo, j)
                and not self.konj(j + 1, hi)
            ):
                return j
        return hi

    def fronted_phrase(self, lo: int, c: int) -> tuple[Mention | None] | None:
        """German puts one phrase before the finite verb; when it is a prepositional phrase
        ('Um 10 Uhr meldete die Agentur, …', 'Als Begründung führt der Bericht an, …') the
        subject follows the verb and nothing inside the phrase can be the speaker -- except
        with 'heißt es', whose source is the phrase itself ('In der Erklärung heißt es, …').
        None when the sentence does not open with a prepositional phrase before the cue."""
        a, lex = self.a, self.lex
        if lex.lang != "de" or a.lowers[lo] not in FRONT_PREPOSITIONS or c <= lo + 1:
            return None
        end = self.np_end(lo + 1, c)
        if end >= c:
            # the phrase runs up to the cue: 'Um 11 Uhr berichtet …' / 'Im Bericht heißt es'
            end = c
        elif a.words[end] == ",":
            return None  # 'Nach dem Treffen, das … war, sagte …': too tangled to tell
        if end < c and not (end + 1 == c or a.lowers[end] in lex.cue_forms):
            return None  # a subject of its own before the cue: 'Am Montag hat Müller erklärt'
        if a.lowers[c] in ("heißt", "hieß") and c + 1 < len(a.lowers) and a.lowers[c + 1] == "es":
            return (self.source_speaker(lo + 1, end),)
        hi = c + 1
        while hi < len(a.words) and hi < c + 12 and a.words[hi] != "," and a.qid[hi] < 0:
            hi += 1
        return (self.att.best_speaker(c + 1, hi, c),)

    def impersonal(self, lo: int, hi: int, c: int) -> tuple[Mention | None] | None:
        """'Im Bericht heißt es, …' / '…, hieß es in der Erklärung' / 'Aus Paris hieß es':
        'es heißt' has no speaker of its own. The document, place or body named with
        'in', 'bei', 'aus' or 'von' in its clause [lo, hi) is the source; with none ('Bisher hieß
        es, …', 'Am Morgen hatte es geheißen') nobody is named. None when the cue at c
        is not an impersonal 'heißen'."""
        a = self.a
        if self.lex.lang != "de" or a.lowers[c] not in IMPERSONAL_CUES:
            return None
        if not any(a.lowers[k] == "es" for k in range(max(lo, c - 2), min(hi, c + 2))):
            return None
        for k in range(lo, hi):
            if a.qid[k] >= 0 or a.lowers[k] not in DOCUMENT_PREPOSITIONS:
                continue
            if k != lo and any(a.words[j] == "," for j in range(min(k, c), max(k, c))):
                continue  # in another clause: '… bei dem Gespräch nicht einig, hieß es'
            if k + 1 < hi and a.lowers[k + 1] in RELATIVE and k > lo and a.words[k - 1] == ",":
                # '… eine Erklärung der Behörde, in der es heißt, …': the antecedent
                np_lo = self.np_start(lo, k - 1)
                return (self.source_speaker(np_lo, k - 1) if np_lo < k - 1 else None,)
            end = self.np_end(k + 1, hi)
            if end > k + 1 and a.words[end - 1][0].isupper():
                return (self.source_speaker(k + 1, end),)
        for k in range(max(lo, c - 2), min(hi, c + 3)):
            if a.lowers[k] in ("darin", "hierin") and a.qid[k] < 0:
                return (_pointed_document(a, k),)  # 'hieß es darin': the text named before
        return (None,)

    def source_origin(self, lo: int, c: int) -> Mention | None:
        """'Aus Militärkreisen verlautete, …' / 'Aus dem Ministerium hieß es, …': with no
        subject, the place the words came from speaks."""
        a = self.a
        for k in range(lo, c):
            if a.lowers[k] in self.lex.origin_preps and a.qid[k] < 0:
                return self.source_speaker(k + 1, self.np_end(k + 1, c))
        return None

    def passive(self, lo: int, p: int, c: int) -> tuple[Mention | None] | None:
        """In a passive clause ('Die Anwohner wurden gebeten, …', 'Ihm wird vorgeworfen,
        …') the subject is who was spoken to or about, not the speaker: the speaker is the
        agent after 'von' / 'durch' / 'by', if there is one. None if the clause is active
        (a tuple holding the agent, possibly None, if passive). 'X wurde mit den Worten
        zitiert' keeps X: whoever is quoted is the speaker."""
        a, lex = self.a, self.lex
        low = a.lowers[c]
        if not lex.passive_aux or low in lex.quoted_passive:
            return None
        if lex.lang == "en":
            # the auxiliary right before the participle: 'were (later) told'
            participle = low.endswith("ed") or low in lex.participles
            # not across a comma: 'A witness, who did not want to be named, said …'
            start = c
            while start > max(lo, c - 3) and a.words[start - 1] != ",":
                start -= 1
            window = range(start, c)
        else:
            # German puts the auxiliary second and the participle last, in the same clause
            # ('Die Zahlen wurden später präzisiert'); an infinitive means future tense
            participle = low.startswith("ge") or "ge" in low[2:7] or low.endswith("t")
            start = c
            while start > lo and not (a.words[start - 1] == "," and a.qid[start - 1] < 0):
                start -= 1
            window = range(start, c)
        # the auxiliary after the participle, verb-final: '…, als „…“ bezeichnet worden'
        after = c + 1 < a.n and a.lowers[c + 1] in lex.passive_aux and lex.lang == "de"
        if not participle or not (after or any(a.lowers[k] in lex.passive_aux for k in window)):
            return None
        for k in range(lo, p):
            if a.lowers[k] in lex.agent_preps and a.qid[k] < 0:
                cands = self.att.candidates(k + 1, min(p, k + 8), after_preposition=True)
                if cands:
                    return (cands[0],)
        return (self.passive_source(lo, p),)

    def passive_source(self, lo: int, p: int) -> Mention | None:
        """A passive clause with no person as agent may still name its source: an agent
        no lexicon knows ('vom LSVD aufgefordert', 'Von deutscher Seite wurde gefordert')
        or the document it stands in ('In einer Presseerklärung wurde verkündet, …')."""
        a, lex = self.a, self.lex
        if lex.lang != "de":
            return None
        for k in range(lo, p):
            if a.qid[k] >= 0:
                continue
            low = a.lowers[k]
            if low in PASSIVE_SOURCE_PREPOSITIONS:
                end = self.np_end(k + 1, p)
                if end <= k + 1 or end > k + 7 or not a.words[end - 1][0].isupper():
                    continue  # nothing named, or more than a short phrase
                if low in ("in", "im") and not any(
                    a.words[j][0].isupper()
                    and (
                        a.lowers[j] in lex.cue_nouns
                        or lex.is_source_noun(a.lowers[j])
                        or a.lowers[j] in lex.media_heads
                        or a.lowers[j] in PRESS
                    )
                    for j in range(k + 1, end)
                ):
                    continue  # 'in Berlin', 'im Mai': a place or a time
                return Mention(k + 1, end, "source", None)
        return None

    def before_cue(self, lo: int, hi: int) -> tuple[int, int, Attribution] | None:
        """'Die Lage sei ernst, sagte X.' / '…, so X.' / 'The plan is dead, he said.'"""
        a, att = self.a, self.att
        if self.lex.lang == "de":
            closing = self.closing_wie(lo, hi)
            if closing is not None:
                return closing
            if a.lowers[lo : lo + 3] in (["auf", "die", "frage"], ["auf", "die", "fragen"]):
                return None  # 'Auf die Frage, ob …, antwortete X': the reporter's question
        if (
            self.lex.lang == "en"
            and lo + 1 < hi
            and a.lowers[lo] == "so"
            and att.cue_at(lo + 1, hi)
        ):
            return None  # '"…." So said X, …': the quotation's attribution
        for p in range(hi - 2, lo + 2, -1):
            if a.words[p] != "," or a.qid[p] >= 0:
                continue
            if a.qid[p - 1] >= 0 and self.quoted_before(lo, p):
                return None  # '„…“, sagte X': a direct quotation
            closing_es = False
            k = p + 1
            if self.lex.lang == "en" and a.lowers[k] in ("and", "but", "or", "while", "whereas"):
                continue  # '… scored twice, and Caskey added a third': a clause of its own
            if self.lex.lang == "de" and a.lowers[k] == "wie":
                continue  # see closing_wie
            cue = att.cue_at(k, hi)
            if (
                self.lex.lang == "en"
                and cue is not None
                and cue[0] == k
                and a.lowers[k].endswith("ing")
                and hi - k > 3
                and not self.mostly_quoted(k + 1, hi)
                and (a.lowers[k] in ("saying", "adding") or _en_clause_follows(a, k + 1, hi))
            ):
                # '… welcomed the decision, saying it showed …' / 'said Kaur, adding that
                # …': the participle reports what follows, for the main clause's subject
                m = att._en_participle_subject(lo, k) or att.best_speaker(lo, p)
                return k + 1, hi, Attribution(m, cue)
            if (
                self.lex.lang == "en"
                and cue is not None
                and cue[0] == k
                and a.lowers[k].endswith("ing")
            ):
                continue  # '…, citing data that showed …': an object, and nobody speaking after it
            if a.lowers[k - 2 if k >= 2 else k] in IDIOM_BEFORE_GESAGT and a.lowers[k] == "gesagt":
                cue = None  # 'genauer gesagt'
            if cue is None and self.lex.lang == "de" and self._so_cue(k, hi):
                cue = (k, k + 1)
            if cue is None and a.lowers[k] in AUXILIARIES and (c3 := att.cue_at(hi - 1, hi)):
                # '…, hatte Obama bei dem Treffen gesagt': the participle closes the clause
                cue = c3
                m = att.best_speaker(k + 1, hi - 1, hi - 1)
            elif cue is not None:
                impersonal = self.impersonal(k, hi, k)
                if impersonal is not None:
                    m = impersonal[0]  # '…, heißt es in dem Bericht.'
                    closing_es = True
                else:
                    m = att.best_speaker(cue[1] if cue[1] - cue[0] == 1 else k + 1, hi, k)
            else:
                # English 'he said', 'the minister told reporters'
                m = None
                if self.lex.lang != "en":
                    continue
                for j in range(k, min(hi, k + 9)):
                    if j > k + 4 and (a.words[j] in (",", ";") or a.qid[j] >= 0):
                        break  # 'the Public Health Agency of Canada said': a long name
                    c2 = att.cue_at(j, hi)
                    if c2 and a.words[j - 1] == ",":
                        break  # 'The council's director, Martin Coyle, said': an apposition
                    if c2:
                        cue = c2
                        m = att.best_speaker(k, j, j)
                        break
                if cue is None:
                    continue
            if m is None and cue is not None and a.lowers[cue[0]] == "so":
                continue
            if (
                self.lex.lang == "en"
                and m is not None
                and cue is not None
                and m.tok_start > cue[1] < hi
                and a.qid[cue[1]] < 0
                and a.words[cue[1]][0].islower()
                and a.lowers[cue[1]] not in self.lex.determiners
                and a.lowers[cue[1]] not in self.lex.titles
                and not self.lex.role(a.lowers[cue[1]])[0]
            ) or (
                self.lex.lang == "en"
                and m is not None
                and cue is not None
                and m.tok_start >= cue[1]
                and _en_clause_follows(a, m.tok_end, hi)
            ):
                # '…, admitted fraud at Dunford Crown Court': an object, and no speaker;
                # 'The woman's son, Derek Hollins, said his mother had …': her words follow
                continue
            if self.lex.lang == "en" and m is None:
                # 'The council's director, Martin Coyle, rejected the idea' / '…, who asked
                # why …': with nobody after the comma the part before it is the subject
                continue
            if (
                self.lex.lang == "en"
                and a.lowers[lo] in EN_FRONT_SUBORDINATORS | {"as", "asked"}
                and not any(a.words[j] == "," and a.qid[j] < 0 for j in range(lo, p))
            ):
                continue  # 'Asked whether she would return, she laughed': a fronted clause
            if self.quoted_before(lo, p):
                return None
            if self.lex.lang == "en" and not any(
                a.qid[j] < 0 and a.words[j].isalpha() and a.words[j].islower() for j in range(lo, p)
            ):
                continue  # 'Tom Varley, 44, admitted theft': a name, not a statement
            if (
                self.lex.lang == "en"
                and a.lowers[lo] in PREPOSITIONS["en"]
                and not any(a.lowers[j] in EN_FINITE for j in range(lo, p))
            ):
                continue  # 'In their paper, the researchers called for …': an adverbial
            # '…, X said on Tuesday.' ends the statement; in '…, X called it „…“' the quote is
            # the statement, and the part before the comma only the subject's apposition
            tail_from = max(cue[1], m.tok_end if m is not None else cue[1])
            if any(a.qid[j] >= 0 and not self._addressee_name(j) for j in range(tail_from, hi)):
                continue
            if (
                m is not None
                and m.kind == "generic"
                and m.tok_start > cue[0]
                and hi - m.tok_end > 2
                and not (a.qid[m.tok_end + 1] >= 0 and self._addressee_name(m.tok_end + 1))
            ):
                continue  # '…, forderte die Einrichtung einer Stelle': an object, not a speaker
            # German: the report is in Konjunktiv; without it the part before the comma is
            # usually an apposition ('Anna Roth, die Ministerin, sagte …').
            if self.lex.lang == "de" and not self.konj(lo, p):
                # '…, hieß es in einer Mitteilung' quotes a text, in any mood
                strong = a.lowers[cue[0]] in self.lex.strong_forms or closing_es
                if not strong or not self.full_clause(lo, p):
                    return None
            return lo, p, Attribution(m, cue)
        return None

    def quoted_before(self, lo: int, p: int) -> bool:
        """Is [lo, p), before a closing attribution, a quotation rather than a report?
        Mostly quoted, and (in German) opening with the quote: 'Die „…“ hätten „…“, so X'
        is a report around quoted fragments, its subject outside the quote marks."""
        a = self.a
        if not self.mostly_quoted(lo, p):
            return False
        if self.lex.lang != "de" or a.qid[lo] >= 0:
            return True
        # 'Der Trainer war zufrieden: „…“, sagte er': a colon introduces the quotation
        return any(a.words[k] == ":" and a.qid[k] < 0 and a.qid[k + 1] >= 0 for k in range(lo, p))

    def closing_wie(self, lo: int, hi: int) -> tuple[int, int, Attribution] | None:
        """'…, wie die Polizei am Montag mitteilte.' / '…, wie Anna Roth, die Sprecherin,
        betonte.': a closing wie-clause whose speech verb ends the sentence attributes the
        clause before its comma, in any mood. Not '…, wie viele Häuser er besitze' (no
        verb of saying at the end) nor a long clause of its own."""
        a, att = self.a, self.att
        p = next(
            (j for j in range(hi - 3, max(lo + 2, hi - 22), -1) if a.lowers[j + 1] == "wie"),
            None,
        )
        if p is None or a.words[p] != "," or a.qid[p] >= 0 or self.mostly_quoted(lo, p):
            return None
        k = p + 1
        nxt = a.lowers[k + 1]
        if not (
            a.words[k + 1][0].isupper()
            or nxt in self.lex.determiners
            or nxt in WIE_SUBJECTS
            or nxt in PASSIVE_SOURCE_PREPOSITIONS
        ):
            return None  # 'wie sehr …', 'wie zum Beispiel …', 'wie man erwartet hatte'
        cue = att.find_cue(k + 1, hi)
        if cue is None or not all(a.lowers[j] in AUXILIARIES for j in range(cue[1], hi)):
            return None
        if any(a.qid[j] >= 0 for j in range(k, hi)):
            return None
        impersonal = self.impersonal(k + 1, hi, cue[0])
        passive = self.passive(k + 1, hi, cue[0]) if impersonal is None else None
        if impersonal is not None:
            m = impersonal[0]  # '…, wie es in der Erklärung hieß'
        elif passive is not None:
            m = passive[0]  # '…, wie vom Ministerium bestätigt wurde'
        else:
            # 'wie Anna Roth, Chefin der Firma, mitteilte': the name before the apposition
            end = next((j for j in range(k + 2, cue[0]) if a.words[j] == ","), cue[0])
            m = att.best_speaker(k + 1, end, cue[0])
        return lo, p, Attribution(m, cue)

    def outer_cue_wins(self, lo: int, hi: int, hit: tuple[int, int, Attribution]) -> bool:
        """'Die Länder hätten stets signalisiert, dass …, sagte er': the inner verb's
        clause is itself in Konjunktiv, so the whole sentence is what the speaker of the
        closing '…, sagte er' reported."""
        s, e, attr = hit
        if self.lex.lang != "de" or attr.cue is None or not self.konj(lo, attr.cue[0]):
            return False
        outer = self.before_cue(lo, hi)
        if outer is None or outer[2].cue is None:
            return False
        oc = outer[2].cue[0]
        # 'Man habe ein Angebot angekündigt, sagte die Juristin': what the inner verb would
        # report is the closing '…, sagte X' itself
        return (outer[1] >= e and oc > e) or (oc > attr.cue[0] and s <= oc < e and outer[1] <= s)

    def _addressee_name(self, j: int) -> bool:
        """Is the quoted token j the short name of a paper the speaker talked to ('…, sagte
        Lembeck der „Rheinischen Post“', '…, sagte er dem «Tages-Anzeiger»')? Such a name
        is no quotation that makes the sentence before the comma an apposition."""
        a = self.a
        qi = a.qid[j]
        first = a.q_first[qi]
        return (
            self.lex.lang == "de"
            and first > 0
            and a.q_last[qi] - first <= 5
            and (
                a.lowers[first - 1] in ADDRESSEE_ARTICLES
                # '…, sagte er in der ARD-Sendung „Maischberger“': a title after its noun
                or (
                    a.caps[first - 1]
                    and a.qid[first - 1] < 0
                    and a.text[a.quotes[qi].start + 1 : a.quotes[qi].start + 2].isupper()
                )
            )
        )

    def reportative(self, lo: int, hi: int) -> bool:
        """'Der Täter soll … geflohen sein': sollen with a perfect infinitive reports a claim."""
        a = self.a
        if self.lex.lang != "de" or hi - lo < 4:
            return False
        has_soll = any(a.lowers[k] in ("soll", "sollen") and a.qid[k] < 0 for k in range(lo, hi))
        return has_soll and a.lowers[hi - 1] in ("haben", "sein", "werden")

    def confirmation(
        self, si: int, lo: int, end: int
    ) -> tuple[tuple[int, int], Attribution] | None:
        """'… hat mindestens 65 Menschenleben gefordert. Dies bestätigte der Premierminister.'
        A sentence that opens with 'Dies'/'Das' and a speech verb makes the sentence before
        it the statement of its subject. Returns that sentence's token span and speaker."""
        a, att, lex = self.a, self.att, self.lex
        if si == 0 or end - lo < 3 or a.lowers[lo] not in lex.anaphoric_objects:
            return None
        cue = att.cue_at(lo + 1, end)
        if cue is None or a.lowers[lo + 1] not in lex.strong_forms and cue[1] - cue[0] == 1:
            return None
        verb = a.lowers[lo + 1]
        if verb in lex.konjunktiv or (verb.endswith("e") and not verb.endswith("te")):
            return None  # 'Dieses stelle eine Verletzung dar': a report, its subject 'dieses'
        m = att.best_speaker(lo + 2, end, lo + 1)
        if m is None or m.kind not in ("name", "pronoun", "role", "org", "generic"):
            return None
        if m.kind == "generic" and m.tok_end > self.np_end(lo + 2, end):
            # a plain noun speaks only as the subject right after the verb ('Dies gab das
            # Komitee bekannt', 'Das berichtet die Financial Times unter Berufung auf …')
            return None
        plo, phi = a.sents[si - 1]
        pend = phi
        while pend > plo and a.qid[pend - 1] < 0 and a.words[pend - 1] in TRAILING_PUNCT:
            pend -= 1
        if pend - plo < 4 or a.qid[plo] >= 0 or self.mostly_quoted(plo, pend):
            return None  # a quotation speaks for itself; its own rules attribute it
        plo, pend = self.trim(plo, pend)  # not the dateline: 'Walldorf (dpa) - …'
        return (plo, pend), Attribution(m, cue)

    def speech_act(self, lo: int, hi: int) -> Attribution | None:
        """A strong speech verb with a person or organisation as its subject."""
        a, att = self.a, self.att
        for k in range(lo, hi):
            if a.qid[k] >= 0 or a.lowers[k] not in self.lex.strong_forms or a.lowers[k] == "so":
                continue
            cue = att.cue_at(k, hi)
            if cue is None:
                continue
            m = att.best_speaker(lo, hi, k)
            if m is not None and m.kind in ("name", "pronoun", "role", "org"):
                return Attribution(m, cue)
            return None
        return None

    def summed_up(self, lo: int, hi: int) -> Attribution | None:
        """'Die Gewerkschaft fordert höhere Löhne': a speech act summed up, not its words.
        Any strong speech verb with a person as subject was wrong four times in five, so
        only the verbs of `speech_acts` count (with the word that completes them: 'sprach
        von', 'warf … vor'), and only in a sentence without quote marks, whose quoted
        words are a quotation of their own ('nannte den Plan einen „Fehler“')."""
        a, att, lex = self.a, self.att, self.lex
        if not lex.speech_acts or any(a.qid[k] >= 0 for k in range(lo, hi)):
            return None
        for k in range(lo, hi):
            readings = lex.speech_acts.get(a.words[k])  # lowercase: 'Fordern' opens a question
            if readings is None or not self._speech_act_reading(lo, hi, k, readings):
                continue
            if any(a.lowers[j] in lex.speech_act_not for j in range(lo, hi)):
                return None  # 'Der Sturm forderte 14 Menschenleben'
            # the subject by the clause's structure ('Die Behörden werfen Jan Berg Betrug vor':
            # not Berg), else the likeliest speaker
            m = att.clause_subject(lo, hi, (k, k + 1)) or att.best_speaker(lo, hi, k)
            if m is None:
                return None
            if m.kind in ("name", "pronoun", "role", "org"):
                return Attribution(m, (k, k + 1))
            # 'Augenzeugen berichteten von …', 'Seit Jahren fordert der Verband …': a
            # noun phrase right before or after the verb is its subject
            if m.kind == "generic" and (
                m.tok_end == k
                or (
                    k < m.tok_start <= k + 3
                    and all(
                        a.words[j].islower() and a.qid[j] < 0 for j in range(k + 1, m.tok_start)
                    )
                )
            ):
                return Attribution(m, (k, k + 1))
            return None
        return None

    def _speech_act_reading(self, lo: int, hi: int, k: int, readings: tuple) -> bool:
        """Does the sentence bear out one reading of the verb form at k? Its particle
        closes the clause ('warf ihm Untreue vor', not 'warf den Ball vor das Tor'), no
        other particle does ('forderte Hilfe an' is another verb), its word follows
        ('sprach von'), and 'sich' is not its object ('wie er sich selbst nannte' is a
        name, 'sprach sich für … aus' a stance, seldom marked as speech)."""
        a = self.a
        if k + 1 < hi and a.lowers[k + 1] == "sich":
            return False
        for j in range(k - 1, lo - 1, -1):
            if a.words[j] == ",":
                break
            if a.lowers[j] == "sich":
                return False
        particle = self._closing_particle(k, hi)
        return any(
            act.particle == particle
            and (
                not act.words
                or any(a.lowers[j] in act.words and a.qid[j] < 0 for j in range(k + 1, hi))
            )
            for act in readings
        )

    def _closing_particle(self, k: int, hi: int) -> str:
        """The separable particle that closes the clause of the verb at k ('wies den
        Vorwurf zurück, …', 'rief zur Ruhe auf und …'), or ''."""
        a, particles = self.a, self.lex.particles
        for j in range(k + 1, hi):
            if a.qid[j] >= 0:
                continue
            if a.words[j] in (",", ";", ":"):
                return ""
            if a.lowers[j] in particles and (
                j + 1 >= hi
                or a.words[j + 1] in (",", ";", ":", ".", "(", "–")
                or a.lowers[j + 1] in CLAUSE_JOINS
            ):
                return a.lowers[j]
        return ""

    def parenthetical(self, lo: int, hi: int) -> tuple[list[tuple[int, int]], Attribution] | None:
        """'Sein Rivale, so Obama weiter, würde …' / '…, wie der Verband mitteilte, …': an
        attribution set off by commas (or dashes) inside the statement."""
        a, att = self.a, self.att
        marks = (",", "–", "—", "-")
        for p in range(lo + 1, hi - 2):
            if a.words[p] not in marks or a.qid[p] >= 0:
                continue
            k = p + 1
            low = a.lowers[k]
            if not (low == "so" and self.lex.lang == "de") and low not in ("wie", "as"):
                continue
            q = next((j for j in range(k + 1, min(hi, k + 10)) if a.words[j] in marks), None)
            if q is None or q >= hi - 1:
                continue
            cue = att.cue_at(k, q) if low == "so" else att.find_cue(k + 1, q)
            if low != "so" and (cue is None or a.lowers[cue[0]] not in self.lex.strong_forms):
                continue
            m = att.best_speaker(k + 1, q, cue[0] if cue else k)
            if m is None or m.kind not in ("name", "pronoun", "role", "org"):
                continue
            return self._parts([(lo, p), (q + 1, hi)], Attribution(m, cue or (k, k + 1)))
        return None

    def _so_cue(self, k: int, hi: int) -> bool:
        """'…, so X.' / '…, so der Minister' / '…, so schätzen die Forscher' — but not
        'so dass', 'so lange', 'so zum Beispiel', 'so wurde …'."""
        a = self.a
        if a.lowers[k] != "so" or k + 1 >= hi:
            return False
        nxt = a.lowers[k + 1]
        if nxt in self.lex.determiners or self.att.cue_at(k + 1, hi) is not None:
            return True
        if a.words[k + 1].rsplit("-", 1)[-1][:1].isupper() and a.qid[k + 1] < 0:
            return True  # 'so verdi-Verhandlungsführer Frank Bäsler', 'so ARD-Korrespondent …'
        return a.caps[k + 1] and nxt not in self.lex.stopwords

    def full_clause(self, lo: int, p: int) -> bool:
        """Is [lo, p) a clause of its own rather than a name with an apposition
        ('Anna Roth, die Ministerin' / 'Bis zum Montag')? It needs a few words, a
        lowercase word that is not an article or a preposition, and must not open with a
        name followed by a comma."""
        a = self.a
        if p - lo < 4:
            return False
        m = a.mention_at.get(lo)
        if m is not None and m.tok_end < p and a.words[m.tok_end] == ",":
            return False
        # '…, Petra Pau' just before the comma: a name in apposition closes a noun phrase
        for k in range(p - 1, max(lo, p - 5) - 1, -1):
            mm = a.mention_at.get(k)
            if mm is not None and mm.tok_end == p and k > lo and a.words[k - 1] == ",":
                return False
        preps = PREPOSITIONS.get(self.lex.lang, frozenset())
        return any(
            a.qid[k] < 0
            and a.words[k][0].islower()
            and a.lowers[k] not in preps
            and a.lowers[k] not in self.lex.determiners
            for k in range(lo, p)
        )

    def source(self, lo: int, hi: int) -> tuple[list[tuple[int, int]], Attribution] | None:
        """'laut X …', 'nach Angaben von X …', 'X zufolge …', 'according to X …'.

        A source phrase inside the sentence is cut out of the statement, which then has two
        parts ('Ein Tatverdacht bestehe | nach Angaben der Polizei | nicht mehr')."""
        a, lex = self.a, self.lex
        first_words = lex.source_first
        for k in range(lo, hi):
            if a.qid[k] >= 0 or a.lowers[k] not in first_words:
                continue
            low = a.lowers[k]
            if low in lex.relative_sources:
                if k - 1 > lo and a.words[k - 1] == "," and hi - k > 3:
                    # 'Berichte, wonach …': the noun before the comma is the source, and
                    # what follows it, up to a colon or the end of the sentence, its content
                    end = next(
                        (j for j in range(k + 1, hi) if a.words[j] in (":", ";") and a.qid[j] < 0),
                        hi,
                    )
                    np_lo = self.np_start(lo, k - 1)
                    m = self.source_speaker(np_lo, k - 1) if np_lo < k - 1 else None
                    return self._parts([(k + 1, end)], Attribution(m, (k, k + 1)))
                continue
            if low == "nach" and lex.source_nouns and not self._nach_in_quote_attribution(lo, k):
                found = self.nach_source(k, lo, hi)
                if found is not None:
                    p_lo, p_hi, np_lo, np_hi = found
                    m = self.source_speaker(np_lo, np_hi)
                    return self._parts(
                        self._statement(lo, hi, p_lo, p_hi), Attribution(m, (k, k + 1))
                    )
            for ph in lex.source_before:
                if ph[0] != low or ph in (("wie",), ("so",)):
                    continue
                if tuple(a.lowers[k : k + len(ph)]) != ph:
                    continue
                if self._in_quote_attribution(lo, k):
                    continue  # '„…“, sagte sie laut Übersetzung': how the quote came to us
                np_lo = k + len(ph)
                if ph == ("per",) and (
                    np_lo >= hi
                    or (a.words[np_lo][0].islower() and a.lowers[np_lo] not in lex.determiners)
                    or (k > lo and a.words[k - 1][:1].isdigit())
                ):
                    continue  # '40 per cent', 'per capita': a measure, not 'per the agency'
                np_hi = self.np_end(np_lo, hi)
                if (
                    self.lex.lang == "en"
                    and ph == ("citing",)
                    and any(a.lowers[j] in EN_RELATIVES for j in range(np_lo, hi))
                ):
                    continue  # 'welcomed the figures, citing data that showed …': evidence
                if (
                    self.lex.lang == "en"
                    and k > lo
                    and a.words[k - 1] == ","
                    and not any(a.words[j] in (",", ";") for j in range(np_lo, hi))
                ):
                    np_hi = hi  # '…, according to a new study published today in …'
                m = self.source_speaker(np_lo, np_hi)
                parts = self._around_phrase(lo, hi, k, np_hi) if k > lo else [(np_hi, hi)]
                if self.lex.lang == "en" and k > lo and np_hi >= hi:
                    parts = [(lo, k)]  # '…, according to the Forest Service.': before it
                return self._parts(parts, Attribution(m, (k, np_lo)))
            for ph in lex.source_after:
                if ph[0] != low or tuple(a.lowers[k : k + len(ph)]) != ph or k == lo:
                    continue
                np_lo = self.np_start(lo, k)
                m = self.source_speaker(np_lo, k)
                parts = (
                    self._around_phrase(lo, hi, np_lo, k + len(ph))
                    if np_lo > lo
                    else [(k + len(ph), hi)]
                )
                return self._parts(parts, Attribution(m, (k, k + len(ph))))
        return None

    def _in_quote_attribution(self, lo: int, k: int) -> bool:
        """Does token k stand in the attribution of a quotation before it ('„…“, sagte er
        dem Sender laut einer Übersetzung')?"""
        a = self.a
        last = max((j for j in range(lo, k) if a.qid[j] >= 0), default=-1)
        return last >= 0 and any(
            a.qid[j] < 0 and self.att.cue_at(j, k) is not None for j in range(last + 1, k)
        )

    def _nach_in_quote_attribution(self, lo: int, k: int) -> bool:
        """'„…“, sagte er nach Angaben seines Büros': 'nach' in the short attribution right
        after a quotation says how the quote came to us; it reports nothing of its own."""
        a = self.a
        last = max((j for j in range(max(lo, k - 8), k) if a.qid[j] >= 0), default=-1)
        return last >= 0 and self._in_quote_attribution(last, k)

    def nach_source(self, k: int, lo: int, hi: int) -> tuple[int, int, int, int] | None:
        """'nach' at token k as a source, by the noun it governs: 'nach (ersten) Angaben der
        Polizei', 'nach Polizeiangaben', 'nach deren Angaben', 'nach einer Studie', and
        postposed 'seiner Meinung nach', 'dem Vernehmen nach'. A noun outside the lexicon's
        source nouns ('nach dem Absturz', 'nach der Rede') leaves 'nach' temporal.

        Returns the phrase to cut from the statement and the source's noun phrase, both
        as token ranges (phrase start, phrase end, source start, source end)."""
        a, lex = self.a, self.lex
        if k > lo and a.lowers[k - 1] in TIME_BEFORE_NACH:
            return None  # 'erst nach umfangreichen Ermittlungen': a time
        if self._attributive(k, lo):
            return None
        # preposed: up to four articles, possessives, adjectives or a genitive name first
        j = k + 1
        while j < hi and j - k <= 4 and a.qid[j] < 0:
            w, low = a.words[j], a.lowers[j]
            if w[0].isupper() and lex.is_source_noun(low):
                break
            if (
                low in lex.determiners
                or low in SOURCE_DETERMINERS
                or (w.isalpha() and w.islower() and low[-1:] in "enrsm")
                or (a.caps[j] and low.endswith("s") and j + 1 < hi and a.caps[j + 1])
            ):
                j += 1
                continue
            return self._nach_postposed(k, lo, hi)
        if j >= hi or j - k > 4 or a.qid[j] >= 0 or not a.words[j][0].isupper():
            return self._nach_postposed(k, lo, hi)
        if not lex.is_source_noun(a.lowers[j]):
            return self._nach_postposed(k, lo, hi)
        end = j + 1
        if end < hi and a.qid[end] < 0:
            nxt = a.lowers[end]
            # a genitive or 'von' complement names whose information it is
            if nxt in ("von", "aus") and end + 1 < hi:
                end = self.np_end(end + 1, hi)  # 'nach Angaben aus Regierungskreisen'
            elif nxt in SOURCE_COMPLEMENT or a.caps[end]:
                end = self.np_end(end, hi)
        if k == lo and end + 2 < hi and a.words[end] == ",":
            # 'Nach Angaben der Polizei, die den Mann festnahm, habe …' / '…, Eva Roth, habe':
            # at the sentence start, a relative clause or an apposition still names the source
            if a.lowers[end + 1] in RELATIVE or a.caps[end + 1]:
                close = next(
                    (c for c in range(end + 2, min(hi, end + 25)) if a.words[c] == ","), None
                )
                if close is not None:
                    end = close + 1
        return k, end, k + 1, end

    def _nach_postposed(self, k: int, lo: int, hi: int) -> tuple[int, int, int, int] | None:
        """'Seiner Meinung nach hätte …', 'dem Vernehmen nach soll …'; not 'der Bericht
        nach der Sitzung' (an article after 'nach' makes it a preposition of its own)."""
        a, lex = self.a, self.lex
        if k - 1 < lo or a.qid[k - 1] >= 0 or not a.words[k - 1][0].isupper():
            return None
        if not lex.is_source_noun(a.lowers[k - 1]):
            return None
        if k + 1 < hi and (a.lowers[k + 1] in lex.determiners or a.caps[k + 1]):
            return None
        j = k - 1
        prev = a.lowers[j - 1] if j > lo else ""
        if prev.startswith(("mein", "unser")):
            return None  # 'meiner Meinung nach': the speaker's own view, not a report
        if prev in lex.determiners or prev in SOURCE_DETERMINERS:
            j -= 1
        elif j > lo and a.caps[j - 1] and prev.endswith("s"):
            j -= 1  # 'Grupps Meinung nach'
        elif j > lo:
            return None
        if self._attributive(j, lo):
            return None
        return j, k + 1, j, k

    def _attributive(self, k: int, lo: int) -> bool:
        """Does the phrase at token k stand inside a noun phrase ('die seiner Meinung nach
        wachsenden Gefahren', 'der nach Behördenangaben 350 Passagiere')? An article just
        before it that does not open a relative clause after a comma says so."""
        a = self.a
        return (
            k > lo
            and a.lowers[k - 1] in DEFINITE
            and a.qid[k - 1] < 0
            and (k - 2 < lo or a.words[k - 2] not in (",", "(", "–", "—"))
        )

    def _statement(self, lo: int, hi: int, p_lo: int, p_hi: int) -> list[tuple[int, int]]:
        """The statement a source phrase [p_lo, p_hi) in sentence [lo, hi) attributes: the
        rest of the sentence when it opens the sentence, else the rest of its clause
        ('…, weil die Mission nach Angaben der UN überfordert ist'). Only the clause is
        reported: the main clause around a 'weil' or relative clause is the reporter's."""
        c_lo, c_hi = self._clause(lo, hi, p_lo, p_hi)
        if p_lo <= c_lo:
            return [(p_hi, c_hi)]
        return self._around_phrase(c_lo, c_hi, p_lo, p_hi)

    def _clause(self, lo: int, hi: int, p_lo: int, p_hi: int) -> tuple[int, int]:
        """The clause of sentence [lo, hi) that holds the phrase [p_lo, p_hi): from a comma
        that opens a subordinate or relative clause ('…, da …', '…, die …', '…, in dem …')
        to the next comma; the whole sentence when the phrase stands in its main clause."""
        a = self.a
        if self.lex.lang != "de":
            return lo, hi
        preps = PREPOSITIONS["de"]
        c_lo = lo
        depth = 0  # 'Bernd Wolf (CDU) soll nach …': a closed bracket is no boundary
        for j in range(p_lo - 1, lo - 1, -1):
            if a.qid[j] >= 0:
                continue
            if a.words[j] == ")":
                depth += 1
            elif a.words[j] == "(" and depth:
                depth -= 1
                continue
            if depth or a.words[j] not in CLAUSE_MARKS:
                continue
            nxt = a.lowers[j + 1]
            after = a.lowers[j + 2] if j + 2 <= p_lo else ""
            if (
                a.words[j] != ","
                or nxt in SUBORDINATORS
                or nxt in RELATIVE
                or (nxt in preps and after in RELATIVE)
            ):
                c_lo = j + 1
            break
        # a colon after the phrase introduces what the source says ('Nach dieser Analyse
        # gäbe es folgende Mehrheiten: …'), so it does not end the statement
        marks = (CLAUSE_MARKS if c_lo > lo else CLAUSE_MARKS - {","}) - {":", "("}
        for j in range(max(p_hi + 1, c_lo + 2), hi):
            if a.qid[j] < 0 and (a.words[j] in marks or a.words[j] == ")"):
                return c_lo, j
        return c_lo, hi

    def _around_phrase(self, lo: int, hi: int, p_lo: int, p_hi: int) -> list[tuple[int, int]]:
        """The statement around a source phrase inside it: the whole sentence when the
        phrase is a small part of it, else the two pieces on either side."""
        a = self.a
        phrase = a.ends[p_hi - 1] - a.starts[p_lo]
        whole = a.ends[hi - 1] - a.starts[lo]
        if phrase * 2 < whole * 0.9:
            return [(lo, hi)]
        return [(lo, p_lo), (p_hi, hi)]

    def _parts(
        self, parts: list[tuple[int, int]], attr: Attribution
    ) -> tuple[list[tuple[int, int]], Attribution] | None:
        kept = [p for p in (self.trim(lo, hi) for lo, hi in parts) if p[1] - p[0] >= 2]
        return (kept, attr) if kept else None

    def trim(self, lo: int, hi: int) -> tuple[int, int]:
        """Without punctuation at either end (', the vote …' -> 'the vote …')."""
        a = self.a
        # a dateline opens the article: 'BRIGHTON, England — …', 'BERLIN (dpa) - …'
        if a.words[lo].isupper() and len(a.words[lo]) > 2:
            for k in range(lo + 1, min(hi, lo + 10)):
                if a.words[k] in ("—", "–", "-") and a.qid[k] < 0:
                    lo = k + 1
                    break
        elif a.words[lo][:1].isupper():
            # an agency's dateline: 'Frankfurt/Main (dpa) - …', 'Bern (SDA) - …'
            for k in range(lo + 2, min(hi, lo + 10)):
                if a.words[k] in ("—", "–", "-") and a.words[k - 1] == ")":
                    if "(" in a.words[lo : k - 1] and a.qid[k] < 0:
                        lo = k + 1
                    break
        while lo < hi and a.qid[lo] < 0 and a.words[lo] in EDGE_PUNCT:
            lo += 1
        while hi > lo and a.qid[hi - 1] < 0 and a.words[hi - 1] in EDGE_PUNCT:
            hi -= 1
        return lo, hi

    def np_end(self, i: int, hi: int) -> int:
        """End of the noun phrase starting at i (German: up to the finite verb; English: up
        to the next comma, as in 'according to fire chief Victor Hale, …')."""
        a = self.a
        if self.lex.lang == "en":
            for k in range(i, min(hi, i + 9)):
                if a.words[k] in (",", ";", ":") and a.qid[k] < 0:
                    return max(k, i + 1)
            return hi if hi - i <= 9 else i + 1
        k = i
        # not 'aus': 'laut Schnappauf aus Sicherheitsgründen' is the statement's, not the source's
        link = {"von", "der", "des", "dem", "den", "und", "of", "the", "and", "für", "sowie"}
        while k < hi:
            w = a.words[k]
            if a.qid[k] >= 0 or w in "()" or w[0].isupper() or w[0].isdigit():
                k += 1
                continue
            low = a.lowers[k]
            if k > i and a.caps[k - 1] and low in self.lex.determiners and low not in GENITIVE:
                break  # 'des Umweltbundesamtes die Luftqualität': a new phrase, the object
            if low in link or low in self.lex.determiners:
                k += 1
                continue
            # a lowercase adjective before a noun: 'ersten Angaben', 'des russischen Ministeriums';
            # after a noun a lowercase word ends the phrase ('des Richters war Demjanjuk …')
            if (
                k + 1 < hi
                and a.words[k + 1][0].isupper()
                and low[-1:] in "enrsm"
                and (k == i or not a.caps[k - 1] or self._participle_after_adverbial(i, k))
            ):
                k += 1
                continue
            break
        return max(k, i + 1) if i < hi else i

    def _participle_after_adverbial(self, i: int, k: int) -> bool:
        """Is the lowercase word k the participle of an adverbial phrase inside the noun
        phrase ('einer am Donnerstag veröffentlichten Untersuchung')? Then the noun before
        it is the adverbial's, and the phrase goes on to its own noun."""
        a = self.a
        return (
            k - 3 >= i
            and a.lowers[k - 3] in self.lex.determiners
            and a.lowers[k - 2] in self.lex.attributive_preps
        )

    def np_start(self, lo: int, k: int) -> int:
        """Start of the noun phrase that ends right before token k ('… Angaben zufolge')."""
        a = self.a
        j = k
        while j > lo:
            w = a.words[j - 1]
            low = a.lowers[j - 1]
            if (
                w[0].isupper()
                or a.qid[j - 1] >= 0  # a quoted name: 'der Zeitung „Hoy“'
                or low in self.lex.determiners
                or low in {"von", "der", "des", "dem"}
                or (a.words[j][0].isupper() and low[-1:] in "enrsm" and w.isalpha())
            ):
                j -= 1
                continue
            break
        return j

    def source_speaker(self, lo: int, hi: int) -> Mention | None:
        """The source named in [lo, hi): a person, else an organisation by its head noun."""
        a, att = self.a, self.att
        if lo < hi and a.lowers[lo] in OWN:
            owner = att.reflexive_owner(lo)
            if owner is not None and owner.person is not None:
                # 'X war nach eigenem Bekunden eingeweiht': X's own account; the phrase
                # stays the mention, as annotators mark it, but it names X
                return Mention(lo, hi, "source", owner.person)
        cands = att.candidates(lo, hi, after_preposition=True)
        people = [m for m in cands if m.kind in ("name", "pronoun") or m.person is not None]
        if people:
            return people[0]
        if cands and self.lex.lang == "en" and a.lowers[lo] in INDEFINITE_ARTICLES:
            # 'a filing with the London Stock Exchange', 'a spokesman for the ministry':
            # someone or something unnamed, not the organisation at its end
            return Mention(lo, hi, "source", None)
        if cands and self.lex.lang == "en":
            # English noun phrases end in their head: "the city's transport department"
            start = lo + 1 if a.lowers[lo] in self.lex.determiners else lo
            return Mention(start, max(cands[-1].tok_end, start + 1), "org", None)
        if cands:
            return cands[0]
        for k in range(lo, hi):
            w = a.words[k]
            low = a.lowers[k]
            if a.qid[k] >= 0 or low in self.lex.cue_nouns or not w[0].isupper():
                continue
            if self.lex.is_org(low) or (w.isupper() and len(w) >= 2 and w.isalpha()):
                end = k + 1
                return Mention(k, end, "org", None)
        if hi <= lo:
            return None
        # 'nach seiner Einschätzung', 'ihren Angaben zufolge': the one the possessive points to
        person = None
        if self.lex.lang == "de" and a.qid[lo] < 0 and hi - lo <= 3:
            poss = a.lowers[lo]
            if poss in POSSESSIVES_MALE:
                person = att.resolve_pronoun(lo, "m")
            elif poss in POSSESSIVES_FEMALE:
                person = att.resolve_pronoun(lo, "f")
            # only someone named in this sentence or the two before ('ihren' may be 'their')
            s_lo = a.sents[max(0, a.sent_of[lo] - 2)][0]
            if person is not None and not any(
                m.person == person and s_lo <= m.tok_start < lo for m in a.mentions
            ):
                person = None
        # 'nach Angaben von Experten', 'Medienberichten zufolge': a source, nobody in particular
        return Mention(lo, hi, "source", person)

    def run(self, direct: list[Found]) -> list[Found]:
        a = self.a
        by_sent: dict[int, Attribution] = {}
        for f in direct:
            if f.attr is not None and f.attr.mention is not None:
                by_sent[f.sent] = f.attr
        out: list[Found] = []
        last: tuple[int, Attribution] | None = None
        for si, (lo, hi) in enumerate(a.sents):
            if si in by_sent:
                last = (si, by_sent[si])
            end = hi
            while end > lo and a.qid[end - 1] < 0 and a.words[end - 1] in TRAILING_PUNCT:
                end -= 1
            confirmed = self.confirmation(si, lo, end) if si not in by_sent else None
            if confirmed is not None:
                plo, pend = confirmed[0]
                out = [f for f in out if f.sent != si - 1]
                out.append(
                    Found(
                        a.starts[plo],
                        a.ends[pend - 1],
                        confirmed[1],
                        "indirect",
                        si - 1,
                        "confirmed",
                    )
                )
                last = (si, confirmed[1])
            if end - lo < 4:
                continue
            early = None
            if (
                self.quoted_speech(lo, end)
                # 'Ein Sprecher meinte, der Mann „konnte …“': a report around a quotation
                and not (
                    self.lex.lang == "de"
                    and a.qid[lo] < 0
                    and (early := self.after_cue(lo, end)) is not None
                )
            ):
                # a quotation with its attribution; a report may still follow it:
                # '"…," said Rita Kaur, adding that the government had no plan.'
                long_quoted = [
                    k
                    for k in range(lo, end)
                    if a.qid[k] >= 0 and a.q_last[a.qid[k]] - a.q_first[a.qid[k]] > 5
                ]
                tail = max(long_quoted, default=lo) + 1
                if end - tail < 6 or self.mostly_quoted(tail, end):
                    continue
                openers = CLAUSE_OPENERS.get(self.lex.lang, frozenset())
                reports = any(
                    a.qid[k] < 0
                    and (
                        a.lowers[k] in openers
                        or (a.lowers[k].endswith("ing") and self.att.cue_at(k, end) is not None)
                    )
                    for k in range(tail, end)
                ) or (self.lex.lang == "de" and self.konj(tail, end))
                if not reports:
                    continue  # '"…," the ministry said in a statement.' is attribution only
                lo = tail
            rule = "after_cue"
            hit = early if early is not None else self.after_cue(lo, end)
            if hit is None:
                hit, rule = self.before_cue(lo, end), "before_cue"
            elif self.outer_cue_wins(lo, end, hit):
                hit, rule = self.before_cue(lo, end), "before_cue"
            parts: list[tuple[int, int]] = []
            if hit is not None:
                s, e, attr = hit
                parts = [self.trim(s, e)]
            else:
                shit, rule = self.source(lo, end), "source_phrase"
                if shit is None:
                    shit, rule = self.parenthetical(lo, end), "parenthetical"
                if shit is None and a.lowers[lo] in SOURCE_ADVERBS.get(self.lex.lang, ()):
                    # 'Demnach …' points back at a document or announcement ('Die Kommission
                    # legte ihren Bericht vor. Demnach …'); annotators mark the adverb itself
                    # as the source, since what it stands for is seldom a speaker
                    src = Mention(lo, lo + 1, "source", None)
                    shit, rule = ([(lo + 1, end)], Attribution(src, (lo, lo + 1))), "source_adverb"
                if shit is not None:
                    parts, attr = shit
            if parts:
                for s, e in parts:
                    if e > s:
                        out.append(Found(a.starts[s], a.ends[e - 1], attr, "indirect", si, rule))
                if rule == "after_cue" and self.lex.lang == "en" and attr.mention is not None:
                    # '… conceded that … but denied that …': the second verb's report too
                    k = next((k for k in range(parts[-1][1], end) if _en_second_verb(a, k, end)), 0)
                    second = self.after_cue(k + 1, end) if k else None
                    if second is not None and a.lex.is_cue(a.lowers[second[2].cue[0]]):
                        s, e = self.trim(second[0], second[1])
                        if e > s:
                            two = Attribution(attr.mention, second[2].cue)
                            out.append(Found(a.starts[s], a.ends[e - 1], two, "indirect", si, rule))
                    elif not k:
                        # '… said the cap was fair, while its union said it would strike':
                        # a second speaker's report after the clause break
                        k = next(
                            (
                                k
                                for k in range(parts[-1][1], end - 1)
                                if a.words[k] in (",", ";")
                                and a.qid[k] < 0
                                and a.lowers[k + 1] in ("while", "whereas", "but")
                            ),
                            0,
                        )
                        second = self.after_cue(k + 2, end) if k else None
                        if second is not None and second[2].mention is not None:
                            s, e = self.trim(second[0], second[1])
                            if e > s:
                                out.append(
                                    Found(
                                        a.starts[s], a.ends[e - 1], second[2], "indirect", si, rule
                                    )
                                )
                if attr.mention is not None:
                    last = (si, attr)
                continue
            if self.lex.lang == "de" and a.lowers[lo : lo + 3] in (
                ["auf", "die", "frage"],
                ["auf", "die", "fragen"],
            ):
                continue  # 'Auf die Frage eines Reporters, ob …, antwortete X': not X's words
            colon = self.colon_report(lo, end) if si not in by_sent else None
            if colon is not None:
                s, attr = colon
                out.append(
                    Found(a.starts[s], a.ends[end - 1], attr, "free_indirect", si, "colon_report")
                )
                last = (si, attr)
                continue
            if (
                last is not None
                and si - last[0] == 1
                and si not in by_sent
                and not self.first_person(lo, end)
                # not the reporter's own guess: 'Die Teile könnten auf die Erde fallen'
                and (self.konj(lo, end, skip=HEDGES) or self.reportative(lo, end))
            ):
                out.append(
                    Found(
                        a.starts[lo],
                        a.ends[end - 1],
                        Attribution(last[1].mention, None),
                        "free_indirect",
                        si,
                        "konjunktiv",
                    )
                )
                last = (si, last[1])
                continue
            # 'Die Staatsanwaltschaft begründete ihren Antrag mit …': a speech act summed up.
            # Its speaker carries on into the Konjunktiv sentences after it. Annotators mark
            # the whole sentence, subject and verb included, as what was reported.
            act = self.summed_up(lo, end)
            if act is not None:
                out.append(Found(a.starts[lo], a.ends[end - 1], act, "reported", si, "speech_act"))
                last = (si, act)
                continue
            act = self.speech_act(lo, end)
            if act is not None:
                # Not emitted as a statement of its own (see summed_up): only carried on,
                # unless a quotation in the sentence already names its speaker
                if si not in by_sent:
                    last = (si, act)
                continue
            konj_i = self.konj_i(lo, end)
            if si in by_sent or si == 0 or self.first_person(lo, end):
                continue
            if konj_i:
                # Konjunktiv I on its own marks reported speech ('ROG gibt keine Entwarnung.
                # Die Lage sei …')
                rule = "konjunktiv_i"
            elif self.reportative(lo, end) and last is not None and si - last[0] <= 3:
                # 'Der Täter soll … geflohen sein' reports a claim, but on its own as often
                # states a plan ('Die Brücke soll 2030 fertig sein'): only near an
                # attribution is it mostly someone's report
                rule = "reportative"
            elif self.konj(
                lo, self.first_comma(lo, end), skip=HEDGES | KONJ_II_MODALS
            ) and self.speech_before(si):
                # 'Der Bericht schildert die Fehlerkette. Techniker hätten …': a Konjunktiv
                # II right after a speech verb carries its report on, when it has a speaker
                # (in the main clause, not a modal: 'Die Kosten dürften steigen' is as often
                # the reporter's guess)
                rule = "konjunktiv_ii"
            else:
                continue
            m = self.carried_speaker(si, last)
            if m is None and rule == "konjunktiv_ii":
                continue
            attr = Attribution(m, None)
            out.append(Found(a.starts[lo], a.ends[end - 1], attr, "free_indirect", si, rule))
            if m is not None:
                last = (si, attr)
        return out

    def colon_report(self, lo: int, end: int) -> tuple[int, Attribution] | None:
        """'Stadträtin Eva Roth hielt dagegen: Andere Städte hätten …' / 'Sie sieht das
        anders: Ohne Arbeit gebe es …': a clause with no speech verb announces, by a colon,
        reported speech in the Konjunktiv; the clause's subject said it. Returns where the
        report starts and its attribution."""
        a = self.a
        if self.lex.lang != "de":
            return None
        colon = next(
            (k for k in range(lo + 2, end - 3) if a.words[k] == ":" and a.qid[k] < 0), None
        )
        if (
            colon is None
            or not a.words[colon + 1][:1].isupper()
            or a.qid[colon + 1] >= 0
            or not self.konj(colon + 1, self.first_comma(colon + 1, end), skip=HEDGES)
            or self.first_person(colon + 1, end)
            or any(a.qid[k] >= 0 for k in range(lo, colon))
        ):
            return None
        m = _colon_subject(a, self.att, lo, colon)
        if m is None:
            return None
        return colon + 1, Attribution(m, None)

    def carried_speaker(self, si: int, last: tuple[int, Attribution] | None) -> Mention | None:
        """Whose words sentence `si`, reported speech without a cue of its own, are. The
        subject of a speech verb in the sentence before, or a person or organisation that is
        its subject (opening it, 'Staatspräsident X ist besorgt.', or after the verb behind
        a fronted phrase, 'Trotz … gibt der Verband keine Entwarnung.') takes the report
        over; otherwise the speaker of an attribution up to three sentences back carries on;
        otherwise whoever the sentence before names."""
        a = self.a
        if last is not None and si - last[0] == 1:
            return last[1].mention
        plo, phi = a.sents[si - 1]
        cue = next((c for k in range(plo, phi) if (c := self.att.cue_at(k, phi))), None)
        if cue is not None:
            # the subject of a speech verb before: 'Der Verband streitet das ab. Die Zahlen
            # seien …', 'X wurde von der Ministerin als unrealistisch bezeichnet. …'; after
            # the verb a plain noun ('Am Morgen fanden Nachbarn …') only with no
            # attribution close by
            m = self.att.clause_subject(plo, phi, cue)
            if m is not None and (
                m.tok_start == plo or m.kind in ("name", "role") or last is None or si - last[0] > 3
            ):
                return m
            if m is None:
                # a group or body no lexicon knows, alone before its speech verb: 'Analysten
                # verweisen auf …', 'Die Gemeinschaft der Anleger (GdA) forderte …'
                m = self.att.generic_np(plo, phi, cue[0])
                first = a.lowers[plo]
                if (
                    m is not None
                    and m.tok_start == plo
                    and m.tok_end <= cue[0]
                    and not any(a.words[k] in (",", ";", ":") for k in range(plo, cue[0]))
                    # 'Die Nachricht wurde dementiert': the subject of a passive was spoken of
                    and not any(a.lowers[k] in self.lex.passive_aux for k in range(plo, phi))
                    and (
                        first in self.lex.determiners
                        or (first not in self.lex.stopwords and not first.endswith(ADVERB_ENDINGS))
                    )
                ):
                    return m
        topic = self.att.clause_topic(plo, phi) or self.inverted_topic(plo, phi)
        if topic is not None:
            return topic
        m = self.att.best_speaker(plo, phi)
        if m is not None and (m.kind not in ("name", "pronoun", "role", "org") or m.genitive):
            m = None
        if m is not None and m.tok_start == plo:
            return m
        if last is not None and si - last[0] <= 3:
            return last[1].mention
        return m

    def first_comma(self, lo: int, hi: int) -> int:
        """The first comma outside quote marks in [lo, hi), or hi."""
        a = self.a
        return next((k for k in range(lo, hi) if a.words[k] == "," and a.qid[k] < 0), hi)

    def speech_before(self, si: int) -> bool:
        """Does the sentence before si hold a speech verb?"""
        plo, phi = self.a.sents[si - 1]
        return any(self.att.cue_at(k, phi) is not None for k in range(plo, phi))

    def first_person(self, lo: int, hi: int) -> bool:
        """Does someone speak as 'ich' outside quote marks in [lo, hi), as in an interview
        printed without them? Then 'habe', 'arbeite', 'denke' are the indicative of the
        first person, not a Konjunktiv that reports."""
        a = self.a
        return any(a.lowers[k] == "ich" and a.qid[k] < 0 for k in range(lo, hi))

    def inverted_topic(self, lo: int, hi: int) -> Mention | None:
        """'Trotz der Zahlen gibt der Verband keine Entwarnung', 'Mit Kritik hält sich Roth
        zurück': after a fronted phrase the subject follows the finite verb. The first
        person or body not after a preposition, right after a lowercase word (the verb, or
        'sich' after it), with no comma before it."""
        a, att, lex = self.a, self.att, self.lex
        if lex.lang != "de" or a.qid[lo] >= 0 or a.lowers[lo] not in FRONT_PREPOSITIONS:
            return None
        preps = PREPOSITIONS["de"]
        for m in att.candidates(lo + 1, hi):
            k = m.tok_start
            while k - 1 > lo and a.caps[k - 1] and lex.role(a.lowers[k - 1])[0]:
                k -= 1  # 'hält sich Bürgermeister Jonas Roth zurück'
            if k - 1 > lo and a.lowers[k - 1] in lex.determiners:
                k -= 1  # 'gibt der Verband …'
            if any(a.words[j] in CLAUSE_MARKS or a.qid[j] >= 0 for j in range(lo, k)):
                return None
            prev = a.lowers[k - 1]
            if (
                m.kind not in ("name", "role", "org")
                or m.genitive
                or not a.words[k - 1].isalpha()
                or not a.words[k - 1].islower()
                or prev in preps
                or prev in lex.determiners
                or prev in ("und", "oder", "als", "wie")
            ):
                return None
            return m
        return None

    def konj_i(self, lo: int, hi: int) -> bool:
        """Konjunktiv I proper (sei, habe, werde, könne …), not the Konjunktiv II that also
        serves conditionals (würde, hätte, wäre)."""
        return self.konj(lo, hi, only_i=True)


EN_SAY = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "argued",
        "claimed",
        "warned",
        "insisted",
        "stressed",
        "noted",
        "explained",
        "announced",
        "confirmed",
        "denied",
        "admitted",
        "believes",
        "believed",
        "thinks",
        "thought",
    }
)
EN_TELL = frozenset({"told", "tells", "tell", "telling"})
# verbs that take only a clause; the others also take an object ('denied the charges')
EN_PLAIN_SAY = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})
# a finite verb shows that a clause follows
EN_FINITE = frozenset(
    "is are was were has have had will would can could should may might must did does do "
    "'s 're 've 'd 'll ’s ’re ’ve ’d ’ll".split()
)
# '"…." Those were the words of X': nouns that point back at a quotation
EN_POINTED_NOUNS = frozenset(
    "words word verdict message view views assessment warning warnings reaction response plea "
    "advice answer reply thoughts feeling sentiment".split()
)
# words that open a clause before its subject: 'But the college said …'
EN_LINKERS = frozenset({"but", "and", "meanwhile", "however", "also", "so", "yet"})
# adverbs set off by commas between a speech verb and its clause: 'conceded, however, that'
EN_ASIDES = frozenset(
    "however though too also again meanwhile moreover nevertheless nonetheless later "
    "separately privately publicly repeatedly".split()
)
# Numbers in words: a capitalised word after one is a unit or a counted noun, no name.
NUMERALS = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert "
    "tausend two three four five six seven eight nine ten twelve twenty hundred "
    "thousand".split()
)
EN_QUANTIFIERS = frozenset(
    {"one", "two", "three", "four", "five", "several", "some", "many", "other", "most", "few"}
)
EN_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later", "recently"})
EN_TIME_UNITS = frozenset({"week", "month", "year", "night", "weekend", "morning", "evening"})


def _en_adverbial_end(a: Analysis, i: int, hi: int) -> int:
    """After 'said': the end of a time adverbial ('on Thursday', 'yesterday', 'last week',
    'on Monday evening', 'in a statement on Friday'), or i when none starts at i."""
    j = i
    while j < hi and a.qid[j] < 0:
        low = a.lowers[j]
        if low in EN_TIME_WORDS:
            j += 1
        elif low in ("last", "this", "next") and j + 1 < hi and a.lowers[j + 1] in EN_TIME_UNITS:
            j += 2
        elif low == "on" and j + 1 < hi and a.lowers[j + 1] in WEEKDAYS_MONTHS:
            j += 2
            if j < hi and a.lowers[j] in EN_TIME_UNITS:
                j += 1
        elif (
            low == "in"
            and j + 2 < hi
            and a.lowers[j + 1] in ("a", "an")
            and a.lowers[j + 2] in a.lex.cue_nouns
        ):
            j += 3  # 'said in a statement it would …'
        else:
            break
    return j


# adjectives before an English role word that leave the role the same ('the former minister')
EN_ROLE_ADJECTIVES = frozenset(
    "own new former top senior then current acting outgoing incoming veteran longtime "
    "long-serving embattled beleaguered".split()
)
# words that open a clause inside a sentence: '… collapsed after a group of Republicans said …'
EN_SUBORDINATORS = frozenset(
    "after because when while since until before although though once whereas unless".split()
)
# a sentence opening with one of these puts its main clause after the first comma
EN_FRONT_SUBORDINATORS = frozenset(
    "when if after before while because since once until unless although though whenever".split()
)
EN_RELATIVES = frozenset({"that", "which", "who", "whose", "whom", "where"})


def _en_clause_follows(a: Analysis, i: int, hi: int) -> bool:
    """Does a clause start at i ('that …', 'the firm would …', 'it showed …') rather than
    an object ('blaming lower prices', 'quoting crime reference 4471', 'citing a strike
    that hit output')? A finite verb must come before any relative pronoun."""
    if i < hi and a.lowers[i] == "that":
        return True
    for k in range(i, hi):
        low = a.lowers[k]
        if a.qid[k] >= 0:
            continue
        if low in EN_RELATIVES:
            return False
        if (low in EN_FINITE and low not in ("'s", "’s")) or (
            k > i and len(low) > 4 and low.endswith("ed")
        ):
            return True
    return False


def _en_second_verb(a: Analysis, k: int, hi: int) -> bool:
    """'… and declined to say …', '… but warned that …': at token k an 'and'/'but' that
    joins a second past-tense verb of the subject, a speech verb or a refusal."""
    if a.qid[k] >= 0 or a.lowers[k] not in ("and", "but") or k + 1 >= hi:
        return False
    j = k + 1
    if a.lowers[j].endswith("ly") and j + 1 < hi:
        j += 1  # 'but quickly added'
    low = a.lowers[j]
    return a.qid[j] < 0 and (
        low in ("declined", "refused")
        or (a.lex.is_cue(low) and (low.endswith("ed") or low in ("said", "told", "wrote")))
    )


# '… they had taken the town, a claim the army denied': a noun summing up the report
EN_CLAIM_NOUNS = frozenset(
    "claim claims allegation allegations accusation accusations charge charges assertion "
    "contention suggestion".split()
)
# '… the plan is dead, but officials said …': after these the reporter speaks again
EN_CLAUSE_BREAKS = frozenset({"but", "while", "whereas", "though", "although", "according"})
EN_SUBJECTS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "the",
        "a",
        "an",
        "this",
        "there",
        "his",
        "her",
        "their",
        "its",
        "our",
    }
)


def find_reported(a: Analysis, att: Attributor, direct: list[Found]) -> list[Found]:
    return Reported(a, att).run(direct)


# --- interviews ------------------------------------------------------------------------------

LABEL_RE = re.compile(
    # 'SPIEGEL: …', 'Pau: …', and in wiki or markdown markup "''Pau'': …", '**Pau:** …'
    r"^[ \t]*(?:''|\*\*|\*)?((?:[A-ZÄÖÜ][\w.’\-]*)(?:[ \t]+[A-ZÄÖÜ][\w.’\-]*){0,2})"
    r"(?:''|\*\*|\*)?[ \t]*:(?:''|\*\*|\*)?[ \t]+(?=\S)",
    re.MULTILINE,
)
INTERVIEWER_LABELS = frozenset({"frage", "f", "q", "question", "interviewer"})
# 'A: …' answers are the interviewee's, the person the introduction is about
ANSWER_LABELS = frozenset({"antwort", "a", "answer"})


def find_interview(a: Analysis, att: Attributor) -> list[tuple[int, int, Found | None]]:
    """Question-and-answer interviews: paragraphs that open with 'LABEL: '. The label
    whose paragraphs are mostly questions (or 'SPIEGEL', 'Q', 'Frage') is the interviewer;
    the answers of the other labels are that person's words. Returns (start, end, Found or
    None for a question) per paragraph; empty when the article is not an interview."""
    text = a.text
    paras: list[tuple[int, int, str, int]] = []  # (start, end, label, label start)
    matches = list(LABEL_RE.finditer(text, a.body_start))
    for mi, m in enumerate(matches):
        # a turn runs to the next label (its lines may wrap), or to a blank line at the end
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        if mi + 1 < len(matches):
            end = min(end, matches[mi + 1].start())
        paras.append((m.end(), end, m.group(1), m.start(1)))
    # 'BEN HATCHER: …' then 'HATCHER: …': the surname alone is the same label
    full = {lab.split()[-1]: lab for _, _, lab, _ in paras if len(lab.split()) > 1}
    paras = [(s, e, full.get(lab, lab), ls) for s, e, lab, ls in paras]
    labels: dict[str, list[int]] = {}
    for i, (_, _, label, _) in enumerate(paras):
        labels.setdefault(label, []).append(i)
    if len(labels) < 2 or sum(1 for v in labels.values() if len(v) >= 2) < 2:
        return []

    def questions(label: str) -> float:
        idx = labels[label]
        return sum(text[paras[i][0] : paras[i][1]].rstrip().endswith("?") for i in idx) / len(idx)

    # a label in capitals is the paper ('SPIEGEL: …'), unless every label is in capitals
    # (English transcripts: 'HATCHER: …', 'FERRANTE: …')
    all_caps = all(lab.isupper() for lab in labels)
    interviewer = {
        lab
        for lab in labels
        if lab.lower() not in ANSWER_LABELS
        and (
            lab.lower() in INTERVIEWER_LABELS
            or (lab.isupper() and not all_caps)
            or questions(lab) >= 0.5
        )
    }
    if not interviewer or len(interviewer) == len(labels):
        return []
    out: list[tuple[int, int, Found | None]] = []
    for start, end, label, lstart in paras:
        while end > start and text[end - 1].isspace():
            end -= 1
        if label in interviewer or label.lower() in INTERVIEWER_LABELS:
            out.append((start, end, None))
            continue
        tok = bisect.bisect_left(a.starts, lstart)
        if tok >= a.n:
            continue
        turn = text[start:end]
        if len(labels[label]) == 1 and len(turn.split()) <= 5 and turn[-1:] not in '.?!…“"':
            continue  # 'Interview: Moritz Leinfelder', 'Fotos: dpa': a credit, not an answer
        if label.lower() in ANSWER_LABELS:
            m = _interviewee(a, bisect.bisect_left(a.starts, paras[0][3]))
            if m is None:
                continue
        else:
            m = a.mention_at.get(tok) or a.add_name_at(tok)
        if m is None and label.isupper() and label.replace(" ", "").isalpha():
            # 'FERRANTE: …': the person of that name, or one named by the label
            words = [w.capitalize() for w in label.split()]
            g = a.lex.given_gender(words[0].lower()) if len(words) > 1 else None
            pi = a._person_for(words, None if g == "?" else g, tok)
            n = len(text[lstart : text.index(":", lstart)].split())
            m = Mention(tok, tok + n, "name", pi)
        if m is None:
            m = Mention(tok, tok + max(1, len(label.split())), "generic", None)
        out.append(
            (
                start,
                end,
                Found(start, end, Attribution(m, None), "direct", a.sent_of[tok], "interview"),
            )
        )
    return out


def _interviewee(a: Analysis, first_label: int) -> Mention | None:
    """The person an 'A: …' interview is with: the one named most often before the first
    label (headline and introduction), as their latest mention there."""
    count: dict[int, int] = {}
    last: dict[int, Mention] = {}
    for m in a.mentions:
        if m.tok_start >= first_label or m.person is None or m.kind not in ("name", "pronoun"):
            continue
        if a.people[m.person].kind != "person":
            continue
        count[m.person] = count.get(m.person, 0) + 1
        last[m.person] = m
    if not count:
        return None
    best = max(count, key=lambda p: (count[p], -a.people[p].first_tok))
    return last[best]


def _as_evaluation(a: Analysis, att: Attributor, f: Found) -> Attribution | None:
    """„…“ right after 'als' / 'as' with a person or organisation as the subject."""
    qi = a.quote_at.get(f.start)
    if qi is None:
        return None
    first = a.q_first[qi]
    if first <= 0 or a.lowers[first - 1] not in ("als", "as"):
        return None
    lo, _ = a.sents[f.sent]
    m = att.best_speaker(lo, first - 1)
    if m is None or m.kind not in ("name", "pronoun", "role", "org") or m.genitive:
        return None
    return Attribution(m, None)


def _after_reports(a: Analysis, direct: list[Found], reported: list[Found]) -> None:
    """A quotation nobody is found to have said, right after someone's reported speech,
    is theirs: 'X sagte, der Vorfall sei kein Unfall gewesen. „Das war …“' Only whole
    sentences in quote marks, the report in the sentence before or earlier in the same
    one, with nobody else named in between."""
    spoken = [r for r in reported if r.attr is not None and r.attr.mention is not None]
    if not spoken:
        return
    for f in direct:
        if f.type != "direct" or (f.attr is not None and f.attr.mention is not None):
            continue
        first = a.q_first[a.quote_at[f.start]]
        before = [r for r in spoken if r.sent in (f.sent, f.sent - 1) and r.end <= f.start]
        if not before or first < 0:
            continue
        r = before[-1]
        m = r.attr.mention  # type: ignore[union-attr]
        if a.mention_between(m.tok_end, first):  # type: ignore[union-attr]
            continue
        f.attr = Attribution(m, None)
        f.rule = "after_report"


def _en_partials_in_reports(a: Analysis, direct: list[Found], reported: list[Found]) -> None:
    """English: quoted words inside someone's reported clause are that speaker's ('Feld of
    Caskett said the cuts were "overdue" …', 'Agrivia said the cap was "fair", while its
    union said …'), whoever else the sentence names."""
    for f in direct:
        if f.type != "partial":
            continue
        for r in reported:
            if (
                r.sent == f.sent
                and r.start <= f.start
                and f.end <= r.end + 1
                and r.attr is not None
                and r.attr.mention is not None
                and (r.attr.mention.person is not None or r.attr.mention.kind == "org")
            ):
                f.attr = Attribution(r.attr.mention, None)
                break


def _after_subjects(a: Analysis, att: Attributor, direct: list[Found]) -> None:
    """A statement still nobody's, standing alone after a sentence about a person or body,
    is theirs (Attributor.previous_subject); a second one right after it, with nobody
    else named, too. Run after reported speech, which takes such a statement first."""
    last: Found | None = None
    for f in sorted(direct, key=lambda f: f.start):
        if f.type != "direct" or (f.attr is not None and f.attr.mention is not None):
            last = f if f.attr is not None and f.attr.mention is not None else None
            continue
        if f.attr is not None and f.attr.cue is not None:
            last = None  # '„…“, hieß es.': a verb of its own that names nobody
            continue
        qi = a.quote_at[f.start]
        attr = att.previous_subject(qi) or att.next_subject(qi)
        if (
            attr is None
            and last is not None
            and last.rule == "previous"
            and f.sent - last.sent <= 2
            and not a.mention_between(a.q_last[a.quote_at[last.start]] + 1, a.q_first[qi])
        ):
            attr = Attribution(last.attr.mention, None)  # type: ignore[union-attr]
        if attr is not None:
            f.attr, f.rule = attr, "previous"
            last = f
        else:
            last = None


def _is_term(a: Analysis, f: Found) -> bool:
    """A quoted name, title or gloss rather than anyone's words, unless a person (by name,
    pronoun or role) is found to have said it: one capitalised word („Facebook“, „Bruno“,
    „Sonnenwind“) or a quotation standing in parentheses ('Kreuzungen („Hybride“)').
    Capitalised single words with no such speaker were terms four times in five on the
    WikiNews data; evaluative words ('als „falsch“ zurückgewiesen') are lowercase."""
    inner = a.text[f.start + 1 : f.end - 1].strip()
    if a.lex.lang == "de" and _paper_after_cue(a, f) and len(inner.split()) <= 4:
        return True  # '…, sagte Lembeck der „Welt“': the paper she spoke to
    m = f.attr.mention if f.attr is not None else None
    if m is not None and m.kind in ("name", "pronoun", "role"):
        return False
    if len(inner.split()) == 1 and inner[:1].isupper():
        # not when a speech verb before it introduces the word: 'Analysten sprachen von
        # „Panikverkäufen“', 'Das Magazin bezeichnete die Firma als „Schatten-CIA“'
        return m is None or not _introduced_by_cue(a, f)
    before = a.text[max(0, f.start - 2) : f.start].strip()
    after = a.text[f.end : f.end + 2].strip()
    return before.endswith("(") and after.startswith(")") and _is_fragment(inner)


def _quoted_noun(a: Analysis, f: Found) -> bool:
    """'die Grundlage sind „Alfvenwellen“', 'ein geplantes „Militanzverbot“': one
    capitalised German word in quote marks is a term, unless an evaluation or a word
    someone used introduces it ('als „Unverschämtheit“', 'von „Erpressung“')."""
    inner = a.text[f.start + 1 : f.end - 1].strip()
    if a.lex.lang != "de" or " " in inner or not inner[:1].isupper():
        return False
    first = a.q_first[a.quote_at[f.start]]
    return first <= 0 or a.lowers[first - 1] not in ("als", "von", "vom")


def _introduced_by_cue(a: Analysis, f: Found) -> bool:
    """Does the quotation follow 'von' / 'als' whose speech verb stands before it in the
    sentence ('sprach von „…“', 'bezeichnete X als „…“')?"""
    cue = f.attr.cue if f.attr is not None else None
    qi = a.quote_at.get(f.start)
    if cue is None or qi is None:
        return False
    first = a.q_first[qi]
    if first <= 0 or cue[1] >= first:
        return False
    if any(
        a.words[k] in CLAUSE_MARKS or a.lowers[k] in ("und", "and") for k in range(cue[1], first)
    ):
        return False  # 'wird … bewertet und gilt damit als „…“': another verb's phrase
    k = first - 1
    if k - 1 >= cue[1] and a.lowers[k] in a.lex.determiners | INDEFINITE_ARTICLES:
        k -= 1  # 'sprach von einem „Wahlkampfmanöver“'
    before = a.lowers[k]
    if before in ("als", "as") or (before in ("von", "vom") and a.lowers[cue[0]] in SPEAK_OF):
        return True
    return _closes_speech_act(a, qi)


def _closes_speech_act(a: Analysis, qi: int) -> bool:
    """'warf der Regierung „Staatsversagen“ vor': the quotation stands right before the
    particle that completes a speech act verb earlier in its clause: it is the wording."""
    nxt = a.q_last[qi] + 1
    first = a.q_first[qi]
    if nxt >= a.n or first < 0:
        return False
    lo = a.sents[a.sent_of[first]][0]
    for k in range(first - 1, max(lo, first - 8) - 1, -1):
        if a.words[k] in CLAUSE_MARKS or a.qid[k] >= 0:
            return False
        readings = a.lex.speech_acts.get(a.lowers[k])
        if readings:
            return any(act.particle and a.lowers[nxt] == act.particle for act in readings)
    return False


# 'sprach von „…“': a speech verb whose 'von' introduces the words it reports
SPEAK_OF = frozenset("spricht sprach sprachen sprechen gesprochen redet redete redeten".split())


def _paper_after_cue(a: Analysis, f: Found) -> bool:
    """Is the quotation a paper's name in the dative right after a speech verb or its
    speaker ('sagte der „Welt“', 'sagte Lembeck dem „Spiegel“')? 'sprach von der „Wende“'
    has a preposition before the article and stays a quotation."""
    i = bisect.bisect_left(a.starts, f.start)
    if i < 2 or a.lowers[i - 1] not in ADDRESSEE_ARTICLES - {"im"}:
        return False
    prev = i - 2
    if a.lex.is_cue(a.lowers[prev]) or a.lowers[prev] == "gegenüber":
        return True
    if a.lowers[prev] == "mit" and prev > 0 and a.lowers[prev - 1] in a.lex.cue_nouns:
        return True  # 'in einem Interview mit dem „Handelsblatt“', 'im Gespräch mit der „Zeit“'
    m = next((m for m in a.mentions if m.tok_end == prev + 1), None)
    return m is not None and m.tok_start > 0 and a.lex.is_cue(a.lowers[m.tok_start - 1])


def _statement_after_colon(a: Analysis, qi: int, inner: str) -> bool:
    """Is quotation `qi` a whole statement announced by a colon ('Die Firma weist das
    zurück: „Wir haben …“')? Not a gloss or name in brackets ('(kurz: „Fed“)', '(etwa:
    „Partei der Volksmacht“)') nor a title of capitalised words."""
    first = a.q_first[qi]
    if first <= 0 or a.words[first - 1] != ":" or not inner[:1].isupper():
        return False
    s_lo = a.sents[a.sent_of[first]][0]
    if _is_proper_name(inner) or (
        # a short one too after 'mit den Worten': 'Sie beruhigte mit den Worten: „Alles gut“'
        _is_fragment(inner)
        and not any(a.lowers[k] in ("worten", "words") for k in range(max(s_lo, first - 6), first))
    ):
        return False
    before = a.text[a.starts[s_lo] : a.starts[first - 1]]
    return before.count("(") <= before.count(")") and before.count("[") <= before.count("]")


def _named_org_before(a: Analysis, att: Attributor, m: Mention) -> str | None:
    """The name of the organisation a definite common noun ('die Agentur', 'das
    Unternehmen') points back to: the nearest earlier head of the same noun with its name
    after it ('die Nachrichtenagentur Reuters', 'das Unternehmen Velox')."""
    if a.lex.lang != "de" or a.lowers[m.tok_start] not in DEFINITE:
        return None
    head = a.lowers[m.tok_end - 1]
    for k in range(m.tok_start - 1, max(0, m.tok_start - 600), -1):
        low = a.lowers[k]
        if not low.endswith(head) or low not in a.lex.named_org_heads or a.qid[k] >= 0:
            continue
        hi = a.sents[a.sent_of[k]][1]
        end = att._org_name_after(k + 1, hi)
        if end > k + 1:
            return a.text[a.starts[k + 1] : a.ends[end - 1]].strip('„“»«"')
    return None


def _colon_statement_of_another(
    a: Analysis, att: Attributor, qi: int, inner: str, si: int, psi: int
) -> bool:
    """'„…“, rief er. Aus den Reihen der SPD kam der Zwischenruf: „…“': a statement
    announced by a colon in a sentence of its own, whose clause names a speaker of its own
    (a name, role or organisation), is not the speaker before going on."""
    if si == psi or not _statement_after_colon(a, qi, inner):
        return False
    first = a.q_first[qi]
    m = _colon_subject(a, att, a.sents[si][0], first - 1)
    return m is not None and m.kind in ("name", "role", "org")


def _colon_subject(a: Analysis, att: Attributor, lo: int, colon: int) -> Mention | None:
    """The speaker of a statement announced by the clause [lo, colon) with no speech verb:
    a name opening the clause ('Paolo lehnte ab: …'), else its likeliest subject."""
    if (
        lo + 1 < colon
        and a.words[lo + 1][:1].islower()
        # not the owner in 'Berlins früherer Bürgermeister X wies zurück:'
        and not (a.lowers[lo].endswith("s") and lo + 2 < colon and a._is_cap(lo + 2))
    ):
        m = a.mention_at.get(lo) or a.add_name_at(lo)
        if m is not None and not m.genitive:
            return m
    m = att.clause_topic(lo, colon) or att.best_speaker(lo, colon)
    if m is None or m.genitive or m.kind not in ("name", "pronoun", "role", "org"):
        return None  # left open for the report before it ('X sagte, … . Dazu: „…“')
    return m


def _colon_source(a: Analysis, att: Attributor, lo: int, colon: int) -> Mention | None:
    """Whose words a statement after a colon with no speaker is: the text named in its
    clause ('In dem Entwurf steht der Passus: „…“'), the document a 'Darin' points back to
    ('Die Firma gab eine Erklärung ab. Darin steht: „…“'), or the likeliest phrase."""
    lex = a.lex
    for k in range(lo, colon):
        # 'in dem Entwurf' anywhere; 'Auf dem Plakat' only opening the clause, not 'auf
        # das Presseecho reagierend'
        if a.qid[k] < 0 and (
            a.lowers[k] in ("in", "im") or (k == lo and a.lowers[k] in lex.document_preps)
        ):
            m = att.document_phrase(k, colon)
            if m is not None:
                return m
    if a.lowers[lo] in POINTING_ADVERBS and a.sent_of[lo] > 0:
        return _pointed_document(a, lo)
    return att.best_speaker(lo, colon)


def _pointed_document(a: Analysis, k: int) -> Mention:
    """What the adverb at k ('darin', 'dort') points back to: a text named in the sentence
    before ('eine Stellungnahme'), else the adverb itself."""
    if a.sent_of[k] > 0:
        p_lo, p_hi = a.sents[a.sent_of[k] - 1]
        for j in range(p_hi - 1, p_lo, -1):
            if a.lowers[j] in a.lex.cue_nouns and a.lowers[j - 1] in a.lex.determiners:
                return Mention(j - 1, j + 1, "source", None)
    return Mention(k, k + 1, "source", None)


# adverbs that point back to a text or sign just named: 'Darin steht: „…“'
POINTING_ADVERBS = frozenset("darin darauf dort hierin daraus".split())


def _only_attribution(a: Analysis, lo: int, hi: int) -> bool:
    """Are the tokens in [lo, hi) just an attribution (', she said,')? Then the quote after
    them continues the one before."""
    words = [k for k in range(lo, hi) if a.words[k] not in EDGE_PUNCT]
    return 0 < len(words) <= 8 and any(
        a.lex.is_cue(a.lowers[k]) or a.lowers[k] == "so" for k in words
    )


def _called_as(a: Analysis, qi: int) -> bool:
    """Is the quotation what someone called something, by a speech verb and 'als' / 'wie'
    ('wurde als „Geschäft des Jahrhunderts“ bezeichnet', 'skandierten Sprüche wie „…“')?
    Then capitalised words are an evaluation, not a name."""
    first, last = a.q_first[qi], a.q_last[qi]
    if first <= 0 or a.lowers[first - 1] not in ("als", "wie", "as"):
        return False
    s_lo, s_hi = a.sents[a.sent_of[first]]
    return any(a.lex.is_cue(a.lowers[k]) for k in range(last + 1, min(s_hi, last + 3))) or any(
        a.lex.is_cue(a.lowers[k]) for k in range(max(s_lo, first - 6), first - 1)
    )


def _named_thing(a: Analysis, qi: int, inner: str) -> bool:
    """A quoted name by its use rather than its words: part of a compound ('eine „Eins zu
    Eins“-Begegnung'), a web address ('laut „tagesschau.de“'), what a name or title 'lautet'
    ('Der Name lautet „…“', '„…“, so lautet der Titel'), or the subject of its clause ('Die
    „Kampagne für …“ berichtete', '„Landser“ habe …')."""
    q = a.quotes[qi]
    text = a.text
    if text[q.end : q.end + 1] == "-" or text[q.start - 1 : q.start] == "-":
        return True
    if WEB_ADDRESS.fullmatch(inner):
        return True
    first, last = a.q_first[qi], a.q_last[qi]
    if first > 1 and a.lowers[first - 1] in ALIAS_WORDS and a.words[first - 2] in ALIAS_OPENERS:
        return True  # 'Der Bär JJ1, auch „Bruno“ genannt', 'Die „…“ – auch „…“ –': an alias
    s_lo, s_hi = a.sents[a.sent_of[first]]
    lex = a.lex
    for k in (*range(max(s_lo, first - 4), first), *range(last + 1, min(s_hi, last + 5))):
        if a.lowers[k] in NAMING_VERBS and any(
            a.lowers[j] in lex.non_quote and a.qid[j] < 0
            for j in range(max(s_lo, k - 3), min(s_hi, k + 4))
        ):
            return True  # 'die amtliche Bezeichnung lautet „…“'
    nxt = last + 1
    if (
        inner[:1].isupper()
        and len(inner.split()) <= 6
        and inner.rstrip()[-1:] not in ".!?…,"
        and nxt < s_hi
        and a.words[nxt][:1].islower()
        and not any(w.lower() in FIRST_PERSON for w in inner.split())
    ):
        verb = a.lowers[nxt]
        if (
            first > s_lo
            and a.lowers[first - 1] in DEFINITE
            and a.lowers[first - 1] != "den"
            and (lex.is_cue(verb) or verb in VORFELD_VERBS)
        ):
            return True  # 'Die „Kampagne für …“ berichtete': the name is the subject
        if (
            first == s_lo
            and not lex.is_cue(verb)
            and (verb in VORFELD_VERBS or verb in KONJ_MODALS)
        ):
            return True  # '„Landser“ habe in seinen Liedern …'
    return False


# 'laut „tagesschau.de“', 'die Seite „www.example.org“': an address, never anyone's words
WEB_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|uk|info|eu|at|ch|fr|io)(?:/\S*)?",
    re.IGNORECASE,
)
# ', auch „…“', '(kurz „…“': another name for what was just named
ALIAS_WORDS = frozenset({"auch", "kurz", "alias", "also", "aka"})
ALIAS_OPENERS = frozenset({",", "(", "–", "—", "-"})
# verbs that give a name or title ('Der Titel lautet „…“')
NAMING_VERBS = frozenset("lautet lauten lautete lauteten".split())


def _is_proper_name(inner: str) -> bool:
    """'Financial Times', 'Operation Iraqi Freedom': every word capitalised, no sentence."""
    words = inner.split()
    if len(words) < 2 or len(words) > 6 or inner.rstrip()[-1:] in ".!?…,":
        return False
    glue = NAME_GLUE | NAME_GLUE_INNER if words[0][0].isupper() else NAME_GLUE
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in glue for w in words) and any(
        w[0].isupper() for w in words[1:]
    )


NAME_GLUE = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "de",
        "la",
        "le",
        "du",
        "des",
        "von",
        "der",
        "für",
        "&",
        "-",
        "pour",
        "un",
    }
)


# Contracted prepositions inside names of several capitalised words ('Ärzte ohne Grenzen',
# 'Rat zur Wiederherstellung der Demokratie', 'Bild am Sonntag'); only after a capitalised
# first word, so that 'zur Kenntnis' stays a phrase.
NAME_GLUE_INNER = frozenset({"zur", "zum", "am", "im", "ohne"})


def _norm(s: str) -> str:
    return " ".join("".join(c.lower() if c.isalnum() else " " for c in s).split())


def _merge_repeats(quotes: list[Quote]) -> list[Quote]:
    """The same statement by the same speaker twice (teaser and body): keep the later one."""
    keep = [True] * len(quotes)
    norms = [_norm(q.text) for q in quotes]
    for i in range(len(quotes)):
        # a bounded window: repeats stand within a few dozen records of each other, and a
        # pathological file with thousands of quotations must not take quadratic time
        for j in range(i + 1, min(len(quotes), i + 60)):
            if not keep[j] or quotes[i].speaker != quotes[j].speaker or quotes[i].speaker is None:
                continue
            if len(norms[i]) < 20 or len(norms[j]) < 20:
                continue
            if quotes[j].start < quotes[i].end:
                continue  # a quotation inside its own report is no repeat
            if fuzz.ratio(norms[i], norms[j]) >= 85:
                keep[i] = False
                break
    return [q for q, k in zip(quotes, keep, strict=True) if k]
