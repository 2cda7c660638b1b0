"""Shared fixtures: a fresh database per test, an actor, demo data, and Qt settings in a temp dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services.context import Actor  # noqa: E402
from desktop_app.storage import database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "berdaya.db"


@pytest.fixture
def db(db_path: Path):
    conn = database.connect(db_path, create=True)
    yield conn
    conn.close()


@pytest.fixture
def actor(db) -> Actor:
    return Actor.local(db, "tester")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One demo database built per test session; tests get their own copy."""
    from desktop_app.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    conn = database.connect(path, create=True)
    demo.generate(conn, Actor.local(conn, "demo"))
    conn.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path):
    import shutil

    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    conn = database.connect(path, create=False)
    yield conn
    conn.close()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch):
    """Keep QSettings and the user's data folder out of the real home directory."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("BERDAYA_DB", raising=False)
