{k: v for k, v in d.items()}
{k: v for k in a for v in b if k}
