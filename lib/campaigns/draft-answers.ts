import type { CampaignDraft, DraftField } from './draft';

/**
 * Turns a GM's plain answer into the value of the field it answers, the way
 * the offline assistant reads it: lists split on commas, semicolons, "and"
 * or new lines; "Name: description" pairs split on the first colon or dash.
 */
function items(answer: string): string[] {
  return answer
    .split(/\n|;|,(?![^(]*\))|\band\b/i)
    .map((part) => part.trim().replace(/^[-*•\d.)\s]+/, '').trim())
    .filter((part) => part.length > 1);
}

function pair(item: string): [string, string] {
  const m = /^(.{1,80}?)\s*(?::|—|–| - )\s*(.+)$/.exec(item);
  return m ? [m[1]!.trim(), m[2]!.trim()] : [item.split(/\s+/).slice(0, 3).join(' '), item];
}

function firstNumber(answer: string): number | null {
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
  const digit = /\b(\d{1,2})\b/.exec(answer);
  if (digit) return Number(digit[1]);
  const word = Object.keys(words).find((w) => new RegExp(`\\b${w}\\b`, 'i').test(answer));
  return word ? words[word]! : null;
}

/**
 * A list part of the draft as a game master edits it by hand: one item per
 * line, "Name: description", so commas and "and" inside a description stay
 * where they are. Other parts read as answers do.
 */
export function readEditedLines(field: DraftField, text: string): Partial<CampaignDraft> | null {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 1);
  const pairs = lines.map((line) => pair(line));
  switch (field) {
    case 'factions':
      return lines.length ? { factions: pairs.slice(0, 8).map(([name, goal]) => ({ name: name.slice(0, 80), goal: goal.slice(0, 300) })) } : null;
    case 'locations':
      return lines.length ? { locations: pairs.slice(0, 12).map(([title, description]) => ({ title: title.slice(0, 120), description: description.slice(0, 600) })) } : null;
    case 'npcs':
      return lines.length ? { npcs: pairs.slice(0, 12).map(([name, role]) => ({ name: name.slice(0, 80), role: role.slice(0, 200) })) } : null;
    case 'hooks':
      return lines.length ? { hooks: lines.slice(0, 8).map((hook) => hook.slice(0, 300)) } : null;
    default:
      return readAnswer(field, text);
  }
}

export function readAnswer(field: DraftField, answer: string): Partial<CampaignDraft> | null {
  const clean = answer.trim();
  if (!clean) return null;
  switch (field) {
    case 'tone':
    case 'setting':
    case 'title':
      return { [field]: clean.slice(0, field === 'setting' ? 600 : field === 'tone' ? 200 : 120) };
    case 'villain': {
      const [name, description] = pair(clean);
      return { villain: { name: name.slice(0, 80), description: description.slice(0, 600) } };
    }
    case 'factions':
      return { factions: items(clean).slice(0, 8).map((i) => pair(i)).map(([name, goal]) => ({ name: name.slice(0, 80), goal: goal.slice(0, 300) })) };
    case 'locations':
      return { locations: items(clean).slice(0, 12).map((i) => pair(i)).map(([title, description]) => ({ title: title.slice(0, 120), description: description.slice(0, 600) })) };
    case 'npcs':
      return { npcs: items(clean).slice(0, 12).map((i) => pair(i)).map(([name, role]) => ({ name: name.slice(0, 80), role: role.slice(0, 200) })) };
    case 'hooks':
      return { hooks: items(clean).slice(0, 8).map((h) => h.slice(0, 300)) };
    case 'startingLevel':
    case 'partySize': {
      const n = firstNumber(clean);
      return n === null ? null : { [field]: n };
    }
  }
}
