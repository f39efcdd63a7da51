"""The trainer's scenarios the sharing tests import, export and play: all built here, in one place.

Each is the small test scenario (tests/data/mini.yaml) under another id, so a change to the scenario format made
there reaches these too; only the id and the avatars differ.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

DATA = Path(__file__).parent / "data"
MINI_TEXT = (DATA / "mini.yaml").read_text(encoding="utf-8")
TRAINER_ID = "garage-visit"


def face(colour: str) -> str:
    """A tiny SVG; the colour tells the pictures apart."""
    rect = f'<rect width="10" height="10" fill="{colour}"/>'
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{rect}</svg>'


def scenario_text(scenario_id: str = TRAINER_ID, *, avatars: bool = True) -> str:
    """Mini under `scenario_id`, with three pictures of its own (`avatars/<id>-<expression>.svg`) or none."""
    text = MINI_TEXT.replace("id: mini", f"id: {scenario_id}", 1)
    if avatars:
        own = ", ".join(f"{e}: avatars/{scenario_id}-{e}.svg" for e in ("guarded", "tense", "open"))
        return text.replace("avatar: avatars/mini.svg", f"avatar: {{{own}}}", 1)
    return text.replace("  avatar: avatars/mini.svg\n", "", 1)


def write_trainer_scenario(folder: Path, scenario_id: str = TRAINER_ID, *, avatars: bool = True) -> Path:
    """A trainer's folder: the scenario file with its `avatars/` beside it. Returns the scenario file."""
    folder.mkdir(parents=True, exist_ok=True)
    if avatars:
        (folder / "avatars").mkdir(exist_ok=True)
        for expression, colour in (("guarded", "#888"), ("tense", "#c33"), ("open", "#3c3")):
            (folder / "avatars" / f"{scenario_id}-{expression}.svg").write_text(face(colour), encoding="utf-8")
    path = folder / f"{scenario_id}.yaml"
    path.write_text(scenario_text(scenario_id, avatars=avatars), encoding="utf-8")
    return path


def write_pack(path: Path, members: dict[str, str | bytes]) -> Path:
    """A zip holding `members` (name -> content)."""
    with zipfile.ZipFile(path, "w") as pack:
        for name, content in members.items():
            pack.writestr(name, content)
    return path


def trainer_pack(path: Path, scenario_id: str = TRAINER_ID) -> Path:
    """A pack as `export-pack` makes it: the scenario and its three pictures."""
    members: dict[str, str | bytes] = {f"{scenario_id}.yaml": scenario_text(scenario_id)}
    for expression in ("guarded", "tense", "open"):
        members[f"avatars/{scenario_id}-{expression}.svg"] = face("#456")
    return write_pack(path, members)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its content, to prove nothing changed."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
