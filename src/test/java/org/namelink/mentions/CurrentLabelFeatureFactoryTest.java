package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Sentence;
import org.namelink.text.TextAnalyzer;

/**
 * The factory must give exactly CoreNLP's features, token by token, for every model it takes on;
 * otherwise the CRF would tag differently.
 */
class CurrentLabelFeatureFactoryTest {

    /** Sentences that reach every branch: occurrence patterns both ways and past 150 tokens, titles,
     *  digits, British spellings, short neighbours, one-token sentences, non-Latin letters. */
    private static final String INVENTED = String.join("\n",
            "Mr. Alvaro Quintel met Dr. Sela Varn in Porto Ferro; later Quintel said Varn and Quintel agreed.",
            "The colour of the harbour at 12:30 on 3 March 2031 was grey, said Ms Orla Brenn of Tarsk Holdings Ltd.",
            "Quintel .",
            "A",
            "Sen. Ibbot, Judge Marrow and Sir Kell went to the U.S. and the U.K. with Erbil-based KDP-led forces .",
            "Ξένια Παππά and Ωмега Banka met Ĳsbrand de Vries in Zürich on the 21st floor of the Lübeck-Travemünde Tower .",
            "Talks in Vadra : Vadra officials , the Vadra mayor and Kiro Vadra of Vadra Bank ; Vadra ? Vadra !",
            ("Leon went home and " + "the long quiet road ran on past fields ".repeat(20) + "and Leon slept .").trim());

