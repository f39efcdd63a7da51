"""Package names imported on first use (PEP 562), for packages whose light parts must not pay for their heavy ones.

`simulator.scenario` and `simulator.engine` list, for each public name, the module that defines it; the names
are imported when first asked for, so that, for example, the vocabulary and the scenario index can be used
before (and without) pydantic and YAML.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_names(package: str, home: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of `package`, whose public name N lives in its submodule `home[N]`."""
    namespace = import_module(package).__dict__

    def getattr_(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value  # the next lookup is an ordinary one
        return value

    def dir_() -> list[str]:
        return sorted([*namespace, *home])

    return getattr_, dir_
