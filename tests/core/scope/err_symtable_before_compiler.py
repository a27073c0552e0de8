return 1
def f(x):
    global x
