"""Run the command line with `python -m ks2practice`."""

from ks2practice.cli import main

raise SystemExit(main())
