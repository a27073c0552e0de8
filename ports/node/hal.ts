// The JavaScript HAL: installHal() defines every function of core/hal.d.ts on
// globalThis, each behaving as its C counterpart in ports/host/ (one concern per
// file here as there). ports/node/run.ts is the program that uses it.

import type {} from "../../core/hal.js";
import { hal_arg_copy, hal_arg_len, hal_argc, setArgs } from "./args.js";
import {
  hal_board_heap_size, hal_board_pin_count, hal_board_pin_cpu, hal_board_pin_hidden, hal_board_pin_name_copy,
  hal_board_pin_name_len, hal_board_text_copy, hal_board_text_len, hal_cpu_pin_count, hal_cpu_pin_name_copy,
  hal_cpu_pin_name_len, hal_idle, hal_machine_bootloader, hal_machine_freq, hal_machine_reset, hal_machine_set_freq,
  hal_pin_config, hal_pin_irq_enable, hal_pin_irq_next, hal_pin_read, hal_pin_write, hal_rtc_time_us, hal_unique_id,
  boardReset,
} from "./board.js";
import { hal_bdev_block_count, hal_bdev_block_size, hal_bdev_read, hal_bdev_sync, hal_bdev_write } from "./bdev.js";
import {
  hal_interrupt_pending, hal_set_interrupt_char, hal_stderr_write, hal_stdin_raw, hal_stdin_read,
  hal_stdin_ready, hal_stdout_flush, hal_stdout_write, hal_stdout_write_str,
} from "./console.js";
import { hal_getenv_copy, hal_getenv_len } from "./env.js";
import { hal_file_read, hal_file_size, hal_file_stat } from "./files.js";
import {
  hal_fs_chdir, hal_fs_close, hal_fs_dir_close, hal_fs_dir_next, hal_fs_dir_open, hal_fs_getcwd, hal_fs_mkdir,
  hal_fs_open, hal_fs_read, hal_fs_remove, hal_fs_rename, hal_fs_rmdir, hal_fs_seek, hal_fs_stat, hal_fs_statvfs,
  hal_fs_write, hal_urandom,
} from "./fs.js";
import { hal_exit, hal_fatal } from "./process.js";
import { hal_sleep_us, hal_ticks_ms, hal_ticks_us } from "./time.js";

/** Every hal_* global that core/hal.d.ts declares: one missing here does not compile. */
type Hal = { [K in Extract<keyof typeof globalThis, `hal_${string}`>]: (typeof globalThis)[K] };

const hal: Hal = {
  hal_stdout_write, hal_stdout_write_str, hal_stdout_flush, hal_stderr_write, hal_stdin_read, hal_stdin_ready,
  hal_stdin_raw, hal_set_interrupt_char, hal_interrupt_pending,
  hal_ticks_ms, hal_ticks_us, hal_sleep_us,
  hal_bdev_block_size, hal_bdev_block_count, hal_bdev_read, hal_bdev_write, hal_bdev_sync,
  hal_argc, hal_arg_len, hal_arg_copy,
  hal_file_stat, hal_file_size, hal_file_read, hal_getenv_len, hal_getenv_copy,
  hal_fs_open, hal_fs_close, hal_fs_read, hal_fs_write, hal_fs_seek, hal_fs_stat, hal_fs_statvfs, hal_fs_mkdir,
  hal_fs_rmdir, hal_fs_remove, hal_fs_rename, hal_fs_chdir, hal_fs_getcwd, hal_fs_dir_open, hal_fs_dir_next,
  hal_fs_dir_close, hal_urandom,
  hal_exit, hal_fatal,
  hal_board_text_len, hal_board_text_copy, hal_board_heap_size, hal_board_pin_count, hal_board_pin_name_len,
  hal_board_pin_name_copy, hal_board_pin_cpu, hal_board_pin_hidden, hal_cpu_pin_count, hal_cpu_pin_name_len,
  hal_cpu_pin_name_copy, hal_pin_config, hal_pin_read, hal_pin_write, hal_pin_irq_enable, hal_pin_irq_next,
  hal_machine_freq, hal_machine_set_freq, hal_unique_id, hal_machine_reset, hal_machine_bootloader, hal_idle,
  hal_rtc_time_us,
};

export interface HalOptions {
  /** The program's arguments; argument 0 names the program. */
  args: string[];
}

export function installHal(options: HalOptions): void {
  setArgs(options.args);
  // Each program starts on a freshly powered simulated board, as each host process does.
  boardReset();
  Object.assign(globalThis, hal);
}
