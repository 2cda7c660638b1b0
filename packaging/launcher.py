"""Entry script for the PyInstaller bundle: the same command line as ``berdaya``."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
