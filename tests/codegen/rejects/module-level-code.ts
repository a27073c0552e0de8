// expect: module-level 2:1 module-level code is not in the subset (nothing runs at start-up in C)
hal_stdout_write_str("booting");
export function boot(): void {
}
