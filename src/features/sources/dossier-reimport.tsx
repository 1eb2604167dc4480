import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { DossierInspection } from '@/ingest/connector-wizard.machine';
import { useDb } from '@/store/db-context';
import { dossierPupilQueries } from '@/store/dossier-pupils.queries';
import { PupilChoice } from '@/ui/pupil-choice';

/** A new OSO dossier file for a dossier source: whose is it (the last import's pupil preselected), or why nothing can be read. */
export function DossierReimport({
  dossier,
  pupil,
  onPupil,
}: {
  dossier: DossierInspection;
  pupil: PupilKey | null;
  onPupil: (pupil: PupilKey | null) => void;
}) {
  const { t } = useTranslation();
  const db = useDb();
  const pupils = useQuery({ ...dossierPupilQueries.all(db), enabled: dossier.needsPupil });
  if (dossier.optedOut) return <p role="alert">{t('sources.file.dossier.optedOut')}</p>;
  if (!dossier.needsPupil) return null;
  if (pupils.data?.length === 0) return <p role="alert">{t('sources.file.dossier.noRoster')}</p>;
  return (
    <>
      <p className="muted">{t('sources.file.dossier.help')}</p>
      {pupils.data ? (
        <PupilChoice
          pupils={pupils.data}
          value={pupil}
          onChange={onPupil}
          text={{ search: t('sources.file.dossier.search'), pupil: t('sources.file.dossier.pupil'), choose: t('sources.file.dossier.choose') }}
        />
      ) : null}
    </>
  );
}
