package org.namelink.mentions;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The features CoreNLP's NER CRF computes for the current label alone (clique C), the same
 * strings as {@link NERFeatureFactory}'s {@code featuresC}, in methods small enough for the JIT.
 *
 * <p>Why it exists: {@code NERFeatureFactory.featuresC} is 10,370 bytes of bytecode, over HotSpot's
 * 8,000-byte limit for compilation ({@code -XX:+DontCompileHugeMethods}, on by default), so it
 * always runs in the interpreter: about four fifths of Namelink's CPU time in a profile of a
 * single-thread {@code bench}. This factory computes the same features once per token with each
 * sentence's words, shapes and distributional classes looked up once (CoreNLP applies the model's
 * word function, {@code AmericanizeFunction}, on every lookup: up to 300 times a token for the
 * occurrence-pattern features).
 *
 * <p>It covers the flag settings of CoreNLP's English 3-, 4- and 7-class models: {@link #install}
 * leaves any classifier whose flags ask for another feature untouched. Every other clique, and any
 * token carrying a stacked NER tag, is handed to the model's own factory. Equality of the feature
 * sets, token by token, is tested against CoreNLP's own factory.
 *
 * <p>Thread-safe: immutable apart from a per-thread cache of the sentence being featurized (each
 * thread keeps its last sentence's tokens until it featurizes another; a token whose text is
 * edited in place between two calls on the same sentence is not seen). Not serializable: install it
 * on a loaded classifier, never save a classifier that has it.
 */
final class CurrentLabelFeatureFactory extends FeatureFactory<CoreLabel> {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(CurrentLabelFeatureFactory.class);

    /**
     * Every flag CoreNLP 4.5's {@code featuresC} (and the occurrence patterns and distributional
     * lookup it calls) reads. Each must be supported here or left at its default.
     */
    private static final List<String> FLAGS_READ = List.of(
            "binnedLengths", "cacheNGrams", "checkNameList", "cleanGazette", "conjoinShapeNGrams", "dehyphenateNGrams",
            "disjunctionWidth", "dropGaz", "femaleNameList", "greekifyNGrams", "lastNameList", "lowercaseNGrams",
            "maleNameList", "maxLeft", "maxNGramLeng", "noMidNGrams", "slashHyphenTreatment", "sloppyGazette",
            "splitWordRegex", "twoStage", "use2W", "useABGENE", "useABSTR", "useABSTRFreq", "useABSTRFreqDict",
            "useAbbr", "useAbbr1", "useBagOfWords", "useBeginSent", "useChunks", "useClassFeature",
            "useCommonWordsFeature", "useDisjShape", "useDisjunctive", "useDisjunctiveShapeInteraction", "useDistSim",
            "useEitherSideDisjunctive", "useEitherSideWord", "useEntityRule", "useEntityTypes", "useExternal",
            "useExtraTaggySequences", "useFREQ", "useFirstWord", "useGENIA", "useGazFeatures", "useGazettes",
            "useGenericFeatures", "useHeadGov", "useIfInteger", "useInternal", "useIsDateRange", "useIsURL", "useLC",
            "useLastRealWord", "useLemmas", "useMUCFeatures", "useMinimalAbbr", "useMinimalAbbr1",
            "useMoreGazFeatures", "useMoreNeighborNGrams", "useMoreTags", "useNGrams", "useNPGovernor", "useNPHead",
            "useNext", "useNextRealWord", "useNextVB", "useOccurrencePatterns", "useOrdinal", "usePhraseWordTags",
            "usePhraseWords", "usePosition", "usePrev", "usePrevNextLemmas", "usePrevVB", "useProtoFeatures",
            "useRadical", "useShapeConjunctions", "useShapeStrings", "useSymTags", "useSymWordPairs", "useTags",
            "useTitle", "useTitle2", "useTopics", "useTypeSeqs", "useUndirectedDisjunctive", "useUnknown", "useVB",
            "useWEB", "useWEBFreqDict", "useWideDisjunctive", "useWord", "useWordPairs", "useWordTag",
            "useWordnetFeatures", "wideDisjunctionWidth", "wordShape", "useReverse", "casedDistSim",
            "numberEquivalenceDistSim", "unknownWordDistSimClass", "intern");

