a = f"{{}}"
b = f"plain"
