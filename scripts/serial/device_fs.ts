// The device's file system, driven through the raw REPL with small Python snippets that
// use only what MicroPython's os and open() provide (os.listdir, os.stat, os.mkdir,
// os.rmdir, os.remove, open(…, 'rb'/'wb'), hashlib.sha256 when the firmware has it).
// Data goes to the device as bytes literals, a few KB per exec, into a file kept open
// across execs; it comes back as the repr() of 256-byte chunks, one per line, streamed.
// An OSError on the device comes back as its errno and becomes a SerialError a user
// can act on (file not found on the device, device full, …).

import { createHash } from "node:crypto";
import { DeviceError, RawRepl } from "./raw_repl.js";
import { SerialError } from "./errors.js";
import { bytesLiteral, parseRepr, strLiteral } from "./py_literal.js";

export interface DeviceEntry {
  name: string;
  isDir: boolean;
  size: number;
}

/** Bytes of file data per exec when writing: the source is up to 4× this, compiled on the device. */
const WRITE_CHUNK = 2048;
const READ_CHUNK = 256;
const S_IFDIR = 0x4000;
const ERRNO_TEXT: Record<number, string> = {
  1: "operation not permitted",
  2: "no such file or directory on the device",
  5: "I/O error on the device",
  13: "permission denied on the device",
  17: "already exists on the device",
  19: "the device has no file system (no such device)",
  20: "not a directory",
  21: "is a directory",
  22: "invalid argument",
  28: "the device is full (no space left)",
  30: "the device's file system is read-only",
  39: "directory not empty",
};

/** Wrap statements so an OSError prints "!E <errno>" instead of a traceback. */
function guarded(body: string): string {
  const indented = body.trimEnd().split("\n").map((l) => ` ${l}`).join("\n");
  return `import os\ntry:\n${indented}\nexcept OSError as e:\n print('!E', e.args[0] if e.args else 0)\n`;
}

export class DeviceFs {
  private hashlib: boolean | undefined;

  constructor(readonly repl: RawRepl) {}

  /** Run a guarded snippet; throw a SerialError naming `target` on OSError, a DeviceError on any other exception. */
  private async run(body: string, target: string, onStdout?: (b: Buffer) => void): Promise<string> {
    const res = await this.repl.exec(guarded(body), { timeoutMs: 60_000, onStdout });
    if (res.stderr !== "") throw new DeviceError(res.stderr);
    const m = /(?:^|\n)!E (-?\d+)\n?$/.exec(res.stdout);
    if (m !== null) {
      const errno = Number(m[1]);
      const what = ERRNO_TEXT[errno] ?? `OSError ${errno}`;
      const hint = errno === 2 ? "`pyxis fs ls` shows what is there" : errno === 28 ? "remove files with `pyxis fs rm` to make room" : "";
      throw new SerialError("device-file", `:${target}: ${what}`, hint);
    }
    return res.stdout;
  }

  /** The entry at `path`, or undefined when there is none. */
  async stat(path: string): Promise<DeviceEntry | undefined> {
    const out = await this.run(`try:\n s = os.stat(${strLiteral(path)})\n print(s[0], s[6])\nexcept OSError:\n print('-')`, path);
    const line = out.trim();
    if (line === "-") return undefined;
    const [mode, size] = line.split(" ").map(Number);
    return { name: path.split("/").pop() ?? path, isDir: (mode! & S_IFDIR) !== 0, size: size! };
  }

  async listdir(path: string): Promise<DeviceEntry[]> {
    const p = strLiteral(path);
    const out = await this.run(
      `d = ${p}\nfor n in sorted(os.listdir(d)):\n s = os.stat(d.rstrip('/') + '/' + n if d else n)\n print(s[0], s[6], repr(n))`,
      path,
    );
    const entries: DeviceEntry[] = [];
    for (const line of out.split("\n")) {
      const m = /^(\d+) (\d+) (.*)$/.exec(line);
      if (m === null) continue;
      entries.push({ name: parseRepr(m[3]!).toString("utf8"), isDir: (Number(m[1]) & S_IFDIR) !== 0, size: Number(m[2]) });
    }
    return entries;
  }

  async readFile(path: string, onProgress?: (done: number) => void): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let pending = "";
    let done = 0;
    const take = (b: Buffer): void => {
      pending += b.toString("latin1");
      let nl: number;
      while ((nl = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, nl).replace(/\r$/, "");
        pending = pending.slice(nl + 1);
        if (line.startsWith("b'") || line.startsWith('b"')) {
          const data = parseRepr(Buffer.from(line, "latin1").toString("utf8"));
          chunks.push(data);
          done += data.length;
          onProgress?.(done);
        } else if (line !== "") {
          pending = `${line}\n${pending}`; // "!E n": left for run() to report
          return;
        }
      }
    };
    await this.run(
      `with open(${strLiteral(path)}, 'rb') as f:\n while True:\n  b = f.read(${READ_CHUNK})\n  if not b:\n   break\n  print(repr(b))`,
      path,
      take,
    );
    return Buffer.concat(chunks);
  }

  async writeFile(path: string, data: Buffer, onProgress?: (done: number) => void): Promise<void> {
    await this.run(`_pyxis_f = open(${strLiteral(path)}, 'wb')`, path);
    try {
      for (let at = 0; at < data.length; at += WRITE_CHUNK) {
        const chunk = data.subarray(at, at + WRITE_CHUNK);
        await this.run(`_pyxis_f.write(${bytesLiteral(chunk)})`, path);
        onProgress?.(at + chunk.length);
      }
    } finally {
      await this.run(`_pyxis_f.close()\ndel _pyxis_f`, path);
    }
  }

  async mkdir(path: string): Promise<void> {
    await this.run(`os.mkdir(${strLiteral(path)})`, path);
  }

  async rmdir(path: string): Promise<void> {
    await this.run(`os.rmdir(${strLiteral(path)})`, path);
  }

  async remove(path: string): Promise<void> {
    await this.run(`os.remove(${strLiteral(path)})`, path);
  }

  /** The SHA-256 of a file on the device, hex: hashed there when it has hashlib, else read back and hashed here. */
  async sha256(path: string): Promise<string> {
    if (this.hashlib === undefined) {
      const r = await this.repl.exec("try:\n import hashlib\n print(hasattr(hashlib, 'sha256'))\nexcept ImportError:\n print(False)\n");
      this.hashlib = r.stdout.trim() === "True";
    }
    if (!this.hashlib) return createHash("sha256").update(await this.readFile(path)).digest("hex");
    const out = await this.run(
      `import hashlib\nh = hashlib.sha256()\nwith open(${strLiteral(path)}, 'rb') as f:\n while True:\n  b = f.read(512)\n  if not b:\n   break\n  h.update(b)\nprint(''.join('%02x' % c for c in h.digest()))`,
      path,
    );
    return out.trim();
  }
}
