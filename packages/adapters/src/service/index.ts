// Public API of adapters/service (Node only): the HTTP service on the case store (issue 12).
export type { RouteAccess } from './access';
export { createService, DEFAULT_SERVICE_LIMITS, type ServiceApp, type ServiceOptions } from './app';
export * from './ddas-vs/index';
export { ROUTE_TABLE, type RouteEntry } from './define';
export type { ServiceDdasOptions, ServiceLimits, ServiceLogEntry } from './env';
export { PROBLEMS, type ProblemCode } from './messages';
export { listen, type RunningService, type ServeOptions, serveService } from './serve';
