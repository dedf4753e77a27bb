from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLES = ROOT / "samples"


def unxml_sample(every: int) -> list[Path]:
    """Every `every`-th of the UN's AKN files (`../shared/corpus/unxml`), a deterministic sample for CI; all of
    them with `AKN_FULL_CORPUS=1`; none when the corpus is not beside this checkout."""
    folder = CORPUS / "unxml"
    if not folder.is_dir():
        return []
    files = sorted(folder.rglob("*.xml"))
    return files if os.environ.get("AKN_FULL_CORPUS") else files[::every]


def corpus_dir(name: str) -> Path:
    folder = CORPUS / name
    if not folder.is_dir():
        pytest.skip(f"the shared corpus is not beside this checkout ({folder} is absent)")
    return folder


@pytest.fixture(scope="session")
def corpus_text() -> Path:
    return corpus_dir("text")


@pytest.fixture(scope="session")
def corpus_gold() -> Path:
    return corpus_dir("gold")


@pytest.fixture(scope="session")
def structure_tool() -> Path:
    tool = SHARED / "tools" / "akn_structure.py"
    if not tool.is_file():
        pytest.skip(f"{tool} is absent: the shared tools are not beside this checkout")
    return tool


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the expected files of golden pairs")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# Hypothesis profiles: "ci" keeps the property tests to a few hundred examples in all (a few minutes), "large"
# is for local runs; choose with HYPOTHESIS_PROFILE (default "ci").
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=150, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "large", max_examples=3000, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
