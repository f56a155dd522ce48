// Public API of adapters/letters (issue 15): letters, cards, e-mails and SMS in bulk — checked
// Handlebars template sets (Dutch B1 and English defaults), the selection with its privacy rules,
// A4 letters with the address in the envelope window and A6 cards as PDF, e-mails as .eml, SMS
// length, and the output files with their manifest.
export { defaultTemplates } from './default-templates';
export { type EmailInput, emailHtml, emailMessage } from './email';
export { composeEmails, type EmailComposer } from './email-batch';
export { LETTER_WINDOW } from './layout';
export {
  LETTERS_PROGRESS_EVERY,
  type LetterCase,
  type LetterItem,
  type LettersInput,
  type LettersResult,
  makeLetters,
  type SkippedCase,
} from './make-letters';
export {
  LETTERS_MANIFEST_FORMAT,
  type LettersContext,
  type LettersFilesOptions,
  lettersFiles,
} from './outputs';
export { type PrintItem, printPdf, printPdfs } from './pdf';
export { type Recipient, type RecipientCase, recipientsOf } from './recipients';
export { type SelectCase, type Selection, SKIP_REASONS, type SkipReason, selectCase } from './select';
export { type SmsLength, smsLength } from './sms-length';
export {
  loadTemplates,
  OPEN_VARIABLES,
  PRIVATE_VARIABLES,
  TEMPLATE_MAX_LENGTH,
  type TemplateSet,
  type TemplateValues,
} from './templates';
export {
  EMAILS_FOR_THREADS,
  type LettersThreadOptions,
  type LettersThreads,
  lettersThreads,
} from './threads';
export {
  SITUATIONS,
  type Situation,
  type TemplatePart,
  templateFileName,
  WRITTEN_CHANNELS,
  type WrittenChannel,
} from './vocabulary';
