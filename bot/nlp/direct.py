"""Quotations in quote marks: which are someone's words, and whose.

Part of the rule-based extractor; see quotes.py for the overview."""

from __future__ import annotations

import bisect

from bot.nlp.analysis import Analysis, Attribution, Found, Mention
from bot.nlp.attribution import Attributor, colon_subject
from bot.nlp.reported import pointed_document
from bot.nlp.wordlists import (
    ADDRESSEE_ARTICLES,
    ALIAS_OPENERS,
    ALIAS_WORDS,
    CLAUSE_MARKS,
    DEFINITE,
    EDGE_PUNCT,
    EN_INDEFINITE_PRONOUNS,
    FIRST_PERSON,
    INDEFINITE_ARTICLES,
    KONJ_MODALS,
    NAME_GLUE,
    NAME_GLUE_INNER,
    NAMING_VERBS,
    POINTING_ADVERBS,
    PREPOSITIONS,
    PRESS_NOUNS,
    SPEAK_OF,
    VORFELD_VERBS,
    WEB_ADDRESS,
    WEEKDAYS_MONTHS,
    is_fragment,
)


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
                        a.words[first - 1] == ":" and (is_fragment(inner) or _is_proper_name(inner))
                    )
                )
            )
        ):
            continue  # 'the film "Blue Harbor"'; but 'called the plan "a disaster"' is speech
        if (
            prev_low == ":"
            and a.lowers[first - 2] in a.lex.non_quote_signs
            and a.qid[first - 2] < 0
        ):
            continue  # 'mit einem Spruchband: „Kämpfen, Lindenau!“': written, not said
        if (
            first > 1
            and a.words[first - 1] == ","
            and a.lowers[first - 2] in a.lex.non_quote
            and inner[:1].isupper()
            and is_fragment(inner)
        ):
            continue  # 'In her memoir, "Spans", she wrote …': the title in apposition
        if (
            prev_low == "of"
            and a.lowers[first - 2] in a.lex.non_quote_makers
            and inner[:1].isupper()
            and a.qid[first - 2] < 0
        ):
            continue  # 'said Kraus, the author of "Dry Ledger," adding …': a title
        if (
            a.lex.lang == "en"
            and prev_low in ("read", "reads", "reading")
            and any(
                a.lowers[k] in a.lex.non_quote or a.lowers[k][:-1] in a.lex.non_quote
                for k in range(max(0, first - 5), first - 1)
            )
        ):
            continue  # 'shirts that read "Save Maple Grove"', 'a sign reading "Closed"'
        if (
            _is_proper_name(inner) and not _called_as(a, qi) and not _opens_split_quote(a, qi)
        ) or _named_thing(a, qi, inner):
            continue  # „Financial Times“, "Operation Iraqi Freedom": a name, not words
        if (
            is_fragment(inner)
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
            is_fragment(inner)
            and inner[:1].isupper()
            and (
                (
                    (prev_low in DEFINITE or prev_low in PREPOSITIONS.get(a.lex.lang, ()))
                    and not cue_near
                    and not _cue_in_clause(a, first, inner)
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
        outside_before = any(a.qid[k] < 0 for k in range(s_lo, first))
        attr, rule = None, "around"
        if outside_before:
            # 'Auf den Vorwurf der CDU, es handle sich um einen „…“, entgegnete X'
            content = att.speech_noun_content(s_lo, first)
            attr = Attribution(content, None) if content is not None else None
        if attr is None:
            attr, rule = att.after_quote(qi), "after"
        if attr is None:
            attr, rule = att.before_colon(qi), "colon"
        if attr is None:
            attr, rule = att.source_phrase(qi), "source"
        if attr is None:
            # '… „…“. Diese Worte der Ministerin …': named outright by the next sentence
            attr, rule = att.de_pointer_after(qi), "pointer"
        if attr is None and (outside_before or is_fragment(inner)):
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
                and not (is_fragment(inner) and outside_before)
                and not _colon_statement_of_another(a, att, qi, inner, si, psi)
            ):
                attr = Attribution(pattr.mention, None)
        colon_statement = attr is None and _statement_after_colon(a, qi, inner)
        if colon_statement:
            # 'Paolo lehnte mit den Worten ab: „…“': a whole statement announced by a colon
            # is someone's words even with no speech verb; the clause's subject said it.
            subject = colon_subject(a, att, s_lo, first - 1)
            if subject is not None:
                attr, rule = Attribution(subject, None), "colon_statement"
            else:
                # 'Darin steht: „…“', 'Auf dem Plakat war zu lesen: „…“': still someone's
                # words (a document's, a sign's), kept unless a report claims them
                unattributed.append(Found(q.start, q.end, None, "direct", si, "colon_statement"))
                continue
        if attr is None and (is_fragment(inner) or outside_before):
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
    _adjacent_statements(a, found)
    return found


def _adjacent_statements(a: Analysis, found: list[Found]) -> None:
    """'„Das war vermeidbar.“ „Hätte man gehandelt, lebten sie noch“, so die Anwältin.':
    a statement with no speaker of its own, followed in its paragraph by another with
    only a space between them, is the words of whoever the second is attributed to."""
    for f, g in zip(found[:-1], found[1:], strict=True):
        if (
            f.type == "direct"
            and (f.attr is None or f.attr.mention is None)
            and g.rule == "after"
            and g.attr is not None
            and g.attr.mention is not None
            and not a.text[f.end : g.start].strip()
            and "\n" not in a.text[f.end : g.start]
        ):
            f.attr, f.rule = Attribution(g.attr.mention, None), "after"


def en_short_org_name(a: Analysis, k: int) -> str | None:
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


def en_lone_org_name(a: Analysis, k: int) -> str | None:
    """'Halvex said on Tuesday that it …', 'Quenta, which makes cathode materials, said':
    a single capitalised word as a speaker that no one bears as a given name is a company's
    (or a country's) name, unless it is a common word written capitalised at the start of
    the sentence: a plural ('Paediatricians said'), a word the article also writes in
    lowercase ('Management said'), a role, a function word or an indefinite pronoun; a
    'he' or 'she' after it in its sentence makes it a person's surname instead."""
    word, low, lex = a.words[k], a.lowers[k], a.lex
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()) or low.endswith("s"):
        return None
    if (
        low in lex.stopwords
        or low in lex.determiners
        or low in EN_INDEFINITE_PRONOUNS
        or low in WEEKDAYS_MONTHS
        or low in lex.epithets
        or lex.is_cue(low)
        or lex.is_org(low)
        or lex.role(low)[0]
        or lex.given_gender(low) is not None
    ):
        return None
    hi = a.sents[a.sent_of[k]][1]
    if any(a.lowers[t] in ("he", "she", "his", "him", "her") for t in range(k + 1, hi)):
        return None
    if any(a.lowers[t] == low and not a.caps[t] for t in range(a.n)):
        return None
    return word


def en_named_org_before(a: Analysis, m: Mention) -> str | None:
    """'the council' after 'Cornwall Council', 'the department' after 'the Maple Grove
    Fire Department': the nearest earlier capitalised name ending in the same head; 'the
    club' or 'the team' also the club that opens the story."""
    head = a.lowers[m.tok_end - 1]
    for k in range(m.tok_start - 1, -1, -1):
        if a.lowers[k] != head or not a.caps[k] or a.qid[k] >= 0:
            continue
        j = k
        while (
            j > 0
            and k - j < 4
            and a.caps[j - 1]
            and a.qid[j - 1] < 0
            and a.sent_of[j - 1] == a.sent_of[k]
            and a.lowers[j - 1] not in a.lex.determiners
            and a.lowers[j - 1] not in a.lex.stopwords
        ):
            j -= 1
        if j < k:
            return a.text[a.starts[j] : a.ends[k]]
    if head in a.lex.named_org_heads:
        # 'the company' after 'the food delivery company Platewise': the name after the
        # same head, lowercase
        for k in range(m.tok_start - 1, -1, -1):
            if a.lowers[k] != head or a.caps[k] or a.qid[k] >= 0:
                continue
            e = _en_cap_run(a, k + 1)
            if e > k + 1:
                return a.text[a.starts[k + 1] : a.ends[e - 1]]
        # 'Brightline Appliances is recalling …, the company said': the name of several
        # words that opens the sentence
        lo = a.sents[a.sent_of[m.tok_start]][0]
        e = _en_cap_run(a, lo)
        if e - lo >= 2 and e < m.tok_start and a.words[e].islower():
            return a.text[a.starts[lo] : a.ends[e - 1]]
    if head in ("club", "team", "company", "firm"):
        # 'Harrowgate Athletic have sacked their manager … the club said': a sports story's
        # club, or a business story's company, is the name of several words that opens one
        # of its first sentences (with a verb after it: not 'New York City officials')
        for lo, hi in a.sents[:4]:
            e = lo
            while (
                e < hi
                and a.caps[e]
                and a.qid[e] < 0
                and e not in a.mention_at
                and a.lowers[e] not in a.lex.stopwords
                and a.lowers[e] not in a.lex.determiners
                and not a.lex.role(a.lowers[e])[0]
            ):
                e += 1
            if (
                e - lo >= 2
                and e < hi
                and a.words[e].islower()
                and e <= m.tok_start
                and (
                    head in ("club", "team")
                    or not (a.lex.role(a.lowers[e])[0] or a.lex.is_org(a.lowers[e]))
                )
            ):
                return a.text[a.starts[lo] : a.ends[e - 1]]
    return None


def en_apposed_org_name(a: Analysis, m: Mention) -> str | None:
    """'Fair Basket, a consumer charity, said …', 'Platewise, the delivery company, said':
    an organisation noun set off by commas describes the capitalised name right before
    it, which is the speaker's name."""
    i, e = m.tok_start, m.tok_end
    lo = a.sents[a.sent_of[i]][0]
    # 'the industry's main lobbying group': the description may start before the mention
    d = i
    while d > lo + 1 and i - d < 6 and a.qid[d - 1] < 0 and a.lowers[d] not in ("a", "an", "the"):
        w = a.words[d - 1]
        # 'Torvane, the Swedish battery maker,': a nationality among the description
        if not (w.islower() or w in ("'s", "’s") or a.caps[d - 1] and d - 2 > lo):
            break
        d -= 1
    if a.lowers[d] not in ("a", "an", "the") or d < 2 or a.words[d - 1] != ",":
        return None
    i = d
    if e >= a.n or a.words[e] != ",":
        return None
    j = i - 1
    while (
        j > lo
        and i - 1 - j < 6
        and a.caps[j - 1]
        and a.qid[j - 1] < 0
        and (j - 1) not in a.mention_at
        and a.lowers[j - 1] not in a.lex.stopwords
        and a.lowers[j - 1] not in a.lex.determiners
        and a.lowers[j - 1] not in WEEKDAYS_MONTHS
        and not a.lex.role(a.lowers[j - 1])[0]
    ):
        j -= 1
        if j - 2 > lo and a.lowers[j - 1] in ("of", "for", "&") and a.caps[j - 2]:
            j -= 1  # 'the Association of Freight Carriers': a name's own joining word
        elif (
            j - 2 >= lo
            and a.words[j - 1] in ("'", "’")
            and a.caps[j - 2]
            and a.lowers[j - 2].endswith("s")
            and a.ends[j - 2] == a.starts[j - 1]
        ):
            j -= 1  # "the Parents' Vaccine Network": a plural owner in the name
    if j == i - 1 or a.lowers[j] in ("of", "for", "&"):
        return None
    if j > lo and a.words[j - 1] not in (",", ";", ":", "the", "The"):
        return None
    return a.text[a.starts[j] : a.ends[i - 2]]


def _en_cap_run(a: Analysis, i: int) -> int:
    """The end of the capitalised words from token i that may name an organisation (no
    person, role, month or function word; up to four in one sentence), or i."""
    e = i
    while (
        e < min(a.n, i + 4)
        and a.caps[e]
        and a.qid[e] < 0
        and a.sent_of[e] == a.sent_of[i]
        and e not in a.mention_at
        and a.lowers[e] not in a.lex.stopwords
        and a.lowers[e] not in a.lex.determiners
        and a.lowers[e] not in WEEKDAYS_MONTHS
        and not a.lex.role(a.lowers[e])[0]
    ):
        e += 1
    return e


def en_org_antecedent(
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


def _cue_in_clause(a: Analysis, first: int, inner: str) -> bool:
    """German: words, not a name (a noun and a lowercase adjective or verb, not a
    particle: not „Correio da Manhã“), after a speech verb further back in their clause,
    with no comma or quotation between ('Er nannte das Verhalten der Reederei ein Beispiel
    für die „Unzuverlässigkeit westlicher Partner“')."""
    words = inner.split()
    if a.lex.lang != "de" or len(words) < 2:
        return False
    if not any(
        w.isalpha() and w.islower() and len(w) >= 4 and w not in a.lex.stopwords for w in words[1:]
    ):
        return False
    lo = a.sents[a.sent_of[first]][0]
    for k in range(first - 2, max(lo, first - 13) - 1, -1):
        if a.qid[k] >= 0 or a.words[k] in (",", ";", ":", "–"):
            return False
        if a.lex.is_cue(a.lowers[k]):
            return True
    return False


def as_evaluation(a: Analysis, att: Attributor, f: Found) -> Attribution | None:
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


def after_reports(a: Analysis, direct: list[Found], reported: list[Found]) -> None:
    """A quotation nobody is found to have said, right after someone's reported speech,
    is theirs: 'X sagte, der Vorfall sei kein Unfall gewesen. „Das war …“' Only whole
    sentences in quote marks, the report in the sentence before or earlier in the same
    one, with nobody else named in between. A quotation only carried on from an earlier
    speaker ('Sie habe gesagt, … Er glaube aber, … „…“') goes to a report with a speech
    verb of its own in the sentence right before."""
    spoken = [r for r in reported if r.attr is not None and r.attr.mention is not None]
    if not spoken:
        return
    for f in direct:
        carried = f.rule == "continuation" and f.attr is not None and f.attr.mention is not None
        if f.type != "direct" or (
            f.attr is not None and f.attr.mention is not None and not carried
        ):
            continue
        first = a.q_first[a.quote_at[f.start]]
        before = [r for r in spoken if r.sent in (f.sent, f.sent - 1) and r.end <= f.start]
        if not before or first < 0:
            continue
        r = before[-1]
        m = r.attr.mention  # type: ignore[union-attr]
        if carried and (
            r.sent != f.sent - 1
            or r.attr.cue is None  # type: ignore[union-attr]
            or a.sent_of[r.attr.cue[0]] != r.sent  # type: ignore[union-attr]
            or m.person is None  # type: ignore[union-attr]
            or m.person == f.attr.mention.person  # type: ignore[union-attr]
        ):
            continue
        # a report carried on from a sentence before ('X lobt Y. Y habe …, sei …') may
        # name others: only names after it count
        since = (
            bisect.bisect_left(a.starts, r.end)
            if r.type == "free_indirect" and m.tok_end < a.sents[r.sent][0]  # type: ignore[union-attr]
            else m.tok_end  # type: ignore[union-attr]
        )
        if a.mention_between(since, first):
            continue
        f.attr = Attribution(m, None)
        f.rule = "after_report"


def en_partials_in_reports(a: Analysis, direct: list[Found], reported: list[Found]) -> None:
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


def reports_after_subject_quotes(a: Analysis, direct: list[Found], reported: list[Found]) -> None:
    """'X wendet sich an die Bürger. „…“ Die Verwaltung arbeite …': a Konjunktiv sentence
    right after a statement that after_subjects gave to the subject before it, with nobody
    named, carries that speaker on (reported speech ran before it and found nobody)."""
    by_end = {}
    for f in direct:
        if f.rule == "previous" and f.attr is not None and f.attr.mention is not None:
            by_end[a.sent_of[a.q_last[a.quote_at[f.start]]]] = f
    if not by_end:
        return
    for r in reported:
        if r.type != "free_indirect" or r.attr is None or r.attr.mention is not None:
            continue
        f = by_end.get(r.sent - 1)
        if f is not None and f.attr is not None:
            r.attr = Attribution(f.attr.mention, None)


def after_subjects(a: Analysis, att: Attributor, direct: list[Found]) -> None:
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


def is_term(a: Analysis, f: Found) -> bool:
    """A quoted name, title or gloss rather than anyone's words, unless a person (by name,
    pronoun or role) is found to have said it: one capitalised word („Facebook“, „Bruno“,
    „Sonnenwind“) or a quotation standing in parentheses ('Kreuzungen („Hybride“)').
    Capitalised single words with no such speaker were terms four times in five on the
    WikiNews data; evaluative words ('als „falsch“ zurückgewiesen') are lowercase."""
    inner = a.text[f.start + 1 : f.end - 1].strip()
    if a.lex.lang == "de" and _paper_after_cue(a, f) and len(inner.split()) <= 4:
        return True  # '…, sagte Lembeck der „Welt“': the paper she spoke to
    qi = a.quote_at.get(f.start)
    if qi is not None:
        first = a.q_first[qi]
        k = bisect.bisect_right(a.mention_starts, first) - 1
        m0 = a.mentions[k] if k >= 0 else None
        if m0 is not None and m0.kind == "name" and m0.tok_start < first < m0.tok_end:
            return True  # 'prop Joe "Tank" Faleolo': a nickname inside the name
    m = f.attr.mention if f.attr is not None else None
    if m is not None and m.kind in ("name", "pronoun", "role"):
        return False
    if len(inner.split()) == 1 and inner[:1].isupper():
        # not when a speech verb before it introduces the word: 'Analysten sprachen von
        # „Panikverkäufen“', 'Das Magazin bezeichnete die Firma als „Schatten-CIA“'
        return m is None or not (_introduced_by_cue(a, f) or _indefinite_word(a, f))
    before = a.text[max(0, f.start - 2) : f.start].strip()
    after = a.text[f.end : f.end + 2].strip()
    return before.endswith("(") and after.startswith(")") and is_fragment(inner)


def quoted_noun(a: Analysis, f: Found) -> bool:
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


def _indefinite_word(a: Analysis, f: Found) -> bool:
    """'…, in denen es heißt, die Opposition sei nur ein „Papiertiger“': one word after an
    indefinite article, with a speaker found for it, is a word someone used (a name or
    title takes the definite article: 'der „Spiegel“')."""
    qi = a.quote_at.get(f.start)
    if qi is None or f.attr is None or f.attr.mention is None:
        return False
    first = a.q_first[qi]
    return first > 0 and a.lowers[first - 1] in INDEFINITE_ARTICLES | {"einen"}


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
        is_fragment(inner)
        and not any(a.lowers[k] in ("worten", "words") for k in range(max(s_lo, first - 6), first))
    ):
        return False
    before = a.text[a.starts[s_lo] : a.starts[first - 1]]
    return before.count("(") <= before.count(")") and before.count("[") <= before.count("]")


def named_org_before(a: Analysis, att: Attributor, m: Mention) -> str | None:
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
    if head in PRESS_NOUNS:
        return _quoted_paper_before(a, m.tok_start)
    return None


def _quoted_paper_before(a: Analysis, i: int) -> str | None:
    """'Die „taz“ zieht ein Fazit. „…“, schreibt das Blatt': the nearest paper before token
    i named in quote marks after an article ('die „Neue Osnabrücker Zeitung“'), the one a
    press review's 'das Blatt' or 'die Zeitung' points back to."""
    lo = max(0, i - 400)
    for qi in range(len(a.quotes) - 1, -1, -1):
        first, last = a.q_first[qi], a.q_last[qi]
        if first < 0 or last >= i:
            continue
        if first <= lo:
            break
        inner = a.text[a.quotes[qi].start + 1 : a.quotes[qi].end - 1].strip()
        if (
            len(inner.split()) <= 4
            and inner[-1:].isalpha()
            and (a.lowers[first - 1] in DEFINITE or a.lowers[first - 1].endswith("nde"))
        ):
            # spelt as the paper's own mentions are: with its quote marks
            return a.text[a.quotes[qi].start : a.quotes[qi].end]
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
    m = colon_subject(a, att, a.sents[si][0], first - 1)
    return m is not None and m.kind in ("name", "role", "org")


def colon_source(a: Analysis, att: Attributor, lo: int, colon: int) -> Mention | None:
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
        return pointed_document(a, lo)
    return att.best_speaker(lo, colon)


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
    if first <= 0:
        return False
    s_lo, s_hi = a.sents[a.sent_of[first]]
    if first > 1 and a.lowers[first - 1] in INDEFINITE_ARTICLES and a.lowers[first - 2] == "von":
        # 'sprach von einem „Totalversagen der Regierung“': a name takes no 'einem'
        return any(a.lowers[k] in SPEAK_OF for k in range(max(s_lo, first - 8), first - 2))
    if a.lowers[first - 1] not in ("als", "wie", "as"):
        return False
    return any(a.lex.is_cue(a.lowers[k]) for k in range(last + 1, min(s_hi, last + 3))) or any(
        a.lex.is_cue(a.lowers[k]) for k in range(max(s_lo, first - 6), first - 1)
    )


def _opens_split_quote(a: Analysis, qi: int) -> bool:
    """'„Bei der Grundsicherung“, sagte X, „wird …“': the first part of a quotation the
    attribution interrupts, however much it looks like a name, is someone's words."""
    last = a.q_last[qi]
    return (
        last + 3 < a.n
        and a.words[last + 1] == ","
        and a.lex.is_cue(a.lowers[last + 2])
        and any(
            a.qid[k] >= 0 and a.words[k - 1] == "," for k in range(last + 3, min(a.n, last + 8))
        )
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


def _is_proper_name(inner: str) -> bool:
    """'Financial Times', 'Operation Iraqi Freedom': every word capitalised, no sentence."""
    words = inner.split()
    if len(words) < 2 or len(words) > 6 or inner.rstrip()[-1:] in ".!?…,":
        return False
    glue = NAME_GLUE | NAME_GLUE_INNER if words[0][0].isupper() else NAME_GLUE
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in glue for w in words) and any(
        w[0].isupper() for w in words[1:]
    )
