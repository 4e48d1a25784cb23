"""Sanity checks for the lexicon data files in bot/nlp/."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

NLP_DIR = Path(__file__).resolve().parent.parent / "bot" / "nlp"
LEXICONS = ("de.toml", "en.toml")


def load(name: str) -> dict:
    with open(NLP_DIR / name, "rb") as fh:
        return tomllib.load(fh)


@pytest.mark.parametrize("name", [*LEXICONS, "names.toml"])
def test_files_parse(name):
    assert load(name)


@pytest.mark.parametrize("name", LEXICONS)
def test_tables_present(name):
    data = load(name)
    for table in (
        "cue_verbs",
        "cue_nouns",
        "source_phrases",
        "pronouns",
        "determiners",
        "roles",
        "titles",
        "organisations",
        "non_quote",
        "abbreviations",
        "konjunktiv",
    ):
        assert table in data, table
    for key in ("male", "female", "neutral"):
        assert isinstance(data["roles"][key], list)


@pytest.mark.parametrize("name", LEXICONS)
def test_cue_verb_forms_are_lowercase_lists(name):
    for lemma, forms in load(name)["cue_verbs"].items():
        assert isinstance(forms, list) and forms, lemma
        for form in forms:
            assert isinstance(form, str) and form, lemma
            assert form == form.lower(), (lemma, form)
            assert " " not in form, (lemma, form)


def test_separable_entries():
    de = load("de.toml")
    for lemma, entry in de["separable"].items():
        assert entry["particle"] and lemma.startswith(entry["particle"]), lemma
        assert entry["finite"] and entry["joined"], lemma
    assert "kündigte" in de["separable"]["ankündigen"]["finite"]


def test_core_cue_forms():
    de_forms = {f for forms in load("de.toml")["cue_verbs"].values() for f in forms}
    en_forms = {f for forms in load("en.toml")["cue_verbs"].values() for f in forms}
    assert {"sagte", "sagt", "erklärte", "betonte", "angekündigt"} <= de_forms
    assert {"said", "says", "told", "added", "warned"} <= en_forms


def test_roles():
    de = load("de.toml")["roles"]
    en = load("en.toml")["roles"]
    assert "minister" in de["male"]
    assert "ministerin" in de["female"]
    assert "vorsitzende" in de["neutral"]
    assert "minister" in en["neutral"] + en["male"]


def test_pronouns_and_konjunktiv():
    de, en = load("de.toml"), load("en.toml")
    assert de["pronouns"]["male"] == ["er"]
    assert en["pronouns"]["female"] == ["she"]
    assert "sei" in de["konjunktiv"]["words"]
    assert en["konjunktiv"]["words"] == []


def test_names():
    names = load("names.toml")
    male, female = set(names["male"]), set(names["female"])
    unisex, ambiguous = set(names["unisex"]), set(names["ambiguous"])
    assert "jens" in male
    assert "ursula" in female
    assert not male & female, sorted(male & female)[:20]
    assert not (male | female) & unisex
    assert not (male | female | unisex) & ambiguous
    for excluded in ("august", "may", "june", "will"):
        assert excluded not in male and excluded not in female
    for lst in (male, female, unisex, ambiguous):
        assert all(n == n.lower() and n.strip() == n for n in lst)
    assert len(male) >= 1500 and len(female) >= 1500
    assert "von" in names["surname_particles"]["words"]
