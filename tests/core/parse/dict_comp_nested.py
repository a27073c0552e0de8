{k: {v: w for v, w in x} for k, x in y.items()}
