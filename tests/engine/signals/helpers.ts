// Build the context a rule sees, for signal tests.
import { createRuleContext, createShared, type RuleContext } from '../../../lib/engine/context';
import { analyzeCustomer } from '../../../lib/engine/customer';
import { analyzeText } from '../../../lib/engine/text';
import type { Channel } from '../../../lib/engine/types';

export function contextFor(draft: string, customer?: string, channel: Channel = 'email'): RuleContext {
  const input = { draft, channel, ...(customer !== undefined ? { customer } : {}) };
  return createRuleContext(createShared(input, analyzeText(draft), analyzeCustomer(customer), {}), {}, () => {});
}
