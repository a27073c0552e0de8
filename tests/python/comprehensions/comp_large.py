sq = [i * i for i in range(2000)]
print(len(sq), sq[-1], sum(sq))
d = {i: str(i) for i in range(500)}
print(len(d), d[499])
