"""render_text / render_html: wording per status and language, escaping, 4096 splitting."""

from __future__ import annotations

import re

from bot.models import Answer, Candidate, QuoteHit, SpeakerRef
from bot.render import TELEGRAM_LIMIT, render_html, render_text

AUSTIN = SpeakerRef("Lloyd Austin", "US-Verteidigungsminister")


def _hit(text: str, speaker: str | None = "Lloyd Austin", **kw: object) -> QuoteHit:
    values: dict[str, object] = {
        "role": "US-Verteidigungsminister",
        "type": "direct",
        "source": "/corpus/nato.txt",
        "date": "2022-10",
        "title": "Nato-Treffen in Brüssel",
    }
    values.update(kw)
    return QuoteHit(text=text, speaker=speaker, **values)  # type: ignore[arg-type]


def _answer(**kw: object) -> Answer:
    values: dict[str, object] = {"question": "q", "intent": "speaker", "status": "ok"}
    values.update(kw)
    return Answer(**values)  # type: ignore[arg-type]


def _balanced(message: str) -> bool:
    """Every tag opened in the message is closed in it, in order."""
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)(\w+)[^>]*>", message):
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def test_speaker_answer_as_html() -> None:
    answer = _answer(speaker=AUSTIN, quotes=[_hit("Ich bin stolz.")], total=1, query="Austin")
    assert render_html(answer) == [
        "<b>Lloyd Austin</b> (US-Verteidigungsminister): 1 quotation\n\n"
        "<blockquote>Ich bin stolz.</blockquote>\n"
        "<b>Lloyd Austin</b>, US-Verteidigungsminister\n"
        "<i>Nato-Treffen in Brüssel</i> · 2022-10"
    ]


def test_speaker_answer_as_text_in_german() -> None:
    answer = _answer(
        speaker=AUSTIN,
        quotes=[_hit("Ich bin stolz."), _hit("Wir bleiben.", title=None, date=None)],
        total=2,
        lang="de",
    )
    assert render_text(answer) == (
        "Lloyd Austin (US-Verteidigungsminister): 2 Zitate\n\n"
        "1. „Ich bin stolz.“\n"
        "   — Lloyd Austin, US-Verteidigungsminister\n"
        "   Nato-Treffen in Brüssel · 2022-10\n\n"
        "2. „Wir bleiben.“\n"
        "   — Lloyd Austin, US-Verteidigungsminister\n"
        "   nato.txt"
    )


def test_everything_from_articles_is_escaped() -> None:
    answer = _answer(
        speaker=SpeakerRef("Tom & <Jerry>", "Chef <i>"),
        quotes=[
            _hit(
                "<script>alert(1)</script> & mehr",
                speaker="Tom & <Jerry>",
                role="Chef <i>",
                title="A & B <b>",
                date="2022<",
            )
        ],
        total=1,
    )
    (message,) = render_html(answer)
    assert "<script>" not in message
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr" in message
    assert "<b>Tom &amp; &lt;Jerry&gt;</b> (Chef &lt;i&gt;)" in message
    assert "<i>A &amp; B &lt;b&gt;</i> · 2022&lt;" in message
    assert _balanced(message)


def test_unknown_query_is_escaped_in_html() -> None:
    answer = _answer(status="unknown_speaker", query="<b>Bob & Co</b>")
    assert render_html(answer) == ["I know nobody called &lt;b&gt;Bob &amp; Co&lt;/b&gt;."]


def test_many_quotations_split_between_blocks_within_4096() -> None:
    quotes = [_hit(f"Satz {i}: " + "Wir & die Nato <stehen> zusammen. " * 6) for i in range(60)]
    answer = _answer(speaker=AUSTIN, quotes=quotes, total=60)
    messages = render_html(answer)
    assert len(messages) > 1
    for message in messages:
        assert len(message) <= TELEGRAM_LIMIT
        assert _balanced(message)
        assert message.count("<blockquote>") == message.count("</blockquote>")
    joined = "\n\n".join(messages)
    assert [int(n) for n in re.findall(r"<blockquote>Satz (\d+):", joined)] == list(range(60))
    assert messages[0].startswith("<b>Lloyd Austin</b> (US-Verteidigungsminister): 60 quotations")


def test_one_huge_quotation_is_cut_to_fit() -> None:
    answer = _answer(speaker=AUSTIN, quotes=[_hit("Das & das. " * 1000)], total=1)
    messages = render_html(answer)
    assert len(messages) == 2  # the header does not fit beside it
    assert len(messages[1]) <= TELEGRAM_LIMIT
    assert len(messages[1]) > TELEGRAM_LIMIT - 20
    assert "…</blockquote>\n<b>Lloyd Austin</b>" in messages[1]
    assert _balanced(messages[1])
    assert not re.search(r"&[a-z]*…", messages[1])  # no entity cut in half


def test_paging_footer() -> None:
    quotes = [_hit(f"Satz {i}.") for i in range(5)]
    first = render_text(_answer(speaker=AUSTIN, quotes=quotes, total=12))
    assert first.endswith("Showing 1–5 of 12. Ask again with 'more' for the next ones.")
    last = render_text(_answer(speaker=AUSTIN, quotes=quotes[:2], total=12, offset=10))
    assert last.endswith("Showing 11–12 of 12.")
    assert last.split("\n\n")[1].startswith("11. “Satz 0.”")
    de = render_html(_answer(speaker=AUSTIN, quotes=quotes, total=12, lang="de"))
    assert de[-1].endswith("Zeige 1–5 von 12. Schreib „mehr“ für die nächsten.")


