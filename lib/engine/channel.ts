// What each channel expects of a reply, beyond what every reply needs (acknowledgement, a next step, an
// apology when one is due). Read from the site adapter (Zendesk's channel, Gmail = email) or the `channel`
// input; documented in the README's rule table.
//
// - email: a letter — greeting, thanks and a closing offer of help on every reply.
// - chat: a live conversation. The reply that opens it greets, thanks and closes like a short letter; a turn
//   in the middle (the customer just answered: "Yes", "I did", "Still not working") needs none of them.
// - social: a public reply of 280 characters, often moving to DM: no greeting, thanks or closing is due.

import type { SharedContext } from './context';

export interface ChannelExpectations {
  greeting: boolean;
  thanks: boolean;
  closing: boolean;
}

export function channelExpectations(ctx: SharedContext): ChannelExpectations {
  if (ctx.channel === 'social') return { greeting: false, thanks: false, closing: false };
  if (ctx.channel === 'chat' && ctx.customer?.intent.continuation)
    return { greeting: false, thanks: false, closing: false };
  return { greeting: true, thanks: true, closing: true };
}
