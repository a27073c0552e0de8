// `pyxis new-board NAME --from BOARD`: a new board folder, copied from a board on the same MCU
// and renamed. The copy keeps the original's formatting (only the "name" value changes) and
// is validated before it is kept, so a new board starts out buildable.

import * as fs from "node:fs";
import * as path from "node:path";
import { BOARDS_DIR, BoardError, displayPath, loadBoard, type Board, type BoardDirs } from "./board.js";

const BOARD_NAME = /^[A-Z0-9][A-Z0-9_]*$/;

/** Copy boards/<from> to boards/<name>, rename it and validate it; returns the new board. */
export function newBoard(name: string, from: string, dirs: BoardDirs = {}): Board {
  const boardsDir = dirs.boardsDir ?? BOARDS_DIR;
  if (!BOARD_NAME.test(name)) {
    throw new BoardError([`'${name}' cannot name a board: use upper-case letters, digits and _ (as MicroPython's board names, e.g. MY_PICO)`]);
  }
  if (name === "HOST") throw new BoardError(["'HOST' is the host build's name"]);
  const source = loadBoard(from, dirs);
  const dir = path.join(boardsDir, name);
  if (fs.existsSync(dir)) throw new BoardError([`${displayPath(dir)} exists already: choose another name or remove it`]);

  const jsonFile = path.join(source.dir, "board.json");
  const text = fs.readFileSync(jsonFile, "utf8");
  const nameField = /("name"\s*:\s*)"[^"]*"/;
  if (!nameField.test(text)) throw new BoardError([`${displayPath(jsonFile)}: name: not found as "name": "…"`]);
  fs.cpSync(source.dir, dir, { recursive: true });
  try {
    fs.writeFileSync(path.join(dir, "board.json"), text.replace(nameField, `$1${JSON.stringify(name)}`));
    return loadBoard(name, dirs);
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
