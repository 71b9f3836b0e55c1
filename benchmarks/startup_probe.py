"""Run in a child process: open a window, report seconds since launch and peak memory.

--mode app: the real main window on a database, with the first page of accounts loaded.
--mode bare: an empty QMainWindow holding an empty QTableView (the baseline).
--scroll N: after showing, fetch N more pages (to see memory with a scrolled list).
--finish-upkeep: stay until the plans' upkeep (run behind the window) has finished, so the
next start of the same office finds nothing to do; a warm-up run.
The window is closed before the process ends, as a person closes it (which stops the upkeep).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["app", "bare"], required=True)
    parser.add_argument("--db")
    parser.add_argument("--scroll", type=int, default=0)
    parser.add_argument("--finish-upkeep", action="store_true")
    args = parser.parse_args()
    launched = float(os.environ["PROBE_LAUNCHED_AT"])
    if args.mode == "app":  # as `collectorpro` starts the window: these load before Qt
        import collectorpro.ui.startup_imports  # noqa: F401

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    if args.mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QTableView())
    else:
        from pathlib import Path

        from collectorpro.services.office.database import open_database
        from collectorpro.ui.main_window import MainWindow

        settings = QSettings(str(Path(args.db).with_suffix(".ini")), QSettings.Format.IniFormat)
        window = MainWindow(open_database(args.db), settings)
    window.show()

    def done() -> None:
        shown = time.time() - launched
        if args.mode == "app":
            for _ in range(args.scroll):
                window.model.fetchMore()
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rows = window.model.rowCount() if args.mode == "app" else 0
        print(json.dumps({"seconds": shown, "peak_mb": peak_kb / 1024, "rows": rows}))
        if args.finish_upkeep and args.mode == "app":
            window.upkeep.finished.connect(finish)
            if not window.upkeep.done:
                return
        finish()

    def finish() -> None:
        window.close()
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()


if __name__ == "__main__":
    main()
