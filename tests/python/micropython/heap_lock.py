# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

if micropython is not None:
    l = []
    l2 = list(range(100))
    micropython.heap_lock()
    micropython.heap_lock()
    # a new object on the heap
    try:
        print([])
    except MemoryError:
        print("MemoryError")
    # growing a heap block
    try:
        l.extend(l2)
    except MemoryError:
        print("MemoryError")
    print(micropython.heap_unlock())
    # one lock still holds
    try:
        print([])
    except MemoryError:
        print("MemoryError")
    print(micropython.heap_unlock())
    # allocation works again
    print([], len(l))
    # unlocking more than locked stays at 0
    print(micropython.heap_unlock())
