/**
 * Namelink on Apache Spark: extraction as a Spark ML {@link org.apache.spark.ml.Transformer}
 * ({@link org.namelink.spark.NamelinkExtractor}, a DataFrame of articles in, one row per mention
 * out) and resolution of a DataFrame of mentions into entities
 * ({@code SparkResolver}), with the command {@code SparkMain} for {@code spark-submit} and local
 * mode.
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it (Spark 4.x, Scala 2.13), and a
 * project that depends on Namelink without using this package gets no Spark jar. Each executor
 * JVM loads the models once ({@link org.namelink.spark.ExecutorPipelines}) and shares them among
 * its tasks; partitions stream through, nothing is collected on the driver.
 */
package org.namelink.spark;
