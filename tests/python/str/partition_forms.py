# partition/rpartition: found, not found, at the edges, multi-char separators
for s in ("key=value", "novalue", "=start", "end=", "a=b=c", ""):
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "日=本".partition("="))
for bad in ("", None):
    try:
        "a".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
