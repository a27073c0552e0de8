// expect: no-templates 3:24 template literals are not in the subset: use a plain "string" literal
export function greet(): void {
  hal_stdout_write_str(`hello`);
}
