/**
 * The resolution plan's steps and values: {@link org.namelink.resolution.plan.ResolutionPlan}
 * (the eight steps, numbered once, and the functions that hold their rules), the name groups
 * ({@link org.namelink.resolution.plan.NameGroup}), pair decisions, blocks, clusters, short forms,
 * naming, and the prior names and resolved batches of a registry's incremental run. Used by the
 * in-memory executor ({@link org.namelink.resolution.EntityResolver}), the entity registry and the
 * Spark executor ({@code org.namelink.spark.SparkResolver}).
 *
 * <p><b>Not API</b>: public only because those executors live in other packages; any type here
 * may change or go in any release without notice. Users call
 * {@link org.namelink.resolution.EntityResolver} (or {@code Namelink}, the registry and
 * {@code SparkResolver}) and receive the values of {@code org.namelink.resolution}.
 */
package org.namelink.resolution.plan;
