/**
 * The municipality's name by SSB number, from the one national list (src/domain/kommuner.ts,
 * domain.md §7): the same in bokmål and nynorsk. Foster homes may live outside the service's own
 * municipalities, so the service's list (`GET /api/tjeneste`) is not enough to name them.
 */
export { kommunenavn } from '@/domain/kommuner';
