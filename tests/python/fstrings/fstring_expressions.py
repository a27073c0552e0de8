d = {"key": "value"}
l = [10, 20]
print(f"{d['key']} {l[1]} {len(l)} {l[0] if l else 0}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"{3 > 2} {None} {1, 2}")
