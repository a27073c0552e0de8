a = 'single'
b = "double"
c = ''
d = ""
e = 'it"s'
f = "it's"
g = '''triple
single'''
h = """triple "quoted" ""double"" """
i = """"""
j = ''''''
k = "a\"b" 'c\'d'
