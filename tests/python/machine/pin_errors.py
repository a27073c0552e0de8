# .exp: CPython has no machine module; the messages are MicroPython rp2's.
try:
    from machine import Pin
except ImportError:
    raise SystemExit

for bad in (30, -1, 1000):
    try:
        Pin(bad)
    except ValueError as e:
        print("ValueError", e)
for name in ("NOPE", "SMPS_MODE", "gp25", ""):
    try:
        Pin(name)
    except ValueError as e:
        print("ValueError", e)
try:
    Pin(1, 9)
except ValueError as e:
    print("ValueError", e)
try:
    Pin(1, Pin.IN, 5)
except ValueError as e:
    print("ValueError", e)
try:
    Pin(1, Pin.IN, speed=3)
except TypeError as e:
    print("TypeError", e)
try:
    Pin(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    Pin.board.NOPE
except AttributeError as e:
    print("AttributeError", e)
try:
    Pin.cpu.LED
except AttributeError as e:
    print("AttributeError", e)
try:
    Pin(1).irq(lambda p: None, trigger=16)
except ValueError as e:
    print("ValueError", e)
# The hidden board name still names its CPU pin by its CPU name.
print(Pin("GPIO23"), Pin.cpu.GPIO23 is Pin(23))
