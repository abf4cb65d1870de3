"""Every docstring example of the installed package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import asean_coop

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(asean_coop.__path__, "asean_coop.")
    if not name.endswith("__main__")
)


def test_modules_are_found() -> None:
    assert "asean_coop.codec._api" in MODULES
    assert "asean_coop.model._dates" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, name, globs=vars(module).copy()):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
