x = 1.5e+x
