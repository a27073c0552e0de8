# .exp: CPython has no micropython module. Scheduled calls run at jumps (MicroPython's
# pending check), one per check, never inside another; the queue holds 4.
try:
    import micropython
except ImportError:
    raise SystemExit

order = []


def note(x):
    order.append(x)


micropython.schedule(note, 1)
micropython.schedule(note, 2)
order.append("direct")
for _ in range(4):
    pass
print(order)
order.clear()
micropython.schedule(note, "a")
micropython.schedule(note, "b")
micropython.schedule(note, "c")
micropython.schedule(note, "d")
try:
    micropython.schedule(note, "e")
except RuntimeError as e:
    print("RuntimeError", e)
for _ in range(6):
    pass
print(order)


def nested(x):
    micropython.schedule(note, x + 1)
    for _ in range(3):
        pass
    order.append(("nested done", x))


order.clear()
micropython.schedule(nested, 10)
for _ in range(4):
    pass
print(order)
micropython.schedule(lambda x: [][x], 3)
for _ in range(2):
    pass
print("survived")
