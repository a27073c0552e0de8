# imported modules are recorded in sys.modules
import sys
import _simple

print("_simple" in sys.modules, sys.modules["_simple"] is _simple, "_never_imported" in sys.modules)
