// Constants from a module whose path sorts after the modules that use them in their own
// constants: the generator must not depend on the order it meets modules in.
import type { i32 } from "../../../../core/subset/index.js";

export const LATE_BASE: i32 = 30;
