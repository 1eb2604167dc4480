import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PSEUDONYM_SHAPES, isPseudonymShape, type PseudonymShape } from '@/domain/pseudonym-shape';
import { defaultPseudonymShape, type SourceKind } from '@/domain/source';

/**
 * "Vorm van het pseudoniem": the form the connector's pupil keys must have, from a fixed list
 * (decision 025); a record with another form is rejected as "not a pseudonym". Starts at the kind's default.
 */
export function PseudonymField({
  kind,
  value,
  onChange,
}: {
  kind: SourceKind;
  value: PseudonymShape | undefined;
  onChange: (shape: PseudonymShape) => void;
}) {
  const { t } = useTranslation();
  const ids = { select: useId(), help: useId() };
  const usual = defaultPseudonymShape(kind);
  return (
    <p>
      <label htmlFor={ids.select}>{t('connectors.pseudonym.label')}</label>{' '}
      <select
        id={ids.select}
        value={value ?? usual}
        aria-describedby={ids.help}
        onChange={(event) => {
          if (isPseudonymShape(event.target.value)) onChange(event.target.value);
        }}
      >
        {PSEUDONYM_SHAPES.map((shape) => (
          <option key={shape} value={shape}>
            {t(`connectors.pseudonym.shape.${shape}`)}
          </option>
        ))}
      </select>
      <br />
      <span id={ids.help} className="muted">
        {t('connectors.pseudonym.help', { shape: t(`common.issue.shape.${usual}`) })}
      </span>
    </p>
  );
}
