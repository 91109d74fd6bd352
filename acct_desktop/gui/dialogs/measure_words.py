"""What the words of a sales file's measure column mean, value by value.

ERPs write their own words there: "Verkoop" for what is sell-in from our side, a document
type such as "ZF2" for a delivery. The import dialog lists the column's values (when it has
few, see ``Table.few_values``) with the measure each is read as, and lets the user say
otherwise before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports.measure_words import measure as measure_value


def measure_choices() -> list[tuple[Measure, str]]:
    """The four measures with the words the window uses for them."""
    return [
        (Measure.SELL_IN, QCoreApplication.translate("ImportDialog", "Sell-in")),
        (Measure.OUTBOUND, QCoreApplication.translate("ImportDialog", "Branch-warehouse outbound")),
        (Measure.SELL_OUT, QCoreApplication.translate("ImportDialog", "Terminal sell-out")),
        (Measure.STOCK, QCoreApplication.translate("ImportDialog", "Stock on hand")),
    ]


def read_as(value: str) -> Measure | None:
    """The measure the import reads ``value`` as by itself (None: not a measure)."""
    try:
        return measure_value(value)
    except ValueError:
        return None


class MeasureWordsBox(QGroupBox):
    """One row per value of the measure column: the value, and the measure it is read as."""

    changed = Signal()  # the user read a word otherwise

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ImportDialog", "Words in the measure column"), parent
        )
        self.setObjectName("measureWords")
        self.form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        # what the user chose last time for words of this file's layout (see ``layouts``)
        self.remembered: dict[str, Measure | None] = {}
        self.hide()

    def show_values(self, values: tuple[str, ...] | None) -> None:
        """List ``values`` (None or empty: the chosen column is not one to list)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        for value in values or ():
            combo = QComboBox()
            combo.setObjectName(f"measureWord_{value}")
            combo.addItem(
                QCoreApplication.translate("ImportDialog", "(not a measure: refuse its rows)"),
                None,
            )
            for measure, text in measure_choices():
                combo.addItem(text, measure.value)
            known = self.remembered.get(value, read_as(value))
            combo.setCurrentIndex(combo.findData(known.value) if known else 0)
            combo.currentIndexChanged.connect(self.changed)
            label = QLabel(value)
            label.setToolTip(value)
            self.form.addRow(label, combo)
            self.combos[value] = combo
        self.setVisible(bool(self.combos))

    def words(self) -> dict[str, Measure | None]:
        """The values the user reads otherwise than the import would by itself (None: not
        a measure, its rows refused)."""
        chosen = {}
        for value, combo in self.combos.items():
            data = combo.currentData()
            meant = None if data is None else Measure(data)
            if meant != read_as(value):
                chosen[value] = meant
        return chosen

    def kept_words(self) -> dict[str, Measure | None]:
        """What to remember for the layout: the choices shown now, and those remembered for
        words this file does not have (next month's file may have them again)."""
        kept = {w: m for w, m in self.remembered.items() if w not in self.combos}
        return kept | self.words()
