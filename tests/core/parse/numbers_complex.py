1j
1.5j
0j
1e10j
10j
2.5J
1e100j
