import { listOperation } from './lists';

export const getManyKnowledge = listOperation('getManyKnowledge', 'Get Many Knowledge Entries', 'Get many knowledge entries', 'knowledge base entries of the AI agents', '/knowledge/list');
