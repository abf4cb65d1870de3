"""The public surface: explicit, sorted re-exports; version; a cheap import."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import subprocess
import sys
import textwrap

import asean_coop


def test_all_is_sorted_explicit_and_importable() -> None:
    names = asean_coop.__all__
    assert len(names) == len(set(names))
    upper = [n for n in names if n.isupper()]
    rest = [n for n in names if not n.isupper()]
    assert upper == sorted(upper)
    assert rest == sorted(rest)
    for name in names:
        assert hasattr(asean_coop, name), name
    public = {n for n in vars(asean_coop) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(asean_coop, n)).__name__ == "module"}
    assert public - modules <= set(names)


def test_version_comes_from_the_installed_metadata() -> None:
    assert asean_coop.__version__ == importlib.metadata.version("asean_coop")


def test_errors_share_one_root() -> None:
    assert issubclass(asean_coop.ValidationError, asean_coop.AseanCoopError)
    assert issubclass(asean_coop.ValidationError, ValueError)
    assert issubclass(asean_coop.NotFoundError, LookupError)
    assert issubclass(asean_coop.UnknownEditionError, asean_coop.NotFoundError)


def test_package_ships_py_typed() -> None:
    assert importlib.resources.files("asean_coop").joinpath("py.typed").is_file()


def test_import_is_cheap_and_silent() -> None:
    code = textwrap.dedent(
        """
        import sys, warnings
        warnings.simplefilter("error")
        import asean_coop
        heavy = [m for m in ("dateutil.parser", "pandas", "rdflib", "jsonschema",
                             "importlib.metadata", "importlib.resources",
                             "asean_coop.export")
                 if m in sys.modules]
        print(heavy)
        """
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines() == ["[]"]
    assert "asean_coop.codec._api" in result.stderr


def test_nothing_is_read_at_import() -> None:
    code = textwrap.dedent(
        """
        import asean_coop
        from asean_coop import bundled
        from asean_coop.codec import _api as api
        print(bundled._load.cache_info().currsize, api._converter.cache_info().currsize)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0", "0"]


def test_runtime_dependencies_are_only_attrs_cattrs_dateutil() -> None:
    # A README claim: nothing else is needed at run time; pandas is an extra.
    requirements = importlib.metadata.requires("asean_coop") or []
    runtime = sorted(
        r.split(">")[0].split("=")[0].strip() for r in requirements if "extra" not in r
    )
    assert runtime == ["attrs", "cattrs", "python-dateutil"]
    assert any(
        r.startswith("pandas") and "extra == 'pandas'" in r.replace('"', "'") for r in requirements
    )
    assert importlib.metadata.metadata("asean_coop")["Requires-Python"] == ">=3.10"


def test_no_module_is_shadowed_by_a_function_of_its_name() -> None:
    import importlib
    import pkgutil
    import types

    shadowed = []
    for package_name in ("asean_coop", "asean_coop.model", "asean_coop.codec",
                         "asean_coop.query", "asean_coop.export", "asean_coop.cli"):  # fmt: skip
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package_name}.{info.name}")
            value = getattr(package, info.name, module)
            if not isinstance(value, types.ModuleType):
                shadowed.append(f"{package_name}.{info.name}")
    assert shadowed == []
