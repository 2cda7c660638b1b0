"""``berdaya [gui]``: open the desktop app (the default command)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="buka aplikasi (bawaan)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.ui.app import run_gui  # Qt is loaded only here

    return run_gui(args.db)
