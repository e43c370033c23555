// Usage counts (numbers only, this browser): per rule how often it fired, was fixed and was ignored, as
// bars drawn in SVG inside an ordinary table (screen readers read the numbers), with CSV export and reset.

import { useEffect, useState } from 'preact/hooks';
import { readUsage, resetUsage, usageItem } from '../../../lib/storage';
import { dayKey, ruleTotals, sentTotal, usageCsv, type Usage } from '../../../lib/usage';
import { download } from '../lists';

const RANGES = [7, 30, 90] as const;

function since(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - (days - 1));
  return dayKey(d);
}

export function UsagePanel(props: { titles: Record<string, string>; onStatus: (s: string) => void }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  const [range, setRange] = useState<(typeof RANGES)[number]>(30);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void readUsage().then(setUsage);
    return usageItem.watch(() => void readUsage().then(setUsage));
  }, []);

  if (!usage) return null;
  const from = since(range);
  const rows = ruleTotals(usage, from);
  const sent = sentTotal(usage, from);
  const max = Math.max(1, ...rows.map((r) => r.fired));
  const W = 220;
  const bar = (n: number) => Math.max(n > 0 ? 2 : 0, Math.round((n / max) * W));

  return (
    <section class="card" aria-labelledby="usage-h" id="usage">
      <h2 id="usage-h">Which rules fire</h2>
      <p class="muted">
        Counted in this browser only, as numbers: how often each rule flagged a reply, how often one of its fixes was
        applied, and how often it was ignored. No text is kept.
      </p>
      <div class="row">
        <label>
          Period{' '}
          <select
            value={range}
            onChange={(e) => setRange(Number((e.currentTarget as HTMLSelectElement).value) as (typeof RANGES)[number])}
          >
            {RANGES.map((r) => (
              <option key={r} value={r}>
                Last {r} days
              </option>
            ))}
          </select>
        </label>
        <span class="legend" aria-hidden="true">
          <span class="key fired" /> fired <span class="key fixed" /> fixed <span class="key ignored" /> ignored
        </span>
      </div>
      {rows.length === 0 ? (
        <p class="muted" id="usage-empty">
          Nothing counted yet in this period. Counts appear as replies are checked.
        </p>
      ) : (
        <table class="usage" aria-describedby="usage-h">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">
                <span class="visually-hidden">Chart</span>
              </th>
              <th scope="col" class="num">
                Fired
              </th>
              <th scope="col" class="num">
                Fixed
              </th>
              <th scope="col" class="num">
                Ignored
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.ruleId} data-rule={r.ruleId}>
                <th scope="row">
                  {props.titles[r.ruleId] ?? r.ruleId} <code class="muted small">{r.ruleId}</code>
                </th>
                <td>
                  <svg width={W} height="22" viewBox={`0 0 ${W} 22`} aria-hidden="true" focusable="false">
                    <rect class="fired" x="0" y="1" width={bar(r.fired)} height="8" rx="2" />
                    <rect class="fixed" x="0" y="11" width={bar(r.fixed)} height="4" rx="1" />
                    <rect class="ignored" x="0" y="17" width={bar(r.ignored)} height="4" rx="1" />
                  </svg>
                </td>
                <td class="num">{r.fired}</td>
                <td class="num">{r.fixed}</td>
                <td class="num">{r.ignored}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Replies sent with an error after the send-gate warning: <strong id="usage-sent">{sent}</strong>
      </p>
      <div class="row">
        <button
          type="button"
          onClick={() => {
            download(`reply-coach-usage-${dayKey()}.csv`, usageCsv(usage), 'text/csv');
            props.onStatus('Exported the usage counts as CSV.');
          }}
        >
          Export CSV
        </button>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            Reset counts…
          </button>
        ) : (
          <span role="group" aria-label="Confirm reset" class="row">
            <span>Delete every count?</span>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await resetUsage();
                setConfirming(false);
                props.onStatus('Usage counts reset.');
              }}
            >
              Reset
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
    </section>
  );
}
