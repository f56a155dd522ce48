// The zod → Issue mapper lives in model/ (it is shared by every schema of core).
export { issuesFromZod } from '../model/zod-issues';
