# .exp: CPython has no machine module; the expected output is the simulated host board's
# (ports/host/README.md: outputs read back their latch, inputs read their pull).
try:
    from machine import Pin
except ImportError:
    raise SystemExit

p = Pin(25, Pin.OUT)
print(p, p.value())
p.on()
print(p.value(), p())
p.off()
print(p.value())
p.toggle()
print(p.value())
p.toggle()
print(p.value())
p.value(7)
print(p.value())
p(0)
print(p())
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.ALT, Pin.PULL_UP, Pin.PULL_DOWN, Pin.IRQ_FALLING, Pin.IRQ_RISING)
# One object per pin, by number, board name and CPU name.
print(Pin(25) is p, Pin("LED") is p, Pin("GP25") is p, Pin("GPIO25") is p)
print(Pin.board.LED is p, Pin.board.GP25 is p, Pin.cpu.GPIO25 is p, Pin(p) is p)
# Inputs read their pull; init with mode None keeps the mode.
q = Pin(2, Pin.IN)
print(q, q.value())
q.init(pull=Pin.PULL_UP)
print(q, q.value())
q.init(Pin.IN, Pin.PULL_DOWN)
print(q, q.value())
q.init(mode=Pin.OUT, value=1)
print(q, q.value())
q.init(pull=None)
print(q, q.value())
# Open drain: 0 drives low, 1 releases (the pull decides).
od = Pin(3, Pin.OPEN_DRAIN, Pin.PULL_UP, value=0)
print(od, od.value())
od.value(1)
print(od.value())
od.toggle()
print(od.value())
print(Pin(4, Pin.ALT, alt=5))
print(Pin(5, Pin.OUT, value=1).value(), Pin(6, Pin.OUT, value=0).value())
print(type(p).__name__)
# repr builds its text on the heap and gives back the root stack it used.
for _ in range(5000):
    r = repr(p)
print(r)
