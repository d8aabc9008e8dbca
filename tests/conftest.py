from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"


def copy_fixtures(folder: Path, names: list[str]) -> Path:
    """Copy fixture PDFs into ``folder`` (an input folder a test may change); returns it."""
    import shutil

    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from the current output")
    parser.addoption("--run-slow", action="store_true", help="also run the tests marked slow (SEIDOU_TEST_ALL=1 too)")


def pytest_collection_modifyitems(config, items):
    """Tests marked slow (long end-to-end cases) run only with --run-slow or SEIDOU_TEST_ALL=1."""
    import os

    if config.getoption("--run-slow") or os.environ.get("SEIDOU_TEST_ALL") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow or SEIDOU_TEST_ALL=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


_LAYOUTS: dict[str, object] = {}


@pytest.fixture(scope="session")
def laid_out():
    """Lay out a fixture PDF once per session."""
    from seidou.runner.process import read_layout

    def get(name: str):
        if name not in _LAYOUTS:
            pdf, layout = read_layout(str(FIXTURES / name))
            pdf.close()
            _LAYOUTS[name] = layout
        return _LAYOUTS[name]

    return get
