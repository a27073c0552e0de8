x = (1,
  rb'abc
