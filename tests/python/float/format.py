# float formatting with simple specs
print("%.2f %.0f %.3f %e %g" % (3.14159, 2.5, -1.0, 12345.678, 0.0001))
print("{:.1f} {:8.3f}| {:<8.2f}| {:+.1f}".format(2.34, 3.14159, 1.5, 2.0))
print("{:.3e} {:g} {:g} {:%}".format(1234.5, 1e20, 0.5, 0.25))
print(format(1.5, ".2f"), format(2.0, "g"))
