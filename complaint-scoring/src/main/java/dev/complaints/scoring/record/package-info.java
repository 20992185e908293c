/**
 * Ticket timeline records and monthly unit inputs (docs/scoring.md), their streaming readers and their writers.
 *
 * <p>{@link dev.complaints.scoring.record.TicketReader} reads JSON lines one record at a time;
 * {@link dev.complaints.scoring.record.UnitInputsReader} reads the inputs array. Malformed input is reported
 * as a {@link dev.complaints.scoring.record.RecordFormatException} naming source, line and field.
 *
 * <p>{@link dev.complaints.scoring.record.TicketWriter} and {@link dev.complaints.scoring.record.UnitInputsWriter}
 * write the same formats: what they write reads back to equal records.
 */
@NullMarked
package dev.complaints.scoring.record;

import org.jspecify.annotations.NullMarked;
