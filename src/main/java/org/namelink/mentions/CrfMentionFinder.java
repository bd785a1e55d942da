package org.namelink.mentions;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.io.IOUtils;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namelink.text.AnalyzedText;
import org.namelink.text.InvisibleCharacters;
import org.namelink.text.Sentence;
import org.namelink.text.Span;
import org.namelink.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds mentions with one of Stanford CoreNLP's CRF sequence taggers, run on our own tokens.
 *
 * <p>A model whose features {@link CurrentLabelFeatureFactory} covers (CoreNLP's English models
 * do) computes them with it: the same features and labels, without CoreNLP's feature method that is
 * too large for the JIT to compile.
 *
 * <p>Thread-safe: a loaded {@link CRFClassifier} is read-only during classification (CoreNLP's own
 * multi-threaded NER annotator shares one instance across threads).
 */
public final class CrfMentionFinder implements MentionFinder {

    /** CoreNLP's 3-class model (PERSON, LOCATION, ORGANIZATION) from the models jar. */
    public static final String ENGLISH_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private static final Logger LOG = LoggerFactory.getLogger(CrfMentionFinder.class);

    private final CRFClassifier<CoreLabel> classifier;
    private final String source;

    /** The type of each of the model's labels, parsed once instead of once per token. */
    private final Map<String, Optional<EntityType>> labelTypes;

    private CrfMentionFinder(CRFClassifier<CoreLabel> classifier, String source) {
        this.classifier = classifier;
        this.source = source;
        Map<String, Optional<EntityType>> types = new HashMap<>();
        for (String label : classifier.classIndex) {
            types.put(label, typeOf(label));
        }
        this.labelTypes = Map.copyOf(types);
    }

    /** CoreNLP's 4-class model trained on CoNLL-2003 (PERSON, LOCATION, ORGANIZATION; MISC is ignored). */
    public static final String ENGLISH_CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** CoreNLP's 7-class MUC model (also dates, money, percent, which are ignored). */
    public static final String ENGLISH_MUC_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

    /** Loads the English 3-class model from the classpath. */
    public static CrfMentionFinder english3Class() {
        return load(ENGLISH_3CLASS, "crf");
    }

    /**
     * Refuses a model named by a path to something other than a regular file (a FIFO would block
     * the load forever, a device never end, a directory fail obscurely); URLs and classpath
     * resources are left to the loader.
     */
    private static void refuseSpecialFile(String model) {
        Path path;
        try {
            path = Path.of(model);
        } catch (InvalidPathException e) {
            return;
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new IllegalArgumentException("model '" + model + "' is " + (Files.isDirectory(path) ? "a directory"
                    : "not a regular file (a FIFO, socket or device)") + "; a CRF model is a regular file");
        }
    }

    /**
     * Loads a serialized CRF from a classpath resource, file path or URL (gzipped when its name ends
     * in {@code .gz}). A model file is untrusted input: it is read under {@link ModelInputFilter},
     * which admits only the classes CoreNLP's CRF models hold, within limits on nesting, array
     * length, objects and bytes, so a crafted file runs no foreign code and is refused at once.
     *
     * <p>The first load of a model keeps a compact form of it in a cache directory, which later
     * loads read in about a third of the time, without Java deserialisation of its large parts
     * (see {@code CrfModelCache}: system property {@code namelink.model.cache}, {@code off} for none).
     *
     * @throws IllegalArgumentException naming the model, when it is refused or is no CoreNLP CRF
     * @throws UncheckedIOException naming the model, when it cannot be read
     */
    public static CrfMentionFinder load(String model, String source) {
        Objects.requireNonNull(model, "model");
        return load(model, source, CrfModelCache.directory());
    }

