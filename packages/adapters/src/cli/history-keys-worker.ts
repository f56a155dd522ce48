// The thread that reads `run`'s history signal files beside the month's file (issue 14, fourteenth
// round; history-keys.ts): the month's households come on its port as the month is read (`{ hint }`
// messages), then all of them (a `Set`); it answers each file's entries of those households, or
// `undefined` when it leaves the files to the command's thread (which then reads them as before, and
// says what is wrong with one). Built to dist/cli/history-keys-worker.js (tsup.worker.config.ts).
import { isMainThread, type MessagePort, workerData } from 'node:worker_threads';
import type { IsoDate, Lang } from '@signaalreis/core';
import { HistoryLineChecker, type KeyedHistory } from './history-keys';
import type { CliIo } from './io';

/** What the thread is given: the signal files (paths as given, from `cwd`) and the port it listens and answers on. */
export interface HistoryKeysTask {
  files: string[];
  cwd: string;
  lang: Lang;
  today?: IsoDate;
  /** Takes {@link HistoryKeysHint}s, then the month's households (a `Set`); answers a {@link HistoryKeysAnswer}. */
  port: MessagePort;
}

/** Households of the month as they are read. */
export type HistoryKeysHint = { hint: string[] };

/** The thread's answer: each file's entries of the households, or `undefined` (the command's thread reads the files). */
export type HistoryKeysAnswer = KeyedHistory | undefined;

/** Reads the task's files and answers (the thread's whole work). */
export async function keyHistoryFiles(task: HistoryKeysTask): Promise<void> {
  const checker = new HistoryLineChecker(task.today);
  let done: (households: ReadonlySet<string>) => void = () => {};
  const households = new Promise<ReadonlySet<string>>((resolve) => {
    done = resolve;
  });
  task.port.on('message', (m: HistoryKeysHint | ReadonlySet<string>) => {
    if (m instanceof Set) done(m);
    else checker.hint((m as HistoryKeysHint).hint);
  });
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    cwd: task.cwd,
    lang: task.lang,
    ...(task.today ? { today: task.today } : {}),
  };
  for (const file of task.files) await checker.read(io, file);
  const answer: HistoryKeysAnswer = checker.finish(await households);
  task.port.postMessage(answer);
  task.port.close();
}

if (!isMainThread && workerData) void keyHistoryFiles(workerData as HistoryKeysTask);
