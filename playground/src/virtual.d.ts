// The sample month that playground/build.mjs embeds (examples/data, read with the adapters' CSV reader).
declare module 'virtual:sample-month' {
  import type { HistoryEntry, Signal } from '@signaalreis/core';

  const sample: {
    month: string;
    files: { file: string; rows: number; rejected: number }[];
    signals: Signal[];
    history: HistoryEntry[];
  };
  export default sample;
}
