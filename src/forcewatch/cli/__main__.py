import sys

from forcewatch.cli import main

sys.exit(main())
