// "Did you mean …?" lives in core (its routing loader suggests teams); re-exported here, where
// presets have always imported it from.
export { didYouMean } from '@signaalreis/core';
