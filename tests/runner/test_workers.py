"""Worker processes: the same rows as a sequential run, whether forked by the forkserver (the default) or
spawned; a file over its time or memory limit becomes an errors row and the run goes on; a forked worker
dies with its run."""

from __future__ import annotations

import multiprocessing as mp
from collections import Counter
from pathlib import Path

import pytest

from seidou.options import Limits, Options
from seidou.runner.workers import process_parallel

from ..badpdfs import concatenated
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


def test_time_limit(tmp_path):
    # the parent checks the limits every POLL seconds (0.25): 8 copies of a 24-page file run for several checks
    cabixi = FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf"
    slow = str(concatenated([cabixi] * 8, tmp_path / "slow.pdf"))
    results = [r for _i, r in process_parallel([slow, SMALL[0]], "r", 2, Limits(seconds=0.05), OPTIONS)]
    assert results[0].status == "failed" and results[0].rows["errors"][0]["error_type"] == "timeout"


def test_memory_limit(tmp_path):
    # a worker needs far over 20 MB; the parent looks every CHECK_EVERY seconds, and a forked worker has no
    # imports to do: 8 copies of a 24-page file keep it busy for several looks
    cabixi = FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf"
    big = str(concatenated([cabixi] * 8, tmp_path / "big.pdf"))
    (result,) = [r for _i, r in process_parallel([big], "r", 1, Limits(memory_mb=20), OPTIONS)]
    assert result.status == "failed" and result.rows["errors"][0]["error_type"] == "memory"


def test_workers_fork_from_a_preloaded_server():
    from seidou.runner.workers import PRELOAD, start_method, worker_context

    assert start_method() == "forkserver"  # Linux
    ctx = worker_context()
    assert ctx.get_start_method() == "forkserver"
    assert PRELOAD == ["seidou.runner.preload"]


def test_the_preload_imports_spacy():
    # the forkserver imports spaCy once for every worker it forks (about 1 s of CPU each otherwise): the stages
    # no longer import it at module level (review29), the preload names it
    import subprocess
    import sys

    code = "import sys, seidou.runner.preload; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "True", out.stderr[-2000:]


def test_spawned_workers_give_the_same_rows(monkeypatch):
    from seidou.runner.process import process_file
    from seidou.runner.workers import START_METHOD_ENV, start_method

    monkeypatch.setenv(START_METHOD_ENV, "spawn")
    assert start_method() == "spawn"
    sequential = [process_file(p, "r", OPTIONS) for p in SMALL[:2]]
    spawned = [r for _i, r in process_parallel(SMALL[:2], "r", 2, Limits(), OPTIONS)]
    assert [key(r.rows) for r in spawned] == [key(r.rows) for r in sequential]


# A run's process that starts forked workers, says their pids and waits to be killed.
KILLED_RUN = """
import sys, time
from seidou.options import Limits, Options
from seidou.runner.workers import Pool
pool = Pool(2, "r", Limits(), Options(tables="off", ner="off"))
for _ in pool.run([sys.argv[1]] * 2, "hash"):
    pass
print(" ".join(str(s.proc.pid) for s in pool.slots), flush=True)
time.sleep(600)
"""


