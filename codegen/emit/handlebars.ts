// The one handlebars environment: strict (a missing view-model field is an error, not an
// empty string), no HTML escaping (this is C), and no helpers beyond the built-ins.

import Handlebars from "handlebars";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "templates");
const env = Handlebars.create();
const cache = new Map<string, Handlebars.TemplateDelegate>();

function read(name: string): string {
  return fs.readFileSync(path.join(dir, `${name}.hbs`), "utf8");
}

env.registerPartial("function", read("function"));

export function render(template: string, view: object): string {
  let t = cache.get(template);
  if (t === undefined) {
    t = env.compile(read(template), { strict: true, noEscape: true, preventIndent: true });
    cache.set(template, t);
  }
  return t(view);
}
