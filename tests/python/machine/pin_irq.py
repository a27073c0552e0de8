# .exp: CPython has no machine module. On the simulated board a change of an input's
# pull or of an output's value is an edge, delivered through the scheduler.
try:
    from machine import Pin
    import time
except ImportError:
    raise SystemExit

log = []


def handler(pin):
    log.append((pin is watched, pin.value(), pin.irq().flags()))


def settle():
    for _ in range(3):
        pass


watched = Pin(7, Pin.IN, Pin.PULL_DOWN)
irq = watched.irq(handler, Pin.IRQ_RISING)
print(type(irq).__name__, irq is watched.irq(), irq.trigger(), irq.flags())
watched.init(pull=Pin.PULL_UP)
settle()
print(log)
watched.init(pull=Pin.PULL_DOWN)  # a falling edge: not watched
settle()
print(log)
watched.irq(handler, trigger=Pin.IRQ_FALLING | Pin.IRQ_RISING)
watched.init(pull=Pin.PULL_UP)
settle()
watched.init(pull=Pin.PULL_DOWN)
settle()
print(log)
# Edges while sleeping are handled during the sleep.
log.clear()
watched.init(pull=Pin.PULL_UP)
time.sleep_ms(2)
print(log)
watched.irq(None)
watched.init(pull=Pin.PULL_DOWN)
settle()
print(log, irq.trigger())
# An output watched by its own IRQ; the default trigger is both edges.
out = Pin(8, Pin.OUT, value=0)
seen = []
out.irq(lambda p: seen.append(p.value()))
for v in (1, 1, 0, 1):
    out.value(v)
    settle()
print(seen)
# A handler that raises prints its traceback and the program goes on.
out.irq(lambda p: 1 / 0, Pin.IRQ_RISING)
out.value(0)
out.value(1)
settle()
print("after")
