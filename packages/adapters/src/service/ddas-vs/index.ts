// Public API of the DDAS-VS provider endpoint (Node only): `POST /gegevens` as CBS calls it, its
// paging, signing and token checks, and a source of deliveries from the case store.
export {
  DDAS_VS_UNKNOWN_ORGANISATION,
  type DdasVsAppOptions,
  type DdasVsLogEvent,
  type DdasVsRequest,
  type DdasVsSource,
  ddasVsApp,
} from './app';
export { type DdasVsConfig, readDdasVsConfig } from './config';
export {
  DDAS_VS_MAX_PAGE_SIZE,
  type DdasVsPage,
  type DdasVsPaginering,
  ddasVsPage,
  ddasVsPager,
} from './paging';
export { type GegevensRequest, GegevensRequestSchema } from './schemas';
export { type DdasVsSignature, type DdasVsSignerOptions, ddasVsSigner } from './signing';
export { type StoreDeliverySourceOptions, storeDeliverySource } from './store-source';
export { bearerVerifier, type DdasVsTokenOptions, type TokenVerdict } from './tokens';
