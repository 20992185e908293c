/** A complaint store on any JDBC data source, with a summary row per complaint, a command log and migrations. */
@NullMarked
package dev.complaints.jdbc;

import org.jspecify.annotations.NullMarked;
