"""The command line: opens the program, and gives authors and trainers tools that need no window.

    simulator                     open the program
    simulator --scenario ID       open straight into a practice session
    simulator list [--json]       the scenario library
    simulator validate [PATH...]  check scenario files (the whole library by default)
    simulator play SCENARIO       play in the terminal (option numbers from standard input; --type: your own words)
    simulator classify [TEXT]     which move kind a sentence is (one per standard-input line without TEXT)
    simulator graph SCENARIO      Mermaid text of the beat graph and the customer's state machine
    simulator analyze SCENARIO    many automatic playthroughs: endings, unvisited beats, can pushing win?
    simulator schema              the JSON Schema of the scenario format, for editor completion
    simulator replay FILE         open a saved session for replay
    simulator debrief FILE --out REPORT.pdf|.html|.md   export a debrief report
    simulator import FILE.yaml|PACK.zip   add a scenario (and its avatars) to your own scenarios
    simulator export-pack ID --out PACK.zip   a scenario with its avatars, to hand to another trainer
    simulator install-desktop     add the program to the desktop's application menu (Linux)
    simulator class-report DIR|FILES... --out CLASS.csv|.html|.pdf   one overview of a class's sessions
    simulator export-xapi FILES... --out STATEMENTS.json   the sessions as xAPI statements (or --lrs URL)

Exit codes: 0 success, 1 invalid input (the message names the file), 2 wrong usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .scenario.errors import Problem, ScenarioError, format_field_path
from .scenario.library import ScenarioSource, ScenarioSummary, library_files, library_sources
from .scenario.vocabulary import END

# The scenario loader and model (pydantic, YAML) are imported by the commands that use them, never before the
# window shows: `simulator` with no command must reach its first frame as fast as an empty Qt window.
if TYPE_CHECKING:
    import argparse

    from .scenario import Scenario


def load_scenario(path: Path, **options: Any) -> Scenario:
    """The scenario loader (`simulator.scenario.load_scenario`), imported when a command first needs it."""
    from .scenario.loader import load_scenario as load

    return load(path, **options)


class CommandError(Exception):
    """Invalid input for a command: printed as one message, exit code 1."""


def user_sources() -> list[ScenarioSource]:
    """The library's folders: the bundled scenarios, the own folder in the data folder, the shared folders."""
    from .app import user_folders  # the data folder and shared folders as the window sees them

    data_dir, shared = user_folders()
    return library_sources(data_dir, shared)


def resolve_scenario_path(name: str) -> Path:
    """A scenario given as a path, or as the id (or file name) of a scenario in the library."""
    path = Path(name)
    if path.is_file():
        return path
    files = library_files(user_sources())
    for candidate, _source in files:
        if candidate.stem == name:
            return candidate
    for candidate, _source in files:
        try:
            if load_scenario(candidate).id == name:
                return candidate
        except ScenarioError:
            continue
    known = ", ".join(p.stem for p, _source in files) or "none"
    raise CommandError(f"{name}: no such scenario file or scenario id in the library (known: {known})")


def _load(name: str) -> Scenario:
    return load_scenario(resolve_scenario_path(name))


def _no_library(sources: list[ScenarioSource]) -> str:
    looked = ", ".join(str(source.folder) for source in sources)
    return f"no scenario files found (looked in {looked}); the program may be installed without its data"


