for i in range(3):
    print("line", i)
raise RuntimeError("stopped at 3")
