"""One article tokenised and analysed: sentences, quotations, names, roles and people.

Part of the rule-based extractor; see quotes.py for the overview."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from bot.nlp.lexicon import Lexicon
from bot.nlp.spans import (
    DESIGNATION_STOP,
    MAX_SENT_TOKENS,
    NUMBER_THEN_STOP,
    OPENERS,
    ORDINAL_BEFORE,
    PLAIN_NUMBER_STOP,
    PLATFORM_BEFORE,
    SENT_END,
    SENTENCE_PRONOUNS,
    SINGLE_OPEN,
    YEAR_THEN_STOP,
    find_quote_spans,
    find_single_quote_spans,
)
from bot.nlp.wordlists import (
    EN_FINITE,
    EN_POSSESSIVE_NOT,
    EN_RELATIVES,
    EN_SOLE_TITLES,
    NOUN_ENDINGS,
    NUMERALS,
    PREPOSITIONS,
    TIME_HEADS,
    WEEKDAYS_MONTHS,
    WORD_RE,
)

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


def _fold(w: str) -> str:
    """Lowercase with the typographic apostrophe as the plain one (D’Souza = D'Souza)."""
    return w.lower().replace("’", "'")


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
        self.nick_forms: dict[tuple[str, str], int] = {}  # (nickname, surname) -> person
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
            # '… im März 2004. Der …', '… mit 3:0. Das …', '… an der Stelle 70. Bei …': an
            # ordinal ('am 7. Juni') is never followed by an article, a pronoun or a
            # function word, so a plain number before one ends a sentence
            number_end = (
                w[:1].isdigit() and w.endswith(".") and bool(PLAIN_NUMBER_STOP.match(w))
            ) and (
                lowers[i + 1] in self.lex.determiners
                or lowers[i + 1] in SENTENCE_PRONOUNS
                or (nxt[:1].isupper() and lowers[i + 1] in self.lex.stopwords)
            )
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
                and not DESIGNATION_STOP.match(w)
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
            if opens and qid[i + 1] >= 0 and i + 2 < self.n and qid[i + 2] == qid[i + 1]:
                # '… sagte, Benedikt XVI. „ist und bleibt …“': a quotation opening in
                # lowercase goes on the sentence before it
                if words[i + 2][:1].islower():
                    opens = False
            if c.isupper() or c.isdigit() or opens or c in "(-–":
                bounds.append((start, i + 1))
                start = i + 1
        if start < self.n:
            bounds.append((start, self.n))
        bounds = [part for lo, hi in bounds for part in self._split_dateline(lo, hi)]
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

    def _split_dateline(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """A wire dateline before a dash opening a paragraph ('MERIDIAN CITY (AP) — …',
        'OSLAND, March 14 — …') is no part of the first sentence: its place is no subject."""
        words = self.words
        if (
            self.lex.lang != "en"
            or self.qid[lo] >= 0
            or not (words[lo].isupper() and words[lo].isalpha() and len(words[lo]) > 1)
            or (lo > 0 and "\n" not in self.text[self.ends[lo - 1] : self.starts[lo]])
        ):
            return [(lo, hi)]
        for k in range(lo + 1, min(hi - 2, lo + 10)):
            w = words[k]
            if w in ("—", "–", "-") and self.starts[k] > self.ends[k - 1]:
                return [(lo, k + 1), (k + 1, hi)]
            if self.qid[k] >= 0:
                break
            # 'OSLAND, March 14', 'LONDON (Reuters)': a month or agency after ',' or '('
            if not (
                w.isupper()
                or w[:1].isdigit()
                or w in ",()."
                or (w[:1].isupper() and words[k - 1] in (",", "("))
            ):
                break
        return [(lo, hi)]

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
            or low in NUMERALS  # 'Two Republican aides said'
            or lex.is_cue(low)
            or low in lex.separable
        ):
            return False
        # English writes compounds lowercase: a capitalised 'Reisinger' or 'Kissinger' is a
        # name, not a kind of 'singer'
        if (lex.listed_role(low) if lex.lang == "en" else lex.role(low)[0]) or lex.is_org(low):
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
            k = self._nickname_end(j)
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
                if (
                    p > k
                    and p + 1 < self.n
                    and self.words[p] == "-"
                    and self.ends[p - 1] == self.starts[p]
                    and self.ends[p] == self.starts[p + 1]
                ):
                    p += 1  # 'Faisal al-Jabri': the particle joined by a hyphen
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

    def _nickname_end(self, k: int) -> int:
        """Past a quoted nickname at token k between the given name and the surname
        ('Barry "Bazza" Tuilagi-Hart', 'Tom "The Hammer" Reeve', 'Benedikt „Benni“
        Straub'), or k."""
        if k >= self.n or self.qid[k] < 0:
            return k
        q = self.qid[k]
        last = self.q_last[q]
        if (
            self.starts[k] != self.quotes[q].start
            or last - k > 4
            or last + 1 >= self.n
            or not self._namelike(last + 1)
            or not all(self.words[t][:1].isupper() for t in range(k + 1, last) if t < self.n)
        ):
            return k
        return last + 1

    def _en_title_case_headline_end(self) -> int:
        """The end token of a headline in title case ('Tenants in the Bronx Win a Reprieve
        as Landlord Pauses Evictions'), where capitals mark no names; 0 when the first line
        is none."""
        nl = self.text.find("\n")
        if nl < 0:
            return 0
        end = bisect.bisect_left(self.starts, nl)
        long = [t for t in range(end) if self.words[t].isalpha() and len(self.words[t]) > 3]
        if len(long) < 4 or sum(self.caps[t] for t in long) < len(long):
            return 0
        return end

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
        if len(norm) == 2 and (norm[0], surname) in self.nick_forms:
            return self.nick_forms[(norm[0], surname)]
        for pi, p in enumerate(self.people):
            pn = [_fold(t) for t in p.name_tokens]
            if pn == norm:
                return pi
        double = len(norm) == 3 and norm[1] == "-"
        if double:
            surname = "".join(norm)  # 'Mrs Strickland-Bowe': a double-barrelled surname alone
        if len(norm) == 1 or double:
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
            if (len(pn) == 1 and pn[0] == surname) or (
                len(pn) == 3 and pn[1] == "-" and len(norm) > 3 and pn == norm[-3:]
            ):
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

    def _de_article_gender(self, i: int) -> str | None:
        """German: 'Die Abgeordnete Merle Tews', 'der Vorsitzende Kim Roth': a role of either
        sex in -e before the name at token i takes its sex from the article before it (up
        to two adjectives between); 'der Abgeordneten' (-en) can be either."""
        if self.lex.lang != "de" or i < 2 or not self.lowers[i - 1].endswith("e"):
            return None
        for j in range(i - 2, max(-1, i - 5), -1):
            low = self.lowers[j]
            if low in ("die", "eine"):
                return "f"
            if low in ("der", "ein"):
                return "m"
            if self.qid[j] >= 0 or not self.words[j].isalpha() or not self.words[j].islower():
                return None
        return None

    def _en_called_by_given(self, pi: int) -> bool:
        """Does the article name person pi by the given name alone somewhere ('Maya said'
        after 'Maya Ferris'), not followed by the surname?"""
        p = self.people[pi]
        if len(p.name_tokens) < 2:
            return False
        given, surname = p.name_tokens[0], _fold(p.surname)
        return any(
            self.words[k] == given
            and self.qid[k] < 0
            and (k + 1 >= self.n or _fold(self.words[k + 1]) != surname)
            for k in range(self.n)
        )

    def _role_before(self, i: int) -> str | None:
        """A role word right before token i ('US-Verteidigungsminister Lloyd Austin')."""
        j = i - 1
        if j < 0 or self.qid[j] >= 0 or "\n" in self.text[self.ends[j] : self.starts[i]]:
            # 'By Lena Fairhurst, Business Reporter' over the article's first word: a byline
            # or headline that ends in a role names no one on the next line
            return None
        low = self.lowers[j]
        # 'Sen. Wade Holloway': Senator
        office = self._office_before(i) if low in self.lex.titles or low == "." else None
        while (
            j > i - 4 and low in self.lex.titles and not self.lex.role(low)[0]
        ):  # 'Mr', 'Dr.', 'Prof. Dr.'; not 'Senator'
            j -= 1
            if j < 0 or self.qid[j] >= 0:
                return office
            low = self.lowers[j]
        if (
            self.lex.lang == "en"
            and j > 0
            and self.caps[j]
            and self.lex.role(low)[0]
            and self.qid[j - 1] < 0
            and self.words[j - 1].isalpha()
            and self.words[j - 1].islower()
            and self.lex.role(self.lowers[j - 1])[0]
        ):
            # 'Committee chair Councillor Priya Natarajan', 'co-author Professor Rajiv
            # Menon': the office before the rank is the role
            j -= 1
            low = self.lowers[j]
        if self.lex.lang == "de" and self.words[j][0].isupper() and not self.lex.role(low)[0]:
            stem = self._de_inflected_role(j)
            if stem is not None:
                return stem  # 'dem Psychologen Thomas Behrendt'
        if (
            self.lex.role(low)[0]
            and self.words[j][0].isupper()
            or (self.lex.lang == "en" and self.lex.role(low)[0])
        ):
            start = j
            if self.lex.lang == "de":
                return self._de_role_phrase(j)
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
                start = self._hyphen_left(start)  # 'long-time coach', 'co-author'
                # 'Transport Secretary', 'Chief Public Health Officer', 'Athletics Canada
                # chief executive', 'UN Secretary-General spokesperson': the capitalised
                # words before the role, all of them or none
                run = start
                while (
                    run > 0
                    and run > start - 4
                    and self._en_role_cap(run - 1)
                    and "\n" not in self.text[self.ends[run - 1] : self.starts[run]]
                ):
                    run = self._hyphen_left(run - 1)
                if not (
                    run > 0
                    and self._en_role_cap(run - 1)
                    and "\n" not in self.text[self.ends[run - 1] : self.starts[run]]
                ):
                    start = run
            # a headline's last words are not part of the role of the next paragraph
            return self.text[self.starts[start] : self.ends[j]].rsplit("\n", 1)[-1].strip()
        return office

    def _add_roles(self, p: PersonInfo, a: int, b: int, role: str | None) -> None:
        """Give the person named by tokens [a, b) the roles written around the name: `role`
        right before it, one set off before the comma, one in apposition after it, one in
        a predicate ('ist Umweltministerin') and the office of an abbreviated title."""
        before = self._role_before_apposition(a)
        rank = role is not None and self.lex.lang == "en" and " " not in role
        if rank and before is None and a > 0 and role == self.words[a - 1]:
            before = self._role_before_apposition(a - 1)
        if before and rank:
            # "The trust's chairman, Professor Idris Vaughan": the office named before
            # the comma, not the rank glued to the name, is the role
            add_role(p, before)
        if role:
            add_role(p, role)
        # the role set before the name comes before the one after it: "Her younger
        # brother, Chidi, also a sprinter"
        for extra_role in (
            before,
            self._apposition_role(b),
            self._predicate_role(b),
            self._en_affiliation(b),
            self._office_before(a),  # 'Opposition leader Cllr Graham Pocock': a councillor
        ):
            if extra_role:
                add_role(p, extra_role)

    def _office_before(self, i: int) -> str | None:
        """The office an abbreviated title right before token i names ('Sen.', 'Cllr')."""
        for j in range(i - 1, max(-1, i - 4), -1):
            low = self.lowers[j]
            if low == "." and j > 0 and self.ends[j - 1] == self.starts[j]:
                low = self.lowers[j - 1] + "."  # 'Coun.' split by the tokenizer
            if self.qid[j] >= 0 or low not in self.lex.titles:
                return None
            office = self.lex.office_titles.get(low)
            if office:
                return office
        return None

    def _en_role_cap(self, k: int) -> bool:
        """A capitalised word that can belong to an English role before it ('Foreign'
        Minister, 'Athletics Canada' chief executive)."""
        w = self.words[k]
        return (
            self.qid[k] < 0
            and (self.caps[k] or w.isupper() and w.isalpha() and 2 <= len(w) <= 4)  # 'UN'
            and self.lowers[k] not in self.lex.stopwords
            and self.lowers[k] not in self.lex.titles
        )

    def _hyphen_left(self, start: int) -> int:
        """Token start, or the first token of the hyphenated word it ends ('long-time',
        'Secretary-General')."""
        while (
            start > 1
            and self.words[start - 1] == "-"
            and self.ends[start - 2] == self.starts[start - 1]
            and self.ends[start - 1] == self.starts[start]
            and self.qid[start - 2] < 0
            and self.words[start - 2].isalpha()
        ):
            start -= 2
        return start

    def _de_inflected_role(self, j: int) -> str | None:
        """'dem Psychologen', 'des Präsidenten': a weak masculine role in the dative or
        genitive after a singular article, in its nominative form."""
        if j < 1 or self.lowers[j - 1] not in ("dem", "des", "einem", "eines"):
            return None
        word, low = self.words[j], self.lowers[j]
        if not low.endswith("en"):
            return None
        for cut in (1, 2):  # 'Psychologen' -> 'Psychologe', 'Präsidenten' -> 'Präsident'
            if self.lex.role(low[:-cut]) == (True, "m"):
                return word[:-cut]
        return None

    def _de_role_phrase(self, j: int, end: int | None = None) -> str:
        """The German role ending at token j with what belongs to it before: an adjective
        ('der österreichische Innenminister', 'die Vorsitzende Richterin') and a place or
        person in the genitive ('Bayerns Innenminister', 'Hamburgs neuer Polizeichef').
        The adjective is given the form it has after a name ('österreichischer')."""
        start, adj = j, None
        k = j - 1
        if k >= 0 and self.qid[k] < 0:
            low = self.lowers[k]
            stem = next(
                (low[: -len(e)] for e in ("en", "er", "e") if low.endswith(e) and len(low) > 4),
                None,
            )
            if (
                stem is not None
                and (stem.endswith("isch") or stem in self.lex.role_adjectives)
                and (self.words[k].islower() or stem == "vorsitzend")
            ):
                gender = self.lex.role(self.lowers[j])[1]
                if gender is not None:
                    ending = "er" if gender == "m" else "e"
                    adj = self.words[k][: len(stem)] + ending
                    start = k
                    k -= 1
        if (
            k > 0
            and self.qid[k] < 0
            and self.caps[k]
            and self.lowers[k].endswith("s")
            and not self.lowers[k].endswith("ss")
            and len(self.lowers[k]) > 3
            and self.lowers[k - 1] not in self.lex.determiners
            and self._namelike(k)
        ):
            start = k  # 'Bayerns Innenminister'
        last = self.ends[j if end is None else end]
        if adj is None:
            return self.text[self.starts[start] : last]
        genitive = self.words[start] + " " if start < j - 1 else ""
        return genitive + adj + " " + self.text[self.starts[j] : last]

    def _apposition_role(self, i: int) -> str | None:
        """', a spokeswoman for South Grid' / ', der Sprecher des Ministeriums' right after a
        name: the person's role, as written (without the article)."""
        if (
            i + 4 < self.n
            and self.words[i] == ","
            and self.words[i + 1].isdigit()
            and self.words[i + 2] == ","
        ):
            i += 2  # 'Ciara Flanagan, 34, a nurse from Galway'
        if i + 2 >= self.n or self.words[i] != "," or self.qid[i + 1] >= 0:
            return None
        j = i + 1
        if self.lowers[j] in self.lex.determiners:
            j += 1
        k = j
        while (
            k < self.n
            and k < j + 3
            and (
                self.words[k][0].islower()
                or self.lex.lang == "en"
                and self.lowers[k] in ("'s", "’s")
                and k > j
                and self.qid[k] < 0
            )
            and not self.lex.role(self.lowers[k])[0]
        ):
            k += 1  # adjectives: 'der innenpolitische Sprecher', 'the trust's medical director'
        if k >= self.n or not self.lex.role(self.lowers[k])[0]:
            if (
                self.lex.lang == "en"
                and k + 2 < self.n
                and self.caps[k]
                and self.qid[k] < 0
                and self.lowers[k] not in self.lex.stopwords
            ):
                # "the World Food Programme's director": an owner's name before the role
                e = k
                while e < self.n and e < k + 4 and self.caps[e] and self.qid[e] < 0:
                    e += 1
                m = e + 1  # "the Union's parliamentary leader": adjectives before it
                while (
                    m < self.n
                    and m < e + 3
                    and self._en_modifier(m)
                    and not self.lex.role(self.lowers[m])[0]
                ):
                    m += 1
                if not (
                    m < self.n
                    and self.lowers[e] in ("'s", "’s")
                    and self.lex.role(self.lowers[m])[0]
                ):
                    return None
                k = m
            else:
                return None
        # 'also a sprinter': the role starts after an article inside the apposition, and
        # "the trust's medical director" after a common noun's possessive
        j = next(
            (
                r + 1
                for r in range(k - 1, j - 1, -1)
                if self.lowers[r] in ("a", "an")
                or self.lowers[r] in ("'s", "’s")
                and self.words[r - 1].islower()
            ),
            j,
        )
        if (
            self.lex.lang == "en"
            and any(
                (
                    self.lex.is_cue(w)
                    or w in EN_FINITE
                    or w in PREPOSITIONS["en"]
                    or w in EN_RELATIVES
                )
                # "the trust's medical director", but not "it's the mayor"
                and not (w in ("'s", "’s") and self.lowers[r - 1] not in EN_POSSESSIVE_NOT)
                for r, w in enumerate(self.lowers[i + 1 : k + (j == i + 1)], start=i + 1)
            )
        ):
            return None  # ', said in a victim statement', ', accused her': a verb, no role
        if self.lex.lang == "de" and any(
            self.lex.is_cue(w)
            or w in self.lex.stopwords
            or w in PREPOSITIONS["de"]
            or not w.endswith(("e", "en", "er", "es", "em"))
            for w in self.lowers[j:k]
        ):
            # ', hat ebenfalls einen Rechtsanwalt', ', als die Bürgermeisterin', ',
            # charakterisierte das Opfer': a clause, not an apposition; only adjectives
            # stand between the article and the role
            return None
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
            end = self._name_after(end + 1) or end
        if self.lex.lang == "de":
            # 'der frühere Präsident des Vereins' -> 'früherer Präsident des Vereins'
            return self._de_role_phrase(k, end - 1)
        return self.text[self.starts[j] : self.ends[end - 1]]

    def _name_after(self, start: int) -> int | None:
        """The end of the capitalised name from token `start` (after an article): 'South
        Grid', "King's College London", "the Harbour Workers' Union"; None if there is none."""
        e = start
        if e < self.n and self.lowers[e] in self.lex.determiners:
            e += 1
        while e < self.n and e < start + 7:
            if self.caps[e]:
                e += 1
            elif (
                e + 1 < self.n
                and self.caps[e - 1]
                and self.caps[e + 1]
                and (
                    self.lowers[e] in ("'s", "’s", "of")
                    or self.words[e] == "-"
                    and self.ends[e - 1] == self.starts[e]
                )
            ):
                e += 2  # "King's College London", 'University of Pretoria', 'Rothamsted-Baird'
            elif (
                e + 1 < self.n
                and self.words[e] in ("'", "’")
                and self.lowers[e - 1].endswith("s")
                and self.ends[e - 1] == self.starts[e]
                and self.caps[e + 1]
            ):
                e += 2  # "the Harbour Workers' Union": a plural owner in the name
            else:
                break
        if e > start and self.caps[e - 1]:
            return e
        return None

    def _en_affiliation(self, i: int) -> str | None:
        """'said Ingrid Halloway of Norrland Bank', 'Tom Reyes at Castell Partners': an
        organisation's name after 'of' or 'at' right after a person's name is the person's
        affiliation, kept as a role ('of Norrland Bank'). The name must name an
        organisation (a head such as 'Bank' or 'Partners', or an acronym): not a home town
        ('Maria Lopez of Leeds')."""
        if self.lex.lang != "en" or i + 1 >= self.n or self.lowers[i] not in ("of", "at"):
            return None
        if self.qid[i] >= 0:
            return None
        k = i + 2 if self.lowers[i + 1] == "the" else i + 1
        w = self.words[k] if k < self.n else ""
        if len(w) >= 2 and w.isalpha() and w.isupper() and self.qid[k] < 0:
            e: int | None = k + 1  # 'of the IMF', 'at UBS'
        else:
            e = self._name_after(i + 1)
            if e is None or not any(
                self.caps[t]
                and self.lex.is_org(self.lowers[t])
                and self.lowers[t] not in _PLACE_HEADS
                for t in range(i + 1, e)
            ):
                return None
        return self.text[self.starts[i] : self.ends[e - 1]]

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
            if not self.lex.role(self.lowers[k])[0]:
                continue
            b = k
            if self.lex.lang == "en":
                b = self._hyphen_left(k)  # 'Its vice-president, Dr Samuel Okafor'
                run = b
                while run > max(0, b - 3) and self._en_role_cap(run - 1):
                    run -= 1
                if run > 0 and (
                    self.lowers[run - 1] in self.lex.determiners
                    or self.lowers[run - 1] in ("'s", "’s", "'", "’", "another")
                ):
                    b = run  # "Her French counterpart,", "The state's Water Minister,"
            if (
                b == 0
                or self.lowers[b - 1] in self.lex.determiners
                or self.words[b - 1][0].islower()
                or self.lowers[b - 1] in ("'s", "’s")  # "the hospice's chair"
                or self.lex.lang == "en"
                and self.lowers[b - 1] in ("'", "’", "another")
            ):
                start = b
                while (
                    self.lex.lang == "en" and start > max(0, k - 2) and self._en_modifier(start - 1)
                ):
                    start -= 1  # "Labour's shadow chancellor, Rachel Dunmore"
                if self.lex.lang == "en":
                    start = self._hyphen_left(start)  # 'Her long-time coach, Lars Eriksen'
                end = a - 2
                if self.lex.lang == "en":
                    # 'The farmer whose field was hit, Declan Moran': the role is 'farmer'
                    end = next(
                        (r - 1 for r in range(k + 1, a - 1) if self.lowers[r] in EN_RELATIVES), end
                    )
                else:
                    return self._de_role_phrase(k, end)  # 'Der haushaltspolitische Sprecher …'
                return self.text[self.starts[start] : self.ends[end]]
        return None

    def _find_names(self) -> None:
        """Mark every name mention: full names by a given name, names after a role or title,
        and repeated surnames of people already seen."""
        lex = self.lex
        i = 0
        found: list[tuple[int, int, str | None]] = []
        words: set[str] | None = None  # the article's words, when needed
        title_case_end = self._en_title_case_headline_end() if lex.lang == "en" else 0
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
            if (
                end == i
                and lex.lang == "en"
                and self.lowers[i] in lex.given_ambiguous
                and lex.role(self.lowers[i])[0]
                and i > 0
                and (
                    (self.words[i - 1].islower() and lex.role(self.lowers[i - 1])[0])
                    or self.lowers[i - 1] in lex.titles  # 'PC Dean Walsh'
                )
                and self._namelike(i + 1)
            ):
                # 'striker Dean Mayhew', 'professor Dean Ashby': after a role word a
                # capitalised role that is also a given name opens the name
                end = self._name_from(i + 1, need_given=False)
                role = self._role_before(i)
            if end == i and role is not None and not (lex.lang == "en" and i < title_case_end):
                # (not in a headline in title case: 'Tenants Win as Landlord Pauses Evictions')
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
            if end == i and lex.lang == "en" and self._en_first_name_alone(i):
                end = i + 1  # 'Amina, 34, who asked that her surname not be used, said'
            if end == i and lex.lang == "de":
                end = self._de_first_name_aged(i)  # 'Sabine K. (47)', 'Ehemann Jürgen (51)'
            if end == i and lex.lang == "en" and self._en_name_given_as(i):
                end = self._name_from(i, need_given=False)  # 'gave his name only as Abu Khalil'
            if end > i:
                found.append((i, end, role))
                i = end
                continue
            i += 1
        for a, b, role in found:
            # without a quoted nickname: 'Barry "Bazza" Tuilagi-Hart' is Barry Tuilagi-Hart
            toks = [self.words[t] for t in range(a, b) if self.qid[t] < 0]
            gender = lex.given_gender(self.lowers[a]) or EN_SOLE_TITLES.get(self.lowers[a])
            if gender == "?":
                gender = None
            if role is not None:
                is_role, rg = lex.role(role.lower())
                gender = gender or rg or self._de_article_gender(a)
            elif a > 1 and self.words[a - 1] == ",":
                gender = gender or lex.role(self.lowers[a - 2])[1]  # 'Their daughter, Ceri Ede,'
            elif not gender and lex.lang == "en" and self._en_name_given_as(a):
                # 'who gave his name only as Abu Khalil': the pronoun tells the gender
                own = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
                gender = next((own[x] for x in self.lowers[max(0, a - 7) : a] if x in own), None)
            pi = self._person_for(toks, gender, a)
            p = self.people[pi]
            nick = [self.words[t] for t in range(a, b) if self.qid[t] >= 0 and self.caps[t]]
            if len(nick) == 1 and len(toks) >= 2:
                # 'Benni Straub' later is 'Benedikt „Benni“ Straub'
                self.nick_forms[(_fold(nick[0]), _fold(toks[-1]))] = pi
            if b - a == 1 and self.lowers[a] in EN_SOLE_TITLES and lex.lang == "en":
                p.sole = p.sole or self.lowers[a - 1] == "the"
            if gender and not p.gender:
                p.gender = gender
            self._add_roles(p, a, b, role)
            m = Mention(a, b, "name", pi, role)
            self.mention_at[a] = m
            self.mentions.append(m)
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
        nl = self.text.find("\n", self.body_start)
        headline = bisect.bisect_left(self.starts, nl) if nl >= 0 else 0
        extra = []
        by_given_alone: dict[int, bool] = {}  # person: named by the given name alone
        for i in range(self.n):
            if i in covered or self.qid[i] >= 0:
                continue
            if not self._is_cap(i) and not (
                # 'said al-Jabri' after 'Faisal al-Jabri': a lowercase particle opens it
                lex.lang == "en" and self.lowers[i] in lex.name_particles
            ):
                continue
            if i + 2 < self.n and self.words[i + 1] == "-":
                pi = by_surname.get(f"{self.lowers[i]}-{self.lowers[i + 2]}")
                if pi is not None:
                    # 'Oyelaran-Hughes retired': the double-barrelled surname, three tokens
                    covered.update((i + 1, i + 2))
                    extra.append(Mention(i, i + 3, "name", pi, self._role_before(i)))
                    continue
            if not self._is_cap(i):
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
            if lex.lang == "en" and len(cands) > 1:
                # 'Walter Ferris … His daughter, Maya Ferris, … Maya said … Ferris was born':
                # when the others of that surname go by their given names, the surname alone
                # is the one named first (the story's subject)
                first = min(cands, key=lambda k: self.people[k].first_tok)
                for k in cands:
                    if k not in by_given_alone:
                        by_given_alone[k] = self._en_called_by_given(k)
                if any(by_given_alone[k] for k in cands if k != first):
                    best = first
            elif len(cands) > 1:
                # 'Kerstin Ahlbeck verfilmt den Roman ihrer Mutter' in the headline, 'Hedda
                # Ahlbeck' in the text: the surname alone is the one the headline is about
                top = {
                    m.person for m in self.mentions if m.tok_start < headline and m.person in cands
                }
                if len(top) == 1:
                    best = top.pop()  # type: ignore[assignment]
            p = self.people[best]
            if (
                lex.lang == "en"
                and len(p.name_tokens) == 1
                and i >= 2
                and (i - 1) not in covered
                and not self.sent_start(i - 1)
                and self._namelike(i - 1)
                and not self._is_cap(i - 2)
                and self.lowers[i - 2] not in lex.determiners
                and self.lowers[i] == _fold(p.surname)
            ):
                # 'said Dana Whitfield' where only 'Ms. Whitfield' was found: an unlisted
                # given name before the surname gives the full name
                p.name_tokens = [self.words[i - 1], self.words[i]]
                covered.add(i - 1)
                extra.append(Mention(i - 1, i + 1, "name", best, self._role_before(i - 1)))
                continue
            role = self._role_before(i)
            if role:
                add_role(self.people[best], role)
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
        if nxt.isdigit() and e + 3 < self.n and self.words[e + 2] == "," and 0 < int(nxt) < 110:
            return e  # 'Ray Dombrowski, 67, of East Hadley': papers give ages only for people
        if nxt in ("a", "an") and any(
            self.lex.role(self.lowers[k])[0] for k in range(e + 2, min(self.n, e + 5))
        ):
            return e
        return i

    def _en_first_name_alone(self, i: int) -> bool:
        """English: one capitalised word set off by a comma before an age ('Amina, 34,
        said') or a clause about withholding the rest of the name ('Layla, who asked that
        her surname not be used, said') is a person named by the first name alone."""
        if (
            i + 3 >= self.n
            or (i > 0 and self.lowers[i - 1] in self.lex.determiners)
            or (i > 0 and self.lowers[i - 1] in PREPOSITIONS["en"])  # 'In Hexley, 12, 14 …'
            or self.words[i + 1] != ","
        ):
            return False
        low = self.lowers[i]
        nxt = self.words[i + 2]
        if (
            low in self.lex.given_ambiguous
            and self.lex.role(low)[0]
            and self._is_cap(i)
            and self.qid[i] < 0
            and nxt.isdigit()
        ):
            # 'said Dean, 51, a crane operator': a role that is also a given name, before an
            # age, is the given name
            return self.words[i + 3] == "," and 0 < int(nxt) < 110
        if not self._namelike(i) or self.lex.is_org(low) or self.lex.role(low)[0]:
            return False
        if nxt.isdigit():
            # papers give ages only for people
            return self.words[i + 3] == "," and 0 < int(nxt) < 110
        who = False
        for k in range(i + 2, min(self.n, i + 20)):
            low = self.lowers[k]
            if self.qid[k] >= 0 or low in (",", ".", ";"):
                return False
            if low == "year" and k == i + 5 and self.words[i + 3].isdigit():
                # 'Nour, a 19-year-old student' (not 'Kelsham, a 700-year-old town')
                return self.lowers[i + 2] in ("a", "an") and int(self.words[i + 3]) < 110
            who = who or low == "who"
            if who and low in ("name", "surname", "names", "surnames"):
                return True
        return False

    def _de_first_name_aged(self, i: int) -> int:
        """German: a given name, perhaps with the initial of the surname, before an age in
        brackets ('Sabine K. (47)', 'Ehemann Jürgen (51)') names a person, as popular
        papers and police reports do. Returns the name's end, or i."""
        if not self._namelike(i) or self.lex.given_gender(self.lowers[i]) in (None, "?"):
            return i
        e = i + 1
        if (
            e < self.n
            and len(self.words[e]) == 2
            and self.words[e][1] == "."
            and self.words[e][0].isupper()
        ):
            e += 1  # the initial
        if (
            e + 2 < self.n
            and self.words[e] == "("
            and self.words[e + 2] == ")"
            and self.words[e + 1].isdigit()
            and 0 < int(self.words[e + 1]) < 110
        ):
            return e
        return i

    def _en_name_given_as(self, i: int) -> bool:
        """English: is the capitalised word at i the name someone gave in a clause ('who
        gave his name only as Abu Khalil', 'who identified herself only as Dana')?"""
        if i < 3 or self.lowers[i - 1] != "as":
            return False
        for k in range(i - 2, max(-1, i - 8), -1):
            if self.qid[k] >= 0 or self.words[k] in (",", ".", ";"):
                return False
            if self.lowers[k] in ("name", "identified"):
                return True
        return False

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
            # two words, or one double-barrelled surname ('said Kraus-Oyelaran')
            end = min(end, i + 3 if i + 1 < self.n and self.words[i + 1] == "-" else i + 2)
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
        self._add_roles(self.people[pi], i, end, role)
        m = Mention(i, end, "name", pi, role)
        self.mention_at[i] = m
        self.add_mention(m)
        return m


# organisation heads that also name a place: 'of New York City' is a home town
_PLACE_HEADS = frozenset(("city", "county", "district", "municipality"))


def add_role(p: PersonInfo, role: str) -> None:
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
    # someone's words, though the sentence names nobody: a passive with no agent ('die als
    # „nebelartig“ beschrieben wurden': the subject is what was described, not the
    # speaker) or 'hieß es' with no text named
    unnamed: bool = False


@dataclass
class Found:
    """One statement before it becomes a Quote: a character span and its attribution."""

    start: int
    end: int
    attr: Attribution | None
    type: str
    sent: int
    rule: str = ""
