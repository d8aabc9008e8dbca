"""Worker processes: the same rows as a sequential run; a file over its time or memory limit
becomes an errors row and the run goes on."""

from __future__ import annotations

from collections import Counter

from seidou.options import Limits, Options
from seidou.runner.workers import process_parallel

from ..conftest import FIXTURES

SMALL = [
    str(FIXTURES / n)
    for n in (
        "dou_2025_05_09_s1_p112.pdf",
        "sei_al_cbmal_despacho_37187279.pdf",
        "dou_s2_2023_05_02_p94.pdf",
        "sei_plano_trabalho_ac_4_2026.pdf",
    )
]
OPTIONS = Options(tables="off", ner="off")


def key(rows):
    return Counter(
        (t, r.get("doc_id"), r.get("char_start"), r.get("kind"), str(r.get("value")))
        for t, rs in rows.items()
        for r in rs
        if t not in ("files", "runs")
    )


def test_parallel_equals_sequential():
    from seidou.runner.process import process_file

    sequential = [process_file(p, "r", OPTIONS) for p in SMALL]
    parallel = [r for _i, r in process_parallel(SMALL, "r", 2, Limits(), OPTIONS)]
    assert [r.path for r in parallel] == SMALL  # input order
    assert [key(r.rows) for r in parallel] == [key(r.rows) for r in sequential]


def test_time_limit():
    slow = str(FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf")  # 24 pages: well over 0.05 s
    results = [r for _i, r in process_parallel([slow, SMALL[0]], "r", 2, Limits(seconds=0.05), OPTIONS)]
    assert results[0].status == "failed" and results[0].rows["errors"][0]["error_type"] == "timeout"


def test_memory_limit():
    big = str(FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf")  # a worker needs far over 20 MB
    (result,) = [r for _i, r in process_parallel([big], "r", 1, Limits(memory_mb=20), OPTIONS)]
    assert result.status == "failed" and result.rows["errors"][0]["error_type"] == "memory"
