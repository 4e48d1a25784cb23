"""Text -> quotations with speakers. Pure: no I/O beyond loading the lexicons once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.language import detect_language
from bot.models import Article, Extraction
from bot.nlp.pipeline import get_pipeline, mask_long_runs

__all__ = ["Extractor", "detect_language"]


class Extractor:
    """Finds quotations in articles; pipelines are built once and reused."""

    def __init__(self, lang: str | None = None):
        self.lang = lang  # None: detect per article

    def extract(self, article: Article) -> Extraction:
        lang = self.lang or detect_language(article.text[article.body_start :])
        nlp = get_pipeline(lang)
        masked = mask_long_runs(article.text)
        doc = nlp.make_doc(masked)
        doc._.body_start = article.body_start
        if masked is not article.text:
            doc._.source_text = article.text
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        quotes = doc._.quotes
        if lang == "de" and article.title:
            # 'Tarifrunde: Gewerkschaft droht mit Warnstreiks': a headline sums the story up;
            # a report in it without quote marks is the editor's words, not a quotation
            body = article.text[article.body_start :]
            if body.lstrip().startswith(article.title):
                t0 = article.body_start + len(body) - len(body.lstrip())
                t1 = t0 + len(article.title)
                quotes = [
                    q for q in quotes if q.type in ("direct", "partial") or not t0 <= q.start < t1
                ]
        return Extraction(article=article, quotes=quotes, people=doc._.people)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)
