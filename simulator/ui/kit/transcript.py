"""The conversation as a readable transcript: who said what, in order, newest at the bottom.

Each line is a row with the speaker on the left and the words on the right, so a long conversation reads like
a script. The rows live in one read-only text document, built with a text cursor: text is inserted as plain
text (never parsed as markup), and adding a turn lays out only the new rows, which keeps a click fast however
long the conversation gets. The view follows new lines unless the user has scrolled up to reread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from . import palette

SPEAKER_WIDTH = 124
CELL_PADDING = 9


@dataclass(frozen=True)
class TranscriptLine:
    """One line as shown: its role (customer, player, narration), the speaker and the words."""

    role: str
    speaker: str
    text: str


class TranscriptView(QTextBrowser):
    """The transcript: a read-only, selectable text view of rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(6)
        self._lines: list[TranscriptLine] = []
        self._speaker_width = SPEAKER_WIDTH
        self._follow = True
        self.verticalScrollBar().rangeChanged.connect(self._on_range)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)

    # ---- content ------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Remove every line."""
        super().clear()
        self._lines = []
        self._follow = True

    def add_line(self, role: str, speaker: str, text: str) -> TranscriptLine:
        """Append a row and keep it in view."""
        line = TranscriptLine(role, speaker, text)
        self._lines.append(line)
        self._insert(line)
        self._follow = True
        return line

    def lines(self) -> list[TranscriptLine]:
        """The lines shown, in order."""
        return list(self._lines)

    def plain_text(self) -> str:
        """The transcript as plain text, one line per row (what a screen reader or a copy gets)."""
        return self.toPlainText()

    def set_speaker_width(self, width: int) -> None:
        """Make the speaker column this wide (enough for the longest name, so names do not wrap)."""
        if width != self._speaker_width:
            self._speaker_width = width
            self._rebuild()

    # ---- drawing ------------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        lines, follow = self._lines, self._follow
        super().clear()
        for line in lines:
            self._insert(line)
        self._follow = follow

    def _insert(self, line: TranscriptLine) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(CELL_PADDING)
        table_format.setMargin(0)
        table_format.setBottomMargin(6)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        narration = line.role == "narration"
        if narration:
            table_format.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100)])
            table = cursor.insertTable(1, 1, table_format)
        else:
            table_format.setColumnWidthConstraints(
                [
                    QTextLength(QTextLength.Type.FixedLength, self._speaker_width + 2 * CELL_PADDING + 4),
                    QTextLength(QTextLength.Type.VariableLength, 0),
                ]
            )
            table = cursor.insertTable(1, 2, table_format)
            speaker_format = QTextCharFormat()
            speaker_format.setFontWeight(QFont.Weight.DemiBold)
            speaker_format.setForeground(QBrush(palette.TRANSCRIPT_SPEAKERS.get(line.role, palette.TEXT)))
            table.cellAt(0, 0).firstCursorPosition().insertText(line.speaker, speaker_format)
        background = QTextTableCellFormat()
        background.setBackground(QBrush(palette.TRANSCRIPT_ROWS.get(line.role, palette.SURFACE)))
        for column in range(table.columns()):
            table.cellAt(0, column).setFormat(background)
        words = QTextCharFormat()
        words.setForeground(QBrush(palette.NARRATION if narration else palette.TEXT))
        words.setFontItalic(narration)
        cell = table.cellAt(0, 0 if narration else 1).firstCursorPosition()
        if narration:
            block = cell.blockFormat()
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cell.setBlockFormat(block)
        # insertText takes the words as plain text: a "<b>" in a scenario stays a literal "<b>".
        cell.insertText(line.text, words)

    # ---- following the newest line ------------------------------------------------------------------------
    def _on_range(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)

    def _on_scroll(self, value: int) -> None:
        # Follow new lines only while the user is at the bottom; reading back stays put.
        self._follow = value >= self.verticalScrollBar().maximum() - 4
