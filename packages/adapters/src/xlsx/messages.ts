// Every text the Excel signal reader shows to people, in one place: plain Dutch (B1) for municipal
// officers, and English. Like the CSV messages, no message repeats a cell's value in full: at most a
// short, control-escaped excerpt (`excerpt`), and never the value of a personal column.
import { type Bilingual, excerpt } from '@signaalreis/core';

type B = Bilingual;
const x = (text: string) => excerpt(text);
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** What a cell holds, as the messages name it. */
export type CellKindName = 'date' | 'number' | 'boolean';
const KIND: Record<CellKindName, B> = {
  date: { nl: 'een datum', en: 'a date' },
  number: { nl: 'een getal', en: 'a number' },
  boolean: { nl: 'WAAR of ONWAAR', en: 'TRUE or FALSE' },
};
/** What a column expects, as the messages name it. */
export type ColumnKindName = 'text' | 'amount' | 'date' | 'count';
const EXPECTS: Record<ColumnKindName, B> = {
  text: { nl: 'tekst', en: 'text' },
  amount: { nl: 'een bedrag', en: 'an amount' },
  date: { nl: 'een datum', en: 'a date' },
  count: { nl: 'een heel getal', en: 'a whole number' },
};
const FIX: Record<ColumnKindName, B> = {
  text: {
    nl: 'Geef de kolom de celnotatie Tekst en typ de waarde opnieuw',
    en: 'Format the column as Text and type the value again',
  },
  amount: {
    nl: 'Typ het bedrag als getal, bijvoorbeeld 1527,96',
    en: 'Type the amount as a number, e.g. 1527.96',
  },
  date: {
    nl: 'Geef de cel een datumnotatie (bijvoorbeeld dd-mm-jjjj) of typ de datum als 26-10-2026',
    en: 'Give the cell a date format (e.g. dd-mm-yyyy) or type the date as 26-10-2026',
  },
  count: { nl: 'Typ een heel getal, bijvoorbeeld 2', en: 'Type a whole number, e.g. 2' },
};

