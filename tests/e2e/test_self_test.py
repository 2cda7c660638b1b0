"""`berdaya --self-test` opens every area offscreen and fails loudly when one breaks."""

from tests.e2e.helpers import berdaya


def test_self_test_passes():
    result = berdaya("--self-test", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
