package org.namelink.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * Lazy views of a partition's rows, for the tasks: each element is turned into output as the
 * partition is consumed, so a task holds one element's output at a time, never its partition.
 *
 * <p>Stateless; the iterators it returns are confined to one task and not thread-safe.
 */
final class Iterators {

    private Iterators() {
    }

    /** Each element turned into one. */
    static <T, R> Iterator<R> map(Iterator<T> elements, Function<? super T, ? extends R> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return elements.hasNext();
            }

            @Override
            public R next() {
                return f.apply(elements.next());
            }
        };
    }

    /** Each element turned into zero or more. */
    static <T, R> Iterator<R> flatMap(Iterator<T> elements, Function<? super T, ? extends List<R>> f) {
        return new Iterator<>() {
            private final Queue<R> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && elements.hasNext()) {
                    pending.addAll(f.apply(elements.next()));
                }
                return !pending.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.remove();
            }
        };
    }

    /**
     * The rows of a sorted partition one run of equal keys at a time (a document's mentions): one
     * run in memory at a time.
     *
     * @param rows sorted so that the rows of one key are consecutive
     * @param keyField the key's field index
     */
    static Iterator<List<Row>> runs(Iterator<Row> rows, int keyField) {
        return new Iterator<>() {
            private Row next = rows.hasNext() ? rows.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<Row> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Object key = next.get(keyField);
                List<Row> run = new ArrayList<>();
                while (next != null && Objects.equals(next.get(keyField), key)) {
                    run.add(next);
                    next = rows.hasNext() ? rows.next() : null;
                }
                return run;
            }
        };
    }
}
