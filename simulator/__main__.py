"""`python -m simulator`: the same as the `simulator` command."""

import sys

from .launch import main

sys.exit(main())
