"""The application's log file: rotating, in the user's data folder, and free of personal data.

No NIK, KK number, phone number or name may reach the log file. Two layers keep them out:

- ``PersonalDataFilter`` replaces every *string argument* of a log call with ``[teks]`` (numbers
  stay), and blanks digit runs that look like NIK/KK/phone numbers in the message itself;
- ``SafeFormatter`` writes an exception's type and stack, never its message (messages may quote a
  name or an NIK from the data).

So log with a constant message and ``%s`` arguments: the message text is code, the arguments are
data.
"""

from __future__ import annotations

import logging
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop_app.paths import data_dir

LOGGER = "berdaya"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[teks]"

_DIGITS = re.compile(r"(?<!\d)(?:\+?62|0)?\d{7,}(?!\d)")


def redact_digits(text: str) -> str:
    return _DIGITS.sub("[angka]", text)


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_digits(str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                a if isinstance(a, (int, float)) and not isinstance(a, bool) and abs(a) < 10**7
                else (a if isinstance(a, bool) or a is None else REDACTED)
                for a in args
            )  # fmt: skip
        return True


class SafeFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 - logging API
        exc_type, _exc, tb = ei
        name = exc_type.__name__ if exc_type else "Exception"
        return "Traceback:\n" + "".join(traceback.format_tb(tb)) + f"{name} (pesan disembunyikan)"

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging API
        return stack_info


def log_dir() -> Path:
    return data_dir() / "logs"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``berdaya`` logger to a rotating file; returns the file's path. Idempotent."""
    folder = Path(folder) if folder else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "berdaya.log"
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if getattr(handler, "_berdaya", False):
            logger.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                  encoding="utf-8")  # fmt: skip
    handler._berdaya = True  # type: ignore[attr-defined]
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return path
