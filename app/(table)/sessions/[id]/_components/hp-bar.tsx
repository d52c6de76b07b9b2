/** A health bar; `fill` is 0 to 1 and `valueText` is what a screen reader says instead of the percentage. */
export function HpBar({ label, fill, valueText }: { label: string; fill: number; valueText: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, fill)) * 100);
  return (
    <div
      className={`hp ${percent <= 50 ? 'low' : ''}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <span style={{ width: `${percent}%` }} />
    </div>
  );
}
