from __future__ import annotations

import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SHARED = Path(os.environ.get("SEIDOU_SHARED", HERE.parent.parent / "shared"))
GOLDEN = HERE / "golden"
# Fetched public documents stay in ../shared (never in the project): the tests read them from there, whole or
# as the pages a test needs, cut at the start of the session into tests/.fixtures/ (not committed), beside
# the seed documents and gold of tests/fixtures/ (the seeds were made for this project and may be copied).
# name in the tests -> (file under ../shared/corpus, pages to keep or None for the whole file)
FROM_SHARED = {
    "dodf_004_2020_01_07_p1-2.pdf": ("real/other/dodf_004_2020_01_07_integra.pdf", [1, 2]),
    "dodf_005_2020_01_08_p1.pdf": ("real/other/dodf_005_2020_01_08_integra.pdf", [1]),
    "dou_s1_2014_10_01_p006.pdf": ("real/dou/dou_s1_2014_10_01_p006.pdf", None),
    "dou_s1_2014_10_01_p020-021.pdf": ("real/dou/dou_s1_2014_10_01_full.pdf", [20, 21]),
    "dou_s2_2023_03_28_p56.pdf": ("real/dou/dou_s2_2023_03_28_p56.pdf", None),
    "dou_s2_2023_05_02_p94.pdf": ("real/dou/dou_s2_2023_05_02_p94.pdf", None),
    "sei_al_cbmal_despacho_37187279.pdf": ("real/sei/sei_al_cbmal_despacho_37187279.pdf", None),
    "sei_al_processo_e01203_p1-8.pdf": ("real/sei/sei_al_processo_e01203_0000000161_2025_full.pdf", list(range(1, 9))),
    "tucano_ba_convenio_pf_0003_2016_scan_p1_p7.pdf": (
        "real/municipal/tucano_ba_convenio_pf_0003_2016_integral_scan.pdf",
        [1, 7],
    ),
    "tucano_ba_doe_1507_2021_p3.pdf": ("real/municipal/tucano_ba_doe_1507_2021.pdf", [3]),
    "tucano_ba_doe_1507_2021_p4-6.pdf": ("real/municipal/tucano_ba_doe_1507_2021.pdf", [4, 5, 6]),
    "inlabs": ("structured/dou_inlabs_xml", None),
}
SHARED_REASON = f"needs the shared corpus at {SHARED} (public documents are never copied into the project)"


def _build_fixtures() -> Path:
    """tests/.fixtures: the seeds and gold of tests/fixtures plus the documents taken from ../shared."""
    import shutil

    target = HERE / ".fixtures"
    stamp = target / ".stamp"
    mine = sorted(
        (str(p.relative_to(HERE)), p.stat().st_size, p.stat().st_mtime_ns) for p in (HERE / "fixtures").rglob("*")
    )
    want = repr(sorted(FROM_SHARED.items())) + repr(mine)  # rebuilt when a committed fixture or gold changes
    if stamp.exists() and stamp.read_text() == want:
        return target
    tmp = HERE / f".fixtures-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(HERE / "fixtures", tmp)
    if (SHARED / "corpus").is_dir():
        import pypdfium2 as pdfium

        for name, (rel, pages) in FROM_SHARED.items():
            src = SHARED / "corpus" / rel
            if src.is_dir():
                for xml in src.rglob("*.xml"):
                    dst = tmp / name / xml.relative_to(src)
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(xml, dst)
            elif pages is None:
                shutil.copy(src, tmp / name)
            else:
                whole, cut = pdfium.PdfDocument(str(src)), pdfium.PdfDocument.new()
                cut.import_pages(whole, [p - 1 for p in pages])
                cut.save(str(tmp / name))
                cut.close()
                whole.close()
        (tmp / ".stamp").write_text(want)
    shutil.rmtree(target, ignore_errors=True)
    try:
        tmp.rename(target)
    except OSError:  # another session built it at the same time
        shutil.rmtree(tmp, ignore_errors=True)
    return target


FIXTURES = _build_fixtures()


def _skip_without_shared(items) -> None:
    """Without ../shared, the tests that read a document taken from it are skipped, with the reason."""
    if (SHARED / "corpus").is_dir():
        return
    names = [n for n in FROM_SHARED if n != "inlabs"] + ["inlabs", "../shared", "SHARED"]
    for item in items:
        source = Path(str(item.fspath)).read_text(encoding="utf-8", errors="replace")
        if any(n in source for n in names):
            item.add_marker(pytest.mark.skip(reason=SHARED_REASON))


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
    """Tests marked slow (long end-to-end cases) run only with --run-slow or SEIDOU_TEST_ALL=1 (make test-all);
    tests that need ../shared skip where it is absent."""
    _skip_without_shared(items)
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
