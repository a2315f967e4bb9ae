"""``python -m graph.sparql query|serve|push``."""

import sys

from .cli import main

sys.exit(main())
