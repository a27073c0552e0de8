#!/usr/bin/env node
// The `pyxis` command: registers the TypeScript loader, then runs the CLI.
import { register } from "tsx/esm/api";

register();
await import("./pyxis.ts");
