"""Problems found in a scenario file, each pointing at `file:line:column: field.path`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

PathItem = str | int
FieldPath = tuple[PathItem, ...]


def format_field_path(path: Sequence[PathItem]) -> str:
    """`("beats", 2, "options", 0, "move")` becomes `beats[2].options[0].move`."""
    text = ""
    for item in path:
        if isinstance(item, int):
            text += f"[{item}]"
        else:
            text += f".{item}" if text else item
    return text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a scenario file."""

    source: str
    line: int
    column: int
    field: str
    message: str
    where: str = ""
    """The place as an author thinks of it, by ids: `beat 'opening', option 'opening-listen'` (empty when the
    field is not inside a beat, option or need)."""

    def __str__(self) -> str:
        place = f"{self.source}:{self.line}:{self.column}"
        if not self.field:
            return f"{place}: {self.message}"
        field = f"{self.field} ({self.where})" if self.where else self.field
        return f"{place}: {field}: {self.message}"


class ScenarioError(Exception):
    """A scenario could not be loaded; `problems` lists every reason found, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(problems, key=lambda p: (p.line, p.column)))
        super().__init__("\n".join(str(problem) for problem in self.problems))
