a, b = 1, 2
text = (f"a={a} "
        f"b={b} "
        "plain "
        f"sum={a + b}")
print(text)
print(f"""triple {a}
second line {b}""")
