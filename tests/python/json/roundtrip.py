# loads(dumps(x)) == x for JSON-shaped data, including floats (repr round-trips).
import json

seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed

def make(depth):
    r = rnd() % 7
    if depth > 3 or r == 0:
        return rnd() % 1000 - 500
    if r == 1:
        return (rnd() % 100000) / 128.0 - 300
    if r == 2:
        return "s" + str(rnd() % 100) + "\u00e9\n"
    if r == 3:
        return [make(depth + 1) for _ in range(rnd() % 4)]
    if r == 4:
        return {"k" + str(i): make(depth + 1) for i in range(rnd() % 4)}
    if r == 5:
        return None
    return rnd() % 2 == 0

for i in range(30):
    v = make(0)
    s = json.dumps(v)
    back = json.loads(s)
    print(back == v, s if len(s) < 60 else len(s))