# ---- list ---------------------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the library; invalid scenarios are reported on stderr and make the exit code 1, as does an empty
    library (a broken install)."""
    sources = user_sources()
    files = library_files(sources)
    if not files:
        print(_no_library(sources), file=err)
        return 1
    summaries, failed = [], False
    for path, source in files:
        try:
            summaries.append(ScenarioSummary.of(load_scenario(path), path, source.name))
        except ScenarioError as error:
            failed = True
            print(str(error), file=err)
    if args.json:
        json.dump([summary.__dict__ for summary in summaries], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for s in summaries:
            title = s.title.get(args.lang) or next(iter(s.title.values()))
            languages, roots = ",".join(s.languages), "+".join(s.roots)
            print(
                f"{s.id:24} {s.difficulty:9} {s.beats:3} beats {s.needs:2} needs  {languages:6} {roots:38} "
                f"{s.source:10} {title}",
                file=out,
            )
    return 1 if failed else 0


# ---- validate -----------------------------------------------------------------------------------------
def cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Validate the given files, or every scenario of the library; report every problem of every file."""
    sources = user_sources()
    paths = [Path(p) for p in args.paths] or [path for path, _source in library_files(sources)]
    if not paths:
        print(_no_library(sources), file=err)
        return 1
    failures = 0
    for path in paths:
        try:
            scenario = load_scenario(path)
        except ScenarioError as error:
            failures += 1
            print(str(error), file=err)
            continue
        contradictions = _verdict_problems(scenario, path)
        if contradictions:
            failures += 1
            print("\n".join(str(problem) for problem in contradictions), file=err)
            continue
        print(f"{path}: ok ({scenario.id}: {len(scenario.beats)} beats, {len(scenario.needs)} needs)", file=out)
    if failures:
        print(f"{failures} of {len(paths)} file(s) invalid", file=err)
    return 1 if failures else 0


def _verdict_problems(scenario: Scenario, path: Path) -> list[Problem]:
    """Play the scenario and report, at the option's `verdict`, every option whose trust change contradicts it."""
    from .engine.analyze import check_verdicts
    from .scenario.yaml_source import read_yaml

    contradictions = check_verdicts(scenario)
    if not contradictions:
        return []
    located = read_yaml(path.read_bytes(), str(path))
    where = {
        option.id: ("beats", b, "options", o, "verdict")
        for b, beat in enumerate(scenario.beats)
        for o, option in enumerate(beat.options)
    }
    problems = []
    for item in contradictions:
        field = where[item.option]
        line, column = located.where(field)
        direction = "loses" if item.trust_delta < 0 else "gains"
        message = (
            f"option '{item.option}' is marked {item.verdict}, but it {direction} trust ({item.trust_delta:+d}) "
            f"when the customer is {item.state}: change the verdict, the text or its effect"
        )
        problems.append(Problem(str(path), line, column, format_field_path(field), message))
    return sorted(problems, key=lambda p: (p.line, p.column))


# ---- play ---------------------------------------------------------------------------------------------
STATE_NAMES = {
    "guarded": "terughoudend",
    "resisting": "in verzet",
    "exploring": "verkennend",
    "open": "open",
    "committed": "eigen ja",
    "complied": "meegegeven",
    "withdrawn": "afgehaakt",
    "stalled": "vastgelopen",
}


def state_name(state: str, dutch: bool) -> str:
    """The customer's state in the terminal's language."""
    return STATE_NAMES.get(state, state) if dutch else state


