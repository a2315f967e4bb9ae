"""The explorer tests share the view tests' graphs and browser: make tests/viz importable."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "viz"))

from viz_browser import browser, visit  # noqa: E402,F401  (fixtures)
