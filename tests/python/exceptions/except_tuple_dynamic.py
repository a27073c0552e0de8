handled = (TypeError, ValueError)
for e in [TypeError("a"), ValueError("b"), KeyError("c")]:
    try:
        try:
            raise e
        except handled as x:
            print("handled", type(x).__name__)
    except KeyError:
        print("outer", type(e).__name__)
