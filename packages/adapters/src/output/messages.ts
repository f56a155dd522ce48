// Every text of src/output in one place: plain Dutch (B1) for municipal officers, and English.
// `dir` and `path` are shown as the user gave them.
import { join } from 'node:path';
import { type Bilingual, type Issue, issue } from '@signaalreis/core';

type B = Bilingual;
const at = (dir: string, name: string) => join(dir, name);
const list = (names: readonly string[], and: string, more: string, max = 5) =>
  names.length > max
    ? `${names.slice(0, max).join(', ')} ${and} ${names.length - max} ${more}`
    : names.join(', ');

/** Messages of the output folder and output file writers. */
export const OUTPUT_MESSAGES = {
  outputIsLink: (dir: string): B => ({
    nl: `${dir} is een symbolische koppeling; geef de map waar die naar wijst (signaalreis schrijft nooit via een koppeling)`,
    en: `${dir} is a symbolic link; give the folder it points to (signaalreis never writes through a link)`,
  }),
  notAFolder: (dir: string): B => ({
    nl: `${dir} bestaat al en is geen map`,
    en: `${dir} exists and is not a folder`,
  }),
  notAFile: (path: string): B => ({
    nl: `${path} is een map; geef een bestandsnaam`,
    en: `${path} is a folder; give a file name`,
  }),
  foreignFile: (dir: string, name: string): B => ({
    nl: `${at(dir, name)} is niet door signaalreis geschreven (manifest.json in die map noemt het niet). Het bestand blijft staan: zet het ergens anders neer of kies een andere uitvoermap`,
    en: `${at(dir, name)} was not written by signaalreis (no manifest.json there lists it); it is left alone: move it away or choose another output folder`,
  }),
  foreignLink: (dir: string, name: string): B => ({
    nl: `${at(dir, name)} is een symbolische koppeling die signaalreis niet heeft gemaakt. Die blijft staan en wordt niet gevolgd: verwijder hem of kies een andere uitvoermap`,
    en: `${at(dir, name)} is a symbolic link that signaalreis did not make; it is left alone and not followed: remove it or choose another output folder`,
  }),
  changedFile: (dir: string, name: string): B => ({
    nl: `${at(dir, name)} is veranderd nadat signaalreis het schreef (de grootte of SHA-256 wijkt af van manifest.json). Het bestand blijft staan: zet het ergens anders neer of kies een andere uitvoermap`,
    en: `${at(dir, name)} was changed after signaalreis wrote it (its size or SHA-256 differs from manifest.json); it is left alone: move it away or choose another output folder`,
  }),
  foreignManifest: (dir: string, name: string): B => ({
    nl: `${at(dir, name)} is geen manifest van deze versie van signaalreis. Het blijft staan: kies een andere uitvoermap`,
    en: `${at(dir, name)} is not a manifest of this version of signaalreis; it is left alone: choose another output folder`,
  }),
  wouldReplaceInput: (path: string): B => ({
    nl: `${path} is een invoerbestand van deze opdracht en zou worden vervangen of verwijderd; kies een andere uitvoer`,
    en: `${path} is an input of this command and would be replaced or removed; choose another output`,
  }),
  busy: (dir: string, pid: string, lock: string): B => ({
    nl: `een andere signaalreis (proces ${pid}) schrijft naar ${dir}; draait er geen, verwijder dan ${lock}`,
    en: `another signaalreis (process ${pid}) is writing to ${dir}; if none is running, remove ${lock}`,
  }),
  writeFailed: (path: string, code: string): B => ({
    nl: `kan niet schrijven naar ${path} (${code})`,
    en: `cannot write to ${path} (${code})`,
  }),
  sharedFolder: (dir: string, foreign: readonly string[]): B => ({
    nl: `${dir} bevat ook ${foreign.length === 1 ? 'een bestand dat' : 'bestanden die'} signaalreis niet heeft geschreven (${list(foreign, 'en', 'andere')}); ${foreign.length === 1 ? 'dat is' : 'die zijn'} blijven staan. De nieuwe bestanden zijn een voor een geschreven, niet in één keer als set neergezet`,
    en: `${dir} also holds ${foreign.length === 1 ? 'a file' : 'files'} that signaalreis did not write (${list(foreign, 'and', 'more')}); ${foreign.length === 1 ? 'it was' : 'they were'} left alone, and the new files were written one at a time, not swapped in as one set`,
  }),
  finishedSwap: (dir: string): B => ({
    nl: `${dir}: een eerdere run is afgebroken tijdens het neerzetten van de uitvoer; de volledige nieuwe uitvoer staat nu op zijn plaats`,
    en: `${dir}: an earlier run was interrupted while swapping in its output; its complete new output is now in place`,
  }),
  restoredPrevious: (dir: string): B => ({
    nl: `${dir}: een eerdere run is afgebroken tijdens het neerzetten van de uitvoer; de vorige uitvoer is teruggezet`,
    en: `${dir}: an earlier run was interrupted while swapping in its output; the previous output was put back`,
  }),
  leftOver: (path: string): B => ({
    nl: `${path} (de vorige uitvoer) kon niet worden verwijderd, omdat er bestanden in staan die signaalreis niet heeft geschreven; bekijk de map en verwijder hem`,
    en: `${path} (the previous output) could not be removed because it holds files signaalreis did not write; look at it and remove it`,
  }),
  manifestListsItself: (): B => ({
    nl: 'het manifest noemt zichzelf niet',
    en: 'the manifest does not list itself',
  }),
} as const;

/** A failed result with one issue about the output as a whole (path `[]`). */
export const failed = (code: string, message: Bilingual): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: [issue(code, [], message)],
});

/** An I/O error becomes an issue; anything else is a bug and is thrown on. */
export function ioFailure(error: unknown, shown: string): { ok: false; issues: Issue[] } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') throw error;
  return failed('write_failed', OUTPUT_MESSAGES.writeFailed(shown, code));
}
