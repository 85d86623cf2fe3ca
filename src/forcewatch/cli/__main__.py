import sys

from forcewatch.cli import main

if __name__ == "__main__":  # Dask's worker processes import this module: they must not run it
    sys.exit(main())
