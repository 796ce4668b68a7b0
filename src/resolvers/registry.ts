import Resolver from '@forge/resolver';
import type { AppDependencies, ResolverFunction } from './define';
import { figureResolvers } from './figures';
import { recordResolvers } from './records';
import { reviewNoteResolvers } from './reviewNotes';
import { userResolvers } from './users';

type ResolverFactories = Record<string, (deps: AppDependencies) => ResolverFunction>;
type ResolverHandler = ReturnType<Resolver['getDefinitions']>;

/** Every resolver key the app answers; each module contributes its own. */
const RESOLVER_MODULES: readonly ResolverFactories[] = [figureResolvers, recordResolvers, reviewNoteResolvers, userResolvers];

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
 *
 * `@forge/resolver` looks keys up with `key in {}`, which also finds `Object.prototype`'s members: a key
 * like `constructor` would echo the call back and `hasOwnProperty` would crash. Only our own keys reach
 * it; any other key fails as `@forge/resolver` fails an unknown one, with the same message.
 */
export function createResolverHandler(deps: AppDependencies): ResolverHandler {
  const resolver = new Resolver();
  const functions = resolverFunctions(deps);
  for (const [key, run] of functions) {
    resolver.define(key, (request) => run({ payload: request.payload, context: request.context }));
  }
  const definitions = resolver.getDefinitions();
  return (invocation, runtime) => {
    const key = invocation.call.functionKey;
    if (!functions.has(key)) return Promise.reject(new Error(`Resolver has no definition for '${key}'.`));
    return definitions(invocation, runtime);
  };
}
