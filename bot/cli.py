"""The `quotebot` command: extract, index, watch, prune, export, import, ask, chat, run, eval, eval-articles.

Every error a user can cause ends in one sentence on stderr and exit code 2, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings


class UserError(Exception):
    """Something the user can fix; the message is one sentence."""


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    if getattr(args, "db", None):
        overrides["QUOTEBOT_DB"] = args.db
    return load_settings(**overrides)


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


# --- extract ----------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from bot.extract import Extractor
    from bot.ingest import IngestError, iter_files, read_article

    extractor = Extractor()  # one pipeline load for all files
    failed = seen = 0
    for path in iter_files(args.paths):
        seen += 1
        try:
            article = read_article(path)
        except IngestError as exc:
            print(f"quotebot: {exc}", file=sys.stderr)
            failed += 1
            continue
        result = extractor.extract(article)
        if args.format == "jsonl":
            for q in result.quotes:
                _print_json(
                    {
                        "source": article.source,
                        "type": q.type,
                        "text": q.text,
                        "start": q.start,
                        "end": q.end,
                        "speaker": q.speaker,
                        "speaker_text": q.speaker_text,
                        "speaker_start": q.speaker_start,
                        "speaker_end": q.speaker_end,
                        "role": q.role,
                        "cue": q.cue,
                    }
                )
        else:
            print(f"# {article.source}: {len(result.quotes)} quotations")
            for q in result.quotes:
                # no person's name: the words the article names the speaker with
                mention = " ".join((q.speaker_text or "").split())
                who = q.speaker or (f"({mention})" if mention else "(unknown)")
                role = f" ({q.role})" if q.role and q.role not in who else ""
                print(f"- [{q.type}] {who}{role}: {q.text}")
    return 1 if failed and failed == seen else 0


# --- index ------------------------------------------------------------------------------


class _Bar:
    """A progress bar on stderr (tqdm: count, rate, ETA), shown only on a terminal."""

    def __init__(self, enabled: bool, unit: str = "article") -> None:
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=None, unit=unit, file=sys.stderr, dynamic_ncols=True, leave=False
            )

    def set_total(self, total: int) -> None:
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def advance(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _print_report(report, quiet: bool) -> None:
    if not quiet:
        print(
            f"{report.articles} articles: {report.indexed} indexed, {report.skipped} unchanged, "
            f"{len(report.failed)} failed; {report.quotes} quotations, {report.people} people."
        )
        for source, note in report.notes:
            print(f"note: {note}" if source in note else f"note: {source}: {note}", file=sys.stderr)
    for source, reason in report.failed:
        print(
            f"failed: {reason}" if source in reason else f"failed: {source}: {reason}",
            file=sys.stderr,
        )
    sys.stdout.flush()


def _index_once(qb, inputs: Sequence[str], args: argparse.Namespace):
    bar = _Bar(enabled=not args.quiet and sys.stderr.isatty())
    try:
        return qb.index(inputs, jobs=args.jobs, progress=bar)
    finally:
        bar.close()


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def cmd_index(args: argparse.Namespace) -> int:
    from bot.service import Quotebot

    settings = _settings(args)
    with Quotebot(settings) as qb:
        report = _index_once(qb, args.paths, args)
    _print_report(report, args.quiet)
    return 1 if report.failed and not report.indexed and not report.skipped else 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Index feeds (and any other inputs) now and then every --every, until stopped."""
    import time

    from bot.feeds import parse_interval
    from bot.service import Quotebot

    try:
        every = parse_interval(args.every)
    except ValueError:
        raise UserError(f"--every {args.every}: give a duration such as 30s, 15m or 2h.") from None
    rounds = 1 if args.once else args.rounds
    settings = _settings(args)
    done = 0
    with Quotebot(settings) as qb:
        while True:
            report = _index_once(qb, args.feeds, args)
            _print_report(report, args.quiet)
            done += 1
            if rounds is not None and done >= rounds:
                return 0
            try:
                time.sleep(every)
            except KeyboardInterrupt:
                return 0


