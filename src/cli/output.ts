/** Writes to stdout; a closed pipe (`vbhc ... | head`) ends the process quietly. */
export function writeOut(text: string): void {
  process.stdout.write(text);
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
