// The disassembler, in the style of MicroPython's py/showbc.c (what `micropython -v -v`
// prints): the header, the raw bytes, argument names, the prelude, the line table, then one
// line per instruction, "offset NAME operands", offsets counted from the first opcode.
// Where showbc prints a pointer (LOAD_CONST_OBJ, MAKE_FUNCTION) this prints the table
// index (#n), so the text is the same on every build. bc_verify checks function data
// before anything trusts it (core/mpy.ts runs it on every loaded function).

import { load_u8, type u32, type i32, type bool, type ref } from "./subset/index.js";
import { print_str, print_u32, print_i32, print_bytes, print_byte, type Printer } from "./print.js";
import { qstr_data, qstr_len } from "./qstr.js";
import {
  Op, Operand, bc_operand, bc_name, bc_read_prelude, bc_prelude, Prelude, bc_cursor_set, bc_cursor_pos,
  bc_cursor_ok, bc_read_uint, bc_read_line_entry, bc_line_entry_bytes, bc_line_entry_lines, bc_read_op,
  bc_op_code, bc_op_arg, bc_op_extra, bc_op_jump_base, SMALL_INT_MULTI_EXCESS, UNARY_OP_NAME, BINARY_OP_NAME,
} from "./bytecode.js";
import { RawCode, CompiledModule, const_print_repr, word_get } from "./rawcode.js";

/**
 * Check the function data [code, code + len) of a module with n_qstr qstrs, n_obj constants
 * and n_children children: the prelude and the source info fit, every name and operand
 * indexes its table, every opcode is whole and every jump lands inside the opcodes.
 */
export function bc_verify(code: u32, len: u32, n_qstr: u32, n_obj: u32, n_children: u32): bool {
  if (!bc_read_prelude(code, len)) return false;
  const info: u32 = (code + bc_prelude(Prelude.InfoStart)) >>> 0;
  const info_end: u32 = (info + bc_prelude(Prelude.NInfo)) >>> 0;
  const names: u32 = (bc_prelude(Prelude.NPosArgs) + bc_prelude(Prelude.NKwonlyArgs) + 1) >>> 0;
  bc_cursor_set(info, info_end);
  for (let i: u32 = 0; i < names; i++) if (bc_read_uint() >= n_qstr) return false;
  while (bc_cursor_ok() && bc_cursor_pos() < info_end) bc_read_line_entry();
  if (!bc_cursor_ok()) return false;
  const start: u32 = (code + bc_prelude(Prelude.CodeStart)) >>> 0;
  const end: u32 = (code + len) >>> 0;
  const size: u32 = (end - start) >>> 0;
  bc_cursor_set(start, end);
  while (bc_cursor_pos() < end) {
    if (!bc_read_op()) return false;
    const arg: u32 = bc_op_arg();
    switch (bc_operand(bc_op_code())) {
      case Operand.Qstr: if (arg >= n_qstr) return false; break;
      case Operand.Obj: if (arg >= n_obj) return false; break;
      case Operand.Child: if (arg >= n_children) return false; break;
      case Operand.SignedLabel:
      case Operand.UnsignedLabel: {
        const target: i32 = ((bc_op_jump_base() - start) + (arg | 0)) | 0;
        if (target < 0 || target > size) return false;
        break;
      }
      default: break;
    }
  }
  return true;
}

function print_qstr(p: Printer, q: u32): void {
  print_bytes(p, qstr_data(q), qstr_len(q));
}

function table_qstr(cm: ref, i: u32): u32 {
  return word_get(CompiledModule.qstrs.get(cm), i);
}

const HEX: string = "0123456789abcdef";

function print_hex2(p: Printer, b: u32): void {
  print_byte(p, HEX.charCodeAt((b >>> 4) & 15));
  print_byte(p, HEX.charCodeAt(b & 15));
}

/** "%02u": at least two digits. */
function print_offset(p: Printer, n: u32): void {
  if (n < 10) print_str(p, "0");
  print_u32(p, n);
}

