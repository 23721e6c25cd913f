import { listOperation } from './lists';

export const getManyAgents = listOperation('getManyAgents', 'Get Many Agents', 'Get many AI agents', 'AI agents (API keys left out)', '/agent/list');
