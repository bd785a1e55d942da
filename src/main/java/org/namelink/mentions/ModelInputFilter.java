package org.namelink.mentions;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * What a serialized CRF model may hold: only the classes CoreNLP's CRF models need, within limits
 * on nesting depth, array length, object references and stream bytes. Anything else is refused
 * before it is created, so a crafted file runs no foreign {@code readObject}, builds no nested-set
 * bomb and allocates no huge array on a few bytes' say-so.
 *
 * <p>The classes were found by loading CoreNLP's three English CRF models (3-class, CoNLL
 * 4-class, MUC 7-class) under a recording filter; the limits are several times what those models
 * reach (depth 7, arrays of 1,048,576, 2.5 million references, 50 MB), so that a model trained
 * with other settings still loads. See src/site/markdown/robustness.md, "Security".
 *
 * <p>One instance per stream: it remembers why it refused, for the error message. Not
 * thread-safe; a stream is read by one thread.
 */
final class ModelInputFilter implements ObjectInputFilter {

    static final long MAX_DEPTH = 20;
    static final long MAX_ARRAY_LENGTH = 16L << 20;
    static final long MAX_REFERENCES = 20_000_000;
    static final long MAX_BYTES = 1L << 30;

    /** The classes CoreNLP's CRF models hold (component types of arrays included). */
    static final Set<String> ALLOWED = Set.of(
            "edu.stanford.nlp.ie.NERFeatureFactory",
            "edu.stanford.nlp.ie.crf.CRFLabel",
            "edu.stanford.nlp.ling.CoreLabel",
            "edu.stanford.nlp.optimization.StochasticCalculateMethods",
            "edu.stanford.nlp.process.AmericanizeFunction",
            "edu.stanford.nlp.sequences.FeatureFactory",
            "edu.stanford.nlp.sequences.SeqClassifierFlags",
            "edu.stanford.nlp.sequences.SeqClassifierFlags$SlashHyphenEnum",
            "edu.stanford.nlp.util.ArrayCoreMap",
            "edu.stanford.nlp.util.HashIndex",
            "edu.stanford.nlp.util.MaxSizeConcurrentHashSet",
            "java.lang.Boolean",
            "java.lang.Class",
            "java.lang.Enum",
            "java.lang.Integer",
            "java.lang.Number",
            "java.lang.Object",
            "java.lang.String",
            "java.util.ArrayList",
            "java.util.HashMap",
            "java.util.Map$Entry",
            "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentHashMap$Segment",
            "java.util.concurrent.Semaphore",
            "java.util.concurrent.Semaphore$NonfairSync",
            "java.util.concurrent.Semaphore$Sync",
            "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer",
            "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.locks.ReentrantLock$Sync",
            "java.util.regex.Pattern");

    private String refusal;

    @Override
    public Status checkInput(FilterInfo info) {
        if (refusal != null) {
            return Status.REJECTED;
        }
        if (info.depth() > MAX_DEPTH) {
            return refuse("objects nested " + info.depth() + " deep, over the limit of " + MAX_DEPTH);
        }
        if (info.arrayLength() > MAX_ARRAY_LENGTH) {
            return refuse("an array of " + info.arrayLength() + " elements, over the limit of " + MAX_ARRAY_LENGTH);
        }
        if (info.references() > MAX_REFERENCES) {
            return refuse("over " + MAX_REFERENCES + " objects");
        }
        if (info.streamBytes() > MAX_BYTES) {
            return refuse("over " + MAX_BYTES + " bytes of serialized data");
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return Status.ALLOWED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || ALLOWED.contains(c.getName())) {
            return Status.ALLOWED;
        }
        return refuse("class " + c.getName() + ", which is not one a CoreNLP CRF model holds");
    }

    private Status refuse(String why) {
        refusal = why;
        return Status.REJECTED;
    }

    /** Why the stream was refused, if it was. */
    java.util.Optional<String> refusal() {
        return java.util.Optional.ofNullable(refusal);
    }
}
