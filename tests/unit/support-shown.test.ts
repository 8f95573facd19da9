import { describe, expect, it } from 'vitest';
import { getInstrument, ResultSchema, score } from '../../src/core.js';
import { navigate } from '../../src/session/navigation.js';
import { startSession, type Session } from '../../src/session/session.js';

const phq9 = getInstrument('phq-9')!;
const allNotAtAll = Object.fromEntries(phq9.items.filter((i) => !i.optional).map((i) => [i.id, 0]));

function pass(steps: { itemId: string; value: number }[]): Session {
  let s = navigate(startSession(phq9), { type: 'start' }, 'page').session;
  for (const { itemId, value } of [...Object.entries(allNotAtAll).map(([itemId, value]) => ({ itemId, value })), ...steps])
    s = navigate(s, { type: 'answer', itemId, value }, 'page').session;
  return navigate(s, { type: 'finish' }, 'page').session;
}

describe('result.supportShown: support shown in the pass, set by the session (scoring stays pure)', () => {
  it('records the flag when item 9 is endorsed, and keeps it when the answer is changed back', () => {
    const endorsed = pass([{ itemId: '9', value: 3 }]);
    expect(endorsed.result).toMatchObject({ flags: ['self-harm'], supportShown: ['self-harm'] });
    const changedBack = pass([
      { itemId: '9', value: 3 },
      { itemId: '9', value: 0 },
    ]);
    expect(changedBack.result!.flags).toEqual([]);
    expect(changedBack.result!.supportShown).toEqual(['self-harm']);
    expect(ResultSchema.safeParse(changedBack.result).success).toBe(true);
  });

  it('is absent when no support was shown, and score() never sets it', () => {
    const none = pass([]);
    expect(none.result).not.toHaveProperty('supportShown');
    expect(none.result).toEqual(score('phq-9', none.answers));
    expect(score('phq-9', { ...allNotAtAll, '9': 2 })).not.toHaveProperty('supportShown');
  });
});
