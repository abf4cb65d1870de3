"""The suite runs against the installed package, not the source tree."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import asean_coop


@pytest.mark.skipif(
    not os.environ.get("ASEAN_COOP_EXPECT_INSTALLED"),
    reason="only where the wheel is installed (set ASEAN_COOP_EXPECT_INSTALLED=1)",
)
def test_package_comes_from_the_installed_wheel() -> None:
    location = Path(asean_coop.__file__).resolve()
    assert "site-packages" in location.parts, location
    source_tree = Path(__file__).resolve().parents[1] / "src"
    assert source_tree not in location.parents
