"""The bundle's entry point: the same command line as the installed `simulator` and `simulator-gui`."""

import sys

from simulator.launch import main

if __name__ == "__main__":
    sys.exit(main())
