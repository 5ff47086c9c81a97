/** A one-line progress display on a terminal: files done of all, MB/s, time left. */
export interface Progress {
  fileDone(bytes: number): void;
  /** Clears the line, leaving the terminal as it was. */
  end(): void;
}

/** Fewer files than this are over too soon for a progress line to help. */
export const PROGRESS_MIN_FILES = 100;
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[2K';

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
}

/** The progress line: `vbhc: 1234/10000 files, 24.1 MB/s, about 4 s left`. */
export function progressLine(done: number, total: number, bytes: number, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const rate = bytes / 1e6 / seconds;
  const left = done > 0 ? formatSeconds(((total - done) * seconds) / done) : '?';
  return `vbhc: ${done}/${total} files, ${rate.toFixed(1)} MB/s, about ${left} left`;
}

/**
 * A progress display on `stream` for a run over `total` files, or none when the files are few,
 * the stream is not a terminal (a log, a pipe, CI) or the user asked for quiet.
 */
export function startProgress(total: number, options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress | undefined {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY || total < PROGRESS_MIN_FILES) return undefined;
  const started = Date.now();
  let done = 0;
  let bytes = 0;
  let lastDraw = 0;
  let drawn = false;
  return {
    fileDone(fileBytes) {
      done++;
      bytes += fileBytes;
      const now = Date.now();
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      drawn = true;
      stream.write(`${CLEAR_LINE}${progressLine(done, total, bytes, now - started)}`);
    },
    end() {
      if (drawn) stream.write(CLEAR_LINE);
    },
  };
}
