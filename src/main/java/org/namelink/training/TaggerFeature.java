package org.namelink.training;

/**
 * Features {@code train-tagger} can add to the shipped CoNLL model's own ("chris2009": words,
 * character n-grams, word shapes, neighbouring words and labels, disjunctions; see
 * {@code org/namelink/training/chris2009.prop}). Each is measured on the development split in
 * src/site/markdown/tagger.md.
 */
public enum TaggerFeature {
    /**
     * Word clusters ({@code useDistSim}): the word → cluster map CoreNLP's CoNLL 4-class model was
     * trained with (egw4-reut.512, clusters of unlabelled Reuters text), read out of that model in
     * the models jar, since the cluster file itself is not shipped.
     */
    DISTSIM
}
