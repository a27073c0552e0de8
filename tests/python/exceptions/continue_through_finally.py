for i in range(4):
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("finally", i)
