// Print the C IR. Parentheses follow C precedence, plus the ones GCC's -Wparentheses
// asks for (mixed bitwise/shift/logical operators are always parenthesized).

import type { CExpr, CStmt } from "../lower/ir.js";

const PREC: Record<string, number> = {
  "*": 13, "/": 13, "%": 13, "+": 12, "-": 12, "<<": 11, ">>": 11,
  "<": 10, "<=": 10, ">": 10, ">=": 10, "==": 9, "!=": 9,
  "&": 8, "^": 7, "|": 6, "&&": 5, "||": 4, "=": 2, "+=": 2, "-=": 2,
};
const ARITH = new Set(["*", "/", "%", "+", "-"]);

function prec(e: CExpr): number {
  switch (e.k) {
    case "lit": return /^-/.test(e.text) ? 14 : 16;
    case "name": return 16;
    case "call": case "index": case "arrow": return 15;
    case "unary": case "cast": return 14;
    case "binary": return e.op === "." ? 15 : PREC[e.op]!;
    case "cond": return 3;
  }
}

function needsParens(child: CExpr, parentOp: string, isRight: boolean): boolean {
  if (child.k === "cond") return true;
  const cp = prec(child);
  const pp = PREC[parentOp]!;
  if (child.k !== "binary" || child.op === ".") return cp < pp;
  if (parentOp === "=" || parentOp === "+=" || parentOp === "-=") return false;
  if (ARITH.has(parentOp) && ARITH.has(child.op)) return isRight ? cp <= pp : cp < pp;
  // Everything else mixed: make the grouping explicit.
  if (child.op === parentOp && !isRight && (parentOp === "&&" || parentOp === "||" || parentOp === "&" || parentOp === "|" || parentOp === "^")) return false;
  return true;
}

export function expr(e: CExpr): string {
  switch (e.k) {
    case "lit": return e.text;
    case "name": return e.name;
    case "unary": {
      const inner = expr(e.operand);
      const wrap = prec(e.operand) < 14 || inner.startsWith("-") || inner.startsWith("(") && e.operand.k === "cast";
      return `${e.op}${wrap ? `(${inner})` : inner}`;
    }
    case "cast": {
      const inner = expr(e.expr);
      return `(${e.to})${prec(e.expr) < 14 ? `(${inner})` : inner}`;
    }
    case "binary": {
      if (e.op === ".") return `${postfixBase(e.left)}.${expr(e.right)}`;
      const l = expr(e.left);
      const r = expr(e.right);
      const lp = needsParens(e.left, e.op, false) ? `(${l})` : l;
      const rp = needsParens(e.right, e.op, true) ? `(${r})` : r;
      return `${lp} ${e.op} ${rp}`;
    }
    case "call": return `${postfixBase(e.callee)}(${e.args.map(expr).join(", ")})`;
    case "index": return `${postfixBase(e.base)}[${expr(e.index)}]`;
    case "arrow": return `${postfixBase(e.base)}->${e.field}`;
    case "cond": {
      const part = (x: CExpr): string => (prec(x) <= 3 ? `(${expr(x)})` : expr(x));
      return `${part(e.test)} ? ${part(e.then)} : ${part(e.else)}`;
    }
  }
}

function postfixBase(e: CExpr): string {
  return prec(e) < 15 ? `(${expr(e)})` : expr(e);
}

/** Unwrap the outer parentheses a condition gets from its statement. */
function cond(e: CExpr): string {
  return expr(e);
}

export function stmts(list: CStmt[], indent: string): string {
  return list.map((s) => stmt(s, indent)).join("");
}

function body(list: CStmt[], indent: string): string {
  return `{\n${stmts(list, indent + "    ")}${indent}}`;
}

function stmt(s: CStmt, ind: string): string {
  switch (s.k) {
    case "expr": return `${ind}${expr(s.expr)};\n`;
    case "raw": return `${ind}${s.text}\n`;
    case "decl": {
      const q = `${s.isVolatile ? "volatile " : ""}${s.isConst ? "const " : ""}`;
      return `${ind}${q}${s.ctype} ${s.name}${s.init === undefined ? "" : ` = ${expr(s.init)}`};\n`;
    }
    case "if": {
      let out = `${ind}if (${cond(s.test)}) ${body(s.then, ind)}`;
      let rest = s.else;
      while (rest !== undefined) {
        const only = rest.length === 1 ? rest[0] : undefined;
        if (only?.k === "if") {
          out += ` else if (${cond(only.test)}) ${body(only.then, ind)}`;
          rest = only.else;
        } else {
          out += ` else ${body(rest, ind)}`;
          rest = undefined;
        }
      }
      return out + "\n";
    }
    case "while": return `${ind}while (${cond(s.test)}) ${body(s.body, ind)}\n`;
    case "dowhile": return `${ind}do ${body(s.body, ind)} while (${cond(s.test)});\n`;
    case "for": {
      const header = (test: string): string => `${test}; ${s.update.map(expr).join(", ")}`;
      const test = s.test === undefined ? "" : cond(s.test);
      if (s.init.length <= 1) {
        const init = s.init[0] === undefined ? "" : stmt(s.init[0], "").trim().replace(/;$/, "");
        return `${ind}for (${init}; ${header(test)}) ${body(s.body, ind)}\n`;
      }
      // Several declarations: they go in a block before the loop.
      const inner = ind + "    ";
      return `${ind}{\n${stmts(s.init, inner)}${inner}for (; ${header(test)}) ${body(s.body, inner)}\n${ind}}\n`;
    }
    case "switch": {
      let out = `${ind}switch (${expr(s.test)}) {\n`;
      for (const c of s.cases) {
        for (const l of c.labels) out += l === "default" ? `${ind}default:\n` : `${ind}case ${l}:\n`;
        const hasDecl = c.body.some((x) => x.k === "decl");
        if (hasDecl) out += `${ind}    ${body(c.body, ind + "    ")}\n`;
        else out += stmts(c.body, ind + "    ");
        if (c.fallsThrough) out += `${ind}    /* fall through */\n`;
      }
      return out + `${ind}}\n`;
    }
    case "break": return `${ind}break;\n`;
    case "continue": return `${ind}continue;\n`;
    case "return": return s.value === undefined ? `${ind}return;\n` : `${ind}return ${expr(s.value)};\n`;
    case "block": return `${ind}${body(s.body, ind)}\n`;
    case "try": {
      const inner = ind + "    ";
      return `${ind}{\n` +
        `${inner}pyx_nlr_buf ${s.buf};\n` +
        `${inner}pyx_nlr_push(&${s.buf});\n` +
        `${inner}if (setjmp(${s.buf}.jmp) == 0) ${body(s.body, inner)} else ${body(s.handler, inner)}\n` +
        `${ind}}\n`;
    }
  }
}
