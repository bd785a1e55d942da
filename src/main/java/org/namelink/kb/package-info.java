/**
 * The knowledge base: which Wikipedia articles a name may stand for, and how likely each is, from
 * CoreNLP's Wikipedia dictionary ({@code wikidict.tab.gz} in the KBP models jar, an optional
 * dependency). {@link org.namelink.kb.KnowledgeBaseIndex} turns the dictionary once into an on-disk
 * index (the command line: {@code namelink kb-index}); {@link org.namelink.kb.KnowledgeBase} maps it
 * and answers {@link org.namelink.kb.Candidate}s for a name, folded as the matcher folds names.
 *
 * <p>Depends on {@code org.namelink.names} only (for the folding), so that what links entities,
 * after resolution, can use it.
 */
package org.namelink.kb;
