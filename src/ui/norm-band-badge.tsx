/** A supplier's norm band as a badge in its colour, or a dash without one. */
export function NormBandBadge({ band }: { band: { readonly label: string; readonly colour: string } | null | undefined }) {
  return band ? (
    <span className="badge" style={{ borderLeft: `0.6rem solid ${band.colour}` }}>
      {band.label}
    </span>
  ) : (
    '–'
  );
}
