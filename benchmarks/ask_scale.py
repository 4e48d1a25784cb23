"""Answering at scale: a synthetic index of a million quotations, timed on one core.

    python benchmarks/ask_scale.py                     # 1,000,000 quotations (the target)
    python benchmarks/ask_scale.py --quotes 20000      # a quick check
    python benchmarks/ask_scale.py --keep --db /tmp/x.sqlite3   # keep the index

The generator is seeded, so a size gives the same index every time: N quotations by N/10
speakers (plus N/100 people who are mentioned and never quoted) across N/5 articles.
Quotations are 7-16 words drawn by Zipf's law from ~50,000 words (German function words,
then pseudo-words made of ~100 syllables; --vocabulary uniform: the first version).
The index is written through Store.bulk_load (the fast path for imports). Then a fresh
Python process opens it and answers the first question (time and peak RSS), then times
speaker questions (exact names, typos, surnames, folded spellings, case) and phrase
questions ("who said ...", words taken from stored quotations, some with a typo).
Prints a table and, with --json, one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = (
    "Anna Tom Lloyd Jens Olaf Annalena Robert Christian Karl Lisa Maria Peter Paul Hans "
    "Ursula Emmanuel Wladimir Wolodymyr Dmitrij Sergej Alexej Joe Kamala Antony Rishi "
    "Giorgia Pedro Mark Viktor Andrzej Sanna Mette Jonas Nancy Friedrich Markus Hubert "
    "Svenja Boris Katarina Martin Julia Stefan Thomas Michael Sabine Claudia Frank Jürgen "
    "Heike Petra Andreas Matthias Kevin Ricarda Saskia Lars Norbert Cem Nadja Ulrike "
    "Eva Jan Ole Malu Manuela Daniel Tobias Felix Lena Sophie Amelie Jakob Lukas Emma"
).split()
SYL = (
    "ber ger stol ten berg aus tin scholz bock mer kel hab eck lind ner wag en knecht "
    "sel ens kyj put in law row schoi gu med wed jew baer bock faeser pis to rius mutz "
    "nich wiss ing heil mann lauter bach spahn roth klein gruen weiss schwarz brand "
    "horst feld wald dorf hau sen mei er schmidt mül ler zim mer hoff kra mer loh ma"
).split()
ROLES = [
    "Nato-Generalsekretär",
    "US-Verteidigungsminister",
    "Bundeskanzler",
    "Außenministerin",
    "Präsident",
    "Wirtschaftsminister",
    "Gesundheitsminister",
    "EU-Kommissionspräsidentin",
    "Regierungssprecher",
    "Oppositionsführer",
    "Bürgermeister",
    "Botschafter",
    "Fraktionsvorsitzender",
    "Innenministerin",
    "Finanzminister",
]
TOPICS = ["Russland", "der Ukraine", "der Nato", "der EU", "China", "den USA", "Frankreich"]
FUNCTION = (
    "wir die der und das ist nicht es sind werden haben ein eine mit für auf zu in den dem "
    "sehr auch noch aber dass wenn wie so nur schon heute ganz diese unsere"
).split()
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.choice((2, 2, 3, 3, 4))))


def zipf_vocabulary(seed: int, size: int = 50_000) -> tuple[list[str], list[float]]:
    """Words and cumulative weights for the quotations: the function words, then `size`
    pseudo-words, shorter ones (mostly) more frequent, drawn by Zipf's law (rank r has
    weight 1/(r + 2.7)): about a third of the words are among the 100 most frequent, a
    few hundred pseudo-words are in tens of thousands of quotations, most in a few."""
    rng = random.Random(seed + 7)
    words: dict[str, None] = {}
    while len(words) < size:
        words.setdefault(_word(rng), None)
    pseudo = sorted(words, key=lambda w: len(w) + rng.uniform(-4, 4))
    vocab = [*FUNCTION, *(w for w in pseudo if w not in FUNCTION)]
    cum: list[float] = []
    total = 0.0
    for rank in range(1, len(vocab) + 1):
        total += 1.0 / (rank + 2.7)
        cum.append(total)
    return vocab, cum


def generate(
    n_quotes: int, seed: int = 1, vocabulary: str = "zipf"
) -> tuple[list, list, Iterator, list]:
    """(people, articles, quotes iterator, mentions) for Store.bulk_load.

    vocabulary "zipf" (the default): words drawn by Zipf's law from ~50,000; "uniform"
    (the first version of this benchmark): 35 % function words, the rest uniformly from
    ~6,000 pseudo-words, so every word is in about a thousand quotations."""
    from bot.models import Article, Person, Quote

    rng = random.Random(seed)
    n_speakers = max(10, n_quotes // 10)
    n_silent = max(1, n_quotes // 100)
    n_articles = max(2, n_quotes // 5)
    vocab = list(dict.fromkeys(_word(rng) for _ in range(6000)))
    zipf, cum = zipf_vocabulary(seed) if vocabulary == "zipf" else ([], [])
    people: list[tuple[int, Person]] = []
    for pid in range(1, n_speakers + n_silent + 1):
        last = _word(rng).capitalize()
        name = f"{rng.choice(FIRST)} {last}"
        roles = [rng.choice(ROLES)] if rng.random() < 0.3 else []
        people.append((pid, Person(name=name, aliases=[last], roles=roles)))
    articles = []
    for aid in range(1, n_articles + 1):
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        art = Article(source=f"synthetic/{aid:07d}.txt", text="", title=f"Artikel {aid}", date=date)
        articles.append((aid, art, f"h{aid}"))
    # Zipf-like: a few speakers are quoted a lot (about a thousand times), most a few times.
    weights = [1.0 / (rank + 100) for rank in range(n_speakers)]
    speakers = rng.choices(range(1, n_speakers + 1), weights=weights, k=n_quotes)
    where = [rng.randint(1, n_articles) for _ in range(n_quotes)]
    mentions = sorted(set(zip(speakers, where, strict=True)))
    mentions += [
        (pid, rng.randint(1, n_articles)) for pid in range(n_speakers + 1, len(people) + 1)
    ]
    by_id = dict(people)

    def quotes() -> Iterator:
        qrng = random.Random(seed + 1)
        for pid, aid in zip(speakers, where, strict=True):
            n = qrng.randint(7, 16)
            if zipf:
                words = qrng.choices(zipf, cum_weights=cum, k=n)
            else:
                words = [
                    qrng.choice(FUNCTION) if qrng.random() < 0.35 else qrng.choice(vocab)
                    for _ in range(n)
                ]
            if qrng.random() < 0.1:
                words += ["zu", qrng.choice(TOPICS)]
            text = " ".join(words).capitalize()
            person = by_id[pid]
            role = person.roles[0] if person.roles else None
            who = f"{role} {person.name}" if role else person.name
            sentence = f"„{text}“, sagte {who} am {qrng.choice(WEEKDAYS)}."
            yield (
                aid,
                pid,
                Quote(
                    text=text,
                    start=1,
                    end=1 + len(text),
                    speaker=person.name,
                    speaker_text=who,
                    role=role,
                    cue="sagte",
                    sentence=sentence,
                ),
            )

    return people, articles, quotes(), mentions


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]  # a letter dropped
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]  # a letter wrong


def questions(people: list, sample_quotes: list, n_speaker: int, n_phrase: int, seed: int):
    """(kind, question, expected speaker name) for the timing run."""
    rng = random.Random(seed + 2)
    quoted = [p for _, p in people[: len(people) - max(1, len(people) // 11)]]
    out = []
    for i in range(n_speaker):
        p = rng.choice(quoted)
        first, last = p.name.split(" ", 1)
        kind = i % 10
        if kind < 4:
            q = f"what did {p.name} say"
        elif kind < 6:
            q = f"was hat {last} gesagt"
        elif kind < 8:
            q = f"quotes by {first} {_typo(rng, last)}"
        elif kind < 9:
            q = p.name.upper()
        else:
            folded = last.replace("w", "v").replace("sch", "sh")
            q = f"Zitate von {first} {folded}"
        out.append(("speaker", q, p.name))
    for _ in range(n_phrase):
        text, speaker = rng.choice(sample_quotes)
        words = text.split()
        k = rng.randint(3, min(6, len(words)))
        start = rng.randrange(0, len(words) - k + 1)
        phrase = words[start : start + k]
        if rng.random() < 0.3:
            j = max(range(len(phrase)), key=lambda j: len(phrase[j]))
            phrase[j] = _typo(rng, phrase[j])
        out.append(("phrase", "who said " + " ".join(phrase), speaker))
    return out


def build(db: str, n_quotes: int, seed: int, vocabulary: str = "zipf") -> dict:
    from bot.store import Store

    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    t0 = time.perf_counter()
    people, articles, quotes, mentions = generate(n_quotes, seed, vocabulary)
    sample: list[tuple[str, str]] = []
    rng = random.Random(seed + 3)

    def tap() -> Iterator:
        for item in quotes:
            if rng.random() < 2000 / n_quotes:
                sample.append((item[2].text, item[2].speaker))
            yield item

    gen_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    with Store(db) as store:
        store.bulk_load(people, articles, tap(), mentions)
        stats = store.stats()
    build_s = time.perf_counter() - t1
    return {
        "people": people,
        "sample": sample,
        "stats": stats,
        "build_s": build_s,
        "setup_s": gen_s,
        "db_mb": os.path.getsize(db) / 1e6,
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not getrusage: ru_maxrss carries the
    parent's peak across fork+exec on Linux, and the parent has just built the index."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(db: str, qfile: str) -> None:
    """Runs in a fresh process: cold open + first answer, then the timed questions."""
    t0 = time.perf_counter()
    from bot.ask import Asker
    from bot.config import Settings
    from bot.store import Store

    t_import = time.perf_counter() - t0
    items = json.loads(Path(qfile).read_text(encoding="utf-8"))
    t1 = time.perf_counter()
    store = Store(db)
    asker = Asker(store, Settings(_env_file=None, db=db))  # type: ignore[call-arg]
    first = asker.ask(items[0][1])
    t_first = time.perf_counter() - t1
    rss_first = _peak_rss_mb()
    times: dict[str, list[float]] = {"speaker": [], "phrase": []}
    right: dict[str, int] = {"speaker": 0, "phrase": 0}
    for kind, q, expected in items:
        s = time.perf_counter()
        answer = asker.ask(q)
        times[kind].append((time.perf_counter() - s) * 1000)
        if kind == "speaker":
            names = [answer.speaker.name] if answer.speaker else []
            names += [c.name for c in answer.candidates]
            right[kind] += expected in names
        else:
            right[kind] += any(h.speaker == expected for h in answer.quotes)
    print(
        json.dumps(
            {
                "import_s": t_import,
                "open_first_s": t_first,
                "first_status": first.status,
                "rss_first_mb": rss_first,
                "rss_peak_mb": _peak_rss_mb(),
                "times": times,
                "right": right,
            }
        )
    )


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--speaker-questions", type=int, default=500)
    parser.add_argument("--phrase-questions", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--vocabulary",
        choices=("zipf", "uniform"),
        default="zipf",
        help="words of the quotations: Zipf-distributed (default) or the first version's",
    )
    parser.add_argument("--db", default=None, help="where to write the index (default: /tmp)")
    parser.add_argument("--keep", action="store_true", help="keep the index afterwards")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("DB", "QUESTIONS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    tmp = Path(tempfile.mkdtemp(prefix="quotebot-scale-", dir="/tmp"))
    db = args.db or str(tmp / "scale.sqlite3")
    built = build(db, args.quotes, args.seed, args.vocabulary)
    qs = questions(
        built["people"], built["sample"], args.speaker_questions, args.phrase_questions, args.seed
    )
    qfile = tmp / "questions.json"
    qfile.write_text(json.dumps(qs), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, __file__, "--child", db, str(qfile)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    res = json.loads(out.strip().splitlines()[-1])
    stats = built["stats"]
    sp, ph = res["times"]["speaker"], res["times"]["phrase"]
    report = {
        "vocabulary": args.vocabulary,
        "quotes": stats["quotes"],
        "people": stats["people"],
        "articles": stats["articles"],
        "db_mb": round(built["db_mb"]),
        "build_s": round(built["build_s"], 1),
        "build_quotes_per_s": round(stats["quotes"] / built["build_s"]),
        "open_first_s": round(res["open_first_s"], 3),
        "import_s": round(res["import_s"], 3),
        "rss_first_mb": round(res["rss_first_mb"]),
        "rss_peak_mb": round(res["rss_peak_mb"]),
        "speaker_p50_ms": round(statistics.median(sp), 2),
        "speaker_p99_ms": round(_pct(sp, 99), 2),
        "phrase_p50_ms": round(statistics.median(ph), 2),
        "phrase_p99_ms": round(_pct(ph, 99), 2),
        "speaker_found": f"{res['right']['speaker']}/{len(sp)}",
        "phrase_found": f"{res['right']['phrase']}/{len(ph)}",
    }
    if args.json:
        print(json.dumps(report))
    else:
        width = max(len(k) for k in report)
        for key, value in report.items():
            print(f"{key:<{width}}  {value}")
    if not args.keep and not args.db:
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    main()
