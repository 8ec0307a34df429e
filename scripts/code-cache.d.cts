// Types of scripts/code-cache.cjs, for the build (scripts/build.ts) and the tests.

/** What was found beside the bundle: see runWithCodeCache. */
export type CodeCacheFound = 'after-start' | 'build' | 'none' | 'other-bundle' | 'rejected';

export function writeBuildCache(file: string): void;

export function runWithCodeCache(file: string): {
  cache: CodeCacheFound;
  exports: unknown;
  refresh(): boolean;
};
