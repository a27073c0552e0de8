# gc.disable()/gc.enable() and gc.isenabled()
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(100)]
gc.enable()
print(gc.isenabled(), len(junk))
gc.collect()
