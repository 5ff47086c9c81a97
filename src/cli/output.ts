/** Characters per write: a large report is not copied into one Buffer as large as itself. */
const WRITE_CHUNK = 1 << 20;

/**
 * Writes to stdout; a closed pipe (`vbhc ... | head`) ends the process quietly. Written in slices
 * (slices share the string's memory): 10,000 documents' JSON report peaked 421 → 390 MB RSS.
 */
export function writeOut(text: string): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + WRITE_CHUNK, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--; // keep a surrogate pair whole
    process.stdout.write(text.slice(start, end));
    start = end;
  }
}

/** Bytes of a streamed report encoded before each write: few system calls, no large buffer. */
export const ENCODE_BYTES = 1 << 20;

/**
 * A report's pieces (a file's findings each, say) as UTF-8 in buffers of at most `ENCODE_BYTES`
 * (a larger piece alone in its own). Each piece is encoded straight into the buffer: joining the
 * pieces into larger strings first cost more than encoding them (10,000 documents' JSON report:
 * ~0.35 s → ~0.07 s). Pieces are whole strings, so no surrogate pair is cut between two.
 */
export function* encoded(pieces: Iterable<string>): Generator<Buffer, void, undefined> {
  let buffer = Buffer.allocUnsafe(ENCODE_BYTES);
  let used = 0;
  for (const piece of pieces) {
    const mostBytes = piece.length * 3; // a UTF-16 code unit takes at most 3 bytes of UTF-8
    if (used > 0 && used + mostBytes > ENCODE_BYTES) {
      yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(ENCODE_BYTES);
      used = 0;
    }
    if (mostBytes > ENCODE_BYTES) yield Buffer.from(piece, 'utf8');
    else used += buffer.write(piece, used);
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/** Writes a report to stdout as its pieces come, never holding it whole. */
export function writeOutPieces(pieces: Iterable<string>): void {
  for (const chunk of encoded(pieces)) process.stdout.write(chunk);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function writeErr(text: string): void {
  process.stderr.write(text);
}

/** A reader that went away (`| head`, on stdout or stderr) ends the run quietly; other write errors are internal errors. */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
