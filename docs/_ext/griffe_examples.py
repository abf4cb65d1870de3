"""A griffe extension for the API reference: tidy docstrings written for doctest and Sphinx.

- The docstrings head their doctests ``Example:``; griffe knows only the plural,
  ``Examples:``, and would otherwise render the doctest as plain Markdown.
- Some docstrings use Sphinx roles (``:class:`~asean_coop.Edition```); Markdown has
  none, so they become inline code (``Edition``).

Both rewrites happen before the docstring is parsed.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_HEADING = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)
_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj|const):`(~?)([^`<]+?)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(2).strip()
    if match.group(1):  # ~a.b.C shows as C
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


class SingularExampleHeadings(griffe.Extension):
    """Rename ``Example:`` headings to ``Examples:`` and turn Sphinx roles into code."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            text = _HEADING.sub(r"\1Examples:", obj.docstring.value)
            obj.docstring.value = _ROLE.sub(_role, text)
