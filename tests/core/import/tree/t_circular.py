# Circular imports: the module is in sys.modules before its code runs.
import circ_a
print(circ_a.A)
import circ_b
print(circ_b.B, circ_b.circ_a is circ_a)
