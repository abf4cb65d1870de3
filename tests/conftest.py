"""Test configuration: the hypothesis profiles.

``default`` keeps a plain ``python -m pytest`` within its budget of 90 s of CPU time;
``ci`` (``HYPOTHESIS_PROFILE=ci``, as ``.ci/run`` sets it) draws more examples per
property, derandomized so that a failure there repeats. A test that sets its own
``max_examples`` keeps it in both. The adversarial suites carry the ``fuzz`` marker and
are deselected by default (``python -m pytest -m fuzz``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
