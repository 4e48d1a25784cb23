"""Extraction speed over the WikiNews train articles, on one core.

    python benchmarks/extract_speed.py [PATH/train.jsonl] [--repeat N]

Prints words per second for the full extractor and, for scale, for spaCy's blank
tokenizer alone. Words are whitespace-separated tokens of the article text.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bot.extract import Extractor, detect_language
from bot.models import Article
from bot.nlp.pipeline import get_pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews-de" / "train.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = Path(args.path)
    if not path.is_file():
        raise SystemExit(
            f"{path}: not found (the WikiNews data lives in ../shared/data/wikinews-de/)."
        )
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    words = sum(len(t.split()) for t in texts)
    articles = [Article(source=str(i), text=t) for i, t in enumerate(texts)]
    extractor = Extractor()
    extractor.extract(articles[0])  # build the pipelines outside the timing

    def best_of(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    def run_extract() -> None:
        for a in articles:
            extractor.extract(a)

    def run_tokenizer() -> None:
        for t in texts:
            get_pipeline(detect_language(t)).tokenizer(t)

    t_ext = best_of(run_extract)
    t_tok = best_of(run_tokenizer)
    quotes = sum(len(extractor.extract(a).quotes) for a in articles)
    print(f"{len(texts)} articles, {words:,} words, {quotes:,} quotations")
    print(f"extractor:        {words / t_ext:>9,.0f} words/s  ({t_ext:.2f} s)")
    print(f"tokenizer alone:  {words / t_tok:>9,.0f} words/s  ({t_tok:.2f} s)")


if __name__ == "__main__":
    main()
