"""Text -> quotations with speakers. Pure: no I/O. (Being written; interface is fixed.)"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.models import Article, Extraction


class Extractor:
    """Loads the spaCy pipelines once; extract() many articles with it."""

    def extract(self, article: Article) -> Extraction:
        return Extraction(article=article, quotes=[], people=[])

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)
