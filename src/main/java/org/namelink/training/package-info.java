/**
 * Training a tagger here ({@code train-tagger}, issue 24): {@link org.namelink.training.TaggerTraining}
 * trains a CoreNLP CRF on a CoNLL-2003 file with the shipped CoNLL model's features and the chosen
 * {@link org.namelink.training.TaggerFeature}s. Beside the chain, like {@code evaluation}: nothing in
 * the pipeline depends on it; the trained model is loaded by {@code mentions} as the shipped CRFs are.
 * Figures: src/site/markdown/tagger.md.
 */
package org.namelink.training;
