export { CampaignsTable } from './CampaignsTable';
export { CampaignPage } from './CampaignPage';
export { ContinualImprovement } from './ContinualImprovement';
export { ImprovementPage } from './ImprovementPage';
export { WaiverDebt } from './WaiverDebt';
export { CampaignNote } from './CampaignNote';
