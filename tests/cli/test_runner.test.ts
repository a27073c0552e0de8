// pyxis test: collecting tests, judging a run against python3's output or a .exp file,
// the summary line, the JUnit report, and whole runs on the host and Node targets.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { collectTests } from "../../scripts/test/collect.js";
import { junitXml } from "../../scripts/test/junit.js";
import { judge, type Actual, type Expected } from "../../scripts/test/outcome.js";
import { summaryLine } from "../../scripts/test/runner.js";
import { pyxis } from "./_cli.js";
import { hostExe } from "./_pty_device.js";

const ok = (stdout: string, stderr = "", status = 0): Actual => ({ stdout, stderr, status, ms: 1 });
/** A board's run: no exit status, only the traceback. */
const onBoard = (stdout: string, stderr: string): Actual => ({ stdout, stderr, status: undefined, ms: 1 });
const exp = (stdout: string, status = 0, errorLine = ""): Expected => ({ stdout, status, errorLine, skip: false });

describe("judging a run", () => {
  it("passes equal output and fails different output, saying where", () => {
    expect(judge("t.py", exp("1\n2\n"), ok("1\n2\n")).verdict).toBe("pass");
    const r = judge("t.py", exp("1\n2\n"), ok("1\n3\n"));
    expect(r.verdict).toBe("fail");
    expect(r.reason).toBe('stdout differs: line 2: expected "2", got "3"');
  });

  it("compares an uncaught exception's last line, and only the type of a compile error", () => {
    const tb = 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nValueError: bad\n';
    expect(judge("t.py", exp("", 1, "ValueError: bad"), ok("", tb, 1)).verdict).toBe("pass");
    // A board reports no status: the traceback says it raised.
    expect(judge("t.py", exp("", 1, "ValueError: bad"), onBoard("", tb)).verdict).toBe("pass");
    expect(judge("t.py", exp("", 1, "ValueError: other"), ok("", tb, 1)).reason).toMatch(/ended with "ValueError: bad"/);
    expect(judge("t.py", exp(""), onBoard("", tb)).reason).toBe('raised "ValueError: bad"');
    expect(judge("t.py", exp("", 1, "ValueError: bad"), onBoard("", "")).reason).toMatch(/ended normally/);
    const syntax = exp("", 1, "SyntaxError: invalid syntax");
    expect(judge("t.py", syntax, ok("", "SyntaxError: invalid syntax for a name\n", 1)).verdict).toBe("pass");
    expect(judge("t.py", syntax, ok("", "IndentationError: unexpected indent\n", 1)).verdict).toBe("fail");
  });

  it("skips on SKIP, and fails a test that hung", () => {
    expect(judge("t.py", exp("1\n"), ok("SKIP\n")).verdict).toBe("skip");
    expect(judge("t.py", { ...exp("SKIP\n"), skip: true }, ok("")).verdict).toBe("skip");
    expect(judge("t.py", exp(""), { ...ok(""), broken: "timed out after 2.0 s" }).reason).toBe("timed out after 2.0 s");
  });

  it("sums up in one line and writes JUnit XML with escaped text", () => {
    const results = [judge("a.py", exp("1\n"), ok("1\n")), judge("b<&>.py", exp("1\n"), ok("2\x01\n")), judge("c.py", exp("1\n"), ok("SKIP\n"))];
    expect(summaryLine(results)).toBe("1 passed, 1 failed, 1 skipped");
    const xml = junitXml("host", results, 1500);
    expect(xml).toContain('<testsuite name="host" tests="3" failures="1" skipped="1" time="1.500">');
    expect(xml).toContain('name="b&lt;&amp;&gt;.py"');
    expect(xml).toContain("2\\x01");
    expect(xml).toContain('<testcase classname="host" name="c.py" time="0.001"><skipped/></testcase>');
  });
});

let dir = "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-test-runner-"));
  const t = path.join(dir, "t");
  fs.mkdirSync(path.join(t, "pkg"), { recursive: true });
  fs.writeFileSync(path.join(t, "_helper.py"), "VALUE = 42\n");
  fs.writeFileSync(path.join(t, "pkg", "mod.py"), "print('support, not a test')\n");
  fs.writeFileSync(path.join(t, "pass.py"), "import _helper\nfor i in range(3):\n    print(i * _helper.VALUE)\n");
  fs.writeFileSync(path.join(t, "raises.py"), "print('before')\nraise ValueError('bad value')\n");
  fs.writeFileSync(path.join(t, "with_exp.py"), "print('as the .exp says')\n");
  fs.writeFileSync(path.join(t, "with_exp.exp"), "as the .exp says\n");
  fs.writeFileSync(path.join(t, "wrong_exp.py"), "print('a')\n");
  fs.writeFileSync(path.join(t, "wrong_exp.exp"), "b\n");
  fs.writeFileSync(path.join(t, "skipped.py"), "print('SKIP')\n");
  fs.writeFileSync(path.join(t, "hangs.py"), "print('never ends')\nwhile True:\n    pass\n");
  fs.writeFileSync(path.join(t, "hangs.exp"), "never ends\n"); // python3 would hang too
});

describe("collecting tests", () => {
  it("takes .py files not starting with _, and not support packages below a test directory", () => {
    const files = collectTests([path.join(dir, "t")]).map((f) => path.basename(f));
    expect(files).toEqual(["hangs.py", "pass.py", "raises.py", "skipped.py", "with_exp.py", "wrong_exp.py"]);
    expect(collectTests([dir]).length).toBe(6); // a directory of test directories
    expect(() => collectTests([path.join(dir, "nope")])).toThrow(/no such file or directory/);
  });
});

describe("pyxis test on the host executable and in Node", () => {
  it("host: runs in parallel, times out a hung test, prints the summary and writes JUnit", async () => {
    const exe = await hostExe();
    const junit = path.join(dir, "report", "junit.xml");
    const r = await pyxis(["test", "--target", "host", "--exe", exe, "--timeout", "3", "--junit", junit, "t"], { cwd: dir });
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("3 passed, 2 failed, 1 skipped");
    expect(r.stdout).toMatch(/FAIL {2}t\/hangs\.py .*: timed out after 3\.0 s/);
    expect(r.stdout).toMatch(/FAIL {2}t\/wrong_exp\.py .*: stdout differs: line 1: expected "b", got "a"/);
    expect(r.stdout).toMatch(/skip {2}t\/skipped\.py/);
    expect(r.status).toBe(1);
    const xml = fs.readFileSync(junit, "utf8");
    expect(xml).toContain('tests="6" failures="2" skipped="1"');
  }, 300_000);

  it("node: the same verdicts for the passing tests", async () => {
    const r = await pyxis(["test", "--target", "node", "--timeout", "60", "t/pass.py", "t/raises.py", "t/skipped.py"], { cwd: dir });
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("2 passed, 0 failed, 1 skipped");
    expect(r.status).toBe(0);
  }, 120_000);

  it("an unknown target is an error that lists the targets", async () => {
    const r = await pyxis(["test", "--target", "board", "t"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown target 'board': use node, host, emulated:<BOARD> or port:<path>");
  }, 60_000);
});
