rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("melon", 1, 2.0)]
for name, qty, price in rows:
    print(f"{name:<8}{qty:>4}{price:>8.2f}{qty * price:>8.2f}")
