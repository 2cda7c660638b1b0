"""Helpers shared by the commands: opening the database, printing, failing cleanly."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app.paths import default_db_path


class CliError(Exception):
    """A one-line message for the user; exit status 1 unless ``code`` says otherwise."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def open_db(args: argparse.Namespace, *, create: bool, action: str = "read") -> pw.SqliteDatabase:
    """Open the database, signing in when it has accounts (``args.actor`` is then who acts).

    ``action`` is what the command does (``services.auth.ACTIONS``): anything but reading is
    refused while the desktop app holds the database, and for roles that may not do it.
    """
    from desktop_app.cli.session import open_authenticated  # session imports this module

    return open_authenticated(args, create=create, action=action)


def fail(message: str, code: int = 1) -> int:
    print(f"berdaya: {message}", file=sys.stderr)
    return code


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def workbook_password(env: str, *, confirm: bool, refused: str) -> str:
    """The password of a protected workbook: from ``env``, or typed at the terminal (twice when
    ``confirm``: a mistyped password on an export would lock the office out)."""
    password = os.environ.get(env)
    if password:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"--kata-sandi: jalankan di terminal atau isi {env}.")
    first = getpass.getpass("Kata sandi buku kerja: ")
    if confirm and getpass.getpass("Ulangi kata sandi: ") != first:
        raise CliError(refused)
    return first
