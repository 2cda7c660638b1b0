"""The PyInstaller bundle builds, and the built program passes `check` and `--self-test`."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("PyInstaller", reason="PyInstaller is part of the test extra")


@pytest.mark.slow
def test_bundle_builds_and_runs_its_self_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "berdaya.spec")],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    exe = dist / "berdaya" / ("berdaya.exe" if os.name == "nt" else "berdaya")
    assert exe.exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    db = tmp_path / "bundle.db"
    made = subprocess.run([str(exe), "--db", str(db), "demo", "--people", "40"], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip
    assert made.returncode == 0, made.stderr
    check = subprocess.run([str(exe), "--db", str(db), "check", "--json"], capture_output=True,
                           text=True, env=env, timeout=120)  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["counts"]["people"] == 40

    selftest = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=env,
                              timeout=300)  # fmt: skip
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "self-test ok" in selftest.stdout
