// The serial link on a pair of connected pseudo-terminals (socat), and the errors a user
// reads when a port cannot be opened.

import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openError, SerialError } from "../../scripts/serial/errors.js";
import { SerialLink } from "../../scripts/serial/link.js";
import { RawRepl } from "../../scripts/serial/raw_repl.js";
import { lfWriter } from "../../scripts/serial/session.js";

let dir = "";
let socat: ChildProcess;
let a = "";
let b = "";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-link-"));
  a = path.join(dir, "a");
  b = path.join(dir, "b");
  socat = spawn("socat", [`pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: "ignore" });
  const until = Date.now() + 10_000;
  while (!(fs.existsSync(a) && fs.existsSync(b)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
});

afterAll(() => {
  socat?.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the serial link", () => {
  it("reads up to a terminator split across writes, streaming what comes before it", async () => {
    const x = await SerialLink.open(a);
    const y = await SerialLink.open(b);
    try {
      const seen: string[] = [];
      const got = x.readUntil("\x04>", { timeoutMs: 5000, onData: (c) => seen.push(c.toString()) });
      await y.write("hello ");
      await new Promise((r) => setTimeout(r, 100));
      await y.write("world\x04");
      await new Promise((r) => setTimeout(r, 100));
      await y.write(">rest");
      expect((await got).toString()).toBe("hello world");
      expect(seen.join("")).toBe("hello world"); // the \x04 held back until it proved to be the terminator
      expect((await x.readExact(4, { timeoutMs: 5000 })).toString()).toBe("rest");
      const late = await x.readUntil("never", { timeoutMs: 300, what: "waiting for a word" }).catch((e: unknown) => e);
      expect(late).toBeInstanceOf(SerialError);
      expect((late as SerialError).message).toMatch(/no answer after 300 ms while waiting for a word/);
    } finally {
      await x.close();
      await y.close();
    }
  });

  it("a port another program holds is reported busy, with what to do", async () => {
    const x = await SerialLink.open(a);
    try {
      const e = await SerialLink.open(a).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(SerialError);
      expect((e as SerialError).kind).toBe("busy");
      expect((e as SerialError).message).toBe(`${a} is busy: another program has it open`);
    } finally {
      await x.close();
    }
  });

  it("names a missing port and a permission problem (with the dialout hint)", async () => {
    const missing = await SerialLink.open(path.join(dir, "nope")).catch((err: unknown) => err);
    expect((missing as SerialError).kind).toBe("not-found");
    const perm = openError("/dev/ttyACM0", new Error("Error: Permission denied, cannot open /dev/ttyACM0"));
    expect(perm.kind).toBe("permission");
    expect(perm.hint).toContain("dialout");
  });
});

describe("a device that does not speak the raw REPL", () => {
  it("is reported as such, with what to try, and the port is released", async () => {
    const peer = await SerialLink.open(b); // silent: reads what the client sends, answers nothing
    try {
      const e = await RawRepl.open(a, { timeoutMs: 500 }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(SerialError);
      expect((e as SerialError).kind).toBe("no-raw-repl");
      expect((e as SerialError).message).toMatch(/the device does not answer the raw REPL/);
      expect((e as SerialError).hint).toMatch(/reset button/);
      // What the client sent: Ctrl-C twice (to stop a program), then Ctrl-A.
      expect(peer.takeAll().toString("latin1")).toBe("\r\x03\x03\r\x01");
      const again = await SerialLink.open(a);
      await again.close();
    } finally {
      await peer.close();
    }
  });
});

describe("device output to the terminal", () => {
  it("turns \\r\\n (and \\r\\r\\n) into \\n even when a chunk ends between them", () => {
    const out: string[] = [];
    const w = lfWriter((buf) => out.push(buf.toString("latin1")));
    for (const chunk of ["a\r", "\nb\r\r", "\nc\rd\n", "e\r"]) w(Buffer.from(chunk, "latin1"));
    expect(out.join("")).toBe("a\nb\nc\rd\ne");
  });
});
