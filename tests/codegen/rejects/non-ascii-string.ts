// expect: string-ascii 3:24 string literals are ASCII
export function greet(): void {
  hal_stdout_write_str("grüß dich");
}
