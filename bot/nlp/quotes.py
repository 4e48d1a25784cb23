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

- speech acts summed up by a listed verb ('X forderte ein Verbot', 'warf … vor').

Not handled: anything that needs a parser to find a subject.

The method follows the usual rule-based pipeline (quote detection, cue detection,
speaker search around the cue, coreference by recency and agreement), as in textacy's
direct-quotation extractor, with German word order and compounds added.

The stages, one module each (this one runs them: `attribute`):
- spans.py: where quotations open and close;
- analysis.py: sentences, names, roles and people of one article (`Analysis`), and the
  records the stages share (`Mention`, `Attribution`, `Found`);
- attribution.py: who said a quotation: cues, subjects, pronouns, sources (`Attributor`);
- direct.py: which quotations in quote marks are someone's words (`find_direct`);
- reported.py: reported speech without quote marks (`Reported`, `find_reported`);
- interview.py: question-and-answer interviews;
- wordlists.py: the closed word classes the stages share (open classes such as cue
  verbs, roles and names are data: de.toml, en.toml, names.toml).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.models import Person, Quote
from bot.nlp.analysis import Analysis, Attribution, Found, Mention
from bot.nlp.attribution import Attributor
from bot.nlp.direct import (
    after_reports,
    after_subjects,
    as_evaluation,
    colon_source,
    en_apposed_org_name,
    en_lone_org_name,
    en_named_org_before,
    en_org_antecedent,
    en_partials_in_reports,
    en_short_org_name,
    find_direct,
    is_term,
    named_org_before,
    quoted_noun,
    reports_after_subject_quotes,
)
from bot.nlp.interview import find_interview
from bot.nlp.reported import find_reported
from bot.nlp.wordlists import EN_QUESTIONERS, is_fragment


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
                f.attr.mention is None
                or (f.attr.mention.kind == "generic" and f.rule == "around")
                or (
                    # 'X warf ihm vor, er habe gezeigt, ein „…“ zu sein': the verb that
                    # found the quotation is inside X's report, its subject a pronoun of
                    # the report, so X's words (a name there, 'dass Roth gefragt habe,
                    # ob sie „…“', is whom the report quotes)
                    a.lex.lang == "de"
                    and f.rule == "around"
                    and f.attr.mention.kind == "pronoun"
                    and f.attr.cue is not None
                    and r is not None
                    and r.attr is not None
                    and r.attr.cue is not None
                    and r.attr.mention is not None
                    and a.starts[r.attr.cue[0]] < r.start <= a.starts[f.attr.cue[0]]
                )
            )
            and f.type == "partial"
            and r is not None
            and r.attr.mention is not None  # type: ignore[union-attr]
            and r.start <= f.start
            and f.end <= r.end + 1
            and not quoted_noun(a, f)
        ):
            # 'Es drohe „…“': a verb that names no one; the report around the quotation
            # says whose words they are
            f.attr = Attribution(r.attr.mention, None)  # type: ignore[union-attr]
        elif (
            a.lex.lang == "de" and f.type == "partial" and f.rule == "after" and f.attr is not None
        ):
            # 'Während X erklärte, aufgeregt zu sein, „…“, räumte Y ein, …': the quotation
            # closes X's report, cut before Y's verb; Y's verb is not its tag
            inside = next(
                (
                    g
                    for g in reported
                    if g.sent == f.sent
                    and g.rule == "after_cue"
                    and g.attr is not None
                    and g.attr.mention is not None
                    and g.attr.cue is not None
                    and g.start <= f.start
                    and f.end <= g.end + 1
                    and a.starts[g.attr.cue[0]] < g.start
                    # the report stops right after the quotation, where the tag's clause
                    # opens with its verb: not a closing 'so X'
                    and f.attr.cue is not None
                    and a.lowers[f.attr.cue[0]] != "so"
                    and a.starts[f.attr.cue[0]] > g.end
                    and a.text[g.end : a.starts[f.attr.cue[0]]].strip() == ","
                ),
                None,
            )
            if inside is not None and inside.attr.mention is not f.attr.mention:  # type: ignore[union-attr]
                f.attr = Attribution(inside.attr.mention, None)  # type: ignore[union-attr]
    after_reports(a, direct, reported)
    after_subjects(a, att, direct)
    reports_after_subject_quotes(a, direct, reported)
    for f in unattributed:
        r = report_by_sent.get(f.sent)
        if r is not None and quoted_noun(a, f):
            r = None  # 'sind „Alfvenwellen“': a term in a report, not its speaker's word
        if r is not None and r.start <= f.start and f.end <= r.end + 1:
            f.attr = Attribution(r.attr.mention, None)  # type: ignore[union-attr]
            direct.append(f)
        elif f.rule == "colon_statement":
            lo, _ = a.sents[f.sent]
            first = a.q_first[a.quote_at[f.start]]
            f.attr = Attribution(colon_source(a, att, lo, first - 1), None)
            direct.append(f)
        elif f.attr is None:
            # 'X wertete das als „…“': an evaluation in quote marks is the subject's word
            attr = as_evaluation(a, att, f)
            if attr is not None:
                f.attr = attr
                direct.append(f)

    if a.lex.lang == "en":
        en_partials_in_reports(a, direct, reported)
    items = direct + reported
    interview = find_interview(a, att)
    if interview:
        # inside an interview the labels say who speaks; other rules would only add noise
        blocks = [(lo, hi) for lo, hi, _ in interview]
        questions = [(lo, hi) for lo, hi, f in interview if f is None]
        answerers = {
            f.attr.mention.person
            for _, _, f in interview
            if f is not None and f.attr is not None and f.attr.mention is not None
        }
        items = [
            f
            for f in items
            if not any(lo <= f.start < hi for lo, hi in blocks)
            # 'ZEIT ONLINE: Die Ministerin hat gesagt, … sei „…“. Hat …?': a question
            # may report what someone else, named there, said
            or (
                any(lo <= f.start < hi for lo, hi in questions)
                and f.attr is not None
                and f.attr.mention is not None
                and f.attr.mention.kind in ("name", "role")
                and f.attr.mention.person not in answerers
            )
        ]
        items += [f for _, _, f in interview if f is not None]
    text = a.text
    # A quoted word or two that nobody can be found to have said is a term, not a quote;
    # so is a name or gloss no person is found to have said.
    items = [
        f
        for f in items
        if f.type not in ("direct", "partial")
        or (
            (f.attr is not None and (f.attr.mention is not None or f.attr.unnamed))
            or not is_fragment(text[f.start + 1 : f.end - 1])
        )
        and not is_term(a, f)
    ]
    items.sort(key=lambda f: (f.start, f.end))
    orgs: dict[str, Person] = {}
    quotes: list[Quote] = []
    named_orgs: list[tuple[str, int]] = []  # organisations named as speakers, and where
    nameless: tuple[Mention, int] | None = None  # the last unnamed speaker, and its sentence
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
                else:
                    if m.kind == "role":
                        rec.role = m.role
                    if m.kind == "pronoun" and a.lex.lang == "de":
                        m = _de_plural_antecedent(a, att, m, rec)
                    name = _org_name(a, att, m, f.sent, named_orgs)
                    if name:
                        rec.speaker = name
                        orgs.setdefault(name, Person(name=name, kind="org"))
                        named_orgs.append((name, f.sent))
            if attr.cue is not None:
                c0, c1 = attr.cue
                rec.cue_start = a.starts[c0]
                rec.cue_end = a.ends[c1 - 1]
                rec.cue = a.words[c0] if c1 - c0 == 1 else f"{a.words[c0]} … {a.words[c1 - 1]}"
        if a.lex.lang == "en" and attr is not None and attr.mention is not None:
            nameless = _carry_nameless(a, f, attr.mention, rec, nameless)
        quotes.append(rec)

    headline_end = text.find("\n")
    quotes = _merge_repeats(quotes, headline_end if headline_end >= 0 else 0)
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


