/**
 * Ticket timeline records and monthly unit inputs (SPEC §6), and their streaming readers.
 *
 * <p>{@link dev.complaints.scoring.record.TicketReader} reads JSON lines one record at a time;
 * {@link dev.complaints.scoring.record.UnitInputsReader} reads the inputs array. Malformed input is reported
 * as a {@link dev.complaints.scoring.record.RecordFormatException} naming source, line and field.
 */
package dev.complaints.scoring.record;