/** Messages of the Excel (.xlsx) signal reader. */
export const XLSX_MESSAGES = {
  notXlsx: (): B => ({
    nl: 'Het bestand is geen Excel-werkmap (.xlsx). Sla het in Excel op als "Excel-werkmap (*.xlsx)" of als "CSV UTF-8"',
    en: 'The file is not an Excel workbook (.xlsx); save it in Excel as "Excel Workbook (*.xlsx)" or as "CSV UTF-8"',
  }),
  oldXls: (): B => ({
    nl: 'Het bestand is een oude Excel-werkmap (.xls). Sla het in Excel op als "Excel-werkmap (*.xlsx)" of als "CSV UTF-8"',
    en: 'The file is an old Excel workbook (.xls); save it in Excel as "Excel Workbook (*.xlsx)" or as "CSV UTF-8"',
  }),
  encrypted: (): B => ({
    nl: 'De werkmap is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla de werkmap opnieuw op',
    en: 'The workbook is protected with a password and cannot be read; remove the password (File > Info > Protect Workbook) and save it again',
  }),
  damaged: (part: string): B => ({
    nl: `De werkmap is beschadigd of niet compleet (${x(part)} kan niet worden gelezen). Open en bewaar de werkmap opnieuw in Excel`,
    en: `The workbook is damaged or incomplete (${x(part)} cannot be read); open and save it again in Excel`,
  }),
  noWorkbook: (): B => ({
    nl: 'Het bestand is een zip-bestand, maar geen Excel-werkmap (bijvoorbeeld een .docx of .ods). Sla het in Excel op als "Excel-werkmap (*.xlsx)"',
    en: 'The file is a zip archive but not an Excel workbook (a .docx or .ods?); save it in Excel as "Excel Workbook (*.xlsx)"',
  }),
  noSheets: (): B => ({
    nl: 'De werkmap heeft geen werkbladen',
    en: 'The workbook has no worksheets',
  }),
  sheetNotFound: (name: string, sheets: readonly string[], more: number): B => {
    const list = sheets.map((s) => `"${x(s)}"`).join(', ');
    return {
      nl: `De werkmap heeft geen werkblad "${x(name)}". Wel: ${list}${more > 0 ? ` en nog ${more}` : ''}`,
      en: `The workbook has no sheet "${x(name)}"; it has ${list}${more > 0 ? ` and ${more} more` : ''}`,
    };
  },
  emptySheet: (sheet: string): B => ({
    nl: `Werkblad "${x(sheet)}" is leeg: er horen een kopregel en rijen met signalen in te staan`,
    en: `Sheet "${x(sheet)}" is empty: expected a header row and signal rows`,
  }),
  otherSheets: (sheet: string, others: number): B => ({
    nl: `Alleen werkblad "${x(sheet)}" is gelezen; de werkmap heeft nog ${others} ander(e) werkblad(en). Kies een ander blad met --sheet`,
    en: `Only sheet "${x(sheet)}" was read; the workbook has ${others} other sheet(s); choose another with --sheet`,
  }),
  tooLarge: (part: string, bytes: number, max: number): B => ({
    nl: `De werkmap is te groot om veilig te lezen: ${x(part)} is uitgepakt ${mib(bytes)}, hoogstens ${mib(max)} mag (projectkeuze). Splits de signalen over meer bestanden`,
    en: `The workbook is too large to read safely: ${x(part)} unpacks to ${mib(bytes)}, at most ${mib(max)} is allowed (project default); split the signals over more files`,
  }),
  tooManyEntries: (entries: number, max: number): B => ({
    nl: `De werkmap bestaat uit ${entries} onderdelen; hoogstens ${max} mag (projectkeuze)`,
    en: `The workbook consists of ${entries} parts; at most ${max} are allowed (project default)`,
  }),
  tokenTooLong: (part: string, max: number): B => ({
    nl: `${x(part)} bevat een cel of tekst van meer dan ${mib(max)} (projectkeuze); de werkmap wordt niet gelezen`,
    en: `${x(part)} holds a cell or text longer than ${mib(max)} (project default); the workbook is not read`,
  }),
  cellType: (cell: string, column: string, found: CellKindName, expects: ColumnKindName): B => ({
    nl: `Cel ${cell} (${x(column)}) bevat ${KIND[found].nl}, maar hier hoort ${EXPECTS[expects].nl}. ${FIX[expects].nl}`,
    en: `Cell ${cell} (${x(column)}) holds ${KIND[found].en} where ${EXPECTS[expects].en} belongs; ${FIX[expects].en}`,
  }),
  dateInTextColumn: (cell: string, column: string): B => ({
    nl: `Excel heeft van cel ${cell} (${x(column)}) een datum gemaakt (dat gebeurt bijvoorbeeld met huisnummer 12-2). Geef de kolom de celnotatie Tekst en typ de waarde opnieuw`,
    en: `Excel turned cell ${cell} (${x(column)}) into a date (this happens e.g. to house number 12-2); format the column as Text and type the value again`,
  }),
  cellError: (cell: string, column: string, error: string | null): B => ({
    nl: `Cel ${cell} (${x(column)}) bevat ${error === null ? 'een foutwaarde' : `de foutwaarde ${x(error)}`}. Verbeter de formule of de waarde`,
    en: `Cell ${cell} (${x(column)}) holds ${error === null ? 'an error value' : `the error value ${x(error)}`}; fix the formula or the value`,
  }),
  formulaWithoutValue: (cell: string, column: string): B => ({
    nl: `Cel ${cell} (${x(column)}) bevat een formule zonder berekende waarde. Open de werkmap in Excel en sla hem op, zodat Excel de formule uitrekent`,
    en: `Cell ${cell} (${x(column)}) holds a formula without a computed value; open the workbook in Excel and save it, so that Excel computes it`,
  }),
  amountDecimals: (cell: string, shown: string): B => ({
    nl: `Het bedrag in cel ${cell} (${x(shown)}) heeft meer dan twee decimalen. Rond het af op centen, bijvoorbeeld met =AFRONDEN(…;2)`,
    en: `The amount in cell ${cell} (${x(shown)}) has more than two decimals; round it to cents, e.g. with =ROUND(…,2)`,
  }),
  dateOutOfRange: (cell: string): B => ({
    nl: `Cel ${cell} bevat geen bestaande datum (Excel-datums lopen van 1-1-1900 tot 31-12-9999; 29-2-1900 bestaat niet)`,
    en: `Cell ${cell} does not hold a real date (Excel dates run from 1-1-1900 to 31-12-9999; 29-2-1900 does not exist)`,
  }),
  beyondHeader: (cell: string, header: number): B => ({
    nl: `Cel ${cell} heeft een waarde, maar de kopregel heeft maar ${header} kolommen. Geef de kolom een naam of maak de cel leeg`,
    en: `Cell ${cell} holds a value but the header has only ${header} columns; name the column or empty the cell`,
  }),
} as const;