/** The instruction decoded by bc_read_op (jump targets counted from `start`). */
function print_op(p: Printer, cm: ref, start: u32): void {
  const op: u32 = bc_op_code();
  const arg: u32 = bc_op_arg();
  if (op >= Op.LOAD_CONST_SMALL_INT_MULTI) {
    if (op < Op.LOAD_FAST_MULTI) {
      print_str(p, "LOAD_CONST_SMALL_INT ");
      print_i32(p, (op - Op.LOAD_CONST_SMALL_INT_MULTI - SMALL_INT_MULTI_EXCESS) | 0);
    } else if (op < Op.STORE_FAST_MULTI) {
      print_str(p, "LOAD_FAST ");
      print_u32(p, op - Op.LOAD_FAST_MULTI);
    } else if (op < Op.UNARY_OP_MULTI) {
      print_str(p, "STORE_FAST ");
      print_u32(p, op - Op.STORE_FAST_MULTI);
    } else if (op < Op.BINARY_OP_MULTI) {
      print_str(p, "UNARY_OP ");
      print_u32(p, op - Op.UNARY_OP_MULTI);
      print_str(p, " ");
      print_str(p, UNARY_OP_NAME[(op - Op.UNARY_OP_MULTI) & 3]!);
    } else {
      print_str(p, "BINARY_OP ");
      print_u32(p, op - Op.BINARY_OP_MULTI);
      print_str(p, " ");
      print_str(p, BINARY_OP_NAME[(op - Op.BINARY_OP_MULTI) & 63]!);
    }
    return;
  }
  print_str(p, bc_name(op));
  switch (bc_operand(op)) {
    case Operand.Qstr: {
      const quoted: bool = op === Op.LOAD_CONST_STRING || op === Op.IMPORT_NAME || op === Op.IMPORT_FROM;
      print_str(p, quoted ? " '" : " ");
      print_qstr(p, table_qstr(cm, arg));
      if (quoted) print_str(p, "'");
      break;
    }
    case Operand.Uint:
      if (op >= Op.CALL_FUNCTION && op <= Op.CALL_METHOD_VAR_KW) {
        print_str(p, " n=");
        print_u32(p, arg & 0xff);
        print_str(p, " nkw=");
        print_u32(p, (arg >>> 8) & 0xff);
      } else {
        print_str(p, " ");
        print_u32(p, arg);
      }
      break;
    case Operand.Sint:
      print_str(p, " ");
      print_i32(p, arg | 0);
      break;
    case Operand.Obj:
      print_str(p, " #");
      print_u32(p, arg);
      print_str(p, "=");
      const_print_repr(p, word_get(CompiledModule.objs.get(cm), arg));
      break;
    case Operand.Child:
      print_str(p, " #");
      print_u32(p, arg);
      if (op === Op.MAKE_CLOSURE || op === Op.MAKE_CLOSURE_DEFARGS) {
        print_str(p, " ");
        print_u32(p, bc_op_extra());
      }
      break;
    case Operand.SignedLabel:
    case Operand.UnsignedLabel:
      print_str(p, " ");
      print_u32(p, ((bc_op_jump_base() - start) + (arg | 0)) >>> 0);
      if (op === Op.UNWIND_JUMP) {
        print_str(p, " ");
        print_u32(p, bc_op_extra());
      }
      break;
    default:
      break;
  }
}

/** Disassemble raw code rc of module cm, then its children. rc must have passed bc_verify. */
export function showbc_print(p: Printer, cm: ref, rc: ref): void {
  const code: u32 = RawCode.code.get(rc);
  const len: u32 = RawCode.code_len.get(rc);
  bc_read_prelude(code, len);
  const n_args: u32 = (bc_prelude(Prelude.NPosArgs) + bc_prelude(Prelude.NKwonlyArgs)) >>> 0;
  const info: u32 = (code + bc_prelude(Prelude.InfoStart)) >>> 0;
  const info_end: u32 = (info + bc_prelude(Prelude.NInfo)) >>> 0;
  const code_start: u32 = bc_prelude(Prelude.CodeStart);
  const n_state: u32 = bc_prelude(Prelude.NState);
  const n_exc: u32 = bc_prelude(Prelude.NExcStack);
  const n_cell: u32 = bc_prelude(Prelude.NCell);
  const cells: u32 = info_end;
  bc_cursor_set(info, info_end);
  const block: u32 = bc_read_uint();
  print_str(p, "File ");
  print_qstr(p, table_qstr(cm, 0));
  print_str(p, ", code block '");
  print_qstr(p, table_qstr(cm, block));
  print_str(p, "' (bytecode ");
  print_u32(p, len);
  print_str(p, " bytes)\nRaw bytecode (code_info_size=");
  print_u32(p, code_start);
  print_str(p, ", bytecode_size=");
  print_u32(p, (len - code_start) >>> 0);
  print_str(p, "):\n");
  for (let i: u32 = 0; i < len; i++) {
    if (i > 0 && i % 16 === 0) print_str(p, "\n");
    print_str(p, " ");
    print_hex2(p, load_u8(code + i));
  }
  print_str(p, "\narg names:");
  for (let i: u32 = 0; i < n_args; i++) {
    print_str(p, " ");
    print_qstr(p, table_qstr(cm, bc_read_uint()));
  }
  print_str(p, "\n(N_STATE ");
  print_u32(p, n_state);
  print_str(p, ")\n(N_EXC_STACK ");
  print_u32(p, n_exc);
  print_str(p, ")\n");
  for (let i: u32 = 0; i < n_cell; i++) {
    print_str(p, "(INIT_CELL ");
    print_u32(p, load_u8(cells + i));
    print_str(p, ")\n");
  }
  let bc: u32 = 0;
  let line: u32 = 1;
  print_str(p, "  bc=0 line=1\n");
  while (bc_cursor_ok() && bc_cursor_pos() < info_end) {
    bc_read_line_entry();
    bc = (bc + bc_line_entry_bytes()) >>> 0;
    line = (line + bc_line_entry_lines()) >>> 0;
    print_str(p, "  bc=");
    print_u32(p, bc);
    print_str(p, " line=");
    print_u32(p, line);
    print_str(p, "\n");
  }
  const start: u32 = (code + code_start) >>> 0;
  const end: u32 = (code + len) >>> 0;
  bc_cursor_set(start, end);
  while (bc_cursor_pos() < end) {
    print_offset(p, (bc_cursor_pos() - start) >>> 0);
    print_str(p, " ");
    if (!bc_read_op()) {
      print_str(p, "<invalid>\n");
      break;
    }
    // Keep our place across printing the operands.
    const after: u32 = bc_cursor_pos();
    print_op(p, cm, start);
    bc_cursor_set(after, end);
    print_str(p, "\n");
  }
  const n: u32 = RawCode.n_children.get(rc);
  for (let i: u32 = 0; i < n; i++) showbc_print(p, cm, word_get(RawCode.children.get(rc), i));
}
