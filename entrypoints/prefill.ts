import { runRequest } from '../content/prefill/run';

// Injected on the user's click with scripting.executeScript (activeTab), into the top frame only.
// It answers one request and returns; it leaves no listeners, observers or globals behind.
export default defineUnlistedScript(() =>
  runRequest(document, globalThis as unknown as Record<string, unknown>, { layout: true }),
);
