"""Reported speech without quote marks: indirect, free indirect and speech acts.

Part of the rule-based extractor; see quotes.py for the overview."""

from __future__ import annotations

import bisect

from bot.nlp.analysis import Analysis, Attribution, Found, Mention
from bot.nlp.attribution import Attributor, colon_subject, impersonal_es
from bot.nlp.wordlists import (
    ABSTRACT_ENDINGS,
    ADDRESSEE_ARTICLES,
    ADVERB_ENDINGS,
    AGE_NOUN,
    AUXILIARIES,
    CAUSAL_OPENERS,
    CLAUSE_JOINS,
    CLAUSE_MARKS,
    CLAUSE_OPENERS,
    CLAUSE_SUBJECT_PRONOUNS,
    CONTRAST_ADVERBS,
    CONTRAST_JOINS,
    DEFINITE,
    DOCUMENT_PREPOSITIONS,
    EDGE_PUNCT,
    EN_ASIDES,
    EN_CLAIM_NOUNS,
    EN_CLAUSE_BREAKS,
    EN_DIRECTIVES,
    EN_FINITE,
    EN_FRONT_SUBORDINATORS,
    EN_PLAIN_SAY,
    EN_QUANTIFIERS,
    EN_QUANTITY_OPENERS,
    EN_REFLEXIVES,
    EN_RELATIVES,
    EN_SAY,
    EN_SUBJECTS,
    EN_SUBORDINATORS,
    EN_TELL,
    EN_THAT_NOUNS,
    EN_TIME_UNITS,
    EN_TIME_WORDS,
    EN_WEEKDAYS,
    FIRST_PERSON,
    FRONT_PREPOSITIONS,
    FRONT_QUESTION_WORDS,
    GENITIVE,
    HABITUAL,
    HEDGES,
    IDIOM_BEFORE_GESAGT,
    IMPERSONAL_CUES,
    INDEFINITE_ARTICLES,
    INDICATIVE_AUX,
    KONJ_II,
    KONJ_II_MODALS,
    KONJ_MODALS,
    MODAL_FINITE,
    NOMINATIVE_PRONOUNS,
    NOT_REPORT_OPENERS,
    OBLIQUE,
    OWN,
    PASSIVE_SOURCE_PREPOSITIONS,
    PLURAL_AUX,
    POSSESSIVES_FEMALE,
    POSSESSIVES_MALE,
    PREPOSITIONS,
    PRESS,
    QUANTIFIERS,
    RELATIVE,
    RELATIVE_SUBJECTS,
    SECOND_REPORT_JOINS,
    SEIN_FORMS,
    SHORT_CLAUSE_SUBJECTS,
    SOURCE_ADVERBS,
    SOURCE_COMPLEMENT,
    SOURCE_DETERMINERS,
    SUBORDINATORS,
    TIME_BEFORE_NACH,
    TRAILING_PUNCT,
    VORFELD_CONJUNCTIONS,
    VORFELD_VERBS,
    W_QUESTIONS,
    WEB_ADDRESS,
    WEEKDAYS_MONTHS,
    WIE_SUBJECTS,
    is_fragment,
)


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
        hop = False
        while True:
            while j > 0 and not a.sent_start(j) and a.words[j - 1].isalpha():
                prev = a.lowers[j - 1]
                if not (
                    prev in lex.determiners or (a.words[j - 1].islower() and prev[-1:] in "enrs")
                ):
                    break
                j -= 1  # 'Ein durchschnittlicher …'
            if (
                hop
                or a.sent_start(j)
                or j < 2
                or a.lowers[j - 1] not in PREPOSITIONS["de"]
                or a.sent_start(j - 1)
                or not a.caps[j - 2]
                or a.qid[j - 2] >= 0
                or a.lowers[j - 2] in lex.determiners
            ):
                break
            # one prepositional phrase after the noun: 'Die Umstellung auf Elektroautos
            # verschärfe …'
            hop, j = True, j - 2
            while j > 0 and a.caps[j - 1] and a.qid[j - 1] < 0 and not a.sent_start(j):
                if a.lowers[j - 1] in lex.determiners:
                    break
                j -= 1
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

    def _en_no_report(self, lo: int, c: int, p: int | None, cue: tuple[int, int], hi: int) -> bool:
        """English: the speech verb at c (cue `cue`, the clause after it opening past p) in
        [lo, hi) reports nothing: it takes an object, another verb of the sentence reports,
        a tag closes the report before it, or a participle clause follows."""
        a = self.a
        openers = CLAUSE_OPENERS["en"]
        if (
            p == c
            # 'added a second touchdown': 'add' also takes a plain object
            and (a.lowers[c] not in EN_PLAIN_SAY or a.lowers[c] in ("added", "adds"))
            and a.lowers[c + 1] not in openers
            and not any(
                a.lowers[k] in EN_FINITE or (k > c + 2 and a.lowers[k].endswith("ed"))
                # not in a clause of its own: 'admitted causing injury when he appeared'
                for k in range(c + 1, _en_subordinate_end(a, c + 1, min(hi, c + 12)))
            )
        ):
            return True  # 'admitted theft', 'denied the charges': an object, not a clause
        if (
            p is not None
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
            return True
        if (
            p is not None
            and p > c
            and a.words[p] == ","
            and p + 1 < hi
            and a.qid[p + 1] < 0
            and self.lex.is_cue(a.lowers[p + 1])
            and any(
                a.lowers[j] in ("who", "which") and a.words[j - 1] == "," for j in range(lo + 1, c)
            )
        ):
            return True  # 'Shaw, who has argued for flats, said the Regent was …': the main verb
        if (
            p is not None and p == cue[1] and a.words[p] == "," and self._en_postposed_tag(lo, c)
        ) or (
            p is not None
            and p > c
            and a.words[p] == ","
            and any(
                a.lowers[j] in EN_SAY and self._en_postposed_tag(lo, j)
                for j in range(p + 2, min(hi, p + 10))
            )
        ):
            # 'The firm is in talks to buy X, two people familiar with the matter said,
            # in what would be …': the tag closes the report before it; what follows
            # its comma is the reporter's
            return True
        if (
            p is not None
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
            return True
        if c == lo + 1 and a.lowers[lo] == "so":
            return True  # '"…." So said X on Monday': the quotation's attribution
        if (
            p is not None
            and p > c
            and c == lo
            and (a.lowers[c].endswith("ed") or a.lowers[c] == "told")
        ):
            return True  # 'Asked about the feud, the two smiled': the main clause is told
        if p is not None and p > c and p + 1 < hi:
            # '…, raising the prospect of …': a participle clause is the reporter's
            nxt_k = p + 2 if a.lowers[p + 1].endswith("ly") and p + 2 < hi else p + 1
            if a.lowers[nxt_k].endswith("ing") and a.lowers[nxt_k] not in openers:
                return True  # also '…, sharply escalating …'
            if p == cue[1] and a.lowers[c].endswith("ing"):
                return True  # 'With all precincts reporting, Delgado led': no clause reported
        return False

    def after_cue(self, lo: int, hi: int) -> tuple[int, int, Attribution] | None:
        """'X sagte, Y sei …' / 'X sagte, dass …' / 'He said (that) …'."""
        a, att = self.a, self.att
        openers = CLAUSE_OPENERS.get(self.lex.lang, frozenset())
        first = lo
        if self.lex.lang == "en" and a.lowers[lo] == "asked" and a.qid[lo] < 0:
            # 'Asked whether the union had warned her, she said …': the verbs of the
            # question are not the answer's
            first = next((k for k in range(lo, hi) if a.words[k] == "," and a.qid[k] < 0), lo)
        for c in range(first, hi):
            if a.qid[c] >= 0:
                continue
            cue = att.cue_at(c, hi)
            if cue is None:
                continue
            if self._modal_question(lo, c, cue, hi):
                continue
            if self.lex.lang == "de" and c == lo and c + 1 < hi and a.lowers[c + 1] in SEIN_FORMS:
                continue  # 'Versichert sei er zum Glück, …': a participle before 'sein'
            if (
                self.lex.lang == "de"
                and c > lo
                and a.lowers[c] not in self.lex.strong_forms
                and a.lowers[c] not in self.lex.belief_forms
                and not any(a.words[k] in (",", ";", ":") or a.qid[k] >= 0 for k in range(lo, c))
                and self.konj(lo, c, only_i=True)
                # a person's own belief stays theirs ('Sie sei davon ausgegangen, dass …')
                and not any(m.kind in ("name", "role", "pronoun") for m in att.candidates(lo, c))
            ):
                # 'Europa habe gezeigt, dass …': a weak verb in the Konjunktiv carries on
                # someone else's report; its subject is no speaker
                continue
            # the comma that opens the reported clause
            p = None
            if self.lex.lang == "en" and c > lo and a.qid[c - 1] >= 0 and a.qid[c] < 0:
                continue  # '"…," said the bank's chief economist, …', '"…?" asked X, a …': who
            if self.lex.lang == "en" and c > lo and a.words[c - 1] == "I" and a.qid[c - 1] < 0:
                continue  # 'when I told him a paper wanted …': the reporter's own words
            if self.lex.lang == "en" and self._en_relative_before_main(lo, c, hi):
                continue  # 'X, who asked that her name not be used, said …': the main verb
            if self.lex.lang == "en" and self._en_anonymity_request(c, hi):
                continue  # 'She asked that her name not be used': a condition, not a report
            if (
                self.lex.lang == "en"
                and c > lo
                and a.words[c - 1] == ","
                and c + 1 < hi
                and (m_after := att.mention_at(c + 1, hi)) is not None
                and m_after.kind in ("name", "role")
                and not _en_clause_follows(a, m_after.tok_end, hi)
                # 'X, a Green, told broadcaster ZDF that …': whom, and 'told' never inverts
                and a.lowers[c] not in EN_TELL
            ):
                continue  # 'The plan is dead, said Tom Reyes on Tuesday': who, not what
            if (
                self.lex.lang == "en"
                and c > lo + 2
                and a.words[c - 1] == ","
                and a.qid[c - 1] < 0
                and a.lowers[c] in EN_SAY
                and a.lowers[lo] not in EN_FRONT_SUBORDINATORS
                and _en_finite_clause(a, lo, c - 1)
                and self._en_inverted_subject(c + 1, hi) is not None
            ):
                continue  # 'The bank is weighing a sale, said the people, who …': who, not what
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
                if (
                    stop - c <= 6
                    # 'Kalani said his captain, prop Joe Faleolo, had …': with a subject
                    # right before the verb, the one after it is in the clause
                    and not any(m.tok_end == c for m in att.candidates(max(lo, c - 4), c))
                    and any(
                        m.kind in ("name", "role")
                        and m.tok_end == stop
                        # not 'said the club needed a defender': the object of the clause's verb
                        and not any(
                            a.lowers[k] in EN_FINITE or (k > c + 2 and a.lowers[k].endswith("ed"))
                            for k in range(c + 1, m.tok_start)
                        )
                        for m in att.candidates(c + 1, stop)
                    )
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
                elif (nxt[0].isupper() or nxt[0].isdigit() or a.lowers[c + 1] in EN_SUBJECTS) and (
                    # not 'said Tuesday in an interview with Bloomberg': no clause after it
                    after == c + 1 or _en_clause_follows(a, after, hi)
                ):
                    p = c  # 'said the plan was dead', 'said 14 roads were closed'
                elif a.lowers[c + 1] in EN_QUANTITY_OPENERS and _en_clause_follows(a, c + 1, hi):
                    p = c  # 'said more than 200,000 people remained trapped, with …'
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
                if p is None and start == c + 1:
                    e = c + 1
                    while e < min(hi, c + 4) and a.caps[e] and a.qid[e] < 0:
                        e += 1
                    if (
                        c + 1 < e < hi - 2
                        and a.words[e].isalpha()
                        and a.words[e].islower()
                        and a.lowers[e] not in PREPOSITIONS["en"]
                        and _en_finite_clause(a, e, min(hi, e + 4))
                    ):
                        p = e - 1  # 'told Al Jazeera troops had blocked …': after the name
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
                            a.lowers[j] in EN_FINITE
                            and a.lowers[j] not in ("'s", "’s")
                            # 'said investigators believed the fire …, possibly …': a
                            # report inside the report
                            or (
                                a.lowers[j].endswith("ed")
                                and self.lex.is_cue(a.lowers[j])
                                and a.lowers[j - 1] not in self.lex.determiners
                            )
                            for j in range(c + 2, k)
                        )
                    ):
                        p = c  # 'said turnout had reached 61%, the highest …': a whole clause
                    elif (
                        self.lex.lang == "en"
                        and a.lowers[c] in EN_PLAIN_SAY
                        and a.lowers[c] not in EN_TELL
                        and _en_insertion(a, c, k, hi)
                    ):
                        p = c  # 'said compliance by members, including Iraq, would …'
                    elif self.lex.lang == "de":
                        p = self.after_apposition(k, hi)
                    break
                if self.lex.lang == "en" and _en_second_verb(a, k, hi):
                    break  # 'said … but warned that …': that 'that' is the second verb's
                if (
                    self.lex.lang == "en"
                    and a.lowers[k] in openers
                    and _en_infinitive_object(a, cue[1], k)
                ):
                    break  # 'hoping to halt a slide that has …': a relative clause
                if (
                    self.lex.lang == "en"
                    and a.lowers[k] == "that"
                    and k - 2 >= cue[1]
                    and a.lowers[k - 1] in EN_THAT_NOUNS
                    and a.lowers[k - 2] in PREPOSITIONS["en"] | {"amid", "despite"}
                ):
                    break  # 'is recalling fryers after reports that …': the noun's clause
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
                    elif (
                        k > c + 2
                        and a.lowers[c] in EN_PLAIN_SAY
                        and a.lowers[c] not in EN_TELL
                        and any(
                            a.qid[j] < 0
                            and a.lowers[j] in EN_FINITE
                            and a.lowers[j] not in ("'s", "’s")
                            for j in range(c + 2, k)
                        )
                    ):
                        p = c  # 'says ministers were warned that …': the 'that' is the inner verb's
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
                elif (
                    a.lowers[c] not in EN_TELL
                    and hi - c > 3
                    and a.words[c + 1][0].isalpha()
                    # not '…, the chairman said at a news conference after the meeting'
                    and (
                        a.lowers[c + 1] not in PREPOSITIONS["en"]
                        # 'said about 300 people …', 'said over half …': a quantity
                        or a.lowers[c + 1] in ("about", "over", "under", "between")
                        or _en_clause_follows(a, c + 1, hi)
                    )
                ):
                    p = c  # 'said talks would continue on Thursday'
            if self.lex.lang == "en" and self._en_no_report(lo, c, p, cue, hi):
                continue
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
                    if a.words[k] == "," and a.qid[k] < 0 and self._en_closing_tag(k, hi):
                        hi = k  # '… said it would vote no, a person close to it said.'
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
                and (
                    a.lowers[clo] in openers
                    or self.named_then_clause(c, cue, p, hi)
                    # 'erklärte, sehr aufgeregt zu sein, „…“': a zu-clause of its own first
                    or any(
                        a.lowers[j] == "zu" and a.words[j + 2] == "," and a.qid[j + 2] < 0
                        for j in range(clo, hi - 2)
                        if a.qid[j] < 0 and a.words[j + 1].islower()
                    )
                )
            ):
                continue
            first = a.lowers[clo]
            zu_clause = hi - clo >= 3 and (
                a.lowers[hi - 2] == "zu" or "zu" in a.lowers[hi - 1][2:-2]
            )
            if (
                first in NOT_REPORT_OPENERS.get(self.lex.lang, ())
                and not (
                    first in ("zum", "zur") and zu_clause  # 'rief sie auf, zur Ruhe zurückzukehren'
                )
                and not (
                    # 'räumte ein, seit dem Auftritt davon geträumt zu haben': a preposition
                    first in ("seit", "bis", "während")
                    and zu_clause
                    and clo + 1 < hi
                    and a.lowers[clo + 1] in self.lex.determiners
                )
            ):
                continue  # '…, um … zu …', '…, nachdem …': a clause of the reporter's own
            if first in self.lex.relative_sources:
                continue  # 'bestätigte den Bericht, wonach …': the report speaks, see source()
            if self.lex.lang == "de" and first == "so" and self._so_cue(clo, hi):
                continue  # '… festgestellt, so der Sender': the closing 'so X' attributes
            if (
                first in RELATIVE
                and p == cue[1]
                and cue[1] - cue[0] > 2
                and a.lowers[c] in self.lex.frames
                and a.caps[cue[1] - 2]
                and a.qid[cue[1] - 2] < 0
            ):
                # 'gehe man von 2400 Todesfällen aus, die …': the relative clause is about
                # the noun before the frame's last word, not what anyone thinks
                continue
            if first in ("ob", "whether") and a.lowers[c] in self.lex.decision_forms:
                continue  # 'muss entscheiden, ob …': a question still open, nobody's words
            if (
                self.lex.lang == "en"
                and first in ("whether", "if", "what", "how", "when", "why", "where", "which")
                and any(a.lowers[k] in ("not", "n't", "never") for k in range(max(lo, c - 3), c))
            ):
                # 'has not yet said whether he will run', 'has not said what it will do with
                # the building': nothing was said
                continue
            if (
                self.lex.lang == "de"
                and first in RELATIVE
                and p != cue[1]
                # a noun, also an age noun ('die 67-Jährige')
                and (a.caps[p - 1] or AGE_NOUN.match(a.words[p - 1]) is not None)
                # 'erklärte Roth, die Rechte von X schützen zu wollen': the speaker, then a
                # zu-clause with no comma of its own, is no relative clause
                # 'beschloss am Sonntag, der Koalition beizutreten': a relative clause ends
                # in its finite verb, never in a zu-infinitive
                and not (zu_clause and not any(a.words[j] == "," for j in range(clo, hi)))
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
            if (
                ok
                and not zu_clause
                and first not in openers
                and self._closes_relative_clause(lo, c, p, clo, hi)
            ):
                ok = False
            if self.lex.lang == "de" and a.lowers[lo] == "wie":
                ok = True  # 'Wie X mitteilte, …': the main clause is the report
            elif self.lex.lang == "de" and a.lowers[lo] == "dass" and c < p:
                # 'Dass der Film so erzählt wird, sei ihr Verdienst': the verb belongs to
                # the subject clause, and the main clause after it reports nothing of it
                ok = False
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
            elif (
                self.lex.lang == "en"
                and c > lo + 1
                and a.words[c - 1] == ","
                and a.lowers[c].endswith("ing")
                and (part := att._en_participle_subject(lo, c)) is not None
            ):
                # 'The authors acknowledged the limit, writing that …': the main clause's
                # subject
                m = part
            else:
                m = (
                    self.subject_after_front_clause(lo, p, c)
                    or self.relative_subject(lo, p, c, cue)
                    or self.vorfeld_subject(lo, c)
                    or self.plural_vorfeld(lo, c)
                )
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
                if m is None and self.lex.lang == "en" and c - 1 > lo and a.words[c - 1] == ",":
                    # 'Two aides, speaking on condition of anonymity because they …, said':
                    # the subject is before the participle's clause
                    first = self.first_comma(lo, c - 1)
                    if lo < first < c - 2 and a.lowers[first + 1] in ("speaking", "asking"):
                        m = att.best_speaker(lo, first, first)
                        if m is not None and a.lowers[first - 1] in EN_REFLEXIVES:
                            first -= 1  # 'Pettifer himself, speaking on a visit, said …'
                        if m is None or m.tok_end != first:
                            m = Mention(lo, first, "generic", None)
                if m is None:
                    # 'Residents told Al Jazeera that …': after 'told' comes who listened
                    told = self.lex.lang == "en" and a.lowers[c] in EN_TELL and c > lo
                    m = att.best_speaker(lo, c if told else p, c) if p > lo else None
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
            if m is not None and self.lex.lang == "en":
                m = self._en_given_name(m, c) or m
            return clo, hi, Attribution(m, cue)
        return None

    def _en_relative_before_main(self, lo: int, c: int, hi: int) -> bool:
        """Is the verb at c inside a relative clause set off by commas that the sentence's
        own speech verb follows ('Amina, who asked that her surname not be used, said she
        …')? The report is the main verb's."""
        a = self.a
        r = next((k for k in range(c - 1, lo, -1) if a.words[k] == "," or a.qid[k] >= 0), None)
        if r is None or a.qid[r] >= 0 or a.lowers[r + 1] not in ("who", "which"):
            return False
        close = next((k for k in range(c + 1, hi) if a.words[k] == "," or a.qid[k] >= 0), None)
        if close is None or a.qid[close] >= 0 or close + 1 >= hi:
            return False
        return self.att.cue_at(close + 1, hi) is not None

    def _en_tag_before_participle(
        self, lo: int, hit: tuple[int, int, Attribution]
    ) -> tuple[int, int, Attribution] | None:
        """For a report after a participle ('…, adding that …', '…, admitting that …'): the
        report and attribution before its comma when that part is a statement with a
        closing tag ('The plant will close, the company said on Tuesday'), else None."""
        a = self.a
        cue = hit[2].cue
        if cue is None:
            return None
        c = cue[0]
        if c < lo + 4 or a.words[c - 1] != "," or not a.lowers[c].endswith("ing"):
            return None
        pre = self.before_cue(lo, c - 1)
        if pre is None or pre[2].mention is None or pre[2].cue is None or pre[2].cue[0] < pre[1]:
            return None
        s0, e0 = self.trim(pre[0], pre[1])
        return (s0, e0, pre[2]) if e0 > s0 else None

    def _en_anonymity_request(self, c: int, hi: int) -> bool:
        """Does the verb at c ask for the speaker's anonymity ('asked that her name not be
        used', 'requested that his surname be withheld')?"""
        a = self.a
        if a.lowers[c] not in ("asked", "asks", "requested", "requests"):
            return False
        for k in range(c + 1, min(hi, c + 6)):
            if a.qid[k] >= 0 or a.words[k] in (",", ";"):
                return False
            if a.lowers[k] in ("name", "surname", "identity", "names", "surnames"):
                return True
        return False

    def _en_given_name(self, m: Mention, c: int) -> Mention | None:
        """'A commander, who gave his name only as Abu Khalil, told …': the name the
        speaker gave in a relative clause between the subject and the verb at c."""
        a = self.a
        k = next((t for t in range(m.tok_end, min(c, m.tok_end + 4)) if a.words[t] == ","), c)
        if k + 2 >= c or a.lowers[k + 1] != "who":
            return None
        close = next((t for t in range(k + 2, c) if a.words[t] == ","), None)
        return self.att._en_name_given(k + 2, close) if close is not None else None

    def _closes_relative_clause(self, lo: int, c: int, p: int, clo: int, hi: int) -> bool:
        """German: 'Politiker, die ausweichend antworteten, unterbrach sie': the speech
        verb ends a relative clause, and the comma after it returns to the main clause,
        which in the indicative reports nothing of the relative clause's subject."""
        a = self.a
        if self.lex.lang != "de" or p != c + 1 or self.konj(clo, hi):
            return False
        j = next((k for k in range(c - 1, lo, -1) if a.words[k] == "," and a.qid[k] < 0), None)
        return j is not None and c - j <= 8 and a.lowers[j + 1] in RELATIVE

    def _modal_question(self, lo: int, c: int, cue: tuple[int, int], hi: int) -> bool:
        """German: 'Wer … verbiete, müsse auch sagen, wie …' / 'Man werde analysieren, was
        schiefgelaufen sei': a speech verb in the infinitive under a modal, with a question
        after it, says what someone has to explain, not what anyone said."""
        a = self.a
        if self.lex.lang != "de" or cue[1] - cue[0] != 1 or cue[1] + 1 >= hi:
            return False
        if a.lowers[c] not in self.lex.cue_lemmas or a.words[cue[1]] != ",":
            return False  # not 'wird auf … verwiesen, wo …': a participle
        if a.lowers[cue[1] + 1] not in W_QUESTIONS:
            return False
        return any(a.lowers[k] in MODAL_FINITE and a.qid[k] < 0 for k in range(max(lo, c - 6), c))

    def _en_postposed_tag(self, lo: int, c: int) -> bool:
        """Does the verb at c close a tag set off by a comma after a whole clause ('Talks
        have stalled, one of the people said')? The subject between the comma and the verb
        has no verb of its own; a fronted 'If …, he said, …' is no statement."""
        a = self.a
        if a.lowers[c] not in EN_SAY or a.lowers[lo] in EN_FRONT_SUBORDINATORS:
            return False
        s = next((k for k in range(c - 1, lo, -1) if a.words[k] in (",", ";", ":")), None)
        if s is None or s - lo < 3 or a.words[s] != "," or a.qid[s] >= 0:
            return False
        if any(a.qid[k] >= 0 or a.lowers[k] in EN_FINITE for k in range(s + 1, c)):
            return False
        return _en_finite_clause(a, lo, s)

    def _en_inverted_subject(self, i: int, hi: int) -> Mention | None:
        """'…, said the people, who asked not to be identified': after an inverted speech
        verb, a noun phrase that opens with a determiner and runs to a comma or the end of
        the sentence, with no verb of its own, names whoever spoke."""
        a = self.a
        low = a.lowers[i]
        if i >= hi or a.qid[i] >= 0 or not (low in self.lex.determiners or low in EN_QUANTIFIERS):
            return None
        e = i + 1
        while e < min(hi, i + 7) and a.qid[e] < 0 and a.words[e] not in (",", ";", ":"):
            if a.lowers[e] in EN_FINITE or self.lex.is_cue(a.lowers[e]):
                return None
            e += 1
        if e == i + 1 or (e < hi and a.words[e] != ","):
            return None
        return Mention(i, e, "generic", None)

    def _en_closing_tag(self, k: int, hi: int) -> bool:
        """Is the comma at k followed by a tag that closes the sentence ('…, a person
        familiar with the matter said on Monday.'): a short subject with no verb of its
        own, a speech verb, at most a time adverbial?"""
        a = self.a
        for j in range(k + 2, min(hi, k + 10)):
            if a.qid[j] >= 0 or a.words[j] in (",", ";", ":") or a.lowers[j] in EN_FINITE:
                return False
            if a.lowers[j] in EN_SAY:
                return _en_adverbial_end(a, j + 1, hi) >= hi
        return False

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
            if a.lowers[j] in lex.determiners:
                return False  # '…, die ihren Namen nicht nennen wollte': one too
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

    def subject_after_front_clause(self, lo: int, p: int, c: int) -> Mention | None:
        """German puts one phrase before the finite verb. When a whole clause fills that
        place, closed by a comma right before the verb ('Warum die Wahl auf ihn fiel,
        begründete das Gericht damit, …', 'Da es keine Regel gibt, hat der Gerichtshof
        entschieden, …'), or when a pronoun that is only ever a subject follows the verb
        ('Die Anhänger, die sich versammelten, warnte er, …'), the subject is the phrase
        right after the verb, not anything in the fronted clause."""
        a, att = self.a, self.att
        if self.lex.lang != "de":
            return None
        k = next((j for j in range(c - 1, lo, -1) if a.words[j] == "," and a.qid[j] < 0), None)
        if k is None or k + 1 > c or (k + 1 < c and a.lowers[k + 1] not in VORFELD_VERBS):
            return None
        s = k + 2
        if s >= p or a.qid[s] >= 0:
            return None
        if a.lowers[s] in NOMINATIVE_PRONOUNS:
            return att.mention_at(s, p)
        if a.lowers[lo] not in SUBORDINATORS | FRONT_QUESTION_WORDS or a.lowers[s] in OBLIQUE:
            return None
        m = att.mention_at(s, p)
        if m is not None:
            return m if m.tok_start == s and not m.genitive and m.kind != "source" else None
        if a.lowers[s] in ("der", "die", "das"):
            end = self.np_end(s + 1, min(p, c if c > s else p))
            if end > s + 1 and a.caps[end - 1]:
                return Mention(s, end, "generic", None)
        return None

    def plural_vorfeld(self, lo: int, c: int) -> Mention | None:
        """'Einige britische Moslems haben Premierminister Tony Blair geschrieben, dass …':
        a plural auxiliary cannot have the one person named after it for subject, so the
        noun phrase before it is the subject, however long."""
        a, att, lex = self.a, self.att, self.lex
        if lex.lang != "de":
            return None
        f = next((j for j in range(lo + 1, c) if a.qid[j] < 0 and a.lowers[j] in PLURAL_AUX), None)
        if f is None or f - lo < 2 or not a.caps[f - 1]:
            return None
        first = a.lowers[lo]
        if (
            a.qid[lo] >= 0
            or first in PREPOSITIONS["de"]
            or first in FRONT_PREPOSITIONS
            or first in OBLIQUE
            or first in WEEKDAYS_MONTHS
            or not a.words[lo][0].isupper()
            or (first in lex.stopwords and first not in lex.determiners | QUANTIFIERS)
            or any(a.words[j] in (",", ";", ":", "(") or a.qid[j] >= 0 for j in range(lo, f))
            or any(lex.is_cue(a.lowers[j]) for j in range(lo, f))
        ):
            return None
        m = att.mention_at(f + 1, c)
        if m is not None and m.kind == "role" and m.tok_end < c:
            m = att.mention_at(m.tok_end, c)  # 'Premierminister Tony Blair'
        # (a title before the name may be left out of its mention)
        if m is None or m.kind != "name" or m.tok_start > f + 2 or m.tok_end >= c:
            return None
        if a.lowers[m.tok_end] in ("und", "sowie", "oder") or a.words[m.tok_end] == ",":
            return None  # 'Gestern haben Anna Roth und Jan Berg erklärt': both are the subject
        return Mention(lo, f, "generic", None)

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
        if m is None and a.caps[lo] and a.lowers[lo].endswith("s"):
            # 'Berlins Regierender Bürgermeister Klaus Roth (SPD) bedauerte …': the owner,
            # a title, then the name right before the verb
            for j in range(lo + 1, min(c, lo + 5)):
                if a.qid[j] >= 0 or not a.caps[j]:
                    break
                name = a.mention_at.get(j)
                if name is None or name.kind != "name":
                    continue
                end = name.tok_end
                if end < c and a.words[end] == "(":
                    end = next((k + 1 for k in range(end, c) if a.words[k] == ")"), end)
                if j > lo + 1 and (end == c or a.lowers[end] in VORFELD_VERBS):
                    return name
                break
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
        if m.tok_start > lo and end + 1 == c and a.words[end] == ",":
            # the name closes the apposition the phrase opened: 'Die Intendantin des
            # Senders, Friederike Haselhorst, würdigte …'
            return m
        if end + 1 < c and a.words[end] == "," and a.qid[end] < 0:
            # the apposition's closing comma left out: 'Der Bischof von Linz, Karl Huber hat
            # den Papst gebeten, …'
            inner = att.mention_at(end + 1, c)
            if (
                inner is not None
                and inner.kind == "name"
                and (inner.tok_end == c or a.lowers[inner.tok_end] in VORFELD_VERBS)
            ):
                return inner
        f = next((j for j in range(end, c) if a.qid[j] < 0 and a.lowers[j] in VORFELD_VERBS), c)
        close = f - 1
        if m.kind == "role" and end < close - 2 and a.words[close] == "," and a.qid[close] < 0:
            # the role's phrase runs on before its name: 'Der Sprecher der Fraktion im
            # Bundestag, Jan Roth, will …' (one comma opens the name, one closes it before
            # the verb)
            o = next(
                (j for j in range(close - 1, end - 1, -1) if a.words[j] in (",", ";", ":")), None
            )
            if (
                o is not None
                and a.words[o] == ","
                and not any(a.qid[j] >= 0 for j in range(end, f))
            ):
                inner = att.mention_at(o + 1, close)
                if inner is not None and inner.kind == "name" and inner.tok_end == close:
                    return inner
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
        the phrase before the verb; so does 'von' with a name ('Die Intendantin von Radio
        Weserland')."""
        a = self.a
        if end >= c or a.qid[end] >= 0:
            return end
        if a.lowers[end] in ("von", "vom"):
            k = end + 1
            while k < c and a.qid[k] < 0 and a.caps[k]:
                k += 1
            return k if k > end + 1 else end
        if a.lowers[end] not in GENITIVE:
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
        while end - 1 > start and a.qid[end - 1] < 0 and a.lowers[end - 1] in CONTRAST_ADVERBS:
            end -= 1  # 'Die Kampagne dagegen warf ihm vor, …'
        if not 0 < end - start <= 5:
            return None
        first = a.lowers[start]
        # an article that is also a pronoun ('Das', 'Eine') opens a phrase when a noun follows,
        # perhaps after adjectives ('Das staatliche Fernsehen')
        # or a noun before a name ('Das Kinderhilfswerk UNICEF', 'Die Firma Siemens')
        middle = range(start + 1, end - 1)
        article = (
            first in lex.determiners
            and start + 1 < end
            and all(a.qid[k] < 0 and a.words[k].replace("-", "").isalpha() for k in middle)
            and (
                (a.caps[end - 1] and all(a.words[k].islower() for k in middle))
                or (
                    len(middle) > 0
                    and a.words[end - 1][0].isupper()
                    and all(a.caps[k] for k in middle)
                )
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
            if not is_fragment(a.text[q.start + 1 : q.end - 1]):
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
        closed = a.lowers[clo] in ("dass", "daß")  # a dass-clause ends in its own verb
        for j in range(clo + 2, hi - 1):
            if a.qid[j] >= 0:
                continue
            if a.words[j] == ";":
                return j
            if (
                closed
                and a.words[j] == ","
                and a.lowers[j + 1] in VORFELD_VERBS
                and not self.konj(j + 1, j + 2)
            ):
                # 'Hieß es zunächst, dass …, wird nun …': the main clause goes on, with
                # its verb in the indicative
                return j
            if (
                a.words[j] == ","
                and a.lowers[j + 1] in SECOND_REPORT_JOINS
                and self._second_report(j + 2, hi)
            ):
                # '…, Annabi sei tot, doch ein Sprecher erklärte, …': another report
                return j
            if a.words[j] == "," and self._inverted_report(j + 1, hi):
                return j  # '…, zu sein, räumte Eva Roth ein, …': another speaker's report
            if a.words[j] == ":" and a.qid[j + 1] >= 0:
                return j  # '…, dass es gelinge: „…“': the quotation is its own
            if a.words[j] != "," and a.lowers[j] != "und":
                continue
            verb = a.lowers[j + 1]
            # '…, ließ der 44-Jährige erklären': lassen with a speech verb closes it too;
            # so does a separable speech verb ('… und fügte hinzu')
            cue_form = (
                verb in self.lex.cue_forms
                or verb in self.lex.let_speak
                or verb in self.lex.separable
            )
            if (
                a.qid[j + 1] < 0
                and a.words[j + 1][0].islower()
                and (cue_form or (len(verb) > 5 and verb.endswith(("te", "ten"))))
                and j + 2 < hi
                and (
                    not a.words[j + 2][0].isupper()
                    # '…, dass Zwickau bleibe, sagte Pfähler': the closing attribution
                    or (cue_form and self.att.mention_at(j + 2, hi) is not None)
                )
                and self.konj(clo, j)
                and not self.konj(j + 1, hi)
            ):
                return j
        return hi

    def _de_insertion(
        self, lo: int, end: int, s: int, e: int, rule: str, attr: Attribution
    ) -> list[tuple[int, int]] | None:
        """German: an attribution set off by commas inside the statement, whose two parts
        are both reported: 'Die Lage sei, so der Sprecher, schuld daran, dass …' (before
        the cue) and 'Die Reform, sagte der Minister, werde viel kosten' (after it). None
        when the attribution is not inside the statement."""
        a, m, cue = self.a, attr.mention, attr.cue
        if rule == "before_cue":
            # the tag closes with a comma and the statement goes on, not an apposition
            t = max(cue[1], m.tok_end if m is not None else cue[1])
            if not (
                t + 2 < end
                and t - e <= 8
                and a.words[t] == ","
                and a.qid[t + 1] < 0
                and a.lowers[t + 1] not in RELATIVE
                # '…, sagte er, aber die Fotos seien verloren' goes on with the report;
                # '…, sagte er, doch ein Sprecher erklärte, …' is another one (no cue below)
                and (
                    a.lowers[t + 1] not in SECOND_REPORT_JOINS
                    or (a.lowers[t + 1] in CONTRAST_JOINS and self.konj(t + 2, end))
                )
                and self.att.mention_at(t + 1, end) is None
                and not any(a.qid[j] >= 0 or self.att.cue_at(j, end) for j in range(t + 1, end))
            ):
                return None
            return [self.trim(s, e), self.trim(t + 1, end)]
        if rule == "after_cue":
            # the statement's subject before the tag: 'Die Reform, sagte er, werde …'
            c = cue[0]
            if not (
                lo < c - 1 <= lo + 6
                and a.words[c - 1] == ","
                and s < end
                and a.words[s].islower()
                and self.konj(s, s + 1)  # the clause opens with its verb: no subject of its own
                and not any(
                    a.qid[j] >= 0 or a.words[j] in (",", ";", ":") or self.att.cue_at(j, c)
                    for j in range(lo, c - 1)
                )
            ):
                return None
            return [self.trim(lo, c - 1), self.trim(s, e)]
        return None

    def _second_report(self, k: int, hi: int) -> bool:
        """Does a clause of its own open at k, a subject and a speech verb followed by a
        comma ('doch ein Sprecher erklärte, …', 'während Roth betonte, …')?"""
        a, att = self.a, self.att
        for c in range(k + 1, min(hi - 1, k + 8)):
            if a.qid[c] >= 0 or a.words[c] in (",", ";", ":"):
                return False
            cue = att.cue_at(c, hi)
            if cue is not None:
                m = att.mention_at(k, c)
                return (
                    m is not None
                    and m.tok_end == c
                    and m.kind in ("name", "pronoun", "role", "org")
                    and cue[1] < hi
                    and a.words[cue[1]] == ","
                )
        return False

    def _inverted_report(self, k: int, hi: int) -> bool:
        """Does a main clause of its own open at k with a speech verb and its subject after
        it, closed by a comma ('Während X erklärte, …, räumte Eva Roth ein, …')?"""
        a, att = self.a, self.att
        if k + 2 >= hi or a.qid[k] >= 0 or not a.words[k].islower():
            return False
        cue = att.cue_at(k, hi)
        if cue is None or cue[1] >= hi or a.words[cue[1]] != ",":
            return False
        m = att.mention_at(k + 1, hi)
        return m is not None and m.kind in ("name", "role") and m.tok_start == k + 1

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
        while end < c - 1 and a.qid[end] < 0 and a.lowers[end] in PREPOSITIONS["de"]:
            # attached phrases: 'Als Gründe für die Verzögerung nennt der Bericht …'
            end = self.np_end(end + 1, c)
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
        if c + 1 < hi and a.lowers[c + 1] in lex.determiners and a.lowers[c + 1] not in OBLIQUE:
            # the subject stands right after the finite verb: 'Als Grund nennt der Bericht
            # hohe Kosten', whatever the phrases after it
            m = self.att.mention_at(c + 1, hi)
            if m is not None and m.tok_start == c + 1 and not m.genitive:
                return (m,)
            end = self.np_end(c + 2, hi)
            if m is None and a.caps[end - 1]:
                return (Mention(c + 1, end, "generic", None),)  # 'der Bericht'
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
        if not impersonal_es(a, lo, hi, c, 2):
            return None
        for k in range(lo, hi):
            if a.qid[k] >= 0 or a.lowers[k] not in DOCUMENT_PREPOSITIONS:
                continue
            opens = k == lo or (a.words[k - 1] == ":" and k - lo <= 4)  # '13.15 Uhr: Beim …'
            if not opens and any(a.words[j] == "," for j in range(min(k, c), max(k, c))):
                continue  # in another clause: '… bei dem Gespräch nicht einig, hieß es'
            if k + 1 < hi and a.lowers[k + 1] in RELATIVE and k > lo and a.words[k - 1] == ",":
                # '… eine Erklärung der Behörde, in der es heißt, …': the antecedent
                return (self.antecedent_source(lo, k - 1),)
            end = self.np_end(k + 1, hi)
            if end > k + 1 and a.words[end - 1][0].isupper():
                return (self.source_speaker(k + 1, end),)
        for k in range(max(lo, c - 2), min(hi, c + 3)):
            if a.lowers[k] in ("darin", "hierin") and a.qid[k] < 0:
                return (pointed_document(a, k),)  # 'hieß es darin': the text named before
        return (None,)

    def antecedent_source(self, lo: int, comma: int) -> Mention | None:
        """The text or body a relative clause opening after the comma at `comma` points
        back to ('eine Erklärung der Behörde, in der es heißt'), past a verb particle that
        closes the main clause ('griff den Tenor der Medien auf, in denen es heißt')."""
        a = self.a
        end = comma
        if end - 1 > lo and a.lowers[end - 1] in self.lex.particles and a.words[end - 1].islower():
            end -= 1
        np_lo = self.np_start(lo, end)
        return self.source_speaker(np_lo, end) if np_lo < end else None

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
            participle = (
                low.startswith("ge")
                or "ge" in low[2:7]
                or low.endswith("t")
                # a strong participle with a prefix before a past form of 'werden', which
                # takes no infinitive: 'als „…“ beschrieben wurden'
                or (
                    low.endswith("en")
                    and c + 1 < a.n
                    and a.lowers[c + 1] in ("wurde", "wurden", "worden")
                )
            )
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
                if (
                    end <= k + 1
                    or end > k + 7
                    or not (
                        a.words[end - 1][0].isupper() or WEB_ADDRESS.fullmatch(a.words[end - 1])
                    )
                ):
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
            if (
                self.lex.lang == "en"
                and a.qid[p] >= 0
                and a.q_last[a.qid[p]] == p
                and a.words[p - 1] == ","
                and a.qid[p + 1] < 0
                and a.lowers[p + 1] in ("saying", "adding")
                and (cue := att.cue_at(p + 1, hi)) is not None
            ):
                # '…, the author of "Dry Ledger," adding that …': the comma inside the
                # title's quote marks
                m = att._en_participle_subject(lo, p + 1) or att.best_speaker(lo, p)
                return p + 2, hi, Attribution(m, cue)
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
                # not '…, asking not to be named', '…, adding to the pressure': a request
                # about the speaker, or no speech at all
                and a.lowers[k + 1] not in ("not", "to")
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
                first = att.mention_at(k + 1, hi - 1)
                if (
                    first is not None
                    and first.tok_start == k + 1
                    and first.kind in ("name", "pronoun", "role", "org")
                    and not first.genitive
                ):
                    # the subject right after the auxiliary, not someone met later in the
                    # clause ('hatte Obama bei seinem Treffen mit Medwedew gewarnt')
                    m = first
            elif cue is not None:
                impersonal = self.impersonal(k, hi, k)
                if impersonal is not None:
                    m = impersonal[0]  # '…, heißt es in dem Bericht.'
                    closing_es = True
                else:
                    m = att.best_speaker(cue[1] if cue[1] - cue[0] == 1 else k + 1, hi, k)
                    if (
                        m is None
                        and self.lex.lang == "en"
                        and cue[0] == k
                        and a.lowers[k] in EN_PLAIN_SAY
                        and a.lowers[k] not in EN_TELL
                    ):
                        m = self._en_inverted_subject(cue[1], hi)
            else:
                # English 'he said', 'the minister told reporters'
                m = None
                if self.lex.lang != "en":
                    continue
                # a statement before the tag, not a subject ('Her brother, Chidi, a sprinter,
                # posted …')
                appos = self._en_apposition_tag(k, hi) if _en_clause_follows(a, lo, p) else None
                if appos is not None:
                    m, cue = appos
                for j in range(k, min(hi, k + 9) if appos is None else k):
                    if j > k + 4 and (a.words[j] in (",", ";") or a.qid[j] >= 0):
                        break  # 'the Public Health Agency of Canada said': a long name
                    c2 = att.cue_at(j, hi)
                    if c2 and a.words[j - 1] == ",":
                        break  # 'The council's director, Martin Coyle, said': an apposition
                    if (
                        c2
                        and a.lowers[k] == "as"
                        and (e2 := _en_adverbial_end(a, c2[1], hi)) < hi
                        and a.words[e2] not in (",", ".", ";", "!", "?")
                    ):
                        # '…, as officials urged parents to …': a clause of its own; only
                        # '…, as the bank warned on Monday.' closes the statement before it
                        break
                    if c2:
                        cue = c2
                        m = att.best_speaker(k, j, j)
                        break
                if (
                    m is not None
                    and a.lowers[k] in ("a", "an")
                    and m.tok_start > k + 1
                    and all(
                        a.words[x].isalpha() and a.words[x].islower()
                        for x in range(k + 1, m.tok_start)
                    )
                ):
                    # '…, an idea the board rejected': a noun set beside the clause, whose own
                    # relative clause has the subject; nobody reports the clause
                    continue
                if cue is None:
                    continue
            if m is None and cue is not None and a.lowers[cue[0]] == "so":
                continue
            if m is None and self.lex.lang == "de" and not closing_es and cue[0] == k:
                # 'Schulen, die das ausprobiert hätten, berichteten von …': nobody after the
                # verb, so its subject is the part before the comma
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
                and m is not None
                and m.tok_end <= cue[0]
                and cue[1] < hi
                and a.lowers[cue[1]] in ("if", "whether", "that")
            ):
                continue  # 'Near the end, a reporter asked if …': what was said follows the verb
            if (
                self.lex.lang == "en"
                and a.lowers[lo] in EN_FRONT_SUBORDINATORS | {"as", "asked"}
                and (
                    a.lowers[lo] == "asked"
                    or not any(a.words[j] == "," and a.qid[j] < 0 for j in range(lo, p))
                )
            ):
                # 'Asked whether she would return, she laughed': a fronted clause; a question
                # ('Asked about his kicking, which had been …, he laughed') even with commas
                continue
            if self.quoted_before(lo, p):
                return None
            if self.lex.lang == "en" and not any(
                a.qid[j] < 0 and a.words[j].isalpha() and a.words[j].islower() for j in range(lo, p)
            ):
                continue  # 'Tom Varley, 44, admitted theft': a name, not a statement
            if self.lex.lang == "en" and self._en_subject_with_relative(lo, p):
                continue  # 'Unions, which backed him, cheered the stance': the subject
            if (
                self.lex.lang == "en"
                and a.lowers[lo] in PREPOSITIONS["en"]
                and not any(a.lowers[j] in EN_FINITE for j in range(lo, p))
            ):
                continue  # 'In their paper, the researchers called for …': an adverbial
            # '…, X said on Tuesday.' ends the statement; in '…, X called it „…“' the quote is
            # the statement, and the part before the comma only the subject's apposition
            tail_from = max(cue[1], m.tok_end if m is not None else cue[1])
            # a short quoted name in an apposition after the speaker ('sagte Eva Roth, die
            # Sprecherin der „Aktion Sauber“') is no quotation of the statement
            appos = tail_from < hi and a.words[tail_from] == "," and m is not None
            if any(
                a.qid[j] >= 0
                and not self._addressee_name(j)
                and not (appos and self._short_quote(j))
                # '…, sagte sie, „aber nicht um jeden Preis“': set off by a comma and closing
                # the sentence, the quotation goes on with the statement instead of being
                # the verb's object
                and not (
                    self.lex.lang == "de"
                    and a.words[a.q_first[a.qid[j]] - 1] == ","
                    and a.q_last[a.qid[j]] == hi - 1
                    and a.text[
                        a.quotes[a.qid[j]].start + 1 : a.quotes[a.qid[j]].start + 2
                    ].islower()
                )
                for j in range(tail_from, hi)
            ):
                continue
            if (
                m is not None
                and m.kind == "generic"
                and m.tok_start > cue[0]
                and hi - m.tok_end > 2
                and not (a.qid[m.tok_end + 1] >= 0 and self._addressee_name(m.tok_end + 1))
                and not (self.lex.lang == "en" and a.words[m.tok_end] == ",")
                # '…, sagte der Mann, aber die Fotos seien verloren': the tag closes with a
                # comma and the report goes on after it
                and not (
                    self.lex.lang == "de"
                    and a.words[m.tok_end] == ","
                    and a.lowers[m.tok_end + 1] in CONTRAST_JOINS
                    and self.konj(m.tok_end + 2, hi)
                )
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

    def _en_subject_with_relative(self, lo: int, p: int) -> bool:
        """Is [lo, p) a noun phrase and its relative clause ('Unions, which backed the
        president in the last election'), with no verb of its own: the subject of the verb
        after the comma at p, not a statement?"""
        a = self.a
        commas = [j for j in range(lo, p) if a.words[j] == "," and a.qid[j] < 0]
        return (
            len(commas) == 1
            and a.lowers[commas[0] + 1] in ("which", "who")
            and not _en_clause_follows(a, lo, commas[0])
        )

    def _short_quote(self, j: int) -> bool:
        """Are the quote marks around token j a name or term of at most three words?"""
        q = self.a.quotes[self.a.qid[j]]
        return len(self.a.text[q.start : q.end].split()) <= 3

    def _en_apposition_tag(self, k: int, hi: int) -> tuple[Mention, tuple[int, int]] | None:
        """'…, the council's chairman, Anders Vikholm, said (at …).' / '…, Anders Vikholm,
        the chairman, said.': a closing tag whose subject is a role and a name set off by
        commas; the name speaks."""
        a, att = self.a, self.att
        commas = [j for j in range(k + 1, min(hi, k + 14)) if a.words[j] == ","]
        if len(commas) < 2 or a.qid[k] >= 0:
            return None
        c1, c2 = commas[0], commas[1]
        if c2 + 1 >= hi or c1 - k > 7 or c2 - c1 > 7 or a.qid[c2 + 1] >= 0:
            return None
        cue = att.cue_at(c2 + 1, hi)
        if cue is None or cue[0] != c2 + 1 or a.lowers[c2 + 1].endswith("ing"):
            return None
        if any(
            a.qid[j] >= 0 or (a.lowers[j] in EN_FINITE and a.lowers[j] not in ("'s", "’s"))
            for j in range(k, c2)
        ):
            return None
        if cue[1] + 12 < hi or any(a.lowers[j] in EN_FINITE for j in range(cue[1], hi)):
            return None  # the tag ends the sentence, at most with an adverbial after it
        names = []
        for s, e in ((k, c1), (c1 + 1, c2)):
            m = att.mention_at(s, e) or a.add_name_at(s, strict=True)
            if m is not None and m.kind == "name" and m.tok_end == e:
                names.append(m)
            elif not (
                (m is not None and m.kind == "role" and m.tok_end == e)
                # 'the council's chairman': a role after its owner
                or self.lex.role(a.lowers[e - 1])[0]
            ):
                return None
        return (names[0], cue) if len(names) == 1 else None

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
        a = self.a
        s, e, attr = hit
        if self.lex.lang != "de" or attr.cue is None or not self.konj(lo, attr.cue[0]):
            return False
        c = attr.cue[0]
        if (
            c > lo + 2
            and a.words[c - 1] == ","
            and a.qid[c - 1] < 0
            and s > lo
            and a.words[s - 1] == ","
            and (a.lowers[s] in SUBORDINATORS or a.lowers[s : s + 2] == ["auch", "wenn"])
        ):
            # 'Er sei stolz auf sie, sagt Kessler, auch wenn er sie kaum sehe': the clause
            # after the tag hangs on the report before it, which the tag closes
            return True
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
        if not has_soll or a.lowers[hi - 1] not in ("haben", "sein", "werden"):
            return False
        if a.lowers[hi - 1] != "werden" or lo == 0:
            return True
        # 'Das Gesetz soll im Mai beschlossen werden' opening a paragraph states a plan,
        # not the report of the speaker of the paragraph before, unless it argues on from
        # it ('Deshalb soll die Anlage geschlossen werden')
        return "\n" not in a.text[a.ends[lo - 1] : a.starts[lo]] or (
            a.lowers[lo] in CAUSAL_OPENERS or a.lowers[lo : lo + 3] == ["aus", "diesem", "grund"]
        )

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
            m = att.clause_subject(lo, hi, (k, k + 1))
            if (
                m is None
                and k == lo + 1
                and a.caps[lo]
                and not (k + 1 < hi and a.lowers[k + 1] in CLAUSE_SUBJECT_PRONOUNS)
            ):
                # 'Umweltverbände forderten strengere Regeln': a bare noun right before the
                # verb opening the sentence is its subject, not the object after it (but
                # 'Details nannte sie nicht': the pronoun after the verb is)
                m = att.generic_np(lo, k + 1, k)
            m = m or att.best_speaker(lo, hi, k)
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
        if p - lo == 3 and self.lex.lang == "de" and a.lowers[lo] in SHORT_CLAUSE_SUBJECTS:
            # 'Sie streiten oft, sagt er': a pronoun and its verb are a clause
            return a.qid[lo + 1] < 0 and a.words[lo + 1].isalpha() and a.words[lo + 1].islower()
        if p - lo < 4:
            return False
        m = a.mention_at.get(lo)
        if m is not None and m.tok_end < p and a.words[m.tok_end] == ",":
            return False
        preps = PREPOSITIONS.get(self.lex.lang, frozenset())
        c = next((k for k in range(lo + 1, min(p, lo + 7)) if a.words[k] == ","), None)
        if (
            self.lex.lang == "de"
            and c is not None
            and a.lowers[lo] in self.lex.determiners
            and (a.words[c - 1][0].isupper() or a.qid[c - 1] >= 0)
            and c + 2 < p
            and (
                a.lowers[c + 1] in RELATIVE
                or (a.lowers[c + 1] in preps and a.lowers[c + 2] in RELATIVE)
            )
        ):
            # 'Die Managerin, die im Sommer gewechselt war, räumte … ein': a subject
            return False
        # '…, Petra Pau' just before the comma: a name in apposition closes a noun phrase
        for k in range(p - 1, max(lo, p - 5) - 1, -1):
            mm = a.mention_at.get(k)
            if mm is not None and mm.tok_end == p and k > lo and a.words[k - 1] == ",":
                return False
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
            if self._relative_source(k, lo, hi):
                # 'Es gibt Gerüchte, nach denen …', 'ein Gutachten, laut dem er …': the
                # relative pronoun stands for the text; what follows is its content
                end = next(
                    (j for j in range(k + 2, hi) if a.words[j] in (":", ";") and a.qid[j] < 0),
                    hi,
                )
                src = Mention(k + 1, k + 2, "source", None)
                return self._parts([(k + 2, end)], Attribution(src, (k, k + 1)))
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
                if self._cue_before_source(lo, k, hi):
                    continue
                np_lo = k + len(ph)
                if ph == ("per",) and (
                    np_lo >= hi
                    or (a.words[np_lo][0].islower() and a.lowers[np_lo] not in lex.determiners)
                    or (k > lo and a.words[k - 1][:1].isdigit())
                ):
                    continue  # '40 per cent', 'per capita': a measure, not 'per the agency'
                np_hi = self.np_end(np_lo, hi)
                if lex.source_not_heads and self._manner_head(np_lo, np_hi):
                    continue  # 'went according to plan', 'shared according to size'
                if (
                    self.lex.lang == "en"
                    and ph == ("citing",)
                    and any(a.lowers[j] in EN_RELATIVES for j in range(np_lo, hi))
                ):
                    continue  # 'welcomed the figures, citing data that showed …': evidence
                if (
                    self.lex.lang == "en"
                    and ph == ("citing",)
                    and not any(
                        a.caps[j]
                        or self.lex.role(a.lowers[j])[0]
                        or self.lex.role(a.lowers[j].removesuffix("s"))[0]
                        or self.lex.is_org(a.lowers[j])
                        or a.lowers[j] in self.lex.cue_nouns
                        or a.lowers[j] in ("source", "sources", "people", "person")
                        for j in range(np_lo, np_hi)
                    )
                ):
                    continue  # 'raised its target, citing stronger earnings': a reason
                if (
                    self.lex.lang == "en"
                    and k > lo
                    and a.words[k - 1] == ","
                    and not any(a.words[j] in (",", ";") for j in range(np_lo, hi))
                ):
                    np_hi = hi  # '…, according to a new study published today in …'
                m = self.source_speaker(np_lo, np_hi)
                parts = self._around_phrase(lo, hi, k, np_hi) if k > lo else [(np_hi, hi)]
                if (
                    self.lex.lang == "en"
                    and k == lo
                    and np_hi + 2 < hi
                    and a.words[np_hi] == ","
                    and a.lowers[np_hi + 1] in ("a", "an")
                ):
                    # 'According to Sam Price, a cardiologist who was not involved, the
                    # findings were …': the apposition describes the source
                    j2 = next(
                        (j for j in range(np_hi + 2, hi) if a.words[j] == "," and a.qid[j] < 0),
                        hi,
                    )
                    if j2 < hi and _en_clause_follows(a, j2 + 1, hi):
                        parts = [(j2 + 1, hi)]
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

    def noun_clause(self, lo: int, hi: int) -> tuple[list[tuple[int, int]], Attribution] | None:
        """German: a noun of saying right before a comma, then the clause that says what
        ('Die Firma begegnet der Kritik mit dem Argument, die Preise seien gestiegen', 'Die
        Partei stellte die Forderung, dass …', 'die Ankündigung des Trainers, den Verein
        zu verlassen'): the clause is reported. Its speaker is the noun's owner, else the
        subject of the main clause."""
        a, att, lex = self.a, self.att, self.lex
        if lex.lang != "de":
            return None
        comma = next((k for k in range(lo + 2, hi - 3) if a.words[k] == "," and a.qid[k] < 0), None)
        if comma is None or any(a.qid[k] >= 0 for k in range(lo, comma)):
            return None
        # the noun closes the phrase before the comma, perhaps with its owner after it
        head = next(
            (
                k
                for k in range(comma - 1, max(lo, comma - 6) - 1, -1)
                if a.caps[k] and a.lowers[k] in lex.cue_nouns and a.lowers[k - 1] in lex.determiners
            ),
            None,
        )
        if head is None or head < lo + 1:
            return None
        if (
            head + 1 < comma
            and a.lowers[head + 1] not in ("des", "der", "von", "vom")
            # 'liegt die Äußerung vor, …': the verb's particle
            and not (head + 2 == comma and a.lowers[head + 1] in lex.particles)
        ):
            return None
        clo = comma + 1
        first = a.lowers[clo]
        e = self.report_end(clo, hi)
        zu_clause = e - clo >= 3 and (a.lowers[e - 2] == "zu" or "zu" in a.lowers[e - 1][2:-2])
        if first in NOT_REPORT_OPENERS.get("de", ()):
            return None
        if first in RELATIVE and not (
            zu_clause and not any(a.words[j] == "," for j in range(clo, e))
        ):
            return None  # '…, die er hielt': a relative clause
        if not (first in ("dass", "daß") or self.konj(clo, e) or zu_clause):
            return None
        if self.konj(lo, comma):
            return None  # a report of its own
        m = None
        if head + 1 < comma and a.lowers[head + 1] not in lex.particles:
            # 'die Ankündigung des Trainers, …': the owner
            m = next(
                (
                    x
                    for x in att.candidates(head + 2, comma, after_preposition=True)
                    if not x.genitive or x.tok_start == head + 2
                ),
                None,
            ) or Mention(head + 2, comma, "source", None)
        elif a.lowers[lo] in ("von", "vom"):
            m = att.mention_at(lo + 1, head) or self.vorfeld_phrase(lo + 1, head)
        else:
            verb = next(
                (
                    k
                    for k in range(lo + 1, head)
                    if a.words[k].isalpha()
                    and a.words[k].islower()
                    and a.lowers[k] not in lex.determiners
                    and a.lowers[k] not in PREPOSITIONS["de"]
                ),
                None,
            )
            if verb is not None:
                m = self.vorfeld_subject(lo, verb) or self.plain_subject(lo, verb)
            if m is not None and (not self.can_speak(m) or m.tok_start <= head < m.tok_end):
                # 'Die Tagung schloss mit dem Appell, …', 'Es war die Rede, dass …': no
                # one who speaks (the noun of saying is not its own speaker)
                m = None
        return [(clo, e)], Attribution(m, (head, head + 1))

    def _relative_source(self, k: int, lo: int, hi: int) -> bool:
        """Does 'nach' or 'laut' at k open a relative clause after a comma ('…, nach
        denen', '…, laut der die Stadt …')? 'dem' and 'der' only before an article or a
        pronoun, since '…, nach der Wahl' is a phrase of time."""
        a = self.a
        if (
            self.lex.lang != "de"
            or a.lowers[k] not in ("nach", "laut")
            or k - 1 <= lo
            or a.words[k - 1] != ","
            or k + 3 >= hi
            or a.qid[k + 1] >= 0
        ):
            return False
        rel = a.lowers[k + 1]
        if rel in ("denen", "welchem", "welcher", "welchen"):
            return True
        nxt = a.lowers[k + 2]
        if rel not in ("dem", "der") or not (
            nxt in self.lex.determiners or nxt in CLAUSE_SUBJECT_PRONOUNS
        ):
            return False
        # 'nach dem' after an event is a time ('der Brand, nach dem das Werk stillstand'):
        # only after a text or statement ('eine Studie, nach der …')
        return a.lowers[k] == "laut" or any(
            a.caps[j]
            and (self.lex.is_source_noun(a.lowers[j]) or a.lowers[j] in self.lex.cue_nouns)
            for j in range(max(lo, k - 4), k - 1)
        )

    def _manner_head(self, lo: int, hi: int) -> bool:
        """Does the noun phrase in [lo, hi), up to a preposition or comma, hold a word that
        makes 'according to' a manner ('plan last week', 'their export volumes over the
        past years', 'the size of each party')?"""
        a = self.a
        for k in range(lo, hi):
            if a.qid[k] >= 0 or not a.words[k].isalpha() or a.lowers[k] in PREPOSITIONS["en"]:
                return False
            if a.lowers[k] in self.lex.source_not_heads:
                return True
        return False

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
        own = any(a.lowers[t] in OWN for t in range(k + 1, j))
        if end < hi and a.qid[end] < 0 and not own:
            # (not after 'nach eigenen Angaben': 'wurde nach eigenen Angaben von einem
            # Knall geweckt' names no further source)
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
        elif end + 2 < hi and a.words[end] == "," and a.qid[end + 1] < 0:
            # '… stellt nach Angaben des Sprechers, Roland Eichhorn, ein Risiko dar': the
            # name in apposition is the source, inside the sentence too
            m = a.mention_at.get(end + 1)
            if m is not None and m.kind == "name" and m.tok_end < hi and a.words[m.tok_end] == ",":
                end = m.tok_end + 1
        return k, end, k + 1, end

    def _cue_before_source(self, lo: int, k: int, hi: int) -> bool:
        """German: 'Das teilte der Sender unter Berufung auf die Familie mit': 'das' and a
        speech verb with its subject before the source phrase, in one clause, attribute
        what the sentence before said; the sentence is no statement with a source."""
        a = self.a
        if self.lex.lang != "de" or k - lo < 2 or k - lo > 6 or a.lowers[lo] not in ("das", "dies"):
            return False
        if any(a.words[j] in (",", ";", ":") or a.qid[j] >= 0 for j in range(lo, k)):
            return False
        return self.att.cue_at(lo + 1, hi) is not None

    def _bare_source_in_report(
        self, si: int, lo: int, end: int, attr: Attribution, last: tuple[int, Attribution] | None
    ) -> bool:
        """German: 'Eine Sprecherin sagte, … Das Terminal werde sich nach den jüngsten
        Berechnungen erst 2050 rechnen': a source phrase that names no one (an article,
        adjectives and a source noun) inside a Konjunktiv sentence right after someone's
        report is part of what that speaker reported, not a source of its own."""
        a, m = self.a, attr.mention
        if (
            self.lex.lang != "de"
            or last is None
            or si - last[0] != 1
            or last[1].mention is None
            or m is None
            or m.kind != "source"
            or m.person is not None
            or a.lowers[attr.cue[0]] != "nach"  # type: ignore[index]
            # 'Nach diesen Erkenntnissen könnte …' opening the sentence introduces it
            or attr.cue[0] == lo  # type: ignore[index]
        ):
            return False
        if not self.lex.is_source_noun(a.lowers[m.tok_end - 1]) or a.qid[m.tok_start] >= 0:
            return False
        if any(not a.words[j].islower() for j in range(m.tok_start, m.tok_end - 1)):
            return False  # 'nach Angaben der Polizei': an owner is named
        return self.konj(lo, end)

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

    def opinion_holder(self, lo: int, hi: int) -> Attribution | None:
        """'Für den Theologen Hans Roth sei der Rücktritt verständlich': a person, role or
        body after an opening 'für', with the verb right after it in the Konjunktiv, holds
        the view the rest of the sentence reports ('Für die Kinder sei gesorgt' names
        nobody who could hold one)."""
        a, att = self.a, self.att
        if self.lex.lang != "de" or a.lowers[lo] != "für" or a.qid[lo] >= 0 or hi - lo < 5:
            return None
        m = None
        for j in range(lo + 1, min(hi, lo + 6)):
            # the role's article and adjectives, or the role before a name: 'für den
            # Theologen Hans Roth'
            low = a.lowers[j]
            nm = att.mention_at(j, hi)
            if nm is not None and nm.kind in ("name", "role", "org"):
                m = nm
                if nm.kind == "name" or nm.tok_end >= hi or a.mention_at.get(nm.tok_end) is None:
                    break
                continue
            if a.qid[j] >= 0 or not a.words[j].isalpha() or low in self.lex.konjunktiv:
                break
        if m is None or m.kind not in ("name", "role", "org") or m.genitive:
            return None
        end = m.tok_end
        if end >= hi or a.qid[end] >= 0 or not self.konj(end, end + 1):
            return None
        return Attribution(m, None)

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
            else:
                # a place alone: 'Darmstadt - …', 'Bad Homburg – …' opening the paragraph
                k = lo + 1
                while k < min(hi - 2, lo + 3) and a.words[k][:1].isupper():
                    k += 1
                if (
                    k < hi - 2
                    and a.words[k] in ("—", "–", "-")
                    and a.qid[k] < 0
                    and a.starts[k] > a.ends[k - 1]
                    and all(a.words[j].isalpha() for j in range(lo, k))
                    and (lo == 0 or "\n" in a.text[a.ends[lo - 1] : a.starts[lo]])
                ):
                    lo = k + 1
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
            if (
                a.qid[k] >= 0
                or w in "()"
                or w[0].isupper()
                or w[0].isdigit()
                or (k > i and "." in w and WEB_ADDRESS.fullmatch(w))  # 'von ndr.de'
            ):
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
                and (k == i or not self._noun_at(k - 1) or self._participle_after_adverbial(i, k))
            ):
                k += 1
                continue
            break
        return max(k, i + 1) if i < hi else i

    def _noun_at(self, k: int) -> bool:
        """Is token k a noun or a name: capitalised, an acronym ('BBC') or quoted ('der
        „Spiegel“')?"""
        a = self.a
        w = a.words[k]
        return a.caps[k] or a.qid[k] >= 0 or (w.isupper() and w.isalpha() and len(w) > 1)

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
                or (
                    a.words[j][0].isupper()
                    and low[-1:] in "enrsm"
                    and w.isalpha()
                    # not a finite verb after its subject: 'Sie stammen Berichten zufolge …'
                    and not (
                        j - 2 >= lo
                        and a.words[j - 2][0].isupper()
                        and a.lowers[j - 2] not in self.lex.determiners
                        and a.qid[j - 2] < 0
                    )
                )
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
        author = att.en_document_author(lo, hi)
        if author is not None:
            # 'according to a statement from Cornwall Council': the council's words
            return self.source_speaker(author, hi)
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
        quoted_starts = {f.start for f in direct}
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
                    if a.qid[k] >= 0
                    and a.q_last[a.qid[k]] - a.q_first[a.qid[k]] > 5
                    # not a title in the attribution: '…," said X, the author of "…,"'
                    and a.quotes[a.qid[k]].start in quoted_starts
                ]
                tail = max(long_quoted) + 1 if long_quoted else lo
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
            if hit is not None and rule == "after_cue" and self.lex.lang == "en":
                tagged = self._en_tag_before_participle(lo, hit)
                if tagged is not None:
                    # 'The plant will close, the company said, adding that …': the statement
                    # before the tag is a report too, and the tag's subject adds the second
                    s0, e0, attr0 = tagged
                    out.append(Found(a.starts[s0], a.ends[e0 - 1], attr0, "indirect", si, rule))
                    hit = (hit[0], hit[1], Attribution(attr0.mention, hit[2].cue))
            if hit is not None:
                s, e, attr = hit
                parts = [self.trim(s, e)]
                m, cue = attr.mention, attr.cue
                if self.lex.lang == "de" and cue is not None:
                    parts = self._de_insertion(lo, end, s, e, rule, attr) or parts
                if (
                    self.lex.lang == "en"
                    and m is not None
                    and cue is not None
                    and m.tok_end == cue[0]
                    and m.tok_start - 1 > lo
                    and a.words[m.tok_start - 1] == ","
                    and cue[1] < end
                    and a.words[cue[1]] == ","
                    and s == cue[1] + 1
                    and a.qid[lo] < 0
                    and a.lowers[lo] in self.lex.determiners
                    and not any(a.words[k] == "," for k in range(lo, m.tok_start - 1))
                ):
                    # 'The pullback, he said, was healthy': the statement's subject before
                    # the attribution set off by commas is part of it (not a fronted 'If …')
                    parts.insert(0, (lo, m.tok_start - 1))
            else:
                shit, rule = self.source(lo, end), "source_phrase"
                if shit is not None and self._bare_source_in_report(si, lo, end, shit[1], last):
                    shit = None
                if (
                    shit is not None
                    and self.lex.lang == "en"
                    and a.qid[lo] >= 0
                    and shit[1].cue is not None
                    and shit[1].cue[0] <= a.q_last[a.qid[lo]] + 2
                ):
                    # '"…," according to Lena Holt, an analyst at …': the quotation's own
                    # attribution, not a report
                    continue
                if shit is None:
                    shit, rule = self.parenthetical(lo, end), "parenthetical"
                if shit is None:
                    shit, rule = self.noun_clause(lo, end), "noun_clause"
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
                k = parts[-1][1]
                if (
                    rule == "after_cue"
                    and self.lex.lang == "de"
                    and k + 2 < end
                    and a.words[k] == ","
                    and (
                        (a.lowers[k + 1] in SECOND_REPORT_JOINS and self._second_report(k + 2, end))
                        or self._inverted_report(k + 1, end)
                    )
                ):
                    # '…, X sei tot, doch ein Sprecher erklärte, …', 'Während X erklärte, …,
                    # räumte Y ein, …': the second report
                    second = self.after_cue(
                        k + (1 if a.lowers[k + 1] not in SECOND_REPORT_JOINS else 2), end
                    )
                    if second is not None and second[2].mention is not None:
                        s2, e2 = self.trim(second[0], second[1])
                        if e2 > s2:
                            out.append(
                                Found(a.starts[s2], a.ends[e2 - 1], second[2], "indirect", si, rule)
                            )
                            attr = second[2]
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
            opinion = self.opinion_holder(lo, end) if si not in by_sent else None
            if opinion is not None:
                # 'Für den Theologen X sei der Rücktritt verständlich': X's view, in the
                # Konjunktiv with no speech verb
                out.append(
                    Found(a.starts[lo], a.ends[end - 1], opinion, "free_indirect", si, "opinion")
                )
                last = (si, opinion)
                continue
            if (
                last is not None
                and si - last[0] == 1
                and si not in by_sent
                and not self.first_person(lo, end)
                # not the reporter's own guess: 'Die Teile könnten auf die Erde fallen'
                and (
                    self.konj(lo, end, skip=HEDGES)
                    or self.reportative(lo, end)
                    or self.preterite_between(si, lo, end, last[1], by_sent)
                )
            ):
                carried = self.carrier(last)
                own = self.own_subject(lo, end)
                if own is not None and (
                    carried.mention is None or carried.mention.person != own.mention.person  # type: ignore[union-attr]
                ):
                    carried = own
                out.append(
                    Found(
                        a.starts[lo],
                        a.ends[end - 1],
                        carried,
                        "free_indirect",
                        si,
                        "konjunktiv",
                    )
                )
                last = (si, carried)
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
            own = self.own_subject(lo, end)
            if own is not None and (m is None or m.person != own.mention.person):  # type: ignore[union-attr]
                m = own.mention
            if m is None and rule == "konjunktiv_ii":
                continue
            attr = Attribution(m, None)
            out.append(Found(a.starts[lo], a.ends[end - 1], attr, "free_indirect", si, rule))
            if m is not None:
                last = (si, attr)
        return out

    def preterite_between(
        self, si: int, lo: int, end: int, attr: Attribution, by_sent: dict[int, Attribution]
    ) -> bool:
        """'Sie sei besorgt, sagte X. Viele Jugendliche schauten noch nach Mitternacht auf
        den Bildschirm. Das blaue Licht bremse …': the Konjunktiv II of a weak verb in the
        plural looks like the preterite. A claim about what many do or what happens often
        (the reporter tells that in the present), between two sentences of one speaker's
        report (the next in Konjunktiv with no speech verb of its own, or a quotation of
        the same person), carries the report on."""
        a, lex = self.a, self.lex
        if lex.lang != "de" or si + 1 >= len(a.sents) or attr.mention is None:
            return False
        if not any(a.lowers[k] in HABITUAL for k in range(lo, end)) or any(
            self.att.cue_at(k, end) is not None for k in range(lo, end)
        ):
            return False  # 'Sirenen heulten': the reporter's own account in the preterite
        verb = False
        for k in range(lo, end):
            low = a.lowers[k]
            if a.qid[k] >= 0 or low in INDICATIVE_AUX:
                return False
            if (
                not verb
                and k > lo
                and k + 1 < end
                and len(low) > 6
                and low.endswith("ten")
                and a.words[k].isalpha()
                and a.words[k].islower()
                and not low.startswith("ge")  # 'gehalten', 'geboten': participles
                and a.lowers[k - 1] not in lex.determiners
                and (a.words[k + 1][0].islower() or a.words[k + 1] == ",")
            ):
                verb = True
        if not verb:
            return False
        nlo, nhi = a.sents[si + 1]
        nxt = by_sent.get(si + 1)
        if nxt is not None:
            m, n = attr.mention, nxt.mention
            return n is not None and (n is m or (m.person is not None and n.person == m.person))
        return (
            not self.first_person(nlo, nhi)
            and self.konj(nlo, nhi, skip=HEDGES)
            and not any(self.att.cue_at(k, nhi) is not None for k in range(nlo, nhi))
        )

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
            # 'Roth habe eine seltene Gabe: Sie könne …': a clause in the Konjunktiv is
            # reported itself, and so is what its colon announces
            or self.konj(lo, colon, skip=HEDGES)
        ):
            return None
        m = colon_subject(a, self.att, lo, colon)
        if m is None:
            return None
        return colon + 1, Attribution(m, None)

    def carried_speaker(self, si: int, last: tuple[int, Attribution] | None) -> Mention | None:
        """Whose words sentence `si`, reported speech without a cue of its own, are. A
        text named after 'in' in a passive sentence before ('… werden im Bericht genannt'),
        the subject of a speech verb in the sentence before, or a person or organisation
        that is its subject (opening it, 'Staatspräsident X ist besorgt.', or after the verb
        behind a fronted phrase, 'Trotz … gibt der Verband keine Entwarnung.') takes the
        report over; otherwise the speaker of an attribution up to three sentences back
        carries on (if it can speak: see carrier); otherwise whoever the sentence before
        names."""
        a = self.a
        if last is not None and si - last[0] == 1:
            return self.carrier(last).mention
        plo, phi = a.sents[si - 1]
        if self.lex.lang == "de" and any(
            a.lowers[k] in self.lex.passive_aux for k in range(plo, phi)
        ):
            # 'Die Ursachen werden im Bericht auf … zurückgeführt. Folge sei …': a passive
            # sentence whose agent is a text named by 'in' passes the report on to it
            m = self.document_named(plo, phi, inside=True)
            if m is not None:
                return m
        cue = next((c for k in range(plo, phi) if (c := self.att.cue_at(k, phi))), None)
        if cue is not None:
            # the subject of a speech verb before: 'Der Verband streitet das ab. Die Zahlen
            # seien …', 'X wurde von der Ministerin als unrealistisch bezeichnet. …'; after
            # the verb a plain noun ('Am Morgen fanden Nachbarn …') only with no
            # attribution close by
            m = self.att.clause_subject(plo, phi, cue)
            if m is None and self.lex.lang == "de":
                # 'Berlins Regierender Bürgermeister Klaus Roth (SPD) bedauerte das.': the
                # person before the verb, behind the owner and role
                m = self.vorfeld_subject(plo, cue[0])
            if m is not None and (
                m.tok_start == plo or m.kind in ("name", "role") or last is None or si - last[0] > 3
            ):
                return m
            if m is None:
                # a group or body no lexicon knows, alone before its speech verb: 'Analysten
                # verweisen auf …', 'Die Gemeinschaft der Anleger (GdA) forderte …'
                m = self.att.generic_np(plo, phi, cue[0])
                first = a.lowers[plo]
                k = cue[0] + 1
                if (
                    self.lex.lang == "de"
                    and k < phi
                    and cue[0] > plo
                    and a.lowers[cue[0]].endswith("en")
                    and a.qid[k] < 0
                    and a.caps[k]
                    and k not in a.mention_at
                    and a.lowers[k] not in self.lex.stopwords
                    # not 'Am Morgen fanden Nachbarn die offene Tür': an object follows
                    and (
                        k + 1 >= phi
                        or (
                            not a.words[k + 1][:1].isupper()
                            and a.lowers[k + 1] not in self.lex.determiners
                        )
                    )
                    and not any(a.words[j] in (",", ";", ":") for j in range(plo, cue[0]))
                    and not any(a.lowers[j] in self.lex.passive_aux for j in range(plo, phi))
                ):
                    # 'Auch auf den schwachen Dollar verweisen Analysten.': behind a fronted
                    # phrase a bare plural after the plural verb is its subject
                    return Mention(k, k + 1, "generic", None)
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
            return self.carrier(last).mention
        return m

    def own_subject(self, lo: int, hi: int) -> Attribution | None:
        """'Sie habe immer gesagt, … Er glaube aber, …': a Konjunktiv sentence opened by
        'er' or 'sie' and a verb of saying or thinking names its own speaker."""
        a, lex = self.a, self.lex
        if (
            lex.lang != "de"
            or a.qid[lo] >= 0
            or a.lowers[lo] not in lex.pron_male | lex.pron_female
            or lo + 1 >= hi
        ):
            return None
        cue = self.att.cue_at(lo + 1, hi)
        if cue is None or cue[0] != lo + 1:
            return None
        m = self.att.mention_at(lo, hi)
        if m is None or m.person is None:
            return None
        return Attribution(m, cue)

    def carrier(self, last: tuple[int, Attribution]) -> Attribution:
        """The attribution a report without a cue of its own carries on from `last`: its
        own, unless its speaker cannot speak ('Zum Hintergrund führt der Bericht aus, 37
        Prozent der Taten hätten einen „…“ Hintergrund. Ein Drittel richte sich …': not
        '37 Prozent', which the partial quote was given); then the text that sentence
        names, else nobody."""
        m = last[1].mention
        if m is None or self.can_speak(m):
            return last[1]
        lo, hi = self.a.sents[self.a.sent_of[m.tok_start]]
        return Attribution(self.document_named(lo, hi), None)

    def document_named(self, lo: int, hi: int, inside: bool = False) -> Mention | None:
        """The report, study or message (a source noun) that [lo, hi) names as what says
        something: after 'in' ('werden im Bericht … genannt', 'In einer Studie der
        Universität werden …'), or, unless `inside`, as a subject ('führt der Bericht
        aus'), not after another preposition ('nach dem Bericht')."""
        a, lex = self.a, self.lex
        preps = PREPOSITIONS["de"]
        for k in range(lo, hi):
            # 'der Bericht', 'im ai-Bericht'
            if (
                a.qid[k] >= 0
                or not a.words[k].rsplit("-", 1)[-1][:1].isupper()
                or not lex.is_source_noun(a.lowers[k])
            ):
                continue
            j = k
            while j > lo and (
                a.lowers[j - 1] in lex.determiners
                or (
                    a.words[j - 1].islower()
                    and a.lowers[j - 1][-1:] in "enrs"
                    and a.lowers[j - 1] not in preps
                )
            ):
                j -= 1
            if j > lo and a.lowers[j - 1] in ("in", "im"):
                return self.att.document_phrase(j - 1, hi) or Mention(j, k + 1, "source", None)
            if not inside and (
                j == lo
                or (
                    a.lowers[j] in lex.determiners
                    and a.words[j - 1].islower()
                    and a.lowers[j - 1] not in preps
                )
            ):
                return Mention(j, k + 1, "source", None)
        return None

    def can_speak(self, m: Mention) -> bool:
        """Can what a speaker found by no lexicon ('generic') names have said anything:
        not a quantity ('37 Prozent der Taten') nor an abstract noun ('die
        Sicherheitsvorkehrungen', 'die Aufklärungsquote'), unless a lexicon knows it as a
        role, body or text ('die Organisation', 'die Darstellung')?"""
        a, lex = self.a, self.lex
        if lex.lang != "de" or m.kind != "generic" or m.person is not None:
            return True
        if a.words[m.tok_start][:1].isdigit() or (
            m.tok_start > 0 and a.words[m.tok_start - 1][:1].isdigit()
        ):
            return False
        k = next(
            (
                k
                for k in range(m.tok_start, m.tok_end)
                if a.caps[k] and a.lowers[k] not in lex.determiners
            ),
            None,
        )
        if k is None or (k + 1 < m.tok_end and a.caps[k + 1]):
            return True  # 'Die Deutsche Welle': a name
        head = a.lowers[k]
        return (
            not head.endswith(ABSTRACT_ENDINGS)
            or lex.role(head)[0]
            or lex.is_org(head)
            or lex.is_source_noun(head)
            or head in lex.cue_nouns
        )

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


def _en_adverbial_end(a: Analysis, i: int, hi: int) -> int:
    """After 'said': the end of a time adverbial ('on Thursday', 'yesterday', 'last week',
    'on Monday evening', 'in a statement on Friday'), or i when none starts at i."""
    j = i
    while j < hi and a.qid[j] < 0:
        low = a.lowers[j]
        if low in EN_TIME_WORDS or (
            # 'said Tuesday in an interview': a bare weekday (not a month: 'said May')
            low in EN_WEEKDAYS and a.caps[j]
        ):
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


def _en_subordinate_end(a: Analysis, i: int, hi: int) -> int:
    """The first subordinating conjunction in [i, hi) ('when', 'after', 'because'), or hi."""
    return next(
        (k for k in range(i, hi) if a.qid[k] < 0 and a.lowers[k] in EN_FRONT_SUBORDINATORS), hi
    )


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


def _en_finite_clause(a: Analysis, lo: int, hi: int) -> bool:
    """Is [lo, hi) a clause with a finite auxiliary of its own ('The bank is weighing a
    sale', 'A deal could come'), not a name with its apposition ('Dufresne, ranked 143rd',
    'X, who is …')? Stricter than `_en_clause_follows`: a participle does not count."""
    for k in range(lo, hi):
        low = a.lowers[k]
        if a.qid[k] >= 0:
            continue
        if low in EN_RELATIVES or low == "whose":
            return False
        if low in EN_FINITE and low not in ("'s", "’s"):
            return True
    return False


def _en_insertion(a: Analysis, c: int, k: int, hi: int) -> bool:
    """After 'said' at c, does the comma at k open an insertion closed by a second comma
    inside the reported clause ('said compliance by some members, including Iraq and
    Chad, would be discussed', 'said officers arrived and found the victims, ages 16 and
    17, with …')? The clause then starts right after 'said'."""
    nxt = a.lowers[c + 1]
    if (
        nxt in PREPOSITIONS["en"]
        or nxt == "that"
        or not a.words[c + 1].isalnum()
        or a.qid[c + 1] >= 0
        or k + 1 >= hi
        or a.lowers[k + 1] in EN_CLAUSE_BREAKS | EN_SUBJECTS | {"and", "or", "that"}
    ):
        return False
    k2 = next((j for j in range(k + 2, min(hi, k + 10)) if a.words[j] in (",", ";")), None)
    if k2 is None or a.words[k2] != ",":
        return False
    if any(a.qid[j] >= 0 or a.lowers[j] in EN_FINITE for j in range(c + 1, k2)):
        return False
    if any(a.lowers[j].endswith("ing") for j in range(k + 2, k2)):
        return False  # '…, raising the prospect of …, …': the reporter's participle clause

    def past(j: int) -> bool:
        low = a.lowers[j]
        return (
            len(low) > 4
            and low.endswith("ed")
            and a.qid[j] < 0
            and a.lowers[j - 1] not in a.lex.determiners
        )

    after = next((j for j in range(k2 + 1, hi) if a.words[j] in (",", ";")), hi)
    return any(
        a.qid[j] < 0 and (a.lowers[j] in EN_FINITE and a.lowers[j] not in ("'s", "’s") or past(j))
        for j in range(k2 + 1, after)
    ) or any(past(j) for j in range(c + 2, k))


def _en_infinitive_object(a: Analysis, lo: int, k: int) -> bool:
    """Does an infinitive with its own object stand in [lo, k), before the 'that' at k
    ('hoping to halt a price slide that …')? Then the 'that' opens a relative clause or
    the infinitive's clause, not the speech verb's ('said to reporters that …' and
    'explained to the committee that …' have no infinitive)."""
    for t in range(lo, k - 1):
        if a.lowers[t] != "to" or a.qid[t + 1] >= 0:
            continue
        nxt = a.lowers[t + 1]
        if not (nxt.isalpha() and a.words[t + 1].islower()) or nxt in a.lex.determiners:
            continue
        if t + 2 == k and t > lo and not a.lex.is_cue(nxt) and a.lowers[lo - 1] in EN_DIRECTIVES:
            # 'urged parents to check that …', 'asked them to ensure that …': the clause is
            # what the infinitive's verb governs, not a report ('went on to say that …' is;
            # 'wrote in a note to clients that …' has no infinitive)
            return True
        if any(a.lowers[j] in a.lex.determiners for j in range(t + 2, k)):
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


def find_reported(a: Analysis, att: Attributor, direct: list[Found]) -> list[Found]:
    return Reported(a, att).run(direct)


def pointed_document(a: Analysis, k: int) -> Mention:
    """What the adverb at k ('darin', 'dort') points back to: a text named in the sentence
    before ('eine Stellungnahme'), else the adverb itself."""
    if a.sent_of[k] > 0:
        p_lo, p_hi = a.sents[a.sent_of[k] - 1]
        for j in range(p_hi - 1, p_lo, -1):
            if a.lowers[j] in a.lex.cue_nouns and a.lowers[j - 1] in a.lex.determiners:
                return Mention(j - 1, j + 1, "source", None)
    return Mention(k, k + 1, "source", None)
