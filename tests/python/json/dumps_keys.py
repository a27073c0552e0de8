# Non-str keys are converted as CPython converts them; others are TypeError.
import json

print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d", False: "e", -3: "f"}))
print(json.dumps({10 ** 20: 1}))
print(json.dumps({1: 1, True: 2}))
for bad in [{(1, 2): 3}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
