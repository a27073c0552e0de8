// The HAL behaviour both ports must show, written once and run against the C port
// (host_hal.test.ts) and the Node HAL (node_hal.test.ts). The expectations are
// written out by hand from core/hal.d.ts and the ports' documented decisions
// (ports/host/README.md), not captured from either port's output.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_DIR, hasScript, keyValues, run, runInPty, shellQuote, start, type Target } from "./harness.js";

const PATTERN_BLOCK = 5; // where the drivers' bdev-write puts their 3-block pattern
const pattern = (i: number): number => (i * 7 + 3) & 0xff;

/** A fresh directory under build/test-hal for one test's files. */
export function scratchDir(label: string): string {
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  return fs.mkdtempSync(path.join(BUILD_DIR, `${label}-`));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `${b.toString(16).padStart(2, "0")} `).join("");
}

export function defineHalCases(target: Target): void {
  describe(`console output (${target.name})`, () => {
    it("writes arena bytes and strings to stdout unchanged, stderr separately", async () => {
      const r = await run(target, ["write"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toEqual(Buffer.concat([
        Buffer.from([0x00, 0x01, 0x7f, 0x80, 0xff, 0x41, 0x0a]), Buffer.from("str\nafter\n"),
      ]));
      expect(r.stderr.toString()).toBe("err\n");
    });

    it("flushes stdout before writing stderr, so a shared file keeps their order", async () => {
      const file = path.join(scratchDir("order"), "out.txt");
      const fd = fs.openSync(file, "w");
      const [cmd, ...args] = target.command(["write"]);
      const r = spawnSync(cmd!, args, { stdio: ["ignore", fd, fd], env: { ...process.env } });
      fs.closeSync(fd);
      expect(r.status).toBe(0);
      expect(fs.readFileSync(file).subarray(7).toString()).toBe("str\nerr\nafter\n");
    });
  });

  describe(`files (${target.name})`, () => {
    it("tells files from directories and missing paths, gives sizes and reads at an offset", async () => {
      const dir = scratchDir("files");
      const file = path.join(dir, "data.bin");
      fs.writeFileSync(file, Buffer.from([0x10, 0x20, 0x30, 0x40, 0x50, 0x60]));
      expect((await run(target, ["file", file])).stdout.toString()).toBe(
        "stat=2\nsize=6\nread=4\n20 30 40 50 \nread_end=0\n");
      const short = path.join(dir, "short.txt");
      fs.writeFileSync(short, "ab");
      expect((await run(target, ["file", short])).stdout.toString()).toBe(
        "stat=2\nsize=2\nread=1\n62 \nread_end=0\n");
      const enoent = -os.constants.errno.ENOENT;
      const eisdir = -os.constants.errno.EISDIR;
      expect((await run(target, ["file", dir])).stdout.toString()).toBe(
        `stat=1\nsize=${eisdir}\nread=${eisdir}\n\nread_end=${eisdir}\n`);
      expect((await run(target, ["file", path.join(dir, "missing.py")])).stdout.toString()).toBe(
        `stat=0\nsize=${enoent}\nread=${enoent}\n\nread_end=${enoent}\n`);
    });
  });

  describe(`environment (${target.name})`, () => {
    it("reads a variable's bytes, and -1 for an unset one", async () => {
      expect((await run(target, ["env"], { env: { PYXIS_TEST_ENV: "a:b" } })).stdout.toString()).toBe("len=3\n61 3a 62 \n");
      expect((await run(target, ["env"], { env: { PYXIS_TEST_ENV: "" } })).stdout.toString()).toBe("len=0\n\n");
      expect((await run(target, ["env"], { env: { PYXIS_TEST_ENV: undefined } })).stdout.toString()).toBe("len=-1\n\n");
    });
  });

  describe(`arguments (${target.name})`, () => {
    it("gives argument 0 (the program) and the rest as UTF-8 bytes", async () => {
      const r = await run(target, ["args", "a", "b c", "", "é"]);
      expect(r.status).toBe(0);
      expect(r.stdout.toString()).toBe([
        "argc=6", "arg0_nonempty=1", "1:4:args", "2:1:a", "3:3:b c", "4:0:", "5:2:é",
        "len_past_end=0", "len_negative=0", "",
      ].join("\n"));
    });
  });

  describe(`time (${target.name})`, () => {
    it("ticks are monotonic and a 20 ms sleep lasts 20 ms", async () => {
      const r = await run(target, ["ticks"]);
      expect(r.status).toBe(0);
      const kv = keyValues(r.stdout.toString());
      const ms = Number(kv.get("sleep_ms"));
      const us = Number(kv.get("sleep_us"));
      expect(ms).toBeGreaterThanOrEqual(20);
      expect(ms).toBeLessThan(1000);
      expect(us).toBeGreaterThanOrEqual(20000);
      expect(us).toBeLessThan(1000000);
      expect(Math.abs(us / 1000 - ms)).toBeLessThanOrEqual(5); // read at slightly different moments
      expect(kv.get("monotonic")).toBe("1");
      expect(kv.get("sleep0_us_below_5000")).toBe("1");
    });
  });

  describe(`simulated board (${target.name})`, () => {
    it("has the texts, pins, GPIO behaviour and machine values ports/host/README.md documents", async () => {
      const r = await run(target, ["board"]);
      expect(r.status).toBe(0);
      expect(r.stdout.toString()).toBe([
        "text_len=4", "HOST", "text_len=15", "host with posix", "text_len=5", "posix", "text_len=5", "linux", "text_len=0", "",
        "heap=2097152", "board_pins=32", "cpu_pins=30",
        "GP0", "cpu=0", "hidden=0", "GP25", "cpu=25", "hidden=0", "LED", "cpu=25", "hidden=0",
        "SMPS_MODE", "cpu=23", "hidden=1", "", "cpu=-1", "hidden=0", "", "cpu=-1", "hidden=0",
        "GPIO0", "GPIO29", "",
        // An input reads its pull; both edges watched: one queue entry with both bits (7 | 12 << 8).
        "in_floating=0", "irq=0", "config_up=0", "read_up=1", "config_down=0", "read_down=0", "next=3079", "next_empty=-1",
        // An output reads its latch; only rising edges watched (8 | 8 << 8); unwatching drops the rest.
        "out_high=0", "read_out=1", "next_out=2056", "next_off=-1",
        "od_low=0", "read_od_low=0", "read_od_released=1",
        "bad_pin=-22", "bad_mode=-22", "bad_edges=-22",
        "freq=125000000", "set_same=0", "set_other=-22", "id_len=8", "50 59 58 49 ", "rtc_after_2020=1", "idle", "",
      ].join("\n"));
    });
  });

  describe(`block device (${target.name})`, () => {
    it("creates the image at its full size, writes blocks, reads them back, refuses ranges past the end", async () => {
      const image = path.join(scratchDir("bdev"), "new/dirs/flash.img");
      const env = { PYXIS_BDEV: image, PYXIS_BDEV_BLOCKS: "64" };
      const w = await run(target, ["bdev-write"], { env });
      expect(w.stderr.toString()).toBe("");
      expect(w.stdout.toString()).toBe("block_size=512\nblock_count=64\nwrite=0\nsync=0\n");
      const bytes = fs.readFileSync(image);
      expect(bytes.length).toBe(64 * 512);
      expect(bytes.subarray(0, PATTERN_BLOCK * 512).every((b) => b === 0)).toBe(true);
      const written = bytes.subarray(PATTERN_BLOCK * 512, (PATTERN_BLOCK + 3) * 512);
      expect(written.every((b, i) => b === pattern(i))).toBe(true);
      expect(bytes.subarray((PATTERN_BLOCK + 3) * 512).every((b) => b === 0)).toBe(true);

      const r = await run(target, ["bdev-read"], { env });
      expect(r.stdout.toString()).toBe([
        "read=0", "mismatches=0", "read_block0=0", "block0_byte=0", "read_last=0",
        "read_past_end=-5", "read_straddling=-5", "write_past_end=-5", "write_straddling=-5", "read_none=0", "",
      ].join("\n"));
      expect(fs.readFileSync(image)).toEqual(bytes); // the refused writes changed nothing
    });

    it("defaults to build/host/flash.img of 2048 blocks (1 MiB)", async () => {
      const cwd = scratchDir("default");
      const r = await run(target, ["bdev-write"], { cwd });
      expect(r.stdout.toString()).toBe("block_size=512\nblock_count=2048\nwrite=0\nsync=0\n");
      expect(fs.statSync(path.join(cwd, "build/host/flash.img")).size).toBe(1024 * 1024);
    });

    it("returns -errno when the image cannot be opened", async () => {
      const dir = scratchDir("bad");
      fs.writeFileSync(path.join(dir, "file"), "not a directory");
      const r = await run(target, ["bdev-write"], { env: { PYXIS_BDEV: path.join(dir, "file/flash.img") } });
      const enotdir = -os.constants.errno.ENOTDIR;
      expect(r.stdout.toString()).toBe(`block_size=512\nblock_count=2048\nwrite=${enotdir}\nsync=${enotdir}\n`);
    });

    it("rejects a malformed PYXIS_BDEV_BLOCKS", async () => {
      const r = await run(target, ["bdev-write"], { env: { PYXIS_BDEV_BLOCKS: "12k" } });
      expect(r.status).toBe(70);
      expect(r.stderr.toString()).toBe("pyxis: fatal: PYXIS_BDEV_BLOCKS must be an integer from 1 to 4294967295\n");
    });
  });

  describe(`exit (${target.name})`, () => {
    it("hal_exit flushes stdout and exits with the code", async () => {
      const r = await run(target, ["exit", "4"]);
      expect(r.status).toBe(4);
      expect(r.stdout.toString()).toBe("before exit\n");
    });

    it("hal_exit's code reaches the parent modulo 256", async () => {
      expect((await run(target, ["exit", "-1"])).status).toBe(255);
    });

    it("the value pyx_main returns is the exit status", async () => {
      const r = await run(target, ["return", "3"]);
      expect(r.status).toBe(3);
      expect(r.stdout.toString()).toBe("returning\n");
    });

    it("hal_fatal flushes stdout, reports on stderr and exits with 70", async () => {
      const r = await run(target, ["fatal"]);
      expect(r.status).toBe(70);
      expect(r.stdout.toString()).toBe("partial");
      expect(r.stderr.toString()).toBe("pyxis: fatal: test message\n");
    });

    it("a range outside the arena (PYXIS_ARENA_SIZE, rounded up to 8) is fatal", async () => {
      const r = await run(target, ["outside"], { env: { PYXIS_ARENA_SIZE: "4100" } });
      expect(r.status).toBe(70);
      expect(r.stderr.toString()).toBe("pyxis: fatal: hal_stdout_write: 0x1006+4 is outside the 4104-byte arena\n");
    });

    it("rejects a malformed PYXIS_ARENA_SIZE", async () => {
      const r = await run(target, ["return", "0"], { env: { PYXIS_ARENA_SIZE: "64M" } });
      expect(r.status).toBe(70);
      expect(r.stderr.toString()).toBe("pyxis: fatal: PYXIS_ARENA_SIZE must be an integer from 8 to 4294967288\n");
    });
  });

  describe(`console input (${target.name})`, () => {
    const tail = (interrupt: number) => `read_after_eof=-1\nready_after_eof=1\ninterrupt=${interrupt}\npending_again=0\n`;

    it("with an interrupt char set, that byte is not input but one pending interrupt", async () => {
      const r = await run(target, ["stdin", "3"], { input: "ab\x03c\x03\n" });
      expect(r.stdout.toString()).toBe(`61 62 63 0a eof\n${tail(1)}`);
    });

    it("without one, every byte is input", async () => {
      const r = await run(target, ["stdin", "-1"], { input: "ab\x03c\n" });
      expect(r.stdout.toString()).toBe(`61 62 03 63 0a eof\n${tail(0)}`);
    });

    it("empty input ends at once", async () => {
      expect((await run(target, ["stdin", "-1"])).stdout.toString()).toBe(`eof\n${tail(0)}`);
    });

    it("passes every byte of input larger than its buffers", async () => {
      const input = new Uint8Array(200 * 1024).map((_, i) => (i * 2654435761) >>> 24);
      const r = await run(target, ["stdin", "3"], { input });
      const kept = input.filter((b) => b !== 3);
      expect(kept.length).toBeLessThan(input.length);
      expect(r.stdout.toString()).toBe(`${hex(kept)}eof\n${tail(1)}`);
    });

    it("is ready when input is waiting", async () => {
      expect((await run(target, ["ready"], { input: "x" })).stdout.toString()).toBe("ready=1\nbyte=120\n");
    });

    it("raw mode is a no-op when stdin is not a terminal", async () => {
      const r = await run(target, ["raw"], { input: "ab\x03cq" });
      expect(r.stdout.toString()).toBe("ready\n61 62 63 \npending=1\n");
    });

    it("an interrupt byte arriving during a sleep ends it", async () => {
      let sent = false;
      const r = await start(target, ["sleep-interrupt"], (text, child) => {
        if (!sent && text.includes("sleeping")) {
          sent = true;
          child.stdin!.write("\x03");
        }
      });
      expect(r.stdout.toString()).toBe("cut_short=1\npending=1\n");
    });

    it("an interrupt byte reaches a program that does not read stdin", async () => {
      let sent = false;
      const r = await start(target, ["busy"], (text, child) => {
        if (!sent && text.includes("busy")) {
          sent = true;
          child.stdin!.write("x\x03");
        }
      });
      expect(r.stdout.toString()).toBe("interrupted=1\n");
    });
  });

  describe.skipIf(!hasScript)(`terminal (${target.name})`, () => {
    const driver = (args: string[]) => target.command(args).map(shellQuote).join(" ");

    it("raw mode: bytes as typed, the interrupt char consumed, the terminal restored", async () => {
      const shown = await runInPty(`stty -g; ${driver(["raw"])}; stty -g`, "ready", "ab\x03c\rq");
      const lines = shown.split("\r\n");
      expect(lines.slice(1, 4)).toEqual(["ready", "61 62 63 0d ", "pending=1"]);
      expect(lines[4]).toBe(lines[0]); // stty -g after = before
    });

    it("a terminating signal restores the terminal", async () => {
      // The driver runs in the background with the terminal as its stdin; once stty
      // shows the terminal raw, SIGTERM ends the driver.
      const shown = await runInPty(
        `before=$(stty -g); ${driver(["raw"])} </dev/tty & i=0; ` +
          `while [ "$(stty -g)" = "$before" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; ` +
          `echo "$before"; stty -g; kill -TERM $!; wait $!; echo status=$?; stty -g`);
      const lines = shown.split("\r\n").filter((l) => /^[0-9a-f]+(:[0-9a-f]+)+$|^status=/.test(l));
      expect(lines).toHaveLength(4);
      expect(lines[1]).not.toBe(lines[0]); // it was raw
      expect(lines[2]).toBe("status=143"); // killed by SIGTERM (128 + 15)
      expect(lines[3]).toBe(lines[0]); // and the terminal is as before
    });
  });
}
