-a < -b
not a == b
not -a
