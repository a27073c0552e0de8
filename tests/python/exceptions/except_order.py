def classify(e):
    try:
        raise e
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
print(classify(KeyError()), classify(IndexError()), classify(ValueError()))
