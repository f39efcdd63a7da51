"""Where an exported file goes by default (the user's Documents folder) and, once written, a note that says
where it went and offers to open it or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def documents_folder() -> Path:
    """The user's Documents folder; the home folder where the platform names none (never the current folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def open_location(url: QUrl) -> bool:
    """Open a file or folder in the system's program for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


def tell_exported(parent: QWidget | None, path: Path) -> QMessageBox:
    """Say where `path` was saved, with buttons to open the file or its folder; not modal, so work goes on."""
    box = QMessageBox(parent)
    box.setObjectName("exportedNote")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Exported", "Report saved"))
    box.setText(translate("Exported", "The report was saved in {0} as {1}.").format(path.parent, path.name))
    box.setTextFormat(Qt.TextFormat.PlainText)
    open_file = box.addButton(translate("Exported", "Open the report"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(translate("Exported", "Show the folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_file)

    def clicked(button: object) -> None:
        if button is open_file:
            open_location(QUrl.fromLocalFile(str(path)))
        elif button is open_folder:
            open_location(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
