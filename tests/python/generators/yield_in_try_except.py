def g():
    try:
        yield 1
        raise KeyError("k")
    except KeyError as e:
        yield "caught " + str(e)
    else:
        yield "no"
    finally:
        yield "finally"
print(list(g()))
