"""The ``berdaya`` command line: a contract that other tools and offices script against.

Exit status: 0 success, 1 failure (message on one line, never a traceback), 2 wrong usage;
commands may define more (``import`` uses 3 and 4).  Each command lives in its own module with
``register(subparsers)``; Qt is imported only by the ``gui`` command.

Only the module of the command being run is imported (all of them for ``--help``): the export and
report commands alone load openpyxl and XlsxWriter, about half a second that the desktop app, the
default command, must not wait for.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from desktop_app import __version__
from desktop_app.cli import gui_cmd
from desktop_app.cli.common import CliError, fail
from desktop_app.storage.errors import StorageError

# Command name -> its module in this package, in the order the help lists them.
COMMANDS = {
    "gui": "gui_cmd",
    "demo": "demo_cmd",
    "check": "check_cmd",
    "backup": "backup_cmd",
    "restore": "restore_cmd",
    "audit": "audit_cmd",
    "import": "import_cmd",
    "export": "export_cmd",
    "template": "template_cmd",
    "report": "report_cmd",
}
_VALUE_OPTIONS = ("--db", "--user")  # global options followed by a value


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{COMMANDS[name]}")


def named_command(argv: Sequence[str]) -> str | None:
    """The command these arguments run, read without importing any command module: "gui" when
    they name none; None when they ask for help or the word is no command (then every command is
    registered, for the help text or argparse's message)."""
    takes_value = False
    for token in argv:
        if takes_value:
            takes_value = False
            continue
        if token in ("-h", "--help", "--"):
            return None
        if token.startswith("--") and "=" not in token:
            # argparse accepts an unambiguous prefix of a long option (--d for --db)
            takes_value = len(token) > 2 and any(o.startswith(token) for o in _VALUE_OPTIONS)
            continue
        if token.startswith("-"):
            continue
        return token if token in COMMANDS else None
    return "gui"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one line
        self.print_usage(sys.stderr)
        self.exit(2, f"berdaya: {message}\n")


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the given commands registered (all of them when None)."""
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
    wanted = set(COMMANDS if commands is None else commands)
    for name in COMMANDS:
        if name in wanted:
            command_module(name).register(sub)
    parser.set_defaults(handler=gui_cmd.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    name = named_command(argv)
    parser = build_parser(None if name is None else [name])
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
