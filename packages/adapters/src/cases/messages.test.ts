// Every text of the case-file readers: Dutch and English, both there, and different.
import type { Bilingual } from '@signaalreis/core';
import { describe, it } from 'vitest';
import { checkCatalogue, NASTY } from '../csv/fixtures.test-support';
import { JSON_FILE_MESSAGES } from '../files/read-json-file';
import { CASE_FILE_MESSAGES as M } from './messages';

const cases: { [K in keyof typeof M]: () => Bilingual } = {
  oldFormat: () => M.oldFormat('signaalreis-cases/1', 'signaalreis-cases/3'),
  tooManyValues: () => M.tooManyValues(4_000_000),
  totalTooLarge: () => M.totalTooLarge,
  caseId: () => M.caseId(NASTY, 0),
  signalId: () => M.signalId(NASTY, 'cases.0.signals.0.signalId'),
  recordCase: () => M.recordCase(NASTY, '2026-10-0001'),
  recordSignals: () => M.recordSignals(['A', NASTY], ['B']),
};
const json: { [K in keyof typeof JSON_FILE_MESSAGES]: () => Bilingual } = {
  notFound: () => JSON_FILE_MESSAGES.notFound(),
  directory: () => JSON_FILE_MESSAGES.directory(),
  unreadable: () => JSON_FILE_MESSAGES.unreadable('EACCES'),
  tooLarge: () => JSON_FILE_MESSAGES.tooLarge(70 * 1024 * 1024 + 512, 64 * 1024 * 1024),
  partTooLong: () => JSON_FILE_MESSAGES.partTooLong(64 * 1024 * 1024),
  notUtf8: () => JSON_FILE_MESSAGES.notUtf8(),
};

describe('the messages of the case-file and JSON readers', () => {
  it.each([
    ['case file', cases],
    ['JSON files', json],
  ])('%s: every message has Dutch and English, and the Dutch is not the English', (_, samples) => {
    checkCatalogue(samples);
  });
});
