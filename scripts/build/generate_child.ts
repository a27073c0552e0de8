// Runs the generator in a process of its own for generateCore (scripts/build/gen_cache.ts).
// Generating the whole core keeps the TypeScript compiler busy for tens of seconds without
// a pause; in a child, the caller's event loop (a CLI's progress, a test runner's worker)
// goes on meanwhile. Input: one JSON argument {entries, root, substitutions}. Output on
// stdout: one JSON object {problems, files, sources, inputs}.

import { generate } from "../../codegen/index.js";

interface Request {
  entries: string[];
  root: string;
  substitutions?: Record<string, string>;
}

const request = JSON.parse(process.argv[2] ?? "{}") as Request;
const result = generate({ entries: request.entries, root: request.root, substitutions: request.substitutions });
process.stdout.write(JSON.stringify({
  problems: result.problems,
  files: [...result.files.entries()],
  sources: result.sources,
  inputs: result.inputs,
}));
