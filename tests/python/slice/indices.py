# slice.indices clamps to a sequence length
print(slice(1, 100, 2).indices(10), slice(-3, None).indices(5), slice(None, None, -1).indices(4))