def cmd_prune(args: argparse.Namespace) -> int:
    from bot.export import prune
    from bot.store import Store

    settings = _settings(args)
    with Store(settings.db) as store:
        gone = prune(store, dry_run=args.dry_run)
        left = len(store.article_hashes())
    for source in gone:
        print(f"{'would prune' if args.dry_run else 'pruned'}: {source}")
    verb = "would be pruned" if args.dry_run else "pruned"
    print(f"{len(gone)} articles whose files are gone {verb}; {left} articles in the index.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bot.export import export_csv, export_jsonl
    from bot.store import Store

    settings = _settings(args)
    write = export_csv if args.format == "csv" else export_jsonl
    with Store(settings.db) as store:
        if args.output and args.output != "-":
            try:
                with open(args.output, "w", encoding="utf-8", newline="") as out:
                    counts = write(store, out)
            except OSError as exc:
                raise UserError(f"{args.output}: cannot be written ({exc.strerror}).") from None
            print(
                f"Exported {counts['quote']} quotations, {counts['person']} people and"
                f" {counts['article']} articles to {args.output}.",
                file=sys.stderr,
            )
        else:
            write(store, sys.stdout)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from bot.export import ExportFileError, import_file
    from bot.store import Store

    settings = _settings(args)
    with Store(settings.db) as store:
        try:
            report = import_file(store, Path(args.file), args.format)
        except ExportFileError as exc:
            raise UserError(str(exc)) from None
    unchanged = f", {report.skipped} unchanged" if report.skipped else ""
    print(
        f"Imported {report.articles} articles{unchanged}, {report.quotes} quotations,"
        f" {report.people} people."
    )
    return 0


# --- ask / chat -------------------------------------------------------------------------


def answer_json(answer, reply: str) -> dict:
    return {
        "question": answer.question,
        "intent": answer.intent,
        "speaker": (
            {"name": answer.speaker.name, "role": answer.speaker.role} if answer.speaker else None
        ),
        "candidates": [{"name": c.name, "score": round(c.score, 1)} for c in answer.candidates],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "role": q.role,
                "type": q.type,
                "source": q.source,
                "date": q.date,
                "speaker_text": q.speaker_text,
            }
            for q in answer.quotes
        ],
        "reply": reply,
        "topic": answer.topic or None,
        "named_source": answer.source or None,
        "claim": answer.claim or None,
        "claim_found": answer.claim_found if answer.claim else None,
        "period": (
            {"from": answer.period[0], "to": answer.period[1], "found": answer.period_found}
            if answer.period
            else None
        ),
    }


def _open_with_corpus(args: argparse.Namespace):
    from bot.service import Quotebot

    settings = _settings(args)
    settings.check_paths()
    qb = Quotebot(settings)
    qb.ensure_corpus()
    return qb


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.render import render_text

    qb = _open_with_corpus(args)
    try:
        questions: Sequence[str]
        if args.question == ["-"]:
            questions = (line.rstrip("\n") for line in sys.stdin)  # type: ignore[assignment]
        else:
            questions = [" ".join(args.question)]
        for question in questions:
            if args.question == ["-"] and not question.strip():
                continue
            answer = qb.ask(question)
            reply = render_text(answer)
            if args.format == "json":
                _print_json(answer_json(answer, reply))
            else:
                print(reply)
                print()
    finally:
        qb.close()
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.ask import is_more
    from bot.render import render_text

    qb = _open_with_corpus(args)
    interactive = sys.stdin.isatty()
    next_page: tuple[str, int] | None = None  # what "more" continues
    try:
        print(render_text(qb.ask("/start")))
        while True:
            try:
                line = input("> " if interactive else "")
            except EOFError:
                break
            if line.strip().lower() in {"quit", "exit", "/quit", "/exit"}:
                break
            if not line.strip():
                continue
            offset = 0
            if is_more(line) and next_page is not None:
                line, offset = next_page
            answer = qb.ask(line, offset=offset)
            end = answer.next_offset
            next_page = (line, end) if end is not None else None
            print(render_text(answer))
            print()
    except KeyboardInterrupt:
        print()
    finally:
        qb.close()
    return 0


