# support module: prints when its body runs, so importers can see it runs once
print("loading _loud")
loads = 1
