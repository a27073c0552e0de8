class AppError(Exception):
    pass
print("start")
raise AppError("bad config value 42")
