// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/generic/adapter';
import { OWN_UI_ATTRIBUTE } from '../../lib/sites/shared';
import { byId, loadFixture, textsOf } from './load-fixture';

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

describe('generic adapter', () => {
  beforeEach(() => {
    loadFixture('generic', 'page-with-fields');
  });

  it('matches any page', () => {
    expect(adapter.matches(new URL('https://desk.internal.example/tickets/77'), document)).toBe(true);
  });

  it('finds the reply textarea and the rich editor, and none of the look-alikes', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['reply', 'rich-editor']);
  });

  it('skips search boxes, single-line and opted-out fields via composerFor too', () => {
    for (const id of [
      'search-area',
      'filter',
      'searchbox',
      'opted-out',
      'lt-off',
      'readonly',
      'hidden',
      'subject',
      'password',
    ]) {
      expect(adapter.composerFor!(byId(id)), id).toBeNull();
    }
    expect(adapter.composerFor!(byId('rich-editor').querySelector('strong')!)?.id).toBe('rich-editor');
    expect(adapter.composerFor!(byId('reply'))?.id).toBe('reply');
  });

  it("never coaches an editor inside Reply Coach's own shadow UI", () => {
    const host = byId('own-ui-host');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('textarea');
    inner.id = 'own-note';
    shadow.appendChild(inner);
    expect(adapter.composerFor!(inner)).toBeNull();
    expect(adapter.isCoached(inner)).toBe(false);
    expect(ids(adapter.findComposers(document))).toEqual(['reply', 'rich-editor']);
  });

  it('has no thread: customer unknown, channel email', () => {
    expect(adapter.readThread(byId('reply'))).toEqual({ channel: 'email' });
  });

  it('ignores quoted text and signatures in a contenteditable, nothing in a textarea', () => {
    expect(textsOf(adapter.ignoredNodes(byId('rich-editor')))).toEqual([
      'Jo wrote: my charger broke after a week',
      '-- Pat, Support',
    ]);
    expect(adapter.ignoredNodes(byId('reply'))).toEqual([]);
  });

  it("returns the form's submit button, not other buttons; none outside a form", () => {
    expect(ids(adapter.sendButtons(byId('reply')))).toEqual(['reply-submit']);
    expect(adapter.sendButtons(byId('rich-editor'))).toEqual([]);
  });

  it('stops coaching a field once the page opts it out', () => {
    expect(adapter.isCoached(byId('reply'))).toBe(true);
    byId('reply').setAttribute('data-gramm', 'false');
    expect(adapter.isCoached(byId('reply'))).toBe(false);
  });

  it('keeps coaching a rich editor while its mention menu sets aria-autocomplete', () => {
    byId('rich-editor').setAttribute('aria-autocomplete', 'list');
    expect(adapter.isCoached(byId('rich-editor'))).toBe(true);
  });

  it('maps an editable island inside a non-editable widget to the outer editor', () => {
    const widget = document.createElement('figure');
    widget.setAttribute('contenteditable', 'false');
    const caption = document.createElement('figcaption');
    caption.setAttribute('contenteditable', 'true');
    widget.appendChild(caption);
    byId('rich-editor').appendChild(widget);
    expect(adapter.composerFor!(caption)?.id).toBe('rich-editor');
    expect(adapter.findComposers(document).map((e) => e.id)).toEqual(['reply', 'rich-editor']);
  });

  it('does not coach a field in an inert region, but does behind aria-hidden (a dialog is open)', () => {
    byId('reply-form').setAttribute('aria-hidden', 'true');
    expect(adapter.isCoached(byId('reply'))).toBe(true);
    byId('reply-form').setAttribute('inert', '');
    expect(adapter.isCoached(byId('reply'))).toBe(false);
  });
});
