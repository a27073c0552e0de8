# hex/oct/bin and format specs on ints
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print("%d %5d %-5d| %05d %x %X %o" % (42, 42, 42, 42, 255, 255, 8))
print("{:d} {:5d} {:<5d}| {:05d} {:x} {:b} {:o}".format(42, 42, 42, 42, 255, 5, 8))
print("{:+d} {:+d} {:>6}|".format(5, -5, 123))
print(str(-0), repr(123))
