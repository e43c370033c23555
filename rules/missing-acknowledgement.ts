import type { Rule } from '../lib/engine/types';

// TODO(stub): not implemented yet — being written.
const rule: Rule = {
  meta: {
    id: 'missing-acknowledgement',
    title: 'missing-acknowledgement',
    description: 'TODO',
    rationale: 'TODO',
    step: 'tone',
    defaultSeverity: 'warning',
    example: 'TODO',
    english: true,
  },
  check() {},
};

export default rule;
