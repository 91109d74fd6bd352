"""Text colours that stay readable on whatever a widget paints under them, in the light and
the dark palette (Fusion follows Windows' dark mode): a see-through tint is mixed with the
background it lies on, and the text is dark or light by the luminance of the result."""

from __future__ import annotations

from PySide6.QtGui import QColor

DARK_INK = QColor("#212121")
LIGHT_INK = QColor("#f5f5f5")


def over(tint: QColor, background: QColor) -> QColor:
    """The colour seen where ``tint`` (with its alpha) is painted on ``background``."""
    a = tint.alphaF()
    return QColor.fromRgbF(
        tint.redF() * a + background.redF() * (1 - a),
        tint.greenF() * a + background.greenF() * (1 - a),
        tint.blueF() * a + background.blueF() * (1 - a),
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2), 0 black … 1 white."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 … 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(background: QColor) -> bool:
    return luminance(background) < 0.18


def ink_on(background: QColor) -> QColor:
    """Dark text on a light background, light text on a dark one (whichever reads better)."""
    light = contrast(LIGHT_INK, background) > contrast(DARK_INK, background)
    return QColor(LIGHT_INK if light else DARK_INK)


def quiet_ink_on(background: QColor) -> QColor:
    """A secondary line's colour (a job title): the ink mixed a third of the way back
    towards the background."""
    ink = ink_on(background)
    ink.setAlphaF(0.68)
    return over(ink, background)


def status_ink(colour: QColor, background: QColor) -> QColor:
    """A status colour (an attitude, a purpose) made readable as text on ``background``:
    darker on a light background, lighter on a dark one, as far as it takes."""
    shade = QColor(colour)
    for _ in range(6):
        if contrast(shade, background) >= 4.5:
            break
        shade = shade.lighter(130) if is_dark(background) else shade.darker(130)
    if contrast(shade, background) < 4.5:  # as light (dark) as it goes: towards the ink
        ink = ink_on(background)
        ink.setAlphaF(0.6)
        shade = over(ink, shade)
    return shade
