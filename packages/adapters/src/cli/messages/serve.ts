// The sentences of `signaalreis serve` and `signaalreis keys`.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `serve` and `keys`. */
export const SERVE_MESSAGES = {
  badPort: { nl: 'Verwacht een poortnummer, 0–65535.', en: 'Expected a port number, 0–65535.' },
  badRateLimit: (max: number): B => ({
    nl: `Verwacht een aantal verzoeken per minuut, 1–${max}.`,
    en: `Expected requests per minute, 1–${max}.`,
  }),
  ddasVsUnusable: (file: string, n: number): B => ({
    nl: `${file}: geen bruikbare DDAS-VS-instelling (${n} probleem/problemen, hierboven genoemd)`,
    en: `${file}: not a usable DDAS-VS configuration (${n} problem(s), listed above)`,
  }),
  ddasVsListening: (url: string): B => ({
    nl: `DDAS-VS-eindpunt POST ${url}/gegevens (voor het CBS, via de FSC-inway)`,
    en: `DDAS-VS endpoint POST ${url}/gegevens (for CBS, through the FSC inway)`,
  }),
  ddasVsCannotStart: (message: string): B => ({
    nl: `het DDAS-VS-eindpunt kan niet starten: ${message}`,
    en: `the DDAS-VS endpoint cannot start: ${message}`,
  }),
  cannotListen: (at: string, message: string): B => ({
    nl: `kan niet luisteren op ${at}: ${message}`,
    en: `cannot listen on ${at}: ${message}`,
  }),
  listening: (url: string, location: string): B => ({
    nl: `signaalreis-dienst luistert op ${url} (opslag ${location}); stop met Ctrl-C`,
    en: `signaalreis service listening on ${url} (store ${location}); stop with Ctrl-C`,
  }),
  stopped: {
    nl: 'signaalreis-dienst gestopt; opslag gesloten',
    en: 'signaalreis service stopped; store closed',
  },
  storeHelp: (env: string, fallback: string): B => ({
    nl: `de zakenopslag (standaard: $${env}, anders ${fallback})`,
    en: `the case store (default: $${env}, else ${fallback})`,
  }),
  serveHelp: {
    nl: 'De zakenopslag aanbieden over HTTP (leesroutes, presets, DDAS-export; docs/service.md).',
    en: 'Serve the case store over HTTP (read routes, presets, DDAS export; docs/service.md).',
  },
  portHelp: { nl: 'de poort (0: een vrije poort)', en: 'the port (0: a free one)' },
  hostHelp: { nl: 'het adres om op te luisteren', en: 'the address to listen on' },
  rateLimitHelp: {
    nl: 'verzoeken per sleutel per minuut voor 429 (standaard 600; verhoog dit voor een belastingtest)',
    en: 'requests per key per minute before 429 (default 600; raise it for a load test)',
  },
  ddasVsHelp: {
    nl: 'bied ook POST /gegevens aan voor het CBS (DDAS-VS) op een eigen poort, zoals ingesteld (docs/service-ddas-vs.md)',
    en: 'also serve POST /gegevens for CBS (DDAS-VS) on its own port, as configured (docs/service-ddas-vs.md)',
  },
  keysHelp: {
    nl: 'API-sleutels van de dienst: maken, tonen, intrekken.',
    en: 'API keys of the service: create, list, revoke.',
  },
  createHelp: {
    nl: 'Een sleutel maken; die wordt één keer getoond — bewaar hem, alleen de hash wordt opgeslagen.',
    en: 'Make a key; it is printed once — keep it, only its hash is stored.',
  },
  roleHelp: { nl: 'wat de sleutel mag', en: 'what the key may do' },
  keyMunicipalityHelp: {
    nl: 'een gemeente die de sleutel mag lezen (herhaalbaar)',
    en: 'a municipality the key may read (repeatable)',
  },
  partnerHelp: { nl: 'het partner-id van een partnersleutel', en: 'the partner id of a partner key' },
  labelHelp: { nl: 'wie de sleutel heeft (een notitie)', en: 'who holds the key (a note)' },
  made: (id: string, role: string, scope: string, key: string): B => ({
    nl: `Sleutel ${id} (${role}; ${scope}):\n${key}\nBewaar hem nu: hij wordt niet nog eens getoond (alleen de sha256 wordt opgeslagen). Stuur hem mee als Authorization: Bearer <sleutel>.`,
    en: `Key ${id} (${role}; ${scope}):\n${key}\nKeep it now: it is not shown again (only its sha256 is stored). Send it as Authorization: Bearer <key>.`,
  }),
  listHelp: {
    nl: 'De sleutels: id’s, rollen, bereik, gemaakt, ingetrokken — nooit een geheim.',
    en: 'The keys: ids, roles, scopes, created, revoked — never a secret.',
  },
  noKeys: { nl: 'Geen sleutels.', en: 'No keys.' },
  keysHead: {
    nl: 'Sleutels (id, rol, gemeenten, partner):',
    en: 'Keys (id, role, municipalities, partner):',
  },
  created: (at: string): B => ({ nl: `gemaakt ${at}`, en: `created ${at}` }),
  revokedAt: (at: string): B => ({ nl: `INGETROKKEN ${at}`, en: `REVOKED ${at}` }),
  revokeHelp: {
    nl: 'Een sleutel intrekken: vanaf het volgende verzoek wordt hij geweigerd.',
    en: 'Revoke a key: it is refused from the next request on.',
  },
  keyIdArg: {
    nl: 'het sleutel-id (16 hexadecimale cijfers, zoals `keys list` het toont)',
    en: 'the key id (16 hex digits, as `keys list` shows it)',
  },
  badKeyId: {
    nl: 'een sleutel-id is 16 hexadecimale cijfers (zie keys list)',
    en: 'a key id is 16 hex digits (see keys list)',
  },
  revoked: (id: string, at: string | undefined): B => ({
    nl: `Sleutel ${id} ingetrokken op ${at}`,
    en: `Key ${id} revoked at ${at}`,
  }),
} as const;
