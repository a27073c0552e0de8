def f():
    try:
        try:
            try:
                return "r"
            finally:
                print("inner")
        finally:
            print("middle")
    finally:
        print("outer")
print(f())
