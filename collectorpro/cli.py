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
from collectorpro.core import paths
from collectorpro.core.errors import DomainError, StorageError

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
    from collectorpro.services.office.database import open_database

    path = _db_path(args)
    if not path.exists():
        raise UsageError(f"no database at {path}")
    return open_database(path)


def _cmd_demo(args: argparse.Namespace) -> int:
    from collectorpro.services.office.database import open_database
    from collectorpro.services.setup.demo import generate_demo

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
    from collectorpro.services.office.verify import verify_database

    db = _open_existing(args)
    try:
        report = verify_database(db)
    finally:
        db.dispose()
    print(report.describe() if hasattr(report, "describe") else report)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-24") from None


def _cmd_plans_update(args: argparse.Namespace) -> int:
    from datetime import date

    from collectorpro.services.plans.upkeep import bring_up_to_date

    db = _open_existing(args)
    try:
        report = bring_up_to_date(db, today=args.as_of or date.today())
    finally:
        db.dispose()
    print(report.describe())
    return EXIT_OK


def _write_output(path_text: str, data: bytes) -> Path:
    import os
    import tempfile

    target = Path(path_text).expanduser()
    if target.is_dir():
        raise UsageError(f"collectorpro: {target} is a folder; give a file name")
    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".collectorpro-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except FileNotFoundError:
        raise UsageError(f"collectorpro: the folder {target.parent} does not exist") from None
    except OSError as exc:
        if "temp" in locals() and os.path.exists(temp):
            os.unlink(temp)
        raise StorageError(f"{target} could not be written: {exc.strerror}") from None
    return target


def _cmd_receipt(args: argparse.Namespace) -> int:
    from collectorpro.services.money.paperwork import receipt_entry_id, receipt_pdf

    db = _open_existing(args)
    try:
        entry_id = receipt_entry_id(db, args.number)
        pdf = receipt_pdf(db, entry_id, copy=True, user_id=None)
    finally:
        db.dispose()
    target = _write_output(args.output, pdf)
    print(f"Copy of receipt {args.number} written to {target}")
    return EXIT_OK


def _moment(text: str):  # type: ignore[no-untyped-def]
    from datetime import datetime

    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a time like 2026-11-24T21:05:00-05:00"
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' has no time zone; add one, e.g. -05:00 or Z for UTC"
        )
    return value


def _cmd_can_contact(args: argparse.Namespace) -> int:
    import json
    from datetime import UTC, datetime

    from collectorpro.services.accounts.book import find_account_id
    from collectorpro.services.compliance.guard import decide

    db = _open_existing(args)
    try:
        account_id = find_account_id(db, args.account_number)
        decision = decide(db, account_id, args.channel, args.at or datetime.now(UTC))
    finally:
        db.dispose()
    result = {"account_number": args.account_number, **decision.to_json_dict()}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return EXIT_OK if decision.allowed else EXIT_PROBLEMS


