"""The property suite's profile.

``ci-properties`` is the CI profile with 2,000 examples per property. CI
selects it for this folder with ``MINERALNEWS_PROPERTY_PROFILE=ci-properties``
(see ``texts.PROPERTIES``); the rest of the suite keeps its own profile.
"""

from __future__ import annotations

from hypothesis import settings

settings.register_profile(
    "ci-properties", parent=settings.get_profile("ci"), max_examples=2000, print_blob=True
)