def cmd_play(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Play a scenario in the terminal, reading option numbers from standard input."""
    from .engine import Session

    scenario = _load(args.scenario)
    if args.lang not in scenario.languages:
        raise CommandError(f"{args.scenario}: this scenario has no language '{args.lang}'")
    session = Session(scenario, args.lang, args.seed, player=args.player)
    if args.save:
        try:
            session.autosave_to(Path(args.save))  # saved after every turn, as in the window
        except OSError as error:
            raise CommandError(f"{args.save}: cannot write the session: {error.strerror or error}") from None
    nl = args.lang == "nl"
    words = {
        "trust": "vertrouwen" if nl else "trust",
        "tension": "spanning" if nl else "tension",
        "choose": "Kies een nummer" if nl else "Choose a number",
        "outcome": "Uitkomst" if nl else "Outcome",
        "needs": "Behoeften gevonden" if nl else "Needs uncovered",
    }
    print(f"== {scenario.title[args.lang]} ==", file=out)
    print(scenario.briefing[args.lang], file=out)
    while not session.finished:
        print(f"\n{scenario.persona.name}: {session.customer_line}", file=out)
        if args.type:  # the player types what they would say; the move kind is worked out from it
            from .cli_typed import typed_turn

            try:
                played = typed_turn(session, sys.stdin.readline, out)
            except EOFError:
                print("\n(input ended before the conversation did)", file=out)
                return 0
            except OSError as error:  # the turn was played; only saving it failed
                played = session.turns[-1]
                print(f"(could not save to {args.save}: {error.strerror or error})", file=err)
            if played is None:
                continue
            turn = played
        else:
            for number, option in enumerate(session.options, start=1):
                print(f"  {number}. {option.text}", file=out)
            line = sys.stdin.readline()
            if not line:
                print("\n(input ended before the conversation did)", file=out)
                return 0
            choice = line.strip()
            if not choice.isdigit() or not 1 <= int(choice) <= len(session.options):
                print(f"{words['choose']} 1-{len(session.options)}.", file=out)
                continue
            try:
                turn = session.choose(session.options[int(choice) - 1].id)
            except OSError as error:  # the turn was played; only saving it failed
                turn = session.turns[-1]
                print(f"(could not save to {args.save}: {error.strerror or error})", file=err)
            print(f"> {turn.option_text[args.lang]}", file=out)
        print(f"{scenario.persona.name}: {turn.reply[args.lang]}", file=out)
        print(
            f"   [{words['trust']} {turn.trust_before}->{turn.trust_after}  "
            f"{words['tension']} {turn.tension_before}->{turn.tension_after}  {state_name(str(turn.state_after), nl)}]",
            file=out,
        )
        for reason in turn.reasons:
            print(f"   {reason.trust:+d}/{reason.tension:+d}  {reason.text[args.lang]}", file=out)
    outcome_names = {
        "committed": ("eigen ja: de klant kiest zelf de volgende stap", "committed: the customer owns the next step"),
        "complied": ("meegegeven: een hol ja onder druk", "complied: a hollow yes under pressure"),
        "withdrawn": ("afgehaakt: de klant beëindigt het gesprek", "withdrawn: the customer ends the meeting"),
        "stalled": ("vastgelopen: het gesprek loopt dood", "stalled: the conversation runs out"),
    }
    outcome = outcome_names.get(str(session.outcome), (str(session.outcome),) * 2)[0 if nl else 1]
    print(f"\n{words['outcome']}: {outcome}", file=out)
    print(session.ending_text, file=out)
    print(f"{words['trust']} {session.trust}, {words['tension']} {session.tension}", file=out)
    found = [scenario.need(n).label[args.lang] for n in session.needs_uncovered]
    print(f"{words['needs']}: {', '.join(found) or '-'}", file=out)
    return 0


def _classify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .cli_typed import cmd_classify  # the classifier loads only when asked for

    return cmd_classify(args, out, err)


# ---- graph --------------------------------------------------------------------------------------------
def mermaid_beats(scenario: Scenario) -> str:
    """The beat graph as a Mermaid flowchart."""
    lines = ["flowchart TD", f"    start((start)) --> {_node(scenario.start.beat)}"]
    for beat in scenario.beats:
        lines.append(f'    {_node(beat.id)}["{beat.id}"]')
    lines.append(f"    {_node(END)}((end))")
    for beat in scenario.beats:
        for option in beat.options:
            for state, target in option.next.items():
                label = f"{option.id} ({option.move})" + ("" if state == "default" else f" if {state}")
                lines.append(f'    {_node(beat.id)} -->|"{label}"| {_node(target)}')
    return "\n".join(lines)


def mermaid_machine() -> str:
    """The customer's state machine as a Mermaid state diagram."""
    from .engine.customer import TRANSITIONS

    lines = ["stateDiagram-v2", "    [*] --> guarded"]
    seen = set()
    for row in TRANSITIONS:
        sources = row["source"] if isinstance(row["source"], list) else [row["source"]]
        label = row["trigger"] + (f" [{row['conditions']}]" if "conditions" in row else "")
        for source in sources:
            key = (str(source), str(row["dest"]), label)
            if key not in seen:
                seen.add(key)
                lines.append(f"    {source} --> {row['dest']}: {label}")
    for ending in ("committed", "complied", "withdrawn", "stalled"):
        lines.append(f"    {ending} --> [*]")
    return "\n".join(lines)


def _node(beat_id: str) -> str:
    return "b_" + beat_id.replace("-", "_")


def cmd_graph(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print both diagrams."""
    scenario = _load(args.scenario)
    print(f"%% Beat graph of {scenario.id}", file=out)
    print(mermaid_beats(scenario), file=out)
    print("\n%% The customer's state machine", file=out)
    print(mermaid_machine(), file=out)
    return 0


# ---- analyze ------------------------------------------------------------------------------------------
def cmd_analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Report how each policy fares, beats never visited, verdict contradictions, and every way to win without
    the skill."""
    from .engine.analyze import analyze

    scenario = _load(args.scenario)
    result = analyze(scenario, runs=args.runs)
    languages = "+".join(scenario.languages)
    print(f"Scenario {scenario.id}: {len(scenario.beats)} beats, {len(scenario.needs)} needs ({languages})", file=out)
    for strategy in result.results.values():
        total = strategy.runs
        shares = ", ".join(
            f"{name} {100 * strategy.outcomes[name] / total:3.0f}%"
            for name in ("committed", "complied", "withdrawn", "stalled")
        )
        mean = sum(strategy.final_trust) / len(strategy.final_trust)
        print(f"  {strategy.name:16} x{total:<5} {shares}; mean final trust {mean:.0f}", file=out)
    drops = result.results["slowing-forever"].peak_drop
    print(f"  slowing for ever ends {sum(drops) / len(drops):.1f} trust points below its peak on average", file=out)
    print(f"  two good playthroughs share {result.variety:.0%} of the customer's lines", file=out)
    endings = sorted(name for name, n in result.random_play.outcomes.items() if n)
    print(f"  endings reached by random play: {len(endings)} ({', '.join(endings)})", file=out)
    if result.unvisited_beats:
        print(f"  beats never visited: {', '.join(result.unvisited_beats)}", file=out)
    else:
        print("  every beat was visited", file=out)
    for warning in result.warnings():
        print(f"WARNING: {warning}", file=out)
    return 0


# ---- schema, replay, debrief --------------------------------------------------------------------------
def cmd_schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the JSON Schema of the scenario format."""
    from .scenario import Scenario

    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Sales resistance simulator scenario"
    json.dump(schema, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0


def cmd_replay(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Open a session file in the replay window."""
    from .app import run_replay_gui

    return run_replay_gui(args.file, language=args.lang if args.lang_given else None)


def cmd_debrief(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Export a debrief report without opening a window."""
    from .app import headless_application
    from .ui.report.export import run_debrief

    headless_application()  # the report draws its pages (fonts, images) without a window
    return run_debrief(Path(args.file), Path(args.out), args.lang if args.lang_given else None)


# ---- sharing scenarios --------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Validate a scenario file or pack, then copy it and its avatars into the own scenario folder."""
    from .app import user_folders
    from .scenario import own_scenarios_dir
    from .scenario.packs import describe, import_scenarios

    data_dir, _shared = user_folders()
    # An ImportRefused is a ScenarioError: main prints every problem and returns 1; nothing was written.
    try:
        imported = import_scenarios(Path(args.file), own_scenarios_dir(data_dir))
    except OSError as error:  # the own folder cannot be written (full disk, no permission)
        raise CommandError(f"{args.file}: cannot import: {error.strerror or error} ({error.filename or ''})") from None
    for line in describe(imported):
        print(line, file=out)
    return 0


def cmd_export_pack(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write a scenario of the library with its avatars into a zip that `simulator import` takes."""
    from .scenario.packs import export_pack

    path = resolve_scenario_path(args.scenario)
    scenario = load_scenario(path)
    try:
        names = export_pack(scenario, path, Path(args.out))
    except OSError as error:
        raise CommandError(f"{args.out}: cannot write the pack: {error.strerror or error}") from None
    print(f"{args.out}: {scenario.id} with {len(names) - 1} picture(s)", file=out)
    return 0


def cmd_install_desktop(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Put the launcher, the AppStream metadata and the icon into the user's XDG data folder."""
    from .desktop import install_desktop

    try:
        written = install_desktop()
    except OSError as error:
        raise CommandError(f"{error.filename or 'desktop files'}: cannot write: {error.strerror or error}") from None
    for path in written:
        print(path, file=out)
    return 0


# ---- class report, xAPI -------------------------------------------------------------------------------
_COUNTED = {
    "session": {"en": ("session", "sessions"), "nl": ("sessie", "sessies")},
    "statement": {"en": ("statement", "statements"), "nl": ("statement", "statements")},
    "batch": {"en": ("batch", "batches"), "nl": ("zending", "zendingen")},
}


def counted(number: int, word: str, language: str) -> str:
    """`number` with `word` in the right form for the terminal's language: "1 session", "3 sessies"."""
    one, many = _COUNTED[word]["nl" if language == "nl" else "en"]
    return f"{number} {one if number == 1 else many}"


def cmd_class_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write the class overview of many session files as CSV, HTML or PDF; name every file that was refused."""
    from .engine.class_overview import load_class

    suffix = Path(args.out).suffix.lower()
    if suffix not in (".csv", ".html", ".pdf"):
        raise CommandError(f"{args.out}: unknown report format '{suffix or '(no suffix)'}'; use .csv, .html or .pdf")
    overview = load_class(args.inputs)
    for item in overview.skipped:
        print(f"{item.file}: skipped: {item.reason}", file=err)
    if not overview.rows and not overview.skipped:
        raise CommandError("no session files found in " + ", ".join(args.inputs))
    language = args.lang
    try:
        if suffix == ".pdf":
            from .app import headless_application
            from .ui.report.class_pdf import write_class_report

            app = headless_application()
            write_class_report(overview, Path(args.out), language)
            del app
        else:
            from .engine.class_report import render_csv, render_html
            from .engine.storage import atomic_write_text

            text = render_csv(overview) if suffix == ".csv" else render_html(overview, language)
            atomic_write_text(Path(args.out), text)
    except OSError as error:
        raise CommandError(f"{args.out}: cannot write the report: {error.strerror or error}") from None
    print(
        f"{args.out}: {counted(len(overview.rows), 'session', args.lang)}, "
        f"{len(overview.skipped)} {'overgeslagen' if args.lang == 'nl' else 'skipped'}",
        file=out,
    )
    return 1 if overview.skipped else 0


def cmd_export_xapi(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Turn session files into xAPI statements: into a file, and/or posted to an LRS."""
    from .engine import Session
    from .engine.storage import SessionFileError, atomic_write_text
    from .engine.xapi import LrsError, post_statements, statements_for

    if not args.out and not args.lrs:
        raise CommandError("say where the statements go: --out statements.json and/or --lrs URL")
    statements: list[dict[str, object]] = []
    refused = 0
    for name in args.files:
        try:
            session = Session.load(Path(name))
        except SessionFileError as error:
            refused += 1
            print(str(error), file=err)
            continue
        try:
            statements += statements_for(session, name=args.actor_name, mbox=args.actor_mbox)
        except ValueError as error:
            raise CommandError(str(error)) from None
    if args.out:
        try:
            atomic_write_text(Path(args.out), json.dumps(statements, ensure_ascii=False, indent=2) + "\n")
        except OSError as error:
            raise CommandError(f"{args.out}: cannot write the file: {error.strerror or error}") from None
        sessions = counted(len(args.files) - refused, "session", args.lang)
        source = "uit" if args.lang == "nl" else "from"
        print(f"{args.out}: {counted(len(statements), 'statement', args.lang)} {source} {sessions}", file=out)
    if args.lrs:
        try:
            batches = post_statements(args.lrs, statements, auth=args.auth)
        except LrsError as error:
            raise CommandError(str(error)) from None
        sent = "verstuurd in" if args.lang == "nl" else "sent in"
        total = counted(len(statements), "statement", args.lang)
        print(f"{args.lrs}: {total} {sent} {counted(batches, 'batch', args.lang)}", file=out)
    return 1 if refused else 0


def _port(text: str) -> int:
    """A TCP port number for --vote-port (0: any free port)."""
    import argparse

    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is between 0 and 65535, not {port}")
    return port


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="simulator", description="Role-play simulator for handling resistance in sales conversations."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--scenario", help="open straight into a practice session (bundled id or path)")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the program and the scenario")
    parser.add_argument("--projector", action="store_true", help="start in classroom mode")
    parser.add_argument("--vote", action="store_true", help="with --projector: start the class vote from phones")
    parser.add_argument(
        "--vote-host", metavar="ADDRESS", help="where the class vote listens (default: the local network address)"
    )
    parser.add_argument(
        "--vote-port", metavar="PORT", type=_port, default=0, help="port of the class vote (default: a free one)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[..., int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help)
        sub.set_defaults(handler=handler)
        return sub

    # Subcommands accept --lang too; SUPPRESS keeps them from overwriting a --lang given before the command.
    p = command("list", cmd_list, "list the scenario library")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = command("validate", cmd_validate, "validate scenario files (default: the whole library)")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p = command("play", cmd_play, "play a scenario in the terminal")
    p.add_argument("scenario", metavar="SCENARIO")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--player", help="your name, kept in the session (for the trainer's class overview)")
    p.add_argument("--save", metavar="FILE", help="save the session to FILE after every turn")
    p.add_argument("--type", action="store_true", help="type your answers in your own words instead of choosing")
    p = command("classify", _classify, "which move kind a seller's sentence is (TEXT, or one per stdin line)")
    p.add_argument("text", nargs="*", metavar="TEXT")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p = command("graph", cmd_graph, "Mermaid diagrams of a scenario and the customer machine")
    p.add_argument("scenario", metavar="SCENARIO")
    p = command("analyze", cmd_analyze, "automatic playthroughs of a scenario")
    p.add_argument("scenario", metavar="SCENARIO")
    p.add_argument("--runs", type=int, default=500)
    command("schema", cmd_schema, "print the JSON Schema of the scenario format")
    p = command("replay", cmd_replay, "replay a saved session")
    p.add_argument("file", metavar="FILE")
    p = command("debrief", cmd_debrief, "export a debrief report of a saved session")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--out", required=True, help="report file: .pdf, .html or .md")
    p = command("import", cmd_import, "add a scenario file or pack (.zip) to your own scenarios")
    p.add_argument("file", metavar="FILE")
    p = command("export-pack", cmd_export_pack, "a scenario with its avatars as a zip for another trainer")
    p.add_argument("scenario", metavar="ID")
    p.add_argument("--out", required=True, help="the pack to write (.zip)")
    command("install-desktop", cmd_install_desktop, "add the program to the desktop's application menu (Linux)")
    p = command("class-report", cmd_class_report, "one overview of a class's session files (CSV, HTML or PDF)")
    p.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE")
    p.add_argument("--out", required=True, help="report file: .csv, .html or .pdf")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    p = command("export-xapi", cmd_export_xapi, "session files as xAPI 1.0.3 statements, to a file or an LRS")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--out", help="write the statements to this JSON file")
    p.add_argument("--actor-name", help="the learner's name (default: the name in the session)")
    p.add_argument("--actor-mbox", help="the learner's mailbox, as mailto:name@example.org")
    p.add_argument("--lrs", metavar="URL", help="post the statements to URL/statements")
    p.add_argument("--auth", metavar="USER:PASS", help="Basic authentication for the LRS")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program or a command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:  # the common case, `simulator` alone: straight to the window, without argparse
        from .app import run_gui

        return run_gui()
    args = build_parser().parse_args(arguments)
    if args.command is None:
        from .app import run_gui

        if args.vote and not args.projector:
            print("simulator: --vote needs --projector (the vote runs in classroom mode)", file=sys.stderr)
            return 2
        return run_gui(
            scenario=args.scenario,
            language=args.lang,
            projector=args.projector,
            vote=(args.vote_host, args.vote_port) if args.vote else None,
            vote_address=(args.vote_host, args.vote_port),
        )
    args.lang_given = args.lang is not None
    if args.lang is None:
        args.lang = "nl"
    try:
        return int(args.handler(args, sys.stdout, sys.stderr))
    except (CommandError, ScenarioError) as error:
        print(str(error), file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
