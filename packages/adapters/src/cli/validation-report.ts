// The validation report moved to ../files/validation-report (the service answers a delivery with it
// too); the command line imports it from here as before.
export * from '../files/validation-report';
