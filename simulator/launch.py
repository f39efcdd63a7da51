"""The `simulator` and `simulator-gui` commands' entry point: the window without the command line's imports.

`simulator` alone, the way most people start the program, goes straight to the window. The command line
(`simulator.cli`) imports argparse, JSON and the scenario layer's listing code at its top, which is right for
its commands but would be paid before the window's first frame; so it is imported only when there are
arguments to parse.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window, or run the command the arguments name; returns the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments:
        from .cli import main as command_line

        return command_line(arguments)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    from .ui.source_probe import install

    install()  # before the window's modules are imported: PySide6 would keep all their source in memory
    from .app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
