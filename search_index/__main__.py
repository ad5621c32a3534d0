import sys

from search_index.cli import main

sys.exit(main())
