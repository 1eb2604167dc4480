import { CaliperEnvelope } from './caliper.schema';
import { embedded } from './caliper.refs';

export type CaliperFileContent = { readonly events: unknown[] } | { readonly unreadable: string };

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
  const parsed = CaliperEnvelope.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `envelope: ${issue ? `${issue.path.map(String).join('.') || '(envelope)'}: ${issue.message}` : 'ongeldig'}`;
  }
  return parsed.data.data;
}

/** Events from a parsed JSON value: an envelope, a list of envelopes and/or events, or one event. */
function eventsOfValue(value: unknown, where: string): CaliperFileContent {
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

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * A Caliper file as a sensor or an export would write it: a single event, an envelope
 * `{sensor, sendTime, dataVersion, data: [...]}`, an array of envelopes (or events), or
 * JSON Lines with one envelope or event per line. Returns the raw events for the mapper,
 * or why the file cannot be read at all. Never echoes file content; never throws.
 */
export function readCaliperFile(text: string): CaliperFileContent {
  if (typeof text !== 'string') return { unreadable: 'geen tekst' };
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { unreadable: 'leeg bestand' };
  const whole = parseJson(body);
  if (whole.ok) return eventsOfValue(whole.value, 'bestand');
  const lines = body.split(/\r?\n/);
  if (lines.length < 2) return { unreadable: 'bestand: geen geldige JSON' };
  const events: unknown[] = [];
  let first = true;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = parseJson(line);
    if (!parsed.ok) return { unreadable: first ? 'bestand: geen geldige JSON (en geen JSON Lines)' : `regel ${index + 1}: geen geldige JSON` };
    first = false;
    const content = eventsOfValue(parsed.value, `regel ${index + 1}`);
    if ('unreadable' in content) return content;
    events.push(...content.events);
  }
  return { events };
}
