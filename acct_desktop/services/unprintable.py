"""What a print command says when a PDF has □ for characters no font here has (𠮷, 鿍).

The characters are collected by ``reporting.unprintable.missing_characters`` around the
drawing; the GUI's print actions and the command line both say this one sentence.
"""

from __future__ import annotations

import sys

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.reporting.unprintable import FALLBACK_ENV


def missing_sentence(characters: set[str] | frozenset[str]) -> Sentence:
    """What a print command says when ``characters`` could not be printed: which ones, and
    how to get a font that has them on this kind of computer."""
    shown = " ".join(sorted(characters))
    if sys.platform == "win32":
        install = QT_TRANSLATE_NOOP(
            "messages",
            "install a font that has them (Windows' SimSun-ExtB and MingLiU-ExtB have most "
            "rare Chinese characters)",
        )
    elif sys.platform == "darwin":
        install = QT_TRANSLATE_NOOP(
            "messages", "install a font that has them (open the font file with Font Book)"
        )
    else:
        install = QT_TRANSLATE_NOOP(
            "messages",
            "install a font that has them (the fonts-hanazono package has most rare Chinese "
            "characters)",
        )
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            "These characters could not be printed with the fonts on this computer and show "
            "as □ in the PDF: %1. To print them, %2, or set %3 to a font file that has them.",
        ),
        shown,
        Sentence.of(install),
        FALLBACK_ENV,
    )
