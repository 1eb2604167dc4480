import { useTranslation } from 'react-i18next';
import { mappingExport, mappingFileName } from '@/domain/mapping-export';
import type { Source } from '@/domain/source';
import { useClock } from '@/ui/clock-context';
import { downloadText } from '@/ui/download';

/** Downloads the source's code-to-goal mapping in the format `npm run report -- --mapping` reads. */
export function ExportMapping({ source }: { source: Source }) {
  const { t } = useTranslation();
  const clock = useClock();
  const save = () =>
    downloadText(mappingFileName(source), `${JSON.stringify(mappingExport(source, source.mapping, clock()), null, 2)}\n`, 'application/json');
  return (
    <button type="button" className="secondary" onClick={save} title={t('sources.exportMappingHelp')}>
      {t('sources.exportMapping', { name: source.name })}
    </button>
  );
}
