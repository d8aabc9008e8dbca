"""The Dask executor: files mapped over a LocalCluster of two worker processes write the same
tables, row for row, as the local executor."""

from __future__ import annotations


import pandas as pd
import pytest

from seidou.options import Options
from seidou.runner.batch import run
from seidou.schemas import WRITTEN

from ..conftest import FIXTURES, copy_fixtures

pytestmark = pytest.mark.slow  # end to end, minutes under load: make test-all

distributed = pytest.importorskip("distributed")

PDFS = [
    "dou_2025_05_09_s1_p112.pdf",
    "sei_al_cbmal_despacho_37187279.pdf",
    "dou_s2_2023_05_02_p94.pdf",
    "sei_plano_trabalho_ac_4_2026.pdf",
    "municipal_cabixi_lei_1508_2026_convenio_978990.pdf",
]
# columns that differ between any two runs (ids, clocks, timings, the run's arguments)
VOLATILE = {"run_id", "at", "seconds", "started_at", "finished_at", "args"}


def table(out, name) -> pd.DataFrame:
    df = pd.read_parquet(out / name)
    return df.drop(columns=[c for c in df.columns if c in VOLATILE]).reset_index(drop=True)


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    return copy_fixtures(tmp_path_factory.mktemp("src"), PDFS)


def test_dask_local_cluster_equals_local_executor(src, tmp_path):
    options = {"tables": "ruled", "ner": "targeted"}
    local = run([src], tmp_path / "local", workers=1, **options)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask = run([src], tmp_path / "dask", executor="dask", scheduler=cluster, **options)
    assert (dask.n_ok, dask.n_failed) == (local.n_ok, local.n_failed) == (len(PDFS), 0)
    for name in WRITTEN:
        a, b = table(tmp_path / "local", name), table(tmp_path / "dask", name)
        pd.testing.assert_frame_equal(a, b, check_dtype=True, obj=name)
    assert len(table(tmp_path / "dask", "identifiers")) > 50  # the comparison is over real rows


def test_dask_task_failure_is_an_error_row(src, tmp_path, monkeypatch):
    """A task that raises on the worker (here: a path the workers cannot read) is an errors row."""
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        from seidou.runner.dask_executor import process_dask

        missing = str(tmp_path / "gone.pdf")
        ((i, result),) = list(process_dask([missing], "r", cluster, Options(tables="off", ner="off")))
    assert i == 0 and result.status == "failed"
    assert result.rows["errors"][0]["path"] == missing


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    from seidou.runner import dask_executor
    from seidou.errors import SeidouError

    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT_S", "1s")
    with pytest.raises(SeidouError, match="cannot reach the Dask scheduler tcp://127.0.0.1:1"):
        run([str(FIXTURES / PDFS[0])], tmp_path / "out", executor="dask", scheduler="tcp://127.0.0.1:1")
