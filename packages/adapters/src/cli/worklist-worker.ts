// The worker thread that writes `run`'s worklist files (issue 14): the command's thread posts what
// each case's lines show, in worklist order (worklist-thread.ts); this thread makes each case's CSV
// lines and appends them to the files of their lists — every list is that order's cases with a step
// on it, so all the files are written in one pass and no case is kept — into the output folder's
// fresh staging folder. The bytes are worklistPieces' (the same line parts, worklist-lines.ts).
import { isMainThread, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { worklistLineParts } from '../cases/worklist-lines';
import { worklistKey } from '../cases/worklist-table';
import { type NewFile, newFile, textBatches } from '../output/atomic-file';
import { csvTable } from '../output/csv-writer';
import { TextSlotsIn } from './text-slots';
import { unpackCases } from './worklist-pack';
import { SLOT, type WorklistChunk, type WorklistResult, type WorklistTask } from './worklist-wire';

class Stopped extends Error {}

/** Writes the worklist files of `task` (the thread's whole work; see worklist-wire.ts). */
export function writeWorklists(task: WorklistTask): void {
  const { state } = task;

  const post = (r: WorklistResult) => {
    task.results.postMessage(r);
    Atomics.add(state, SLOT.done, 1);
    Atomics.notify(state, SLOT.done);
  };

  /**
   * A worklist file being written: its lines are encoded straight into its batch (textBatches: no
   * text is kept between lines — kept, the lines of eighteen files outlived the young generation
   * and filled the old one).
   */
  interface Open {
    name: string;
    file: NewFile;
    write(text: string): void;
    flush(): void;
  }

  const parts = worklistLineParts(task.format);
  // the explanation fields that may still be referred to, as the command's thread keeps the texts
  const texts = new TextSlotsIn(task.textSlots, parts.explanation);
  let taken = 0;

  /** The next chunk, waited for. */
  function nextChunk(): WorklistChunk {
    for (;;) {
      if (Atomics.load(state, SLOT.abort) === 1) throw new Stopped();
      const m = receiveMessageOnPort(task.cases);
      if (m) {
        taken += 1;
        return m.message as WorklistChunk;
      }
      Atomics.wait(state, SLOT.posted, taken, 1000);
    }
  }

  /** Writes every list into its file; a file's error (the file system's) is its error. */
  function writeAll(byKey: Map<string, Open>): void {
    for (let chunk = nextChunk(); chunk.cases.count > 0; chunk = nextChunk()) {
      unpackCases(chunk.cases).forEach((c, i) => {
        // case by case, as the command's thread numbered them: a new text may take an older one's slot
        const explanation = texts.take(chunk.explanations[i] as number, chunk.texts[i]) ?? '';
        const head = parts.head(c);
        const tail = parts.tail(c);
        c.steps.forEach((s, step) => {
          const o = byKey.get(worklistKey(s)) as Open;
          o.write(head + parts.step(c.steps, step) + tail + explanation + parts.end);
        });
      });
      Atomics.add(state, SLOT.progress, 1);
    }
  }

  const opened: Open[] = [];
  let current = ''; // the file an error belongs to
  try {
    for (const f of task.files) {
      current = f.name;
      const file = newFile(task.dir, f.name);
      const o = { name: f.name, file, ...textBatches((bytes) => file.write(bytes)) };
      opened.push(o);
      o.write(csvTable([], task.table));
    }
    const byKey = new Map(task.files.map((f, i) => [f.key, opened[i] as Open]));
    current = '';
    writeAll(byKey);
    const written = opened.map((o) => {
      current = o.name;
      o.flush();
      return o.file.close(true); // flushed here, beside the command's thread (flushFiles finds nothing left)
    });
    for (const w of written) post({ name: w.name, written: w });
  } catch (error) {
    for (const o of opened) o.file.discard();
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof Stopped) {
      // asked to stop: nothing to say
    } else if (typeof code === 'string')
      post({
        name: current || (task.files[0]?.name ?? ''),
        error: { code, message: (error as Error).message },
      });
    else post({ failed: error instanceof Error ? error.message : String(error) });
  } finally {
    Atomics.store(state, SLOT.stopped, 1);
    Atomics.notify(state, SLOT.stopped);
    task.cases.close();
    task.results.close();
  }
}

if (!isMainThread && workerData) writeWorklists(workerData as WorklistTask);
