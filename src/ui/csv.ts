/**
 * CSV for people (spreadsheets). Cells that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) get a leading apostrophe, as OWASP advises against CSV
 * injection. Separator ';' with a BOM, which Dutch Excel opens as columns.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string, separator: string): string {
  const safe = neutraliseCell(value);
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[], separator = ';'): string {
  const lines = rows.map((row) => row.map((cell) => quote(cell === null ? '' : String(cell), separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
