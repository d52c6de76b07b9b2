import { escapeXml, n, svgDocument } from '../svg-kit';
import type { PortraitFeatures, PortraitKind } from './types';

const W = 240;
const H = 300;
const CX = 120;
const CY = 122;
const INK = '#2a1c12';

interface Face {
  f: PortraitFeatures;
  rx: number;
  ry: number;
  /** Prefix for this drawing's ids, so several portraits inlined in one page keep their own gradients. */
  id: string;
}

function hairBehind({ f, rx, ry }: Face): string {
  if (f.hairStyle === 'long') {
    return `<path d="M${n(CX - rx - 6)} ${CY}Q${n(CX - rx - 16)} ${CY + 90} ${n(CX - rx + 4)} ${CY + 100}H${n(CX + rx - 4)}Q${n(CX + rx + 16)} ${CY + 90} ${n(CX + rx + 6)} ${CY}Z" fill="${f.hair}" stroke="${INK}" stroke-width="1.5"/>`;
  }
  if (f.hairStyle === 'braids') {
    return [-1, 1]
      .map((s) => `<path d="M${n(CX + s * (rx - 4))} ${CY}V${CY + 95}" stroke="${f.hair}" stroke-width="14" stroke-linecap="round" stroke-dasharray="10 2"/>`)
      .join('');
  }
  if (f.hairStyle === 'hood') {
    return `<path d="M${n(CX - rx - 22)} ${CY + 80}Q${n(CX - rx - 30)} ${n(CY - ry - 30)} ${CX} ${n(CY - ry - 30)}Q${n(CX + rx + 30)} ${n(CY - ry - 30)} ${n(CX + rx + 22)} ${CY + 80}Z" fill="${f.clothing}" stroke="${INK}" stroke-width="2"/>`;
  }
  return '';
}

function hairOnTop({ f, rx, ry }: Face): string {
  const top = CY - ry;
  if (f.hairStyle === 'hood') {
    return `<path d="M${n(CX - rx - 4)} ${CY + 10}Q${n(CX - rx)} ${n(top - 14)} ${CX} ${n(top - 12)}Q${n(CX + rx)} ${n(top - 14)} ${n(CX + rx + 4)} ${CY + 10}" fill="none" stroke="${f.trim}" stroke-width="4"/>`;
  }
  if (f.hairStyle === 'bald') return `<ellipse cx="${CX - 14}" cy="${n(top + 16)}" rx="12" ry="6" fill="#fff" fill-opacity="0.18"/>`;
  const cap = `<path d="M${n(CX - rx - 2)} ${CY - 4}Q${n(CX - rx - 4)} ${n(top - 14)} ${CX} ${n(top - 10)}Q${n(CX + rx + 4)} ${n(top - 14)} ${n(CX + rx + 2)} ${CY - 4}Q${n(CX + rx - 8)} ${n(top + 12)} ${n(CX + 6)} ${n(top + 18)}Q${n(CX - rx + 6)} ${n(top + 10)} ${n(CX - rx - 2)} ${CY - 4}Z" fill="${f.hair}" stroke="${INK}" stroke-width="1.5"/>`;
  const knot = f.hairStyle === 'topknot' ? `<circle cx="${CX}" cy="${n(top - 16)}" r="12" fill="${f.hair}" stroke="${INK}" stroke-width="1.5"/>` : '';
  return knot + cap;
}

function ears({ f, rx }: Face): string {
  return [-1, 1]
    .map((s) => {
      const x = CX + s * rx;
      return f.pointedEars
        ? `<path d="M${n(x - s * 4)} ${CY - 4}L${n(x + s * 22)} ${CY - 30}L${n(x - s * 2)} ${CY + 16}Z" fill="${f.skin}" stroke="${INK}" stroke-width="1.5"/>`
        : `<ellipse cx="${n(x)}" cy="${CY + 4}" rx="8" ry="13" fill="${f.skin}" stroke="${INK}" stroke-width="1.5"/>`;
    })
    .join('');
}

function horns({ f, rx, ry }: Face): string {
  if (!f.horns) return '';
  return [-1, 1]
    .map((s) => {
      const x = CX + s * rx * 0.55;
      const y = CY - ry + 10;
      return `<path d="M${n(x - s * 8)} ${n(y)}Q${n(x + s * 14)} ${n(y - 50)} ${n(x + s * 38)} ${n(y - 44)}Q${n(x + s * 16)} ${n(y - 30)} ${n(x + s * 10)} ${n(y + 4)}Z" fill="#e6dcc2" stroke="${INK}" stroke-width="1.5"/>`;
    })
    .join('');
}

function eyesAndBrows({ f, rx, id }: Face, kind: PortraitKind): string {
  const spread = rx * 0.42;
  const menace = kind === 'villain' || kind === 'monster' ? 6 : -2;
  return [-1, 1]
    .map((s) => {
      const x = CX + s * spread;
      const y = CY - 4;
      const eye = f.glowingEyes
        ? `<ellipse cx="${n(x)}" cy="${y}" rx="8" ry="4.5" fill="${f.eyes}" filter="url(#${id}-glow)"/>`
        : `<ellipse cx="${n(x)}" cy="${y}" rx="8" ry="5" fill="#fbf8f0" stroke="${INK}" stroke-width="1"/><circle cx="${n(x)}" cy="${y}" r="3.6" fill="${f.eyes}"/><circle cx="${n(x)}" cy="${y}" r="1.6" fill="#111"/>`;
      const brow = `<path d="M${n(x - s * 10)} ${y - 12}L${n(x + s * 10)} ${y - 12 - menace * -1 - (menace > 0 ? 2 * menace : 0)}" stroke="${f.hairStyle === 'bald' ? INK : f.hair}" stroke-width="3.5" stroke-linecap="round"/>`;
      return eye + brow;
    })
    .join('');
}

