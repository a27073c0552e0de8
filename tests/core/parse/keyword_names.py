f(print=1, async_=2)
x.if_ = 1
not_ = 1
