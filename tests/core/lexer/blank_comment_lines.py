x = 1  # trailing comment

# a comment at column 0
if x:
    # comment inside the block

        # over-indented comment
    y = 2
  # under-indented comment
    z = 3

# comment before the dedent
w = 4
