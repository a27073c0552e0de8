// complex's methods: conjugate (real and imag are attributes, read in core/attr.ts).

import type { u32 } from "./subset/index.js";
import type { obj } from "./obj.js";
import { complex_from_f64, complex_real, complex_imag } from "./objects/complex.js";
import { arg } from "./builtins_args.js";

export function complex_m_conjugate(n_args: u32, n_kw: u32, args: u32): obj {
  const z: obj = arg(args, 0);
  return complex_from_f64(complex_real(z), -complex_imag(z));
}
