b = 1; d = 2; e = 3; f = "eff"
a = rf"\d{b}\n"
c = Rf'{d}\\' fR"\{e}" FR"{f!r}"
