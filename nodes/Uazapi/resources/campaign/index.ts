import { describeResource } from '../../shared/operation';
import { clearQueue } from './clearQueue';
import { clearSentMessages } from './clearSentMessages';
import { searchCampaigns } from './common';
import { controlCampaign } from './controlCampaign';
import { createAdvancedCampaign } from './createAdvancedCampaign';
import { createSimpleCampaign } from './createSimpleCampaign';
import { getCampaignMessages } from './getCampaignMessages';
import { getCampaigns } from './getCampaigns';

export const campaignDescription = describeResource(
	'campaign',
	[createSimpleCampaign, createAdvancedCampaign, controlCampaign, getCampaigns, getCampaignMessages, clearSentMessages, clearQueue],
	'createSimpleCampaign',
);

export const campaignListSearch = { searchCampaigns };
