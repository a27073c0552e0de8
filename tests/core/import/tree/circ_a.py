import circ_b
print("circ_a done", circ_b.B)
A = 1
