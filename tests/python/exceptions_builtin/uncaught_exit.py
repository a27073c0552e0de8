# an uncaught exception ends the program with status 1 after earlier output
print("before")
raise ValueError("the end")
