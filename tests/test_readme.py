"""The README's set-up commands are the ones CI runs, so they keep working as written."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(python -m pip install [^\n]+)\n```", text)


@pytest.mark.skipif(not (ROOT / ".ci" / "run").exists(), reason="needs the source checkout")
def test_ci_runs_the_readme_test_command_verbatim():
    commands = _readme_commands()
    assert len(commands) == 2, "README must show the install-and-run and the test command"
    install_and_run, test = commands
    assert install_and_run.endswith("&& syria-atlas")
    assert "[test]" in test and test.endswith("pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci
