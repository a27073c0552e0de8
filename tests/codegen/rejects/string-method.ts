// expect: library-call 3:24 's.slice(…)' is not in the subset
export function tail(s: string): void {
  hal_stdout_write_str(s.slice(1));
}
