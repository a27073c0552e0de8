# concatenation and repetition
a = "ab"
print(a + "cd", a * 3, 3 * a, a * 0, a * -1, "" + "")
s = ""
for i in range(5):
    s += str(i)
print(s)
print("é" * 3, len("é" * 3))
