"""Starting the window: the Qt application, logging, the crash handler, the database."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import collectorpro
from collectorpro.core import paths
from collectorpro.core.errors import StorageError
from collectorpro.logging_setup import configure_logging
from collectorpro.services.office.database import open_database
from collectorpro.ui import messages, translation

log = logging.getLogger(__name__)


def install_crash_handler(parent: QWidget | None = None) -> None:
    """An unexpected error goes to the log and to a dialog; the app never dies silently."""

    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        messages.error(
            QApplication.activeWindow() or parent,
            QApplication.translate("CrashHandler", "Something went wrong"),
            QApplication.translate(
                "CrashHandler",
                "CollectorPro ran into an unexpected problem and did not finish what it was "
                "doing. Your saved work is safe.\n\nDetails were written to the log file in "
                "{folder}.",
            ).format(folder=paths.user_log_dir()),
        )

    sys.excepthook = handle


def window_icon() -> QIcon:
    return QIcon(str(paths.resource("icons", "collectorpro.svg")))


def settings() -> QSettings:
    return QSettings(collectorpro.APP_AUTHOR, collectorpro.APP_NAME)


def run_gui(db_path: Path | None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(collectorpro.APP_AUTHOR)
    app.setApplicationName(collectorpro.APP_NAME)
    app.setApplicationVersion(collectorpro.__version__)
    app.setDesktopFileName("collectorpro")  # ties the window to the .desktop file and its icon
    app.setWindowIcon(window_icon())
    log_file = configure_logging()
    install_crash_handler()
    language = translation.apply_setting(settings())
    log.info("interface language: %s", language)
    path = db_path or paths.default_database_path()
    log.info("starting CollectorPro %s on %s", collectorpro.__version__, path)
    from collectorpro.services.setup.first_run import needs_first_run

    if db_path is None and needs_first_run(path):
        from collectorpro.ui import welcome

        def language_chosen(code: str) -> None:
            translation.save_choice(settings(), code)
            translation.apply_setting(settings())

        welcomed = welcome.run_welcome(
            path, paths.user_data_dir() / "demo-office.sqlite3", on_language=language_chosen
        )
        if welcomed is None:
            log.info("the welcome was closed; nothing was created")
            return 0
        db = welcomed
    else:
        try:
            db = open_database(path, backup_dir=paths.backups_dir())
        except StorageError as exc:
            messages.error(None, "CollectorPro", str(exc))
            return 2

    from collectorpro.ui.main_window import MainWindow

    window = MainWindow(db, settings())
    window.show()
    log.info("window shown; log at %s", log_file)
    code = app.exec()
    db.dispose()
    return int(code)
