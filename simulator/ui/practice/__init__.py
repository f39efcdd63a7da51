"""Practising alone: the library of scenarios, the practice screen and its panels, and the debrief."""
