// C spellings of constants. Floats print in JavaScript's shortest round-trip form,
// which C's strtod reads back to the same double.

export function cInt(v: bigint, big: boolean): string {
  if (big) {
    if (v === -(2n ** 63n)) return "INT64_MIN";
    return v > 9223372036854775807n ? `UINT64_C(${v})` : `INT64_C(${v})`;
  }
  if (v === -2147483648n) return "(-2147483647 - 1)";
  if (v > 2147483647n) return `${v}u`;
  return String(v);
}

export function cFloat(v: number, f32 = false): string {
  if (Number.isNaN(v)) return "NAN";
  if (v === Infinity) return "INFINITY";
  if (v === -Infinity) return "(-INFINITY)";
  if (Object.is(v, -0)) return f32 ? "-0.0f" : "-0.0";
  let s = String(v);
  if (!/[.eE]/.test(s)) s += ".0";
  else if (/^[-0-9]+e/.test(s)) s = s.replace("e", ".0e");
  return f32 ? s + "f" : s;
}

export function cString(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c < 0x20 || c === 0x7f) out += `\\${c.toString(8).padStart(3, "0")}`;
    else if (ch === "?") out += "\\?"; // no trigraphs
    else out += ch;
  }
  return `"${out}"`;
}

/** True when the string can be a C byte literal that reads the same as in JavaScript. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A numeric literal's value from its source text. (ts-morph's getLiteralValue() reads
 *  "1e308" with parseInt, as 1.) Number() reads decimal, 0x, 0o and 0b forms exactly as JavaScript. */
export function numericLiteralValue(text: string): number {
  return Number(text.replace(/_/g, ""));
}
