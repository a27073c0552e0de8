# from-import of a missing name raises ImportError
try:
    from _simple import does_not_exist
except ImportError:
    print("ImportError")
from _simple import VALUE
print(VALUE)
