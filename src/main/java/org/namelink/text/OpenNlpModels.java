package org.namelink.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/** Loads the English OpenNLP models shipped on the classpath by the opennlp-models-*-en artifacts. */
final class OpenNlpModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private OpenNlpModels() {
    }

    static SentenceModel sentenceModel() {
        try (InputStream in = open(SENTENCE_MODEL)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model " + SENTENCE_MODEL, e);
        }
    }

    static TokenizerModel tokenizerModel() {
        try (InputStream in = open(TOKENIZER_MODEL)) {
            return new TokenizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP tokenizer model " + TOKENIZER_MODEL, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " not on the classpath (opennlp-models-*-en missing?)");
        }
        return in;
    }
}
