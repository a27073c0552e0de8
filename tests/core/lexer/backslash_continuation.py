x = 1 + \
    2
if a and \
   b:
    y = \
3
assert x, \
       "msg"
