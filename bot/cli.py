"""The `quotebot` command: extract, index, ask, chat, run, eval.

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
                who = q.speaker or "(unknown)"
                role = f" ({q.role})" if q.role else ""
                print(f"- [{q.type}] {who}{role}: {q.text}")
    return 1 if failed and failed == seen else 0


# --- index ------------------------------------------------------------------------------


def cmd_index(args: argparse.Namespace) -> int:
    from bot.service import Quotebot

    settings = _settings(args)
    with Quotebot(settings) as qb:
        report = qb.index_paths(args.paths)
    if not args.quiet:
        print(
            f"{report.articles} articles: {report.indexed} indexed, {report.skipped} unchanged, "
            f"{len(report.failed)} failed; {report.quotes} quotations, {report.people} people."
        )
    for source, reason in report.failed:
        print(
            f"failed: {reason}" if source in reason else f"failed: {source}: {reason}",
            file=sys.stderr,
        )
    return 1 if report.failed and not report.indexed and not report.skipped else 0


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
            }
            for q in answer.quotes
        ],
        "reply": reply,
        "topic": answer.topic or None,
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
            end = answer.offset + len(answer.quotes)
            next_page = (line, end) if answer.quotes and end < answer.total else None
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

    p = sub.add_parser("index", parents=[common], help="index files or folders")
    p.add_argument("paths", nargs="+")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_index)

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
