b = 1; d = 2; e = 3; h = "aitch"; j = "jay"
a = "{" f"{b}" "}"
c = f"{d}" f"{e}"
g = ("start "
     f"{h}"
     " end{}")
i = r"\{" f"{j}"
