"""Help > Manual: how the program is used (modes and keys) and where it keeps its files, in the UI language.

The page is generated here from translated sentences; the only outside text in it is this machine's folder
names, which are escaped.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .classroom.keys import key_map
from .crash import log_path
from .kit.words import mode_name


class ManualDialog(QDialog):
    """The manual in a scrolling page with a Close button."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("Manual"))
        layout = QVBoxLayout(self)
        self.page = QTextBrowser(self)
        self.page.setObjectName("manualPage")
        self.page.setOpenLinks(False)  # nothing in the page leads anywhere
        self.page.document().setDocumentMargin(18)
        layout.addWidget(self.page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.page.setHtml(self.html())

    def html(self) -> str:
        """The whole manual as generated HTML."""
        return "".join(
            [
                self._heading(self.tr("Practising")),
                self._paragraph(
                    self.tr(
                        "Choose a scenario in the library and start the conversation. The customer resists; answer "
                        "with one of the options. Slowing down, listening and looking for the need underneath "
                        "builds trust; pushing with arguments, rebuttals or pressure breaks it. Every turn is saved "
                        "at once; if the program closes mid-conversation, the next start offers to continue."
                    )
                ),
                self._keys(
                    [
                        ("1 – 5", self.tr("choose an option")),
                        ("Ctrl+N", self.tr("back to the library (a new practice)")),
                        ("Ctrl+O", self.tr("open a saved session")),
                        ("Ctrl+H", self.tr("session history")),
                        ("F5", self.tr("classroom mode")),
                        ("F1", self.tr("this manual")),
                        ("Ctrl+Q", self.tr("quit")),
                    ]
                ),
                self._heading(self.tr("Feedback modes")),
                self._keys(
                    [
                        (mode_name("live"), self.tr("the meters move after every answer and say why")),
                        (mode_name("meter"), self.tr("the meters move, without the reasons")),
                        (mode_name("hidden"), self.tr("nothing shows until the debrief (for an assessment)")),
                    ]
                ),
                self._heading(self.tr("Classroom mode")),
                # The classroom's own key table, so the manual lists exactly the keys that work there.
                self._keys(key_map()),
                self._heading(self.tr("Replaying a session")),
                self._paragraph(
                    self.tr(
                        "Open a saved session with File > Open session, from the history, or by dropping the file on "
                        "the window. Step through the turns with the arrow keys, add notes, try another option from "
                        "any turn and export a report."
                    )
                ),
                self._heading(self.tr("Your own scenarios")),
                self._paragraph(
                    self.tr(
                        "File > Import scenario… (or dropping a .yaml or .zip file on the window) checks a scenario "
                        "and copies it, with its pictures, into your own scenarios. A scenario with a problem is not "
                        "imported; the message names every problem with its line. To hand a scenario to another "
                        "trainer, make a pack on the command line: simulator export-pack ID --out pack.zip. The "
                        "library marks each scenario as bundled, your own, or from a shared folder."
                    )
                ),
                self._paragraph(
                    self.tr(
                        "File > Shared scenario folders… adds folders, such as a USB stick or a network drive, whose "
                        "scenarios the library shows without importing them."
                    )
                ),
                self._heading(self.tr("Where the files are")),
                self._keys(
                    [
                        (self.tr("Data folder"), escape(str(self.data_dir))),
                        (self.tr("Saved sessions"), escape(str(self.data_dir / "sessions"))),
                        (self.tr("Your own scenarios"), escape(str(self.data_dir / "scenarios"))),
                        (self.tr("Log file"), escape(str(log_path(self.data_dir)))),
                    ],
                    escaped=True,
                ),
                self._paragraph(
                    self.tr(
                        "Help > Open the data folder shows it in the file manager. Set SIMULATOR_DATA_DIR to keep "
                        "everything in another folder, for example on a USB stick."
                    )
                ),
            ]
        )

    @staticmethod
    def _heading(text: str) -> str:
        return f"<h2>{escape(text)}</h2>"

    @staticmethod
    def _paragraph(text: str) -> str:
        return f"<p>{escape(text)}</p>"

    @staticmethod
    def _keys(rows: list[tuple[str, str]], *, escaped: bool = False) -> str:
        cells = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{escape(key)}</b></td>"
            f"<td style='padding:3px 0'>{value if escaped else escape(value)}</td></tr>"
            for key, value in rows
        )
        return f"<table>{cells}</table>"
