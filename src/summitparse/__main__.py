import sys

from summitparse.cli import main

sys.exit(main())
