"""Who said a quotation: cues, speakers around them, pronouns, roles and sources.

Part of the rule-based extractor; see quotes.py for the overview."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from bot.nlp.analysis import Analysis, Attribution, Mention, add_role
from bot.nlp.wordlists import (
    ADVERB_EN,
    AGE_NOUN,
    AGE_WORD,
    ANSWER_FORMS,
    AUXILIARIES,
    CLAUSE_MARKS,
    DEFINITE,
    DEMONSTRATIVES,
    EN_CLAUSE_BREAKS,
    EN_FINITE,
    EN_LINKERS,
    EN_POINTED_NOUNS,
    EN_QUANTIFIERS,
    EN_QUESTIONERS,
    EN_RELATIVES,
    EN_ROLE_ADJECTIVES,
    EN_SUBORDINATORS,
    FRONT_PREPOSITIONS,
    GENITIVE,
    INDEFINITE_ARTICLES,
    KIND_WEIGHT,
    OBLIQUE,
    POSSESSIVES_FEMALE,
    POSSESSIVES_MALE,
    PREPOSITIONS,
    QUANTIFIERS,
    QUESTION_FORMS,
    RELATIVE,
    RELATIVE_SUBJECTS,
    SUBORDINATORS,
    VORFELD_VERBS,
    WEEKDAYS_MONTHS,
    is_fragment,
)

if TYPE_CHECKING:
    from bot.nlp.reported import Reported


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
        if (
            lex.lang == "en"
            and low in ("called", "named", "dubbed", "nicknamed")
            and 0 < i < a.n - 2
            and a.qid[i - 1] < 0
            and a.words[i - 1].isalpha()
            and a.words[i - 1].islower()
            and not lex.role(a.lowers[i - 1])[0]
            and a.lowers[i - 1] not in lex.pron_plural
            and (
                a.qid[i + 1] >= 0
                or (a.lowers[i + 1] in ("the", "a") and a.qid[i + 2] >= 0)
                or (a.qid[i + 1] < 0 and a.words[i + 1][:1].isupper() and a.words[i + 1] != "I")
            )
            and self._en_object_noun_before(i)
        ):
            return None  # 'a folding phone called the "Nimbus Fold"': a name given, not speech
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
                    if k + 2 < clause_end and a.words[k + 1] == "," and a.qid[k + 2] >= 0:
                        return (i, k + 1)  # 'kam zu dem Ergebnis, „dass …“': its clause quoted
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
            p = None
            if low in lex.pron_female and not self._de_plural_verb_with(i):
                p = self.resolve_pronoun(i, "f")
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

    def _en_object_noun_before(self, i: int) -> bool:
        """Does a noun phrase that is no sentence's subject end right before token i: 'a
        phone', 'a new feature', or 'the tablet' inside a clause (not 'The group called …')?"""
        a = self.a
        for d in range(i - 2, max(-1, i - 5), -1):
            low = a.lowers[d]
            if low in ("a", "an"):
                return True
            if low == "the":
                return not a.sent_start(d) and d > 0 and a.words[d - 1] not in (",", ";", ":")
            if a.qid[d] >= 0 or not a.words[d].isalpha():
                return False
        return False

    def _de_plural_verb_with(self, i: int) -> bool:
        """German 'sie' at token i with a plural finite verb next to it ('Sie stellten …
        dar', '…, sagten sie', 'schenken sie … keinen Glauben'): 'they', not a woman. The
        verb stands right after a 'sie' that opens its clause, or right before it in
        inverted order; plural forms end in '-en' ('sind' aside), singular ones never do
        ('erschien' aside)."""
        a, lex = self.a, self.lex
        if lex.lang != "de":
            return False
        plural = self._de_plural_verb_at
        opens = i == 0 or a.sent_start(i) or a.words[i - 1] in (",", ";", ":", "–", "—")
        if opens and plural(i + 1):
            return True
        return i > 0 and not opens and a.lowers[i - 1] == a.words[i - 1] and plural(i - 1)

    def _de_plural_verb_at(self, k: int) -> bool:
        """Could token k be a German plural finite verb ('stellten', 'sind')?"""
        a, lex = self.a, self.lex
        if not (0 <= k < a.n) or a.qid[k] >= 0:
            return False
        w = a.words[k]
        if not w.isalpha() or not w.islower() or w in lex.stopwords:
            return False
        if w in PREPOSITIONS["de"] or w in RELATIVE or w in lex.determiners:
            return False  # 'gegen sie', 'denen sie'
        if w.endswith(ADVERB_EN) and not lex.is_cue(w):
            return False  # 'Sie dagegen …', 'sie eben' (not '…, schrieben sie')
        return w == "sind" or (w.endswith("en") and not w.endswith(("ien", "ein")))

    def de_plural_antecedent(self, i: int) -> tuple[int, int] | None:
        """The plural subject a German 'sie' with a plural verb at token i stands for: the
        noun phrase that opens the same sentence (before i) or the one before and is
        followed by a plural verb ('Die Richter und zwei Schöffen erklärten …. Sie …',
        'Die Grünen lehnten … ab. …, schrieben sie'). Token range, or None."""
        a, lex = self.a, self.lex
        s = a.sent_of[i]
        for si in (s, s - 1):
            if si < 0:
                break
            lo, hi = a.sents[si]
            hi = min(hi, i)
            first = a.lowers[lo]
            if lo >= hi or a.qid[lo] >= 0:
                continue
            if first in POSSESSIVES_FEMALE and not lex.role(a.lowers[lo + 1])[0]:
                continue  # 'Ihre Bedenken richten sich …': theirs, not them ('Ihre Sprecher')
            # the sentence opens with its subject: an article, a number or quantifier
            # ('Zwei Richter', 'Einige Experten'), or a bare noun ('Experten'), not an
            # adverb or a preposition ('Danach', 'Nach dem Treffen')
            article = first in lex.determiners or first in QUANTIFIERS or first.isdigit()
            if not article and (
                not a.words[lo][:1].isupper()
                or first in lex.stopwords
                or first in PREPOSITIONS["de"]
                or first in lex.pron_plural
                or first in lex.pron_male
            ):
                continue
            nouns = 0 if article else 1
            for k in range(lo + 1, min(hi, lo + 16)):
                w = a.words[k]
                if a.qid[k] >= 0 or w in (",", ";", ":", "(", "„", '"'):
                    break
                if w[:1].isupper() and a.lowers[k] not in lex.determiners:
                    nouns += 1
                elif (
                    nouns
                    and a.words[k - 1][:1].isupper()
                    and a.lowers[k - 1] not in lex.determiners
                    and self._de_plural_verb_at(k)
                    and k + 1 != i  # 'Zahlen nannten sie': the fronted object of 'sie'
                ):
                    # the finite verb right after the subject's noun ('… Mitarbeiter
                    # erklärten'); an adjective follows an article ('die anderen Richter')
                    return (lo, k)
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
        'the Liberal Democrat MP', 'the Grammy winner', 'a Northgrid Power spokesperson'),
        not a name?"""
        a, lex = self.a, self.lex
        if (
            lex.lang != "en"
            or j == 0
            or a.lowers[j - 1] not in ("the", "a", "an")
            or not a.words[k][0].isupper()
        ):
            return False
        if k in a.mention_at or lex.is_org(a.lowers[k]):
            return False
        # one more word after a plural owner's apostrophe ('the International Salmon
        # Producers' Council')
        reach = (
            j + 5 if any(a.words[r] in ("'", "’") for r in range(k + 1, min(hi, j + 4))) else j + 4
        )
        for r in range(k + 1, min(hi, reach)):
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

    def _en_org_complement(self, end: int, hi: int) -> int:
        """English: the end of an organisation named after a role at end - 1 ('a spokesperson
        for Halvorsen Bank', 'a spokeswoman for the Department of Health', 'an analyst at
        the Bank of Lisbon'), or end when none follows. A person after the role ('a lawyer
        for Ms. Roe') is whom the role serves, left out."""
        a, lex = self.a, self.lex
        if end + 1 >= hi or a.qid[end] >= 0 or a.lowers[end] not in ("for", "of", "at"):
            return end
        k = end + 1
        if a.lowers[k] == "the":
            k += 1
        last = -1
        while k < min(hi, end + 12) and a.qid[k] < 0:
            low = a.lowers[k]
            if (
                a.words[k][:1].isupper()
                and a.words[k][-1] != "."
                and low not in lex.stopwords
                and low not in WEEKDAYS_MONTHS
                and not lex.is_cue(low)
            ):
                m = a.mention_at.get(k)
                if m is not None and m.person is not None and a.people[m.person].kind == "person":
                    return end
                last = k
            elif not (
                last == k - 1
                and low in ("of", "for", "and", "&", "'s", "’s")
                and k + 1 < hi
                and a.words[k + 1][:1].isupper()
            ):
                break
            k += 1
        return last + 1 if last >= 0 else end

    def noun_phrase(self, i: int, hi: int) -> Mention | None:
        """'der Minister', 'ein Sprecher der Polizei', 'das Ministerium', 'die Vorsitzende
        der Kommission, Petra Lindqvist' -> a mention of the person or organisation."""
        a, lex = self.a, self.lex
        j = i
        if a.lowers[j] in lex.determiners:
            j += 1
        # adjectives and the like
        k, glued = j, 0
        while (
            k < hi
            and k < j + 3 + glued
            and a.qid[k] < 0
            and (
                a.words[k][0].islower()
                or self._en_cap_modifier(k, j, hi)
                # 'die 52-jährige Regisseurin', 'the 45-year-old driver'; not 'der
                # 81-jährige sagte', a German noun written in lowercase
                or (
                    a.words[k][0].isdigit()
                    and a.words[k].partition("-")[2][:1].islower()
                    and (lex.lang == "en" or (k + 1 < hi and a.words[k + 1][:1].isupper()))
                )
                # 'die 31 Jahre alte Kreisläuferin': the age in words before the noun
                or (
                    lex.lang == "de"
                    and a.words[k].isdigit()
                    and k + 3 < hi
                    and a.lowers[k + 1] == "jahre"
                    and a.lowers[k + 2] in ("alte", "alter", "alten")
                    and a.qid[k + 1] < 0
                )
            )
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
            if lex.lang == "de" and k < hi and a.lowers[k] == "jahre" and a.words[k - 1].isdigit():
                k += 1  # '31 Jahre alte': past 'Jahre' to the adjective
                glued += 1
            if (
                lex.lang == "en"
                and k + 1 < hi
                and a.words[k] in ("'", "’")
                and a.qid[k] < 0
                and a.ends[k - 1] == a.starts[k]
                and a.lowers[k - 1].endswith("s")
                and a.words[k + 1][:1].isupper()
            ):
                k += 1  # 'the Salmon Producers' Council': a plural owner inside the name
                glued += 1
        if k >= hi or a.qid[k] >= 0:
            return None
        low = a.lowers[k]
        is_role, gender = lex.role(low)
        if is_role and lex.lang == "en":
            # 'a former deputy director', 'the team captain': the last role word is the head;
            # so in 'Chief Minister Ravi Das', 'Deputy Mayor …', capitalised
            while (
                k + 1 < hi
                and a.qid[k + 1] < 0
                and (a.words[k + 1][0].islower() or (a.caps[k] and a.caps[k + 1]))
            ):
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
            if lex.lang == "en":
                end = self._en_org_complement(end, hi)
            # genitive complement: 'der Polizei', 'des Ministeriums'; but after the speaker
            # of a speech verb 'der Deutschen Presse-Agentur' is whom she spoke to
            if (
                end == k + 1
                and end + 1 < hi
                and a.lowers[end] in ("der", "des", "of", "the")
                # 'der SPD', 'der IG Metall': an acronym is a name too
                and (a._is_cap(end + 1) or (lex.lang == "de" and a.words[end + 1][:1].isupper()))
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
                add_role(
                    a.people[m.person], a.text[a.starts[k] : a.ends[end - 1]]
                ) if m.person is not None else None
                return m
            if lex.lang == "en" and end + 2 < hi and a.words[end] == ",":
                # 'The landlord, Corvell Property Partners, said': an organisation in
                # apposition is the speaker
                e = end + 1
                while e < min(hi, end + 7) and a.qid[e] < 0 and a.words[e][:1].isupper():
                    e += 1
                if e > end + 1 and e < hi and a.words[e] == "," and lex.is_org(a.lowers[e - 1]):
                    return Mention(end + 1, e, "org", None)
            # 'ein Sprecher', 'eine Polizistin': someone new, not the holder named before
            indefinite = a.lowers[i] in INDEFINITE_ARTICLES
            # English 'the finance minister' is not the prime minister named before
            mod = a.lowers[k - 1] if lex.lang == "en" and k - 1 >= j else None
            if mod is not None and a.words[k - 1][0].isupper():
                mod = None  # 'the Labour MP' is the 'local MP' named before
            # 'die Richter', 'die Sprecher': 'die' before a masculine role is the plural,
            # several people, not the one holder named before
            if lex.lang == "de" and a.lowers[i] == "die" and gender == "m":
                return Mention(i, end, "role", None, a.words[k])
            person = None if indefinite else self.resolve_role(k, low, gender, mod)
            if (
                person is not None
                and lex.lang == "en"
                and a.lowers[i] == "the"
                and end == k + 1
                and i not in a.mention_at
                and a.qid[i] < 0
            ):
                # 'Judge Ann Roe … the barrister, Lou Tran, said … the judge said …. "…," she
                # told him': the judge, named again by her role, is the last woman mentioned
                m = Mention(i, end, "role", person, a.words[k])
                a.mention_at[i] = m
                a.add_mention(m)
                return m
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
                # holds describes the subject of the sentence before (but not one who asked:
                # 'Ob …, wollte er wissen. „…“, antwortete der Zeuge.')
                person = self._described(i, k, again=False)
                if person is not None and self._answer_to_question(i, end):
                    person = None
                if (
                    person is None
                    and lex.lang == "de"
                    # only in a speech tag: 'sagt die 52-jährige Regisseurin' (not the
                    # genitive plural 'nach Ansicht der Kritiker')
                    and (
                        (end < a.n and a.qid[end] < 0 and lex.is_cue(a.lowers[end]))
                        or (i > 0 and a.qid[i - 1] < 0 and lex.is_cue(a.lowers[i - 1]))
                    )
                ):
                    person = self._sole_roleless(i, a.lowers[i])
                    if person is not None:
                        # the role is hers now; a 'sie' after it means her
                        add_role(a.people[person], a.words[k])
                        if i not in a.mention_at:
                            m = Mention(i, end, "role", person, a.words[k])
                            a.mention_at[i] = m
                            a.add_mention(m)
                            return m
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
        # 'der 81-jährige sagte': the noun written in lowercase, no noun after it
        age = AGE_NOUN.match(word) or (
            AGE_WORD.match(word) and (k + 1 >= hi or not a.words[k + 1][:1].isupper())
        )
        if j > i and (age or (word.isupper() and word.isalpha() and len(word) >= 2)):
            # 'der 58-Jährige' (someone described) / 'die CCE' (an organisation by acronym)
            kind = "role" if age else "org"
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
                    add_role(a.people[m.person], a.text[a.starts[k] : a.ends[n - 1]].rstrip(" ,"))
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
        if person is not None and AGE_NOUN.match(a.words[k]) and self._other_age(person, i, k):
            # 'Jonas Wessel … sagte der 27-Jährige. … „…“, meinte der 21-Jährige': not the
            # brother of 27, but the one other person of that surname
            surname = a.people[person].surname
            others = [
                pi
                for pi, p in enumerate(a.people)
                if pi != person and p.surname == surname and p.gender in (gender, None)
            ]
            return others[0] if len(others) == 1 else None
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
        # 'Die Creme von Anna Glas fiel durch. … hat die Schauspielerin geklagt': with only
        # one person of this gender named so far, the description is hers
        before = [p.gender for p in a.people if p.first_tok < i]
        plo = a.sents[si - 1][0]
        if (
            before.count(gender) == 1
            and None not in before
            and low.endswith(tuple(self.lex.epithets))
            # not after 'Eine Zeugin schilderte …': someone new, unnamed
            and a.lowers[plo] not in INDEFINITE_ARTICLES
        ):
            return next(
                pi for pi, p in enumerate(a.people) if p.first_tok < i and p.gender == gender
            )
        return None

    def _other_age(self, person: int, i: int, k: int) -> bool:
        """Was this person described before k by an age noun of another age ('der
        27-Jährige' before 'der 21-Jährige')?"""
        a = self.a
        for j in range(k - 1, max(0, k - 2000), -1):
            if (
                a.qid[j] < 0
                and a.lowers[j] != a.lowers[k]
                and a.lowers[j - 1] == a.lowers[i]
                and AGE_NOUN.match(a.words[j])
                and self._described(j - 1, j, again=False) == person
            ):
                return True
        return False

    def _sole_roleless(self, i: int, article: str) -> int | None:
        """'Kerstin Ahlbeck … „…“, sagt die 52-jährige Regisseurin.': a role nobody in the
        article holds is the one person of its gender named before i without any role of
        their own; with two such people it is too unsure a guess."""
        a = self.a
        gender = {"der": "m", "die": "f"}.get(article)
        found = [
            pi
            for pi, p in enumerate(a.people)
            if p.kind == "person" and p.gender == gender and not p.roles and p.first_tok < i
        ]
        return found[0] if len(found) == 1 else None

    def _answer_to_question(self, i: int, end: int) -> bool:
        """Does the mention [i, end) answer ('antwortete der Zeuge') a question asked in the
        sentence before ('fragte', 'wollte … wissen', '?')?"""
        a = self.a
        if not (
            (i > 0 and a.lowers[i - 1] in ANSWER_FORMS)
            or (end < a.n and a.lowers[end] in ANSWER_FORMS)
        ):
            return False
        si = a.sent_of[i]
        if si == 0:
            return False
        lo, hi = a.sents[si - 1]
        return any(
            a.qid[t] < 0 and (a.lowers[t] in QUESTION_FORMS or a.words[t] == "?")
            for t in range(lo, hi)
        )

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
            if a.lowers[lo] in (self.lex.pron_male if gender == "m" else self.lex.pron_female) or (
                # 'Der Fraktionschef wies das zurück. …, sagte der FW-Politiker.': a role
                # named before, opening the sentence with no speech verb of its own
                lo + 1 < hi
                and a.lowers[lo] == {"m": "der", "f": "die"}[gender]
                and a.qid[lo + 1] < 0
                and self.lex.role(a.lowers[lo + 1])[0]
            ):
                # 'Sie joggt an der Leine. …, erzählt die SPD-Politikerin.'
                m = self.mention_at(lo, hi)
                if m is not None and m.person is not None and m.tok_start == lo:
                    if a.people[m.person].gender in (gender, None) or m.kind == "pronoun":
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
            if not any(
                a.qid[t] < 0
                and a.lowers[t] in self.lex.konjunktiv
                and not a.lowers[t].endswith("te")
                for t in range(lo, hi)
            ):
                # 'X sagte, … sei … Kinder müssten … Wenn …, fehle …': Konjunktiv sentences
                # carry the report on, so they keep its speaker the subject
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
        en = self.lex.lang == "en"
        if en:
            self._en_role_speakers_before(i)
        # the mentions before i, nearest first, within a bounded look-back
        end = bisect.bisect_left(a.mention_starts, i)
        fallback_tok, checked = -1, False
        skip = None
        if (
            en
            and 1 < i < a.n - 2
            and a.words[i - 1] == ","
            and a.words[i + 2] == ","
            and a.qid[i + 1] < 0
            and self.lex.is_cue(a.lowers[i + 1])
            and end > 0
            and a.mentions[end - 1].tok_end == i - 1
        ):
            # 'Ferris, he said, stayed on the radio': the one named is what is reported
            # about, not who reports it
            skip = a.mentions[end - 1].person
        for idx in range(end - 1, max(-1, end - 200), -1):
            m = a.mentions[idx]
            if m.person is None or m.person == skip:
                continue
            if (
                not en
                and m.tok_end <= i
                and a.sent_of[m.tok_start] == a.sent_of[i]
                and not any(
                    a.words[k] in CLAUSE_MARKS or a.qid[k] >= 0 or a.lowers[k] in SUBORDINATORS
                    for k in range(m.tok_end, i)
                )
            ):
                # 'Die Kritik an Paul Roth wollte er nicht äußern': a pronoun never stands for
                # a name earlier in its own clause
                continue
            if en and self._generic_subject_between(m.tok_start, i):
                # 'A senior diplomat … said … he said': not the minister before; but one of
                # unknown gender named after the diplomat, as the subject just before, is
                if fallback is not None and self._near_subject(fallback, i):
                    return fallback
                return None
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

    def _en_role_speakers_before(self, i: int) -> None:
        """Make mentions of 'the <role>' in a speech tag ('the judge said', 'said the
        coach') in the sentence of token i and the two before, so that a pronoun after
        them finds the person the role names as the last one mentioned."""
        a, lex = self.a, self.lex
        lo = a.sents[max(0, a.sent_of[i] - 2)][0]
        for j in range(lo, i - 1):
            if (
                a.lowers[j] != "the"
                or j in a.mention_at
                or a.qid[j] >= 0
                or a.qid[j + 1] >= 0
                or not lex.role(a.lowers[j + 1])[0]
            ):
                continue
            if (j + 2 < a.n and a.qid[j + 2] < 0 and lex.is_cue(a.lowers[j + 2])) or (
                j > 0 and a.qid[j - 1] < 0 and lex.is_cue(a.lowers[j - 1])
            ):
                self.mention_at(j, a.sents[a.sent_of[j]][1])

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
                    if low in EN_QUESTIONERS:
                        break  # 'A reporter pressed her: "…?"': the one who answers is asked
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
                and a.lowers[t - 1] not in EN_QUESTIONERS
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
            if (
                m.tok_start > lo
                and a.lowers[m.tok_start - 1] in preps
                # 'Für Roth geht die Arbeit weiter': the fronted 'für' names the topic
                and not (m.tok_start == lo + 1 and a.lowers[lo] == "für" and self.lex.lang == "de")
            ):
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
            if (
                en
                and a.lowers[i] in ("who", "whom", "whose", "which")
                and i > lo
                and a.words[i - 1] == ","
            ):
                # 'Rivers, 29, who sued Barry Lancaster, said …', 'Northgrid, which runs the
                # network, said …': not the relative clause's
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
            if (
                en
                and m.kind in ("role", "generic")
                and i + 1 < hi
                and a.lowers[i] in ("for", "to")
                and a.caps[i + 1]
            ):
                # 'a spokesperson for Energy Minister Graham Pettifer said', 'an adviser to
                # President Ruiz': whom the role serves, not a second subject
                i += 1
                while i < hi and a.qid[i] < 0 and a.caps[i]:
                    i += 1
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
                if not is_fragment(a.text[q.start + 1 : q.end - 1]):
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
                c = commas[0]
                # but 'sagte die Chefin der IG Metall, Sabine Roth, …': the role's apposition
                cands = [
                    m
                    for m in cands
                    if m.tok_start < c
                    or (
                        m.tok_start == c + 1
                        and m.kind == "name"
                        and self.lex.lang == "de"
                        and any(self.lex.role(a.lowers[k])[0] for k in range(cue + 1, c))
                    )
                ]
        if cue is not None and self.lex.lang == "en" and cands:
            # 'Grabowski declined to comment, but a spokeswoman said …': the clause after
            # the conjunction has its own subject
            a = self.a
            but = max(
                (
                    k
                    for k in range(lo, min(cue, hi) - 1)
                    if a.words[k] == "," and a.qid[k] < 0 and a.lowers[k + 1] in EN_CLAUSE_BREAKS
                ),
                default=-1,
            )
            if but >= 0 and any(m.tok_start > but for m in cands):
                cands = [m for m in cands if m.tok_start > but]
        if not cands:
            owners = self.a.mention_at
            for k in range(lo, hi):
                # neither the owner nor, past the subject's place, the thing owned:
                # 'Rücktritt Hartmanns', 'würdigte Obamas Einsatz' (but 'Müllers Sohn sagte')
                owner = owners.get(k - 1)
                if (
                    self.lex.lang == "en"
                    and k > lo
                    and (self.a.caps[k - 1] or self.a.words[k - 1] == "&")
                ):
                    continue  # 'The White House', 'Kessler & Moyne': a name starts at its first capital
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
                if m is None and self.a.words[hi - 1] == ",":
                    rel = next(
                        (
                            k
                            for k in range(lo + 2, hi)
                            if self.a.words[k - 1] == "," and self.a.lowers[k] in ("who", "which")
                        ),
                        -1,
                    )
                    if rel > 0:
                        m = self._en_subject(lo, rel - 1)  # 'Northgrid, which runs …, said'
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
        while hi - 1 > s and a.lowers[hi - 1] in ("has", "have", "had"):
            hi -= 1  # 'Shipping lines have warned': not the auxiliary
        first, last = a.lowers[s], a.lowers[hi - 1]
        if not (
            first in lex.determiners
            or first in EN_QUANTIFIERS
            or (a.words[s][0].isupper() and first not in lex.stopwords)
            # 'where critics called it …': a plural of people; '…, economists polled by
            # Reuters said': with its modifiers after a comma
            or (
                first.endswith("s")
                and lex.role(first[:-1])[0]
                and (hi - s == 1 or (s > 0 and a.words[s - 1] == ","))
            )
        ):
            return None
        if not last.isalpha() or last in lex.stopwords or lex.is_cue(last):
            return None
        return Mention(s, hi, "generic", None)

    def _de_participle_phrase_end(self, j: int, hi: int) -> int:
        """German: 'die in Halle erscheinende „Zeitung“', 'der in Basel ansässige Konzern': a
        preposition, a capitalised place and a participle in -nd-/adjective in -ig- before
        the head of a noun phrase; returns the token after the participle (or j)."""
        a = self.a
        if (
            self.lex.lang != "de"
            or j + 2 >= hi
            or a.lowers[j] not in PREPOSITIONS["de"]
            or not a.caps[j + 1]
            or a.qid[j + 1] >= 0
        ):
            return j
        k = j + 2
        if k + 1 < hi and a.caps[k] and a.qid[k] < 0:
            k += 1  # 'in Bad Tölz'
        w = a.lowers[k]
        if a.qid[k] < 0 and a.words[k].islower() and w.rstrip("nmrs").endswith(("nde", "ige")):
            return k + 1
        return j

    def _lowercase_paper(self, j: int, inner: str, hi: int) -> bool:
        """'Die „taz“ zieht ein Fazit', 'Auch der „kicker“ bestätigt das': one lowercase
        word quoted after an article and followed by a lowercase word (a verb, not the noun
        of 'der „neue“ Plan') is a name."""
        a = self.a
        nxt = a.q_last[a.qid[j]] + 1
        return (
            self.lex.lang == "de"
            and inner.isalpha()
            and inner.islower()
            and j > 0
            and a.lowers[j - 1] in DEFINITE
            and nxt < hi
            and a.qid[nxt] < 0
            and a.words[nxt].isalpha()
            and a.words[nxt].islower()
        )

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
                j = self._de_participle_phrase_end(j, hi)
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
                    and is_fragment(inner)
                    and (inner[:1].isupper() or self._lowercase_paper(j, inner, hi))
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
                or (j == start and self._prep_before_adjectives(j, lo, preps))
                or a.en_prep_before(start)
                or a.lowers[start] in OBLIQUE
                or lex.is_cue(low)
                # 'at Dunmore Securities': not the tail of a name after a preposition
                or (
                    lex.lang == "en"
                    and j == start
                    and j > 0
                    and (a.caps[j - 1] or a.words[j - 1] == "&")
                )
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

    def _prep_before_adjectives(self, j: int, lo: int, preps: frozenset[str]) -> bool:
        """Is the bare noun j the object of a preposition before its adjectives ('…,
        berichteten von wacheren und besser gelaunten Schülern')?"""
        a, t = self.a, j - 1
        while (
            t >= lo
            and j - t < 6
            and a.qid[t] < 0
            and a.words[t].isalpha()
            and a.words[t].islower()
            and a.lowers[t] not in preps
            and (a.lowers[t][-1:] in "enrs" or a.lowers[t] in ("und", "oder"))
            and not self.lex.is_cue(a.lowers[t])
        ):
            t -= 1
        return t >= lo and t < j - 1 and a.lowers[t] in preps

    def en_document_author(self, lo: int, hi: int) -> int | None:
        """'a statement from the club', 'a letter by the residents': a text (not a
        spokesman) from or by someone; where the phrase naming its author starts."""
        a = self.a
        k = lo + 1 if lo < hi and a.lowers[lo] in self.lex.determiners else lo
        if (
            self.lex.lang == "en"
            and k + 2 < hi
            and a.qid[k] < 0
            and a.lowers[k] in self.lex.cue_nouns
            and not self.lex.role(a.lowers[k])[0]
            and a.lowers[k + 1] in ("from", "by")
        ):
            return k + 2
        return None

    def document_source(self, cue: tuple[int, int], lo: int, hi: int) -> Mention | None:
        """'In dem Antrag heißt es wörtlich: „…“' / '„…“, hieß es in einer Erklärung der
        Partei': a verb with an impersonal 'es' has no speaker; the text or place named in
        its clause ('dem Antrag', 'einer Erklärung der Partei') is the source. A person
        named there ('hieß es vom Abgeordneten Viktor Oserow') is the speaker."""
        a, lex = self.a, self.lex
        c = cue[0]
        if a.lowers[c] not in lex.impersonal_cues:
            return None
        if not impersonal_es(a, lo, hi, c, 1):
            return None

        def stop(k: int) -> bool:
            """The clause ends at a comma, colon or quoted statement (not at a quoted name
            such as 'der Zeitung „Hoy“')."""
            if a.qid[k] >= 0:
                q = a.quotes[a.qid[k]]
                return not is_fragment(a.text[q.start + 1 : q.end - 1])
            return a.words[k] in (",", ":", ";", "(")

        right = c + 1
        while right < hi and not stop(right):
            right += 1
        left = c
        while left > lo and not stop(left - 1):
            left -= 1
        if (
            left > lo + 1
            and a.words[left - 1] == ","
            and a.lowers[left] in ("in", "bei", "aus")
            and left + 1 < c
            and a.lowers[left + 1] in RELATIVE
        ):
            # '… die Erklärung der Behörde, in der es heißt, …': the antecedent, the text
            # the relative clause points back to
            m = _reported(a, self).antecedent_source(lo, left - 1)
            if m is not None:
                return m
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
            is_fragment(inner)
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
                    if not is_fragment(a.text[q.start + 1 : q.end - 1]):
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
            author = self.en_document_author(cue[1], stop)
            if author is not None:
                # '"…," read a statement from the club': the club speaks
                m = next(iter(self.candidates(author, stop, after_preposition=True)), None)
                if m is not None:
                    return Attribution(m, cue)
            m = self.best_speaker(cue[1] if cue[1] - cue[0] == 1 else cue[0] + 1, stop, cue[0])
            if m is None and a._namelike(cue[0] + 1):
                m = a.add_name_at(cue[0] + 1)
            if m is not None:
                return Attribution(m, cue)
            # verb-final: 'X hat es „…“ genannt' — the subject stands before the quote;
            # in a passive ('Der Plan war als „…“ bezeichnet worden') the agent or source
            s_start = a.sents[a.sent_of[last]][0]
            if self.lex.lang == "de":
                agent = _reported(a, self).passive(s_start, a.q_first[qi], cue[0])
                if agent is not None:
                    return Attribution(agent[0], cue, unnamed=agent[0] is None)
                m = self.relative_speaker(s_start, a.q_first[qi])
                if m is not None:
                    return Attribution(m, cue)
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

    def relative_speaker(self, lo: int, first: int) -> Mention | None:
        """German: '…, ein Verband der Veteranen, die vor einer „…“ warnen': a quotation in
        a relative clause whose pronoun is its subject (no one else named in the clause
        before the quotation) is the words of the person or body named right before the
        comma. A person: the pronoun, naming them, as annotators mark it; a body or an
        unnamed role: its own mention."""
        a = self.a
        r = next(
            (k + 1 for k in range(first - 1, lo, -1) if a.words[k] == "," and a.qid[k] < 0), None
        )
        if r is None or r >= first or a.lowers[r] not in RELATIVE_SUBJECTS:
            return None
        nxt = a.words[r + 1]
        if self.candidates(r + 1, first) or (nxt[:1].isupper() and a.qid[r + 1] < 0):
            return None  # '…, die der Minister als „…“ bezeichnete', '…, die Experten …'
        comma = r - 1
        q = a.qid[comma - 1]
        if q >= 0 and a.q_first[q] - 1 > lo and a.lowers[a.q_first[q] - 1] in self.lex.determiners:
            inner = _inner(a, q)
            if is_fragment(inner) and inner[:1].isupper():
                # 'urteilte die „Süddeutsche Zeitung“, die von einem „…“ sprach': a paper
                return Mention(a.q_first[q] - 1, comma, "org", None)
        for k in range(max(lo, comma - 8), comma):
            m = self.mention_at(k, comma)
            if m is not None and m.tok_end == comma and m.kind in ("name", "role", "org"):
                if m.person is not None:
                    return Mention(r, r + 1, "pronoun", m.person)
                return m
            low = a.lowers[k]
            if (
                a.caps[k]
                and a.qid[k] < 0
                and (self.lex.is_org(low) or self.lex.is_org(low[:-1]) or self.lex.is_org(low[:-2]))
                and self._genitive_chain(k + 1, comma)
            ):
                # 'des Verbandes der Veteranen': a body in the genitive, to the comma
                start = k - 1 if a.lowers[k - 1] in self.lex.determiners else k
                return Mention(start, comma, "org", None)
        # '…, ein Kommentar, der den Plan als „…“ bezeichnet', '… die Medien, die „…“
        # berichtet hätten': the noun phrase right before the comma
        d = next(
            (
                k
                for k in range(comma - 2, max(lo, comma - 5) - 1, -1)
                if a.lowers[k] in self.lex.determiners
            ),
            None,
        )
        if (
            d is not None
            and a.caps[comma - 1]
            and all(a.qid[j] < 0 for j in range(d, comma))
            and all(a.words[j].isalpha() and a.words[j].islower() for j in range(d + 1, comma - 1))
        ):
            return Mention(d, comma, "generic", None)
        return None

    def _genitive_chain(self, lo: int, hi: int) -> bool:
        """Is [lo, hi) only genitive attachments ('der Veteranen', 'des Landes Berlin'),
        not the rest of a clause ('kritisierte dafür scharf die Medien')?"""
        a = self.a
        after_article = False
        for j in range(lo, hi):
            low = a.lowers[j]
            if a.qid[j] >= 0:
                return False
            if low in GENITIVE:
                after_article = True
            elif a.caps[j] or a.words[j].isupper():
                after_article = False
            elif not (after_article and a.words[j].isalpha()):
                return False  # a lowercase word not an adjective after the article
        return True

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
                if not is_fragment(a.text[q.start + 1 : q.end - 1]):
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
            m.kind in ("name", "pronoun", "role") and not is_fragment(inner) and inner[:1].isupper()
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
        if (
            j < hi
            and a.lowers[j] in lex.cue_nouns
            and lex.lang == "de"
            and a.lowers[lo] in POSSESSIVES_MALE | POSSESSIVES_FEMALE
        ):
            # 'Seine Meinung zu Kirchhof:', 'Ihr Fazit:': the owner of the words speaks
            gender = "m" if a.lowers[lo] in POSSESSIVES_MALE else "f"
            si = a.sent_of[lo]
            owner = self._subject_before(si, gender, 1) if si else None
            if owner is None and si:
                # '… wollte er nicht äußern. Seine Meinung: …': whom that pronoun names
                plo, phi = a.sents[si - 1]
                prons = lex.pron_male if gender == "m" else lex.pron_female
                t = next(
                    (t for t in range(plo, phi) if a.lowers[t] in prons and a.qid[t] < 0), None
                )
                pm = self.mention_at(t, phi) if t is not None else None
                owner = pm.person if pm is not None else None
            if owner is None:
                owner = self.resolve_pronoun(lo, gender)
            return Mention(lo, lo + 1, "pronoun", owner) if owner is not None else None
        if j > lo and lex.lang == "de":
            while j < hi - 1 and a.qid[j] < 0 and a.words[j].isalpha() and a.words[j].islower():
                j += 1  # 'Die ersten Worte …'
        if j < hi and a.lowers[j] in lex.cue_nouns and j + 1 < hi:
            if a.lowers[j + 1] in ("von", "vom", "of"):
                m = self.mention_at(j + 2, hi) or a.add_name_at(j + 2, strict=True)
                if m is not None and m.kind in ("name", "role", "org"):
                    return m
            if lex.lang == "de" and (m := a.mention_at.get(j + 1)) is not None and m.kind == "name":
                return m  # 'Die ersten Worte Armstrongs', 'Die Antwort Müllers': the owner's
            return None
        m = self.mention_at(lo, hi)
        if m is None and j > lo:
            # 'Die (in Halle erscheinende) „Nordpost“ sieht es so:': a quoted paper's name
            g = self.generic_np(lo, hi, None)
            if (
                g is not None
                and g.tok_start == lo
                and g.kind == "org"
                and a.qid[g.tok_end - 1] >= 0
            ):
                return g
        if m is None or m.genitive or m.kind not in ("name", "pronoun", "role", "org"):
            return None
        if m.kind == "pronoun" and m.person is None:
            return None
        return m

    def speech_noun_content(self, lo: int, first: int) -> Mention | None:
        """German: '… den Vorwurf der Opposition, es handle sich um einen „…“, …', '… die
        Behauptung des Ministers, dass die Lage „…“ sei': a clause right after a noun of
        saying (and its owner) gives what was said; the owner, or the noun phrase itself,
        is the speaker, not the subject of the sentence, nor the one a speech verb after the
        clause introduces ('…, entgegnete X'). A noun with no owner ('X ist der Meinung,
        dass …') leaves the clause to the subject."""
        a, lex = self.a, self.lex
        if lex.lang != "de":
            return None
        comma = next(
            (k for k in range(first - 1, lo, -1) if a.words[k] == "," and a.qid[k] < 0), None
        )
        if comma is None or comma + 1 >= first:
            return None
        rep = _reported(a, self)
        opener = a.lowers[comma + 1]
        if opener not in ("dass", "daß", "wonach") and not (
            opener not in RELATIVE and rep.konj(comma + 1, first)
        ):
            return None
        np_lo = rep.np_start(lo, comma)
        if np_lo < comma and a.lowers[np_lo] in PREPOSITIONS["de"]:
            np_lo += 1  # 'Auf den Vorwurf …' opening the sentence
        if np_lo >= comma:
            return None
        head = np_lo + 1 if a.lowers[np_lo] in lex.determiners else np_lo
        if (
            head + 2 >= comma
            or a.lowers[head] not in lex.cue_nouns
            or not a.caps[head]
            or a.lowers[head + 1] not in ("des", "der", "von", "vom")
        ):
            return None  # 'X ist der Meinung, dass …': no owner, the subject's own words
        for m in self.candidates(head + 2, comma, after_preposition=True):
            if m.person is not None:
                return m  # 'die Behauptung des Ministers Jan Roth, …': the person
            break
        return Mention(np_lo, comma, "source", None)

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
        if a.lowers[cue[0]] in self.lex.impersonal_cues and impersonal_es(a, lo, hi, cue[0], 1):
            # '…, hieß es, sicher sei, dass „händeringend“ Kräfte gesucht würden': nobody
            return Attribution(None, cue, unnamed=True)
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
        if m is None and self.lex.lang == "de" and first < cue[0]:
            # 'Die Pläne wurden als „…“ kritisiert': a passive with no agent names nobody;
            # its subject is what was spoken about
            p = next((k for k in range(cue[1], hi) if a.words[k] == "," and a.qid[k] < 0), hi)
            found = _reported(a, self).passive(lo, p, cue[0])
            if found is not None and found[0] is None:
                return Attribution(None, cue, unnamed=True)
        if m is None:
            # the structure tells no one: a quoted term needs a speaker to be kept at
            # all, so the likeliest mention stands in
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
        if not _reported(a, self).konj(a.sents[a.sent_of[c]][0], c - 1):
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
            if m is None and (a.caps[k] or a.lowers[k] in self.lex.determiners):
                # 'spricht der Gesetzentwurf': a text or body no lexicon knows
                m = self.generic_np(k, min(hi, k + 5), None)
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
        if s == e and e - 1 > lo and a.words[e - 1] == "," and a.qid[e - 1] < 0:
            # 'The party's leader, Friedrich Wendland, accused Vollmer of "…"': a name in
            # apposition closes the subject
            m = self.best_speaker(lo, e - 1, e - 1)
            if m is not None and m.kind == "name" and m.tok_end == e - 1 and not m.genitive:
                return m
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
        rep = _reported(a, self)
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

    def de_pointer_after(self, qi: int) -> Attribution | None:
        """German: the sentence after a quotation names whose words they were with a
        demonstrative and a noun of saying: '… sollte „…“ schaffen. Von diesem Versprechen
        des damaligen Präsidenten X ist wenig geblieben.', '„…“ Diese Worte der Ministerin
        …'. The owner in the genitive (or after 'von') is the speaker, whoever else the
        quotation's own sentence names. Only for the last quotation of its sentence, with
        the pointing sentence next in the same paragraph."""
        a, lex = self.a, self.lex
        last = a.q_last[qi]
        if lex.lang != "de" or last < 0:
            return None
        si = a.sent_of[last]
        s_end = a.sents[si][1]
        if si + 1 >= len(a.sents) or any(a.qid[k] >= 0 for k in range(last + 1, s_end)):
            return None
        lo, hi = a.sents[si + 1]
        if "\n" in a.text[a.ends[s_end - 1] : a.starts[lo]] or a.qid[lo] >= 0:
            return None
        k = lo + 1 if a.lowers[lo] in PREPOSITIONS["de"] else lo
        if (
            k + 3 >= hi
            or a.lowers[k] not in DEMONSTRATIVES
            or not (a.lowers[k + 1] in lex.cue_nouns or a.lowers[k + 1][:-1] in lex.cue_nouns)
            or a.lowers[k + 2] not in ("des", "der", "von", "vom")
        ):
            return None
        for m in self.candidates(k + 3, min(hi, k + 10), after_preposition=True):
            if m.kind in ("name", "role", "org"):
                return Attribution(m, None)
            break
        return None

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
        hit = _reported(a, self).source(lo, hi)
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
        rep = _reported(a, self)
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
            if end <= src[0] or (end < src[1] and is_fragment(_inner(a, a.qid[end]))):
                continue  # nor a name inside the phrase: 'laut dem Magazin „auto“'
            m = rep.source_speaker(src[0], end)
            if m is not None:
                return Attribution(m, (k, k + 1))
        return None


# --- the whole article ------------------------------------------------------------------------


def impersonal_es(a: Analysis, lo: int, hi: int, c: int, reach: int) -> bool:
    """Has the verb at c its impersonal 'es' ('heißt es', 'es hieß'), within `reach`
    words in [lo, hi)? In a verb-final relative clause the 'es' follows the pronoun, the
    verb comes last ('…, in denen es zu den Protesten auch heißt')."""
    if any(a.lowers[k] == "es" for k in range(max(lo, c - reach), min(hi, c + reach + 1))):
        return True
    return any(
        a.lowers[k] == "es" and a.lowers[k - 1] in RELATIVE for k in range(max(lo + 1, c - 10), c)
    )


def _inner(a: Analysis, qi: int) -> str:
    """The words of quotation qi, without its marks."""
    q = a.quotes[qi]
    return a.text[q.start + 1 : q.end - 1].strip()


def colon_subject(a: Analysis, att: Attributor, lo: int, colon: int) -> Mention | None:
    """The speaker of a statement announced by the clause [lo, colon) with no speech verb:
    a name opening the clause ('Paolo lehnte ab: …'), else its likeliest subject."""
    if a.lex.lang == "en" and colon > lo and a.lowers[colon - 1] == "live":
        return None  # 'Floods live: "…"': a live blog's name, not a speaker
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


def _reported(a: Analysis, att: Attributor) -> Reported:
    """The reported-speech reader for this article; imported here, because
    reported.py builds on this module."""
    from bot.nlp.reported import Reported

    return Reported(a, att)
