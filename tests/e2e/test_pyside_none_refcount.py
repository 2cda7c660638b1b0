"""Regression guard: PySide6 6.12.0 dropped a reference to None on every void Qt call and
aborted CPython 3.11 after ~20,000 calls ("none_dealloc: deallocating None")."""

import subprocess
import sys

CODE = """
from PySide6.QtCore import QObject
obj = QObject()
for i in range(300_000):
    obj.setObjectName("x")  # a void method: returns None
print("ok")
"""


def test_300k_void_qt_calls_do_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
