import { describeResource } from '../../shared/operation';
import { createLabelOperation } from './createLabel';
import { deleteLabel } from './deleteLabel';
import { getManyLabels } from './getMany';
import { getLabels, searchLabels } from './labelField';
import { updateLabel } from './updateLabel';

export const labelDescription = describeResource('label', [getManyLabels, createLabelOperation, updateLabel, deleteLabel], 'getMany');

export const labelListSearch = { searchLabels };
export const labelLoadOptions = { getLabels };
