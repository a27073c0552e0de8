// Python literals both ways, for moving data through the raw REPL as source text:
// bytes to a b'...' literal the device compiles, and the device's repr() of bytes or str
// back to bytes. Only what repr() produces is read: quotes, \\ \n \r \t and \xNN (bytes),
// \uNNNN and \UNNNNNNNN (str); anything else is a protocol error.

/** A bytes literal for `data`, printable ASCII kept as is (compact, and readable in a trace). */
export function bytesLiteral(data: Buffer): string {
  let s = "b'";
  for (const b of data) {
    if (b === 0x27 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else if (b === 0x0a) s += "\\n";
    else s += `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return `${s}'`;
}

/** A str literal for a path or name: JSON's escapes are valid Python ones. */
export function strLiteral(s: string): string {
  return JSON.stringify(s);
}

const SIMPLE: Record<string, number> = { "\\": 0x5c, "'": 0x27, '"': 0x22, n: 0x0a, r: 0x0d, t: 0x09, a: 0x07, b: 0x08, f: 0x0c, v: 0x0b, "0": 0 };

/**
 * Parse the repr of a bytes (b'…') or str ('…') value into bytes (a str as UTF-8).
 * Throws on text that is not such a repr.
 */
export function parseRepr(text: string): Buffer {
  let i = 0;
  const isBytes = text[0] === "b";
  if (isBytes) i++;
  const quote = text[i];
  if ((quote !== "'" && quote !== '"') || text[text.length - 1] !== quote) throw new Error(`not a string repr: ${text.slice(0, 40)}`);
  i++;
  const end = text.length - 1;
  const out: number[] = [];
  const pushChar = (cp: number): void => {
    if (isBytes) out.push(cp);
    else out.push(...Buffer.from(String.fromCodePoint(cp), "utf8"));
  };
  while (i < end) {
    const c = text[i]!;
    if (c !== "\\") {
      const cp = text.codePointAt(i)!;
      pushChar(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = text[i + 1]!;
    if (e in SIMPLE) {
      out.push(SIMPLE[e]!);
      i += 2;
    } else if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = text.slice(i + 2, i + 2 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) throw new Error(`bad escape in repr: \\${e}${hex}`);
      pushChar(parseInt(hex, 16));
      i += 2 + n;
    } else {
      throw new Error(`unexpected escape in repr: \\${e}`);
    }
  }
  return Buffer.from(out);
}
