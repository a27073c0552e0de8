def f():
    été = 1
    return été
