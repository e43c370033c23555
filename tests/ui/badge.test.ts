import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { readingEase, syllables } from '../../lib/engine/readability';
import { badgeCounts, badgeFor, BADGE_ERROR, BADGE_WARNING } from '../../lib/ui/badge';
import { matchPattern } from '../../lib/ui/site';
import { segments } from '../../entrypoints/options/components/segments';

const update = (draft: string, ignored: number[] = []) => ({
  site: 't',
  composerId: 'c',
  url: 'https://x.test/',
  report: analyze({ draft }),
  ignored,
});

describe('toolbar badge', () => {
  it('counts the errors and warnings of the draft, not suggestions, not what was ignored', () => {
    const u = update('Hi [NAME], unfortunately we will get back to you soon.');
    const errors = u.report.findings.filter((f) => f.severity === 'error').length;
    const warnings = u.report.findings.filter((f) => f.severity === 'warning').length;
    expect(errors).toBeGreaterThan(0);
    expect(badgeFor(u)).toMatchObject({ text: String(errors + warnings), color: BADGE_ERROR });
    const placeholder = u.report.findings.findIndex((f) => f.ruleId === 'placeholder');
    const v = update('Hi [NAME], unfortunately we will get back to you soon.', [placeholder]);
    expect(badgeCounts(v)).toEqual({ errors: errors - 1, warnings });
    expect(badgeFor(v).color).toBe(errors > 1 ? BADGE_ERROR : BADGE_WARNING);
  });

  it('is empty with no composer or nothing to fix', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ site: 't', composerId: 'c', url: '', report: null }).text).toBe('');
  });
});

describe('side panel and tester helpers', () => {
  it('reading ease: plain sentences score high, long words low, too short is null', () => {
    expect(readingEase('The cat sat on the mat. It was a good cat.', 2)).toBeGreaterThan(90);
    expect(readingEase('Unfortunately, notwithstanding considerable organisational deliberation, reimbursement is unavailable.', 1)).toBe(0); // prettier-ignore
    expect(readingEase('Hi there', 1)).toBeNull();
    expect(['table', 'makes', 'wanted', 'replacement', 'apologise'].map(syllables)).toEqual([2, 1, 2, 3, 4]);
  });

  it('manifest match patterns', () => {
    expect(matchPattern('https://*.zendesk.com/*').test('https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(matchPattern('https://*.zendesk.com/*').test('https://zendesk.com.evil.test/')).toBe(false);
    expect(matchPattern('https://mail.google.com/*').test('https://mail.google.com/mail/u/0/')).toBe(true);
  });

  it('cuts the tester’s preview at every finding boundary, most severe colour on overlaps', () => {
    const s = segments('abcdefgh', [
      { start: 1, end: 5, severity: 'suggestion' },
      { start: 3, end: 7, severity: 'error' },
    ]);
    expect(s.map((x) => [x.text, x.severity ?? '-'])).toEqual([
      ['a', '-'],
      ['bc', 'suggestion'],
      ['de', 'error'],
      ['fg', 'error'],
      ['h', '-'],
    ]);
    expect(s.map((x) => x.text).join('')).toBe('abcdefgh');
  });
});
