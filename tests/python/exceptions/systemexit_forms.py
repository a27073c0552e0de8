# sys.exit's forms: no status, an int, any object; caught as SystemExit, then uncaught with a message.
import sys

for args in [(), (0,), (5,), ("text",), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(type(e).__name__, e.args)

try:
    sys.exit(1, 2)
except TypeError:
    print("TypeError")

print("before")
sys.exit("bye")
print("not printed")
