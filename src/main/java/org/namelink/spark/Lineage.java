package org.namelink.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a Dataset's lineage where a multi-pass job reuses it: computes it once and keeps it,
 * reliably when the context has a checkpoint directory ({@code SparkContext.setCheckpointDir}, what
 * a cluster should use so a lost executor costs no recomputation from the start), else on the
 * executors ({@code localCheckpoint}). Later plans then start from the kept rows, so they stay small
 * however many passes come before. Logs each cut's time, named by the plan's step ({@code ResolutionPlan.Step#label}): the
 * steps' costs a run reports.
 *
 * <p>Stateless; thread-safe.
 */
final class Lineage {

    private static final Logger LOG = LoggerFactory.getLogger(Lineage.class);

    private Lineage() {
    }

    /** {@code data}, computed now and kept; {@code step} names it in the log. */
    static Dataset<Row> cut(String step, Dataset<Row> data) {
        long start = System.nanoTime();
        boolean reliable = data.sparkSession().sparkContext().getCheckpointDir().isDefined();
        Dataset<Row> kept = reliable ? data.checkpoint() : data.localCheckpoint();
        LOG.info("{}: {} ms", step, (System.nanoTime() - start) / 1_000_000);
        return kept;
    }
}
