/**
 * `--columns` of `npm run check-export`: which column of a supplier's CSV holds which field, as
 * the wizard saves it (a JSON file `{"pupil":"Leerling","max":"Uit",...}`, or `{"columns":{...}}`)
 * or written out (`max=Uit,score=Behaalde punten`). Fields not named are guessed from the headers.
 */
import { CSV_FIELDS, type CsvColumns, type CsvField } from '@/adapters/csv/csv.columns';

export type ColumnsSpec = { readonly pairs: string } | { readonly json: string; readonly from: string };
export type ParsedColumns = { readonly columns: Partial<CsvColumns> } | { readonly error: string };

const FIELDS = CSV_FIELDS.join(', ');
const isField = (name: string): name is CsvField => (CSV_FIELDS as readonly string[]).includes(name);

function fromEntries(entries: readonly (readonly [string, unknown])[], where: string): ParsedColumns {
  const columns: Partial<Record<CsvField, string>> = {};
  for (const [field, header] of entries) {
    if (header === null || header === undefined) continue;
    if (!isField(field)) return { error: `onbekend veld "${field}" in ${where}; velden: ${FIELDS}` };
    if (typeof header !== 'string' || header.trim() === '' || header.length > 200)
      return { error: `${where}: ${field} moet een kolomkop zijn (tekst, 1 tot 200 tekens)` };
    columns[field] = header.trim();
  }
  if (Object.keys(columns).length === 0) return { error: `${where} noemt geen enkele kolom; velden: ${FIELDS}` };
  return { columns };
}

export function parseColumns(spec: ColumnsSpec): ParsedColumns {
  if ('pairs' in spec) {
    const entries = spec.pairs
      .split(',')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return at < 0 ? ([pair, ''] as const) : ([pair.slice(0, at).trim(), pair.slice(at + 1)] as const);
      });
    return fromEntries(entries, '--columns');
  }
  let value: unknown;
  try {
    value = JSON.parse(spec.json.replace(/^\uFEFF/, ''));
  } catch {
    return { error: `${spec.from} is geen geldige JSON` };
  }
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const inner = object && 'columns' in object ? object.columns : object;
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner))
    return { error: `${spec.from} moet een JSON-object zijn zoals {"pupil":"Leerling","max":"Uit"}` };
  return fromEntries(Object.entries(inner as Record<string, unknown>), spec.from);
}
