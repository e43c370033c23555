// Help Scout: the reply editor (not notes), the customer's latest thread item, the conversation type.
import { makeHelpdeskAdapter } from '../helpdesk';
import { selectors } from './selectors';

export const adapter = makeHelpdeskAdapter('helpscout', selectors);
