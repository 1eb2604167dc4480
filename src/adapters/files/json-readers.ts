import { readCaliperFile } from '../caliper/caliper.reader';
import { mapCaliperEvents } from '../caliper/caliper.mapper';
import { readStatementsFile } from '../xapi/xapi.file';
import { mapStatements } from '../xapi/xapi.page';
import type { BrokenLine } from '../shared/json-text';
import { rejectionOf } from '../shared/map-helpers';
import { headOf, textOf, unreadable, type ExportFile, type FileReadContext, type FileReader } from './export-file';

/** A JSON Lines line that could not be read: one rejection with its line number, the rest of the file is kept. */
export const brokenLineRejection = (line: BrokenLine, ctx: FileReadContext) =>
  rejectionOf(ctx.source, line.key, 'invalid-record', line.detail, ctx.now, `regel ${line.line}`);

const CALIPER_MARKERS = ['purl.imsglobal.org/ctx/caliper', '"sensor"', '"dataVersion"'];
const XAPI_MARKERS = ['"verb"', '"actor"', '"statements"'];

const looksLikeJson = (file: ExportFile) => /^[[{]/.test(headOf(file));

/** Caliper 1.1/1.2: a single event, an envelope, a list of them, or JSON Lines. */
export const caliperFileReader: FileReader = {
  kind: 'caliper-events',
  sourceKind: 'caliper',
  detect: (file) => looksLikeJson(file) && CALIPER_MARKERS.some((marker) => headOf(file, 8192).includes(marker)),
  read(file, _companions, ctx) {
    const content = readCaliperFile(textOf(file));
    if ('unreadable' in content) return unreadable(content.unreadable);
    const mapped = mapCaliperEvents(content.events, { source: ctx.source, mapping: ctx.mapping, now: ctx.now, resolveSloIds: ctx.resolveSloIds });
    const broken = (content.broken ?? []).map((line) => brokenLineRejection(line, ctx));
    return { ok: true, results: mapped.results, rejections: [...broken, ...mapped.rejections], skipped: mapped.skipped, voids: [] };
  },
};

/** xAPI: one statement, a list, or a StatementResult (an LRS export, a cmi5 sample). */
export const xapiFileReader: FileReader = {
  kind: 'xapi-statements',
  sourceKind: 'xapi',
  detect: (file) => looksLikeJson(file) && XAPI_MARKERS.some((marker) => headOf(file, 8192).includes(marker)),
  read(file, _companions, ctx) {
    const content = readStatementsFile(textOf(file));
    if (!content.ok) return unreadable(content.detail);
    const mapped = mapStatements(content.statements, { source: ctx.source, mapping: ctx.mapping, now: ctx.now, resolveSloIds: ctx.resolveSloIds });
    const broken = (content.broken ?? []).map((line) => brokenLineRejection(line, ctx));
    return { ok: true, results: mapped.results, rejections: [...broken, ...mapped.rejections], skipped: mapped.skipped, voids: mapped.voids };
  },
};
