/**
 * The library's entry point. {@link org.namelink.pipeline.Namelink} loads the models once
 * ({@code Namelink.builder().build()}) and then analyses {@link org.namelink.pipeline.Article
 * articles} one at a time ({@code analyze}) or resolves a whole batch into a
 * {@link org.namelink.pipeline.Corpus} of entities ({@code process}), on one thread or on an
 * executor with identical results.
 *
 * <p>This is the package most users import; the results it returns are values from
 * {@code mentions} and {@code resolution}.
 */
package org.namelink.pipeline;
