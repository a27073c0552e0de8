# Greedy `?`.
import re

print(re.match("colou?r", "color").group())
print(re.match("colou?r", "colour").group())
print(re.match("colou?r", "colouur"))
print(re.match("a?a?a", "aa").group())
print(re.match("(x)?y", "y").groups())
print(re.match("(x)?y", "xy").groups())
