// hal_stdout_flush sends buffered output at once (stdout to a pipe is block-buffered).

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { spawn } from "node:child_process";
import { buildSubsetProgram, nodeCommand } from "../harness/differential.js";

/** Resolves with what the process printed once `text` appears, or rejects after ms. */
function waitForOutput(cmd: string[], text: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0]!, cmd.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
    let seen = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no '${text}' within ${ms} ms (got ${JSON.stringify(seen)})`));
    }, ms);
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(seen);
      }
    });
  });
}

describe("hal_stdout_flush", () => {
  it("delivers output before the program ends, natively and in Node", async () => {
    const entry = path.join(import.meta.dirname, "fixtures", "flush_then_wait.ts");
    const program = await buildSubsetProgram(entry);
    expect(await waitForOutput([program.exe], "ready\n", 15_000)).toBe("ready\n");
    expect(await waitForOutput(nodeCommand(entry), "ready\n", 15_000)).toBe("ready\n");
  }, 60_000);
});
