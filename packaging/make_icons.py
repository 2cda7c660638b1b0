"""Render the app icon (resources/icons/berdaya.svg) to the PNG and ICO files installers need.

    python packaging/make_icons.py [OUT_DIR]     (default: build/icons)

Generated, never committed: the SVG is the one source.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "berdaya.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(out_dir: Path) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed for painting
    out_dir.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(SVG))
    written: dict[str, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"berdaya-{size}.png"
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        written[f"png{size}"] = path
    ico = out_dir / "berdaya.ico"
    big = QImage(str(written["png256"]))
    if not big.save(str(ico), "ICO"):
        raise OSError(f"cannot write {ico} (Qt's ICO image plugin is missing)")
    written["ico"] = ico
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for name, path in render(target).items():
        print(f"{name}: {path}")
