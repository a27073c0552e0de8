# sys.stdout and sys.stderr: write returns the number of characters, flush returns
# None, print(file=...) goes to the given stream. Only stdout is compared: the lines
# written to stderr must not appear in it.
import sys

n = sys.stdout.write("hello\n")
print(n)
print(sys.stdout.write(""))
print(sys.stdout.write("h\u00e9\u20ac\n"))
print(sys.stderr.write("this line goes to stderr\n"))
print("to stderr", 1, file=sys.stderr)
print("to stdout", 2, file=sys.stdout)
print("a", "b", sep="-", end="!\n", file=sys.stdout)
print(sys.stdout.flush(), sys.stderr.flush())
print(sys.stdout is sys.stdout, sys.stdout is sys.stderr)
for bad in (5, None, b"x"):
    try:
        sys.stdout.write(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    sys.stdin.write("x")
except OSError:
    print("stdin.write: OSError")
try:
    sys.stdout.read()
except OSError:
    print("stdout.read: OSError")
