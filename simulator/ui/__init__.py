"""The Qt user interface: the practice window, its screens and widgets. Only this package imports PySide6.

Importing it guards against a PySide6 reference-count bug first (see `qt_refcount_guard`), so every screen,
test and tool that uses the widgets is protected without having to remember it.
"""

from .qt_refcount_guard import protect_none

protect_none()
