"""The core (domain, storage, exchange, services, cli) imports and runs without Qt."""

import subprocess
import sys

CORE = [
    "desktop_app.domain.nik", "desktop_app.domain.people", "desktop_app.domain.codes",
    "desktop_app.domain.disability", "desktop_app.domain.wilayah", "desktop_app.domain.formatting",
    "desktop_app.storage.database", "desktop_app.storage.models", "desktop_app.storage.bulk",
    "desktop_app.storage.backup", "desktop_app.services.records", "desktop_app.services.demo",
    "desktop_app.services.stats", "desktop_app.exchange.types", "desktop_app.cli",
]  # fmt: skip


def test_core_modules_do_not_load_pyside(tmp_path):
    import pkgutil

    import desktop_app

    # Every module of the Qt-free packages, including ones added later.
    names = set(CORE)
    for pkg in ("domain", "storage", "exchange", "services"):
        mod = __import__(f"desktop_app.{pkg}", fromlist=["x"])
        for info in pkgutil.walk_packages(mod.__path__, f"desktop_app.{pkg}."):
            names.add(info.name)
    assert desktop_app
    code = (
        "import sys, importlib\n"
        f"for name in {sorted(names)!r}: importlib.import_module(name)\n"
        "from desktop_app.storage import database\n"
        "from desktop_app.services import demo, stats\n"
        "from desktop_app.services.context import Actor\n"
        f"db = database.connect({str(tmp_path / 'core.db')!r})\n"
        "demo.generate(db, Actor.local(db), people=30)\n"
        "assert stats.record_counts()['people'] == 30\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    env = {"QT_QPA_PLATFORM": "", "DISPLAY": ""}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
