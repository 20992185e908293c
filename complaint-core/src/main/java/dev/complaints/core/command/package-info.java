/**
 * Commands: requests to change a complaint, one record per command type; those with more than the four common
 * fields also have a builder ({@code ReceiveComplaint.builder()}).
 */
@NullMarked
package dev.complaints.core.command;

import org.jspecify.annotations.NullMarked;
