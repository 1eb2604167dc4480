import { useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { matchPupils, type NamedPupil } from './match-pupils';
import { useMyPupils } from './use-my-pupils';

/**
 * "Zoek een leerling in je groepen" in the header: a combobox with a listbox popup (WAI-ARIA Authoring
 * Practices, list autocomplete with manual selection). Typing lists the pupils of my groups whose
 * name matches; Down/Up move through them, Enter opens the profile, Escape closes the list (and
 * empties the box when the list is closed), Tab leaves without choosing.
 */
export function PupilSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ids = { input: useId(), list: useId(), status: useId() };
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { pupils, loading } = useMyPupils(query.trim() !== '');
  const options = matchPupils(pupils, query);
  const expanded = open && query.trim() !== '' && options.length > 0;
  const optionId = (index: number) => `${ids.list}-${index}`;

  const choose = (pupil: NamedPupil) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    void navigate(`/leerling/${pupil.key}`);
  };
  const move = (step: number) => {
    if (options.length === 0) return;
    setOpen(true);
    setActive((current) => (current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        const chosen = expanded ? options[active >= 0 ? active : 0] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
      default:
        break;
    }
  };
  const status =
    query.trim() === ''
      ? ''
      : loading
        ? t('shell.search.loading')
        : options.length === 0
          ? t('shell.search.none', { query })
          : t('shell.search.count', { count: options.length });

  return (
    <div className="pupil-search">
      <label htmlFor={ids.input} className="visually-hidden">
        {t('shell.search.label')}
      </label>
      <input
        id={ids.input}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('shell.search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={ids.list}
        aria-describedby={ids.status}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={ids.list} role="listbox" aria-label={t('shell.search.listLabel')} className="pupil-search__list" hidden={!expanded}>
        {options.map((pupil, index) => (
          <li
            key={pupil.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list before the click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(pupil);
            }}
          >
            {t('shell.search.inGroup', { name: pupil.name, group: pupil.group })}
          </li>
        ))}
      </ul>
      <p id={ids.status} aria-live="polite" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}