def test_mentioned_not_quoted_in_both_languages() -> None:
    answer = _answer(
        status="mentioned_not_quoted",
        speaker=SpeakerRef("Wladimir Putin", "Präsident"),
        candidates=[Candidate("Wladimir Putin", 1.0)],
    )
    assert render_text(answer) == "Wladimir Putin is mentioned in 1 article but never quoted."
    answer.lang = "de"
    assert render_text(answer) == "Wladimir Putin wird in 1 Artikel erwähnt, aber nie zitiert."
    answer.candidates = [Candidate("Wladimir Putin", 3.0)]
    assert render_html(answer) == [
        "<b>Wladimir Putin</b> wird in 3 Artikeln erwähnt, aber nie zitiert."
    ]


def test_unknown_with_suggestions() -> None:
    answer = _answer(
        status="unknown_speaker",
        query="Ostin",
        candidates=[Candidate("Lloyd Austin", 72.7), Candidate("Wladimir Putin", 60.0)],
    )
    assert (
        render_text(answer)
        == "I know nobody called Ostin. Did you mean: Lloyd Austin, Wladimir Putin?"
    )
    assert render_html(answer) == [
        "I know nobody called Ostin. Did you mean: <b>Lloyd Austin</b>, <b>Wladimir Putin</b>?"
    ]


def test_ambiguous_lists_the_candidates() -> None:
    answer = _answer(
        status="ambiguous",
        query="Berger",
        candidates=[Candidate("Anna Berger", 100.0), Candidate("Tom Berger", 100.0)],
    )
    assert render_text(answer) == "Which one do you mean?\n• Anna Berger\n• Tom Berger"


def test_no_match_and_phrase_header() -> None:
    none = _answer(intent="phrase", status="no_match", query="Kartoffelsalat")
    assert render_text(none) == "Nobody in the index said anything like “Kartoffelsalat”."
    none.lang = "de"
    assert render_text(none) == "Niemand im Index hat etwas wie „Kartoffelsalat“ gesagt."
    found = _answer(
        intent="phrase",
        speaker=AUSTIN,
        quotes=[_hit("jeden Zentimeter")],
        total=1,
        query="jeden Zentimeter",
    )
    assert render_text(found).split("\n\n")[0] == (
        "1 quotation like “jeden Zentimeter”, best match: Lloyd Austin (US-Verteidigungsminister)"
    )


def test_phrase_hit_without_speaker() -> None:
    answer = _answer(
        intent="phrase", quotes=[_hit("Anonym.", speaker=None, role=None)], total=1, query="anonym"
    )
    assert "\n<b>unknown speaker</b>\n" in render_html(answer)[0]


def test_speakers_list_and_help() -> None:
    answer = _answer(
        intent="speakers",
        status="speakers",
        candidates=[Candidate("Jens Stoltenberg", 4.0), Candidate("Lloyd Austin", 1.0)],
        total=2,
    )
    assert render_text(answer) == (
        "Quoted people (2):\n1. Jens Stoltenberg — 4 quotations\n2. Lloyd Austin — 1 quotation"
    )
    help_text = render_text(_answer(intent="help", status="help"))
    for needle in (
        "/quotes",
        "/who",
        "/speakers",
        "what did Austin say",
        "was hat Stoltenberg gesagt",
    ):
        assert needle in help_text
    (help_html,) = render_html(_answer(intent="help", status="help", lang="de"))
    assert "/quotes" in help_html and "/speakers" in help_html
    assert render_text(_answer(intent="empty", status="empty")).startswith("Ask me who said what")


def test_a_page_of_the_speakers_list_says_which_and_how_to_go_on() -> None:
    page = _answer(
        intent="speakers",
        status="speakers",
        candidates=[Candidate("Jens Stoltenberg", 4.0), Candidate("Lloyd Austin", 1.0)],
        total=5,
        lang="de",
    )
    assert page.next_offset == 2
    assert render_text(page).endswith("\n\nZeige 1–2 von 5. Schreib „mehr“ für die nächsten.")
    last = _answer(
        intent="speakers",
        status="speakers",
        candidates=[Candidate("Lloyd Austin", 1.0)],
        total=5,
        offset=4,
    )
    assert last.next_offset is None
    assert (
        render_text(last)
        == "Quoted people (5):\n5. Lloyd Austin — 1 quotation\n\nShowing 5–5 of 5."
    )


def test_reported_speech_is_marked_and_never_put_in_quote_marks() -> None:
    hits = [_hit("die Lage sei ernst", type="indirect"), _hit("Wir bleiben.")]
    answer = _answer(speaker=AUSTIN, quotes=hits, total=2, lang="de")
    text = render_text(answer)
    assert "1. (sinngemäß) die Lage sei ernst\n" in text
    assert "„die Lage sei ernst“" not in text
    assert "2. „Wir bleiben.“" in text
    html_text = render_html(_answer(speaker=AUSTIN, quotes=hits[:1], total=1))[0]
    assert (
        "<blockquote>die Lage sei ernst</blockquote>\n<i>reported</i> — <b>Lloyd Austin</b>"
        in html_text
    )
