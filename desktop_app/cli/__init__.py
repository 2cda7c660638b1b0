"""The ``berdaya`` command line: a contract that other tools and offices script against.

Exit status: 0 success, 1 failure (message on one line, never a traceback), 2 wrong usage;
commands may define more (``import`` uses 3 and 4).  Each command lives in its own module with
``register(subparsers)``; Qt is imported only by the ``gui`` command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli import (
    audit_cmd,
    backup_cmd,
    check_cmd,
    demo_cmd,
    export_cmd,
    gui_cmd,
    import_cmd,
    report_cmd,
    restore_cmd,
    template_cmd,
)
from desktop_app.cli.common import CliError, fail
from desktop_app.storage.errors import StorageError

COMMAND_MODULES = [gui_cmd, demo_cmd, check_cmd, backup_cmd, restore_cmd, audit_cmd, import_cmd,
                   export_cmd, template_cmd, report_cmd]  # fmt: skip


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one line
        self.print_usage(sys.stderr)
        self.exit(2, f"berdaya: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="berdaya",
        description="Berdaya — pemberdayaan kelompok masyarakat rentan (Kecamatan Alak).",
    )
    parser.add_argument("--version", action="version", version=f"Berdaya {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="berkas database (bawaan: BERDAYA_DB atau folder data pengguna)",
    )
    parser.add_argument(
        "--user",
        metavar="NAMA",
        help="masuk sebagai pengguna ini (kata sandi: BERDAYA_PASSWORD atau ditanya)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="buka jendela utama tanpa layar pada database demo sementara, lalu keluar",
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    parser.set_defaults(handler=gui_cmd.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop_app.ui.selftest import run_self_test  # Qt only for this flag

        return run_self_test()
    try:
        return int(args.handler(args) or 0)
    except (StorageError, CliError) as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("dibatalkan.")
