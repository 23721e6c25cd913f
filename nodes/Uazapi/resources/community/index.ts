import { describeResource } from '../../shared/operation';
import { searchCommunities } from './communityField';
import { createCommunity } from './createCommunity';
import { addGroups, removeGroups } from './editGroups';

export const communityDescription = describeResource('community', [createCommunity, addGroups, removeGroups], 'createCommunity');

export const communityListSearch = { searchCommunities };
