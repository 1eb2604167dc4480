import { useTranslation } from 'react-i18next';
import type { LatestNormBand } from '@/domain/progress/norm-bands';

/** The supplier's own judgement beside ours: per source, a colour swatch AND the band's text. */
export function NormBandList({ bands, sourceName }: { bands: readonly LatestNormBand[]; sourceName: (id: string) => string }) {
  const { t } = useTranslation();
  if (bands.length === 0) return <span className="muted">{t('learningLines.normBand.none')}</span>;
  return (
    <>
      {bands.map(({ source, band }) => (
        <span key={source} className="badge" style={{ borderLeft: `0.6rem solid ${band.colour}`, marginRight: '0.25rem' }}>
          {t('learningLines.normBand.band', { source: sourceName(source), label: band.label })}
        </span>
      ))}
    </>
  );
}
