"""The bundled avatars, icons and styles. This folder ships inside the program as `simulator.bundled.assets`."""
