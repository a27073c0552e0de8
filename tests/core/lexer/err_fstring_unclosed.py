x = f'{(a'
