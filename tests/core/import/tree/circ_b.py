import circ_a
B = 2
print("circ_b sees circ_a", hasattr(circ_a, "A"))
