// The site adapter registry: the first adapter whose `matches` accepts the page handles it; the
// generic adapter (any textarea or contenteditable) is last and matches every page.

import type { SiteAdapter } from './types';
import { adapter as zendesk } from './zendesk/adapter';
import { adapter as gmail } from './gmail/adapter';
import { adapter as freshdesk } from './freshdesk/adapter';
import { adapter as helpscout } from './helpscout/adapter';
import { adapter as intercom } from './intercom/adapter';
import { adapter as front } from './front/adapter';
import { adapter as generic } from './generic/adapter';

export type { SiteAdapter, ThreadContext } from './types';

export const adapters: readonly SiteAdapter[] = [zendesk, gmail, freshdesk, helpscout, intercom, front, generic];

export function adapterFor(location: Location | URL, doc: Document): SiteAdapter {
  for (const adapter of adapters) {
    try {
      if (adapter.matches(location, doc)) return adapter;
    } catch {
      // A broken matcher must not take the page down with it; try the next one.
    }
  }
  return generic;
}

export { zendesk, gmail, freshdesk, helpscout, intercom, front, generic };