function mouth({ f }: Face, kind: PortraitKind): string {
  const y = CY + 34;
  if (kind === 'monster') {
    return `<path d="M${CX - 18} ${y}Q${CX} ${y + 10} ${CX + 18} ${y}" fill="#3a1010" stroke="${INK}" stroke-width="2"/><path d="M${CX - 12} ${y + 2}l3 8l3 -7M${CX + 6} ${y + 3}l3 7l3 -8" fill="#fff"/>`;
  }
  const curve = kind === 'villain' ? -3 : kind === 'hero' ? 5 : 2;
  const lips = `<path d="M${CX - 13} ${y}Q${CX} ${y + curve} ${CX + 13} ${y - (kind === 'villain' ? 4 : 0)}" fill="none" stroke="#7a3a2a" stroke-width="2.5" stroke-linecap="round"/>`;
  const beard = f.beard
    ? `<path d="M${CX - 38} ${CY + 14}Q${CX - 34} ${CY + 78} ${CX} ${CY + 84}Q${CX + 34} ${CY + 78} ${CX + 38} ${CY + 14}Q${CX + 20} ${CY + 30} ${CX} ${CY + 44}Q${CX - 20} ${CY + 30} ${CX - 38} ${CY + 14}Z" fill="${f.hair}" stroke="${INK}" stroke-width="1.5"/>`
    : '';
  // The beard goes first so the lips show through it.
  return beard + lips;
}

function bust({ f }: Face): string {
  const body = `<path d="M14 ${H}C22 226 62 204 ${CX} 204C178 204 218 226 226 ${H}Z" fill="${f.clothing}" stroke="${INK}" stroke-width="2"/>`;
  const neck = `<path d="M${CX - 16} 160V210Q${CX} 222 ${CX + 16} 210V160Z" fill="${f.skin}" stroke="${INK}" stroke-width="1.5"/>`;
  const finish = f.armoured
    ? `<ellipse cx="50" cy="232" rx="38" ry="24" fill="#b8bcc4" stroke="${INK}" stroke-width="2"/><ellipse cx="190" cy="232" rx="38" ry="24" fill="#b8bcc4" stroke="${INK}" stroke-width="2"/>` +
      `<path d="M78 ${H}V236Q${CX} 252 162 236V${H}" fill="#c9ccd4" stroke="${INK}" stroke-width="2"/><path d="M${CX} 246V${H}" stroke="${f.trim}" stroke-width="5"/>`
    : `<path d="M${CX - 34} 206L${CX} 250L${CX + 34} 206" fill="none" stroke="${f.trim}" stroke-width="5" stroke-linejoin="round"/>`;
  return body + neck + finish;
}

/** A bust portrait in a gilt frame with the name on a plate beneath. */
export function drawPortrait(name: string, kind: PortraitKind, f: PortraitFeatures, id: string): string {
  const face: Face = { f, rx: 46 * f.faceWidth, ry: 58, id };
  const [light, dark] = f.backdrop;
  const fontSize = Math.min(20, Math.floor(360 / Math.max(1, name.length)));
  const head =
    `<ellipse cx="${CX}" cy="${CY}" rx="${n(face.rx)}" ry="${face.ry}" fill="${f.skin}" stroke="${INK}" stroke-width="2"/>` +
    `<ellipse cx="${n(CX + face.rx * 0.45)}" cy="${CY + 10}" rx="${n(face.rx * 0.45)}" ry="${face.ry - 12}" fill="#000" fill-opacity="0.08"/>` +
    `<circle cx="${n(CX - face.rx * 0.55)}" cy="${CY + 18}" r="9" fill="#d9534f" fill-opacity="0.14"/>` +
    `<path d="M${CX} ${CY + 2}Q${CX + 8} ${CY + 20} ${CX - 3} ${CY + 22}" fill="none" stroke="${INK}" stroke-width="1.6" stroke-opacity="0.7"/>`;
  const scar = f.scar ? `<path d="M${n(CX + face.rx * 0.2)} ${CY - 22}L${n(CX + face.rx * 0.6)} ${CY + 14}" stroke="#a0524a" stroke-width="2.5" stroke-linecap="round"/>` : '';
  const body = [
    `<defs><radialGradient id="${id}-backdrop" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></radialGradient>`,
    `<filter id="${id}-glow" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="2.5" result="b"/><feMerge><feMergeNode in="b"/><feMergeNode in="SourceGraphic"/></feMerge></filter></defs>`,
    `<rect width="${W}" height="${H}" fill="url(#${id}-backdrop)"/>`,
    hairBehind(face),
    bust(face),
    ears(face),
    head,
    horns(face),
    eyesAndBrows(face, kind),
    mouth(face, kind),
    scar,
    hairOnTop(face),
    `<rect x="5" y="5" width="${W - 10}" height="${H - 10}" fill="none" stroke="#b8912f" stroke-width="10"/>`,
    `<rect x="11" y="11" width="${W - 22}" height="${H - 22}" fill="none" stroke="${INK}" stroke-width="1.5"/>`,
    ...[[10, 10], [W - 10, 10], [10, H - 10], [W - 10, H - 10]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="6" fill="#e3c15a" stroke="${INK}"/>`),
    `<rect x="30" y="${H - 46}" width="${W - 60}" height="30" rx="4" fill="#efe2bf" stroke="${INK}" stroke-width="1.5"/>`,
    `<text x="${CX}" y="${H - 25}" text-anchor="middle" font-family="Georgia, serif" font-size="${fontSize}" fill="${INK}">${escapeXml(name)}</text>`,
  ];
  return svgDocument(W, H, body.join(''), `Portrait of ${name}`);
}
