import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { expandWord, normalize } from '../../lib/engine/normalize';

describe('normalize', () => {
  it('expands contractions and leaves words named like Object.prototype keys alone', () => {
    expect(expandWord("can't")).toBe('can not');
    for (const w of ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__'])
      expect(expandWord(w)).toBeNull();
    expect(normalize('The Constructor class').text).toBe('the constructor class');
  });

  it('analyses a draft that mentions a constructor', () => {
    expect(() => analyze({ draft: 'Call the constructor with toString() first.' })).not.toThrow();
  });
});
