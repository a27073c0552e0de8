// The JUnit XML report CI systems read: one <testcase> per test, <failure> or <skipped>.

import type { TestResult } from "./outcome.js";

function xmlEscape(s: string): string {
  // XML 1.0 allows no control characters but tab, LF and CR: show the others as \xNN.
  return s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function junitXml(suite: string, results: readonly TestResult[], totalMs: number): string {
  const failures = results.filter((r) => r.verdict === "fail").length;
  const skipped = results.filter((r) => r.verdict === "skip").length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pyxis" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${(totalMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xmlEscape(suite)}" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${(totalMs / 1000).toFixed(3)}">`,
  ];
  for (const r of results) {
    const head = `    <testcase classname="${xmlEscape(suite)}" name="${xmlEscape(r.file)}" time="${(r.ms / 1000).toFixed(3)}"`;
    if (r.verdict === "pass") {
      lines.push(`${head}/>`);
    } else if (r.verdict === "skip") {
      lines.push(`${head}><skipped/></testcase>`);
    } else {
      lines.push(`${head}>`);
      lines.push(`      <failure message="${xmlEscape(r.reason)}">${xmlEscape(r.output)}</failure>`);
      lines.push("    </testcase>");
    }
  }
  lines.push("  </testsuite>", "</testsuites>", "");
  return lines.join("\n");
}
