import { caliperEnvelope } from './caliper.guard';
import { embedded } from './caliper.refs';
import { readJsonLines, parseJsonText, type BrokenLine } from '../shared/json-text';
import { fingerprint } from '../shared/map-helpers';

export type CaliperFileContent = { readonly events: unknown[]; readonly broken?: readonly BrokenLine[] } | { readonly unreadable: string };

/** An object that claims to be an envelope: it has `data` and at least one envelope field. */
const looksLikeEnvelope = (value: unknown): boolean => {
  const object = embedded(value);
  return object !== null && 'data' in object && ('sensor' in object || 'sendTime' in object || 'dataVersion' in object);
};

/**
 * The events (and entities) inside one envelope, or an error text when it is not an envelope.
 * Records inside are not checked here: the mapper judges each one.
 */
export function eventsOfEnvelope(value: unknown): unknown[] | string {
  const parsed = caliperEnvelope.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `envelope: ${issue ? `${issue.path.map(String).join('.') || '(envelope)'}: ${issue.message}` : 'ongeldig'}`;
  }
  return parsed.data.data;
}

/** Events from a parsed JSON value: an envelope, a list of envelopes and/or events, or one event. */
export function eventsOfValue(value: unknown, where: string): CaliperFileContent {
  const items = Array.isArray(value) ? value : [value];
  if (!Array.isArray(value) && embedded(value) === null) return { unreadable: `${where}: geen Caliper-event of -envelope` };
  const events: unknown[] = [];
  for (const [index, item] of items.entries()) {
    if (!looksLikeEnvelope(item)) {
      events.push(item);
      continue;
    }
    const inner = eventsOfEnvelope(item);
    if (typeof inner === 'string') return { unreadable: `${where}${Array.isArray(value) ? ` [${index}]` : ''}: ${inner}` };
    events.push(...inner);
  }
  return { events };
}

/**
 * A Caliper file as a sensor or an export would write it: a single event, an envelope
 * `{sensor, sendTime, dataVersion, data: [...]}`, an array of envelopes (or events), or
 * JSON Lines with one envelope or event per line. Returns the raw events for the mapper and, for
 * JSON Lines, the lines that could not be read (each one rejection; the rest is kept), or why the
 * file cannot be read at all. Never echoes file content (a syntax error names its place); never throws.
 */
export function readCaliperFile(text: string): CaliperFileContent {
  if (typeof text !== 'string') return { unreadable: 'geen tekst' };
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { unreadable: 'leeg bestand' };
  const whole = parseJsonText(body);
  if (whole.ok) return eventsOfValue(whole.value, 'bestand');
  const lines = readJsonLines(body);
  if (lines === null || lines.values.length + lines.broken.length < 2) return { unreadable: `bestand: geen geldige JSON (${whole.place})` };
  const events: unknown[] = [];
  const broken: BrokenLine[] = [...lines.broken];
  for (const { line, value } of lines.values) {
    const content = eventsOfValue(value, `regel ${line}`);
    if ('unreadable' in content) broken.push({ line, key: `regel-${fingerprint(value)}`, detail: content.unreadable });
    else events.push(...content.events);
  }
  return { events, broken: broken.sort((a, b) => a.line - b.line) };
}
