/** JMH benchmarks of the complaint SDK; see {@code docs/benchmarks.md} for how to run them. */
package dev.complaints.bench;