# --- run ----------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    """The main job: the Telegram bot with a token, the terminal chat without one."""
    settings = _settings(args)
    settings.check_paths()
    if settings.token is None:
        print("No TELEGRAM_BOT_TOKEN set: chatting in the terminal instead (Ctrl-D to quit).")
        return cmd_chat(args)
    settings.check_token()
    from bot.app import run_bot

    return run_bot(settings)


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.evaluate import evaluate_file, format_table

    path = Path(args.gold)
    if not path.is_file():
        raise UserError(f"{path}: no such file.")
    result = evaluate_file(path, limit=args.limit)
    print(format_table(result))
    return 0


def cmd_eval_articles(args: argparse.Namespace) -> int:
    from bot.evaluate_articles import evaluate_dir, find_dirs, format_table
    from bot.extract import Extractor

    dirs = []
    for name in args.dirs:
        path = Path(name)
        if not path.is_dir():
            raise UserError(f"{path}: no such folder.")
        found = find_dirs(path)
        if not found:
            raise UserError(f"{path}: no expected.tsv in it or in its subfolders.")
        dirs += found
    extractor = Extractor()
    try:
        scores = [evaluate_dir(d, extractor) for d in dirs]
    except ValueError as exc:
        raise UserError(str(exc)) from None
    print(format_table(scores))
    if args.errors:
        for score in scores:
            for error in score.errors:
                print(f"{score.label}/{error}")
    return 0


# --- wiring -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="SQLite index file (default: QUOTEBOT_DB)")

    parser = argparse.ArgumentParser(
        prog="quotebot", description="Who said what in the news: extract, index and ask."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", parents=[common], help="print the quotations found in files")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "index", parents=[common], help="index files, folders, .jsonl files, web pages or feeds"
    )
    p.add_argument("paths", nargs="+", help="files, folders (recursively), URLs, RSS/Atom feeds")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    p.add_argument(
        "-j", "--jobs", type=_jobs, default=1, help="extract in N worker processes (default 1)"
    )
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("watch", parents=[common], help="keep an index current with RSS/Atom feeds")
    p.add_argument("feeds", nargs="+", help="feed addresses (other inputs work too)")
    p.add_argument("--every", default="15m", help="time between rounds: 30s, 15m, 2h (default 15m)")
    p.add_argument("--once", action="store_true", help="one round, then stop")
    p.add_argument("--rounds", type=_jobs, default=None, help="stop after N rounds")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    p.add_argument("-j", "--jobs", type=_jobs, default=1, help="extract in N worker processes")
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("prune", parents=[common], help="drop articles whose files are gone")
    p.add_argument("--dry-run", action="store_true", help="only list what would be dropped")
    p.set_defaults(func=cmd_prune)

    p = sub.add_parser(
        "export", parents=[common], help="write people and quotations with their sources"
    )
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("-o", "--output", default=None, help="file to write (default: stdout)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="read an export back into an index")
    p.add_argument("file")
    p.add_argument(
        "--format", choices=["jsonl", "csv"], default=None, help="default: by the file's suffix"
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("ask", parents=[common], help="answer a question ('-': one per stdin line)")
    p.add_argument("question", nargs="+")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", parents=[common], help="chat with the index in the terminal")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser(
        "run", parents=[common], help="the Telegram bot, or the terminal chat without a token"
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "eval", parents=[common], help="precision/recall against an annotated JSONL file"
    )
    p.add_argument("gold")
    p.add_argument("--limit", type=int, default=None, help="only the first N articles")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "eval-articles",
        parents=[common],
        help="found / wrong speaker / missed / false against a folder with expected.tsv",
    )
    p.add_argument(
        "dirs", nargs="+", help="folders with articles and expected.tsv, or their parent"
    )
    p.add_argument("--errors", action="store_true", help="also list every error")
    p.set_defaults(func=cmd_eval_articles)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (ConfigError, UserError) as exc:
        print(f"quotebot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
