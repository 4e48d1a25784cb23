"""spaCy pipelines: a blank tokenizer per language plus our quotation component.

No statistical model is needed or downloaded. The component stores its results on
`doc._.quotes` and `doc._.people`, so it composes with anything else in spaCy.
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp.lexicon import load_lexicon
from bot.nlp.quotes import Analysis, attribute

COMPONENT = "quotebot_quotes"

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
    Doc.set_extension("people", default=None)
    Doc.set_extension("body_start", default=0)
    # the article as written, when the tokenizer was given a masked copy (see mask_long_runs)
    Doc.set_extension("source_text", default=None)


class QuoteComponent:
    def __init__(self, nlp: Language, name: str, lang: str):
        self.lex = load_lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        tokens = [(t.text, t.idx) for t in doc]
        text = doc._.source_text or doc.text
        analysis = Analysis(text, tokens, self.lex, body_start=doc._.body_start)
        doc._.quotes, doc._.people = attribute(analysis)
        return doc


@Language.factory(COMPONENT, default_config={"lang": "de"})
def make_quote_component(nlp: Language, name: str, lang: str) -> QuoteComponent:
    return QuoteComponent(nlp, name, lang)


LONG_RUN = re.compile(r"\S{120,}")


def mask_long_runs(text: str) -> str:
    """The text with every run of 120+ non-space characters blanked out, same length.

    No word is that long; such runs are base64, URLs or junk, and spaCy's tokenizer takes
    quadratic time on them. Blanking keeps every offset valid for the original text."""
    if not LONG_RUN.search(text):
        return text
    return LONG_RUN.sub(lambda m: " " * len(m.group(0)), text)


@cache
def get_pipeline(lang: str) -> Language:
    """A blank pipeline for `lang` with the quotation component, built once per process."""
    nlp = spacy.blank(lang)
    # Our rules read only each token's text and offset. spaCy computes ~20 lexical
    # attributes (shape, like_num, stop word, ...) for every word the process has not seen
    # before, which was a third of the extraction time on a fresh process and was paid
    # again by every --jobs worker. Without the getters a new word costs only its string.
    nlp.vocab.lex_attr_getters = {}
    nlp.add_pipe(COMPONENT, config={"lang": lang})
    nlp.max_length = 20_000_000
    return nlp
