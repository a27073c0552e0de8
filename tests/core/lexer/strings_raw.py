a = r"\n\t\x41"
b = R'\''
c = r"\""
d = r"a\
b"
e = r"""raw \""" triple"""
f = r'\\'
g = r'\N{x}\u1234'
