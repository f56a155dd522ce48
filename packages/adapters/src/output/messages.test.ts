// Every text of the output writers: Dutch and English, both there, and different.
import type { Bilingual } from '@signaalreis/core';
import { describe, it } from 'vitest';
import { checkCatalogue } from '../csv/fixtures.test-support';
import { OUTPUT_MESSAGES as M } from './messages';

const samples: { [K in keyof typeof M]: () => Bilingual } = {
  outputIsLink: () => M.outputIsLink('out/2026-10'),
  notAFolder: () => M.notAFolder('out/2026-10'),
  notAFile: () => M.notAFile('changed.csv'),
  foreignFile: () => M.foreignFile('out/2026-10', 'notes.txt'),
  foreignLink: () => M.foreignLink('out/2026-10', 'link.csv'),
  changedFile: () => M.changedFile('out/2026-10', 'capacity.csv'),
  foreignManifest: () => M.foreignManifest('out/2026-10', 'manifest.json'),
  wouldReplaceInput: () => M.wouldReplaceInput('signals.csv'),
  busy: () => M.busy('out/2026-10', '4242', 'out/.2026-10.signaalreis-lock'),
  writeFailed: () => M.writeFailed('out/2026-10', 'EACCES'),
  sharedFolder: () => M.sharedFolder('out', ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt']),
  finishedSwap: () => M.finishedSwap('out/2026-10'),
  restoredPrevious: () => M.restoredPrevious('out/2026-10'),
  leftOver: () => M.leftOver('out/.2026-10.signaalreis-old-abc'),
  manifestListsItself: () => M.manifestListsItself(),
};

describe('the messages of the output writers', () => {
  it('every message has Dutch and English, and the Dutch is not the English', () => {
    checkCatalogue(samples);
    checkCatalogue({ sharedOne: () => M.sharedFolder('out', ['notes.txt']) });
  });
});
