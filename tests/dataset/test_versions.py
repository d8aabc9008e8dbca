"""One version-tag format (seidou.versions): every ``extractor`` and ``findings.rules`` value of a real run
is ``<rule set>@<version>[+<qualifier>]``, names a registered rule set and carries the version that rule
set declares now; and a new release (the files' ``pipeline_version``) re-processes a dataset, so a rule
set's bump reaches every existing file's rows."""

from __future__ import annotations

import importlib
import shutil

import pyarrow.parquet as pq
import pytest

import seidou
from seidou.io import tables as table_engines
from seidou.runner.batch import run
from seidou.schemas import WRITTEN
from seidou.versions import RULE_SETS, TAG, declared_version, parse, tag

from ..conftest import FIXTURES, SHARED

SEEDS = [
    "sei_plano_trabalho_ac_4_2026.pdf",
    "dou_2025_05_09_s1_p112.pdf",
    "municipal_cabixi_lei_1508_2026_convenio_978990.pdf",
]
# from ../shared when present: embedded PAdES signatures and e-signature stamps of two systems
SHARED_PDFS = [
    "real2/esig/apae_tres_pontas_oficio_200_2024_pronas_adobe_pades_icp.pdf",
    "real2/esig/paraguacu_sp_termo_fomento_11_2022_acipp_1doc.pdf",
]
TAG_COLUMNS = ("extractor", "rules")
VERSION_MODULES = (
    "seidou.runner.batch",
    "seidou.runner.stages.rows",
    "seidou.runner.stages.results",
    "seidou.documents.build",
)


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    folder = tmp_path_factory.mktemp("src")
    for name in SEEDS:
        shutil.copy(FIXTURES / name, folder / name)
    for rel in SHARED_PDFS:
        if (SHARED / "corpus" / rel).exists():
            shutil.copy(SHARED / "corpus" / rel, folder / rel.rsplit("/", 1)[-1])
    xml = sorted((FIXTURES / "inlabs").glob("*.xml"))[:1] if (FIXTURES / "inlabs").is_dir() else []
    for x in xml:
        shutil.copy(x, folder / x.name)
    return folder


@pytest.fixture(scope="module")
def out(src, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = run([src], out, ocr=False)
    assert summary.n_failed == 0
    return out


def tag_values(out) -> dict[str, set[str]]:
    """Every distinct value of every tag column of every table: {table.column: values}."""
    found = {}
    for table in WRITTEN:
        parts = sorted((out / table).glob("*.parquet"))
        for column in TAG_COLUMNS:
            values = set()
            for part in parts:
                t = pq.read_table(part)
                if column in t.column_names:
                    values |= set(t.column(column).to_pylist())
            if values:
                found[f"{table}.{column}"] = values
    return found


def test_every_tag_of_a_real_run_names_a_registered_rule_set_at_its_declared_version(out):
    found = tag_values(out)
    assert found, "no tag column written"
    seen = set()
    for where, values in found.items():
        assert None not in values, f"{where}: a row without its rule set"
        for value in values:
            assert TAG.fullmatch(value), f"{where}: {value!r} is not <rule set>@<version>[+<qualifier>]"
            name, version, _qualifiers = parse(value)
            assert name in RULE_SETS, f"{where}: {value!r} names no registered rule set"
            assert version == declared_version(name), (
                f"{where}: {value!r}, but {name} declares {declared_version(name)}"
            )
            seen.add(name)
    # the run shaped its rows with patterns, extractors, the NER model and merge, and the table engine
    assert {
        "seidou.patterns.cnpj",
        "seidou.patterns.money",
        "seidou.extractors.clauses",
        "seidou.extractors.findings",
        "seidou.extractors.signatures",
        "seidou.ner.merge",
        "seidou.ner.model",
        "seidou.io.ruled",
    } <= seen, seen


def test_pipeline_version_is_the_release(out):
    for table in ("files", "documents", "runs", "run_files"):
        values = {
            v for p in (out / table).glob("*.parquet") for v in pq.read_table(p).column("pipeline_version").to_pylist()
        }
        assert values == {seidou.__version__}, table


def test_every_registered_rule_set_declares_its_version_beside_its_code():
    for name in RULE_SETS:
        version = declared_version(name)
        if name == "seidou.ner.model" and version is None:
            continue  # no model installed here: its entities are an errors row, not a tag
        assert version is not None, name
        assert TAG.fullmatch(tag(name, version)), name


def test_every_rule_set_module_tags_its_rows_with_its_registered_name():
    """A module's own tag constant (NAME, EXTRACTOR, RULES, POLICY, EXTRACTORS) names the rule set registered for it, at
    its declared version: a module whose rows a run happens not to produce is checked too."""
    untagged = []
    for name, where in RULE_SETS.items():
        module = importlib.import_module(where.split(":")[0])
        tags = [getattr(module, a) for a in ("NAME", "EXTRACTOR", "RULES", "POLICY") if hasattr(module, a)]
        tags += list(getattr(module, "EXTRACTORS", {}).values())  # io.tables: one tag per engine
        tags = [t for t in tags if isinstance(t, str) and t.startswith(name + "@")]
        for value in tags:
            assert parse(value)[:2] == (name, declared_version(name)), (where, value)
        if not tags:
            untagged.append(name)
    assert untagged == ["seidou.ner.model"]  # its tag is built from the model's meta.json at run time


def test_every_table_engine_tag_is_registered():
    for engine, value in table_engines.EXTRACTORS.items():
        name, version, qualifiers = parse(value)
        assert name in RULE_SETS and version == declared_version(name), engine
        assert qualifiers and qualifiers[0].startswith("pdfplumber-"), value  # the library release it relies on


@pytest.mark.parametrize(
    "name, version, qualifiers",
    [
        ("patterns.cnpj", 4, ()),  # no seidou. prefix: not registered
        ("seidou.extractors.signers", 4, ()),  # the old name
        ("seidou.patterns.cnpj", "4a", ()),
        ("seidou.patterns.cnpj", 4, ("List",)),
    ],
)
def test_tag_refuses_what_is_not_a_registered_rule_set_or_a_version(name, version, qualifiers):
    with pytest.raises((KeyError, ValueError)):
        tag(name, version, *qualifiers)


def test_a_new_release_reprocesses_the_dataset_and_carries_a_rule_set_bump(src, out, tmp_path, monkeypatch):
    again = tmp_path / "out"
    shutil.copytree(out, again)
    assert run([src], again, ocr=False).n_skipped == len(list(src.iterdir()))  # current: nothing to do
    from seidou.patterns import cnpj

    bumped = tag("seidou.patterns.cnpj", cnpj.VERSION + 1)
    monkeypatch.setattr(cnpj, "VERSION", cnpj.VERSION + 1)
    monkeypatch.setattr(cnpj, "NAME", bumped)
    for module in VERSION_MODULES:
        monkeypatch.setattr(f"{module}.__version__", "99.0.0")
    summary = run([src], again, ocr=False)
    assert summary.n_skipped == 0 and summary.n_ok + summary.n_partial == len(list(src.iterdir()))
    identifiers = tag_values(again)["identifiers.extractor"]
    assert bumped in identifiers and tag("seidou.patterns.cnpj", cnpj.VERSION - 1) not in identifiers
