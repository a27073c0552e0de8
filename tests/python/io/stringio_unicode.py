# read(n) counts characters, not bytes
import io
s = io.StringIO("héllo wörld €")
print(s.read(2))
print(s.read(4))
print(s.read())
print(io.StringIO("€€€\n€").readline())
