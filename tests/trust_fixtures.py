"""Cheap Argon2 parameters for tests of accounts and encryption.

The real parameters (argon2-cffi's defaults, 64 MiB) cost about half a second per password on a
shared test machine; the behaviour under test does not depend on the cost, the run time does.
Import ``fast_argon2`` into a test module to use it (it is autouse there).
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher


@pytest.fixture(autouse=True)
def fast_argon2(monkeypatch):
    from desktop_app.services import auth
    from desktop_app.storage import keys

    monkeypatch.setattr(
        auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(
        keys, "KDF", {**keys.KDF, "time_cost": 1, "memory_cost": 1024, "parallelism": 1}
    )
