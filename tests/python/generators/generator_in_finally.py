# Leaving a for loop early does not finish the generator by itself (MicroPython has no
# reference counting to do it): close() runs its finally.
def g():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
it = g()
for v in it:
    print("value", v)
    if v == 1:
        break
print("loop over")
it.close()
print("closed")
