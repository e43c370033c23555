// Is Reply Coach on for a tab's site? Built in (a content script in the manifest matches it), turned on by
// the agent (a granted optional host permission), off, or not a web page at all.

import { browser } from 'wxt/browser';

export type SiteState = 'built-in' | 'on' | 'off' | 'unsupported';

/** A manifest match pattern ("https://*.zendesk.com/*") as a RegExp over a URL. */
export function matchPattern(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return /$^/;
  const [, scheme, host, path] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : scheme!;
  const hostRe = host === '*' ? '[^/]+' : host!.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host!.slice(2))}` : esc(host!);
  const pathRe = esc(path!).replace(/\*/g, '.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

export async function siteState(url: string | undefined): Promise<{ state: SiteState; origin: string; host: string }> {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return { state: 'unsupported', origin: '', host: '' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { state: 'unsupported', origin: '', host: '' };
  const matches = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  if (matches.some((p) => matchPattern(p).test(u.href))) return { state: 'built-in', origin: u.origin, host: u.host };
  const granted = await browser.permissions.contains({ origins: [`${u.origin}/*`] }).catch(() => false);
  return { state: granted ? 'on' : 'off', origin: u.origin, host: u.host };
}
