/** Text a supplier sent (codes, labels): always rendered as inert text, shortened so it cannot break the layout. */
export function SupplierText({ value, max = 120 }: { value: string; max?: number }) {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return <code className="supplier-text">{short}</code>;
}
