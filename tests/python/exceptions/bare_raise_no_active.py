try:
    raise
except RuntimeError:
    print("RuntimeError")
