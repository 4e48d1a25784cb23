"""Answer -> plain text (terminal, JSON "reply") or Telegram HTML messages.

Everything taken from articles or from the user is escaped for HTML; messages are split
between blocks (never inside a tag) so each stays within Telegram's 4096 characters.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import PurePath

from bot.models import Answer, QuoteHit, SpeakerRef
from bot.periods import period_label

TELEGRAM_LIMIT = 4096
# Names, roles, titles and queries longer than this are cut: they are labels, and a
# bounded label keeps every block of a message below the limit.
MAX_LABEL = 200

Fmt = Callable[[str], str]

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "quotation": "quotation",
        "quotations": "quotations",
        "phrase_header": "{n} {q} like {phrase}",
        "best": "best match: {who}",
        "unknown": "I know nobody called {name}.",
        "did_you_mean": "Did you mean: {names}?",
        "ambiguous": "Which one do you mean?",
        "mentioned": "{name} is mentioned in {n} {articles} but never quoted.",
        "article": "article",
        "articles": "articles",
        "no_match": "Nobody in the index said anything like {phrase}.",
        "showing": "Showing {a}–{b} of {n}.",
        "more": "Ask again with 'more' for the next ones.",
        "speakers_header": "Quoted people ({n}):",
        "nobody": "Nobody is quoted yet. Index some articles first.",
        "unknown_speaker_label": "unknown speaker",
        "reported_label": "reported",
        "no_more": "There is nothing more to show. Ask me something new.",
        "empty": "Ask me who said what, e.g. “what did Austin say” or “who said jeden Zentimeter”.",
        "or": "or",
        "and": "and",
        "about": "about {topic}",
        "no_topic": "{name} is quoted, but never about {topic}.",
        "no_claim": "{who} is not quoted saying anything like {claim}. {count}:",
        "latest_header": "Newest quotations",
        "no_period": "I found nothing from {period}; here are the newest.",
        "compare_next": "I answer one person at a time; for the comparison ask next: “{question}”.",
        "topic_header": "{n} {q} about {topic}",
        "source_header": "{n} {q} from {source} (no person named)",
        "no_topic_quotes": "Nobody in the index is quoted about {topic}.",
        "need_name": "Who or what do you mean by {who}? Please name them, e.g. “what did Austin say”.",
        # Telegram chat wording (handlers/): language choice, deep links, inline mode, /add
        "lang_set": "Replies are in English now.",
        "lang_auto": "Replies follow your Telegram language, or else each question's, again.",
        "lang_chosen": "Replies are in English (your choice). Change it with /lang de, /lang en or /lang auto.",
        "lang_follow": "Replies follow your Telegram language, or else each question's. Choose one with /lang de or /lang en.",
        "lang_usage": "Please choose with /lang de, /lang en or /lang auto.",
        "bad_link": "This link does not lead to anyone I know; type a name instead, e.g. Austin.",
        "inline_hint": "Type a name, or “who said …”",
        "admins_only": "Sorry, only the bot's admins can add articles.",
        "add_usage": "Send /add followed by the article text, or send the article as a .txt, .md or .html file.",
        "doc_type": "I can only index .txt, .md and .html files.",
        "doc_too_large": "This file is too large ({size}); the limit is 2 MB.",
        "doc_empty": "This file is empty.",
        "doc_binary": "This file is not text I can read; please send UTF-8 text.",
        "index_failed": "This article could not be indexed; the error has been logged.",
        "indexed": "Indexed: {count} — {people}",
        "indexed_none": "Indexed, but I found no quotations in it.",
        "unchanged": "I know this article already; nothing has changed.",
        "more_button": "▸ {n} more",
        # Notices on a pressed button (answerCallbackQuery), at most 200 characters
        "list_expired": "This list has expired; please ask again.",
        "choice_expired": "This choice has expired; please ask again.",
        "person_gone": "I cannot find this person any more; please ask again.",
        "button_unknown": "This button no longer works; please ask again.",
    },
    "de": {
        "quotation": "Zitat",
        "quotations": "Zitate",
        "phrase_header": "{n} {q} wie {phrase}",
        "best": "am ehesten: {who}",
        "unknown": "Ich kenne niemanden namens {name}.",
        "did_you_mean": "Meinst du: {names}?",
        "ambiguous": "Wen meinst du?",
        "mentioned": "{name} wird in {n} {articles} erwähnt, aber nie zitiert.",
        "article": "Artikel",
        "articles": "Artikeln",
        "no_match": "Niemand im Index hat etwas wie {phrase} gesagt.",
        "showing": "Zeige {a}–{b} von {n}.",
        "more": "Schreib „mehr“ für die nächsten.",
        "speakers_header": "Zitierte Personen ({n}):",
        "nobody": "Noch niemand wird zitiert. Erst Artikel indexieren.",
        "unknown_speaker_label": "unbekannt",
        "reported_label": "sinngemäß",
        "no_more": "Mehr gibt es nicht. Frag mich etwas Neues.",
        "empty": "Frag mich, wer was gesagt hat, z. B. „was hat Stoltenberg gesagt“ oder „wer sagte jeden Zentimeter“.",
        "or": "oder",
        "and": "und",
        "about": "über {topic}",
        "no_topic": "{name} wird zitiert, aber nie zu {topic}.",
        "no_claim": "{who} wird nirgends mit etwas wie {claim} zitiert. {count}:",
        "latest_header": "Neueste Zitate",
        "no_period": "Für {period} habe ich nichts gefunden; hier die neuesten.",
        "compare_next": "Ich antworte für eine Person nach der anderen; zum Vergleich frag als Nächstes: „{question}“.",
        "topic_header": "{n} {q} zu {topic}",
        "source_header": "{n} {q} von {source} (ohne Namen einer Person)",
        "no_topic_quotes": "Zu {topic} wird im Index niemand zitiert.",
        "need_name": "Wen oder was meinst du mit {who}? Bitte nenne den Namen, z. B. „was hat Stoltenberg gesagt“.",
        "lang_set": "Ich antworte jetzt auf Deutsch.",
        "lang_auto": "Ich antworte wieder in der Sprache deiner Telegram-App oder der Frage.",
        "lang_chosen": "Ich antworte auf Deutsch (deine Wahl). Ändern mit /lang de, /lang en oder /lang auto.",
        "lang_follow": "Ich antworte in der Sprache deiner Telegram-App oder der Frage. Wählen mit /lang de oder /lang en.",
        "lang_usage": "Bitte wähle mit /lang de, /lang en oder /lang auto.",
        "bad_link": "Dieser Link führt zu niemandem, den ich kenne; schreib stattdessen einen Namen, z. B. Austin.",
        "inline_hint": "Schreib einen Namen oder „wer sagte …“",
        "admins_only": "Entschuldigung, nur die Admins dieses Bots können Artikel hinzufügen.",
        "add_usage": "Schick /add und danach den Artikeltext, oder schick den Artikel als .txt-, .md- oder .html-Datei.",
        "doc_type": "Ich kann nur .txt-, .md- und .html-Dateien indexieren.",
        "doc_too_large": "Diese Datei ist zu groß ({size}); erlaubt sind 2 MB.",
        "doc_empty": "Diese Datei ist leer.",
        "doc_binary": "Diese Datei ist kein Text, den ich lesen kann; bitte schick UTF-8-Text.",
        "index_failed": "Dieser Artikel konnte nicht indexiert werden; der Fehler wurde protokolliert.",
        "indexed": "Indexiert: {count} — {people}",
        "indexed_none": "Indexiert, aber ich habe darin keine Zitate gefunden.",
        "unchanged": "Diesen Artikel kenne ich schon; es hat sich nichts geändert.",
        "more_button": "▸ {n} weitere",
        "list_expired": "Diese Liste ist abgelaufen; bitte frag noch einmal.",
        "choice_expired": "Diese Auswahl ist abgelaufen; bitte frag noch einmal.",
        "person_gone": "Diese Person finde ich nicht mehr; bitte frag noch einmal.",
        "button_unknown": "Dieser Knopf funktioniert nicht mehr; bitte frag noch einmal.",
    },
}

_HELP = {
    "en": [
        "I find quotations in news articles and who said them. Ask me:",
        "• /quotes Austin — what a person said (or just type a name)",
        "• /who jeden Zentimeter — who said something like that",
        "• /speakers — who is quoted, most quoted first",
        "• /latest — the newest quotations (“latest from Austin”: one person's)",
        "• free text: “what did Austin say”, “was hat Stoltenberg gesagt”,",
        "  “who said jeden Zentimeter”, “wer hat „sehr deutliche Botschaft“ gesagt”,",
        "  “what did Stoltenberg say about Russia”, “the Nato secretary general”,",
        "  “what was said about Ukraine”",
        "Names may be misspelt or partial: “stoltenbreg”, “Lloyd”.",
    ],
    "de": [
        "Ich finde Zitate in Nachrichtenartikeln und wer sie gesagt hat. Frag mich:",
        "• /quotes Austin — was jemand gesagt hat (oder einfach einen Namen schreiben)",
        "• /who jeden Zentimeter — wer so etwas gesagt hat",
        "• /speakers — wer zitiert wird, die Meistzitierten zuerst",
        "• /neueste — die neuesten Zitate („neueste von Austin“: die einer Person)",
        "• freier Text: „was hat Stoltenberg gesagt“, „what did Austin say“,",
        "  „wer sagte jeden Zentimeter“, „Zitate von Austin“,",
        "  „was sagte Stoltenberg über Russland“, „der Generalsekretär“,",
        "  „Zitate zur Ukraine“",
        "Namen dürfen falsch geschrieben oder unvollständig sein: „stoltenbreg“, „Lloyd“.",
    ],
}


def _words(answer: Answer) -> dict[str, str]:
    return _WORDS.get(answer.lang, _WORDS["en"])


def words(lang: str) -> dict[str, str]:
    """The reply wording in `lang` ("de" or "en"; anything else: English)."""
    return _WORDS.get(lang, _WORDS["en"])


def count_quotations(n: int, lang: str) -> str:
    """ "1 quotation", "3 Zitate": a count in the reply's language."""
    return _count(n, words(lang))


