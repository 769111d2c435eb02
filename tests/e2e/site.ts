/**
 * Where the fixture server listens. `FIXTURE_PORT` lets two checkouts run their end-to-end tests at
 * once without one reusing (or refusing) the other's server; the default is the one CI uses.
 */
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4173);
export const SITE = `http://127.0.0.1:${FIXTURE_PORT}`;
/** The same server under another origin (localhost instead of 127.0.0.1). */
export const OTHER_ORIGIN = `http://localhost:${FIXTURE_PORT}`;
