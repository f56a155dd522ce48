// Public API of core/journey: the journey record and what can be derived from it.
export { journeyExplanation, worklistBucket } from './accessors';
export { type CaseJourney, type Explanation, JOURNEY_STAGES, type JourneyStage } from './types';