def _short(text: str | None, n: int = MAX_LABEL) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _quoted(text: str, lang: str) -> str:
    return f"„{text}“" if lang == "de" else f"“{text}”"


def _count(n: int, w: dict[str, str]) -> str:
    return f"{n} {w['quotation'] if n == 1 else w['quotations']}"


def _who(ref: SpeakerRef, esc: Fmt, bold: Fmt) -> str:
    name = bold(esc(_short(ref.name)))
    return f"{name} ({esc(_short(ref.role))})" if ref.role else name


def _join_names(names: list[str], w: dict[str, str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {w['or']} " + names[-1]


def _source_label(hit: QuoteHit) -> str:
    if hit.title:
        return _short(hit.title)
    return _short(PurePath(hit.source).name or hit.source)


# --- the parts every renderer shares ---------------------------------------------------


def _header(answer: Answer, esc: Fmt, bold: Fmt) -> str:
    """The line above the quotations (status "ok"); with a period the question asked
    for, its dates in it, or a line before it saying that nothing is from then."""
    if answer.period is None:
        return _plain_header(answer, esc, bold, "")
    label = period_label(answer.period, answer.lang)
    if answer.period_found:
        return _plain_header(answer, esc, bold, ", " + esc(label))
    line = esc(_words(answer)["no_period"].format(period=label))
    return line + "\n" + _plain_header(answer, esc, bold, "")


def _plain_header(answer: Answer, esc: Fmt, bold: Fmt, when: str) -> str:
    """_header's line; `when` (", 23.11.–29.11.2026") follows what was asked for."""
    w = _words(answer)
    if answer.intent == "phrase":
        line = w["phrase_header"].format(
            n=answer.total,
            q=w["quotation"] if answer.total == 1 else w["quotations"],
            phrase=esc(_quoted(_short(answer.query), answer.lang)),
        )
        if answer.speaker:
            line += ", " + w["best"].format(who=_who(answer.speaker, esc, bold))
        return line
    if answer.source and not answer.speaker:
        source = esc(_quoted(_short(answer.source), answer.lang))
        if answer.topic:
            source += " " + w["about"].format(topic=esc(_quoted(_short(answer.topic), answer.lang)))
        return (
            w["source_header"].format(
                n=answer.total,
                q=w["quotation"] if answer.total == 1 else w["quotations"],
                source=source,
            )
            + when
        )
    if answer.speaker and answer.claim:
        # "did X say Y": X's quotations like Y, or a line saying there are none.
        who = _who(answer.speaker, esc, bold) + when
        claim = esc(_quoted(_short(answer.claim), answer.lang))
        if answer.claim_found:
            q = w["quotation"] if answer.total == 1 else w["quotations"]
            return f"{who}: " + w["phrase_header"].format(n=answer.total, q=q, phrase=claim)
        return w["no_claim"].format(who=who, claim=claim, count=_count(answer.total, w))
    if answer.speaker:
        who = _who(answer.speaker, esc, bold)
        if answer.topic:
            who += " " + w["about"].format(topic=esc(_quoted(_short(answer.topic), answer.lang)))
        return f"{who}{when}: {_count(answer.total, w)}"
    if answer.intent == "latest":
        return f"{w['latest_header']}{when}: {_count(answer.total, w)}"
    if answer.intent == "topic":
        return (
            w["topic_header"].format(
                n=answer.total,
                q=w["quotation"] if answer.total == 1 else w["quotations"],
                topic=esc(_quoted(_short(answer.topic), answer.lang)),
            )
            + when
        )
    return _count(answer.total, w)


def _footer(answer: Answer) -> str | None:
    """'Showing 1–5 of 12 …' when the quotations (or names) shown are not all there are,
    and for a comparison the question to ask about the other person."""
    lines = []
    shown = answer.shown
    w = _words(answer)
    if shown and not (answer.offset == 0 and shown >= answer.total):
        first, last = answer.offset + 1, answer.offset + shown
        line = w["showing"].format(a=first, b=last, n=answer.total)
        if last < answer.total:
            line += " " + w["more"]
        lines.append(line)
    if answer.others and answer.offset == 0:
        lines.append(w["compare_next"].format(question=_next_question(answer)))
    return "\n".join(lines) or None


def _next_question(answer: Answer) -> str:
    """'what did Arnott say about the strike' for a comparison's other person."""
    name = _join_names(answer.others, _words(answer))
    if answer.lang == "de":
        about = f" über {answer.topic}" if answer.topic else ""
        return f"was hat {name}{about} gesagt"
    about = f" about {answer.topic}" if answer.topic else ""
    return f"what did {name} say{about}"


def _message_blocks(answer: Answer, esc: Fmt, bold: Fmt) -> list[str]:
    """Every status except "ok": a few short blocks of text."""
    w = _words(answer)
    status = answer.status
    if status == "help":
        return ["\n".join(esc(line) for line in _HELP.get(answer.lang, _HELP["en"]))]
    if status == "empty":
        return [esc(w["empty"])]
    if status == "no_more":
        return [esc(w["no_more"])]
    if status == "unknown_speaker":
        text = esc(w["unknown"].format(name=_short(answer.query)))
        if answer.candidates:
            names = ", ".join(bold(esc(_short(c.name))) for c in answer.candidates)
            text += " " + w["did_you_mean"].format(names=names)
        return [text]
    if status == "ambiguous":
        lines = [esc(w["ambiguous"])]
        lines += [
            f"• {bold(esc(_short(c.name)))}" + (f" ({esc(_short(c.role))})" if c.role else "")
            for c in answer.candidates
        ]
        return ["\n".join(lines)]
    if status == "mentioned_not_quoted":
        name = answer.speaker.name if answer.speaker else answer.query
        n = int(answer.candidates[0].score) if answer.candidates else 1
        return [
            w["mentioned"].format(
                name=bold(esc(_short(name))),
                n=n,
                articles=w["article"] if n == 1 else w["articles"],
            )
        ]
    if status == "no_topic_match":
        name = answer.speaker.name if answer.speaker else answer.query
        return [
            w["no_topic"].format(
                name=bold(esc(_short(name))),
                topic=esc(_quoted(_short(answer.topic), answer.lang)),
            )
        ]
    if status == "need_name":
        return [esc(w["need_name"].format(who=_quoted(_short(answer.query), answer.lang)))]
    if status == "no_match" and answer.intent == "topic":
        return [esc(w["no_topic_quotes"].format(topic=_quoted(_short(answer.topic), answer.lang)))]
    if status == "no_match":
        return [w["no_match"].format(phrase=esc(_quoted(_short(answer.query), answer.lang)))]
    if status == "speakers":
        if not answer.candidates:
            return [esc(w["nobody"])]
        blocks = [esc(w["speakers_header"].format(n=answer.total or len(answer.candidates)))]
        for i, c in enumerate(answer.candidates, start=answer.offset + 1):
            blocks.append(f"{i}. {bold(esc(_short(c.name)))} — {_count(int(c.score), w)}")
        footer = _footer(answer)
        if footer:
            blocks.append("\n" + esc(footer))
        return blocks
    return [esc(f"{answer.status}")]


# --- plain text ------------------------------------------------------------------------


# Reported speech is the reporter's words for what someone said: shown as such, never
# in quote marks that would make it look like the speaker's own words.
REPORTED_TYPES = frozenset({"indirect", "free_indirect", "reported"})


def _text_quote(i: int, hit: QuoteHit, answer: Answer) -> str:
    w = _words(answer)
    text = hit.text.strip()
    if hit.type in REPORTED_TYPES:
        text = f"({w['reported_label']}) {text}"
    elif not (text[:1] in "„“\"»«‚‘'" and len(text) > 1):
        text = _quoted(text, answer.lang)
    where = _source_label(hit) + (f" · {hit.date}" if hit.date else "")
    return f"{i}. {text}\n   — {_speaker_label(hit, w)}\n   {where}"


def _speaker_parts(hit: QuoteHit, w: dict[str, str]) -> tuple[str, str]:
    """Who said it and their role, for the line under a quotation. Without a person's
    name, the words the article names the speaker with ("ein Sprecher der Polizei"), and
    no role when those words already hold it."""
    role = _short(hit.role) if hit.role else ""
    if hit.speaker:
        return _short(hit.speaker), role
    mention = " ".join((hit.speaker_text or "").split())
    if not mention:
        return w["unknown_speaker_label"], role
    if role and role.casefold() in mention.casefold():
        role = ""
    return _short(mention), role


def _speaker_label(hit: QuoteHit, w: dict[str, str]) -> str:
    name, role = _speaker_parts(hit, w)
    return f"{name}, {role}" if role else name


def render_text(answer: Answer) -> str:
    """The answer as plain text, for the terminal and the JSON "reply"."""
    ident: Fmt = lambda s: s  # noqa: E731 - plain text needs no escaping or bold
    if answer.status != "ok":
        sep = "\n" if answer.status == "speakers" else "\n\n"
        return sep.join(_message_blocks(answer, ident, ident))
    parts = [_header(answer, ident, ident)]
    parts += [
        _text_quote(i, hit, answer) for i, hit in enumerate(answer.quotes, start=answer.offset + 1)
    ]
    footer = _footer(answer)
    if footer:
        parts.append(footer)
    return "\n\n".join(parts)


# --- Telegram HTML ---------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _bold(text: str) -> str:
    return f"<b>{text}</b>"


def _tg_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), so emoji do not overflow."""
    return len(text.encode("utf-16-le")) // 2


def _html_quote(hit: QuoteHit, answer: Answer, limit: int) -> str:
    w = _words(answer)
    name, role = _speaker_parts(hit, w)
    who = _bold(_esc(name)) + (", " + _esc(role) if role else "")
    where = f"<i>{_esc(_source_label(hit))}</i>" + (f" · {_esc(hit.date)}" if hit.date else "")
    tail = f"</blockquote>\n{who}\n{where}"
    text = hit.text.strip()
    if hit.type in REPORTED_TYPES:
        tail = f"</blockquote>\n<i>{_esc(w['reported_label'])}</i> — {who}\n{where}"
    budget = limit - _tg_len("<blockquote>") - _tg_len(tail)
    body = _esc(text)
    if _tg_len(body) > budget:
        # One quotation longer than a message: cut the raw text (never an entity or tag).
        lo, hi = 0, len(text)  # the longest raw prefix whose escaped form fits
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _tg_len(_esc(text[:mid].rstrip()) + "…") <= budget:
                lo = mid
            else:
                hi = mid - 1
        body = _esc(text[:lo].rstrip()) + "…"
    return f"<blockquote>{body}{tail}"


def _pack(blocks: list[str], sep: str, limit: int) -> list[str]:
    """Join blocks into as few messages as fit; a message break only between blocks."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        candidate = f"{current}{sep}{block}" if current else block
        if _tg_len(candidate) <= limit:
            current = candidate
            continue
        if current:
            messages.append(current)
        current = block
    if current:
        messages.append(current)
    return messages


def render_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The answer as Telegram HTML messages (parse_mode HTML), each within `limit`."""
    if answer.status != "ok":
        sep = "\n" if answer.status == "speakers" else "\n\n"
        return _pack(_message_blocks(answer, _esc, _bold), sep, limit)
    blocks = [_header(answer, _esc, _bold)]
    blocks += [_html_quote(hit, answer, limit) for hit in answer.quotes]
    footer = _footer(answer)
    if footer:
        blocks.append(_esc(footer))
    return _pack(blocks, "\n\n", limit)
