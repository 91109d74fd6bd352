"""Contact map dock: who decides inside the current account (the relationship map, with
its coverage and legend) and its people as a list.

The side panel says at a glance which roles have nobody, who has not been contacted for
too long, who blocks and whether the account hangs on one person. Everything on the map
can be changed on the map: drag to place, drag a card's ○ onto another to relate two
people, double-click to edit or add, right-click for the rest.
"""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import Attitude, ContactLinkKind, DmuRole
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.docks.contact_map_commands import ContactMapCommands
from acct_desktop.gui.docks.contact_map_keys import add_contact_map_keys
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label
from acct_desktop.gui.models.columns import attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.sentences import listed_text
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.gui.widgets.empty_state import EmptyState
from acct_desktop.gui.widgets.relationship_map import (
    ATTITUDE_COLOURS,
    LINK_LOOKS,
    LinkSample,
    RelationshipMapView,
)
from acct_desktop.gui.widgets.territory_map import TerritoryMap
from acct_desktop.gui.widgets.whole_placeholder import keep_placeholder_whole
from acct_desktop.services.contact_map import RelationshipMap
from acct_desktop.services.map_outlines import country_outlines
from acct_desktop.services.territory_points import TerritoryPoints, territory_points

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
RED, AMBER, GREEN = "#c62828", "#b26a00", "#2e7d32"


