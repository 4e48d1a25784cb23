"""Interviews in question-and-answer form: answers attributed by their label.

Part of the rule-based extractor; see quotes.py for the overview."""

from __future__ import annotations

import bisect

from bot.nlp.analysis import Analysis, Attribution, Found, Mention
from bot.nlp.attribution import Attributor
from bot.nlp.wordlists import ANSWER_LABELS, INTERVIEWER_LABELS, LABEL_RE


def find_interview(a: Analysis, att: Attributor) -> list[tuple[int, int, Found | None]]:
    """Question-and-answer interviews: paragraphs that open with 'LABEL: '. The label
    whose paragraphs are mostly questions (or 'SPIEGEL', 'Q', 'Frage') is the interviewer;
    the answers of the other labels are that person's words. Returns (start, end, Found or
    None for a question) per paragraph, the label included; empty when the article is not
    an interview."""
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
            out.append((lstart, end, None))
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
                lstart,
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
