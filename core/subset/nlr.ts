// The one non-local exit of the subset: raise(value) unwinds to the nearest enclosing
// `try { } catch (e) { const v = caught(e); }`. In C this is setjmp/longjmp through a
// chain of jump buffers (pyx_nlr_*), the shape MicroPython's nlr has; here it is a throw.

import type { ref } from "./types.js";

class PyxRaise {
  constructor(readonly value: ref) {}
}

export function raise(value: ref): never {
  throw new PyxRaise(value);
}

/** The value given to raise(). Anything else (a bug in the Node build) is rethrown. */
export function caught(e: unknown): ref {
  if (e instanceof PyxRaise) return e.value;
  throw e;
}
