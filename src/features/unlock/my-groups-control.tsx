import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDb } from '@/store/db-context';
import { schoolQueries } from '@/store/school.queries';
import { useVault } from '@/store/use-vault';
import { chooseGroups, rememberGroups } from '@/store/vault';
import { GroupPicker } from './group-picker';

/** For an unlocked teacher: change the groups every teacher view shows, and remember them here. */
export function MyGroupsControl() {
  const { t } = useTranslation();
  const db = useDb();
  const { groups } = useVault();
  const [open, setOpen] = useState(false);
  const all = useQuery({ ...schoolQueries.allGroups(db), enabled: open });
  return (
    <>
      <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {t('unlock.groups.change')}
      </button>
      {open && all.data ? (
        <GroupPicker
          groups={all.data.groups}
          initial={groups ?? all.data.remembered}
          submitLabel={t('unlock.groups.save')}
          onChoose={async (chosen) => {
            await rememberGroups(db, chosen);
            chooseGroups(chosen);
            setOpen(false);
          }}
        />
      ) : null}
      {open && all.isError ? (
        <div role="alert" className="notice notice--error">
          <p>{t('unlock.groups.loadFailedAgain')}</p>
          <button type="button" className="secondary" onClick={() => void all.refetch()}>
            {t('unlock.groups.retry')}
          </button>
        </div>
      ) : null}
    </>
  );
}
