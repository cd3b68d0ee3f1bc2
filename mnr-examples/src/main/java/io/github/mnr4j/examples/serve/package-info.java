/**
 * The self-assessment application, {@code mnr serve} (issue 28, begun): the web application ({@link
 * io.github.mnr4j.examples.serve.SelfAssessment}), its storage of responses and of every version
 * saved of them ({@link io.github.mnr4j.examples.serve.ResponseStore}), and portal mode's
 * invitations ({@link io.github.mnr4j.examples.serve.Invitations}).
 */
package io.github.mnr4j.examples.serve;
