"""Classroom mode: a scenario played with a whole room, on a projector.

The projector shows the audience view (large type, high contrast, keyboard-driven); the laptop screen, when
there is one, shows the presenter view with what only the trainer should see. What the room is at (the phase
of a turn, the overlays, what each key does) is decided without Qt in `simulator.engine.classroom_flow`;
`ClassroomController` wires it to its host's session (`host`: what it needs from the main window) and to the
windows; the other modules each draw or decide one thing:

- `look`: the high-contrast colours and the one scale factor turned into a style sheet;
- `render`: the flow's state drawn into both windows (`presenter_notes`: the presenter's columns);
- `keys`: every action and its keys (the `?` overlay and the presenter's key list are drawn from it);
- `screens`: which screen shows what, the screen picker and the remembered choice;
- `journey`: the trust line on the ending screen (the kit's meters show trust and tension);
- `audience`, `overlays`, `presenter`: the two windows and the key-map overlay;
- `slides`: the briefing slide, the "Discuss" band and the black or white screen;
- `vote_bridge`, `vote_panel`: the class vote from phones (V): the server's life, the board kept in step with the
  room, the QR code, the live count and the spread (its strings live in `vote_<lang>.ts`).

Its UI strings live in `simulator/ui/i18n/classroom_<lang>.ts`; after changing them, refresh with

    .venv/bin/pyside6-lupdate simulator/ui/classroom/*.py -source-language en -target-language nl \
        -no-obsolete -locations none -ts simulator/ui/i18n/classroom_nl.ts

(and the same with `-target-language en` for classroom_en.ts, whose translations repeat the source).
"""

from __future__ import annotations

from .controller import ClassroomController, Phase

__all__ = ["ClassroomController", "Phase"]
