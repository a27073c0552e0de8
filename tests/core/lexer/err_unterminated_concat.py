x = "a" 'b
