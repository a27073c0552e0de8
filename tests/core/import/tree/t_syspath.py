# sys.path is what import searches: edits take effect, in order.
import sys
try:
    import libmod
except ImportError as e:
    print(e)
sys.path.append("../lib")
import libmod
print(libmod.__name__)
sys.path.insert(0, "../lib")
import plain
