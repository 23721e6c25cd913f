import { listOperation } from './lists';

export const getManyTriggers = listOperation('getManyTriggers', 'Get Many Triggers', 'Get many chatbot triggers', 'chatbot triggers', '/trigger/list');
