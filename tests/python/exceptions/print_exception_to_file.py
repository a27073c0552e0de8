# sys.print_exception(exc, file) (traceback.print_exception in CPython) writes the
# traceback through file.write; its last line is "Type: message".
import sys


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


def show(exc, sink):
    if hasattr(sys, "print_exception"):
        sys.print_exception(exc, sink)
    else:
        import traceback
        traceback.print_exception(exc, file=sink)


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError as e:
    sink = Sink()
    show(e, sink)
    text = "".join(sink.parts)
    lines = text.split("\n")
    print(lines[0])
    print(lines[-2])
    print(text.endswith("\n"))

try:
    raise KeyError("k")
except KeyError as e:
    sink = Sink()
    show(e, sink)
    print("".join(sink.parts).split("\n")[-2])
