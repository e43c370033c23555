// Intercom: the inbox reply composer (not notes), the user's latest message, the channel (chat by default).
import { makeHelpdeskAdapter } from '../helpdesk';
import { selectors } from './selectors';

export const adapter = makeHelpdeskAdapter('intercom', selectors);
