# complex() parsing strings
print(complex("1+2j"), complex("3j"), complex("-4"), complex("1.5-0.5j"))
try:
    complex("abc")
except ValueError:
    print("ValueError")
