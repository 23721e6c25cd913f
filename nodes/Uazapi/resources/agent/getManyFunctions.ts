import { listOperation } from './lists';

export const getManyFunctions = listOperation('getManyFunctions', 'Get Many API Functions', 'Get many API functions', 'API functions the AI agents can call', '/function/list');
