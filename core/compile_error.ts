// Where a SyntaxError happened, once the compiler knows the file: the file name goes into
// the exception's details (CPython's filename) and a traceback entry without a block is
// added, so an uncaught one prints as MicroPython's unix port prints it:
//   Traceback (most recent call last):
//     File "x.py", line 3
//   SyntaxError: invalid syntax

import { type u32 } from "./subset/index.js";
import { new_qstr_obj, type obj } from "./obj.js";
import { exception_args, exception_add_traceback, exception_is_compiler_syntax_error } from "./objects/exception.js";
import { tuple_get, tuple_set } from "./objects/tuple.js";
import { syntax_error_line } from "./syntax_error.js";

/** Name file (a qstr) as where e, raised by the parser or compiler, happened. */
export function syntax_error_set_file(e: obj, file: u32): void {
  if (!exception_is_compiler_syntax_error(e)) return;
  tuple_set(tuple_get(exception_args(e), 1), 0, new_qstr_obj(file));
  exception_add_traceback(e, file, syntax_error_line(e), 0);
}
