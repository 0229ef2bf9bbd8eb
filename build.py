#!/usr/bin/env python3
"""Build the magazine: `python build.py --help`."""
import sys

from magazine.cli import main

if __name__ == "__main__":
    sys.exit(main())
