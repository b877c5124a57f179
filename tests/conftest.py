"""Shared test set-up: hypothesis profiles and the corpus location.

``CI`` set in the environment selects the ``ci`` profile: more examples, no
deadline (CI machines are shared and their timings noisy), and a derandomised
run so a red build can be replayed.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
_default = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or _default)
