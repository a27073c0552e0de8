// A scratch boards/ + ports/ tree for board tests: copies of shipped boards and the MCU pin
// lists they need, so that a test can break one file without touching the repository.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";

export interface BoardTree {
  root: string;
  boardsDir: string;
  portsDir: string;
  /** Read, change and write back a board's board.json. */
  editJson(board: string, edit: (json: Record<string, unknown>) => void): void;
  write(relPath: string, text: string): void;
  remove(): void;
}

/** RP2040's pins (GPIO0..29), written here so the tests do not depend on the port's file. */
export const RP2040_PINS = Array.from({ length: 30 }, (_, i) => `GPIO${i}`).join("\n") + "\n";

export function boardTree(boards: string[] = ["RPI_PICO"]): BoardTree {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-boards-"));
  const boardsDir = path.join(root, "boards");
  const portsDir = path.join(root, "ports");
  for (const b of boards) fs.cpSync(path.join(REPO_ROOT, "boards", b), path.join(boardsDir, b), { recursive: true });
  fs.mkdirSync(path.join(portsDir, "rp2040"), { recursive: true });
  fs.writeFileSync(path.join(portsDir, "rp2040", "pins.csv"), RP2040_PINS);
  const write = (relPath: string, text: string): void => {
    const file = path.join(root, relPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  return {
    root, boardsDir, portsDir, write,
    editJson(board, edit) {
      const file = path.join(boardsDir, board, "board.json");
      const json = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
      edit(json);
      fs.writeFileSync(file, JSON.stringify(json, null, 2));
    },
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
