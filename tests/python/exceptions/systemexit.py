import sys
print("exiting")
sys.exit(3)
print("not printed")
