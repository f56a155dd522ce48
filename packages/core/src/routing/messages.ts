// The issue messages of routing, in one place (Dutch for officers, plain B1; English).
import type { Channel } from '../model/enums';
import type { Bilingual } from '../model/text';
import type { ContactData } from './config-checks';
import { CHANNEL_LABELS } from './outcome';

const DATA: Readonly<Record<ContactData, Bilingual>> = {
  phone: { nl: 'een telefoonnummer', en: 'phone' },
  email: { nl: 'een e-mailadres', en: 'email' },
  address: { nl: 'een adres', en: 'address' },
};

const DUPLICATE: Readonly<Record<'capacity' | 'overflow' | 'fallbacks', Bilingual>> = {
  capacity: { nl: 'De capaciteit voor', en: 'Capacity for' },
  overflow: { nl: 'De overloop van', en: 'Overflow from' },
  fallbacks: { nl: 'De terugvaloptie voor', en: 'Fallback for' },
};

const channelNl = (c: Channel) => CHANNEL_LABELS[c].nl;

/** The messages of routing's issues, by issue code. */
export const ROUTING_MESSAGES = {
  unknown_routing_fact: (name: string, known: readonly string[]): Bilingual => ({
    nl: `De routering kent geen feit "${name}". Wel bekend: ${known.join(', ')}`,
    en: `Routing does not compute a fact "${name}" (known: ${known.join(', ')})`,
  }),
  routing_fact_type: (name: string, type: string, given: string): Bilingual => ({
    nl: `Het routeringsfeit "${name}" is van het type ${type}, niet ${given}`,
    en: `Routing fact "${name}" has type ${type}, not ${given}`,
  }),
  negative_capacity: { nl: 'Een capaciteit kan niet negatief zijn', en: 'A capacity cannot be negative' },
  duplicate: (at: keyof typeof DUPLICATE, key: string, first: number): Bilingual => ({
    nl: `${DUPLICATE[at].nl} ${key} staat er twee keer in (de eerste keer bij ${at}[${first}])`,
    en: `${DUPLICATE[at].en} ${key} is given twice (first at ${at}[${first}])`,
  }),
  overflow_loop: (chain: readonly Channel[]): Bilingual => ({
    nl: `De overloop gaat in een kring rond: ${chain.map(channelNl).join(' → ')}`,
    en: `Overflow loops: ${chain.join(' → ')}`,
  }),
  fallback_not_needed: (channel: Channel, missing: ContactData, needs: ContactData): Bilingual => ({
    nl: `Voor ${channelNl(channel)} is geen ${DATA[missing].nl.replace(/^een /, '')} nodig, maar ${DATA[needs].nl}`,
    en: `Channel ${channel} does not need ${missing} (it needs ${needs})`,
  }),
  fallback_needs_missing_data: (channel: Channel, to: Channel, missing: ContactData): Bilingual => ({
    nl: `Van ${channelNl(channel)} naar ${channelNl(to)} gaan helpt niet: ook voor ${channelNl(to)} is ${DATA[missing].nl} nodig`,
    en: `Falling back from ${channel} to ${to} does not help: ${to} also needs ${missing}`,
  }),
  fallback_loop: (chain: readonly Channel[]): Bilingual => ({
    nl: `De terugvalopties gaan in een kring rond: ${chain.map(channelNl).join(' → ')}`,
    en: `Fallbacks loop: ${chain.join(' → ')}`,
  }),
  duplicate_team: (id: string, first: number): Bilingual => ({
    nl: `Het team "${id}" staat er twee keer in (de eerste keer bij teams[${first}])`,
    en: `Team "${id}" is declared twice (first at teams[${first}])`,
  }),
  team_is_built_in: (id: string): Bilingual => ({
    nl: `"${id}" is al een ingebouwd team: gebruik het zonder het te declareren, of kies een eigen id`,
    en: `"${id}" is a built-in team: use it without declaring it, or choose an id of your own`,
  }),
  unknown_team: (team: string, suggestions: readonly string[]): Bilingual => ({
    nl: `Onbekend team "${team}"${suggestions.length > 0 ? ` — bedoelt u ${suggestions.join(' of ')}?` : '.'} Een eigen team declareert u in "teams".`,
    en: `Unknown team "${team}"${suggestions.length > 0 ? ` — did you mean ${suggestions.join(' or ')}?` : '.'} Declare a team of your own in "teams".`,
  }),
  duplicate_case: {
    nl: 'Deze casus staat twee keer in de lijst. Elke casus mag maar één keer worden ingedeeld',
    en: 'This case is given twice; each case can be allocated only once',
  },
} as const;
