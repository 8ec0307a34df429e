import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { relativeChangeIn, relativeChangesIn } from '../../../flows/understanding/relative-change.ts';

const change = (said: string) => {
  const c = relativeChangeIn(tokenize(said));
  return c && { kind: c.kind, by: c.by };
};

describe('a change counted from what is booked', () => {
  it('nights more or fewer, in both languages', () => {
    for (const said of ['one more night', 'make it one more night', 'an extra night', 'stay an extra night', 'add a night', 'add another night', 'can we add one night', 'one night longer', 'una noche más', 'agrégueme una noche', 'otra noche más', 'una noche extra']) {
      expect(change(said), said).toEqual({ kind: 'nights', by: 1 });
    }
    for (const said of ['two more nights', 'a couple more nights', 'extend it by two nights', 'dos noches más', 'add two nights']) expect(change(said), said).toEqual({ kind: 'nights', by: 2 });
    for (const said of ['one night less', 'one less night', 'one night fewer', 'drop a night', 'take off a night', 'una noche menos', 'quítele una noche']) {
      expect(change(said), said).toEqual({ kind: 'nights', by: -1 });
    }
  });

  it('the day of leaving moved is nights; the day of arriving, the arrival; else the whole stay', () => {
    expect(change('can we check out a day later')).toEqual({ kind: 'nights', by: 1 });
    expect(change("we'll leave a day early")).toEqual({ kind: 'nights', by: -1 });
    expect(change('salimos un día antes')).toEqual({ kind: 'nights', by: -1 });
    expect(change('arrive a day earlier')).toEqual({ kind: 'arrival', by: -1 });
    expect(change('llegamos un día antes')).toEqual({ kind: 'arrival', by: -1 });
    for (const [said, by] of [['push it back a day', 1], ['push it back a week', 7], ['postpone it by two days', 2], ['a day later', 1], ['make it a week later', 7], ['move it a day later', 1], ['un día después', 1], ['atráselo dos días', 2], ['a day earlier', -1], ['bring it forward a day', -1], ['adelántelo un día', -1], ['un día antes', -1]] as const) {
      expect(change(said), said).toEqual({ kind: 'stay', by });
    }
  });

  it('a stay\'s days more or fewer are its nights', () => {
    // Was: not understood.
    for (const said of ['one more day', 'we want to stay an extra day', 'quiero quedarme un día más', 'un día extra']) expect(change(said), said).toEqual({ kind: 'nights', by: 1 });
    expect(change('una semana más')).toEqual({ kind: 'nights', by: 7 });
    expect(change('un día más tarde')).toEqual({ kind: 'stay', by: 1 });
    expect(change('one more day than last time')).toBeNull();
  });

  it('raised or lowered by, in Mexican Spanish', () => {
    // Was: one night in all ("súbale una noche").
    expect(change('súbale una noche')).toEqual({ kind: 'nights', by: 1 });
    expect(change('bájele una noche')).toEqual({ kind: 'nights', by: -1 });
    // Raised or lowered to a count: not a change by it.
    expect(change('bájele a una noche')).toBeNull();
  });

  it('rooms fewer or more', () => {
    expect(change('one fewer room')).toEqual({ kind: 'rooms', by: -1 });
    expect(change('quítele una habitación')).toEqual({ kind: 'rooms', by: -1 });
    expect(change('dos habitaciones más')).toEqual({ kind: 'rooms', by: 2 });
  });

  it('a way not said is found with how much (the caller is asked which way)', () => {
    expect(change('move it a day')).toEqual({ kind: 'unclear', by: 1 });
    expect(change('recórrelo un día')).toEqual({ kind: 'unclear', by: 1 });
    expect(change('can you shift it two days')).toEqual({ kind: 'unclear', by: 2 });
  });

  it('is not a comparison, a negation, another date, or something else extra', () => {
    for (const said of ['two more nights than last time', "we don't need an extra night", 'another night', 'otra noche', 'is there an extra charge per night', 'an extra bed', 'two more people', 'dos noches más o menos', 'one more thing', 'three nights', 'a day after Christmas']) {
      expect(change(said), said).toBeNull();
    }
  });

  it('one of each kind said; two of one kind left to the caller', () => {
    // Was: only the first ("one more room"), the night dropped.
    expect(relativeChangesIn(tokenize('add one more room and one more night')).map((c) => [c.kind, c.by])).toEqual([['rooms', 1], ['nights', 1]]);
    expect(relativeChangesIn(tokenize('one more night and two more nights'))).toEqual([]);
    // Was: one more night (the correction read as "no two more nights").
    expect(change('one more night, no, two more nights')).toEqual({ kind: 'nights', by: 2 });
    expect(change('una noche más, perdón, dos noches más')).toEqual({ kind: 'nights', by: 2 });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('one', 'more', 'night', 'a', 'day', 'later', 'push', 'it', 'back', 'add', 'mas', 'noche', 'x', 'than', 'no'), { maxLength: 12 }), (words) => {
      relativeChangeIn(words);
    }));
  });
});
