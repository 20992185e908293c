/**
 * A Kafka Streams topology for complaint events: SLA light changes from wall-clock punctuation, ticket records
 * when complaints close, and monthly scorecards per unit updated as the records arrive (docs/streams.md).
 */
@NullMarked
package dev.complaints.streams;

import org.jspecify.annotations.NullMarked;
