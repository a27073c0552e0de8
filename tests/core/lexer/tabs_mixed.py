if x:
	y = 1
        z = 2
	if y:
	    w = 3
