// Front: the message composer (not the comment box), the latest inbound message, the channel icon.
import { makeHelpdeskAdapter } from '../helpdesk';
import { selectors } from './selectors';

export const adapter = makeHelpdeskAdapter('front', selectors);
