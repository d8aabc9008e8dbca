"""seidou.io.store: a commit killed at any step, or refused by a full disk, leaves the previous copy or the
new one — never both, never neither — and the next writer's recover finishes it."""

from __future__ import annotations

import errno
import shutil

import pytest

import seidou.io.store as store
from seidou.io.store import OutputError, Store, recover
from seidou.runner.batch import run

from .helpers import assert_one_copy, copy_inputs, glob_read, rows

OPTS = dict(tables="off", ner="off")


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """A folder after one run of two files, and the inputs."""
    src = copy_inputs(
        tmp_path_factory.mktemp("src"), ["dou_2025_05_09_s1_p112.pdf", "sei_plano_trabalho_ac_4_2026.pdf"]
    )
    out = tmp_path_factory.mktemp("out")
    run([src], out, **OPTS)
    return src, out


def _copy(first, tmp_path):
    src, out = first
    dst = tmp_path / "out"
    shutil.copytree(out, dst)
    return src, dst


class Killed(BaseException):
    """What a SIGKILL does to the writer: nothing after this point runs (not even except clauses)."""


def test_killed_after_the_journal_the_next_run_finishes_the_commit(first, tmp_path, monkeypatch):
    src, out = _copy(first, tmp_path)
    real_apply = store._apply

    def die(out_, journal):
        raise Killed

    monkeypatch.setattr(store, "_apply", die)
    with pytest.raises(Killed):
        run([src], out, force=True, **OPTS)
    assert list((out / ".seidou").glob("commit-*.json"))  # the commit point was passed
    assert_one_copy(out, first[1])  # nothing renamed yet: the old copy, whole
    monkeypatch.setattr(store, "_apply", real_apply)
    assert recover(out) > 0
    assert not list(out.glob("*/.*.tmp")) and not list((out / ".seidou").glob("*.json"))
    assert_one_copy(out, first[1])
    assert set(glob_read(out, "documents")["run_id"]) != set(glob_read(first[1], "documents")["run_id"])


def test_killed_between_two_renames_each_table_has_one_copy(first, tmp_path, monkeypatch):
    src, out = _copy(first, tmp_path)
    real_replace = store.os.replace
    calls = []

    def replace(a, b):
        calls.append(b)
        if len(calls) == 3:  # two parts renamed, the third not
            raise Killed
        real_replace(a, b)

    monkeypatch.setattr(store.os, "replace", replace)
    with pytest.raises(Killed):
        run([src], out, force=True, **OPTS)
    monkeypatch.undo()
    for t in ("documents", "pages", "files", "identifiers"):  # old or new, one copy in every table
        df = glob_read(out, t)
        assert len(df) == len(glob_read(first[1], t)), t
    recover(out)
    assert_one_copy(out, first[1])


def test_killed_before_the_journal_the_old_copy_stays(first, tmp_path, monkeypatch):
    src, out = _copy(first, tmp_path)

    def die(self, cid, ops):
        raise Killed

    monkeypatch.setattr(Store, "_write_journal", die)
    with pytest.raises(Killed):
        run([src], out, force=True, **OPTS)
    monkeypatch.undo()
    assert list(out.glob("*/.*.tmp"))  # temporaries written, never renamed
    recover(out)
    assert not list(out.glob("*/.*.tmp"))
    assert rows(out) == rows(first[1])
    assert glob_read(out, "documents")["run_id"].equals(glob_read(first[1], "documents")["run_id"])


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_full_disk_or_io_error_is_an_output_error_and_the_old_copy_stays(first, tmp_path, monkeypatch, code):
    """A fault-injecting writer: the third part file written fails as a full disk (or an I/O error) would."""
    src, out = _copy(first, tmp_path)
    real_write = store.write_file
    real_rewrite = Store._rewrite
    n = {"writes": 0}

    def count():
        n["writes"] += 1
        if n["writes"] == 3:
            raise OSError(code, "injected")

    def write_file(path, arrow):
        count()
        real_write(path, arrow)

    def rewrite(self, *a, **kw):
        count()
        return real_rewrite(self, *a, **kw)

    monkeypatch.setattr(store, "write_file", write_file)
    monkeypatch.setattr(Store, "_rewrite", rewrite)
    with pytest.raises(OutputError) as e:
        run([src], out, force=True, **OPTS)
    assert str(out) in str(e.value) and ("ENOSPC" in str(e.value) or "EIO" in str(e.value))
    assert not list(out.glob("*/.*.tmp")) and not list((out / ".seidou").glob("*.json"))  # nothing half-visible
    assert glob_read(out, "documents")["run_id"].equals(glob_read(first[1], "documents")["run_id"])
    monkeypatch.undo()
    run([src], out, **OPTS)  # the next run finishes the job
    assert_one_copy(out, first[1])


def test_recover_on_a_missing_folder_is_a_no_op(tmp_path):
    assert recover(tmp_path / "nope") == 0
