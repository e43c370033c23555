import { readFileSync } from 'node:fs';
import { analyzeText } from './lib/engine/text';
import { readPoliteness } from './lib/engine/signals/politeness';
import { quartiles } from './lib/cli/eval-tone';
const rows = readFileSync('../shared/real/politeness.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
const { bottom } = quartiles(rows);
let k=0;
for (const r of bottom.sort(()=>0.5-Math.random()).slice(0,60)) {
  const p = readPoliteness(analyzeText(r.text), null);
  if (p.curtness >= 0.766) continue;
  console.log(p.curtness.toFixed(2), r.score.toFixed(2), [...new Set(p.hits.map(h=>h.feature))].join(','), '::', r.text.slice(0,200));
}
