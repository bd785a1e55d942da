package org.namelink.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence splitter backed by OpenNLP's maximum-entropy sentence detector.
 *
 * <p>Thread-safe: the model is immutable and shared; OpenNLP's detector is not thread-safe, so
 * each thread gets its own.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

    private final ThreadLocal<SentenceDetectorME> detector;

    private OpenNlpSentenceSplitter(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /** Uses the English model of {@code opennlp-models-sentdetect-en}. */
    public static OpenNlpSentenceSplitter english() {
        return new OpenNlpSentenceSplitter(OpenNlpModels.sentenceModel());
    }

    public static OpenNlpSentenceSplitter withModel(SentenceModel model) {
        return new OpenNlpSentenceSplitter(Objects.requireNonNull(model, "model"));
    }

    @Override
    public List<Span> split(String text, Span region) {
        String part = text.substring(region.start(), region.end());
        opennlp.tools.util.Span[] found = detector.get().sentPosDetect(part);
        List<Span> sentences = new ArrayList<>(found.length);
        for (opennlp.tools.util.Span s : found) {
            Span sentence = new Span(region.start() + s.getStart(), region.start() + s.getEnd()).strip(text);
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
