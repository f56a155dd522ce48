// The default template set of `signaalreis letters` (issue 15), Dutch at B1 level (short sentences,
// plain words, "u") and English: what `signaalreis letters templates --out <folder>` copies for a
// municipality to edit. A card, an SMS and an e-mail's subject name no creditor and no amount.
import type { Lang } from '@signaalreis/core';

const NL: Readonly<Record<string, string>> = {
  'card-crisis.hbs':
    '# Een bericht van {{municipality.name}}\n\nBeste {{resident.name}},\n\nWij willen u graag snel spreken. Het is belangrijk. Wilt u ons vandaag of morgen bellen?\n\nBel {{municipality.phone}}, {{municipality.openingHours}}. Noem dit nummer: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'card-match.hbs':
    '# Een bericht van {{municipality.name}}\n\nBeste {{resident.name}},\n\nWij willen graag met u in contact komen. Wilt u ons bellen?\n\nBel {{municipality.phone}}, {{municipality.openingHours}}. Noem dit nummer: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'card-reminder.hbs':
    '# Een bericht van {{municipality.name}}\n\nBeste {{resident.name}},\n\nWij hebben u al eerder geprobeerd te bereiken. Wij willen u nog steeds graag spreken. Wilt u ons bellen?\n\nBel {{municipality.phone}}, {{municipality.openingHours}}. Noem dit nummer: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'card-single.hbs':
    '# Een bericht van {{municipality.name}}\n\nBeste {{resident.name}},\n\nWij willen graag met u in contact komen. Wilt u ons bellen?\n\nBel {{municipality.phone}}, {{municipality.openingHours}}. Noem dit nummer: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'email-crisis-subject.hbs': 'Belangrijk: een bericht van {{municipality.name}}\n',
  'email-crisis.hbs':
    '# Dringend: hulp bij geldzorgen\n\nBeste {{resident.name}},\n\nWij kregen een bericht van {{creditors}}. U heeft een betalingsachterstand van {{amount}}. Het is dringend. Misschien moet u uit uw huis. Of uw gas, stroom of water wordt afgesloten.\n\nWij willen u snel helpen. Dat is gratis.{{#if deadline}} Neem uiterlijk {{deadline}} contact met ons op.{{/if}}\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook antwoorden op deze e-mail. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'email-match-subject.hbs': 'Een bericht van {{municipality.name}}\n',
  'email-match.hbs':
    '# Hulp bij geldzorgen\n\nBeste {{resident.name}},\n\nWij kregen berichten van {{creditorCount}} organisaties: {{creditors}}. U heeft bij hen een betalingsachterstand. Samen is dat {{amount}}.\n\nWij willen u graag helpen. Dat is gratis. Samen kijken we wat u kunt doen. Zo wordt de schuld niet groter.\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook antwoorden op deze e-mail. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'email-reminder-subject.hbs': 'Wij willen u graag spreken: {{municipality.name}}\n',
  'email-reminder.hbs':
    '# Wij willen u graag spreken\n\nBeste {{resident.name}},\n\nWij hebben u eerder geprobeerd te bereiken. Dat is nog niet gelukt. Daarom schrijven wij u opnieuw.\n\nWij kregen een bericht van {{creditors}}. U heeft een betalingsachterstand van {{amount}}.\n\nWij willen u graag helpen. Dat is gratis. Samen kijken we wat u kunt doen. Zo wordt de schuld niet groter.\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook antwoorden op deze e-mail. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'email-single-subject.hbs': 'Een bericht van {{municipality.name}}\n',
  'email-single.hbs':
    '# Hulp bij geldzorgen\n\nBeste {{resident.name}},\n\nWij kregen een bericht van {{creditors}}. U heeft daar een betalingsachterstand van {{amount}}.\n\nWij willen u graag helpen. Dat is gratis. Samen kijken we wat u kunt doen. Zo wordt de schuld niet groter.\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook antwoorden op deze e-mail. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'letter-crisis.hbs':
    '# Dringend: hulp bij geldzorgen\n\nBeste {{resident.name}},\n\nWij kregen een bericht van {{creditors}}. U heeft een betalingsachterstand van {{amount}}. Het is dringend. Misschien moet u uit uw huis. Of uw gas, stroom of water wordt afgesloten.\n\nWij willen u snel helpen. Dat is gratis.{{#if deadline}} Neem uiterlijk {{deadline}} contact met ons op.{{/if}}\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook een e-mail sturen naar {{municipality.email}}. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n',
  'letter-match.hbs':
    '# Hulp bij geldzorgen\n\nBeste {{resident.name}},\n\nWij kregen berichten van {{creditorCount}} organisaties: {{creditors}}. U heeft bij hen een betalingsachterstand. Samen is dat {{amount}}.\n\nWij willen u graag helpen. Dat is gratis. Samen kijken we wat u kunt doen. Zo wordt de schuld niet groter.\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook een e-mail sturen naar {{municipality.email}}. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n',
  'letter-reminder.hbs':
    '# Wij willen u graag spreken\n\nBeste {{resident.name}},\n\nWij hebben u eerder geprobeerd te bereiken. Dat is nog niet gelukt. Daarom schrijven wij u opnieuw.\n\nWij kregen een bericht van {{creditors}}. U heeft een betalingsachterstand van {{amount}}.\n\nWij willen u graag helpen. Dat is gratis. Samen kijken we wat u kunt doen. Zo wordt de schuld niet groter.\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook een e-mail sturen naar {{municipality.email}}. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n',
  'letter-single.hbs':
    '# Hulp bij geldzorgen\n\nBeste {{resident.name}},\n\nWij kregen een bericht van {{creditors}}. U heeft daar een betalingsachterstand van {{amount}}.\n\nWij willen u graag helpen. Dat is gratis. Samen kijken we wat u kunt doen. Zo wordt de schuld niet groter.\n\nBel ons op {{municipality.phone}}. Dat kan {{municipality.openingHours}}. U kunt ook een e-mail sturen naar {{municipality.email}}. Noem dan dit nummer: {{reference}}.\n\nMet vriendelijke groet,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Meer leest u op {{municipality.privacyUrl}}.{{/if}}\n',
  'sms-crisis.hbs':
    'Beste {{resident.name}}, {{municipality.name}} wil u snel spreken. Het is belangrijk. Bel ons op {{municipality.phone}}. Noem nummer {{reference}}.\n',
  'sms-match.hbs':
    'Beste {{resident.name}}, {{municipality.name}} wil graag met u praten. Bel ons op {{municipality.phone}}. Noem nummer {{reference}}.\n',
  'sms-reminder.hbs':
    'Beste {{resident.name}}, {{municipality.name}} wil u nog steeds graag spreken. Bel ons op {{municipality.phone}}. Noem nummer {{reference}}.\n',
  'sms-single.hbs':
    'Beste {{resident.name}}, {{municipality.name}} wil graag met u praten. Bel ons op {{municipality.phone}}. Noem nummer {{reference}}.\n',
};

