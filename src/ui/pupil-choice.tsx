import { useId, useMemo, useState } from 'react';
import { pupilKey, type GroupId, type PupilKey } from '@/domain/ids';
import type { PupilLabel } from '@/domain/pupil-label';
import { useTranslation } from 'react-i18next';
import { useGroupName } from './use-labels';

/** A pupil to choose: by key and label only (a name, or "Leerling n" while locked), never the pseudonym. */
export interface ChoosablePupil {
  readonly key: PupilKey;
  readonly label: PupilLabel;
  readonly group: { readonly id: GroupId; readonly name: string };
  readonly groupPosition: number;
}

export interface PupilChoiceText {
  readonly search: string;
  readonly pupil: string;
  readonly choose: string;
}

/** A search field narrowing a list of pupils ("Jan de Vries (Groep 7)"); the option values are local keys. */
export function PupilChoice({
  pupils,
  value,
  onChange,
  text,
}: {
  pupils: readonly ChoosablePupil[];
  value: PupilKey | null;
  onChange: (key: PupilKey | null) => void;
  text: PupilChoiceText;
}) {
  const { t } = useTranslation();
  const groupName = useGroupName();
  const ids = { search: useId(), pupil: useId() };
  const [query, setQuery] = useState('');
  const labelled = useMemo(
    () =>
      pupils.map((item) => {
        const name = item.label.kind === 'name' ? item.label.text : t('common.pupilPlaceholder', { number: item.label.number });
        return { key: item.key, text: `${name} (${groupName(item.group, item.groupPosition)})` };
      }),
    [pupils, groupName, t],
  );
  const options = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    // The chosen pupil stays listed while the search narrows the others.
    return labelled.filter((option) => option.key === value || words.every((word) => option.text.toLowerCase().includes(word)));
  }, [labelled, query, value]);
  return (
    <div className="toolbar">
      <div>
        <label htmlFor={ids.search}>{text.search}</label>{' '}
        <input id={ids.search} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      <div>
        <label htmlFor={ids.pupil}>{text.pupil}</label>{' '}
        <select
          id={ids.pupil}
          value={value === null ? '' : String(value)}
          onChange={(event) => onChange(event.target.value === '' ? null : pupilKey(Number(event.target.value)))}
        >
          <option value="">{text.choose}</option>
          {options.map((option) => (
            <option key={option.key} value={String(option.key)}>
              {option.text}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
