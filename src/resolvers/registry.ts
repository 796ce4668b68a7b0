import Resolver from '@forge/resolver';
import type { AppDependencies, ResolverFunction } from './define';
import { figureResolvers } from './figures';
import { recordResolvers } from './records';
import { reviewNoteResolvers } from './reviewNotes';

type ResolverFactories = Record<string, (deps: AppDependencies) => ResolverFunction>;

/** Every resolver key the app answers; each module contributes its own. */
const RESOLVER_MODULES: readonly ResolverFactories[] = [figureResolvers, recordResolvers, reviewNoteResolvers];

/** The resolver functions by key, bound to their dependencies. */
export function resolverFunctions(deps: AppDependencies): Map<string, ResolverFunction> {
  const functions = new Map<string, ResolverFunction>();
  for (const module of RESOLVER_MODULES) {
    for (const [key, factory] of Object.entries(module)) {
      if (functions.has(key)) throw new Error(`Resolver key '${key}' is defined twice`);
      functions.set(key, factory(deps));
    }
  }
  return functions;
}

/**
 * The Forge function handler: `@forge/resolver`'s definitions, so Forge (and the local stand-in, which
 * calls it the same way) passes the payload and the invocation context.
 */
export function createResolverHandler(deps: AppDependencies): ReturnType<Resolver['getDefinitions']> {
  const resolver = new Resolver();
  for (const [key, run] of resolverFunctions(deps)) {
    resolver.define(key, (request) => run({ payload: request.payload, context: request.context }));
  }
  return resolver.getDefinitions();
}
