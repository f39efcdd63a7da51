"""The Qt user interface: the practice window, its screens and widgets. Only this package imports PySide6."""
