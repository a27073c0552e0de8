x = "a" f"{b#}"
