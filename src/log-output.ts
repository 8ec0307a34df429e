// Where `npm start` writes its log: readable, coloured lines when a person watches a terminal
// (pino-pretty), one JSON object per line otherwise (a file, journald, a log collector).

export async function logOutput(stdout: NodeJS.WriteStream = process.stdout): Promise<NodeJS.WritableStream | undefined> {
  if (!stdout.isTTY) return undefined;
  // Loaded only for a terminal: pino-pretty and what it uses (colorette, dateformat, fast-copy, …)
  // took 3–4 ms of every start that writes JSON, which is every start but one a person watches (issue 14).
  const { default: pretty } = await import('pino-pretty');
  // sync: a line is on the screen before the next one is formatted, and none is lost at exit.
  return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true, destination: stdout });
}
