/**
 * The self-assessment application, {@code mnr serve} (issue 28, begun): its storage of responses
 * and of every version saved of them.
 */
package io.github.mnr4j.examples.serve;
