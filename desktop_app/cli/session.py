"""Signing in on the command line, like the app.

A database with accounts asks who is working: ``--user NAME`` (or ``BERDAYA_USER``) and the
password from ``BERDAYA_PASSWORD`` or a terminal prompt (never an argument: it would show in the
process list and the shell history). A database without accounts (a fresh demo) needs none.
The audit log records the command-line user. Writes are refused while the desktop app holds the
database.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from desktop_app.cli.common import CliError, db_path
from desktop_app.services import auth, encryption, records
from desktop_app.services.context import Actor
from desktop_app.storage import database, instance, location
from desktop_app.storage.models import database_proxy

ENV_USER = "BERDAYA_USER"
READ_ACTIONS = frozenset({"read", "view_audit", "backup", "export"})


def _username(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get(ENV_USER) or None


def _password(username: str) -> str:
    password = auth.password_from_env()
    if password is not None:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            f"Kata sandi untuk '{username}' diperlukan: jalankan di terminal atau isi "
            f"{auth.ENV_PASSWORD}."
        )
    return getpass.getpass(f"Kata sandi {username}: ")


def sign_in(args: argparse.Namespace, db: pw.SqliteDatabase, action: str = "read") -> Actor:
    """The actor for this command; signs in when the database has accounts."""
    if not auth.has_accounts():
        return Actor.local(db, _username(args))
    username = _username(args)
    if not username:
        raise CliError("Database ini memakai akun: beri --user NAMA (dan kata sandi).")
    try:
        session = auth.sign_in(username, _password(username), source="baris perintah")
        auth.require(session.role, action)
    except auth.AuthError as exc:
        raise CliError(str(exc)) from exc
    actor = Actor.local(db, session.username)
    args.session = session
    _guard_writes(session, db)
    auth.apply_session(db, session)
    return actor


def _guard_writes(session: auth.Session, db: pw.SqliteDatabase) -> None:
    """A read-only role cannot write to this database through the single write path."""

    def guard() -> None:
        if database_proxy.obj is db:
            auth.require(session.role, "write")

    records.add_write_guard(guard)


def refuse_if_app_open(args: argparse.Namespace) -> None:
    pid = instance.holder(db_path(args))
    if pid is not None:
        raise CliError(
            f"Aplikasi Berdaya sedang membuka database ini (proses {pid}). Tutup aplikasinya dulu: "
            "perintah yang mengubah data tidak dijalankan selama aplikasi terbuka."
        )


def open_authenticated(args: argparse.Namespace, *, create: bool,
                       action: str = "read") -> pw.SqliteDatabase:  # fmt: skip
    """Open the database and sign in; ``args.actor`` is who acts. Closes the database on failure."""
    if action not in READ_ACTIONS:
        refuse_if_app_open(args)
        location.check_live_location(db_path(args))
    path = db_path(args)
    if database.is_encrypted(path):
        return _open_encrypted(args, path, action)
    db = database.connect(path, create=create)
    try:
        args.actor = sign_in(args, db, action)
    except BaseException:
        db.close()
        raise
    return db


def _open_encrypted(args: argparse.Namespace, path, action: str) -> pw.SqliteDatabase:
    username = _username(args)
    if not username:
        raise CliError("Database ini terenkripsi: beri --user NAMA (dan kata sandi).")
    try:
        db, session = encryption.open_encrypted(path, username, _password(username),
                                                source="baris perintah")  # fmt: skip
    except auth.AuthError as exc:
        raise CliError(str(exc)) from exc
    try:
        auth.require(session.role, action)
    except auth.AuthError as exc:
        db.close()
        raise CliError(str(exc)) from exc
    args.session = session
    args.actor = Actor.local(db, session.username)
    _guard_writes(session, db)
    auth.apply_session(db, session)
    return db


@contextmanager
def open_signed_in(args: argparse.Namespace, *, create: bool,
                   action: str = "read") -> Iterator[tuple[pw.SqliteDatabase, Actor]]:  # fmt: skip
    db = open_authenticated(args, create=create, action=action)
    try:
        yield db, args.actor
    finally:
        db.close()
