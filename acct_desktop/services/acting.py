"""Who is acting, as a service that audits its changes holds it.

A service is given either a name (a test, the self-test: ``"selftest"``) or a way to ask
for it (``manager_profile.actor_name``, which the workspace and every command pass). Asked
at each change, the name filled in under My details while a database is open counts from
the next change on, not from the next time the database is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Actor = str | Callable[[], str]


class ActorName:
    """A class attribute that holds an :data:`Actor` and reads as the name now::

    class PolicyRecords:
        actor = ActorName()

        def __init__(self, db, actor: Actor = "user"):
            self.actor = actor  # a name or a callable; self.actor is always the name
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = f"_{name}_source"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        source = instance.__dict__[self._key]
        return source() if callable(source) else source

    def __set__(self, instance: Any, value: Actor) -> None:
        instance.__dict__[self._key] = value
