"""Command line: ask a question, chat in the terminal, or run the evaluation.

    python -m bot "who met song tao"          # one question: the reply and its sources
    python -m bot --json "who met song tao"   # the Answer as JSON, for scripts
    python -m bot                             # interactive chat (follow-ups use the history)
    python -m bot evaluate --qa ../shared/qa/dev.json
    python -m bot index DIR | add FILE... | remove ID... | list   # manage the articles (--corpus DIR)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import textwrap
from pathlib import Path

from .answers import Answer
from .bot import Bot
from .errors import BotError, CorpusError
from .settings import load_settings


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="folder of .txt/.md articles (default: corpus/)")
    parser.add_argument("--index-dir", type=Path, help="where the index is kept")
    parser.add_argument("--generator", help='model folder, GGUF file, package or hub id; "none" = extractive only')
    parser.add_argument("--embedder", help="sentence-transformers folder, package or hub id")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what the bot is doing")


def make_bot(args: argparse.Namespace) -> Bot:
    settings = load_settings(
        corpus=args.corpus, index_dir=args.index_dir, generator=args.generator, embedder=args.embedder
    )
    return Bot(settings=settings)


def format_answer(a: Answer) -> str:
    lines = [a.text, ""]
    for n, s in enumerate(a.sources, 1):
        lines.append(f"[{n}] {s.title} ({s.date or 'undated'}) — {s.doc_id}")
        lines.append(textwrap.indent(textwrap.fill(s.sentence or s.text, 96), "    "))
    return "\n".join(lines).rstrip()


def cmd_ask(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Ask the news archive a question.")
    parser.add_argument("question", nargs="*", help="the question (none: interactive chat)")
    parser.add_argument("--json", action="store_true", help="print the answer as JSON")
    _common(parser)
    args = parser.parse_args(argv)
    _logging(args.verbose)
    bot = make_bot(args)
    if args.question:
        a = bot.answer(" ".join(args.question))
        print(json.dumps(a.to_dict(), ensure_ascii=False, indent=2) if args.json else format_answer(a))
        return 0
    return chat(bot)


def chat(bot: Bot) -> int:
    print("Ask about the articles (empty line or Ctrl-D to quit; 'new' starts over).")
    history: list[tuple[str, str]] = []
    while True:
        try:
            question = input("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        if question.lower() in ("new", "/new", "reset"):
            history = []
            print("(new conversation)")
            continue
        try:
            a = bot.answer(question, history)
        except BotError as exc:
            print(f"! {exc}")
            continue
        print(format_answer(a))
        history.append((question, a.text))


def cmd_evaluate(argv: list[str]) -> int:
    from . import evaluate as ev

    parser = argparse.ArgumentParser(prog="python -m bot evaluate", description="Measure answer quality.")
    parser.add_argument("--qa", type=Path, help="question set in the ../shared/qa format")
    parser.add_argument("--squad", type=Path, help="SQuAD 2.0 JSON file, used as a corpus the bot has not seen")
    parser.add_argument("--sample", type=int, default=200, help="SQuAD questions (half answerable)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--naive", action="store_true", help="also run the naive recipe (bench/naive.py)")
    parser.add_argument("--show", action="store_true", help="print every question, reply and verdict")
    _common(parser)
    args = parser.parse_args(argv)
    _logging(args.verbose)
    if not args.qa and not args.squad:
        parser.error("give --qa FILE and/or --squad FILE")
    if args.qa:
        items = json.loads(args.qa.read_text(encoding="utf-8"))
        results = ev.run_qa(make_bot(args), items)
        if args.show:
            for r in results:
                mark = "ok  " if r.ok else "FAIL"
                print(f"{mark} {r.item['id']} [{r.kind}/{r.method}] {r.item['question']}\n      -> {r.reply[:300]}")
                if r.unsupported:
                    print(f"      unsupported: {r.unsupported}")
        summary = ev.summary(results)
        print(json.dumps({"qa": str(args.qa), **summary}, indent=2))
        print(ev.targets(summary))
    if args.squad:
        with ev.temp_corpus() as folder:
            questions = ev.squad_corpus(args.squad, ev.articles_folder(folder))
            sample = ev.squad_sample(questions, args.sample, args.seed)
            args.corpus, args.index_dir = ev.articles_folder(folder), Path(folder) / "index"  # both go with the folder
            report = {"bot": ev.run_squad(make_bot(args), sample, show=args.show)}
            if args.naive:
                sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
                from bench.naive import NaiveBot

                report["naive"] = ev.run_squad(NaiveBot(make_bot(args)), sample, "naive", show=args.show)
                report["ratio_of_means"] = round(report["bot"]["mean"] / max(report["naive"]["mean"], 1e-9), 2)
        print(json.dumps({"squad": str(args.squad), "seed": args.seed, **report}, indent=2))
        if "ratio_of_means" in report:
            met = "met    " if report["ratio_of_means"] >= 2 else "NOT met"
            print(f"targets:\n  {met}  SQuAD mean of answerable-right and refused-right: x{report['ratio_of_means']} the naive recipe's (target ≥ x2)")
    return 0


def cmd_calibrate(argv: list[str]) -> int:
    from . import calibration as cal
    from . import evaluate as ev

    parser = argparse.ArgumentParser(prog="python -m bot calibrate", description="Fit evidence weights and the refusal threshold.")
    parser.add_argument("--qa", type=Path, required=True, help="question set in the ../shared/qa format")
    parser.add_argument("--squad", type=Path, required=True, help="SQuAD 2.0 JSON file")
    parser.add_argument("--squad-questions", type=int, default=600, help="held-out SQuAD questions to fit on")
    parser.add_argument("--eval-sample", type=int, default=200, help="size of the evaluation sample to leave out")
    parser.add_argument("--seed", type=int, default=0, help="seed of the evaluation sample to leave out")
    parser.add_argument("--output", type=Path, default=cal.DEFAULT_PATH)
    parser.add_argument(
        "--dev-weight", type=float, default=2.0,
        help="weight of the dev set (the product's own domain) against SQuAD when choosing the threshold",
    )
    parser.add_argument("--reuse", action="store_true", help="refit from the examples saved by the last run")
    _common(parser)
    args = parser.parse_args(argv)
    _logging(args.verbose)
    args.generator = "none"
    dump = Path(make_bot(args).settings.cache_dir) / "calibration-examples.json"
    if args.reuse:
        examples = [cal.Example(**e) for e in json.loads(dump.read_text())]
        return _fit(cal, examples, args)
    examples: list[cal.Example] = []
    items = [i for i in json.loads(args.qa.read_text(encoding="utf-8")) if i["kind"] != "multi"]
    bot = make_bot(args)
    for item in items:
        facts = item["answers"]
        history = [tuple(t) for t in item.get("history", [])]
        examples.append(cal.collect(bot, item["question"], history, lambda t, f=facts: ev.passes(t, f), bool(facts), "dev"))
    with ev.temp_corpus() as folder:
        questions = ev.squad_corpus(args.squad, ev.articles_folder(folder))
        held_out = {q["id"] for q in ev.squad_sample(questions, args.eval_sample, args.seed)}
        rest = [q for q in questions if q["id"] not in held_out]
        fit_on = ev.squad_sample(rest, args.squad_questions, args.seed + 1)
        args.corpus, args.index_dir = ev.articles_folder(folder), Path(folder) / "index"  # both go with the folder
        bot = make_bot(args)
        for n, q in enumerate(fit_on, 1):
            if n % 100 == 0:
                print(f"  squad: {n}/{len(fit_on)}", file=sys.stderr, flush=True)
            golds = [ev.squad_normal(g) for g in q["answers"]]
            right = lambda t, g=golds: any(x and x in ev.squad_normal(t) for x in g)  # noqa: E731
            examples.append(cal.collect(bot, q["question"], None, right, not q["impossible"], "squad"))
    from dataclasses import asdict

    dump.parent.mkdir(parents=True, exist_ok=True)
    dump.write_text(json.dumps([asdict(e) for e in examples]))
    return _fit(cal, examples, args)


def _fit(cal, examples: list, args: argparse.Namespace) -> int:  # noqa: ANN001 - the module itself
    import numpy as np

    result = cal.calibrate(examples, {"dev": args.dev_weight, "squad": 1.0})
    result.save(args.output)

    w = np.array([result.weights[f] for f in cal.FEATURES])
    for group, rows in cal.curves(examples, w, [round(0.30 + 0.02 * i, 2) for i in range(18)]).items():
        print(group, " ".join(f"{t:.2f}:{a:.2f}/{r:.2f}" for t, a, r in rows), file=sys.stderr)
    print(json.dumps({"saved": str(args.output), "weights": result.weights, "threshold": result.threshold, "fitted_on": result.fitted_on}, indent=2))
    return 0


def cmd_index(argv: list[str]) -> int:
    from .documents import add_files
    from .formats import SUFFIXES

    parser = argparse.ArgumentParser(prog="python -m bot index", description="Add or update the articles of a folder, then update the index.")
    parser.add_argument("folder", nargs="?", type=Path, help="folder of new or changed articles (default: just re-index the corpus)")
    _common(parser)
    args = parser.parse_args(argv)
    _logging(args.verbose)
    bot = make_bot(args)
    refused = 0
    if args.folder is not None:
        if not args.folder.is_dir():
            raise CorpusError(f"not a folder: {args.folder}")
        files = sorted(p for p in args.folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        for outcome in add_files(Path(bot.settings.corpus), files):
            refused += outcome.status == "refused"
            print(outcome)
    return _report(bot, refused)


def cmd_add(argv: list[str]) -> int:
    from .documents import add_files

    parser = argparse.ArgumentParser(prog="python -m bot add", description="Add or update article files, then update the index.")
    parser.add_argument("files", nargs="+", type=Path)
    _common(parser)
    args = parser.parse_args(argv)
    _logging(args.verbose)
    bot = make_bot(args)
    outcomes = add_files(Path(bot.settings.corpus), [f for f in args.files if f.is_file()])
    missing = [f for f in args.files if not f.is_file()]
    for f in missing:
        print(f"refused   {f}: no such file")
    for outcome in outcomes:
        print(outcome)
    return _report(bot, len(missing) + sum(o.status == "refused" for o in outcomes))


def cmd_remove(argv: list[str]) -> int:
    from .documents import remove

    parser = argparse.ArgumentParser(prog="python -m bot remove", description="Remove articles (by id, the file name without extension).")
    parser.add_argument("ids", nargs="+")
    _common(parser)
    args = parser.parse_args(argv)
    _logging(args.verbose)
    bot = make_bot(args)
    outcomes = remove(Path(bot.settings.corpus), args.ids)
    for outcome in outcomes:
        print(outcome)
    return _report(bot, sum(o.status == "refused" for o in outcomes))


def cmd_list(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot list", description="List the articles of the corpus.")
    _common(parser)
    args = parser.parse_args(argv)
    _logging(args.verbose)
    from .documents import describe

    lib = make_bot(args).library
    print(f"{'id':28} {'date':10} {'size':>8} {'passages':>8}  title")
    for d in describe(lib):
        print(f"{d.doc_id[:28]:28} {d.date or '-':10} {d.size:8} {d.passages:8}  {d.title[:70]}")
    print(f"{len(lib.articles)} articles, {len(lib.passages)} passages")
    return 0


def _report(bot: Bot, refused: int) -> int:
    report = bot.reindex()
    print(
        f"index: {len(report.added)} added, {len(report.updated)} updated, {len(report.removed)} removed, "
        f"{report.unchanged} unchanged ({report.encoded_passages} passages encoded)"
    )
    return 1 if refused else 0


def _logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


COMMANDS = {
    "evaluate": cmd_evaluate,
    "calibrate": cmd_calibrate,
    "index": cmd_index,
    "add": cmd_add,
    "remove": cmd_remove,
    "list": cmd_list,
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = COMMANDS.get(argv[0]) if argv else None
    try:
        return command(argv[1:]) if command else cmd_ask(argv)
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
