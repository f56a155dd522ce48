// Public API of adapters/json: reading the JSON files a user gives, under limits.
export { JSON_FILE_LIMITS, type ReadJsonFileOptions, readJsonFile } from './read-json-file';
