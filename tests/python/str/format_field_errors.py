# str.format errors: CPython 3.11's exceptions and messages
cases = ["{", "}", "a{", "{0", "{0:", "{:>", "{0!", "{0!r", "{!x}", "{0!rr}", "{}{0}", "{0}{}", "{2}", "{a}", "{0[}",
         "{0.}", "{0[]}", "{0[0]x}", "{:{}}", "{0:{1:{2}}}", "{.x}", "{0.nope}", "{0[5]}", "{}{}{}", "{:d}", "{x"]
for f in cases:
    try:
        print(repr(f.format("ab", "c")))
    except Exception as e:
        print(type(e).__name__, e)
