print("bad starts")
raise ValueError("bad module")
