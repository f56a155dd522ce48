/**
 * @packageDocumentation
 * `@signaalreis/core`: the model and every rule of the signal journey (vroegsignalering) as pure
 * functions over plain data. No I/O and no Node built-ins: it also runs in a browser.
 */
export * from './calendar/index';
export * from './criteria/index';
export * from './intake/index';
export * from './journey/index';
export * from './lifecycle/index';
export * from './matching/index';
export { CORE_MESSAGE_CATALOGUES } from './message-catalogues';
export * from './model/index';
export * from './month/index';
export * from './report/index';
export * from './routing/index';
export * from './rules/index';
export * from './simulation/index';
export * from './sources/index';
export * from './store/index';
export * from './vlp/index';
