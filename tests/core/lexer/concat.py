a = "a" 'b' """c""" '''d''' r"\e"
b = ("one"
     "two"  # comment between
     # a comment line
     "three")
c = "x" \
    "y"
d = b"1" b'2' rb"\3"
e = f(
    "arg" "ument",
    "second"
)
