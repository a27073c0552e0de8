// Operator numbers, exactly MicroPython's (py/runtime0.h): the bytecode encodes them, so
// .mpy files exchanged with MicroPython agree on what BINARY_OP 27 means.

import type { i32 } from "./subset/index.js";
import { bool_obj, OBJ_NULL, type obj } from "./obj.js";

export const enum UnaryOp {
  Positive,
  Negative,
  Invert,
  Not,
  // Not in bytecode: special methods.
  Bool,
  Len,
  Hash,
  Abs,
  Int,
  Sizeof,
}

export const enum BinaryOp {
  // Relational (9).
  Less,
  More,
  Equal,
  LessEqual,
  MoreEqual,
  NotEqual,
  In,
  Is,
  ExceptionMatch,
  // In-place arithmetic (13), in the order of the normal ones below.
  InplaceOr,
  InplaceXor,
  InplaceAnd,
  InplaceLshift,
  InplaceRshift,
  InplaceAdd,
  InplaceSubtract,
  InplaceMultiply,
  InplaceMatMultiply,
  InplaceFloorDivide,
  InplaceTrueDivide,
  InplaceModulo,
  InplacePower,
  // Arithmetic (13).
  Or,
  Xor,
  And,
  Lshift,
  Rshift,
  Add,
  Subtract,
  Multiply,
  MatMultiply,
  FloorDivide,
  TrueDivide,
  Modulo,
  Power,
  // Not in bytecode.
  Divmod,
  Contains,
}

/** In-place ops count from here; the normal op is 13 further on. */
export const INPLACE_TO_NORMAL: i32 = BinaryOp.Or - BinaryOp.InplaceOr;

/** The bool a comparison op gives for a three-way result c (<0, 0, >0); OBJ_NULL for other ops. */
export function compare_result(op: BinaryOp, c: i32): obj {
  switch (op) {
    case BinaryOp.Less: return bool_obj(c < 0);
    case BinaryOp.More: return bool_obj(c > 0);
    case BinaryOp.Equal: return bool_obj(c === 0);
    case BinaryOp.LessEqual: return bool_obj(c <= 0);
    case BinaryOp.MoreEqual: return bool_obj(c >= 0);
    case BinaryOp.NotEqual: return bool_obj(c !== 0);
    default: return OBJ_NULL;
  }
}
