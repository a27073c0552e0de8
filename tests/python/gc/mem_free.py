# .exp: MicroPython's gc has mem_free()/mem_alloc() (CPython's gc does not), so MicroPython prints True where CPython prints False
import gc

gc.collect()
try:
    free = gc.mem_free()
    alloc = gc.mem_alloc()
except AttributeError:
    free = alloc = None
print(isinstance(free, int), isinstance(alloc, int))
print(free is not None and free > 0, alloc is not None and alloc > 0)
