b = 1; c = 2; e = "e"; g = "g"
a = f"""start {
    b +
    c
} end"""
d = (f"x{e}"
     f"y{g}")
