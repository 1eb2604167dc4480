/**
 * How fast a billion-laughs DOCTYPE is refused (it must be refused without expanding it; the unit
 * test tests/unit/adapters/uwlr.hostile.test.ts checks that it is refused). Beside it, for scale,
 * the refusal of an external-entity DOCTYPE. `npm run bench` prints vitest's table; a refusal that
 * expanded the entities would take seconds instead of well under a millisecond.
 */
import { bench, describe } from 'vitest';
import { sourceId } from '@/domain/ids';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { osoDossierReader, uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';

const file = (text: string): ExportFile => ({ name: 'x.xml', bytes: new TextEncoder().encode(text) });
const ctx: FileReadContext = { source: sourceId('lvs'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const NS = 'xmlns="http://www.edustandaard.nl/leerresultaten/2/leerresultaten"';
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<leerresultaten_verzoek ${NS}><toetsafnames><toetsafname><eckid>&lol9;</eckid></toetsafname></toetsafnames></leerresultaten_verzoek>`;
const EXTERNAL = '<?xml version="1.0"?><!DOCTYPE dossier SYSTEM "file:///etc/passwd"><dossier><metadata/></dossier>';

describe('refusing hostile XML', () => {
  bench('billion laughs (UWLR leerresultaten)', () => {
    const read = uwlrLeerresultatenReader.read(file(BILLION_LAUGHS), [], ctx);
    if (read.ok) throw new Error('a billion-laughs DOCTYPE was accepted');
  });
  bench('external entity (OSO dossier)', () => {
    const read = osoDossierReader.read(file(EXTERNAL), [], ctx);
    if (read.ok) throw new Error('an external-entity DOCTYPE was accepted');
  });
});
