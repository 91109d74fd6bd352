"""Who the manager is, as printed on documents (checklists, quotes, visit sheets).

Kept per user in the data folder (``manager.json``), not in a shared database: on a team
server every manager has their own name, phone and signing key.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from acct_desktop.config import data_dir, os_user
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.services.files import write_atomically

FILE_NAME = "manager.json"


class ManagerProfileMissing(ValueError):
    """The manager's name or organisation is not set yet."""


@dataclass(frozen=True)
class ManagerProfile:
    name: str = ""
    organisation: str = ""
    phone: str | None = None
    email: str | None = None

    @property
    def complete(self) -> bool:
        return bool(self.name.strip() and self.organisation.strip())

    def problems(self) -> dict[str, str]:
        """Field → sentence for what must be filled in before documents can be issued."""
        problems = {}
        if not self.name.strip():
            problems["name"] = QT_TRANSLATE_NOOP(
                "messages", "Your name is printed on every document; fill it in."
            )
        if not self.organisation.strip():
            problems["organisation"] = QT_TRANSLATE_NOOP(
                "messages", "Your company's name is printed on every document."
            )
        if self.email and "@" not in self.email:
            problems["email"] = QT_TRANSLATE_NOOP(
                "messages", "That does not look like an e-mail address."
            )
        return problems


def profile_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / FILE_NAME


def load_manager_profile(folder: Path | None = None) -> ManagerProfile:
    """The saved profile, or an empty one (never raises for a missing or damaged file)."""
    try:
        values = json.loads(profile_path(folder).read_text(encoding="utf-8"))
        known = {k: values.get(k) for k in ("name", "organisation", "phone", "email")}
        return ManagerProfile(**{k: v for k, v in known.items() if isinstance(v, str)})
    except (OSError, ValueError, AttributeError):
        return ManagerProfile()


def save_manager_profile(profile: ManagerProfile, folder: Path | None = None) -> None:
    """Write atomically, so a crash leaves either the old file or the new one."""
    path = profile_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(profile), ensure_ascii=False, indent=2)
    write_atomically(path, text.encode("utf-8"))


def require_complete(profile: ManagerProfile) -> ManagerProfile:
    if not profile.complete:
        raise ManagerProfileMissing(
            QT_TRANSLATE_NOOP(
                "messages",
                "Your name and company are not set. Fill them in under Tools → My details "
                "(or run `acct-desktop manager --name … --organisation …`).",
            )
        )
    return profile


def actor_name(folder: Path | None = None) -> str:
    """Who is acting, for the audit trail, submissions and approvals: the manager's name
    from My details (``manager.json``), else — no profile yet — the operating-system
    login. The one rule for every record the app audits; read on each call, so a name
    filled in later counts from then on."""
    return load_manager_profile(folder).name.strip() or os_user()
