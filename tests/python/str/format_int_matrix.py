# the format mini-language for ints: fill, align, sign, #, 0, width, grouping, every type
vals = [0, 7, -7, 255, -4096, 1234567, 2**40, -(2**70)]
specs = ["", "d", "5d", "<6", ">6", "^7", "*^9", "+d", "-d", " d", "08d", "+08d", "=+9", "x", "X", "#x", "#X",
         "#010x", "o", "#o", "b", "#b", "#012b", ",", "_", ",d", "_x", "_b", "#_o", "12,", "c" ,"n", "e", ".2f", "%", ".1%", "g"]
for v in vals:
    out = []
    for s in specs:
        if s == "c" and not 0 < v < 0x110000:
            continue
        out.append(format(v, s))
    print(v, "|".join(out))
print(format(True, "d"), format(False, "5"), format(True, ""), format(65, "c"), format(0x263a, "^5c"))
print("{:,}".format(-1234567890123), "{:_}".format(10**12), "{:x<10,}".format(9999))
for bad in ["s", ",x", "_c", ".2d"]:
    try:
        format(5, bad)
    except ValueError:
        print("ValueError", bad)
