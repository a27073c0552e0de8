print("never printed")
yield 5
