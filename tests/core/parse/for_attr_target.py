for a.b in c: pass
for a[0] in c: pass
