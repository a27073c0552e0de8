# A file that starts with comments
# and a blank line

import sys
