// "This is ridiculous, tell the manager to call me" at the arrival question was read as a caller
// introducing themselves ("this is John"): the name "Ridiculous" was kept and whispered to the desk
// as who was calling; "esto es absurdo" at the name question was the name "Esto". How the call is
// going is not who is on it: no name from these, a real name beside them still taken.

import { describe, expect, it } from 'vitest';
import { nameAtNameQuestion } from '../../../flows/understanding/names.ts';
import { request } from './said-on-tuesday.ts';

describe('a complaint is not a name', () => {
  it.each([
    'this is ridiculous, tell the manager to call me',
    'this is absurd i want the manager',
    'this is taking forever',
    'this is unacceptable',
    'this is insane',
  ])('"%s" in a whole request names no one', (said) => {
    expect(request(said, 'arrivalDate').slots.name).toBeUndefined();
  });

  it.each(['esto es absurdo', 'esto es ridículo', 'eso es inaceptable', 'this is terrible', 'this is crazy'])('"%s" at the name question is no name', (said) => {
    expect(nameAtNameQuestion(said).first).toBeNull();
  });

  it('a name said with the complaint is still the name', () => {
    expect(nameAtNameQuestion('this is ridiculous my name is Ana Ruiz').first).toBe('Ana Ruiz');
    expect(request('this is Rosa Fatal, a room for friday', 'arrivalDate').slots.name).toBe('Rosa Fatal');
  });
});
