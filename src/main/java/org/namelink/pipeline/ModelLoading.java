package org.namelink.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Loads a model on a short-lived thread of its own, so that slow models (the CRF) load while the
 * caller loads others.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelLoading {

    private ModelLoading() {
    }

    /** Starts {@code loader} on a new daemon thread named after {@code what}. */
    public static <T> CompletableFuture<T> inBackground(String what, Supplier<? extends T> loader) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(loader.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "namelink-load-" + what);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** The loaded model, rethrowing the loader's own exception. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("loading failed", cause);
        }
    }
}
