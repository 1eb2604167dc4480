/**
 * For conformance suites over ../shared/fixtures: whether the fixtures are there. Without them a
 * suite is skipped on a developer's machine, but under CI (CI=true) a missing fixture folder fails
 * the run instead of passing silently (issue 15 item 9).
 */
export function fixturesPresent(present: boolean, where: string, env: Record<string, string | undefined> = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  if (!present && ci) throw new Error(`Conformance fixtures missing under CI: ${where} (expected beside this checkout in ../shared/fixtures)`);
  return present;
}
