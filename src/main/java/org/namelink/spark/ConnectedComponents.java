package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.namelink.resolution.plan.ResolutionPlan.Step;

/**
 * Connected components of an undirected graph on Spark by iterative minimum-label propagation:
 * every vertex starts labelled with its own id, then each round takes the least label among itself
 * and its neighbours and jumps to its label's label, until no label changes. The label of a
 * component is its least vertex id, as {@code Clusters} roots a cluster at its lowest-numbered
 * group. Each round's labels are checkpointed ({@link Lineage#cut}), so lineage stays one round
 * long however many rounds it takes.
 * (GraphFrames does the same; no release of it for Spark 4 is on Maven Central.)
 *
 * <p>Stateless; thread-safe.
 */
final class ConnectedComponents {

    /** Column names: an edge's ends, a vertex and its component label. */
    static final String SRC = "src";
    static final String DST = "dst";
    static final String VERTEX = "vertex";
    static final String LABEL = "label";

    private ConnectedComponents() {
    }

    /**
     * The component label of every vertex that has an edge.
     *
     * @param edges columns {@link #SRC} and {@link #DST}, longs
     * @return columns {@link #VERTEX} and {@link #LABEL}
     */
    static Dataset<Row> labels(Dataset<Row> edges) {
        Dataset<Row> plain = plain(edges.select(col(SRC), col(DST)));
        Dataset<Row> both = plain.select(col(SRC), col(DST))
                .union(plain.select(col(DST).as(SRC), col(SRC).as(DST)))
                .filter(col(SRC).notEqual(col(DST)))
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> labels = plain(Lineage.cut(Step.FULL_NAME_JOINS.label("components: start"), both.select(col(SRC).as(VERTEX)).distinct()
                .withColumn(LABEL, col(VERTEX))));
        int round = 0;
        while (true) {
            Dataset<Row> fromNeighbours = both.join(labels, both.col(SRC).equalTo(labels.col(VERTEX)))
                    .select(both.col(DST).as(VERTEX), labels.col(LABEL));
            Dataset<Row> least = fromNeighbours.union(labels).groupBy(VERTEX).agg(min(LABEL).as(LABEL));
            // Pointer jumping: a vertex takes its label's label, which halves long chains each round.
            Dataset<Row> jumped = least.as("a").join(least.as("b"), col("a." + LABEL).equalTo(col("b." + VERTEX)))
                    .select(col("a." + VERTEX).as(VERTEX), least(col("a." + LABEL), col("b." + LABEL)).as(LABEL));
            Dataset<Row> next = plain(Lineage.cut(Step.FULL_NAME_JOINS.label("components: round " + ++round), jumped));
            long changed = next.as("n").join(labels.as("o"), col("n." + VERTEX).equalTo(col("o." + VERTEX)))
                    .filter(col("n." + LABEL).notEqual(col("o." + LABEL))).count();
            labels = next;
            if (changed == 0) {
                both.unpersist();
                return labels;
            }
        }
    }

    /**
     * The rows of {@code data} as a plan of their own: a checkpoint keeps the constraints of the plan
     * it cut, and the optimizer's rewriting of those through the rounds' unions fails on some plans
     * ("key not found", Spark 4.0.1's InferFiltersFromConstraints).
     */
    private static Dataset<Row> plain(Dataset<Row> data) {
        return data.sparkSession().createDataFrame(data.javaRDD(), data.schema());
    }
}
