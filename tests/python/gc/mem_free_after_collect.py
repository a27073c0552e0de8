# .exp: MicroPython's gc.mem_free() (absent in CPython) grows once dropped garbage is collected
import gc

def free_bytes():
    try:
        return gc.mem_free()
    except AttributeError:
        return None

gc.collect()
before = free_bytes()
big = [bytearray(100) for _ in range(100)]
during = free_bytes()
big = None
gc.collect()
after = free_bytes()
if before is None:
    print(False, False)
else:
    print(during < before, after > during)
