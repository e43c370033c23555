// The extension's keyboard shortcuts as the browser has them bound, with a way to change them.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

export function Shortcuts(props: { onStatus: (s: string, error?: boolean) => void }) {
  const [commands, setCommands] = useState<Command[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((c) => setCommands(c.filter((x) => x.name && !x.name.startsWith('_'))))
      .catch(() => setCommands([]));
  }, []);

  const firefox = typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);
  const change = async () => {
    const cmds = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
    try {
      if (cmds.openShortcutSettings) await cmds.openShortcutSettings();
      else if (firefox) throw new Error('not available');
      else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    } catch {
      props.onStatus(
        firefox
          ? 'Open about:addons, click the gear icon and choose “Manage Extension Shortcuts”.'
          : 'Open chrome://extensions/shortcuts to change the shortcuts.',
        true,
      );
    }
  };

  return (
    <section class="card" aria-labelledby="keys-h" id="shortcuts">
      <h2 id="keys-h">Keyboard shortcuts</h2>
      <table class="keys">
        <thead>
          <tr>
            <th scope="col">Shortcut</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.name}>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">not set</span>}</td>
              <td>{c.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close the card</td>
          </tr>
          <tr>
            <td>
              <kbd>Ctrl</kbd>+<kbd>Z</kbd>
            </td>
            <td>Undo a fix (the editor’s own undo)</td>
          </tr>
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => void change()}>
          Change shortcuts…
        </button>{' '}
        <span class="muted small">
          {firefox ? 'Opens Firefox’s extension shortcut settings.' : 'Opens chrome://extensions/shortcuts.'}
        </span>
      </p>
    </section>
  );
}
