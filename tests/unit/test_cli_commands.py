"""The command line imports only the module of the command being run: the desktop app (the
default command) does not wait for the Excel libraries the export and report commands load."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app import cli


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], "gui"),
        (["--db", "x.db"], "gui"),
        (["--db", "check"], "gui"),  # a database named like a command is still a database
        (["--db=x.db", "--user", "maria", "export", "--out", "a.xlsx"], "export"),
        (["--d", "x.db", "check"], "check"),  # argparse accepts --d for --db
        (["--self-test"], "gui"),
        (["--version"], "gui"),
        (["report", "monthly"], "report"),
        (["--help"], None),
        (["check", "-h"], "check"),
        (["bukan-perintah"], None),
    ],
)
def test_named_command(argv, expected):
    assert cli.named_command(argv) == expected


def test_only_the_named_command_is_registered_and_help_lists_all(capsys):
    parser = cli.build_parser(["check"])
    assert parser.parse_args(["--db", "x.db", "check", "--json"]).json
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    listed = capsys.readouterr().out
    assert all(name in listed for name in cli.COMMANDS)


def test_starting_the_app_imports_no_other_command_and_no_excel_library():
    code = (
        "import sys\n"
        "import desktop_app.cli as c\n"
        "argv = ['--db', 'x.db']\n"
        "c.build_parser([c.named_command(argv)]).parse_args(argv)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('openpyxl', 'xlsxwriter',"
        " 'msoffcrypto', 'python_calamine', 'PySide6', 'desktop_app.cli.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['desktop_app.cli.common',", "'desktop_app.cli.gui_cmd']"]
