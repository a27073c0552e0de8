# .exp: CPython has no machine module.
try:
    from machine import Pin, Signal
except ImportError:
    raise SystemExit

led = Pin(9, Pin.OUT, value=0)
s = Signal(led, invert=True)
print(s.value(), led.value())
s.on()
print(s.value(), s(), led.value())
s.off()
print(s.value(), led.value())
s(1)
print(s(), led.value())
plain = Signal(led)
plain.on()
print(plain.value(), led.value())
# Pin arguments instead of a Pin.
s2 = Signal(10, Pin.OUT, value=1, invert=True)
print(s2.value(), Pin(10).value())
s3 = Signal("GP11", mode=Pin.OUT)
s3.on()
print(Pin(11).value(), type(s3).__name__)
