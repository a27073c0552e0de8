x = (1,
     2,  # a comment inside brackets

     3)
y = [
    a,
        b,
  c]
z = {
  'k':
     (v
      ),
}
def f(a,
      b=[1,
         2]):
    return (a
+ b)
