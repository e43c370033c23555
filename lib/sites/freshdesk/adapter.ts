// Freshdesk: the Froala reply editor (not private notes), the requester's latest message, the source.
import { makeHelpdeskAdapter } from '../helpdesk';
import { selectors } from './selectors';

export const adapter = makeHelpdeskAdapter('freshdesk', selectors);
