/**
 * Cross-document resolution: every mention of every document is joined into
 * {@link org.namelink.resolution.Entity entities}, with types voted per document and across the
 * corpus, and each joined spelling keeps its {@link org.namelink.resolution.MergeReason reason}.
 *
 * <p>What a user needs from here: {@code Entity} and {@code MergeReason}, which
 * {@code Corpus.entities()} returns. {@link org.namelink.resolution.EntityResolver} is the engine
 * behind {@code Namelink.process} and {@code Namelink.resolveMentions}, and the in-memory executor
 * of the resolution plan.
 *
 * <p>Public here is what a user calls or extends: {@code EntityResolver}, the values it returns
 * ({@code Resolution}, {@code Entity}, {@code EntityMention}, {@code MergeReason},
 * {@code EntityLink}, {@code NameLookup}, the near misses {@code NearMiss}, {@code NearMisses},
 * {@code NearMissReport}, {@code ResolutionWithNearMisses}), its input {@code ResolverDocument} and
 * the extension point {@code BlockingKeys}. The plan's steps and values, which the registry and the
 * Spark executor also run, are in {@link org.namelink.resolution.plan}: not API.
 */
package org.namelink.resolution;
