# Missing modules and names; a module whose code raises is not kept.
import sys
try:
    import nothing
except ImportError as e:
    print("ImportError", e)
try:
    import pkg.nope
except ImportError as e:
    print("ImportError", e)
try:
    import plain.x
except ImportError as e:
    print("ImportError", str(e).split(";")[0])
try:
    from plain import y
except ImportError as e:
    print(str(e).startswith("cannot import name 'y'"))
for attempt in range(2):
    try:
        import bad
    except ValueError as e:
        print("ValueError", e, "bad" in sys.modules)
try:
    from . import plain
except ImportError as e:
    print(e)
