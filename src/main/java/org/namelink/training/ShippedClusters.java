package org.namelink.training;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word clusters CoreNLP's CoNLL 4-class model was trained with (egw4-reut.512: 533,629 words
 * of unlabelled Reuters text in 512 clusters), read out of that model in the models jar, where
 * they travel inside its feature factory: the cluster file itself is not shipped. Written as
 * {@code word<TAB>cluster} lines, the format CoreNLP's {@code distSimLexicon} reads, sorted.
 *
 * <p>Stateless and thread-safe.
 */
final class ShippedClusters {

    /** The model the clusters are read from: a resource of our own dependency, not user input. */
    static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private ShippedClusters() {
    }

    /** Writes the clusters to {@code file}; returns how many words. */
    static int write(Path file) throws IOException {
        Map<String, String> lexicon = read();
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : new TreeMap<>(lexicon).entrySet()) {
                // The empty word has no line of its own in the format.
                if (!e.getKey().isEmpty() && e.getKey().chars().noneMatch(Character::isWhitespace)) {
                    w.write(e.getKey() + "\t" + e.getValue() + "\n");
                    n++;
                }
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> read() throws IOException {
        try {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
            Field factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
            factories.setAccessible(true);
            Field lexicon = NERFeatureFactory.class.getDeclaredField("lexicon");
            lexicon.setAccessible(true);
            Object factory = ((List<?>) factories.get(crf)).get(0);
            Map<String, String> words = (Map<String, String>) lexicon.get(factory);
            if (words == null || words.isEmpty()) {
                throw new IOException(MODEL + " holds no word clusters");
            }
            return words;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IOException("cannot read the word clusters of " + MODEL + ": " + e, e);
        }
    }
}