def _carry_nameless(
    a: Analysis, f: Found, m: Mention, rec: Quote, nameless: tuple[Mention, int] | None
) -> tuple[Mention, int] | None:
    """English: 'A spokeswoman for Halvorsen Mining said … "…," she said. He said …': a
    'he' or 'she' that names nobody after an unnamed speaker of a fitting gender, in the
    last few sentences with no one else quoted between, is that speaker: the record
    carries the unnamed mention (its text and place), its speaker stays empty. So does a
    pronoun that only a person named inside its own report would fit ('The minister, Carla
    Hendry, was briefed, she said'). Returns the unnamed speaker now in force."""
    lex = a.lex
    if m.kind == "role" and m.person is None:
        return None if (m.role or "").lower() in EN_QUESTIONERS else (m, f.sent)
    low = a.lowers[m.tok_start]
    if m.kind != "pronoun" or not (low in lex.pron_male or low in lex.pron_female):
        return None
    if nameless is None or f.sent - nameless[1] > 4:
        return None
    if m.person is not None:
        own = [
            x
            for x in a.mentions
            if x.person == m.person and x.tok_start < m.tok_start and x.kind == "name"
        ]
        if not own or not (rec.start <= a.starts[own[-1].tok_start] < rec.end):
            return None
    gender = lex.role((nameless[0].role or "").lower())[1]
    if gender is not None and (low in lex.pron_male) != (gender == "m"):
        return None
    n = nameless[0]
    rec.speaker = None
    rec.role = n.role
    rec.speaker_text = a.text[a.starts[n.tok_start] : a.ends[n.tok_end - 1]]
    rec.speaker_start = a.starts[n.tok_start]
    rec.speaker_end = a.ends[n.tok_end - 1]
    return nameless


