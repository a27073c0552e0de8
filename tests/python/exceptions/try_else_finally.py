def t(fail):
    try:
        if fail:
            raise ValueError
        print("body")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
t(False)
t(True)