    /** The flags this class implements whatever their value (noMidNGrams is checked on its own). */
    private static final Set<String> SUPPORTED = Set.of(
            "useDistSim", "casedDistSim", "numberEquivalenceDistSim", "unknownWordDistSimClass", "useTitle", "useWord",
            "usePrev", "useNext", "useClassFeature", "useNGrams", "noMidNGrams", "maxNGramLeng", "wordShape",
            "useShapeStrings", "useTypeSeqs", "useLastRealWord", "useNextRealWord", "useOccurrencePatterns",
            "useDisjunctive", "disjunctionWidth",
            // These change nothing in the features when the flags they go with are off or supported.
            "cacheNGrams", "maxLeft", "dropGaz", "wideDisjunctionWidth", "lastNameList", "maleNameList",
            "femaleNameList", "intern");

    private static final Pattern TITLE = Pattern.compile("(?:Mr|Ms|Mrs|Dr|Miss|Sen|Judge|Sir)\\.?");

    /** Occurrence patterns look this far (exclusive) to either side. */
    private static final int OCCURRENCE_REACH = 150;

    private final FeatureFactory<CoreLabel> model;
    private final Map<String, String> lexicon;
    private final boolean useDistSim;
    private final boolean casedDistSim;
    private final boolean numberEquivalenceDistSim;
    private final String unknownWordDistSimClass;
    private final boolean useTitle;
    private final boolean useWord;
    private final boolean usePrev;
    private final boolean useNext;
    private final boolean useClassFeature;
    private final boolean useNGrams;
    private final int maxNGramLength;
    private final boolean useShapes;
    private final boolean useTypeSeqs;
    private final boolean useLastRealWord;
    private final boolean useNextRealWord;
    private final boolean useOccurrencePatterns;
    private final boolean useDisjunctive;
    private final int disjunctionWidth;
    /** How far from a position its features read: the tokens a cached sentence view is checked on. */
    private final int reach;
    private final transient ThreadLocal<SentenceView> views = ThreadLocal.withInitial(SentenceView::new);

    private CurrentLabelFeatureFactory(FeatureFactory<CoreLabel> model, SeqClassifierFlags flags, Map<String, String> lexicon) {
        this.flags = flags;
        this.model = model;
        this.lexicon = lexicon;
        this.useDistSim = flags.useDistSim;
        this.casedDistSim = flags.casedDistSim;
        this.numberEquivalenceDistSim = flags.numberEquivalenceDistSim;
        this.unknownWordDistSimClass = flags.unknownWordDistSimClass;
        this.useTitle = flags.useTitle;
        this.useWord = flags.useWord;
        this.usePrev = flags.usePrev;
        this.useNext = flags.useNext;
        this.useClassFeature = flags.useClassFeature;
        this.useNGrams = flags.useNGrams;
        this.maxNGramLength = flags.maxNGramLeng;
        this.useShapes = flags.wordShape > WordShapeClassifier.NOWORDSHAPE || flags.useShapeStrings;
        this.useTypeSeqs = flags.useTypeSeqs;
        this.useLastRealWord = flags.useLastRealWord;
        this.useNextRealWord = flags.useNextRealWord;
        this.useOccurrencePatterns = flags.useOccurrencePatterns;
        this.useDisjunctive = flags.useDisjunctive;
        this.disjunctionWidth = flags.disjunctionWidth;
        this.reach = Math.max(OCCURRENCE_REACH, Math.max(disjunctionWidth, 2));
    }

    /**
     * Puts this factory in place of the classifier's own when the model's flags are ones it covers.
     *
     * @return whether it was installed
     */
    static boolean install(CRFClassifier<CoreLabel> classifier) {
        Objects.requireNonNull(classifier, "classifier");
        return forModel(classifier).map(factory -> {
            List<FeatureFactory<CoreLabel>> factories = new ArrayList<>(1);
            factories.add(factory);
            classifier.featureFactories = factories;
            return true;
        }).orElse(false);
    }

    /** This factory for the classifier, or empty when its model needs a feature not covered here. */
    static Optional<CurrentLabelFeatureFactory> forModel(CRFClassifier<CoreLabel> classifier) {
        List<FeatureFactory<CoreLabel>> factories = classifier.featureFactories;
        if (factories == null || factories.size() != 1 || factories.get(0).getClass() != NERFeatureFactory.class) {
            LOG.debug("CRF keeps its own features: factories {}", factories);
            return Optional.empty();
        }
        SeqClassifierFlags flags = classifier.flags;
        Optional<String> unsupported = unsupportedFlag(flags);
        if (unsupported.isPresent()) {
            LOG.debug("CRF keeps its own features: flag {} is not covered", unsupported.get());
            return Optional.empty();
        }
        Map<String, String> lexicon = Map.of();
        if (flags.useDistSim) {
            Optional<Map<String, String>> read = distSimLexicon(factories.get(0));
            if (read.isEmpty()) {
                LOG.debug("CRF keeps its own features: its distributional lexicon is not readable");
                return Optional.empty();
            }
            lexicon = read.get();
        }
        return Optional.of(new CurrentLabelFeatureFactory(factories.get(0), flags, lexicon));
    }

