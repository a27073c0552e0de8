# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

# Work that needs no new objects (a call, small-int arithmetic, stores) runs while the heap is locked.
if micropython is not None:
    buf = bytearray(8)
    lst = [0] * 8
    def fill(n):
        i = 0
        while i < n:
            buf[i] = i * 3
            lst[i] = i
            i += 1
        return n
    # globals stored under the lock exist already (a new name would grow the dict)
    r = ok = None
    micropython.heap_lock()
    r = fill(8)
    ok = buf[7] == 21 and lst[7] == 7
    micropython.heap_unlock()
    print(r, ok, list(buf))
