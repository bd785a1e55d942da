package org.namelink.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.namelink.bench.SyntheticMentions;
import org.namelink.pipeline.DocumentMentions;

/**
 * {@code SparkMain --synthetic-mentions}: the synthetic mentions {@code bench-resolution} resolves
 * in one JVM, as the mention rows extraction would write, so that both executors resolve the same.
 *
 * <p>Stateless; thread-safe.
 */
final class SyntheticMentionRows {

    private SyntheticMentionRows() {
    }

    /**
     * About {@code mentions} synthetic mentions ({@link SyntheticMentions}, seed 1, as
     * {@code bench-resolution}) as mention rows, made on the executors: one task per core, each
     * running the generator (sequential: one seeded stream) and keeping every {@code parts}-th
     * document from its own, so the rows are those of one generator, made and written in parallel.
     */
    static void write(SparkSession spark, int mentions, String path) {
        int parts = Math.max(1, spark.sparkContext().defaultParallelism());
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(IntStream.range(0, parts).boxed().toList(), parts)
                .flatMap(part -> syntheticRows(mentions, part, parts));
        spark.createDataFrame(rows, MentionColumns.SCHEMA).write().mode(SaveMode.Overwrite).parquet(path);
    }

    /** The rows of documents {@code part}, {@code part + parts}, ... of the synthetic corpus. */
    static Iterator<Row> syntheticRows(int mentions, int part, int parts) {
        int[] index = {0};
        return Iterators.flatMap(SyntheticMentions.of(mentions, 1).iterator(), d -> index[0]++ % parts != part
                ? List.of()
                : MentionRows.of(new DocumentMentions(d.id(), d.mentions(), d.acronyms(), d.teamMentions(),
                        Optional.empty())));
    }
}
