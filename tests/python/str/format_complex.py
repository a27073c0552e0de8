# format() of complex numbers: no type gives "(re+imj)", e f g format both parts
for v, s in [(1 + 2j, ""), (2j, ""), (1 + 2j, ".2"), (1.5 - 2j, "f"), (1 + 2j, "+.1e"), (1 + 2j, ">12"), (1 + 2j, "^14.2f"),
             (3 + 0j, " g"), (1e20 + 1j, ""), (complex(float("nan"), 1), ""), (-1 - 1j, ""), (1234.5 + 1j, ",.2f"), (1 + 2j, "*<10")]:
    print(repr(s), repr(format(v, s)))
for s in ["010", "=10", "%", "d"]:
    try:
        format(1 + 2j, s)
    except ValueError as e:
        print("ValueError", e)
