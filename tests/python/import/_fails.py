# support module whose body raises
x = 1
raise ValueError("module failed")
