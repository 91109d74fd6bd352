"""Every symbol the GUI writes in its texts (⚠, ✓, ◷, →, ▶ …) is drawn by a font the app
ships or expects (DejaVu Sans on Linux, WenQuanYi Micro Hei — the PDFs' font, shipped for
Chinese — as Qt's fallback); a symbol no such font has shows as an empty box (QA: the
quote builder's "⏱ earliest …"). Read from the source without Qt: the string literals of
acct_desktop/gui."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest

import acct_desktop
from acct_desktop.reporting.fonts import SYSTEM_FONTS, find_font_file

GUI = Path(acct_desktop.__file__).resolve().parent / "gui"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _covered(path: Path) -> set[int]:
    from reportlab.pdfbase.ttfonts import TTFont

    index = {"subfontIndex": 0} if path.suffix == ".ttc" else {}
    return set(TTFont(path.stem, str(path), **index).face.charWidths)


def gui_symbols() -> dict[str, set[str]]:
    """Each non-ASCII symbol (Unicode category S…) in a string literal of the GUI, and the
    files that write it."""
    found: dict[str, set[str]] = {}
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for ch in node.value:
                    if ord(ch) > 127 and unicodedata.category(ch).startswith("S"):
                        found.setdefault(ch, set()).add(path.name)
    return found


def test_the_gui_writes_symbols_at_all() -> None:
    assert {"⚠", "✓"} <= set(gui_symbols())  # the scan reads the literals


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVu Sans is not installed")
def test_every_symbol_in_the_gui_texts_is_in_a_font_we_ship_or_expect() -> None:
    fonts = [DEJAVU, find_font_file()]
    assert any(path.is_file() for path in (*SYSTEM_FONTS, fonts[1]))
    covered = set().union(*(_covered(path) for path in fonts))
    missing = {
        f"{ch} U+{ord(ch):04X} {unicodedata.name(ch, '?')}: {', '.join(sorted(files))}"
        for ch, files in gui_symbols().items()
        if ord(ch) not in covered
    }
    assert not missing, sorted(missing)
