"""Every docstring example of the package runs (the doctests of seidou and seidou.patterns)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest


def _modules() -> list[str]:
    names = ["seidou"]
    import seidou.patterns

    for package, prefix in ((seidou, "seidou."), (seidou.patterns, "seidou.patterns.")):
        names += [info.name for info in pkgutil.walk_packages(package.__path__, prefix)]
    return sorted(n for n in names if not n.endswith("_pdfium_loops"))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    for test in finder.find(module, name, module=module):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed (see the output above)"