    /** Loads the model, through its compact form in the cache directory if there is one. */
    static CrfMentionFinder load(String model, String source, Optional<Path> cacheDirectory) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(source, "source");
        refuseSpecialFile(model);
        long t0 = System.nanoTime();
        Optional<CrfModelCache> cache = cacheDirectory.flatMap(dir -> CrfModelCache.forModel(model, dir));
        Optional<CRFClassifier<CoreLabel>> cached = cache.flatMap(CrfModelCache::read);
        if (cached.isPresent()) {
            boolean compiledFeatures = CurrentLabelFeatureFactory.install(cached.get());
            LOG.debug("loaded CRF {} from {} in {} ms (own current-label features: {})", model,
                    cache.get().file(), (System.nanoTime() - t0) / 1_000_000, compiledFeatures);
            return new CrfMentionFinder(cached.get(), source);
        }
        ModelInputFilter filter = new ModelInputFilter();
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(
                IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(model)))) {
            in.setObjectInputFilter(filter);
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in);
            long loaded = System.nanoTime();
            // Before any use: tagging adds to the classifier's known lower-case words.
            cache.ifPresent(c -> c.write(crf));
            LOG.debug("CRF {} deserialised in {} ms, cache written in {} ms", model, (loaded - t0) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
            boolean compiledFeatures = CurrentLabelFeatureFactory.install(crf);
            LOG.debug("loaded CRF {} in {} ms (own current-label features: {})", model,
                    (System.nanoTime() - t0) / 1_000_000, compiledFeatures);
            return new CrfMentionFinder(crf, source);
        } catch (IOException | RuntimeException e) {
            // CoreNLP may wrap the filter's refusal in a runtime exception of its own.
            if (filter.refusal().isPresent()) {
                throw new IllegalArgumentException("model '" + model + "' refused: it holds "
                        + filter.refusal().get() + "; only CoreNLP CRF models are loaded", e);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot load CRF model '" + model + "': "
                        + (io.getMessage() != null ? io.getMessage() : io.getClass().getSimpleName())
                        + " (a CRF model is a serialized CoreNLP CRFClassifier, gzipped when named .gz)", io);
            }
            if (e instanceof ClassCastException) {
                throw new IllegalArgumentException("model '" + model + "' is not a CoreNLP CRF classifier", e);
            }
            throw (RuntimeException) e;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("model '" + model + "' is not a CoreNLP CRF classifier", e);
        }
    }

    /** Each sentence is tagged on its own. */
    @Override
    public boolean sentenceLocal() {
        return true;
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            tagSentence(text.text(), sentence, mentions);
        }
        return mentions;
    }

    private void tagSentence(String original, Sentence sentence, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        // classifySentence, unlike classify, adds the word shapes the model's features need.
        List<CoreLabel> tagged = classifier.classifySentence(labels(sentence));
        int runStart = -1;
        EntityType runType = null;
        for (int i = 0; i <= tagged.size(); i++) {
            EntityType type = i < tagged.size() ? labelType(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class))
                    : null;
            if (type != runType) {
                if (runType != null) {
                    Span span = new Span(tokens.get(runStart).start(), tokens.get(i - 1).end());
                    out.add(Mention.of(original, span, runType, source));
                }
                runStart = i;
                runType = type;
            }
        }
    }

    /** The sentence's tokens as the CRF reads them. */
    static List<CoreLabel> labels(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            String word = crfWord(token.text());
            label.setWord(word);
            label.setValue(word);
            label.setOriginalText(token.text());
            label.setBeginPosition(token.start());
            label.setEndPosition(token.end());
            labels.add(label);
        }
        return labels;
    }

    private EntityType labelType(String answer) {
        Optional<EntityType> known = answer == null ? null : labelTypes.get(answer);
        return (known != null ? known : typeOf(answer)).orElse(null);
    }

    private static Optional<EntityType> typeOf(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        // 3-class answers are bare (PERSON); other models may use B-/I- prefixes.
        String bare = answer.length() > 2 && answer.charAt(1) == '-' ? answer.substring(2) : answer;
        return EntityType.tryParse(bare);
    }

    /**
     * The token as the CRF saw it in training: PTB-style ASCII quotes and apostrophes, and no
     * {@link InvisibleCharacters invisible characters} inside (Has&#x200C;san is tagged as Hassan).
     */
    static String crfWord(String text) {
        String visible = InvisibleCharacters.strip(text);
        String token = visible.isEmpty() ? text : visible;
        boolean plain = true;
        for (int i = 0; i < token.length() && plain; i++) {
            char c = token.charAt(i);
            plain = c != '\u2018' && c != '\u2019' && c != '\u201C' && c != '\u201D' && c != '\u2013' && c != '\u2014';
        }
        if (plain) {
            return token;
        }
        return token.replace('\u2018', '\'').replace('\u2019', '\'')
                .replace("\u201C", "``").replace("\u201D", "''")
                .replace("\u2013", "--").replace("\u2014", "--");
    }
}
