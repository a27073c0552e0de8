# os.sep
import os
print(os.sep)
