// A progress bar on stderr for copies and flashing, drawn only on a terminal (in a log or
// a pipe it would be noise): "label [#########...........]  45%  46/102 KB".

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const WIDTH = 24;

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY !== true || total === 0) return { update() {}, finish() {} };
  let last = -1;
  const draw = (done: number): void => {
    const frac = Math.min(1, done / total);
    const pct = Math.floor(frac * 100);
    if (pct === last) return;
    last = pct;
    const filled = Math.round(frac * WIDTH);
    const kb = (n: number): string => (n / 1024).toFixed(n < 10240 ? 1 : 0);
    stream.write(`\r${label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${String(pct).padStart(3)}%  ${kb(done)}/${kb(total)} KB\x1b[K`);
  };
  draw(0);
  return {
    update: draw,
    finish() {
      draw(total);
      stream.write("\r\x1b[K");
    },
  };
}
