// The generator's IR: a small, typed C syntax tree. Lowering decides every cast and
// helper call; emitting only prints (with C precedence), so what C computes is decided
// in one place.

export type CExpr =
  | { k: "lit"; text: string }
  | { k: "name"; name: string }
  | { k: "unary"; op: "-" | "!" | "~"; operand: CExpr }
  | { k: "binary"; op: string; left: CExpr; right: CExpr }
  | { k: "call"; callee: CExpr; args: CExpr[] }
  | { k: "cast"; to: string; expr: CExpr }
  | { k: "cond"; test: CExpr; then: CExpr; else: CExpr }
  | { k: "index"; base: CExpr; index: CExpr }
  | { k: "arrow"; base: CExpr; field: string };

export type CStmt =
  | { k: "expr"; expr: CExpr }
  | { k: "decl"; ctype: string; name: string; init?: CExpr; isConst: boolean; isVolatile: boolean }
  | { k: "if"; test: CExpr; then: CStmt[]; else?: CStmt[] }
  | { k: "while"; test: CExpr; body: CStmt[] }
  | { k: "dowhile"; body: CStmt[]; test: CExpr }
  | { k: "for"; init: CStmt[]; test?: CExpr; update: CExpr[]; body: CStmt[] }
  | { k: "switch"; test: CExpr; cases: { labels: (string | "default")[]; body: CStmt[]; fallsThrough: boolean }[] }
  | { k: "break" }
  | { k: "continue" }
  | { k: "return"; value?: CExpr }
  | { k: "block"; body: CStmt[] }
  | { k: "try"; buf: string; body: CStmt[]; handler: CStmt[] }
  | { k: "raw"; text: string };

export const lit = (text: string): CExpr => ({ k: "lit", text });
export const name = (n: string): CExpr => ({ k: "name", name: n });
export const call = (fn: string, args: CExpr[]): CExpr => ({ k: "call", callee: name(fn), args });
export const cast = (to: string, expr: CExpr): CExpr => ({ k: "cast", to, expr });
export const binary = (op: string, left: CExpr, right: CExpr): CExpr => ({ k: "binary", op, left, right });
