import { describeResource } from '../../shared/operation';
import { createOrUpdateAgent } from './createOrUpdateAgent';
import { deleteAgent } from './deleteAgent';
import { getManyAgents } from './getManyAgents';
import { getManyFunctions } from './getManyFunctions';
import { getManyKnowledge } from './getManyKnowledge';
import { getManyTriggers } from './getManyTriggers';
import { searchAgents } from './lists';

export const agentDescription = describeResource(
	'agent',
	[createOrUpdateAgent, getManyAgents, deleteAgent, getManyTriggers, getManyKnowledge, getManyFunctions],
	'getManyAgents',
);

export const agentListSearch = { searchAgents };
