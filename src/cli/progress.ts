// A progress bar on stderr, only when stderr is a terminal: in CI logs, pipes
// and files it writes nothing. Redrawn at most ten times a second on one line
// (carriage return) and erased at the end, so the findings printed to stdout,
// and any error lines, are never mixed with it.

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** A line for stderr (an error about a file) without garbling the bar. */
  note(line: string): void;
  done(): void;
}

interface TtyLike {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

const quiet: Progress = {
  tick() {},
  note(line) {
    process.stderr.write(line);
  },
  done() {},
};

export function progressBar(stream: TtyLike, total: number, what = "files"): Progress {
  if (!stream.isTTY || total < 2) return { ...quiet, note: (line) => void stream.write(line) };
  let n = 0;
  let last = 0;
  let shown = false;
  const started = Date.now();
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const full = Math.round((n / total) * width);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    stream.write(`\r\x1b[Kisnad [${"#".repeat(full)}${".".repeat(width - full)}] ${n}/${total} ${what} ${secs} s`);
    shown = true;
    last = Date.now();
  };
  const erase = () => {
    if (shown) stream.write("\r\x1b[K");
    shown = false;
  };
  draw();
  return {
    tick() {
      n++;
      if (Date.now() - last >= 100) draw();
    },
    note(line) {
      erase();
      stream.write(line);
      draw();
    },
    done() {
      erase();
    },
  };
}
