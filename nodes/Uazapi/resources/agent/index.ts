import { describeResource } from '../../shared/operation';
import { createOrUpdateAgent } from './createOrUpdateAgent';
import { createOrUpdateFunction } from './createOrUpdateFunction';
import { createOrUpdateKnowledge } from './createOrUpdateKnowledge';
import { createOrUpdateTrigger } from './createOrUpdateTrigger';
import { deleteAgent } from './deleteAgent';
import { deleteFunction } from './deleteFunction';
import { deleteKnowledge } from './deleteKnowledge';
import { deleteTrigger } from './deleteTrigger';
import { getManyAgents } from './getManyAgents';
import { getManyFunctions } from './getManyFunctions';
import { getManyKnowledge } from './getManyKnowledge';
import { getManyTriggers } from './getManyTriggers';
import { searchAgents, searchFunctions, searchKnowledge, searchTriggers } from './lists';

export const agentDescription = describeResource(
	'agent',
	[
		createOrUpdateAgent,
		getManyAgents,
		deleteAgent,
		createOrUpdateTrigger,
		getManyTriggers,
		deleteTrigger,
		createOrUpdateKnowledge,
		getManyKnowledge,
		deleteKnowledge,
		createOrUpdateFunction,
		getManyFunctions,
		deleteFunction,
	],
	'getManyAgents',
);

export const agentListSearch = { searchAgents, searchTriggers, searchKnowledge, searchFunctions };
