/**
 * `tandem plan | head` closes the pipe while the CLI is still writing. Like the Unix tools that
 * SIGPIPE ends, the CLI then stops quietly (exit 0) instead of dying on an unhandled `EPIPE`.
 */
export function endOnClosedPipe(streams: readonly NodeJS.WritableStream[]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
