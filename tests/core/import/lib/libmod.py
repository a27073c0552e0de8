print("lib module", __name__)
