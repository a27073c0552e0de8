# String building, slicing, searching and splitting.

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
total = 0
for round_ in range(60):
    parts = []
    for i in range(120):
        w = words[(i * 7 + round_) % len(words)]
        parts.append(w[1:] + w[:1] + str(i))
    text = " ".join(parts)
    upper = text.upper()
    total += len(text) + upper.count("A") + text.find("eta") + text.rfind("alpha")
    for piece in text.split(" "):
        total += len(piece[::2]) + (1 if piece.startswith("eta") else 0)
    text = text.replace("a", "4").replace("e", "3")
    total += text.count("4") * 3 + text.count("3")
    s = ""
    for i in range(50):
        s += chr(97 + (i * round_) % 26)
    total += sum(ord(c) for c in s[10:40])
    total += len("%s-%d-%s" % (s[:5], round_, words[round_ % 8]))
print("strings", total)
