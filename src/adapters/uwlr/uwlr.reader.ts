import { headOf, textOf, unreadable, type ExportFile, type FileRead, type FileReadContext, type FileReader } from '../files/export-file';
import { isEckId, type UwlrMapped } from './uwlr.result';
import { osoPlan, readXmlText, uwlrPlan, type XmlReadPlan } from './uwlr.stream';

const looksLikeXml = (head: string) => head.startsWith('<');
const isLeerresultaten = (head: string) =>
  /edustandaard\.nl\/leerresultaten\/2\/leerresultaten|<(?:[\w.-]+:)?leerresultaten_verzoek[\s>/]/.test(head);
const isDossier = (head: string) => /<(?:[\w.-]+:)?dossier[\s>]/.test(head) && /oso_gegevensset|<(?:[\w.-]+:)?metadata[\s>]/.test(head);

function finish(mapped: UwlrMapped | { readonly unreadable: string }): FileRead {
  if ('unreadable' in mapped) return unreadable(mapped.unreadable);
  return { ok: true, results: mapped.results, rejections: mapped.rejections, skipped: mapped.skipped, voids: [] };
}

/** UWLR 2.2 leerresultaten (Edustandaard), as a LVS sends them: toetsafnames with eckid, toetsen with normering. */
export const uwlrLeerresultatenReader: FileReader = {
  kind: 'uwlr-leerresultaten',
  sourceKind: 'uwlr',
  detect(file: ExportFile) {
    const head = headOf(file, 4096);
    return looksLikeXml(head) && isLeerresultaten(head);
  },
  read(file, _companions, ctx: FileReadContext) {
    const plan = xmlPlanOf('uwlr-leerresultaten', ctx);
    return 'unreadable' in plan ? unreadable(plan.unreadable) : finish(readXmlText(textOf(file), plan));
  },
};

/** The pseudonym the coordinator chose for a dossier (`options.pupil`), when it is one. */
function chosenPupilOf(options: FileReadContext['options']): string | null | { readonly invalid: true } {
  const value = options?.['pupil'];
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' && isEckId(value) ? value : { invalid: true };
}

/** An OSO overstapdossier (2019, PaO too): only its toetslijst is read. */
export const osoDossierReader: FileReader = {
  kind: 'oso-dossier',
  sourceKind: 'uwlr',
  detect(file: ExportFile) {
    const head = headOf(file, 4096);
    return looksLikeXml(head) && !isLeerresultaten(head) && isDossier(head);
  },
  read(file, _companions, ctx: FileReadContext) {
    const plan = xmlPlanOf('oso-dossier', ctx);
    return 'unreadable' in plan ? unreadable(plan.unreadable) : finish(readXmlText(textOf(file), plan));
  },
};

/** How a UWLR message or an OSO dossier is read, whole (`read`) or in batches (file-batches.ts), or why it cannot be. */
export function xmlPlanOf(kind: 'uwlr-leerresultaten' | 'oso-dossier', ctx: FileReadContext): XmlReadPlan | { readonly unreadable: string } {
  const mapContext = { source: ctx.source, mapping: ctx.mapping, now: ctx.now };
  if (kind === 'uwlr-leerresultaten') return uwlrPlan(mapContext);
  const chosen = chosenPupilOf(ctx.options);
  if (chosen !== null && typeof chosen !== 'string') return { unreadable: 'de gekozen leerling is geen pseudoniem (ECK iD)' };
  return osoPlan(mapContext, chosen);
}
