import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { WizardError } from '@/ingest/connector-wizard.machine';
import { useDb } from '@/store/db-context';
import { dossierPupilQueries } from '@/store/dossier-pupils.queries';
import { PupilChoice } from '@/ui/pupil-choice';
import { WizardErrorNotice } from './wizard-error';

/**
 * "Whose dossier is this?": an OSO dossier has no ECK iD, so the coordinator picks a roster pupil
 * (by name while unlocked, "Leerling n" otherwise). The pupil's local key is all the view holds.
 * Without a roster there is nothing to choose and the wizard cannot go on.
 */
export function DossierPupilStep({
  pupil,
  error,
  name,
  onPupil,
  onBack,
  onNext,
}: {
  pupil: PupilKey | null;
  error: WizardError | null;
  name: string;
  onPupil: (pupil: PupilKey | null) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const db = useDb();
  const pupils = useQuery(dossierPupilQueries.all(db));
  const noRoster = pupils.data?.length === 0;
  return (
    <>
      <h2>{t('connectors.fileChoice.dossier.title')}</h2>
      <p className="muted">{t('connectors.fileChoice.dossier.help')}</p>
      {pupils.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {noRoster ? (
        <div role="alert" className="notice notice--error">
          <p>{t('connectors.fileChoice.dossier.noRoster')}</p>
          <p>
            <Link to="/privacy">{t('connectors.fileChoice.dossier.toRoster')}</Link>
          </p>
        </div>
      ) : null}
      {pupils.data && pupils.data.length > 0 ? (
        <>
          <PupilChoice
            pupils={pupils.data}
            value={pupil}
            onChange={onPupil}
            text={{
              search: t('connectors.fileChoice.dossier.search'),
              pupil: t('connectors.fileChoice.dossier.pupil'),
              choose: t('connectors.fileChoice.dossier.choose'),
            }}
          />
          <p className="muted">{t('connectors.fileChoice.dossier.remembered')}</p>
          <p className="muted">{t('connectors.fileChoice.dossier.nameHint')}</p>
          {pupil === null ? <p role="status">{t('connectors.fileChoice.dossier.chooseFirst')}</p> : null}
        </>
      ) : null}
      {error ? <WizardErrorNotice error={error} name={name} file /> : null}
      <button type="button" className="secondary" onClick={onBack}>
        {t('connectors.back')}
      </button>{' '}
      <button type="button" disabled={pupil === null || noRoster !== false} onClick={onNext}>
        {t('connectors.next')}
      </button>
    </>
  );
}