def _cmd_letters(args: argparse.Namespace) -> int:
    from datetime import date

    from collectorpro.services.accounts.book import find_account_id
    from collectorpro.services.letters.batch import plan_batch, run_batch
    from collectorpro.services.letters.rules import accounts_for_rule, find_rule, get_rules
    from collectorpro.services.letters.texts import TEMPLATES, template_label

    db = _open_existing(args)
    try:
        if args.list:
            print("Templates:")
            for kind in TEMPLATES:
                print(f"  {kind:24} {template_label(kind)}")
            print("Rules:")
            for rule in get_rules(db):
                print(f"  {rule.name}  ({rule.template})")
            return EXIT_OK
        if not args.template or not (args.account or args.rule):
            raise UsageError(
                "collectorpro letters: give --template and one of --account or --rule "
                "(--list shows them)"
            )
        if not args.dry_run and not args.output:
            raise UsageError("collectorpro letters: --output FILE is needed unless --dry-run")
        today = date.today()
        if args.account:
            ids = [find_account_id(db, args.account)]
            selection = f"account {args.account}"
        else:
            rule = find_rule(db, args.rule)
            ids = accounts_for_rule(db, rule, today=today)
            selection = f"rule “{rule.name}”"
        plan = plan_batch(
            db, args.template, ids, today=today, selection=selection, language=args.language
        )
        for entry in plan.entries:
            status = "print" if entry.included else f"skip: {entry.skip_reason}"
            print(
                f"{entry.account_number:16} {entry.debtor_name[:28]:28} {entry.zip_code:10} "
                f"{entry.template:26} {entry.language}  {status}"
            )
        print(plan.summary())
        if args.dry_run:
            return EXIT_OK if plan.included else EXIT_PROBLEMS
        if not plan.included:
            return EXIT_PROBLEMS
        output = Path(args.output).expanduser()
        result = run_batch(
            db,
            plan,
            output,
            user_id=None,
            per_account_dir=Path(args.per_account).expanduser() if args.per_account else None,
            log_path=Path(args.log).expanduser() if args.log else None,
        )
    finally:
        db.dispose()
    print(f"{result.summary()} Written to {result.output}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from collectorpro.services.office.settings import get_office_profile
    from collectorpro.services.reports.catalog import build_report
    from collectorpro.services.reports.export import export_report

    if args.start and args.end and args.end < args.start:
        raise UsageError("collectorpro report: --to is before --from")
    db = _open_existing(args)
    try:
        today = date.today()
        report = build_report(
            db, args.name, as_of=args.as_of, start=args.start, end=args.end, today=today
        )
        output = Path(args.output).expanduser()
        letterhead = get_office_profile(db).letterhead
        export_report(report, output, args.format, excel_bom=args.excel, letterhead=letterhead)
    finally:
        db.dispose()
    print(f"{report.title}, {report.period}: written to {output}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from datetime import date

    from collectorpro.services.importing.mapping import resolve_mapping, suggest_mapping
    from collectorpro.services.importing.profiles import get_profile
    from collectorpro.services.importing.run import import_accounts, import_payments
    from collectorpro.services.importing.sources import inspect

    kind = args.import_kind
    path = Path(args.file).expanduser()
    db = _open_existing(args)
    try:
        profile = get_profile(db, args.profile) if args.profile else None
        if profile is not None and profile.kind != kind:
            raise UsageError(
                f"collectorpro import: the profile “{profile.name}” is for {profile.kind}"
            )
        info = inspect(
            path,
            sheet=profile.sheet if profile else None,
            delimiter=profile.delimiter if profile else None,
            has_header=profile.has_header if profile else None,
            encoding=profile.encoding if profile else None,
        )
        if profile is not None:
            resolved = resolve_mapping(profile, info.headers)
            if resolved.missing:
                print(
                    "These columns of the profile are not in the file: "
                    + ", ".join(resolved.missing),
                    file=sys.stderr,
                )
            columns = resolved.columns
        else:
            columns = suggest_mapping(info.headers, kind=kind)
        rejects = (
            Path(args.rejects).expanduser()
            if args.rejects
            else path.with_name(path.stem + "-rejects.csv")
        )
        common = dict(
            user_id=None,
            today=date.today(),
            date_order=profile.date_order if profile else "MDY",
            dry_run=args.dry_run,
            rejects_path=rejects,
            profile_name=profile.name if profile else "",
        )
        if kind == "accounts":
            summary = import_accounts(
                db,
                info,
                columns,
                creditor=args.creditor,
                on_duplicate="skip" if args.skip_existing else "update",
                **common,  # type: ignore[arg-type]
            )
        else:
            summary = import_payments(db, info, columns, **common)  # type: ignore[arg-type]
    finally:
        db.dispose()
    print(f"{path.name}: {summary.rows} rows. {summary.describe()}")
    for line, number, why in summary.unmatched:
        print(f"  line {line}: {number}: {why}")
    if summary.rejects_path is not None:
        print(f"Rows to fix are in {summary.rejects_path}")
    problems = summary.rejected or summary.unmatched
    return EXIT_PROBLEMS if problems else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from collectorpro.models.enums import ContactMethod

    parser = _Parser(prog="collectorpro", description="CollectorPro collections workbench.")
    parser.add_argument(
        "--version", action="version", version=f"CollectorPro {collectorpro.__version__}"
    )
    db_help = "the office database (default: the user data folder)"
    parser.add_argument("--db", help=db_help)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: database, demo accounts, a letter, a receipt, the window",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill a database with realistic sample accounts")
    demo.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    demo.add_argument("--accounts", type=_positive_int, default=5000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=_cmd_demo)

    verify = sub.add_parser("verify", help="check a database's integrity and balances")
    verify.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    verify.set_defaults(run=_cmd_verify)

    plans = sub.add_parser("plans", help="payment plans and promises")
    plans_sub = plans.add_subparsers(dest="plans_command", parser_class=_Parser, required=True)
    update = plans_sub.add_parser(
        "update", help="mark missed installments, broken plans and broken promises"
    )
    update.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    update.add_argument("--as-of", type=_date, help="the day to judge by (default: today)")
    update.set_defaults(run=_cmd_plans_update)

    receipt = sub.add_parser("receipt", help="print a copy of a payment receipt to a PDF file")
    receipt.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    receipt.add_argument("number", help="the receipt number, e.g. 000042")
    receipt.add_argument("--output", "-o", required=True, help="the PDF file to write")
    receipt.set_defaults(run=_cmd_receipt)

    can = sub.add_parser(
        "can-contact",
        help="may this debtor be contacted now? prints the decision as JSON "
        "(exit 0 allowed, 1 not allowed)",
    )
    can.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    can.add_argument("account_number")
    can.add_argument("--channel", required=True, choices=[m.value for m in ContactMethod])
    can.add_argument("--at", type=_moment, help="when (ISO 8601 with a time zone; default now)")
    can.set_defaults(run=_cmd_can_contact)

    letters = sub.add_parser(
        "letters",
        help="print a letter for one account or a batch chosen by a saved rule "
        "(one PDF sorted by ZIP code)",
    )
    letters.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    letters.add_argument("--template", help="the letter, e.g. reminder_1 (see --list)")
    which = letters.add_mutually_exclusive_group()
    which.add_argument("--account", help="one account number")
    which.add_argument("--rule", help="the name of a saved rule (see --list)")
    letters.add_argument("--output", "-o", help="the PDF file to write")
    letters.add_argument(
        "--dry-run", action="store_true", help="only list who gets the letter and who is skipped"
    )
    letters.add_argument("--language", choices=("en", "es"), help="override the debtor's language")
    letters.add_argument("--per-account", metavar="DIR", help="also one PDF per account in DIR")
    letters.add_argument("--log", metavar="FILE", help="write the mailing log (CSV) to FILE")
    letters.add_argument("--list", action="store_true", help="list the templates and rules")
    letters.set_defaults(run=_cmd_letters)

    report = sub.add_parser("report", help="write a management report to CSV, XLSX or PDF")
    report.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    report.add_argument(
        "name",
        choices=("aging", "collections", "promises", "recovery", "activity", "compliance",
                 "weekly"),
    )  # fmt: skip
    report.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    report.add_argument("--output", "-o", required=True, help="the file to write")
    report.add_argument("--from", dest="start", type=_date, help="first day of the period")
    report.add_argument("--to", dest="end", type=_date, help="last day of the period")
    report.add_argument("--as-of", type=_date, help="the day an aging report is taken")
    report.add_argument(
        "--excel", action="store_true", help="CSV with a byte-order mark, for Excel"
    )
    report.set_defaults(run=_cmd_report)

    imports = sub.add_parser(
        "import",
        help="import accounts or payments from a CSV or Excel file "
        "(exit 0: all rows in, 1: some rows rejected or unmatched)",
    )
    import_sub = imports.add_subparsers(dest="import_kind", parser_class=_Parser, required=True)
    for kind, text in (("accounts", "delinquent accounts from the billing system"),
                       ("payments", "payments from the bank or lockbox")):  # fmt: skip
        one = import_sub.add_parser(kind, help=text)
        one.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
        one.add_argument("file", help="the CSV or XLSX file")
        if kind == "accounts":
            one.add_argument("--creditor", required=True, help="whose accounts these are")
            one.add_argument(
                "--skip-existing", action="store_true", help="leave accounts already on file"
            )
        one.add_argument("--profile", help="a saved import profile (column mapping)")
        one.add_argument("--dry-run", action="store_true", help="check everything, change nothing")
        one.add_argument("--rejects", help="where the rejected rows go (CSV)")
        one.set_defaults(run=_cmd_import)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
        if args.self_test:
            from collectorpro.selftest import run_self_test

            return run_self_test()
        if run is None:
            import collectorpro.ui.startup_imports  # noqa: F401  (before Qt: a faster start)
            from collectorpro.ui.app import run_gui

            return run_gui(Path(args.db).expanduser() if args.db else None)
        return run(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
    except StorageError as exc:
        print(f"collectorpro: {exc}", file=sys.stderr)
    except DomainError as exc:  # refused input, in plain words; anything else is a bug
        print(f"collectorpro: {exc}", file=sys.stderr)
    except sqlite3.Error as exc:
        print(f"collectorpro: the database could not be used: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("collectorpro: stopped", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
