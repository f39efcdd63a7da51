"""Keep PySide6's import hook from caching the source of every module the program imports.

Once PySide6 is imported, shiboken replaces `__import__`: for each newly imported Python module it asks
`inspect.getsource(module)` whether the text mentions PySide6 (to know which modules may use its optional
`__feature__` switches). `inspect.getsource` goes through `linecache`, which keeps every line of every module
for the rest of the run: about 3.5 MiB for this program, and time spent splitting files into lines.

`install()` hands the hook a `getsource` that reads the file and keeps nothing, with the same answers (the text,
or OSError where there is no source file). If a future PySide6 no longer has the hook, nothing is changed.
"""

from __future__ import annotations

from types import ModuleType


class _UncachedSource:
    """The one `inspect` function the hook calls, without the line cache."""

    @staticmethod
    def getsource(module: ModuleType) -> str:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            raise OSError(f"no source file for {getattr(module, '__name__', module)!r}")
        with open(origin, "rb") as source:
            return source.read().decode("utf-8", "replace")


def install() -> bool:
    """Give PySide6's import hook the uncached `getsource`; True if the hook was found and changed."""
    try:
        import PySide6  # noqa: F401  (loads shiboken, which installs the hook and its support modules)
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)) or not hasattr(feature, "inspect"):
        return False
    feature.inspect = _UncachedSource
    return True
