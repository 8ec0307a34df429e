// The progress line on stderr: rewritten in place on a terminal, one line every 5 s otherwise
// (so a log file does not fill with carriage returns).

export class Progress {
  private timer: NodeJS.Timeout | undefined;
  private readonly tty = Boolean(process.stderr.isTTY);
  private last = 0;

  start(line: () => string, everyMs = 1000): void {
    this.timer = setInterval(() => {
      const text = line();
      if (this.tty) process.stderr.write(`\r\x1b[2K${text}`);
      else if (Date.now() - this.last >= 5000) {
        this.last = Date.now();
        process.stderr.write(`${text}\n`);
      }
    }, everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.tty) process.stderr.write('\r\x1b[2K');
  }

  note(text: string): void {
    if (this.tty && this.timer) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`${text}\n`);
  }
}
