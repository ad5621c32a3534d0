#!/usr/bin/env python3
"""The application icon in PNG, in the sizes freedesktop desktops and Windows ask for, made from
desktop/resources/icons/prepoznaj.svg with Qt's SVG renderer; and prepoznaj.ico for the Windows
bundle and installer. Run after changing the SVG:  python scripts/icons.py"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "desktop" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """A Windows .ico holding PNG images (Windows Vista and later read PNG entries)."""
    head = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(blob).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(blob)
        blobs += blob
    return head + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "prepoznaj.svg"))
    if not renderer.isValid():
        print("prepoznaj.svg cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        (ICONS / f"prepoznaj-{size}.png").write_bytes(png_bytes(render(renderer, size)))
    (ICONS / "prepoznaj.ico").write_bytes(ico([(s, png_bytes(render(renderer, s))) for s in ICO_SIZES]))
    print(f"{len(SIZES)} PNG sizes and prepoznaj.ico written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
