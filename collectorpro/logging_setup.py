"""Rotating log files in the platform's log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from collectorpro.core import paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path | None = None) -> Path:
    """Send CollectorPro's log to collectorpro.log (1 MB x 5 files). Returns the file's path."""
    folder = log_dir or paths.user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "collectorpro.log"
    root = logging.getLogger("collectorpro")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return log_file
