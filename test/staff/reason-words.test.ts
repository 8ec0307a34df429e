// Why a caller was handed over, in the desk's words: a reason added to the flow (the last-name
// proof's 'reservation_not_proven') was shown as its code with spaces for underscores.

import { describe, expect, it } from 'vitest';
import { reasonWords } from '../../src/staff/words.ts';

describe('the reason a caller was handed over, as the desk reads it', () => {
  it('names a reservation asked about from another phone without the last name', () => {
    expect(reasonWords('reservation_not_proven')).toBe('asked about a reservation from another phone without the last name on it');
    expect(reasonWords('desk_closed:reservation_not_proven')).toMatch(/^asked about a reservation from another phone without the last name on it/);
  });
});
