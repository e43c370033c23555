// The contract between a helpdesk site and the shared in-page runtime. One adapter per site, in
// lib/sites/<site>/adapter.ts, with every selector it uses in lib/sites/<site>/selectors.ts.

import type { Channel } from '../engine/types';

export interface ThreadContext {
  /** The customer's latest message (plain text), if the thread shows one. */
  customer?: string;
  customerName?: string;
  agentName?: string;
  channel?: Channel;
}

export interface SiteAdapter {
  /** 'zendesk' | 'gmail' | 'freshdesk' | 'helpscout' | 'intercom' | 'front' | 'generic' */
  id: string;
  /** Does this adapter handle the page? (host name, and a fingerprint of the app where useful) */
  matches(location: Location | URL, doc: Document): boolean;
  /** The editable roots (textarea or contenteditable) Reply Coach should coach now. */
  findComposers(doc: Document): HTMLElement[];
  /** False for composers that must not be coached right now (an internal note, an inactive ticket tab). */
  isCoached(composer: HTMLElement): boolean;
  /** The customer's latest message, their name and the channel, for this composer. */
  readThread(composer: HTMLElement): ThreadContext;
  /** Nodes inside the composer the agent did not write (quoted history, signature): not analysed. */
  ignoredNodes(composer: HTMLElement): Node[];
  /** The buttons that send this composer's reply (for the send gate). */
  sendButtons(composer: HTMLElement): HTMLElement[];
  /**
   * Optional (added after the first contract; callers must check it exists): the composer that
   * holds `el` (e.g. the target of a focusin event), if this adapter would coach it; else null.
   * Every adapter in lib/sites implements it.
   */
  composerFor?(el: Element): HTMLElement | null;
}
