"""Developer tools run with ``python -m desktop_app.tools.<name>``."""