def _de_plural_antecedent(a: Analysis, att: Attributor, m: Mention, rec: Quote) -> Mention:
    """German 'sie' with a plural verb ('Sie stellten … dar', '…, sagten sie'): the record
    carries the plural subject it stands for ('Die Richter', 'Der Sprecher und andere
    Mitarbeiter'), its text and place; the speaker stays empty unless that subject is an
    organisation (returned, for `_org_name`). Without such a subject, the pronoun stays."""
    i = m.tok_start
    if a.lowers[i] not in a.lex.pron_plural or not att._de_plural_verb_with(i):
        return m
    span = att.de_plural_antecedent(i)
    if span is None:
        return m
    lo, hi = span
    rec.speaker_text = a.text[a.starts[lo] : a.ends[hi - 1]]
    rec.speaker_start = a.starts[lo]
    rec.speaker_end = a.ends[hi - 1]
    org = att.mention_at(lo, hi)
    if org is not None and org.kind == "org" and org.tok_end == hi:
        return org
    return m


def _org_name(
    a: Analysis, att: Attributor, m: Mention, sent: int, named_orgs: list[tuple[str, int]]
) -> str:
    """The organisation a speaker mention names, or "": its own name ('die Nachrichtenagentur
    Ostwind'), or for a common noun or pronoun the organisation it points back to: 'it' and
    'the agency' to one already quoted (`named_orgs`: name, sentence), 'the council' to
    'Cornwall Council', 'die Agentur' to 'die Nachrichtenagentur Reuters', a short 'Lumora'
    to 'Lumora Technologies'."""
    text = a.text
    if m.kind != "org":
        if a.lex.lang == "en" and m.kind != "role" and m.tok_end - m.tok_start == 1:
            return (
                en_short_org_name(a, m.tok_start)
                or (m.kind == "generic" and en_lone_org_name(a, m.tok_start))
                or ""
            )
        return ""
    if a.lex.lang == "en" and (apposed := en_apposed_org_name(a, m)):
        return apposed
    first_tok = m.tok_start
    if a.lowers[first_tok] in a.lex.determiners and first_tok + 1 < m.tok_end:
        first_tok += 1
        # 'die in Halle erscheinende „Nordpost“': the name, not the phrase before it
        first_tok = min(att._de_participle_phrase_end(first_tok, m.tok_end), m.tok_end - 1)
    name = text[a.starts[first_tok] : a.ends[m.tok_end - 1]]
    common = " " in name and name == name.lower()  # 'the hospital trust'
    if a.lex.lang == "en" and (m.tok_end - first_tok == 1 or common):
        head = a.lowers[m.tok_end - 1]
        definite = a.lowers[m.tok_start] == "the"
        name = (
            en_org_antecedent(named_orgs, head, definite, sent)
            or (en_named_org_before(a, m) if definite else None)
            or ("" if head == "it" else name)
        )
    # 'die Polizei', 'die Zeitung': a common noun names no one organisation across
    # articles; acronyms and names of several words do
    if name and not (" " in name or name.isupper() or not a.lex.is_org(name.lower())):
        name = named_org_before(a, att, m) or ""
    return name


def _norm(s: str) -> str:
    return " ".join("".join(c.lower() if c.isalnum() else " " for c in s).split())


def _merge_repeats(quotes: list[Quote], headline_end: int = 0) -> list[Quote]:
    """The same statement by the same speaker twice (teaser and body): keep the later one.
    A teaser that names no one, or a headline ('Wohnbau: „…“'), is the words of whoever
    says them in the body."""
    keep = [True] * len(quotes)
    norms = [_norm(q.text) for q in quotes]
    for i in range(len(quotes)):
        # a bounded window: repeats stand within a few dozen records of each other, and a
        # pathological file with thousands of quotations must not take quadratic time
        for j in range(i + 1, min(len(quotes), i + 60)):
            if not keep[j] or quotes[j].speaker is None:
                continue
            if quotes[i].speaker != quotes[j].speaker and not (
                quotes[i].speaker is None or quotes[i].end <= headline_end
            ):
                continue
            if len(norms[i]) < 20 or len(norms[j]) < 20:
                continue
            if quotes[j].start < quotes[i].end:
                continue  # a quotation inside its own report is no repeat
            if fuzz.ratio(norms[i], norms[j]) >= 85:
                keep[i] = False
                break
    return [q for q, k in zip(quotes, keep, strict=True) if k]
