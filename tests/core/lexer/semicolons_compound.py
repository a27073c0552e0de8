x = 1; y = 2;
if x: y = 3; z = 4
while 0: pass
for i in []: continue
else: break_ = 1
class C: pass
try: import a
except ImportError: a = None