    @ParameterizedTest
    @ValueSource(strings = {CrfMentionFinder.ENGLISH_3CLASS, CrfMentionFinder.ENGLISH_CONLL_4CLASS,
            CrfMentionFinder.ENGLISH_MUC_7CLASS})
    void givesCoreNlpsFeaturesForEveryTokenOfEveryClique(String model) throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model);
        FeatureFactory<CoreLabel> coreNlp = crf.featureFactories.get(0);
        CurrentLabelFeatureFactory ours = CurrentLabelFeatureFactory.forModel(crf).orElseThrow();
        CoreLabel pad = pad(crf);
        List<Clique> cliques = coreNlp.getCliques();
        assertThat(cliques).contains(FeatureFactory.cliqueC);

        int tokens = 0;
        for (String text : texts()) {
            AnalyzedText analysis = TextAnalyzer.english().analyze(text);
            for (Sentence sentence : analysis.sentences()) {
                // CoreNLP's preprocessing (word shapes) and its own distributional classes.
                List<CoreLabel> theirs = crf.classifySentence(CrfMentionFinder.labels(sentence));
                List<CoreLabel> mine = new ArrayList<>();
                for (CoreLabel t : theirs) {
                    CoreLabel copy = new CoreLabel(t);
                    copy.remove(CoreAnnotations.DistSimAnnotation.class); // ours must set them alike
                    mine.add(copy);
                }
                for (int loc = 0; loc < theirs.size(); loc++) {
                    for (Clique clique : cliques) {
                        // A new padded list per token, as CoreNLP's CRF passes them. Same features in
                        // the same order: the CRF sums their weights in iteration order.
                        assertThat(new ArrayList<>(ours.getCliqueFeatures(new PaddedList<>(mine, pad), loc, clique)))
                                .as("%s features of '%s' (token %d of sentence %s)", clique, theirs.get(loc).word(), loc,
                                        sentence.span())
                                .containsExactlyElementsOf(
                                        coreNlp.getCliqueFeatures(new PaddedList<>(theirs, pad), loc, clique));
                    }
                    assertThat(mine.get(loc).get(CoreAnnotations.DistSimAnnotation.class))
                            .isEqualTo(theirs.get(loc).get(CoreAnnotations.DistSimAnnotation.class));
                    tokens++;
                }
            }
        }
        assertThat(tokens).isGreaterThan(5_000);
    }

    @Test
    void proper_noun_tags_domains_and_stacked_tags_give_coreNlps_features_too() throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS);
        FeatureFactory<CoreLabel> coreNlp = crf.featureFactories.get(0);
        CurrentLabelFeatureFactory ours = CurrentLabelFeatureFactory.forModel(crf).orElseThrow();
        AnalyzedText analysis = TextAnalyzer.english().analyze(
                "Sela Varn met Kiro Varn and then Sela Varn and Varn Holdings met Anna Sela in Varn .\n"
                        + "Kiro Varn said that the Varn family met Varn and Varn Holdings , said Kiro Varn .");
        Set<String> all = new HashSet<>();
        for (Sentence sentence : analysis.sentences()) {
            List<CoreLabel> theirs = crf.classifySentence(CrfMentionFinder.labels(sentence));
            for (CoreLabel t : theirs) {
                // Tags CoreNLP's occurrence patterns look at when a tagger ran first; a domain doubles every feature.
                t.set(CoreAnnotations.PartOfSpeechAnnotation.class,
                        Character.isUpperCase(t.word().charAt(0)) ? "NNP" : "NN");
                t.set(CoreAnnotations.DomainAnnotation.class, "news");
            }
            theirs.get(4).set(CoreAnnotations.StackedNamedEntityTagAnnotation.class, "PERSON");
            PaddedList<CoreLabel> list = new PaddedList<>(theirs, pad(crf));
            for (int loc = 0; loc < theirs.size(); loc++) {
                Collection<String> features = ours.getCliqueFeatures(list, loc, FeatureFactory.cliqueC);
                assertThat(new ArrayList<>(features))
                        .as("token %d", loc)
                        .containsExactlyElementsOf(coreNlp.getCliqueFeatures(list, loc, FeatureFactory.cliqueC));
                all.addAll(features);
            }
        }
        assertThat(all).contains("Sela-WORD|news-C", "XY-NEXT-OCCURRENCE-XY|C", "XY-PREV-OCCURRENCE-Y|C",
                "X-NEXT-OCCURRENCE-X|C", "X-NEXT-OCCURRENCE-XY|C", "X-NEXT-OCCURRENCE-YX|C",
                "X-PREV-OCCURRENCE-XY|C", "PERSON-CStackedNERTag|C");
    }

    /** Words that stress the capitalisation tests, the n-grams and the word function. */
    private static final String[] AWKWARD = {"Varn", "varn", "VARN", "Sela", "ǅemal", "ǈubo", "ẞtraße", "colour",
            "Mr.", "Sen", "Judge", "-", "--", "1st", "2031", "12:30", "a", "I", "", "\uD83D\uDE00", "\u0000",
            "O'Neil", "al-Asad", "Ωмега", "harbour", "U.S.", "said", ",", ".", "and", "NNP", "X"};

    @ParameterizedTest
    @ValueSource(strings = {CrfMentionFinder.ENGLISH_3CLASS, CrfMentionFinder.ENGLISH_CONLL_4CLASS})
    void givesCoreNlpsFeaturesOnSeededRandomSentences(String model) throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model);
        FeatureFactory<CoreLabel> coreNlp = crf.featureFactories.get(0);
        CurrentLabelFeatureFactory ours = CurrentLabelFeatureFactory.forModel(crf).orElseThrow();
        CoreLabel pad = pad(crf);
        Random random = new Random(20261122);
        for (int sentence = 0; sentence < 60; sentence++) {
            int length = 1 + random.nextInt(sentence % 10 == 0 ? 320 : 25);
            String domain = random.nextInt(4) == 0 ? "wire" : null;
            List<CoreLabel> theirs = new ArrayList<>();
            List<CoreLabel> mine = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                String word = AWKWARD[random.nextInt(AWKWARD.length)];
                CoreLabel t = new CoreLabel();
                t.setWord(word);
                t.setValue(word);
                if (random.nextInt(5) > 0) {
                    t.set(CoreAnnotations.ShapeAnnotation.class, edu.stanford.nlp.process.WordShapeClassifier
                            .wordShape(word, crf.flags.wordShape));
                }
                if (random.nextBoolean()) {
                    t.set(CoreAnnotations.PartOfSpeechAnnotation.class, random.nextBoolean() ? "NNP" : "NN");
                }
                if (domain != null) {
                    t.set(CoreAnnotations.DomainAnnotation.class, domain);
                }
                theirs.add(t);
                mine.add(new CoreLabel(t));
            }
            for (int loc = 0; loc < length; loc++) {
                assertThat(new ArrayList<>(ours.getCliqueFeatures(new PaddedList<>(mine, pad), loc, FeatureFactory.cliqueC)))
                        .as("token %d of random sentence %d", loc, sentence)
                        .containsExactlyElementsOf(
                                coreNlp.getCliqueFeatures(new PaddedList<>(theirs, pad), loc, FeatureFactory.cliqueC));
            }
        }
    }

    @Test
    void readsEachWordOfALongSentenceAFewTimesNotOncePerToken() throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS);
        assertThat(CurrentLabelFeatureFactory.install(crf)).isTrue();
        Function<String, String> wordFunction = crf.flags.wordFunction;
        AtomicLong calls = new AtomicLong();
        crf.flags.wordFunction = w -> {
            calls.incrementAndGet();
            return wordFunction.apply(w);
        };
        List<CoreLabel> sentence = new ArrayList<>();
        for (String w : "Varn said , Sela and Quintel and Brenn said , ".repeat(100).trim().split(" ")) {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            label.setValue(w);
            sentence.add(label);
        }
        crf.classifySentence(sentence);
        // CoreNLP's own factory reads a word about 90 times per token; a cache that misses would
        // read the whole sentence (1,000 words) per token.
        assertThat(calls.get() / sentence.size()).isLessThan(20);
    }

    @Test
    void seesATokenReplacedInTheSameSentence() throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS);
        FeatureFactory<CoreLabel> coreNlp = crf.featureFactories.get(0);
        CurrentLabelFeatureFactory ours = CurrentLabelFeatureFactory.forModel(crf).orElseThrow();
        AnalyzedText analysis = TextAnalyzer.english().analyze("Mr. Varn said so .");
        List<CoreLabel> tokens = new ArrayList<>(crf.classifySentence(CrfMentionFinder.labels(analysis.sentences().get(0))));
        PaddedList<CoreLabel> list = new PaddedList<>(tokens, pad(crf));
        assertThat(ours.getCliqueFeatures(list, 0, FeatureFactory.cliqueC)).contains("Varn-NW|C");
        CoreLabel replaced = new CoreLabel(tokens.get(1));
        replaced.setWord("Sela");
        replaced.setValue("Sela");
        tokens.set(1, replaced);
        assertThat(new ArrayList<>(ours.getCliqueFeatures(list, 0, FeatureFactory.cliqueC)))
                .contains("Sela-NW|C")
                .containsExactlyElementsOf(coreNlp.getCliqueFeatures(list, 0, FeatureFactory.cliqueC));
    }

    @Test
    void installsOnlyWhereItCoversTheModel() throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS);
        assertThat(CurrentLabelFeatureFactory.install(crf)).isTrue();
        assertThat(crf.featureFactories).singleElement().isInstanceOf(CurrentLabelFeatureFactory.class);
        // Already replaced: a second install finds no NERFeatureFactory and leaves it.
        assertThat(CurrentLabelFeatureFactory.install(crf)).isFalse();

        CRFClassifier<CoreLabel> tagged = CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS);
        tagged.flags.useTags = true;
        assertThat(CurrentLabelFeatureFactory.install(tagged)).isFalse();
        assertThat(tagged.featureFactories).singleElement().isInstanceOf(NERFeatureFactory.class);
    }

    @Test
    void namesTheFlagItDoesNotCover() {
        SeqClassifierFlags flags = new SeqClassifierFlags();
        assertThat(CurrentLabelFeatureFactory.unsupportedFlag(flags)).isEmpty();
        flags.useWordPairs = true;
        assertThat(CurrentLabelFeatureFactory.unsupportedFlag(flags)).contains("useWordPairs");
        flags.useWordPairs = false;
        flags.useNGrams = true; // all n-grams, not only those at the word's ends
        assertThat(CurrentLabelFeatureFactory.unsupportedFlag(flags)).contains("noMidNGrams");
        flags.noMidNGrams = true;
        flags.maxNGramLeng = 4;
        flags.intern = true; // interning changes no feature
        assertThat(CurrentLabelFeatureFactory.unsupportedFlag(flags)).isEmpty();
        flags.useReverse = true;
        assertThat(CurrentLabelFeatureFactory.unsupportedFlag(flags)).contains("useReverse");
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(INVENTED));
        try (Stream<Path> files = Files.list(Path.of("testdata", "articles"))) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        return texts;
    }

    /** The classifier's own padding token, as its CRF passes it to the features. */
    @SuppressWarnings("unchecked")
    private static CoreLabel pad(CRFClassifier<CoreLabel> crf) throws ReflectiveOperationException {
        Field field = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("pad");
        field.setAccessible(true);
        return (CoreLabel) field.get(crf);
    }
}
