import { forgeDependencies } from './forgeDependencies';
import { createResolverHandler } from './registry';

/** The Forge function behind every Custom UI surface (manifest `function.key: resolver`). */
export const handler = createResolverHandler(forgeDependencies());
