"""The bundled scenarios. This folder ships inside the program as `simulator.bundled.dialogues` (see setup.py)."""
