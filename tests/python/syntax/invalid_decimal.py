x = 1
y = 12abc
