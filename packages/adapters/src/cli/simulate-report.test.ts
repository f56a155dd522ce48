// `signaalreis simulate report` (issue 16): a saved simulation result drawn again as HTML, Dutch by
// default and English with --lang en; a file that is not a result is refused with its problems
// (exit 2) and nothing is written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIMULATION_MEASURES } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { exampleSimulationResult } from '../../../core/src/simulation/result.test-support';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

const saved = JSON.stringify(exampleSimulationResult({ replications: 20, months: 3 }));

describe('signaalreis simulate report', () => {
  it('writes the page in Dutch, and in English with --lang en', async () => {
    const dir = fixtureDir({ 'simulation.json': saved });
    const nl = await runCli(
      ['simulate', 'report', join(dir, 'simulation.json'), '--out', join(dir, 'nl.html')],
      { cwd: dir },
    );
    expect(nl.stderr).toBe('');
    expect(nl.code).toBe(0);
    expect(nl.stdout).toBe(
      `${join(dir, 'nl.html')} geschreven: 3 scenario's, ${SIMULATION_MEASURES.length} maten.\n`,
    );
    expect(readFileSync(join(dir, 'nl.html'), 'utf8')).toMatch(
      /^<!doctype html>\n<html lang="nl">[\s\S]*Beleidssimulatie/,
    );
    const en = await runCliEn(['simulate', 'report', 'simulation.json', '--out', 'en.html'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(`Wrote en.html: 3 scenarios, ${SIMULATION_MEASURES.length} measures.\n`);
    expect(readFileSync(join(dir, 'en.html'), 'utf8')).toMatch(/<html lang="en">[\s\S]*Policy simulation/);
  }, 60_000);

  it('refuses a file that is not a simulation result, one line per problem with its path', async () => {
    const bad = JSON.parse(saved);
    bad.rows[2].scenario = 'gone';
    bad.rows[4].p05 = 1e9;
    const dir = fixtureDir({ 'bad.json': JSON.stringify(bad), 'broken.json': '{"format": ' });
    const r = await runCli(['simulate', 'report', 'bad.json', '--out', 'bad.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json: rows.2.scenario: Het scenario "gone" staat niet in de lijst');
    expect(r.stderr).toContain('bad.json: rows.4.p05: De ondergrens van het interval (p05) ligt boven');
    expect(r.stderr).toMatch(/geen simulatie-uitkomst van signaalreis/);
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
    const broken = await runCliEn(['simulate', 'report', 'broken.json', '--out', 'b.html'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:1:\d+: /);
    const missing = await runCli(['simulate', 'report', 'nowhere.json', '--out', 'x.html'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json: bestand niet gevonden');
  });

  it('needs --out, and never writes over its input', async () => {
    const dir = fixtureDir({ 'simulation.json': saved });
    const r = await runCli(['simulate', 'report', 'simulation.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
    const over = await runCli(['simulate', 'report', 'simulation.json', '--out', 'simulation.json'], {
      cwd: dir,
    });
    expect(over.code).toBe(2);
    expect(readFileSync(join(dir, 'simulation.json'), 'utf8')).toBe(saved);
  }, 60_000);
});
