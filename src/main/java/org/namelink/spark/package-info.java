/**
 * Namelink on Apache Spark: extraction as a Spark ML {@link org.apache.spark.ml.Transformer}
 * ({@link org.namelink.spark.NamelinkExtractor}, a DataFrame of articles in, one row per mention
 * out) and resolution of a DataFrame of mentions into entities
 * ({@link org.namelink.spark.SparkResolver}, the Spark executor of the resolution plan,
 * {@link org.namelink.resolution.plan.ResolutionPlan}, with the same entities as the single machine), with the command {@link org.namelink.spark.SparkMain} for
 * {@code spark-submit} and local mode.
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it (Spark 4.x, Scala 2.13), and a
 * project that depends on Namelink without using this package gets no Spark jar. Each executor
 * JVM loads the models once (ExecutorPipelines) and shares them among
 * its tasks; partitions stream through, and the driver holds only one row per acronym not
 * defined in a text during resolution (see {@link org.namelink.spark.SparkResolver}).
 */
package org.namelink.spark;
