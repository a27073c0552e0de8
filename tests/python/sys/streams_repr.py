# .exp: MicroPython prints its standard streams as <io.TextIOWrapper fd>.
import sys
print(sys.stdin)
print(sys.stdout)
print(sys.stderr)
