/**
 * Entity linking, the stage after resolution: each resolved entity gets the Wikipedia article it
 * stands for, with a score, or none. {@link org.namelink.linking.Linker} is the stage's interface;
 * {@link org.namelink.linking.KnowledgeBaseLinker} ranks the candidates the knowledge base
 * ({@code org.namelink.kb}) gives every variant of an entity by their priors weighted by mentions,
 * type compatibility, the words of the entity's documents and the articles linked for the other
 * entities of those documents ({@link org.namelink.linking.LinkRules}, one small function a rule).
 *
 * <p>Depends on {@code kb}, {@code resolution} and {@code text} (the KBP gazetteer); nothing before it
 * depends on it.
 */
package org.namelink.linking;
