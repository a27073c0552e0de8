# support package: its __init__ runs when the package is imported
NAME = "pkg_a"
init_runs = 1
