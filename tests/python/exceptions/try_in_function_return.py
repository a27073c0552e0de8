def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
    finally:
        print("parsed", repr(s))
print(parse("12"), parse("zz"))
