// What the toolbar badge shows for a tab: the number of errors and warnings in its composer's draft,
// leaving out the findings the agent ignored (suggestions are not counted). Pure.

import type { ReportUpdate } from '../messaging';
import { plural } from './plural';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_ERROR = '#c62828';
export const BADGE_WARNING = '#b26a00';

export function badgeCounts(update: ReportUpdate | null | undefined): { errors: number; warnings: number } {
  const findings = update?.report?.findings ?? [];
  const ignored = new Set(update?.ignored ?? []);
  let errors = 0;
  let warnings = 0;
  findings.forEach((f, i) => {
    if (ignored.has(i)) return;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  });
  return { errors, warnings };
}

export function badgeFor(update: ReportUpdate | null | undefined): Badge {
  if (!update?.report) return { text: '', color: BADGE_WARNING, title: 'Reply Coach' };
  const { errors, warnings } = badgeCounts(update);
  const n = errors + warnings;
  return {
    text: n === 0 ? '' : n > 99 ? '99+' : String(n),
    color: errors ? BADGE_ERROR : BADGE_WARNING,
    title:
      n === 0
        ? 'Reply Coach: nothing to fix in this reply'
        : `Reply Coach: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in this reply`,
  };
}
