"""Every sub-package of the source folders is in pyproject's explicit package list: a folder left out
(a new stage sub-package) would import in a checkout and be missing from the wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_sub_package_ships_in_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = set()
    for package, folder in config["package-dir"].items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder).parts
            name = ".".join([package, *rel])
            if any(
                name.startswith(p + ".") or name == p
                for p in config["package-dir"]
                if p != package and len(p) > len(package)
            ):
                continue  # under another mapped package (seidou.patterns is its own folder)
            found.add(name)
    assert found <= listed, sorted(found - listed)
