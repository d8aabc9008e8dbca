"""A batch run's workers send their rows as Arrow (worker_main.with_arrow): the tables the parent writes are the
ones it made from the rows itself; the pool hands a worker its next file before the caller works on the
answer; a worker's CPU and memory are read from its own processes, not from every process of the machine."""

from __future__ import annotations

import copy
import os
import pickle
import subprocess
import time

import pytest

from seidou.options import Limits, Options
from seidou.runner import workers
from seidou.runner.rows_arrow import to_tables
from seidou.runner.process import process_file
from seidou.runner.worker_main import SMALL_TABLES, with_arrow

from ..conftest import FIXTURES

FILES = [FIXTURES / "dou_2025_05_09_s1_p112.pdf", FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_arrow_answer_gives_the_same_tables(path):
    if not path.exists():
        pytest.skip(f"{path} is absent")
    result = process_file(str(path), "r", Options(ner="off"))
    expected = to_tables(result.rows)
    sent = pickle.loads(pickle.dumps(with_arrow(copy.deepcopy(result)), protocol=pickle.HIGHEST_PROTOCOL))
    assert set(sent.rows) <= set(SMALL_TABLES) and sent.arrow
    got = {**sent.arrow, **to_tables(sent.rows)}
    assert set(got) == set(expected)
    for table, arrow in expected.items():
        assert got[table].equals(arrow), table
    assert sent.n_rows("documents") == len(result.rows["documents"]) > 0


def test_rows_the_schema_cannot_hold_stay_rows():
    path = FILES[0]
    if not path.exists():
        pytest.skip(f"{path} is absent")
    result = process_file(str(path), "r", Options(ner="off", tables="off"))
    result.rows["pages"][0]["page"] = "not a number"
    sent = with_arrow(result)
    assert sent.arrow is None and "pages" in sent.rows  # the parent converts them, and records the failure


def test_next_file_goes_out_before_the_answer_is_given():
    paths = [str(p) for p in FILES if p.exists()]
    if len(paths) < 2:
        pytest.skip("fixtures absent")
    with workers.Pool(1, "r", Limits(), Options(ner="off", tables="off")) as pool:
        answers = pool.run(paths, "arrow")
        first = next(a for a in answers if a is not None)
        assert pool.slots[0].task is not None  # the second file was handed out already
        assert first[1].arrow is not None
        rest = [a for a in answers if a is not None]
    assert len(rest) == 1


def test_group_usage_from_children_lists_equals_a_pass_over_proc(monkeypatch):
    if not workers.CHILDREN_LISTED:
        pytest.skip("this kernel does not list children")
    leader = subprocess.Popen(["sh", "-c", "sleep 30 & sleep 30 & wait"], process_group=0)
    try:
        for _ in range(100):  # until both sleeps run (a child between fork and exec has the shell's size)
            fast = workers.group_usage({leader.pid})
            monkeypatch.setattr(workers, "CHILDREN_LISTED", False)
            scan = workers.group_usage({leader.pid})
            monkeypatch.setattr(workers, "CHILDREN_LISTED", True)
            if len(workers._descendants(leader.pid)) == 3 and fast == scan:
                break
            time.sleep(0.05)
    finally:
        os.killpg(leader.pid, 9)
        leader.wait()
    assert fast == scan and fast[leader.pid][1] > 0
