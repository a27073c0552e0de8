a = """first line
    second line with 'quotes' and "double"
	tabbed
"""
b = '''
'''
def f():
    """Docstring.

    More text.
    """
    return 1
