"""The README cannot drift: its usage blocks are what `--help` prints, and its first commands are real."""

from __future__ import annotations

import re

from click.testing import CliRunner

from akn.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def usage_blocks() -> dict[str, str]:
    blocks = re.findall(r"```text\n(Usage: akn[^\n]*\n.*?)```", README, re.DOTALL)
    return {re.match(r"Usage: (akn(?: \w+)?)", b).group(1): b for b in blocks}  # type: ignore[union-attr]


def test_every_command_has_its_usage_in_the_readme() -> None:
    documented = set(usage_blocks())
    commands = {f"akn {name}" for name in main.commands}
    assert commands <= documented, f"undocumented: {sorted(commands - documented)}"


def test_usage_blocks_match_help() -> None:
    for command, block in usage_blocks().items():
        args = command.split()[1:] + ["--help"]
        result = CliRunner().invoke(main, args, prog_name="akn", terminal_width=100)
        assert result.exit_code == 0
        assert result.output.strip() == block.strip(), f"README usage of `{command}` differs from --help"


def test_readme_opens_with_setup_and_test_commands() -> None:
    first = re.search(r"```sh\n(.*?)```", README, re.DOTALL)
    assert first is not None
    commands = first.group(1).strip().splitlines()
    assert "akn convert samples/" in commands[0] and "pip install" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "pip install -q -e '.[test]'" in ci and "pytest" in ci


def test_shells_complete_the_commands_and_options_the_readme_says() -> None:
    assert '_AKN_COMPLETE=bash_source akn' in README
    runner = CliRunner()
    source = runner.invoke(main, [], prog_name="akn", env={"_AKN_COMPLETE": "bash_source"})
    assert "_akn_completion()" in source.output
    for words, expected in (("akn val", "plain,validate"), ("akn validate --stat", "plain,--statistics")):
        done = runner.invoke(main, [], prog_name="akn", env={
            "_AKN_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)})
        assert done.output.strip() == expected