def test_forked_workers_die_with_their_run(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    env = {**os.environ, "SEIDOU_START_METHOD": "forkserver"}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, SMALL[0]], env=env, stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert len(pids) == 2
        for pid in pids:  # forked by the forkserver, a child of the run
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            server = int(stat[1])
            assert server != proc.pid
            assert int(Path(f"/proc/{server}/stat").read_text().rsplit(")", 1)[1].split()[1]) == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    def alive(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    for _ in range(300):  # polled, not timed: the kernel ends them once the forkserver is gone
        if not any(alive(p) for p in pids):
            break
        time.sleep(0.1)
    assert not any(alive(p) for p in pids), "forked workers outlived their killed run"


def test_the_forkserver_stops_with_the_last_pool(monkeypatch, tmp_path):
    # the next run's forkserver starts from the environment and folder of that moment, as spawned workers do
    from multiprocessing import forkserver

    from seidou.runner.workers import Pool

    with Pool(1, "r", Limits(), OPTIONS) as outer:
        list(outer.run(SMALL[:1], "hash"))
        server = forkserver._forkserver._forkserver_pid
        assert server is not None
        with Pool(1, "r", Limits(), OPTIONS) as inner:  # a second pool open at once shares it
            list(inner.run(SMALL[:1], "hash"))
        assert forkserver._forkserver._forkserver_pid == server
    assert forkserver._forkserver._forkserver_pid is None
    monkeypatch.chdir(tmp_path)  # a relative path read by a worker started after the change
    (tmp_path / "a.pdf").write_bytes(Path(SMALL[0]).read_bytes())
    with Pool(1, "r", Limits(), OPTIONS) as pool:
        ((_i, answer),) = [x for x in pool.run(["a.pdf"], "hash") if x is not None]
    assert answer[0] == "ok"
    assert forkserver._forkserver._forkserver_pid is None


# A run whose temporary folder cannot hold the forkserver's socket (a path past the ~100 bytes of a Unix socket
# address): its workers are spawned instead, and it hashes its file.
LONG_TMPDIR_RUN = """
import sys
from seidou.options import Limits, Options
from seidou.runner.workers import Pool
with Pool(1, "r", Limits(), Options(tables="off", ner="off")) as pool:
    answers = [x for x in pool.run([sys.argv[1]], "hash") if x is not None]
    print(pool.method, answers[0][1][0])
"""


def test_workers_spawned_where_the_forkserver_cannot_start(tmp_path):
    import os
    import subprocess
    import sys

    deep = tmp_path / ("x" * 60) / ("y" * 60)
    deep.mkdir(parents=True)
    env = {**os.environ, "SEIDOU_START_METHOD": "forkserver", "TMPDIR": str(deep)}
    done = subprocess.run([sys.executable, "-c", LONG_TMPDIR_RUN, SMALL[0]], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["spawn", "ok"]
    assert "workers spawned (the forkserver could not start" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_next_pool_tries_the_forkserver_again(monkeypatch):
    from multiprocessing import forkserver

    from seidou.runner.workers import Pool

    def refuse():
        raise OSError("AF_UNIX path too long")

    with monkeypatch.context() as m:
        m.setattr(forkserver, "ensure_running", refuse)
        with Pool(1, "r", Limits(), OPTIONS) as pool:
            assert pool.method == "spawn"
            assert [x[1][0] for x in pool.run(SMALL[:1], "hash") if x is not None] == ["ok"]
    with Pool(1, "r", Limits(), OPTIONS) as pool:
        assert pool.method == "forkserver"
        assert [x[1][0] for x in pool.run(SMALL[:1], "hash") if x is not None] == ["ok"]
    assert forkserver._forkserver._forkserver_pid is None


def test_half_an_answer_from_a_killed_worker_blocks_nothing():
    # a worker killed while it sends leaves half a message; on its own pipe (whose only write end it held) the
    # read ends with EOFError, where a queue shared by the workers left every later read blocked for ever
    import os
    import struct

    from seidou.runner.workers import Pool

    with Pool(2, "r", Limits(), OPTIONS) as pool:
        list(pool.run(SMALL[:2], "hash"))
        assert len({id(s.answers) for s in pool.slots}) == 2  # one pipe a worker
    reader, writer = mp.Pipe(duplex=False)
    os.write(writer.fileno(), struct.pack("!i", 1 << 20) + b"half")  # 1 MB announced, 4 bytes sent
    writer.close()  # the worker's death
    with pytest.raises((EOFError, OSError)):  # OSError: "got end of file during message"
        reader.recv()


def test_a_killed_worker_is_a_crashed_file_and_the_run_goes_on():
    import os
    import signal

    from seidou.runner.workers import Pool

    slow = str(FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf")
    answers = {}
    with Pool(2, "r", Limits(), OPTIONS) as pool:
        killed = False
        for item in pool.run([slow, SMALL[0], SMALL[1]], "file"):
            if not killed:
                busy = [s for s in pool.slots if s.task is not None and s.task[2] == slow]
                if busy:
                    os.kill(busy[0].proc.pid, signal.SIGKILL)
                    killed = True
            if item is not None:
                answers[item[0]] = item[1]
    assert sorted(answers) == [0, 1, 2]
    assert answers[0].status == "failed" and answers[0].rows["errors"][0]["error_type"] == "crashed"
    assert answers[1].status == "ok" and answers[2].status == "ok"


def test_a_removed_temporary_folder_is_looked_for_again(monkeypatch):
    # multiprocessing keeps its temporary folder for the process's life; a library caller whose TMPDIR was
    # removed between two runs gets the forkserver again from a new folder, not spawned workers
    from multiprocessing import forkserver, process

    from seidou.runner.workers import Pool

    real = forkserver.ensure_running
    calls = []

    def first_fails():
        calls.append(process.current_process()._config.get("tempdir"))
        if len(calls) == 1:
            raise FileNotFoundError(2, "No such file or directory")
        real()

    monkeypatch.setattr(forkserver, "ensure_running", first_fails)
    process.current_process()._config["tempdir"] = "/nonexistent/pymp-gone"
    with Pool(1, "r", Limits(), OPTIONS) as pool:
        assert pool.method == "forkserver"
        assert [x[1][0] for x in pool.run(SMALL[:1], "hash") if x is not None] == ["ok"]
    assert calls[0] == "/nonexistent/pymp-gone" and calls[1] is None