    /** The first flag read by {@code featuresC} that is neither covered here nor at its default. */
    static Optional<String> unsupportedFlag(SeqClassifierFlags flags) {
        SeqClassifierFlags defaults = new SeqClassifierFlags();
        for (String name : FLAGS_READ) {
            Object value;
            Object standard;
            try {
                Field field = SeqClassifierFlags.class.getField(name);
                value = field.get(flags);
                standard = field.get(defaults);
            } catch (ReflectiveOperationException e) {
                return Optional.of(name); // a CoreNLP without this flag: its featuresC may differ too
            }
            if (!SUPPORTED.contains(name) && !Objects.deepEquals(value, standard)) {
                return Optional.of(name);
            }
        }
        return flags.useNGrams && !flags.noMidNGrams ? Optional.of("noMidNGrams") : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, String>> distSimLexicon(FeatureFactory<CoreLabel> factory) {
        try {
            Field field = NERFeatureFactory.class.getDeclaredField("lexicon");
            field.setAccessible(true);
            return Optional.ofNullable((Map<String, String>) field.get(factory));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int loc, Clique clique) {
        if (clique != cliqueC || loc < 0 || loc >= info.size() || info.get(loc).get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null) {
            return model.getCliqueFeatures(info, loc, clique);
        }
        // CoreNLP's capacity and insertion order, so that the set iterates in the same order: the CRF
        // sums the features' weights in that order, and floating-point sums depend on it.
        Set<String> features = new HashSet<>(100);
        FeatureSink out = new FeatureSink(features, info.get(0).get(CoreAnnotations.DomainAnnotation.class));
        SentenceView s = view(info, loc);
        wordFeatures(s, loc, out);
        if (useNGrams) {
            nGrams(s.word(loc), out);
        }
        if (useShapes) {
            shapeFeatures(s, loc, out);
        }
        realWordFeatures(s, loc, out);
        if (useOccurrencePatterns) {
            occurrencePatterns(s, loc, out);
        }
        if (useDisjunctive) {
            disjunctions(s, loc, out);
        }
        return features;
    }

    private void wordFeatures(SentenceView s, int loc, FeatureSink out) {
        String cWord = s.word(loc);
        if (useDistSim) {
            out.start().append(s.distSim(loc)).end("-DISTSIM");
        }
        if (useTitle && TITLE.matcher(cWord).matches()) {
            out.add("IS_TITLE");
        }
        if (useWord) {
            out.start().append(cWord).end("-WORD");
        }
        if (usePrev) {
            out.start().append(s.word(loc - 1)).end("-PW");
            if (useDistSim) {
                out.start().append(s.distSim(loc - 1)).end("-PDISTSIM");
            }
        }
        if (useNext) {
            out.start().append(s.word(loc + 1)).end("-NW");
            if (useDistSim) {
                out.start().append(s.distSim(loc + 1)).end("-NDISTSIM");
            }
        }
        if (useClassFeature) {
            out.add("###");
        }
    }

    /** Character n-grams touching the start or the end of the word (CoreNLP's noMidNGrams). */
    private void nGrams(String cWord, FeatureSink out) {
        String word = '<' + cWord + '>';
        int length = word.length();
        int max = maxNGramLength >= 0 ? Math.min(maxNGramLength, length) : length;
        for (int end = 2; end <= max; end++) {
            out.start().append('#').append(word, 0, end).append('#').end();
        }
        int start = maxNGramLength >= 0 ? Math.max(0, length - maxNGramLength) : 0;
        for (int i = start; i < length - 1; i++) {
            out.start().append('#').append(word, i, length).append('#').end();
        }
    }

    private void shapeFeatures(SentenceView s, int loc, FeatureSink out) {
        String cShape = s.shape(loc);
        out.start().append(cShape).end("-TYPE");
        if (!useTypeSeqs) {
            return;
        }
        String pShape = s.shape(loc - 1);
        String nShape = s.shape(loc + 1);
        out.start().append(pShape).end("-PTYPE");
        out.start().append(nShape).end("-NTYPE");
        out.start().append(s.word(loc - 1)).append("...").append(cShape).end("-PW_CTYPE");
        out.start().append(cShape).append("...").append(s.word(loc + 1)).end("-NW_CTYPE");
        out.start().append(pShape).append("...").append(cShape).end("-PCTYPE");
        out.start().append(cShape).append("...").append(nShape).end("-CNTYPE");
        out.start().append(pShape).append("...").append(cShape).append("...").append(nShape).end("-PCNTYPE");
    }

    private void realWordFeatures(SentenceView s, int loc, FeatureSink out) {
        if (useLastRealWord && s.word(loc - 1).length() <= 3) {
            out.start().append(s.word(loc - 2)).append("...").append(s.shape(loc)).end("-PPW_CTYPE");
        }
        if (useNextRealWord && s.word(loc + 1).length() <= 3) {
            out.start().append(s.word(loc + 2)).append("...").append(s.shape(loc)).end("-NNW_CTYPE");
        }
    }

    /** Other occurrences of a capitalised word in the sentence, and their capitalised neighbours. */
    private void occurrencePatterns(SentenceView s, int loc, FeatureSink out) {
        String word = s.word(loc);
        String nWord = s.word(loc + 1);
        String pWord = s.word(loc - 1);
        if (!(isNameCase(word) && noUpperCase(nWord) && hasLetter(nWord) && hasLetter(pWord) && !s.isPad(loc - 1))) {
            out.add("NO-OCCURRENCE-PATTERN");
            return;
        }
        if (isNameCase(pWord) && "NNP".equals(s.tag(loc - 1))) {
            for (int jump = 3; jump < OCCURRENCE_REACH; jump++) {
                if (word.equals(s.word(loc + jump))) {
                    out.add(pWord.equals(s.word(loc + jump - 1)) ? "XY-NEXT-OCCURRENCE-XY" : "XY-NEXT-OCCURRENCE-Y");
                }
            }
            for (int jump = -3; jump > -OCCURRENCE_REACH; jump--) {
                if (word.equals(s.word(loc + jump))) {
                    out.add(pWord.equals(s.word(loc + jump - 1)) ? "XY-PREV-OCCURRENCE-XY" : "XY-PREV-OCCURRENCE-Y");
                }
            }
            return;
        }
        for (int jump = 3; jump < OCCURRENCE_REACH; jump++) {
            if (word.equals(s.word(loc + jump))) {
                out.add(properNoun(s, loc + jump - 1) ? "X-NEXT-OCCURRENCE-YX"
                        : properNoun(s, loc + jump + 1) ? "X-NEXT-OCCURRENCE-XY" : "X-NEXT-OCCURRENCE-X");
            }
        }
        for (int jump = -3; jump > -OCCURRENCE_REACH; jump--) {
            if (word.equals(s.word(loc + jump))) {
                out.add(properNoun(s, loc + jump + 1) ? "X-PREV-OCCURRENCE-YX"
                        : properNoun(s, loc + jump - 1) ? "X-PREV-OCCURRENCE-XY" : "X-PREV-OCCURRENCE-X");
            }
        }
    }

    private static boolean properNoun(SentenceView s, int i) {
        return isNameCase(s.word(i)) && "NNP".equals(s.tag(i));
    }

    private void disjunctions(SentenceView s, int loc, FeatureSink out) {
        for (int i = 1; i <= disjunctionWidth; i++) {
            out.start().append(s.word(loc + i)).end("-DISJN");
            out.start().append(s.word(loc - i)).end("-DISJP");
        }
    }

    /** "Name" but not "NAME" or "NaMe" (CoreNLP's test, char by char). */
    private static boolean isNameCase(String s) {
        return s.length() >= 2 && (Character.isUpperCase(s.charAt(0)) || Character.isTitleCase(s.charAt(0)))
                && noUpperCaseFrom(s, 1);
    }

    private static boolean noUpperCase(String s) {
        return !s.isEmpty() && noUpperCaseFrom(s, 0);
    }

    private static boolean noUpperCaseFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * This thread's view of the sentence, read anew when the CRF has moved on to another one. The
     * CRF wraps the sentence in a new padded list for every token, so the view is keyed on the
     * wrapped list, the pad and the tokens themselves.
     */
    private SentenceView view(PaddedList<CoreLabel> info, int loc) {
        SentenceView s = views.get();
        if (!s.isOf(info, loc, reach)) {
            s.read(info, this);
        }
        return s;
    }

    /**
     * Sets the distributional classes as CoreNLP does, on all tokens at once unless the first has
     * one already.
     */
    private void annotateDistSim(CoreLabel[] tokens, String[] words, int size) {
        for (int i = 0; i < size; i++) {
            CoreLabel token = tokens[i];
            if (token.containsKey(CoreAnnotations.DistSimAnnotation.class)) {
                return;
            }
            String word = words[i];
            if (!casedDistSim) {
                word = word.toLowerCase();
            }
            if (numberEquivalenceDistSim) {
                word = WordShapeClassifier.wordShape(word, WordShapeClassifier.WORDSHAPEDIGITS);
            }
            String distSim = lexicon.get(word);
            token.set(CoreAnnotations.DistSimAnnotation.class, distSim != null ? distSim : unknownWordDistSimClass);
        }
    }

    /** What the features read of each token of one sentence, read once; positions outside it read the pad. */
    private static final class SentenceView {
        private List<CoreLabel> sentence;
        private CoreLabel pad;
        private CoreLabel[] tokens = new CoreLabel[0];
        private String[] words = new String[0];
        private String[] shapes = new String[0];
        private String[] distSims = new String[0];
        private String[] tags = new String[0];
        private int size;
        private String padWord;
        private String padShape;
        private String padDistSim;
        private String padTag;

        /**
         * Whether this view reads {@code list} as the features of position {@code loc} see it: the same
         * wrapped list, pad and size, and the same tokens within {@code reach} of {@code loc} (a token
         * replaced in the same list is seen). Comparing every token would make each position cost the
         * sentence's length, and a long sentence quadratic time.
         */
        boolean isOf(PaddedList<CoreLabel> list, int loc, int reach) {
            if (list.getWrappedList() != sentence || list.getPad() != pad || list.size() != size) {
                return false;
            }
            for (int i = Math.max(0, loc - reach), end = Math.min(size, loc + reach + 1); i < end; i++) {
                if (list.get(i) != tokens[i]) {
                    return false;
                }
            }
            return true;
        }

        void read(PaddedList<CoreLabel> list, CurrentLabelFeatureFactory factory) {
            sentence = list.getWrappedList();
            pad = list.getPad();
            size = list.size();
            if (tokens.length < size) {
                int capacity = Math.max(size, tokens.length * 2);
                tokens = new CoreLabel[capacity];
                words = new String[capacity];
                shapes = new String[capacity];
                distSims = new String[capacity];
                tags = new String[capacity];
            }
            for (int i = 0; i < size; i++) {
                CoreLabel token = list.get(i);
                tokens[i] = token;
                words[i] = factory.getWord(token);
                shapes[i] = token.getString(CoreAnnotations.ShapeAnnotation.class);
                tags[i] = token.getString(CoreAnnotations.PartOfSpeechAnnotation.class);
            }
            if (factory.useDistSim) {
                factory.annotateDistSim(tokens, words, size);
            }
            for (int i = 0; i < size; i++) {
                distSims[i] = tokens[i].get(CoreAnnotations.DistSimAnnotation.class);
            }
            padWord = factory.getWord(pad);
            padShape = pad.getString(CoreAnnotations.ShapeAnnotation.class);
            padDistSim = pad.get(CoreAnnotations.DistSimAnnotation.class);
            padTag = pad.getString(CoreAnnotations.PartOfSpeechAnnotation.class);
        }

        boolean isPad(int i) {
            return i < 0 || i >= size;
        }

        String word(int i) {
            return isPad(i) ? padWord : words[i];
        }

        String shape(int i) {
            return isPad(i) ? padShape : shapes[i];
        }

        String distSim(int i) {
            return isPad(i) ? padDistSim : distSims[i];
        }

        String tag(int i) {
            return isPad(i) ? padTag : tags[i];
        }
    }

    /** Builds feature names as CoreNLP does: name, "|C", and again with the domain when there is one. */
    private static final class FeatureSink {
        private final Set<String> features;
        private final String domain;
        private final StringBuilder name = new StringBuilder(64);

        FeatureSink(Set<String> features, String domain) {
            this.features = features;
            this.domain = domain;
        }

        FeatureSink start() {
            name.setLength(0);
            return this;
        }

        FeatureSink append(String s) {
            name.append(s);
            return this;
        }

        FeatureSink append(char c) {
            name.append(c);
            return this;
        }

        FeatureSink append(String s, int from, int to) {
            name.append(s, from, to);
            return this;
        }

        void add(String feature) {
            start().append(feature).end();
        }

        void end(String suffix) {
            name.append(suffix);
            end();
        }

        void end() {
            int length = name.append('|').length();
            features.add(name.append('C').toString());
            if (domain != null) {
                name.setLength(length);
                features.add(name.append(domain).append("-C").toString());
            }
            name.setLength(0);
        }
    }
}
