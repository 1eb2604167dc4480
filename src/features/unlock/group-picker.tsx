import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId } from '@/domain/ids';
import type { Group } from '@/domain/model';
import { useGroupName } from '@/ui/use-labels';

interface GroupPickerProps {
  readonly groups: readonly Group[];
  /** Ticked at the start: the groups chosen before on this device (unknown ids are ignored). */
  readonly initial: readonly GroupId[];
  readonly submitLabel: string;
  readonly onChoose: (groups: GroupId[]) => void | Promise<void>;
}

/** "Mijn groepen": the teacher ticks the groups they teach; at least one. */
export function GroupPicker({ groups, initial, submitLabel, onChoose }: GroupPickerProps) {
  const { t } = useTranslation();
  const nameOf = useGroupName();
  const ids = { help: useId(), error: useId() };
  const [chosen, setChosen] = useState<ReadonlySet<GroupId>>(() => new Set(initial.filter((id) => groups.some((group) => group.id === id))));
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const toggle = (id: GroupId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setEmpty(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.size === 0) return setEmpty(true);
    setBusy(true);
    try {
      await onChoose(groups.filter((group) => chosen.has(group.id)).map((group) => group.id));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel group-picker" aria-label={t('unlock.groups.title')} onSubmit={(event) => void submit(event)}>
      <fieldset aria-describedby={empty ? `${ids.help} ${ids.error}` : ids.help}>
        <legend>{t('unlock.groups.title')}</legend>
        <p id={ids.help}>{t('unlock.groups.help')}</p>
        {groups.map((group, position) => (
          <label key={group.id} className="checkbox">
            <input type="checkbox" checked={chosen.has(group.id)} onChange={(event) => toggle(group.id, event.target.checked)} />{' '}
            {nameOf(group, position)}
          </label>
        ))}
      </fieldset>
      {empty ? (
        <p id={ids.error} role="alert" className="notice notice--error">
          {t('unlock.groups.none')}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
