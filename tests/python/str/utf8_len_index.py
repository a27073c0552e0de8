# len, indexing and iteration count characters, not bytes
s = "héllo wörld €"
print(len(s), s[1], s[7], s[-1], s[12])
print([c for c in "aé€"])
print(len("日本語"), "日本語"[1], len("😀x"), "😀x"[1])
