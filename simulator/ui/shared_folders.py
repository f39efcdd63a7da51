"""File > Shared scenario folders…: the folders (a USB stick, a network drive) whose scenarios the library shows
beside the bundled and the trainer's own ones. The list is kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .kit.widgets import PlainLabel


class SharedFoldersDialog(QDialog):
    """Add and remove shared scenario folders; `folders()` is the list when the dialog is accepted."""

    def __init__(self, folders: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedFoldersDialog")
        self.setWindowTitle(self.tr("Shared scenario folders"))
        layout = QVBoxLayout(self)
        self.explanation = PlainLabel(
            self.tr(
                "The library also shows the scenarios in these folders, for example on a USB stick or a network "
                "drive that several trainers use. A folder that is not there is skipped."
            ),
            self,
        )
        layout.addWidget(self.explanation)
        self.list = QListWidget(self)
        # A long path keeps its start and its end (the folder's own name) in view; the whole path is its tip.
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for folder in folders:
            self.add_folder(folder)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a folder…"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def folders(self) -> list[Path]:
        """The folders in the list, in order."""
        return [Path(self.list.item(row).text()) for row in range(self.list.count())]

    def add_folder(self, folder: Path) -> None:
        """Add `folder` unless it is listed already."""
        if str(folder) not in {str(existing) for existing in self.folders()}:
            self.list.addItem(str(folder))
            self.list.item(self.list.count() - 1).setToolTip(str(folder))

    def _add(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a shared scenario folder"))
        if name:
            self.add_folder(Path(name))

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
