# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

if micropython is not None:
    print(micropython.heap_locked())
    micropython.heap_lock()
    n1 = micropython.heap_locked()
    micropython.heap_lock()
    n2 = micropython.heap_locked()
    micropython.heap_unlock()
    n3 = micropython.heap_locked()
    micropython.heap_unlock()
    print(n1, n2, n3, micropython.heap_locked())
