"""`CollectorPro --self-test`: prove an installed or frozen CollectorPro works on this machine.

Creates a temporary office, migrates it, adds a few demo accounts, renders a letter and a
receipt, opens and closes the main window offscreen, sets up a new office through the welcome
dialog, opens the window in Spanish, and says which step failed if one does.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

__all__ = ["run_self_test"]


def run_self_test(out=sys.stdout) -> int:  # type: ignore[no-untyped-def]
    """0 when every step passed, 1 otherwise; one line per step on ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    today = date.today()
    state: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="collectorpro-selftest-") as folder:
        root = Path(folder)

        def database() -> str:
            from collectorpro.services.office.database import open_database

            db = open_database(root / "office.sqlite3")
            state["db"] = db
            return f"schema {db.current_revision()}"

        def demo() -> str:
            from collectorpro.services.setup.demo import generate_demo

            summary = generate_demo(state["db"], accounts=25, seed=1, today=today)  # type: ignore[arg-type]
            return f"{summary.accounts} accounts"

        def letter() -> str:
            from collectorpro.services.letters.batch import plan_batch
            from collectorpro.services.letters.compose import compose_letter

            db = state["db"]
            plan = plan_batch(db, "reminder_1", range(1, 26), today=today, selection="self-test")  # type: ignore[arg-type]
            if not plan.included:
                raise RuntimeError("no demo account could be sent a letter")
            composed = compose_letter(db, plan.included[0].account_id, "reminder_1", today=today)  # type: ignore[arg-type]
            return _pdf_ok(composed.pdf)

        def receipt() -> str:
            from sqlalchemy import select

            from collectorpro.models import Payment
            from collectorpro.services.money.paperwork import receipt_pdf

            db = state["db"]
            with db.read() as session:  # type: ignore[attr-defined]
                entry = session.scalar(select(Payment.ledger_entry_id).limit(1))
            if entry is None:
                raise RuntimeError("the demo office has no payment")
            return _pdf_ok(receipt_pdf(db, entry, copy=False, user_id=None))  # type: ignore[arg-type]

        def window() -> str:
            from PySide6.QtCore import QSettings
            from PySide6.QtWidgets import QApplication

            from collectorpro.ui.main_window import MainWindow

            app = QApplication.instance() or QApplication([sys.argv[0]])
            settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
            main = MainWindow(state["db"], settings, today=lambda: today)  # type: ignore[arg-type]
            main.show()
            app.processEvents()
            rows = main.model.rowCount()
            main.close()
            app.processEvents()
            return f"{rows} accounts listed"

        def first_run() -> str:
            """The welcome dialog filled in and "Set up my office" pressed, as on a first start."""
            from PySide6.QtWidgets import QApplication

            from collectorpro.services.office.settings import get_office_profile
            from collectorpro.services.office.users import list_users
            from collectorpro.ui.welcome import WelcomeDialog

            QApplication.instance() or QApplication([sys.argv[0]])
            dialog = WelcomeDialog(root / "new-office.sqlite3", root / "demo.sqlite3", today)
            dialog.name.setText("Self-test Billing Office")
            dialog.street.setText("1 Main Street")
            dialog.city.setText("Albany")
            dialog.state.setCurrentIndex(dialog.state.findData("NY"))
            dialog.zip_code.setText("12207")
            dialog.agency_radio.setChecked(True)
            dialog.first_user.setText("Self Test")
            dialog.setup_button.click()
            db = dialog.db
            if dialog.choice != "office" or db is None:
                raise RuntimeError("the welcome dialog did not set up the office")
            try:
                name = get_office_profile(db).name
                users = [u.name for u in list_users(db)]
            finally:
                db.dispose()
            if name != "Self-test Billing Office" or users != ["Self Test"]:
                raise RuntimeError(f"the new office reads {name!r} with users {users}")
            return f"{name}, manager {users[0]}"

        def spanish() -> str:
            from PySide6.QtCore import QSettings
            from PySide6.QtWidgets import QApplication, QDialogButtonBox

            from collectorpro.ui import translation
            from collectorpro.ui.main_window import MainWindow

            app = QApplication.instance() or QApplication([sys.argv[0]])
            try:
                if not translation.current().apply("es"):
                    raise RuntimeError("the Spanish translation is not in the bundle")
                settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
                main = MainWindow(state["db"], settings, today=lambda: today)  # type: ignore[arg-type]
                menu = main.menuBar().actions()[0].text().replace("&", "")
                buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
                cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
                main.close()
                app.processEvents()
            finally:
                translation.current().apply("en")
            if menu != "Archivo" or cancel != "Cancelar":
                raise RuntimeError(f"the window says {menu!r} and {cancel!r}")
            return f"{menu} menu, Qt's {cancel}"

        steps: list[tuple[str, Callable[[], str]]] = [
            ("database created and migrated", database),
            ("demo accounts added", demo),
            ("letter rendered", letter),
            ("receipt rendered", receipt),
            ("main window opened and closed", window),
            ("office set up from the welcome dialog", first_run),
            ("Spanish window", spanish),
        ]
        failed = False
        for name, step in steps:
            if failed:
                print(f"SKIPPED  {name}", file=out)
                continue
            try:
                detail = step()
            except Exception as exc:  # the point is to report any failure, then exit non-zero
                failed = True
                print(f"FAILED   {name}: {type(exc).__name__}: {exc}", file=out)
                traceback.print_exc(file=sys.stderr)
            else:
                print(f"ok       {name} ({detail})", file=out)
        db = state.get("db")
        if db is not None:
            db.dispose()  # type: ignore[attr-defined]
    print("Self-test failed." if failed else "Self-test passed.", file=out)
    return 1 if failed else 0


def _pdf_ok(data: bytes) -> str:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise RuntimeError("the PDF is incomplete")
    return f"{len(data):,} bytes"
