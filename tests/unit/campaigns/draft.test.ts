import { describe, expect, it } from 'vitest';
import { readAnswer } from '@/lib/campaigns/draft-answers';
import { campaignDraftSchema, completionStatus, draftFields } from '@/lib/campaigns/draft';

describe('the campaign draft', () => {
  it('accepts a draft filled in by hand and says what is still missing, in the order it is asked', () => {
    const draft = campaignDraftSchema.parse({ title: 'The Tide Remembers', tone: 'eerie', partySize: 4 });
    expect(completionStatus(draft)).toEqual({
      missing: draftFields.filter((f) => !['title', 'tone', 'partySize'].includes(f)),
      readyToGenerate: false,
    });
  });

  it.each([
    [{ partySize: 99 }, 'partySize'],
    [{ startingLevel: 0 }, 'startingLevel'],
    [{ villain: { name: '', description: 'x' } }, 'villain'],
    [{ title: 'x'.repeat(121) }, 'title'],
    [{ locations: Array.from({ length: 13 }, () => ({ title: 'a', description: 'b' })) }, 'locations'],
    [{ visuals: { villainPortrait: 'not-an-id' } }, 'visuals'],
  ])('refuses %j, naming %s', (edit, field) => {
    const result = campaignDraftSchema.safeParse(edit);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
  });

  it('reads lists, pairs and numbers out of plain answers', () => {
    expect(readAnswer('npcs', 'Old Maren: smuggler; Captain Idris - harbour master')).toEqual({
      npcs: [
        { name: 'Old Maren', role: 'smuggler' },
        { name: 'Captain Idris', role: 'harbour master' },
      ],
    });
    expect(readAnswer('partySize', 'four of us')).toEqual({ partySize: 4 });
    expect(readAnswer('startingLevel', 'no idea')).toBeNull();
    expect(readAnswer('tone', '   ')).toBeNull();
  });
});
