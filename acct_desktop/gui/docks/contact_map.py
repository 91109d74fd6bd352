"""Contact map dock: the current account's people as an org chart, and as a list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QSplitter,
    QWidget,
)

from acct_desktop.domain.enums import Attitude
from acct_desktop.domain.org_chart import layer
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label
from acct_desktop.gui.models.columns import attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.contacts import ContactRow

# Attitude as colour (always with the label too, never colour alone).
ATTITUDE_COLOURS = {
    Attitude.CHAMPION: "#2e7d32",
    Attitude.SUPPORTER: "#7cb342",
    Attitude.NEUTRAL: "#9e9e9e",
    Attitude.SCEPTIC: "#f9a825",
    Attitude.OPPONENT: "#c62828",
}
NODE_W, NODE_H, GAP_X, GAP_Y = 190.0, 58.0, 24.0, 46.0

COLUMNS = (
    attr("name", QT_TRANSLATE_NOOP("columns", "Name")),
    attr("title", QT_TRANSLATE_NOOP("columns", "Title")),
    attr("dmu_role", QT_TRANSLATE_NOOP("columns", "Role")),
    attr("attitude", QT_TRANSLATE_NOOP("columns", "Attitude")),
    attr("influence", QT_TRANSLATE_NOOP("columns", "Influence"), numeric=True),
    attr("reports_to_name", QT_TRANSLATE_NOOP("columns", "Reports to")),
    attr("phone", QT_TRANSLATE_NOOP("columns", "Phone"), sortable=False),
    attr("last_contacted_on", QT_TRANSLATE_NOOP("columns", "Last contact")),
)


class OrgChartView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setObjectName("orgChartView")

    def show_contacts(self, contacts: list[ContactRow]) -> None:
        scene = self.scene()
        scene.clear()
        if not contacts:
            return
        positions = layer({c.id: c.reports_to_id for c in contacts})
        boxes: dict[uuid.UUID, QRectF] = {}
        for contact in contacts:
            level, slot = positions[contact.id]
            boxes[contact.id] = QRectF(
                slot * (NODE_W + GAP_X), level * (NODE_H + GAP_Y), NODE_W, NODE_H
            )
        edge_pen = QPen(QColor("#78909c"), 1.5)
        for contact in contacts:
            if contact.reports_to_id in boxes:
                child, boss = boxes[contact.id], boxes[contact.reports_to_id]
                scene.addLine(
                    boss.center().x(), boss.bottom(), child.center().x(), child.top(), edge_pen
                )
        bold = QFont()
        bold.setBold(True)
        for contact in contacts:
            box = boxes[contact.id]
            colour = QColor(ATTITUDE_COLOURS[contact.attitude])
            pen = QPen(colour, 1 + contact.influence * 0.6)
            rect = scene.addRect(box, pen, QBrush(self.palette().base()))
            rect.setToolTip(
                f"{contact.name}\n{contact.title or ''}\n{enum_label(contact.dmu_role)} · "
                f"{enum_label(contact.attitude)} · "
                + QCoreApplication.translate("contact_map", "influence %1").replace(
                    "%1", str(contact.influence)
                )
            )
            name = scene.addSimpleText(contact.name, bold)
            name.setPos(box.left() + 8, box.top() + 5)
            detail = scene.addSimpleText(
                f"{enum_label(contact.dmu_role)} · {enum_label(contact.attitude)}"
            )
            detail.setBrush(QBrush(colour.darker(130)))
            detail.setPos(box.left() + 8, box.top() + 23)
            title = scene.addSimpleText((contact.title or "")[:28])
            title.setPos(box.left() + 8, box.top() + 39)
            title.setBrush(QBrush(self.palette().placeholderText()))
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-12, -12, 12, 12))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.scene().items():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1.0:
                self.resetTransform()


class ContactMapDock(FeatureDock):
    NAME = "contactMapDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Contact map")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.model = PagedTableModel(COLUMNS, self)
        self.chart = OrgChartView(self)
        self.table = DataTable(
            self.model, self.tr("Select an account to see its people and who reports to whom.")
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([520, 480])
        self.setWidget(splitter)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        workspace = self.workspace
        if workspace is None or account_id is None:
            self.model.set_source(None)
            self.chart.show_contacts([])
            return
        self.model.set_source(lambda page: workspace.contacts.for_account(account_id, page))
        self.table.set_empty_text(self.tr("No contacts recorded for this account yet."))
        self.chart.show_contacts(workspace.contacts.for_account(account_id))

    def shown_row_count(self) -> int:
        return self.model.rowCount()
