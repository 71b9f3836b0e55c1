"""The preview every document opens in: read it, then print it or save it as a PDF.

Qt's PDF viewer and print support are imported with the first preview, not when the window
opens (most starts show no document).
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QSettings,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from collectorpro.ui import messages

if TYPE_CHECKING:  # imported with the first preview (see above)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25


def print_document(document: QPdfDocument, printer: QPrinter, first: int, last: int) -> int:
    """Paint pages ``first``..``last`` (0-based, inclusive) onto ``printer``; return the count.

    Each page is rendered at the printer's resolution and fitted to the printable area,
    keeping its proportions. Raises OSError when the printer cannot be started.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate("DocumentPreview", "The printer could not be started.")
        )
    printed = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QPointF(0, 0), image)
            printed += 1
    finally:
        painter.end()
    return printed


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a temporary file in the same folder, then a rename."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".collectorpro-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def save_problem(exc: OSError) -> str:
    """What went wrong with saving, in words a collector understands."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "DocumentPreview", "CollectorPro may not write to that folder. Choose another folder."
        )
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "DocumentPreview", "The disk is full. Free some space or choose another drive."
        )
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "DocumentPreview", "That folder does not exist any more. Choose another folder."
        )
    return QCoreApplication.translate(
        "DocumentPreview", "The document could not be saved: {reason}."
    ).format(reason=exc.strerror or exc)


class DocumentPreview(QDialog):
    """A PDF in a scrolling view with Zoom, Print… (Ctrl+P) and Save As… (Ctrl+S)."""

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        on_printed: Callable[[], None] | None = None,
        on_saved: Callable[[Path], None] | None = None,
        on_email: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.settings = settings
        self.on_printed, self.on_saved, self.on_email = on_printed, on_saved, on_email
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        from PySide6.QtPdf import QPdfDocument  # with the first preview
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.valid = self.document.status() == QPdfDocument.Status.Ready

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        layout.addWidget(self.toolbar)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.problem = QLabel(self.tr("This document could not be shown."))
        self.problem.setObjectName("previewProblem")
        self.problem.setStyleSheet("color: #b3261e; padding: 24px;")
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)
        self.view.setVisible(self.valid)
        self.problem.setVisible(not self.valid)

        self.act_print = self.toolbar.addAction(self.tr("&Print…"), self.print_)
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.setEnabled(self.valid)
        self.act_save = self.toolbar.addAction(self.tr("&Save as…"), self.save_as)
        self.act_save.setShortcut(QKeySequence.StandardKey.Save)
        self.act_email = self.toolbar.addAction(self.tr("&Email…"), self.email)
        self.act_email.setShortcut(QKeySequence("Ctrl+E"))
        self.act_email.setVisible(on_email is not None)
        self.act_email.setEnabled(self.valid and on_email is not None)
        self.toolbar.addSeparator()
        self.act_zoom_out = self.toolbar.addAction(
            self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP)
        )
        self.act_zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.act_zoom_in = self.toolbar.addAction(self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.act_zoom_in.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.act_fit = self.toolbar.addAction(self.tr("Fit width"), self.fit_width)
        self.act_fit.setShortcut(QKeySequence("Ctrl+0"))
        self.toolbar.addSeparator()
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addSeparator()
        self.act_close = self.toolbar.addAction(self.tr("Close"), self.reject)
        for action in (self.act_zoom_out, self.act_zoom_in, self.act_fit):
            action.setEnabled(self.valid)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_page(0)

        geometry = settings.value("preview/geometry") if settings else None
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(760, 900)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.valid else 0

    def _show_page(self, page: int) -> None:
        if self.valid:
            self.page_label.setText(
                self.tr("Page {page} of {pages}").format(page=page + 1, pages=self.page_count)
            )

    def zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        current = self.view.zoomFactor()
        if self.view.zoomMode() is not QPdfView.ZoomMode.Custom:
            current = self.view.zoomFactor() or 1.0
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, current * factor)))

    def fit_width(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- printing ------------------------------------------------------------------------
    def ask_printer(self) -> QPrinter | None:
        """The printer and page range the person chose, or None when they cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # on first print

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_(self) -> bool:
        if not self.valid:
            return False
        printer = self.ask_printer()
        if printer is None:
            return False
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, self.page_count
        try:
            print_document(self.document, printer, first - 1, min(last, self.page_count) - 1)
        except OSError:
            messages.error(
                self,
                self.tr("Not printed"),
                self.tr(
                    "The printer could not be started. Check that it is switched on and try again."
                ),
            )
            return False
        if self.on_printed is not None:
            self.on_printed()
        return True

    # -- saving --------------------------------------------------------------------------
    def ask_save_path(self) -> Path | None:
        folder = self.settings.value("preview/lastDir") if self.settings else None
        if not folder:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save document"),
            str(Path(str(folder)) / self.suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def save_as(self) -> Path | None:
        path = self.ask_save_path()
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomically(path, self.pdf)
        except OSError as exc:
            log.warning("saving %s failed: %s", path, exc)
            messages.error(self, self.tr("Not saved"), save_problem(exc))
            return None
        if self.settings is not None:
            self.settings.setValue("preview/lastDir", str(path.parent))
        if self.on_saved is not None:
            self.on_saved(path)
        return path

    def email(self) -> object:
        """Send the document to the debtor (the caller knows how, and records it)."""
        if self.on_email is None or not self.valid:
            return None
        return self.on_email()

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.setValue("preview/geometry", self.saveGeometry())
        super().done(result)


def show_pdf(
    parent: QWidget | None,
    pdf: bytes,
    *,
    title: str,
    suggested_name: str,
    settings: QSettings | None = None,
    on_printed: Callable[[], None] | None = None,
    on_saved: Callable[[Path], None] | None = None,
    on_email: Callable[[], object] | None = None,
) -> DocumentPreview:
    dialog = DocumentPreview(
        pdf,
        title=title,
        suggested_name=suggested_name,
        settings=settings,
        parent=parent,
        on_printed=on_printed,
        on_saved=on_saved,
        on_email=on_email,
    )
    dialog.open()
    return dialog
