"""A keyring that keeps secrets in memory, for the self-test, benchmarks and tests only.

The app never installs it for real work: a seal passphrase kept here is gone when the
process ends, so a key sealed with it can never be unlocked again.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 0  # type: ignore[assignment]  # never chosen automatically

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
