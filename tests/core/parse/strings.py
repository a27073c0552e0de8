'a'
"b"
'''c
d'''
r'\d'
'a' 'b'
"tab\there"
'\n\x00\\'
