def f(m):
    with m as (a, b), m as c:
        pass
