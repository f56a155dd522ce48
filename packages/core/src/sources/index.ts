// Public API of core/sources: the source keys of docs/sources.md and citations for people.
export { type CitationPart, citeSource, splitCitation } from './cite';
export { isSourceKey, SOURCES, type SourceEntry, type SourceKey } from './registry';
