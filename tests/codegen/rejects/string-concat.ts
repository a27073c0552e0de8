// expect: string-concat 3:24 string concatenation is not in the subset: build strings in the arena
export function greet(name: string): void {
  hal_stdout_write_str("hello " + name);
}
