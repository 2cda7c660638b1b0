"""Where Berdaya keeps its files: resources shipped with the app and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DB = "BERDAYA_DB"


def resources_dir() -> Path:
    # In a PyInstaller bundle the resources sit beside the executable's data (sys._MEIPASS).
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    from platformdirs import user_data_path  # imported when needed: it costs start-up time

    return user_data_path("Berdaya", appauthor=False)


def default_db_path() -> Path:
    """``--db`` wins over ``BERDAYA_DB``, which wins over the user's data folder."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return data_dir() / "berdaya.db"
