f()
1
'doc'
x
...