class ContactMapDock(FeatureDock):
    contacts_changed = Signal(object)  # account id: people added, changed or removed
    NAME = "contactMapDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Contact map")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.shown: RelationshipMap | None = None
        self.last_problem: str | None = None
        self.last_dialog: QWidget | None = None
        self.model = PagedTableModel(COLUMNS, self)
        self.chart = RelationshipMapView(self)
        self.table = DataTable(
            self.model,
            self.tr("Select an account to see its people and who reports to whom."),
            fit_each_list=True,
        )
        self.commands = ContactMapCommands(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("contactMapTabs")
        self.tabs.addTab(self._relationship_page(), self.tr("Relationships"))
        self.tabs.addTab(self.table, self.tr("People"))
        self.territory = TerritoryMap(self)
        self.territory.setObjectName("territoryMap")
        self.territory.account_clicked.connect(self.current.set)
        self.tabs.addTab(self.territory, self.tr("Territory"))
        self.tabs.currentChanged.connect(lambda _i: self._load_territory())
        self._territory_for: object | None = None  # the workspace the points were read from
        self._outlines_set = False
        self._pending_route: list[tuple[uuid.UUID, str]] = []
        self.setWidget(self.tabs)
        add_contact_map_keys(self)

    def _relationship_page(self) -> QWidget:
        self.children_box = QCheckBox(self.tr("With child accounts"))
        self.children_box.setObjectName("withChildren")
        self.children_box.toggled.connect(lambda _on: self.reload())
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.addItem(self.tr("All roles"), "")
        for role in DmuRole:
            self.role_filter.addItem(enum_label(role), role.value)
        self.attitude_filter = QComboBox()
        self.attitude_filter.setObjectName("attitudeFilter")
        self.attitude_filter.addItem(self.tr("All attitudes"), "")
        for attitude in Attitude:
            self.attitude_filter.addItem(enum_label(attitude), attitude.value)
        for combo in (self.role_filter, self.attitude_filter):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        # Ctrl+F: people by name or title, folded (accents and case do not matter); the
        # others dim and the first found is chosen (Enter then edits, Delete archives)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("contactFind")
        self.find_box.setPlaceholderText(self.tr("Find a person"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(200)
        keep_placeholder_whole(self.find_box)  # the toolbar gives way (its »), not the box
        self.find_box.textChanged.connect(lambda _t: self._apply_filter(choose=True))
        bar = QHBoxLayout()
        bar.addWidget(self.children_box)
        bar.addWidget(self.role_filter)
        bar.addWidget(self.attitude_filter)
        bar.addWidget(self.find_box)
        bar.addStretch(1)
        # A toolbar, not a row of buttons: where the Dutch or Vietnamese words do not fit
        # (a 1366-pixel laptop), the last ones go behind its » instead of widening the window.
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("contactMapToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("add", "fit", "relayout", "export", "print", "vcf_import", "vcf_export"):
            self.toolbar.addAction(self.commands.actions[name])
        bar.addWidget(self.toolbar)
        self.coverage = QLabel()
        self.coverage.setObjectName("coveragePanel")
        self.coverage.setWordWrap(True)
        self.coverage.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.coverage.setTextFormat(Qt.TextFormat.RichText)
        self.coverage.setMinimumWidth(220)
        self.stale_days = QSpinBox()
        self.stale_days.setObjectName("staleDays")
        self.stale_days.setRange(7, 730)
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setToolTip(self.tr("Flag people not contacted for longer than this"))
        self.stale_days.editingFinished.connect(self.commands.stale_days_changed)
        stale_row = QHBoxLayout()
        stale_row.addWidget(QLabel(self.tr("Not contacted for over")))
        stale_row.addWidget(self.stale_days)
        legend = self._legend()
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(self.coverage, 1)
        # no account at all: Import accounts… and New account… (set by the main window)
        self.no_accounts = EmptyState()
        self.no_accounts.setObjectName("mapNoAccounts")
        self.no_accounts.message.hide()
        self.no_accounts.layout().setContentsMargins(0, 0, 0, 8)
        self.no_accounts.hide()
        column.addWidget(self.no_accounts)
        column.addLayout(stale_row)
        column.addWidget(legend)
        # a head office with its branches lists dozens of people not contacted lately:
        # the column scrolls rather than cutting the list and the legend off
        self.side_scroll = QScrollArea()
        self.side_scroll.setObjectName("coverageScroll")
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.chart.moved.connect(self.commands.save_positions)
        self.chart.link_requested.connect(self.commands.link)
        self.chart.edit_requested.connect(self.commands.edit_contact)
        self.chart.add_requested.connect(self.commands.add_contact)
        self.chart.context_requested.connect(self.commands.context_menu)
        return page

    def _legend_html(self) -> str:
        swatches = " ".join(
            f'<span style="color:{colour}">■</span>&nbsp;'
            + enum_label(attitude).replace(" ", "&nbsp;")  # "Hoài nghi" kept whole
            for attitude, colour in ATTITUDE_COLOURS.items()
        )
        title, weight = self.tr("Legend"), self.tr("Border weight and ●●●○○ = influence")
        return f"<b>{title}</b><br>{swatches}<br>{weight}"

    def _legend(self) -> QWidget:
        """Card colours in words, then each kind of line drawn as the map draws it."""
        legend = QWidget()
        legend.setObjectName("mapLegend")
        rows = QGridLayout(legend)
        rows.setContentsMargins(0, 4, 0, 0)
        rows.setHorizontalSpacing(6)
        rows.setVerticalSpacing(2)
        words = QLabel(self._legend_html())
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.RichText)
        rows.addWidget(words, 0, 0, 1, 2)
        kinds: list[tuple[ContactLinkKind | None, str]] = [(None, self.tr("Manages"))]
        kinds += [(kind, enum_label(kind)) for kind in LINK_LOOKS]
        self.legend_lines: list[tuple[LinkSample, QLabel]] = []
        for row, (kind, text) in enumerate(kinds, start=1):
            sample, label = LinkSample(kind), QLabel(text)
            label.setWordWrap(True)
            rows.addWidget(sample, row, 0)
            rows.addWidget(label, row, 1)
            self.legend_lines.append((sample, label))
        rows.setColumnStretch(1, 1)
        return legend

    # -- showing ---------------------------------------------------------------------------

    def set_workspace(self, workspace) -> None:  # type: ignore[no-untyped-def]
        self._territory_for = None  # read the territory again when its tab is shown
        super().set_workspace(workspace)
        self._load_territory()

    def show_day_route(self, stops: list[tuple[uuid.UUID, str]]) -> None:
        """Draw a day's visits in order on the territory tab (once its points are read)."""
        self.show()
        self.raise_()
        if len(self.territory.canvas.points) and self._territory_for is self.workspace:
            self.tabs.setCurrentWidget(self.territory)
            self.territory.show_accounts_route(stops)
        else:
            self._pending_route = list(stops)
            self.tabs.setCurrentWidget(self.territory)  # starts reading the points

    def select_contact(self, contact_id: uuid.UUID) -> bool:
        """Show ``contact_id`` selected on the relationship map (global search's way in);
        the current account is theirs. False when the map does not show them."""
        self.tabs.setCurrentIndex(0)
        if contact_id not in self.chart.cards and self.workspace is not None:
            self.account_changed(self.current.id)  # a dock out of sight read nothing yet
        card = self.chart.cards.get(contact_id)
        folded = [
            p.account_id for p in (self.shown.people if self.shown else ()) if p.id == contact_id
        ]
        if card is None and folded and folded[0] in self.chart.groups:
            self.chart.expand(folded[0])  # their account was one card: show its people
            card = self.chart.cards.get(contact_id)
        if card is None:
            return False
        self.chart.scene().clearSelection()
        card.setSelected(True)
        self.chart.centerOn(card)
        return True

    def reload_territory(self) -> None:
        """Visits, issues or sales changed: read the map's points again (when shown)."""
        self._territory_for = None
        self._load_territory()

    def _load_territory(self) -> None:
        """Read every account's point off the UI thread, the first time the tab is shown."""
        workspace = self.workspace
        if workspace is None:
            self.territory.set_points(TerritoryPoints([], 0, date.today()))
            return
        if self.tabs.currentWidget() is not self.territory or self._territory_for is workspace:
            return
        if self.background is None:
            return
        self._territory_for = workspace
        if not self._outlines_set:
            self.territory.set_outlines(country_outlines())
            self._outlines_set = True

        def work() -> TerritoryPoints:
            return territory_points(workspace.db, workspace.issues.today())

        def done(points: TerritoryPoints) -> None:
            if workspace is self.workspace:
                self.territory.set_points(points)
                self.territory.set_current_account(self.current.id)
                if self._pending_route:
                    self.territory.show_accounts_route(self._pending_route)
                    self._pending_route = []

        self.background.submit(work, done)

    def contacts_touched(self) -> None:
        """People were added, changed or removed here: redraw, and tell the window (the
        profile card's contact count, the status bar)."""
        self.reload()
        self.contacts_changed.emit(self.current.id)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        self.territory.set_current_account(account_id)
        workspace = self.workspace
        no_accounts = workspace is not None and not workspace.accounts.has_accounts()
        self.no_accounts.setVisible(no_accounts and account_id is None)
        if workspace is None or account_id is None:
            self.model.set_source(None)
            self.shown = None
            self.chart.show_map(None)
            if no_accounts:
                self.coverage.setText(
                    self.tr(
                        "No accounts yet: import accounts (File → Import accounts…) or add one "
                        "(Ctrl+N in the account tree) first, then add who decides there."
                    )
                )
            else:
                self.coverage.setText(self.tr("Select an account to see who decides there."))
            return
        self.model.set_source(lambda page: workspace.contacts.for_account(account_id, page))
        self.table.set_empty_text(self.tr("No contacts recorded for this account yet."))
        self.shown = workspace.contact_map.map_of(
            account_id, self.children_box.isChecked(), workspace.issues.today()
        )
        self.stale_days.setValue(self.shown.stale_days)
        self.chart.show_map(self.shown)
        self._apply_filter()
        self._show_coverage(self.shown)

    def _apply_filter(self, choose: bool = False) -> None:
        role, attitude = self.role_filter.currentData(), self.attitude_filter.currentData()
        found = TextFilter.of(self.find_box.text())
        if not role and not attitude and not found:
            self.chart.dim(None)
            return

        def keep(p) -> bool:  # type: ignore[no-untyped-def]
            return (
                (not role or p.dmu_role.value == role)
                and (not attitude or p.attitude.value == attitude)
                and found.keeps(p.name, free=(p.title,))
            )

        self.chart.dim(keep)
        if choose and found:
            first = next((c for c in self.chart.cards.values() if keep(c.person)), None)
            if first is not None:
                self.select_contact(first.person.id)

    def _show_coverage(self, shown: RelationshipMap) -> None:
        if not shown.people:
            self.coverage.setText(
                self.tr(
                    "Nobody is known at this account yet. Double-click the map (or Add "
                    "contact) to add the first person."
                )
            )
            return
        if len(shown.people) > self.chart.many:  # the map folds accounts too
            self.coverage.setText(self._coverage_in_counts(shown))
            return
        names = {p.id: html.escape(p.name) for p in shown.people}
        judged = shown.coverage
        line = _line

        # each sentence is a tr() of its own: lupdate reads none inside an f-string
        parts = ["<b>" + self.tr("Coverage") + "</b>"]
        if judged.single_threaded:
            parts.append(line(RED, "●", self.tr("Single-threaded: one contact only")))
        if judged.missing_roles:
            roles = listed_text(enum_label(r) for r in judged.missing_roles)
            parts.append(line(AMBER, "●", self.tr("Nobody as: %1").replace("%1", roles)))
        if judged.blockers:
            who = listed_text(names[b] for b in judged.blockers)
            parts.append(line(RED, "●", self.tr("Blocks: %1").replace("%1", who)))
        if judged.champions:
            who = listed_text(names[c] for c in judged.champions)
            parts.append(line(GREEN, "✓", self.tr("Champions: %1").replace("%1", who)))
        if judged.stale:
            never = self.tr("never")
            items = [
                f"{names[pid]} ({never if days is None else days})"
                for pid, days in judged.stale[:8]
            ]
            more = len(judged.stale) - len(items)
            text = listed_text(items) + (f" … +{more}" if more > 0 else "")
            label = self.tr("Not contacted for over %1 days:").replace("%1", str(shown.stale_days))
            parts.append(line(AMBER, "●", f"{label} {text}"))
        if len(parts) == 1:
            parts.append(line(GREEN, "✓", self.tr("Every role covered")))
        self.coverage.setText("<br>".join(parts))

    def _coverage_in_counts(self, shown: RelationshipMap) -> str:
        """An HQ with its child accounts (hundreds of people): counts per role and the
        accounts where nobody decides, not a wall of names."""
        counted = shown.summary()
        parts = ["<b>" + self.tr("Coverage") + "</b>"]
        parts.append(
            self.tr("%1 people at %2 accounts")
            .replace("%1", str(counted.people))
            .replace("%2", str(counted.accounts))
        )
        roles = listed_text(f"{enum_label(role)} {n}" for role, n in counted.per_role)
        parts.append(html.escape(roles))
        if counted.without_decider:
            shown_names = [html.escape(n) for n in counted.without_decider[:8]]
            more = len(counted.without_decider) - len(shown_names)
            text = listed_text(shown_names) + (f" … +{more}" if more > 0 else "")
            label = self.tr("No decision maker at %1 accounts:").replace(
                "%1", str(len(counted.without_decider))
            )
            parts.append(_line(AMBER, "●", f"{label} {text}"))
        if counted.blockers:
            blocks = self.tr("Blockers: %1").replace("%1", str(counted.blockers))
            parts.append(_line(RED, "●", blocks))
        if counted.stale:
            label = self.tr("Not contacted for over %1 days:").replace("%1", str(shown.stale_days))
            parts.append(_line(AMBER, "●", f"{label} {counted.stale}"))
        return "<br>".join(parts)

    def shown_row_count(self) -> int:
        return self.model.rowCount()

    def link_kinds(self) -> list[ContactLinkKind]:
        return list(ContactLinkKind)

    def scene_point(self) -> QPointF:
        return self.chart.mapToScene(self.chart.viewport().rect().center())


def _line(colour: str, mark: str, text: str) -> str:
    return f'<span style="color:{colour}">{mark} {text}</span>'
