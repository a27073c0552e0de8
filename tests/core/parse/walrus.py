if (n := len(a)) > 10: pass
while chunk := f.read(): pass
[y := 1, y ** 2]
