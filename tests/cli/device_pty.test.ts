// The serial tools end to end against the host executable on a pseudo-terminal (socat),
// the same path a board on /dev/ttyACM0 or an emulated board takes: the raw REPL client,
// `pyxis run/exec/eval/repl/fs`, and `pyxis test --target port:<pty>`.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeviceFs } from "../../scripts/serial/device_fs.js";
import { SerialError } from "../../scripts/serial/errors.js";
import { copy } from "../../scripts/serial/fs_copy.js";
import { RawRepl } from "../../scripts/serial/raw_repl.js";
import { pyxis } from "./_cli.js";
import { hostExe, startPtyDevice, type PtyDevice } from "./_pty_device.js";

let exe = "";
let device: PtyDevice;
let local = "";

beforeAll(async () => {
  exe = await hostExe();
  device = await startPtyDevice([exe], { restart: true });
  local = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-fs-local-"));
}, 600_000);

afterAll(async () => {
  await device?.stop();
});

/** A script longer than many raw-paste windows (128 bytes each on Pyxis). */
const LONG = "total = 0\n" + Array.from({ length: 300 }, (_, i) => `total += ${i}  # line ${i}\n`).join("") + "print(total)\n";

describe("the raw REPL client", () => {
  it("streams output, returns tracebacks apart, keeps globals, and sends long scripts by raw-paste and plain raw REPL alike", async () => {
    const r = await RawRepl.open(device.path, { timeoutMs: 20_000 });
    try {
      const chunks: Buffer[] = [];
      const a = await r.exec("for i in range(5):\n    print(i)\n", { onStdout: (b) => chunks.push(b) });
      expect(a).toMatchObject({ stdout: "0\n1\n2\n3\n4\n", stderr: "" });
      expect(Buffer.concat(chunks).toString().replace(/\r\n/g, "\n")).toBe("0\n1\n2\n3\n4\n");
      const b = await r.exec("print('first')\n1/0\n");
      expect(b.stdout).toBe("first\n");
      expect(b.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nZeroDivisionError: division by zero\n');
      await r.exec("x = 21");
      expect(await r.eval("x * 2")).toBe("42");
      expect(await r.eval("[1, 'a', b'\\x00']")).toBe("[1, 'a', b'\\x00']");
      expect((await r.exec(LONG)).stdout).toBe(`${(299 * 300) / 2}\n`);
      expect(r.rawPaste).toBe(true);
    } finally {
      await r.close();
    }
    const plain = await RawRepl.open(device.path, { timeoutMs: 20_000, rawPaste: false });
    try {
      expect((await plain.exec(LONG)).stdout).toBe(`${(299 * 300) / 2}\n`);
      expect(plain.rawPaste).toBe(false);
    } finally {
      await plain.close();
    }
  }, 120_000);

  it("interrupts a program that runs past its timeout, says so, and runs the next one", async () => {
    const r = await RawRepl.open(device.path, { timeoutMs: 20_000 });
    try {
      const err = await r.exec("while True:\n    pass\n", { timeoutMs: 1000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SerialError);
      expect((err as SerialError).kind).toBe("timeout");
      expect((err as SerialError).message).toMatch(/no answer after 1000 ms while running the program/);
      expect((await r.exec("print('alive')")).stdout).toBe("alive\n");
    } finally {
      await r.close();
    }
  }, 60_000);
});

describe("pyxis run, exec, eval and repl", () => {
  it("run streams the output and exits 1 with the traceback when the script raises", async () => {
    const script = path.join(local, "boom.py");
    fs.writeFileSync(script, "print('hello')\nfor i in range(3):\n    print(i * i)\nraise ValueError('boom')\n");
    const r = await pyxis(["run", script, "--port", device.path]);
    expect(r.stdout).toBe("hello\n0\n1\n4\n");
    expect(r.stderr).toMatch(/Traceback \(most recent call last\):\n {2}File "<stdin>", line 4, in <module>\nValueError: boom\n/);
    expect(r.status).toBe(1);
  }, 60_000);

  it("exec and eval print what the device answers, with status 0", async () => {
    const e = await pyxis(["exec", "import sys\nprint(sys.platform, 6 * 7)", "--port", device.path]);
    expect([e.stdout, e.status]).toEqual(["linux 42\n", 0]);
    const v = await pyxis(["eval", "2**100", "--port", device.path]);
    expect([v.stdout, v.status]).toEqual(["1267650600228229401496703205376\n", 0]);
  }, 60_000);

  it("a port that does not exist is an error that says what to do", async () => {
    const r = await pyxis(["exec", "print(1)", "--port", path.join(local, "ttyNOPE")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no such serial port");
    expect(r.stderr).toContain("pyxis devs");
  }, 60_000);

  it("repl passes keystrokes through and Ctrl-] leaves", async () => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, "..", "..", "scripts", "pyxis.mjs"), "repl", "--port", device.path], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString("latin1")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const until = Date.now() + 60_000;
    // Type a line until the device has answered it (the first keys may arrive while the CLI starts).
    child.stdin.write("\r");
    while (!out.includes(">>> ") && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    child.stdin.write("6 * 7\r");
    while (!/42\r?\n/.test(out) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    child.stdin.write("\x1d");
    expect(await exited).toBe(0);
    expect(out).toMatch(/>>> 6 \* 7\r+\n42\r?\n/);
  }, 90_000);
});

function sha(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

describe("pyxis fs", () => {
  it("a file copied in reads back byte-identical, a 100 KB file too, and an unchanged file is not sent again", async () => {
    const allBytes = Buffer.from(Array.from({ length: 256 * 8 }, (_, i) => (i * 7) & 0xff));
    const big = Buffer.alloc(100 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
    fs.writeFileSync(path.join(local, "bytes.bin"), allBytes);
    fs.writeFileSync(path.join(local, "big.bin"), big);
    const r = await RawRepl.open(device.path, { timeoutMs: 20_000 });
    try {
      const dfs = new DeviceFs(r);
      const lines: string[] = [];
      const log = (l: string): void => void lines.push(l);
      const files = [path.join(local, "bytes.bin"), path.join(local, "big.bin")];
      expect(await copy(dfs, files, ":", { recursive: false, force: false, log })).toEqual({ copied: 2, skipped: 0, bytes: allBytes.length + big.length });
      // On the device's own disk, and read back through the device.
      expect(fs.readFileSync(path.join(device.cwd, "bytes.bin")).equals(allBytes)).toBe(true);
      expect(sha(fs.readFileSync(path.join(device.cwd, "big.bin")))).toBe(sha(big));
      expect((await dfs.readFile("bytes.bin")).equals(allBytes)).toBe(true);
      expect(sha(await dfs.readFile("big.bin"))).toBe(sha(big));
      expect(await dfs.sha256("big.bin")).toBe(sha(big));
      // Again: nothing to send.
      expect(await copy(dfs, files, ":", { recursive: false, force: false, log })).toMatchObject({ copied: 0, skipped: 2 });
      expect(lines.at(-1)).toBe("up to date: :big.bin");
      // Back to this computer.
      const back = path.join(local, "back");
      fs.mkdirSync(back);
      await copy(dfs, [":bytes.bin"], back, { recursive: false, force: false, log });
      expect(fs.readFileSync(path.join(back, "bytes.bin")).equals(allBytes)).toBe(true);
      // The device's errors, named: a full device (Linux's /dev/full), a directory that exists.
      await expect(dfs.writeFile("/dev/full", big)).rejects.toThrow(":/dev/full: the device is full (no space left)");
      await dfs.mkdir("made");
      await expect(dfs.mkdir("made")).rejects.toThrow(":made: already exists on the device");
      await dfs.rmdir("made");
      expect(await dfs.stat("made")).toBeUndefined();
    } finally {
      await r.close();
    }
  }, 300_000);

  it("cp -r, ls, tree, cat, rm -r, and a missing file reported as such", async () => {
    const tree = path.join(local, "proj");
    fs.mkdirSync(path.join(tree, "lib"), { recursive: true });
    fs.writeFileSync(path.join(tree, "main.py"), "print('main')\n");
    fs.writeFileSync(path.join(tree, "lib", "util.py"), "X = 1\n");
    const p = ["--port", device.path];
    const cp = await pyxis(["fs", "cp", "-r", tree, ":", ...p]);
    expect(cp.stdout).toBe(`cp ${path.join(tree, "lib", "util.py")} :proj/lib/util.py\ncp ${path.join(tree, "main.py")} :proj/main.py\n`);
    expect(cp.status).toBe(0);
    const t = await pyxis(["fs", "tree", ":proj", ...p]);
    expect(t.stdout).toBe(":proj\n├── lib/\n│   └── util.py\n└── main.py\n");
    const ls = await pyxis(["fs", "ls", ":proj", ...p]);
    expect(ls.stdout).toBe("         0 lib/\n        14 main.py\n");
    const cat = await pyxis(["fs", "cat", ":proj/main.py", ...p]);
    expect(cat.stdout).toBe("print('main')\n");
    const missing = await pyxis(["fs", "cat", ":proj/nope.py", ...p]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(":proj/nope.py: no such file or directory on the device");
    const rm = await pyxis(["fs", "rm", "-r", ":proj", ...p]);
    expect(rm.status).toBe(0);
    expect(fs.existsSync(path.join(device.cwd, "proj"))).toBe(false);
  }, 300_000);
});

describe("pyxis test --target port:<pty>", () => {
  it("runs each test in a fresh interpreter, reconnecting when the host exits on the soft reset", async () => {
    const dir = path.join(local, "tests");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "a_pass.py"), "x = 1\nprint([i * x for i in range(4)])\n");
    // Would see `x` if the previous test's globals survived.
    fs.writeFileSync(path.join(dir, "b_fresh.py"), "try:\n    x\n    print('stale')\nexcept NameError:\n    print('fresh')\n");
    fs.writeFileSync(path.join(dir, "c_raises.py"), "raise KeyError('k')\n");
    fs.writeFileSync(path.join(dir, "d_wrong.py"), "print('got')\n");
    fs.writeFileSync(path.join(dir, "d_wrong.exp"), "wanted\n");
    const r = await pyxis(["test", "--target", `port:${device.path}`, dir]);
    expect(r.stdout).toMatch(/FAIL {2}.*d_wrong\.py .*expected "wanted", got "got"/);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("3 passed, 1 failed, 0 skipped");
    expect(r.status).toBe(1);
  }, 300_000);
});
