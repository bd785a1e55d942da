/**
 * A persistent entity registry: entities with stable ids across runs, resolved incrementally by the
 * resolution plan's steps against what earlier batches recorded, with history and lasting corrections.
 * Sits after {@code resolution} in the flow and before {@code pipeline}.
 */
package org.namelink.registry;
