"""Measuring what a printed page shows: the box drawn around a label (a seal box)."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image
from pypdf import PdfReader

DPI = 144


def seal_boxes_mm(data: bytes, tmp_path: Path, word: str) -> list[tuple[float, float]]:
    """Width and height (mm) of the box drawn around each ``word`` (a seal box's label, in
    its top left corner), measured on the page as printed: found with pdftotext -bbox,
    then its outline followed in a rendering of the page (pdftoppm)."""
    pdftotext, pdftoppm = shutil.which("pdftotext"), shutil.which("pdftoppm")
    assert pdftotext and pdftoppm
    path = tmp_path / "boxes.pdf"
    path.write_bytes(data)
    boxes = []
    for page in range(1, len(PdfReader(io.BytesIO(data)).pages) + 1):
        pages = ["-f", str(page), "-l", str(page)]
        bbox = subprocess.run(
            [pdftotext, "-bbox", *pages, str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
        found = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            bbox,
        )
        words = [
            (float(x), (float(a) + float(b)) / 2)
            for x, a, b, w in found
            if html.unescape(w) == word
        ]
        if words:
            png = subprocess.run(
                [pdftoppm, "-r", str(DPI), "-gray", *pages, "-png", str(path)],
                capture_output=True,
                check=True,
            ).stdout
            ink = np.asarray(Image.open(io.BytesIO(png)).convert("L")) < 200
            boxes += [box for x, y in words if (box := _box_around(ink, x, y)) is not None]
    return boxes


def _box_around(ink: np.ndarray, x: float, y: float) -> tuple[float, float] | None:
    """The outline left of and above the point x, y (PDF points from the top left); None
    when the word stands in no box."""
    scale, per_mm = DPI / 72, DPI / 25.4
    column, row = int(x * scale) - 2, int(y * scale)
    # the left edge: the first column to the left that is inked above and below the label
    left = next(
        (c for c in range(column, column - int(6 * per_mm), -1) if ink[row - 3 : row + 4, c].all()),
        None,
    )
    if left is None:
        return None
    edge = ink[:, left - 1 : left + 2].any(axis=1)
    top = bottom = row
    while top > 0 and edge[top - 1]:
        top -= 1
    while bottom + 1 < len(edge) and edge[bottom + 1]:
        bottom += 1
    line = ink[top : top + 3, :].any(axis=0)
    right = left
    while right + 1 < len(line) and line[right + 1]:
        right += 1
    return (right - left) / per_mm, (bottom - top) / per_mm
