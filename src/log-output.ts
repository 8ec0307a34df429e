// Where `npm start` writes its log: readable, coloured lines when a person watches a terminal
// (pino-pretty), one JSON object per line otherwise (a file, journald, a log collector).

import pretty from 'pino-pretty';

export function logOutput(stdout: NodeJS.WriteStream = process.stdout): NodeJS.WritableStream | undefined {
  if (!stdout.isTTY) return undefined;
  // sync: a line is on the screen before the next one is formatted, and none is lost at exit.
  return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true, destination: stdout });
}
