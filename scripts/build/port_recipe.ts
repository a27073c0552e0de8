// The contract between the firmware build driver (scripts/build/firmware.ts) and a port.
// Each board port has ports/<port>/build.ts exporting `recipe: PortRecipe`. The driver
// validates the board, renders the board templates into the output directory, generates the
// core's C once (build/gen-board/, entry core/board_main.ts), then asks the recipe for the
// port's flags, sources and images. A recipe holds no core knowledge and no board data of
// its own: everything board-specific comes from the Board it is given.

import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import type { Board } from "../boards/board.js";

export type { Board } from "../boards/board.js";

/** C shared by the board ports (ports/common/, e.g. the console's ring and newline
 *  cooking); a recipe lists what it links and adds the folder to its include path. */
export const COMMON_PORT_DIR = path.join(REPO_ROOT, "ports", "common");

/** The path of a shared C file under ports/common/. */
export function commonPortSource(name: string): string {
  return path.join(COMMON_PORT_DIR, name);
}

export interface PortRecipe {
  /** The port's folder name under ports/ (board.json "port" names it). */
  port: string;
  /** The GNU toolchain prefix, e.g. "arm-none-eabi-": the driver runs <prefix>gcc, objcopy, size. */
  toolchainPrefix: string;
  /** The Debian package that provides the toolchain, named when it is missing
   *  (e.g. "gcc-arm-none-eabi picolibc-arm-none-eabi"). */
  toolchainPackage?: string;
  /** Compiler flags beyond the driver's common ones: CPU, ABI, libc specs, port defines. */
  cflags(board: Board): string[];
  /** Linker flags beyond the driver's (-Wl,--gc-sections and the output): linker script, specs, libs. */
  ldflags(board: Board): string[];
  /** Absolute paths of the port's .c/.S sources. */
  sources(board: Board): string[];
  /** Absolute include directories of the port (the driver adds the generated core and board dirs). */
  includeDirs(board: Board): string[];
  /** Write generated port files (linker script, boot2, descriptors…) into outDir; returns extra
   *  sources to compile (absolute paths). Runs after the board templates are rendered. */
  generate(board: Board, outDir: string): string[];
  /** Turn the linked ELF into the port's images (.bin, .uf2, .hex, .dfu, app image…) in outDir;
   *  returns their absolute paths. */
  images(board: Board, elfPath: string, outDir: string): Promise<string[]>;
}
