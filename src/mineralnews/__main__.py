"""``python -m mineralnews``: the same as the ``mineralnews`` command."""

import sys

from mineralnews.cli import main

sys.exit(main())
