# except BaseException catches everything, except Exception does not catch SystemExit
try:
    raise SystemExit(3)
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException", type(e).__name__, e.args)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__)
