// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '../../lib/sites/index';

describe('site adapter registry', () => {
  it('lists every site once, generic last', () => {
    expect(adapters.map((a) => a.id)).toEqual([
      'zendesk',
      'gmail',
      'freshdesk',
      'helpscout',
      'intercom',
      'front',
      'generic',
    ]);
  });

  it.each([
    ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
    ['https://acme.zendesk.com/hc/en-us', 'generic'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://acme.freshdesk.com/a/tickets/5', 'freshdesk'],
    ['https://secure.helpscout.net/conversation/1/2/', 'helpscout'],
    ['https://app.intercom.com/a/inbox/x/inbox/conversation/1', 'intercom'],
    ['https://app.frontapp.com/open/cnv_1', 'front'],
    ['https://desk.internal.example/tickets/77', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url), document).id).toBe(id);
  });

  it('every adapter implements the whole contract, composerFor included', () => {
    for (const a of adapters) {
      for (const key of [
        'matches',
        'findComposers',
        'isCoached',
        'readThread',
        'ignoredNodes',
        'sendButtons',
        'composerFor',
      ] as const) {
        expect(typeof a[key], `${a.id}.${key}`).toBe('function');
      }
    }
  });
});
