"""Qt translation files: extract, compile, check.

    python -m desktop_app.tools.translations update   # refresh resources/translations/*.ts from the UI code
    python -m desktop_app.tools.translations build    # compile .ts -> .qm (also done on demand at start)
    python -m desktop_app.tools.translations check    # list source strings without an English translation

Indonesian is the source language: the UI code holds Indonesian text in ``tr()`` and
``berdaya_en.ts`` holds the English translation. ``qt_id.ts`` translates Qt's own standard texts
(buttons of message boxes) into Indonesian, because Qt ships no Indonesian catalogue.
The ``.qm`` files are build products, never committed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.paths import resource_path

SOURCE_LANGUAGE = "id"
CATALOGUES = {"en": "berdaya_en.ts"}  # extracted from our code
QT_CATALOGUES = {"id": "qt_id.ts"}  # hand-kept: Qt's own strings


def translations_dir() -> Path:
    return resource_path("translations")


def ui_sources() -> list[Path]:
    root = Path(__file__).resolve().parent.parent / "ui"
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _qt_tool(name: str) -> str:
    """The lupdate/lrelease that ship inside the PySide6 wheel."""
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise FileNotFoundError(f"{name} tidak ditemukan di PySide6")


def update(sources: list[Path] | None = None, target: Path | None = None) -> Path:
    target = target or translations_dir() / CATALOGUES["en"]
    files = [str(p) for p in (sources or ui_sources())]
    subprocess.run(
        [_qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *files,
         "-source-language", SOURCE_LANGUAGE, "-target-language", "en", "-ts", str(target)],
        check=True,
    )  # fmt: skip
    return target


def qm_path(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def build(force: bool = False) -> list[Path]:
    """Compile every .ts whose .qm is missing or older. Returns the .qm files."""
    out = []
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = qm_path(ts)
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind == "vanished" or kind == "obsolete":
                continue
            if translation is None or kind == "unfinished" or not (translation.text or "").strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    command = args[0] if args else "check"
    if command == "update":
        print(update())
        return 0
    if command == "build":
        for qm in build(force=True):
            print(qm)
        return 0
    if command == "check":
        tmp = translations_dir() / ".check_en.ts"
        shutil.copy(translations_dir() / CATALOGUES["en"], tmp)
        try:
            update(target=tmp)
            missing = unfinished(tmp)
        finally:
            os.unlink(tmp)
        for context, source in missing:
            print(f"{context}: {source!r}")
        print(f"{len(missing)} teks belum diterjemahkan")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
