// What each channel expects of a reply, beyond what every reply needs (acknowledgement, a next step, an
// apology when one is due). Read from the site adapter (Zendesk's channel, Gmail = email) or the `channel`
// input; documented in the README's rule table.
//
// - email: a letter — greeting, thanks and a closing offer of help on every reply.
// - chat: a live conversation, a turn at a time. Greet when the customer greeted you. The reply that opens
//   the conversation (it greets: "Hi Roy!") is a short letter and thanks and closes too; a turn in the
//   middle (the customer just answered: "Yes", "I did", "Still not working"; or the agent is working
//   through steps) needs none of them.
// - social: a public reply of 280 characters, often moving to DM: no greeting, thanks or closing is due.

import type { SharedContext } from './context';
import greetingData from '../../rules/data/missing-greeting.json';

export interface ChannelExpectations {
  greeting: boolean;
  thanks: boolean;
  closing: boolean;
}

const CUSTOMER_GREETS = new RegExp(greetingData.customerGreets, 'iu');
const NONE: ChannelExpectations = { greeting: false, thanks: false, closing: false };

export function channelExpectations(ctx: SharedContext): ChannelExpectations {
  if (ctx.channel === 'email') return { greeting: true, thanks: true, closing: true };
  if (ctx.channel === 'social') return NONE;
  const c = ctx.customer;
  if (c?.intent.continuation) return NONE;
  const customerGreeted = !!c && CUSTOMER_GREETS.test(c.text.replace(/^(?:\s*@\w+)+/, ''));
  const opens = !!ctx.text.greeting || /^\W*[\p{Lu}][\p{L}'’-]+,\s/u.test(ctx.draft);
  return { greeting: customerGreeted || !c, thanks: opens, closing: opens };
}
