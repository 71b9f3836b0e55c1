"""`collectorpro`: the window with no subcommand; headless manager and batch commands.

A thin front door onto the services: every subcommand parses, calls one service, prints.
Mistakes (a wrong argument, a missing file, an unusable database) are one line on stderr
and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import collectorpro
from collectorpro import paths
from collectorpro.errors import StorageError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called; the message is printed as it is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be more than zero")
    return value


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else paths.default_database_path()


def _open_existing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from collectorpro.services.office import open_database

    path = _db_path(args)
    if not path.exists():
        raise UsageError(f"no database at {path}")
    return open_database(path)


def _cmd_demo(args: argparse.Namespace) -> int:
    from collectorpro.services.demo import generate_demo
    from collectorpro.services.office import open_database

    db = open_database(_db_path(args))
    try:

        def progress(done: int, total: int) -> None:
            print(f"\r  {done:,} of {total:,} accounts", end="", file=sys.stderr, flush=True)

        summary = generate_demo(db, accounts=args.accounts, seed=args.seed, progress=progress)
        print(file=sys.stderr)
        print(summary.describe() if hasattr(summary, "describe") else summary)
    finally:
        db.dispose()
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from collectorpro.services.verify import verify_database

    db = _open_existing(args)
    try:
        report = verify_database(db)
    finally:
        db.dispose()
    print(report.describe() if hasattr(report, "describe") else report)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="collectorpro", description="CollectorPro collections workbench.")
    parser.add_argument(
        "--version", action="version", version=f"CollectorPro {collectorpro.__version__}"
    )
    db_help = "the office database (default: the user data folder)"
    parser.add_argument("--db", help=db_help)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill a database with realistic sample accounts")
    demo.add_argument("--db", help=db_help)
    demo.add_argument("--accounts", type=_positive_int, default=5000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=_cmd_demo)

    verify = sub.add_parser("verify", help="check a database's integrity and balances")
    verify.add_argument("--db", help=db_help)
    verify.set_defaults(run=_cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
        if run is None:
            from collectorpro.ui.app import run_gui

            return run_gui(Path(args.db).expanduser() if args.db else None)
        return run(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
    except StorageError as exc:
        print(f"collectorpro: {exc}", file=sys.stderr)
    except ValueError as exc:  # DomainError and its kin: refused input, in plain words
        print(f"collectorpro: {exc}", file=sys.stderr)
    except sqlite3.Error as exc:
        print(f"collectorpro: the database could not be used: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("collectorpro: stopped", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
