"""``python -m reportgen`` (``py -m reportgen`` on Windows): the same command as ``reportgen``, no script needed."""

import sys

from reportgen.cli import main

sys.exit(main())
