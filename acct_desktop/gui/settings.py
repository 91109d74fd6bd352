"""Typed access to the user's settings (QSettings), each declared once with its default."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

# Bump when the dock set or default arrangement changes: older saved states are then
# ignored and the default layout is used instead of a half-matching restore.
WINDOW_STATE_VERSION = 3  # 2: the Alerts dock; 3: Plan vs actual (and KPI dashboard)
MAX_RECENT_FILES = 8


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    # -- recent databases ----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_file(self, path: str) -> None:
        files = [path, *(f for f in self.recent_files() if f != path)][:MAX_RECENT_FILES]
        self._s.setValue("files/recent", files)

    def last_database(self) -> str | None:
        value = self._s.value("files/last", None)
        return str(value) if value else None

    def set_last_database(self, target: str) -> None:
        self._s.setValue("files/last", target)

    def last_account(self, database: str) -> str | None:
        """The account that was current when ``database`` was last open."""
        value = self._s.value(f"accounts/{_key(database)}")
        return str(value) if value else None

    def set_last_account(self, database: str, account_id: str | None) -> None:
        if account_id:
            self._s.setValue(f"accounts/{_key(database)}", account_id)

    # -- window layout -------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> tuple[int, QByteArray | None]:
        version = self._s.value("window/state_version", 0)
        state = self._s.value("window/state")
        try:
            version = int(version)
        except (TypeError, ValueError):
            version = 0
        return version, state if isinstance(state, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.setValue("window/state_version", WINDOW_STATE_VERSION)

    def view_state(self, dock: str) -> dict[str, QByteArray]:
        self._s.beginGroup(f"views/{dock}")
        try:
            return {
                key: value
                for key in self._s.childKeys()
                if isinstance(value := self._s.value(key), QByteArray)
            }
        finally:
            self._s.endGroup()

    def save_view_state(self, dock: str, state: dict[str, QByteArray]) -> None:
        for key, value in state.items():
            self._s.setValue(f"views/{dock}/{key}", value)

    def backup_keep(self) -> tuple[int, int]:
        """How many daily and weekly automatic backups to keep (7 and 8 unless set)."""

        def read(key: str, default: int) -> int:
            try:
                value = int(self._s.value(key, default))
            except (TypeError, ValueError):
                return default
            return value if 1 <= value <= 366 else default

        return read("backups/keep_daily", 7), read("backups/keep_weekly", 8)

    def set_backup_keep(self, daily: int, weekly: int) -> None:
        self._s.setValue("backups/keep_daily", int(daily))
        self._s.setValue("backups/keep_weekly", int(weekly))

    # -- import layouts ------------------------------------------------------------------
    def import_layout(self, key: str) -> str | None:
        """The JSON text of the columns chosen for a file layout (``layouts.layout_key``)."""
        value = self._s.value(f"imports/{key}")
        return str(value) if value else None

    def set_import_layout(self, key: str, text: str) -> None:
        self._s.setValue(f"imports/{key}", text)

    # -- language ------------------------------------------------------------------------
    def language(self) -> str:
        """The GUI language chosen in View → Language ("" = follow the system)."""
        value = self._s.value("ui/language", "")
        return str(value) if value else ""

    def set_language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    # -- first run ------------------------------------------------------------------------
    def tour_seen(self) -> bool:
        """Whether the tour of the docks was shown (it is offered once, on the first run)."""
        return str(self._s.value("ui/tour_seen", "false")).lower() in ("true", "1")

    def set_tour_seen(self, seen: bool = True) -> None:
        self._s.setValue("ui/tour_seen", bool(seen))

    def sync(self) -> None:
        self._s.sync()


def _key(database: str) -> str:
    """A settings key for a database path or URL (which contain '/' and ':')."""
    import hashlib

    return hashlib.sha1(database.encode("utf-8")).hexdigest()[:16]
