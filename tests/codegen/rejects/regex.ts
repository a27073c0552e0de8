// expect: no-templates 4:10 regular expressions are not in the subset: scan the bytes with a loop
import type { bool } from "../../../core/subset/index.js";
export function is_digit(s: string): bool {
  return /^[0-9]$/.test(s);
}
