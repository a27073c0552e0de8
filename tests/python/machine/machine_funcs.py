# .exp: CPython has no machine module; values are the simulated host board's.
try:
    import machine
except ImportError:
    raise SystemExit

print(machine.unique_id(), len(machine.unique_id()))
print(machine.freq())
machine.freq(125000000)
try:
    machine.freq(48000000)
except ValueError as e:
    print("ValueError", e)
print(machine.idle())
state = machine.disable_irq()
print(state)
machine.enable_irq(state)
try:
    machine.soft_reset()
except SystemExit as e:
    print("SystemExit", e.args)
print(sorted(n for n in dir(machine) if not n.startswith("_")))
