/**
 * Cross-document resolution: every mention of every document is joined into
 * {@link org.namelink.resolution.Entity entities}, with types voted per document and across the
 * corpus, and each joined spelling keeps its {@link org.namelink.resolution.MergeReason reason}.
 *
 * <p>What a user needs from here: {@code Entity} and {@code MergeReason}, which
 * {@code Corpus.entities()} returns. {@link org.namelink.resolution.EntityResolver} is the engine
 * behind {@code Namelink.process} and {@code Namelink.resolveMentions}.
 */
package org.namelink.resolution;
