# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

if micropython is not None:
    # disable the interrupt character, then set Ctrl-C back
    print(micropython.kbd_intr(-1))
    print(micropython.kbd_intr(3))
    try:
        micropython.kbd_intr("x")
    except TypeError:
        print("TypeError")
