"""Browser fixtures for the view tests (the report tests reuse them through viz_browser)."""

from viz_browser import browser, visit  # noqa: F401  (fixtures)
