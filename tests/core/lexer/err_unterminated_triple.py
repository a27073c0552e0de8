x = '''abc

y
