"""Render the app icon from ``acct-desktop.svg``: the PNG the app ships as package data and
the multi-size ``.ico`` the Windows executables and installer use.

    python resources/icons/make_icons.py

Needs only what the app already installs: PySide6 (QtSvg renders the SVG) and Pillow
(a matplotlib dependency; writes the .ico). Run it after changing the SVG and commit both
outputs.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).with_name("acct-desktop.svg")
PNG = ROOT / "acct_desktop" / "assets" / "icons" / "acct-desktop.png"
ICO = ROOT / "installer" / "acct-desktop.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZE = 256


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    PNG.parent.mkdir(parents=True, exist_ok=True)
    PNG.write_bytes(render(PNG_SIZE))
    images = [Image.open(io.BytesIO(render(size))).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        ICO,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    print(f"wrote {PNG.relative_to(ROOT)} and {ICO.relative_to(ROOT)} ({len(ICO_SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
