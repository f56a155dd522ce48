// The project's own citations in Dutch: every `source` of the bundled presets (municipality,
// criteria, lifecycle), of the examples and of core's defaults (the simulation's in simulation.json,
// the citations the Vaste Lasten Pakket builds from template text in vlp.json)
// whose notes are written in English — "(picked up the same day)", ": every signal starts here" —
// with the notes in Dutch, so that a Dutch worklist, letter, report or explanation shows no
// English (citeSource, cite.ts). Each Dutch citation keeps the source keys, the English locator
// words that citeSource translates ("annex, municipality 4") and the quotes of the sources as they
// are; scripts/sources.test.ts holds every shipped citation with an English note to an entry here,
// and each entry to the keys and quotes of its English. A municipality's own citations are not
// here: they are shown as written.
import code from './citations-nl/code.json';
import code2 from './citations-nl/code-2.json';
import criteria from './citations-nl/criteria.json';
import lifecycle from './citations-nl/lifecycle.json';
import municipality1 from './citations-nl/municipality-1.json';
import municipality2 from './citations-nl/municipality-2.json';
import simulation from './citations-nl/simulation.json';
import vlp from './citations-nl/vlp.json';

/** English citation → the same citation with its notes in Dutch (keys and quotes unchanged). */
export const CITATIONS_NL: ReadonlyMap<string, string> = new Map(
  [criteria, lifecycle, code, code2, municipality1, municipality2, simulation, vlp].flatMap((part) =>
    Object.entries(part),
  ),
);
