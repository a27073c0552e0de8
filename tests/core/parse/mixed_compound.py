def f(a):
    for i in a:
        try:
            with open(i) as fh:
                while True:
                    line = fh.readline()
                    if not line:
                        break
        except OSError as e:
            print(e)
    return [x for x in a if x]
