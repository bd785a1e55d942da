package org.namelink.pipeline;

/** One pipeline for all tests: models load once per test JVM (initialization-on-demand holder). */
public final class SharedPipeline {

    private SharedPipeline() {
    }

    private static final class Holder {
        static final Namelink INSTANCE = Namelink.builder().build();
    }

    public static Namelink get() {
        return Holder.INSTANCE;
    }
}
