"""The command line: each subcommand, and mistakes answered with one clear line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date

import pytest

import collectorpro
from collectorpro.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert collectorpro.__version__ in capsys.readouterr().out


def test_demo_then_verify(capsys, tmp_path):
    db = tmp_path / "office.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--accounts", "40", "--seed", "3")
    assert code == 0 and "40 accounts" in out
    code, out, _ = run(capsys, "verify", "--db", str(db))
    assert code == 0 and "OK: no problems found." in out
    code, _, err = run(capsys, "demo", "--db", str(db), "--accounts", "5")
    assert code == 2 and "already has accounts" in err


def test_verify_catches_a_corrupted_balance(capsys, demo_db_path):
    conn = sqlite3.connect(demo_db_path)
    number = conn.execute("SELECT account_number FROM accounts WHERE id = 9").fetchone()[0]
    conn.execute("UPDATE accounts SET balance_cents = balance_cents - 700 WHERE id = 9")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "verify", "--db", str(demo_db_path))
    assert code == 1
    assert number in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["frobnicate"], "invalid choice"),
        (["demo", "--accounts", "-5"], "must be more than zero"),
        (["demo", "--accounts", "abc"], "is not a whole number"),
        (["verify", "--db", "/no/such/folder/x.sqlite3"], "no database at"),
        (["demo", "--db", "/no/such/folder/x.sqlite3"], "does not exist"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(capsys, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err + out


def test_a_text_file_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "collectorpro", "verify", "--db", str(notes)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"collectorpro: {notes} is not a CollectorPro database."
    assert notes.read_text() == "not a database"


@pytest.mark.parametrize("bug", [ZeroDivisionError("division by zero"), ValueError("bad value")])
def test_a_bug_is_not_turned_into_a_refusal(capsys, monkeypatch, demo_db_path, bug):
    from collectorpro.services.plans import upkeep

    def broken(db, *, today):
        raise bug

    monkeypatch.setattr(upkeep, "bring_up_to_date", broken)
    with pytest.raises(type(bug), match=str(bug)):
        main(["plans", "update", "--db", str(demo_db_path), "--as-of", "2027-06-01"])
    assert "collectorpro:" not in capsys.readouterr().err


def test_a_domain_error_is_still_a_one_line_refusal(capsys, monkeypatch, demo_db_path):
    from collectorpro.core.errors import DomainError
    from collectorpro.services.plans import upkeep

    def refused(db, *, today):
        raise DomainError("The plan cannot be brought up to date.")

    monkeypatch.setattr(upkeep, "bring_up_to_date", refused)
    code, out, err = run(
        capsys, "plans", "update", "--db", str(demo_db_path), "--as-of", "2027-06-01"
    )
    assert code == 2 and out == ""
    assert err == "collectorpro: The plan cannot be brought up to date.\n"


def test_plans_update_reports_what_changed(capsys, demo_db_path):
    code, out, _ = run(
        capsys, "plans", "update", "--db", str(demo_db_path), "--as-of", "2027-06-01"
    )
    assert code == 0 and "broken" in out
    code, out, _ = run(
        capsys, "plans", "update", "--db", str(demo_db_path), "--as-of", "2027-06-01"
    )
    assert code == 0 and out.strip() == "Nothing changed."
    code, _, err = run(capsys, "plans", "update", "--db", str(demo_db_path), "--as-of", "June 1")
    assert code == 2 and "is not a date" in err


def test_receipt_copy_to_a_file(capsys, demo_db_path, tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "r.pdf"
    code, out, _ = run(capsys, "receipt", "--db", str(demo_db_path), "7", "-o", str(target))
    assert code == 0 and "written to" in out
    text = PdfReader(target).pages[0].extract_text()
    assert "000007" in text and "COPY" in text
    code, _, err = run(capsys, "receipt", "--db", str(demo_db_path), "999999", "-o", str(target))
    assert code == 2 and "There is no receipt 999999" in err
    missing = tmp_path / "nowhere" / "r.pdf"
    code, _, err = run(capsys, "receipt", "--db", str(demo_db_path), "7", "-o", str(missing))
    assert code == 2 and "does not exist" in err
    assert list(tmp_path.glob("**/.collectorpro-*")) == []


def test_can_contact_prints_the_decision_as_json(capsys, tmp_path):
    import json

    from collectorpro.services.office.database import open_database
    from tests.factories import make_account

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    make_account(db, number="NY-1", state="NY", phone="+12125550143")
    make_account(db, number="CA-1", state="CA", phone="+13105550188")
    db.dispose()
    at = "2026-11-24T21:05:00-05:00"  # 9:05 pm Eastern
    code, out, _ = run(
        capsys, "can-contact", "--db", str(path), "NY-1", "--channel", "call", "--at", at
    )
    decision = json.loads(out)
    assert code == 1 and decision["allowed"] is False
    assert decision["account_number"] == "NY-1"
    assert decision["next_allowed_at"].startswith("2026-11-25T08:00:00")
    assert decision["blocks"][0]["citation"] == "12 CFR 1006.6(b)(1)(i)"
    code, out, _ = run(
        capsys, "can-contact", "--db", str(path), "CA-1", "--channel", "call", "--at", at
    )
    assert code == 0 and json.loads(out)["allowed"] is True
    code, _, err = run(
        capsys,
        "can-contact",
        "--db",
        str(path),
        "CA-1",
        "--channel",
        "call",
        "--at",
        "2026-11-24T21:05",
    )
    assert code == 2 and "no time zone" in err
    code, _, err = run(capsys, "can-contact", "--db", str(path), "XX-9", "--channel", "sms")
    assert code == 2 and "no account numbered XX-9" in err


def _letters_office(tmp_path):
    from collectorpro.services.office.database import open_database
    from collectorpro.services.office.settings import OfficeProfile, save_office_profile
    from tests.factories import TODAY, make_account

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    save_office_profile(
        db,
        OfficeProfile(
            name="Clinic", address_lines=("1 Main St", "Albany, NY 12207"), phone="(518) 555-0100"
        ),
        user_id=None,
    )
    # the command judges by the real date: the accounts are 45 and 50 days late as of it
    drift = (date.today() - TODAY).days
    make_account(db, number="L-1", days_late=45 - drift)
    make_account(db, number="L-2", days_late=50 - drift, zip_code="10001")
    deceased = make_account(db, number="L-3", days_late=45 - drift)
    with db.write() as session:
        from collectorpro.services.accounts.book import load_account

        load_account(session, deceased).deceased = True
    db.dispose()
    return path


def test_letters_dry_run_then_a_batch_by_rule(capsys, tmp_path):
    from pypdf import PdfReader

    path = _letters_office(tmp_path)
    rule = "First reminder: 30–60 days past due, no letter in 21 days"
    code, out, _ = run(
        capsys,
        "letters",
        "--db",
        str(path),
        "--template",
        "reminder_1",
        "--rule",
        rule,
        "--dry-run",
    )
    assert code == 0 and "2 letters to print, 1 skipped" in out and "L-3" in out
    assert not list(tmp_path.glob("*.pdf"))
    out_pdf, log = tmp_path / "batch.pdf", tmp_path / "log.csv"
    code, out, _ = run(
        capsys,
        "letters",
        "--db",
        str(path),
        "--template",
        "reminder_1",
        "--rule",
        rule,
        "--output",
        str(out_pdf),
        "--log",
        str(log),
    )
    assert code == 0 and "2 letters on 2 pages" in out
    first = PdfReader(out_pdf).pages[0].extract_text()
    assert "10001" in first  # sorted by ZIP code
    assert log.read_text(encoding="utf-8-sig").count("printed") == 2
    # the same rule again: no letter in 21 days, so nobody is left
    code, out, _ = run(
        capsys,
        "letters",
        "--db",
        str(path),
        "--template",
        "reminder_1",
        "--rule",
        rule,
        "--dry-run",
    )
    assert code == 1 and "0 letters to print" in out


def test_letters_for_one_account_in_spanish_and_mistakes(capsys, tmp_path):
    from pypdf import PdfReader

    path = _letters_office(tmp_path)
    out_pdf = tmp_path / "one.pdf"
    code, out, _ = run(
        capsys,
        "letters",
        "--db",
        str(path),
        "--template",
        "reminder_2",
        "--account",
        "L-1",
        "--language",
        "es",
        "--output",
        str(out_pdf),
    )
    assert code == 0
    assert "Segundo aviso" in PdfReader(out_pdf).pages[0].extract_text()
    code, _, err = run(
        capsys,
        "letters",
        "--db",
        str(path),
        "--template",
        "reminder_2",
        "--account",
        "L-1",
        "--rule",
        "x",
        "--output",
        str(out_pdf),
    )
    assert code == 2 and "not allowed with" in err
    code, _, err = run(
        capsys, "letters", "--db", str(path), "--template", "nope", "--account", "L-1", "--dry-run"
    )
    assert code == 2 and "no letter template" in err
    code, _, err = run(
        capsys,
        "letters",
        "--db",
        str(path),
        "--template",
        "reminder_1",
        "--rule",
        "Weekly",
        "--dry-run",
    )
    assert code == 2 and "There is no letter rule" in err
    code, out, _ = run(capsys, "letters", "--db", str(path), "--list")
    assert code == 0 and "validation_notice" in out


def test_report_aging_to_excel_csv_and_pdf_ties_to_the_ledger(capsys, demo_db_path, tmp_path):
    import csv

    import openpyxl
    from pypdf import PdfReader

    raw = sqlite3.connect(demo_db_path)
    (outstanding,) = raw.execute(
        "SELECT sum(balance_cents) FROM accounts WHERE balance_cents > 0"
    ).fetchone()
    raw.close()
    xlsx = tmp_path / "aging.xlsx"
    code, out, _ = run(
        capsys, "report", "--db", str(demo_db_path), "aging", "--format", "xlsx", "-o", str(xlsx)
    )
    assert code == 0 and "Aging" in out
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    numbers = [
        c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, int | float)
    ]
    assert round(outstanding / 100, 2) in [round(n, 2) for n in numbers]
    csv_path = tmp_path / "aging.csv"
    code, _, _ = run(
        capsys, "report", "--db", str(demo_db_path), "aging", "--format", "csv", "-o",
        str(csv_path), "--excel",
    )  # fmt: skip
    assert code == 0 and csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(csv_path.open(encoding="utf-8-sig")))
    pdf = tmp_path / "weekly.pdf"
    code, _, _ = run(
        capsys, "report", "--db", str(demo_db_path), "weekly", "--format", "pdf", "-o", str(pdf)
    )
    assert code == 0 and "Weekly" in PdfReader(pdf).pages[0].extract_text()
    code, _, err = run(
        capsys, "report", "--db", str(demo_db_path), "collections", "--format", "csv", "-o",
        str(csv_path), "--from", "2026-11-20", "--to", "2026-11-01",
    )  # fmt: skip
    assert code == 2 and "before" in err


def test_import_accounts_then_payments_with_exit_codes(capsys, tmp_path):
    from collectorpro.services.importing.mapping import profile_from_mapping
    from collectorpro.services.importing.profiles import save_profile
    from collectorpro.services.office.database import open_database

    path = tmp_path / "office.sqlite3"
    open_database(path).dispose()
    good = tmp_path / "good.csv"
    good.write_text(
        'Acct #,Patient Name,Balance Due,Zip\nB-1,"Doe, Jane",$100.00,12207\n'
        'B-2,"Roe, Rick",$50.00,12208\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", "accounts", str(good), "--db", str(path),
                       "--creditor", "Clinic", "--dry-run")  # fmt: skip
    assert code == 0 and "Dry run: 2 created" in out
    code, out, _ = run(capsys, "--db", str(path), "import", "accounts", str(good),
                       "--creditor", "Clinic")  # fmt: skip
    assert code == 0 and "2 created" in out
    code, out, _ = run(capsys, "--db", str(path), "import", "accounts", str(good),
                       "--creditor", "Clinic")  # fmt: skip
    assert code == 0 and "2 unchanged" in out
    bad = tmp_path / "bad.csv"
    bad.write_text('Acct #,Patient Name,Balance Due\nB-3,"Poe, Al",oops\n', encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(path), "import", "accounts", str(bad),
                       "--creditor", "Clinic")  # fmt: skip
    assert code == 1 and "1 rejected" in out and (tmp_path / "bad-rejects.csv").exists()
    # payments through a saved profile whose headings differ from the guesses
    db = open_database(path)
    save_profile(
        db,
        profile_from_mapping(
            "Lockbox", "payments", ["Ref", "Amt", "When"],
            {0: "account_number", 1: "amount", 2: "paid_on"},
        ),
        user_id=None,
    )  # fmt: skip
    db.dispose()
    pays = tmp_path / "pays.csv"
    pays.write_text("When,Ref,Amt\n11/20/2026,B-1,$40.00\n11/20/2026,Z-9,$5.00\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(path), "import", "payments", str(pays),
                       "--profile", "Lockbox")  # fmt: skip
    assert code == 1 and "1 payments posted" in out and "Z-9" in out
    code, _, err = run(capsys, "--db", str(path), "import", "payments", str(pays),
                       "--profile", "Nope")  # fmt: skip
    assert code == 2 and "no import profile" in err
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"%PDF-1.4 \\x00\\x01 binary")
    code, _, err = run(capsys, "--db", str(path), "import", "accounts", str(junk),
                       "--creditor", "Clinic")  # fmt: skip
    assert code == 2 and "junk.csv" in err


def test_self_test_passes_in_a_fresh_process():
    done = subprocess.run(
        [sys.executable, "-m", "collectorpro", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok       letter rendered" in done.stdout and "Self-test passed." in done.stdout
    assert "ok       office set up from the welcome dialog" in done.stdout
    assert "ok       Spanish window" in done.stdout


def test_self_test_names_the_failing_step(monkeypatch):
    import io

    from collectorpro import selftest
    from collectorpro.services.letters import compose as letters

    def broken(*_args, **_kwargs):
        raise OSError("font missing")

    monkeypatch.setattr(letters, "compose_letter", broken)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    text = out.getvalue()
    assert "FAILED   letter rendered: OSError: font missing" in text
    assert "SKIPPED  main window opened and closed" in text and "Self-test failed." in text
