/** A character's portrait, or, until one is drawn, a plain drawing of their initials. */
export function Portrait({ assetId, name, size = 96 }: { assetId: string | null; name: string; size?: number }) {
  if (assetId) return <img className="portrait" src={`/api/assets/${assetId}`} alt={`Portrait of ${name}`} width={size} height={size} data-testid="portrait" />;
  const initials = name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || '?';
  return (
    <svg className="portrait" width={size} height={size} viewBox="0 0 96 96" role="img" aria-label={`${name || 'Unnamed'}, no portrait yet`} data-testid="portrait-fallback">
      <rect width="96" height="96" rx="10" fill="#2b251d" />
      <circle cx="48" cy="38" r="18" fill="#3a3127" />
      <path d="M14 92c4-20 18-30 34-30s30 10 34 30z" fill="#3a3127" />
      <text x="48" y="44" textAnchor="middle" fontSize="18" fontFamily="Georgia, serif" fill="#d9a441">
        {initials}
      </text>
    </svg>
  );
}
