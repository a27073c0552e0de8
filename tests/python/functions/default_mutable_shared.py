def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
