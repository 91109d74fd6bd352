"""The account tree's filter menu: tiers, kinds, channels, tag, territory, and status."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.gui.labels import enum_label
from acct_desktop.services.account_tree import AccountFilter


class AccountFilterMenu(QMenu):
    sig_filter_changed = Signal(object)  # AccountFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiers = self._checkables(
            self.tr("Tier"), [(t, self.tr("Tier %1").replace("%1", t.value)) for t in Tier]
        )
        self._kinds = self._checkables(self.tr("Kind"), [(k, enum_label(k)) for k in AccountKind])
        self._channels = self._checkables(self.tr("Channel"), [(c, enum_label(c)) for c in Channel])
        self.addSeparator()
        self.visit_overdue = self._toggle(self.tr("Visit overdue"))
        self.issues_late = self._toggle(self.tr("Issues past deadline"))
        self.addSeparator()
        self.tag_menu = self.addMenu(self.tr("Tag"))
        self.territory_menu = self.addMenu(self.tr("Territory"))
        self._tag_group = QActionGroup(self)
        self._territory_group = QActionGroup(self)
        self.addSeparator()
        self.show_archived = self._toggle(self.tr("Show archived accounts"))
        self.addSeparator()
        clear = self.addAction(self.tr("Clear all filters"))
        clear.triggered.connect(self.clear)
        self.set_choices([], [])

    def _checkables(self, title: str, items: list[tuple[object, str]]) -> dict[QAction, object]:
        self.addSection(title)
        actions = {}
        for value, label in items:
            action = self.addAction(label)
            action.setCheckable(True)
            action.toggled.connect(self._emit)
            actions[action] = value
        return actions

    def _toggle(self, label: str) -> QAction:
        action = self.addAction(label)
        action.setCheckable(True)
        action.toggled.connect(self._emit)
        return action

    def set_choices(self, tags: list[str], territories: list[tuple[uuid.UUID, str]]) -> None:
        """Fill the Tag and Territory sub-menus from the open database."""
        for menu, group, choices in (
            (self.tag_menu, self._tag_group, [(t, t) for t in tags]),
            (self.territory_menu, self._territory_group, territories),
        ):
            menu.clear()
            for action in group.actions():
                group.removeAction(action)
            anything = menu.addAction(self.tr("Any"))
            anything.setCheckable(True)
            anything.setChecked(True)
            anything.setData(None)
            group.addAction(anything)
            for value, label in choices:
                action = menu.addAction(label)
                action.setCheckable(True)
                action.setData(value)
                group.addAction(action)
            for action in group.actions():
                action.toggled.connect(self._emit)

    def current(self) -> AccountFilter:
        def chosen(actions: dict[QAction, object]) -> frozenset:  # type: ignore[type-arg]
            return frozenset(v for a, v in actions.items() if a.isChecked())

        tag = self._tag_group.checkedAction()
        territory = self._territory_group.checkedAction()
        return AccountFilter(
            tiers=chosen(self._tiers),
            kinds=chosen(self._kinds),
            channels=chosen(self._channels),
            tag=tag.data() if tag else None,
            territory_id=territory.data() if territory else None,
            visit_overdue=self.visit_overdue.isChecked(),
            issues_past_deadline=self.issues_late.isChecked(),
            show_archived=self.show_archived.isChecked(),
        )

    def apply(self, wanted: AccountFilter) -> None:
        """Check the menu's entries to match ``wanted`` (one change signal at the end)."""
        blocker = _Quiet(self)
        for actions, values in (
            (self._tiers, wanted.tiers),
            (self._kinds, wanted.kinds),
            (self._channels, wanted.channels),
        ):
            for action, value in actions.items():
                action.setChecked(value in values)
        self.visit_overdue.setChecked(wanted.visit_overdue)
        self.issues_late.setChecked(wanted.issues_past_deadline)
        self.show_archived.setChecked(wanted.show_archived)
        for group, value in (
            (self._tag_group, wanted.tag),
            (self._territory_group, wanted.territory_id),
        ):
            for action in group.actions():
                action.setChecked(action.data() == value)
        blocker.release()

    def clear(self) -> None:
        self.apply(AccountFilter())

    def _emit(self, *_args: object) -> None:
        if not getattr(self, "_quiet", False):
            self.sig_filter_changed.emit(self.current())


class _Quiet:
    def __init__(self, menu: AccountFilterMenu) -> None:
        self.menu = menu
        menu._quiet = True  # type: ignore[attr-defined]

    def release(self) -> None:
        self.menu._quiet = False  # type: ignore[attr-defined]
        self.menu.sig_filter_changed.emit(self.menu.current())
