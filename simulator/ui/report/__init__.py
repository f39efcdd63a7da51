"""The debrief reports of a saved session: PDF, HTML and Markdown."""