const EN: Readonly<Record<string, string>> = {
  'card-crisis.hbs':
    '# A message from {{municipality.name}}\n\nDear {{resident.name}},\n\nWe would like to speak to you soon. It is important. Would you call us today or tomorrow?\n\nCall {{municipality.phone}}, {{municipality.openingHours}}. Please give this number: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'card-match.hbs':
    '# A message from {{municipality.name}}\n\nDear {{resident.name}},\n\nWe would like to get in touch with you. Would you call us?\n\nCall {{municipality.phone}}, {{municipality.openingHours}}. Please give this number: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'card-reminder.hbs':
    '# A message from {{municipality.name}}\n\nDear {{resident.name}},\n\nWe tried to reach you before. We would still like to speak to you. Would you call us?\n\nCall {{municipality.phone}}, {{municipality.openingHours}}. Please give this number: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'card-single.hbs':
    '# A message from {{municipality.name}}\n\nDear {{resident.name}},\n\nWe would like to get in touch with you. Would you call us?\n\nCall {{municipality.phone}}, {{municipality.openingHours}}. Please give this number: {{reference}}.\n\n{{municipality.team}}, {{municipality.name}}\n',
  'email-crisis-subject.hbs': 'Important: a message from {{municipality.name}}\n',
  'email-crisis.hbs':
    '# Urgent: help with money worries\n\nDear {{resident.name}},\n\nWe received a message from {{creditors}}. You are behind with your payments: {{amount}}. This is urgent. You may have to leave your home, or your gas, electricity or water may be cut off.\n\nWe want to help you quickly. It is free.{{#if deadline}} Please contact us by {{deadline}} at the latest.{{/if}}\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also reply to this e-mail. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'email-match-subject.hbs': 'A message from {{municipality.name}}\n',
  'email-match.hbs':
    '# Help with money worries\n\nDear {{resident.name}},\n\nWe received messages from {{creditorCount}} organisations: {{creditors}}. You are behind with your payments to them. Together this is {{amount}}.\n\nWe would like to help you. It is free. Together we look at what you can do, so that the debt does not grow.\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also reply to this e-mail. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'email-reminder-subject.hbs': 'We would like to talk to you: {{municipality.name}}\n',
  'email-reminder.hbs':
    '# We would like to talk to you\n\nDear {{resident.name}},\n\nWe tried to reach you before, but we have not spoken to you yet. That is why we write to you again.\n\nWe received a message from {{creditors}}. You are behind with your payments: {{amount}}.\n\nWe would like to help you. It is free. Together we look at what you can do, so that the debt does not grow.\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also reply to this e-mail. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'email-single-subject.hbs': 'A message from {{municipality.name}}\n',
  'email-single.hbs':
    '# Help with money worries\n\nDear {{resident.name}},\n\nWe received a message from {{creditors}}. You are behind with your payments there: {{amount}}.\n\nWe would like to help you. It is free. Together we look at what you can do, so that the debt does not grow.\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also reply to this e-mail. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n\n{{municipality.website}}\n',
  'letter-crisis.hbs':
    '# Urgent: help with money worries\n\nDear {{resident.name}},\n\nWe received a message from {{creditors}}. You are behind with your payments: {{amount}}. This is urgent. You may have to leave your home, or your gas, electricity or water may be cut off.\n\nWe want to help you quickly. It is free.{{#if deadline}} Please contact us by {{deadline}} at the latest.{{/if}}\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also send an e-mail to {{municipality.email}}. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n',
  'letter-match.hbs':
    '# Help with money worries\n\nDear {{resident.name}},\n\nWe received messages from {{creditorCount}} organisations: {{creditors}}. You are behind with your payments to them. Together this is {{amount}}.\n\nWe would like to help you. It is free. Together we look at what you can do, so that the debt does not grow.\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also send an e-mail to {{municipality.email}}. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n',
  'letter-reminder.hbs':
    '# We would like to talk to you\n\nDear {{resident.name}},\n\nWe tried to reach you before, but we have not spoken to you yet. That is why we write to you again.\n\nWe received a message from {{creditors}}. You are behind with your payments: {{amount}}.\n\nWe would like to help you. It is free. Together we look at what you can do, so that the debt does not grow.\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also send an e-mail to {{municipality.email}}. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n',
  'letter-single.hbs':
    '# Help with money worries\n\nDear {{resident.name}},\n\nWe received a message from {{creditors}}. You are behind with your payments there: {{amount}}.\n\nWe would like to help you. It is free. Together we look at what you can do, so that the debt does not grow.\n\nCall us on {{municipality.phone}}, {{municipality.openingHours}}. You can also send an e-mail to {{municipality.email}}. Please give this number: {{reference}}.\n\nKind regards,\n\n{{municipality.team}}\n{{municipality.name}}\n\n{{municipality.privacy}}{{#if municipality.privacyUrl}} Read more at {{municipality.privacyUrl}}.{{/if}}\n',
  'sms-crisis.hbs':
    'Dear {{resident.name}}, {{municipality.name}} needs to speak to you soon. It is important. Call us on {{municipality.phone}}. Give number {{reference}}.\n',
  'sms-match.hbs':
    'Dear {{resident.name}}, {{municipality.name}} would like to talk to you. Call us on {{municipality.phone}}. Give number {{reference}}.\n',
  'sms-reminder.hbs':
    'Dear {{resident.name}}, {{municipality.name}} would still like to talk to you. Call us on {{municipality.phone}}. Give number {{reference}}.\n',
  'sms-single.hbs':
    'Dear {{resident.name}}, {{municipality.name}} would like to talk to you. Call us on {{municipality.phone}}. Give number {{reference}}.\n',
};

/**
 * The default template set in `lang`: file name → text (see `templateFileName` for the names).
 *
 * @example
 * ```ts
 * import { defaultTemplates } from '@signaalreis/adapters/letters';
 * defaultTemplates('nl')['sms-single.hbs']; // 'Beste {{resident.name}}, {{municipality.name}} wil graag met u praten. …'
 * ```
 */
export function defaultTemplates(lang: Lang): Readonly<Record<string, string>> {
  return lang === 'en' ? EN : NL;
}
