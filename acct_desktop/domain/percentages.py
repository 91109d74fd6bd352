"""How a percentage is written: the one rule for the GUI, the services' sentences, the
command line and the PDFs.

Dutch puts a no-break space before "%" (12,5 %); English, Chinese and Vietnamese write it
close (12.5% · 12.5% · 12,5%). The number keeps the decimals it is given (whoever shows it
rounds it first) and the marks of its reader: the language's own (``language_marks``), or a
locale's where the GUI writes with one.
"""

from __future__ import annotations

from decimal import Decimal

from acct_desktop.domain.languages import DEFAULT_LANGUAGE, normalise_language
from acct_desktop.domain.number_marks import language_marks, remarked

NBSP = "\u00a0"  # "12,5 %" never breaks between the number and its sign
PERCENT_SPACE = {"nl": NBSP}


def format_percent(
    language: str | None,
    value: Decimal | int,
    *,
    signed: bool = False,
    marks: tuple[str, str] | None = None,
) -> str:
    """``value`` % as ``language`` writes it (12.5% · 12,5 %), grouped and punctuated with
    ``marks`` (group separator, decimal point; the language's own when None); with
    ``signed``, a gain gets its "+" (+2,4 %), as the variance columns write it."""
    number = Decimal(value)
    sign = "+" if signed and number > 0 else ""
    space = PERCENT_SPACE.get(normalise_language(language), "")
    digits = remarked(f"{number:,f}", language_marks(language) if marks is None else marks)
    return f"{sign}{digits}{space}%"


class Percent(str):
    """A percentage in a sentence, written the English way ("18.0%", "+2.4%") for logs and
    English, that ``written`` writes as the reader's language does ("18,0 %" in Dutch).
    ``places`` rounds it as ``figure`` does (``format``); None keeps its decimals."""

    value: Decimal
    signed: bool

    def __new__(
        cls, value: Decimal | int, places: int | None = None, signed: bool = False
    ) -> Percent:
        shown = Decimal(value if places is None else format(value, f".{places}f"))
        text = super().__new__(cls, format_percent(DEFAULT_LANGUAGE, shown, signed=signed))
        text.value, text.signed = shown, signed
        return text

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Percent, (self.value, None, self.signed))

    def written(self, language: str | None, marks: tuple[str, str] | None = None) -> str:
        """This percentage as ``language`` writes it, with ``marks`` if given."""
        return format_percent(language, self.value, signed=self.signed, marks=marks)


def percent(value: Decimal | int, places: int | None = None, *, signed: bool = False) -> Percent:
    """``value`` % for a sentence (``Sentence.of(…, percent(gap))``)."""
    return Percent(value, places, signed)
